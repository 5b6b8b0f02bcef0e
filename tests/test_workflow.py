"""The whole loop on the bundled article: ingest, re-ingest, status, export."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from l10n import api
from l10n.catalog.pofile import read_po
from l10n.catalog.store import find_catalogs
from l10n.config import load_config
from l10n.readers.text import paragraphs
from tests.conftest import ARTICLE, BUNDLED, msgcat_identical, msgfmt_check


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def article_paragraphs() -> tuple[list[str], list[str]]:
    """(article paragraphs, chrome paragraphs) of the fixture, split by hand-known markers."""
    paras = [p.text for p in paragraphs(ARTICLE.read_text("utf-8"))]
    end = next(i for i, p in enumerate(paras) if p.startswith("Source : "))
    chrome = [paras[0], *paras[end + 1:]]
    body = [p for p in paras[1:end]
            if not p.startswith("VietnamPlusVietnamPlus") and not p.endswith(".jpg")]
    return body, chrome


def test_bundled_catalogs_are_complete() -> None:
    (cat,) = find_catalogs(BUNDLED)
    rows = api.status(load_config(str(BUNDLED)))
    assert {r.lang for r in rows} == {"vi", "en"}
    for row in rows:
        assert row.counts.untranslated == 0 and row.counts.fuzzy == 0, row.lang
        assert row.counts.translated == len(cat.template().entries)


def test_reingest_bundled_is_a_noop(catalogs: Path) -> None:
    before = snapshot(catalogs)
    results = api.ingest([str(ARTICLE)], load_config(str(catalogs)), targets=["vi", "en"])
    assert results[0].written == ()
    assert snapshot(catalogs) == before


def test_fresh_ingest_then_reingest_is_idempotent(tmp_path: Path) -> None:
    config = load_config(str(tmp_path / "c"))
    (first,) = api.ingest([str(ARTICLE)], config, targets=["vi", "en"])
    assert {p.name for p in first.written} == {"skeleton.json", "template.pot", "vi.po", "en.po"}
    before = snapshot(tmp_path / "c")
    (second,) = api.ingest([str(ARTICLE)], config, targets=["vi", "en"])
    assert second.written == () and snapshot(tmp_path / "c") == before


def test_every_written_file_is_gettext_valid(tmp_path: Path) -> None:
    api.ingest([str(ARTICLE)], load_config(str(tmp_path / "c")), targets=["vi", "en"])
    files = [*BUNDLED.rglob("*.po"), *BUNDLED.rglob("*.pot"),
             *(tmp_path / "c").rglob("*.po"), *(tmp_path / "c").rglob("*.pot")]
    assert len(files) == 6
    for path in files:
        msgfmt_check(path)
        msgcat_identical(path, tmp_path)


def test_french_export_has_every_sentence_and_no_chrome(catalogs: Path) -> None:
    (done,) = api.export(load_config(str(catalogs)), [], "fr", "txt")
    body, chrome = article_paragraphs()
    text = done.text
    for para in body:
        sentence_text = re.sub(r"^(?:— |- )", "", para)  # the question dash is markup
        assert sentence_text in text, para
    for junk in chrome:
        assert junk not in text, junk
    assert "28 juillet 2025" in text and "VietnamPlus" in text


@pytest.mark.parametrize(("lang", "date"), [("vi", "28 tháng 7, 2025"), ("en", "July 28, 2025")])
def test_translated_exports_use_no_fallback(catalogs: Path, lang: str, date: str) -> None:
    for fmt in ("html", "md", "txt"):
        (done,) = api.export(load_config(str(catalogs)), [], lang, fmt)
        assert done.fallbacks == 0
        assert date in done.text
    (src,) = api.export(load_config(str(catalogs)), [], "fr", "txt")
    assert "Kendra Rinas" in done.text and done.text != src.text


def test_changed_article_keeps_translations(catalogs: Path, tmp_path: Path) -> None:
    """A corrected paragraph: the other units keep their translations, the old one is kept."""
    (cat,) = find_catalogs(catalogs)
    old_vi = {e.msgid: e.msgstr for e in read_po(cat.po_path("vi")).entries}
    text = ARTICLE.read_text("utf-8").replace("plus de 840 victimes", "plus de 850 victimes")
    changed = tmp_path / "changed.txt"
    changed.write_text(text, "utf-8")
    api.ingest([str(changed)], load_config(str(catalogs)), targets=["vi", "en"])
    new_vi = read_po(cat.po_path("vi"))
    active = {e.msgid: e.msgstr for e in new_vi.entries if not e.obsolete}
    obsolete = {e.msgid: e.msgstr for e in new_vi.entries if e.obsolete}
    gone = [m for m in old_vi if "840 victimes" in m]
    assert len(gone) == 1 and obsolete[gone[0]] == old_vi[gone[0]]
    for msgid, msgstr in old_vi.items():
        assert active.get(msgid, obsolete.get(msgid)) == msgstr
    # Going back to the old version revives the translation.
    api.ingest([str(ARTICLE)], load_config(str(catalogs)), targets=["vi", "en"])
    back = {e.msgid: e.msgstr for e in read_po(cat.po_path("vi")).entries if not e.obsolete}
    assert back[gone[0]] == old_vi[gone[0]]
    msgfmt_check(cat.po_path("vi"))
