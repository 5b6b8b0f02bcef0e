"""The Markdown reader: front matter kept byte for byte, code untranslated, inline markup as
placeholders, and the article rebuilt as Markdown in another language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from l10n import api
from l10n.catalog.pofile import format_po, parse_po
from l10n.catalog.store import CatalogDir
from l10n.catalog.urlkey import catalog_key
from l10n.config import load_config
from l10n.errors import InputError
from l10n.model.article import BlockKind
from l10n.readers.markdown import read_markdown, split_front_matter
from l10n.sources.resolve import read_source
from tests.conftest import ROOT

SOURCE = ROOT / "tests" / "fixtures" / "markdown" / "tet-hanoi.md"
URL = "https://news.example.vn/van-hoa/ha-noi-don-tet-2025"


def test_metadata_and_blocks() -> None:
    article = read_source(str(SOURCE))
    assert (article.lang, article.source_url) == ("vi", URL)
    assert article.published == dt.date(2025, 1, 20)
    assert article.byline == "Minh Anh"
    assert article.title == "Hà Nội đón Tết với nhiều hoạt động văn hóa"
    kinds = [b.kind for b in article.blocks]
    assert kinds == [BlockKind.CODE, BlockKind.TITLE, BlockKind.LEDE, BlockKind.PARAGRAPH,
                     BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                     BlockKind.QUOTE, BlockKind.IMAGE, BlockKind.IMAGE_ALT,
                     BlockKind.PARAGRAPH, BlockKind.CODE]
    lede = article.blocks[2]
    assert lede.text == "Thủ đô tổ chức hơn 200 sự kiện trong dịp Tết Nguyên Đán."
    para = article.blocks[3]
    assert para.text == ("Theo <1>Sở Văn hóa</1>, các hoạt động sẽ diễn ra tại "
                         "<2>phố đi bộ Hồ Gươm</2> từ ngày 25/1.")
    assert dict(para.attrs)["placeholder:2"] == (
        '{"tag":"a","href":"https://hanoi.example.vn/ho-guom","title":"Hồ Gươm"}')
    code = article.blocks[-1]
    assert code.attr("language") == "python"
    assert code.attr("code") == 'print("Chúc mừng năm mới")\n'


def test_ingest_then_translate_then_export(tmp_path: Path) -> None:
    config = load_config(str(tmp_path / "catalogs"))
    api.ingest([str(SOURCE)], config, targets=["en"])
    cat = CatalogDir(config.catalogs, catalog_key(URL))
    template = (cat.path / "template.pot").read_text("utf-8")
    assert "Chúc mừng" not in template  # code is not translated
    assert "layout" not in template
    assert "#. <2> = link to https://hanoi.example.vn/ho-guom" in template
    po = parse_po(cat.po_path("en").read_bytes(), "en.po")
    done = {"Hà Nội đón Tết với nhiều hoạt động văn hóa":
            "Hanoi welcomes Tet with many cultural events",
            "Thủ đô tổ chức hơn 200 sự kiện trong dịp Tết Nguyên Đán.":
            "The capital is holding more than 200 events over the Lunar New Year.",
            "Lệnh <1/> chạy <2>toàn bộ</2> kịch bản.": "The <1/> command runs the <2>whole</2> "
                                                      "script."}
    entries = tuple(dataclasses.replace(e, msgstr=done.get(e.msgid, "")) for e in po.entries)
    cat.po_path("en").write_text(format_po(dataclasses.replace(po, entries=entries)), "utf-8")
    [out] = api.export(config, [URL], "en", "md", min_translated=0)
    raw, body = split_front_matter(out.text)
    original, _ = split_front_matter(SOURCE.read_text("utf-8"))
    assert raw == original.replace(
        '"Hà Nội đón Tết với nhiều hoạt động văn hóa"',
        '"Hanoi welcomes Tet with many cultural events"').replace(
        ">\n  Thủ đô tổ chức hơn 200 sự kiện\n  trong dịp Tết Nguyên Đán.",
        '"The capital is holding more than 200 events over the Lunar New Year."')
    assert "The `make tet` command runs the *whole* script." in body
    assert "Hanoi welcomes Tet" not in body  # the title lives in the front matter only
    assert "The capital is holding" not in body
    assert "**Sở Văn hóa**" in body
    assert "[phố đi bộ Hồ Gươm](https://hanoi.example.vn/ho-guom \"Hồ Gươm\")" in body
    assert '```python\nprint("Chúc mừng năm mới")\n```' in body
    assert "![Phố đi bộ Hồ Gươm ngày Tết](https://hanoi.example.vn/img/ho-guom.jpg)" in body


def test_source_language_export_keeps_the_front_matter_byte_for_byte(tmp_path: Path) -> None:
    config = load_config(str(tmp_path))
    api.ingest([str(SOURCE)], config, targets=["en"])
    [out] = api.export(config, [URL], "vi", "md", min_translated=0)
    assert out.text.startswith(SOURCE.read_text("utf-8").split("\n---\n")[0] + "\n---\n")


def test_first_heading_is_the_title_without_front_matter() -> None:
    article = read_markdown("# Le titre\n\nUn *premier* paragraphe.\n\n# Autre\n", "")
    assert [(b.kind, b.text) for b in article.blocks] == [
        (BlockKind.TITLE, "Le titre"), (BlockKind.PARAGRAPH, "Un <1>premier</1> paragraphe."),
        (BlockKind.HEADING, "Autre")]


def test_invalid_front_matter_names_the_line() -> None:
    with pytest.raises(InputError, match=r"^a\.md:3: invalid YAML in the front matter"):
        read_markdown("---\ntitle: a\n  bad: [\n---\n\nText here.\n", "", "a.md")


def test_tables_and_strikethrough() -> None:
    article = read_markdown("| a | b |\n|---|---|\n| *x* | ~~y~~ z |\n")
    assert [b.text for b in article.blocks] == ["a", "b", "<1>x</1>", "<1>y</1> z"]
    assert dict(article.blocks[3].attrs) == {"placeholder:1": '{"tag":"s"}'}
