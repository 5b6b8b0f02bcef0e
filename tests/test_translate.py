"""``l10n translate`` against a real LibreTranslate-speaking server on 127.0.0.1.

Requests go through deep-translator's own LibreTranslate client (``custom_url``); the server
injects the failures real services produce (see ``tests/support/mtserver.py``).
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n import api
from l10n.catalog.pofile import Entry, POFile, read_po, write_po
from l10n.catalog.store import find_catalogs
from l10n.config import Config, load_config
from l10n.translate.engines import ENGINES
from l10n.translate.runner import Policy
from tests.conftest import ROOT, msgcat_identical, msgfmt_check
from tests.support.mtserver import MTServer

FAST = Policy(concurrency=4, timeout=0.5, retries=3, backoff=0.01, backoff_cap=0.05)


@pytest.fixture
def server() -> Iterator[MTServer]:
    srv = MTServer(slow=1.0).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def make_catalog(root: Path, name: str, paragraphs: list[str], targets: str = "vi") -> Path:
    """Ingest a small French article made of ``paragraphs``; returns the catalogs dir."""
    text = "\n\n".join(paragraphs) + "\n"
    source = root / f"{name}.txt"
    source.write_text(text, "utf-8")
    config = load_config(str(root / "catalogs"), cwd=root)
    api.ingest([str(source)], config, lang="fr", url=f"https://example.com/news/{name}",
               targets=targets.split(","))
    return root / "catalogs"


def config_for(root: Path) -> Config:
    """Settings with the repository's glossary (OIM / Hanoï)."""
    config = load_config(str(root / "catalogs"), cwd=root)
    return Config(config.catalogs, glossary=ROOT / "glossary.csv")


def entries(root: Path, name: str, lang: str = "vi") -> dict[str, Entry]:
    (cat,) = [c for c in find_catalogs(root / "catalogs") if name in c.key]
    return {e.msgid: e for e in read_po(cat.po_path(lang)).entries if not e.obsolete}


def translate(root: Path, server: MTServer, **kwargs: object) -> api.Report:
    options: dict[str, object] = {"engine": "libre", "base_url": server.url, "policy": FAST}
    options.update(kwargs)
    return api.translate(config_for(root), [], "vi", **options)  # type: ignore[arg-type]


def test_fills_only_empty_units_as_fuzzy_with_origin(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Première phrase ici. Deuxième phrase là."])
    (cat,) = find_catalogs(tmp_path / "catalogs")
    po = read_po(cat.po_path("vi"))
    done = po.entries[0].__class__(**{**{f: getattr(po.entries[0], f) for f in
                                        po.entries[0].__dataclass_fields__},
                                      "msgstr": "Một tiêu đề"})
    write_po(cat.po_path("vi"), POFile(po.header, (done, *po.entries[1:])))
    report = translate(tmp_path, server)
    assert report.plans[0].mt == 2
    got = entries(tmp_path, "a")
    assert got["Un titre"].msgstr == "Một tiêu đề" and not got["Un titre"].fuzzy
    for msgid in ("Première phrase ici.", "Deuxième phrase là."):
        assert got[msgid].msgstr == f"[vi] {msgid}"
        assert got[msgid].fuzzy and got[msgid].translator_comments == ("mt: libre",)
    assert "Un titre" not in server.log
    msgfmt_check(cat.po_path("vi"))
    msgcat_identical(cat.po_path("vi"), tmp_path)


@pytest.mark.parametrize("marker", ["E429x2", "E429RAx1", "E500x2", "SLOWx1", "BADJSONx2"])
def test_transient_failures_are_retried(tmp_path: Path, server: MTServer, marker: str) -> None:
    make_catalog(tmp_path, "a", ["Un titre", f"Une phrase {marker} ici."])
    report = translate(tmp_path, server)
    msgid = f"Une phrase {marker} ici."
    assert entries(tmp_path, "a")[msgid].msgstr == f"[vi] {msgid}"
    assert report.plans[0].failed == []
    assert server.seen[msgid] == int(marker[-1]) + 1  # every failure was followed by a retry


def test_persistent_failure_leaves_the_unit_empty(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase E500x9 ici."])
    report = translate(tmp_path, server)
    assert entries(tmp_path, "a")["Une phrase E500x9 ici."].msgstr == ""
    assert report.plans[0].failed == [("Une phrase E500x9 ici.", "server error 500")]
    assert server.seen["Une phrase E500x9 ici."] == FAST.retries + 1


@pytest.mark.parametrize(("sentence", "why"), [
    ("Un <1>lien</1> DROP et <2/> là.", "lost '<1>'"),
    ("Encore SWAP <1>a</1> et <2>b</2> fin.", "</1> where no closing token"),
    ("Il y avait 1 500 NUMX personnes en 2024.", "not found in the translation"),
])
def test_broken_results_are_not_used(tmp_path: Path, server: MTServer, sentence: str,
                                     why: str) -> None:
    make_catalog(tmp_path, "a", ["Un titre", sentence])
    report = translate(tmp_path, server)
    assert entries(tmp_path, "a")[sentence].msgstr == ""
    ((msgid, reason),) = report.plans[0].failed
    assert msgid == sentence and why in reason


def test_placeholders_urls_and_glossary_names_are_shielded(tmp_path: Path,
                                                           server: MTServer) -> None:
    sentence = "L'<1>OIM</1> à Hanoï publie https://iom.int/vn (rapport 2024)."
    make_catalog(tmp_path, "a", ["Un titre", sentence])
    translate(tmp_path, server)
    got = entries(tmp_path, "a")[sentence].msgstr
    assert got == ("[vi] L'<1>Tổ chức Di cư Quốc tế (IOM)</1> à Hà Nội publie "
                   "https://iom.int/vn (rapport 2024).")
    (sent,) = [t for t in server.log if "publie" in t]
    assert "OIM" not in sent and "<1>" not in sent and "https" not in sent


def test_rerun_is_served_from_the_cache(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase. Une autre."])
    (cat,) = find_catalogs(tmp_path / "catalogs")
    empty = cat.po_path("vi").read_bytes()
    translate(tmp_path, server)
    filled = cat.po_path("vi").read_bytes()
    sent = len(server.log)
    cat.po_path("vi").write_bytes(empty)
    report = translate(tmp_path, server)
    assert len(server.log) == sent and report.plans[0].cached == 3
    assert cat.po_path("vi").read_bytes() == filled


def test_pivot_through_reviewed_english(tmp_path: Path, server: MTServer) -> None:
    long = "Une <1>phrase</1> assez longue pour un article."
    make_catalog(tmp_path, "a", ["Un titre", long], targets="vi,en")
    (cat,) = find_catalogs(tmp_path / "catalogs")
    en = read_po(cat.po_path("en"))
    reviewed = {"Un titre": "A title", long: "A <1>sentence</1> long enough for an article."}
    write_po(cat.po_path("en"), POFile(en.header, tuple(
        Entry(msgid=e.msgid, msgstr=reviewed[e.msgid], references=e.references)
        for e in en.entries)))
    report = translate(tmp_path, server, from_lang="en")
    got = entries(tmp_path, "a")
    assert got[long].msgstr == "[vi] A <1>sentence</1> long enough for an article."
    assert got["Un titre"].translator_comments == ("mt: libre (pivot en)",)
    assert report.plans[0].mt == 2 and "Un titre" not in server.log


def test_dry_run_counts_and_changes_nothing(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase assez longue pour un article."])
    (cat,) = find_catalogs(tmp_path / "catalogs")
    before = cat.po_path("vi").read_bytes()
    report = translate(tmp_path, server, dry_run=True)
    assert report.dry_run is not None
    libre = next(r for r in report.dry_run if r["engine"] == "libre")
    chars = len("Un titre") + len("Une phrase assez longue pour un article.")
    assert libre == {"engine": "libre", "units": 2, "characters": chars}
    assert server.log == [] and cat.po_path("vi").read_bytes() == before


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l10n", *args], cwd=cwd, capture_output=True,
                          text=True, check=False)


def test_offline_fails_fast_and_changes_nothing(tmp_path: Path) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase assez longue pour un article."])
    before = {p: p.read_bytes() for p in (tmp_path / "catalogs").rglob("*.po")}
    proc = _cli("translate", "--to", "vi", "--engine", "libre", "--base-url",
                f"http://127.0.0.1:{_free_port()}/", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("l10n: error: libre@") and "cannot be reached" in line
    assert {p: p.read_bytes() for p in before} == before


def test_api_key_never_reaches_catalogs_or_output(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase assez longue pour un article."])
    proc = _cli("translate", "--to", "vi", "--engine", "libre", "--base-url", server.url,
                "--api-key", "refused-key", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "the API key was refused" in proc.stderr
    assert "refused-key" not in proc.stdout + proc.stderr
    for path in (tmp_path / "catalogs").rglob("*"):
        if path.is_file():
            assert b"refused-key" not in path.read_bytes(), path


def test_option_errors(tmp_path: Path) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase assez longue pour un article."])
    proc = _cli("translate", "--to", "vi", "--engine", "babelfish", cwd=tmp_path)
    assert proc.returncode == 2 and "unknown engine" in proc.stderr
    proc = _cli("translate", "--to", "vi", "--no-tm", "--tm-only", cwd=tmp_path)
    assert proc.returncode == 2 and "exclude each other" in proc.stderr
    proc = _cli("translate", "--to", "fr", "--tm-only", cwd=tmp_path)
    assert proc.returncode == 2 and "source language" in proc.stderr


def test_cli_dry_run_prints_a_row_per_engine(tmp_path: Path, server: MTServer) -> None:
    make_catalog(tmp_path, "a", ["Un titre", "Une phrase assez longue pour un article."])
    proc = _cli("translate", "--to", "vi", "--engine", "libre", "--base-url", server.url,
                "--dry-run", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["engine", "units", "characters"]
    assert ["libre", "2", "48"] in [line.split() for line in lines]
    assert len(lines) == 2 + len(ENGINES) and server.log == []
    assert lines[-1].endswith(": vi: 0 from memory, 0 from the cache, 2 to send, 0 skipped "
                              "(dry run)")
