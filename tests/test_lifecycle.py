"""An article corrected after publication, on the bundled catalogs: v1 → v2 → v1.

v2 changes a figure, rewrites a sentence, adds a paragraph with a genuinely new sentence,
removes a paragraph and swaps two paragraphs. Every translation must survive, suggestions must
be reviewable, and going back to v1 must bring back every reviewed translation.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from l10n import api
from l10n.catalog.merge import OBSOLETE_PREFIX
from l10n.catalog.pofile import Entry, read_po
from l10n.catalog.store import CatalogDir, find_catalogs
from l10n.config import load_config
from tests.conftest import ARTICLE, msgcat_identical, msgfmt_check

FIGURE = ("plus de 840 victimes", "plus de 850 victimes")
REWRITTEN = ("Malgré certains progrès, la réponse du système de justice pénale reste "
             "insuffisante pour faire face à ce crime de plus en plus complexe.",
             "Malgré des progrès, la réponse de la justice pénale reste insuffisante face à ce "
             "crime toujours plus complexe.")
SWAPPED = ("Pour mettre fin à la traite des êtres humains, les forces de l'ordre",
           "Pour garantir justice aux victimes, nous devons")
REMOVED = "Les trafiquants s'adaptent rapidement"
ADDED = ("Les autorités de la province de Lao Cai ont ouvert cette semaine un centre d'accueil "
         "pour les enfants rapatriés.")


def paragraph(paras: list[str], start: str) -> int:
    return next(i for i, p in enumerate(paras) if p.startswith(start))


def version_2(text: str) -> str:
    """The bundled article with the corrections of a real follow-up edit."""
    text = text.replace(*FIGURE).replace(*REWRITTEN)
    paras = text.split("\n\n")
    a, b = paragraph(paras, SWAPPED[0]), paragraph(paras, SWAPPED[1])
    paras[a], paras[b] = paras[b], paras[a]
    gone = paragraph(paras, REMOVED)
    paras[gone] = ADDED
    return "\n\n".join(paras)


def ingest(path: Path, catalogs: Path) -> list[Path]:
    (result,) = api.ingest([str(path)], load_config(str(catalogs)), targets=["vi", "en"])
    return list(result.written)


def by_msgid(entries: tuple[Entry, ...], obsolete: bool) -> dict[str, Entry]:
    return {e.msgid: e for e in entries if e.obsolete is obsolete}


def check_written(paths: list[Path], tmp_path: Path) -> None:
    for path in paths:
        if path.suffix in (".po", ".pot"):
            msgfmt_check(path)
            msgcat_identical(path, tmp_path)


@pytest.fixture
def v2(tmp_path: Path) -> Path:
    path = tmp_path / "v2.txt"
    path.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    return path


def test_v1_v2_v1(catalogs: Path, v2: Path, tmp_path: Path) -> None:
    (cat,) = find_catalogs(catalogs)
    before = {lang: by_msgid(read_po(cat.po_path(lang)).entries, False) for lang in ("vi", "en")}
    written = ingest(v2, catalogs)
    assert {p.name for p in written} == {"skeleton.json", "template.pot", "vi.po", "en.po",
                                         "obsolete.json"}
    check_written(written, tmp_path)
    for lang, old in before.items():
        po = read_po(cat.po_path(lang))
        active, obsolete = by_msgid(po.entries, False), by_msgid(po.entries, True)
        figure_old = next(m for m in old if FIGURE[0] in m)
        figure_new = figure_old.replace(*FIGURE)
        # A changed figure: a fuzzy suggestion with the previous text and a warning.
        entry = active[figure_new]
        assert entry.fuzzy and entry.previous_msgid == figure_old
        assert entry.msgstr == old[figure_old].msgstr
        assert any("numbers differ" in c and "840 → 850" in c for c in entry.translator_comments)
        # A rewritten sentence: a suggestion too, without a number warning.
        entry = active[REWRITTEN[1]]
        assert entry.fuzzy and entry.previous_msgid == REWRITTEN[0]
        assert entry.msgstr == old[REWRITTEN[0]].msgstr
        assert not any("numbers" in c for c in entry.translator_comments)
        # A genuinely new sentence stays empty: no far-fetched suggestion.
        entry = active[ADDED]
        assert entry.msgstr == "" and not entry.fuzzy and entry.previous_msgid is None
        # Swapped paragraphs keep their reviewed translations.
        for start in SWAPPED:
            (msgid,) = [m for m in old if m.startswith(start)]
            assert active[msgid].msgstr == old[msgid].msgstr and not active[msgid].fuzzy
        # Everything that left the article is obsolete with its translation; the revision it
        # left in is recorded beside the PO file, where editors do not rewrite it.
        for msgid in (figure_old, REWRITTEN[0], *[m for m in old if m.startswith(REMOVED)]):
            assert obsolete[msgid].msgstr == old[msgid].msgstr
            assert obsolete[msgid].extracted_comments == ()
            assert cat.obsolete_since()[(None, msgid)] == 1
        # Every msgstr that existed is still in the file.
        assert {e.msgstr for e in old.values()} <= {e.msgstr for e in po.entries}
    # Back to v1: every reviewed translation returns, nothing is left to review.
    written = ingest(ARTICLE, catalogs)
    check_written(written, tmp_path)
    for lang, old in before.items():
        po = read_po(cat.po_path(lang))
        active = by_msgid(po.entries, False)
        assert {m: e.msgstr for m, e in active.items()} == {m: e.msgstr for m, e in old.items()}
        assert not any(e.fuzzy for e in active.values())
        assert all(not any(c.startswith("l10n") for c in e.translator_comments)
                   for e in active.values())
    template = read_po(cat.path / "template.pot")
    assert template.header_fields()["X-Source-Revision"] == "2"


def test_fuzzy_is_not_exported(catalogs: Path, v2: Path) -> None:
    """A suggestion is not a translation: export falls back to the source for it."""
    ingest(v2, catalogs)
    (done,) = api.export(load_config(str(catalogs)), [], "vi", "txt",
                         min_translated=0)
    assert done.fallbacks == 3  # figure, rewritten sentence, new sentence
    assert FIGURE[1] in done.text and ADDED in done.text


def test_new_catalog_is_not_prefilled(tmp_path: Path) -> None:
    """A target catalog starts empty, never with the source text (unlike msginit -l en)."""
    written = ingest(ARTICLE, tmp_path / "c")
    for path in written:
        if path.suffix == ".po":
            assert all(e.msgstr == "" for e in read_po(path).entries)
    check_written(written, tmp_path)


def test_purge_drops_only_old_history(catalogs: Path, v2: Path, tmp_path: Path) -> None:
    config = load_config(str(catalogs))
    ingest(v2, catalogs)  # revision 1: three units leave
    v3 = tmp_path / "v3.txt"
    paras = v2.read_text("utf-8").split("\n\n")
    del paras[paragraph(paras, "Pour surmonter ces défis")]
    v3.write_text("\n\n".join(paras), "utf-8")
    ingest(v3, catalogs)  # revision 2: one more leaves
    (cat,) = find_catalogs(catalogs)
    since = cat.obsolete_since()
    ages = [since[(e.msgctxt, e.msgid)] for e in read_po(cat.po_path("vi")).entries
            if e.obsolete]
    assert sorted(ages) == [1, 1, 1, 2]
    (done,) = api.purge(config, [], older_than=1, langs=["vi"], wait=1)
    assert done.removed == {"vi": 3} and done.written == (cat.po_path("vi"),)
    left = [since[(e.msgctxt, e.msgid)] for e in read_po(cat.po_path("vi")).entries
            if e.obsolete]
    assert left == [2]
    assert len([e for e in read_po(cat.po_path("en")).entries if e.obsolete]) == 4  # vi only
    check_written([cat.po_path("vi")], tmp_path)
    (again,) = api.purge(config, [], older_than=1, wait=1)
    assert again.removed == {"en": 3, "vi": 0}


def test_purge_keeps_recent_history(catalogs: Path, v2: Path) -> None:
    ingest(v2, catalogs)
    (done,) = api.purge(load_config(str(catalogs)), [], older_than=2, wait=1)
    assert done.removed == {"en": 0, "vi": 0} and done.written == ()


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l10n", *args], cwd=cwd, capture_output=True,
                          text=True, check=False)


def test_status_counts_words_per_state(catalogs: Path, v2: Path) -> None:
    ingest(v2, catalogs)
    proc = run_cli("status", "--json", "--catalogs", str(catalogs), cwd=catalogs.parent)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    vi = data["catalogs"][0]["languages"]["vi"]
    assert (vi["fuzzy"], vi["untranslated"], vi["obsolete"]) == (2, 1, 3)
    assert vi["words_untranslated"] == len(ADDED.split())
    figure = next(p for p in version_2(ARTICLE.read_text("utf-8")).split("\n\n")
                  if FIGURE[1] in p).split(". ")[1]  # the second sentence holds the figure
    assert vi["words_fuzzy"] == len(REWRITTEN[1].split()) + len(figure.split())
    assert vi["words_obsolete"] > 0
    total = data["total"]
    for state in ("translated", "fuzzy", "untranslated", "obsolete"):
        en = data["catalogs"][0]["languages"]["en"]
        assert total[state] == vi[state] + en[state]
        assert total[f"words_{state}"] == vi[f"words_{state}"] + en[f"words_{state}"]
    shown = run_cli("status", "--catalogs", str(catalogs), cwd=catalogs.parent)
    assert shown.returncode == 0, shown.stderr
    table = shown.stdout
    assert "obsolete" in table and "total: 1 article(s)" in table and "units per state" in table


def test_status_fail_under(catalogs: Path, v2: Path) -> None:
    ok = run_cli("status", "--fail-under", "100", "--catalogs", str(catalogs), cwd=catalogs.parent)
    assert ok.returncode == 0, ok.stderr
    ingest(v2, catalogs)
    low = run_cli("status", "--fail-under", "99", "--catalogs", str(catalogs), cwd=catalogs.parent)
    assert low.returncode == 1
    short, line = low.stderr.strip().splitlines()
    assert short.endswith("post1052174: under 99%: en 95.8%, vi 95.8%"), short
    assert line.startswith("l10n: error: status: 1 article(s) under 99% translated")
    assert "Traceback" not in low.stderr
    assert run_cli("status", "--fail-under", "90", "--catalogs", str(catalogs),
                   cwd=catalogs.parent).returncode == 0


def test_unmarked_obsolete_entries_are_kept_by_purge(catalogs: Path, tmp_path: Path) -> None:
    """Obsolete entries another tool wrote have no revision mark: their age is unknown."""
    cat = CatalogDir(catalogs, find_catalogs(catalogs)[0].key)
    path = cat.po_path("vi")
    path.write_bytes(path.read_bytes() + b'\n#~ msgid "Ancienne phrase."\n#~ msgstr "Cu."\n')
    (done,) = api.purge(load_config(str(catalogs)), [], older_than=1, langs=["vi"], wait=1)
    assert done.removed == {"vi": 0}
    msgcat_identical(path, tmp_path)


def test_history_survives_an_editor_that_drops_obsolete_comments(
        catalogs: Path, v2: Path, tmp_path: Path) -> None:
    """Weblate, Poedit and Lokalize rewrite the PO file: the ages live outside it."""
    import polib

    ingest(v2, catalogs)  # revision 1
    (cat,) = find_catalogs(catalogs)
    saved = polib.pofile(str(cat.po_path("vi")), wrapwidth=77)
    for entry in saved.obsolete_entries():
        entry.comment = ""
    saved.save()
    v3 = tmp_path / "v3.txt"
    v3.write_text(v2.read_text("utf-8").replace("850", "860"), "utf-8")
    ingest(v3, catalogs)  # revision 2
    (done,) = api.purge(load_config(str(catalogs)), [], older_than=1, langs=["vi"], wait=1)
    assert done.removed == {"vi": 3}  # the three that left at revision 1, not the newest


def test_marks_in_po_files_move_out_on_the_next_ingest(catalogs: Path, v2: Path,
                                                       tmp_path: Path) -> None:
    """Catalogs written by older versions carry the revision in a ``#.`` comment."""
    ingest(v2, catalogs)
    (cat,) = find_catalogs(catalogs)
    for lang in ("vi", "en"):
        marked = cat.po_path(lang).read_text("utf-8").replace(
            "\n#~ msgid", f"\n#. {OBSOLETE_PREFIX}0\n#~ msgid")
        assert marked.count(OBSOLETE_PREFIX) == 3
        cat.po_path(lang).write_text(marked, "utf-8")
    (cat.path / "obsolete.json").unlink()
    before = cat.po_path("vi").read_bytes()
    (kept,) = api.purge(load_config(str(catalogs)), [], older_than=1, langs=["vi"], wait=1)
    assert kept.removed == {"vi": 3}, "purge reads marks not yet migrated"
    cat.po_path("vi").write_bytes(before)
    written = ingest(v2, catalogs)
    assert {p.name for p in written} == {"vi.po", "en.po", "obsolete.json"}
    assert OBSOLETE_PREFIX not in cat.po_path("vi").read_text("utf-8")
    assert sorted(cat.obsolete_since().values()) == [0, 0, 0]
    check_written(written, tmp_path)


def test_purge_command(catalogs: Path, v2: Path, tmp_path: Path) -> None:
    ingest(v2, catalogs)
    ingest(ARTICLE, catalogs)  # revision 2: the three v2-only entries were already history
    (cat,) = find_catalogs(catalogs)
    proc = run_cli("purge", "--older-than", "1", "--lang", "vi", "--catalogs", str(catalogs),
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{cat.key}: obsolete entries removed: vi 0\n"
    bad = run_cli("purge", "--older-than", "0", "--catalogs", str(catalogs), cwd=tmp_path)
    assert bad.returncode == 2
    (line,) = bad.stderr.strip().splitlines()
    assert line.startswith("l10n: error: --older-than: 0 revisions. Give 1 or more")
