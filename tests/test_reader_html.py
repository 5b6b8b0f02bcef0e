"""The HTML reader on pages written for these tests: article kept, chrome dropped, markup kept
as placeholders, legacy charsets read, and the round trip through catalogs and export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import lxml.html
import pytest

from l10n import api
from l10n.catalog.pofile import format_po, parse_po
from l10n.catalog.store import CatalogDir
from l10n.catalog.urlkey import catalog_key
from l10n.config import load_config
from l10n.errors import InputError
from l10n.localize import localize
from l10n.model.article import Article, BlockKind
from l10n.model.inline import to_text
from l10n.sources.charset import decode_page
from l10n.sources.resolve import read_source
from tests.conftest import ROOT, msgfmt_check
from tests.test_cli import assert_one_line_error, run

PAGE = ROOT / "tests" / "fixtures" / "pages" / "iom-report.html"
URL = "https://www.deltaherald.example/world/2025/07/28/migrants-mekong-route?utm_source=rss"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_source(str(PAGE))


def texts(article: Article, *kinds: BlockKind) -> list[str]:
    return [to_text(b.text, b.attrs) for b in article.blocks if not kinds or b.kind in kinds]


def test_metadata(article: Article) -> None:
    assert article.source_url == URL  # the canonical link
    assert article.lang == "en"
    assert article.title == "Migrants face rising risks on the Mekong route"
    assert article.published == dt.date(2025, 7, 28)
    assert article.byline == "Lan Pham"
    assert article.site == "Delta Herald"


def test_header_is_title_then_the_standfirst_shown_on_the_page(article: Article) -> None:
    kinds = [b.kind for b in article.blocks[:2]]
    assert kinds == [BlockKind.TITLE, BlockKind.LEDE]
    assert texts(article, BlockKind.LEDE) == [
        "Aid groups say smugglers are adapting faster than the authorities who pursue them."]
    assert texts(article).count(article.title) == 1  # the <h1> is not repeated in the body


def test_chrome_is_left_out(article: Article) -> None:
    everything = "\n".join(texts(article))
    for chrome in ("Home", "Subscribe", "Related stories", "Rice prices", "Privacy policy",
                   "All rights reserved", "Floods leave thousands", "Inside the border towns",
                   "Facebook"):
        assert chrome not in everything
    assert not any("icons/share" in b.attr("src") for b in article.blocks)


def test_body_blocks(article: Article) -> None:
    kinds = [b.kind for b in article.blocks]
    assert kinds[2:5] == [BlockKind.PARAGRAPH, BlockKind.IMAGE, BlockKind.IMAGE_ALT]
    assert texts(article, BlockKind.CAPTION) == [
        "A ferry crosses the Mekong near the border at dawn. Photo: Minh Tran"]
    assert texts(article, BlockKind.HEADING) == ["A market that adapts"]
    assert texts(article, BlockKind.QUOTE) == [
        "Protecting people on the move means reaching them before the smugglers do."]
    assert len(texts(article, BlockKind.LIST_ITEM)) == 3
    assert texts(article)[-1].startswith("The agency plans to publish a follow-up study")


def test_inline_markup_becomes_placeholders(article: Article) -> None:
    first = next(b for b in article.blocks if b.kind is BlockKind.PARAGRAPH)
    assert "<1>International Organization for Migration</1> (<2/>)" in first.text
    assert dict(first.attrs)["placeholder:2"] == (
        '{"tag":"literal","text":"IOM","translate":"no"}')
    nested = next(b for b in article.blocks if "behind" in b.text)
    assert "<3>one step <4>behind</4></3>" in nested.text


def test_translate_no_block_is_not_a_unit(article: Article, tmp_path: Path) -> None:
    api.ingest([str(PAGE)], load_config(str(tmp_path)), targets=["vi"])
    template = (tmp_path / catalog_key(URL) / "template.pot").read_text("utf-8")
    assert "Investigations Unit" not in template
    assert "Migration</1> (<2/>), which" in template.replace('"\n"', "")
    assert "#. <1> = link to https://www.iom.int" in template
    assert '#. <1/> = "grep -r route" (kept as written)' in template
    assert '#. <2/> = "<1>" (kept as written)' in template


def test_round_trip_without_translation_gives_back_every_block(article: Article,
                                                              tmp_path: Path) -> None:
    api.ingest([str(PAGE)], load_config(str(tmp_path)), targets=["vi", "fr"])
    cat = CatalogDir(tmp_path, catalog_key(URL))
    back = localize(cat.skeleton(), {}, "vi").article
    assert [(b.kind, b.text, b.attrs) for b in back.blocks] == \
        [(b.kind, b.text, b.attrs) for b in article.blocks]


def test_export_rebuilds_markup_in_the_translators_order(tmp_path: Path) -> None:
    config = load_config(str(tmp_path / "catalogs"))
    api.ingest([str(PAGE)], config, targets=["vi"])
    cat = CatalogDir(config.catalogs, catalog_key(URL))
    po_path = cat.po_path("vi")
    po = parse_po(po_path.read_bytes(), str(po_path))
    translated = ("Quan chức ba tỉnh cho biết <2>phần lớn diễn ra ban đêm</2> và tuyến đường "
                  "thay đổi <1>vài tuần một lần</1>.")
    entries = tuple(dataclasses.replace(e, msgstr=translated)
                    if e.msgid.startswith("Officials in three provinces") else e
                    for e in po.entries)
    assert entries != po.entries
    po_path.write_text(format_po(dataclasses.replace(po, entries=entries)), "utf-8")
    msgfmt_check(po_path)
    [html] = api.export(config, [URL], "vi", "html", min_translated=0)
    assert "<em>phần lớn diễn ra ban đêm</em> và tuyến đường thay đổi " \
           "<strong>vài tuần một lần</strong>." in html.text
    assert '<a href="https://www.iom.int">International Organization for Migration</a>' \
        in html.text
    assert '<span translate="no">IOM</span>' in html.text
    assert '<span translate="no">Delta Herald Investigations Unit</span>' in html.text
    assert "literally read &lt;1&gt; where" in html.text
    [md] = api.export(config, [URL], "vi", "md", min_translated=0)
    assert "[International Organization for Migration](https://www.iom.int)" in md.text
    assert "*phần lớn diễn ra ban đêm* và tuyến đường thay đổi **vài tuần một lần**." in md.text
    assert "`grep -r route`" in md.text
    assert "literally read \\<1\\> where" in md.text


def test_exported_html_shows_the_extracted_text(article: Article, tmp_path: Path) -> None:
    config = load_config(str(tmp_path))
    api.ingest([str(PAGE)], config, targets=["vi"])
    [done] = api.export(config, [URL], "en", "html", min_translated=0)
    page = lxml.html.document_fromstring(done.text)
    for br in page.iter("br"):
        br.tail = "\n" + (br.tail or "")
    shown = " ".join(page.text_content().split())
    for text in texts(article, *(set(BlockKind) - {BlockKind.IMAGE_ALT})):
        assert " ".join(text.split()) in shown
    assert [img.get("alt") for img in page.iter("img")] == texts(article, BlockKind.IMAGE_ALT)


# --- encodings ---------------------------------------------------------------------------------

FRENCH = "L’été à Hà Nội : « déjà vu », naïve façade — Œuvre, 12 €"
LEGACY_FR = "L'été : « déjà vu », naïve façade, crème brûlée, où ça ?"
VIETNAMESE = "Người dân Hà Nội đón Tết Nguyên Đán với nhiều niềm vui mới."


def page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{body} Paragraphe numéro {n} de cet article.</p>" for n in range(4))
    return (f"<html><head>{head}<title>Titre</title>"
            '<link rel="canonical" href="https://example.com/a/1"></head>'
            f"<body><article><h1>Titre</h1>{paragraphs}</article></body></html>")


@pytest.mark.parametrize(("data", "declared", "expected"), [
    (page(FRENCH).encode("utf-8"), None, FRENCH),
    (b"\xef\xbb\xbf" + page(FRENCH).encode("utf-8"), "iso-8859-1", FRENCH),
    (page(LEGACY_FR, '<meta charset="windows-1252">').encode("cp1252"), None, LEGACY_FR),
    (page(LEGACY_FR, '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
          ).encode("latin-1"), None, LEGACY_FR),
    (page(LEGACY_FR).encode("cp1252"), None, LEGACY_FR),  # unlabeled legacy page
    (page(LEGACY_FR).encode("latin-1"), "iso-8859-1", LEGACY_FR),
    (page(FRENCH).encode("utf-8"), "iso-8859-1", FRENCH),  # a server that mislabels UTF-8
])
def test_charsets(data: bytes, declared: str | None, expected: str) -> None:
    text, _ = decode_page(data, declared)
    assert expected in text


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Text as windows-1258 writes Vietnamese: precomposed letters, combining tone marks."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out += (base + "".join(c for c in parts if c in TONE_MARKS)).encode("cp1258")
    return out


def test_windows_1258_is_read_and_normalized_to_nfc(tmp_path: Path) -> None:
    data = cp1258(page(VIETNAMESE, '<meta charset="windows-1258">'))
    assert VIETNAMESE.encode("utf-8") not in data
    path = tmp_path / "vi.html"
    path.write_bytes(data)
    article = read_source(str(path))
    assert VIETNAMESE in texts(article)[1]
    assert all(unicodedata.is_normalized("NFC", b.text) for b in article.blocks)


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    with pytest.raises(InputError, match="no article text"):
        read_source(str(path), url="https://example.com/x")


def test_language_comes_from_the_page_unless_given(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(page(FRENCH).replace("<html>", '<html lang="fr-CA">'), "utf-8")
    assert read_source(str(path)).lang == "fr"
    assert read_source(str(path), lang="vi").lang == "vi"


# --- the command line: stdin, directories with a broken file -----------------------------------


def test_stdin_html(tmp_path: Path) -> None:
    proc = run("ingest", "-", "--to", "vi", cwd=tmp_path, stdin=PAGE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert "www.deltaherald.example/" in proc.stdout


def test_directory_goes_on_past_a_broken_file(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(PAGE, pages / "a-good.html")
    (pages / "b-empty.html").write_text("<html><body><nav>Menu</nav></body></html>", "utf-8")
    (pages / "c-note.md").write_text("# Titre\n\nUn paragraphe sans adresse.\n", "utf-8")
    proc = run("ingest", str(pages), "--to", "vi", cwd=tmp_path)
    assert proc.returncode == 2
    errors = [line for line in proc.stderr.splitlines() if line.startswith("l10n: error:")]
    assert len(errors) == 2
    assert "b-empty.html: no article text found" in errors[0]
    assert "c-note.md" in errors[1]
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "l10n: ingested 1 of 3 sources, 2 failed"
    assert (tmp_path / "catalogs" / catalog_key(URL) / "vi.po").is_file()


def test_unsupported_file_type(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert_one_line_error(run("ingest", "a.pdf", cwd=tmp_path), "a.pdf", "unsupported file type")


def test_headline_variants_and_byline_paragraphs_are_not_body_text() -> None:
    from l10n.readers.html import read_html

    body = "".join(f"<p>Paragraph {n} tells what happened at the harbour on that day.</p>"
                   for n in range(5))
    html = ("<html><head><title>Harbour reopens after the storm</title>"
            '<meta name="author" content="Jane Doe"></head><body><article>'
            "<h2>Exclusive: Harbour reopens after the storm</h2><p>By Jane Doe</p>"
            f"{body}</article></body></html>")
    article, _ = read_html(html, "https://example.com/harbour")
    assert [b.kind for b in article.blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * 5
    assert article.byline == "Jane Doe"


def test_nested_list_items_keep_their_own_text() -> None:
    from l10n.readers.html import read_html

    body = "".join(f"<p>Paragraph {n} tells what happened at the harbour on that day.</p>"
                   for n in range(5))
    html = (f"<html><body><article><h1>T</h1>{body}<ul><li>Parent <b>item</b>"
            "<ul><li>child one</li></ul> and tail</li><li>Second</li></ul></article></body></html>")
    article, _ = read_html(html, "https://example.com/x")
    assert [b.text for b in article.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "Parent <1>item</1> and tail", "child one", "Second"]


@pytest.mark.parametrize(("src", "alt", "furniture"), [
    ("/static/icons/share-facebook.svg", "Facebook", True),
    ("/img/logo.png", "", True),
    ("https://cdn.example/2015/10/thumb-1444447108_180x108.jpg", "", True),
    ("https://cdn.example/a.jpg", "https://example.com/other-article", True),
    ("https://cdn.example/photos/sprint-final.jpg", "Runners at the line", False),
    ("https://cdn.example/photos/blueprint.png", "The plan", False),
    ("https://cdn.example/photos/DSC_0042.jpg", "A boat", False),
    ("https://img.example/imrs.php?src=x.jpg&h=180&w=180", "", True),
    ("https://cdn.example/photos/mekong.jpg?width=800&crop=16:9", "A river", False),
])
def test_furniture_images(src: str, alt: str, furniture: bool) -> None:
    from l10n.readers.htmlimages import is_furniture_image

    assert is_furniture_image(src, alt) is furniture


def test_token_look_alikes_in_title_and_alt_text_stay_literal(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(page("Le code <3/> est cité tel quel.").replace(
        "Titre", "Le signe &lt;1&gt; expliqué"), "utf-8")
    article = read_source(str(path), lang="fr")
    title = article.blocks[0]
    assert title.text == "Le signe <1/> expliqué"
    assert to_text(title.text, title.attrs) == "Le signe <1> expliqué"


def test_page_labels_are_not_paragraphs() -> None:
    from l10n.readers.html import read_html

    paras = [f"<p>Paragraph {n} tells what happened at the harbour on that day.</p>"
             for n in range(5)]
    html = ("<html><body><article><h1>T</h1>" + "".join(paras[:2]) + "<p>ADVERTISEMENT</p>"
            "<p>Partager cet article :</p>" + "".join(paras[2:]) + "<p>Quảng cáo</p>"
            "</article></body></html>")
    article, _ = read_html(html, "https://example.com/x")
    assert [b.kind for b in article.blocks] == [BlockKind.TITLE] + [BlockKind.PARAGRAPH] * 5


def test_a_paragraph_the_page_classes_as_caption_after_an_image_is_a_caption() -> None:
    from l10n.readers.html import read_html

    paras = "".join(f"<p>Paragraph {n} tells what happened at the harbour on that day.</p>"
                    for n in range(5))
    html = ('<html><body><article><h1>T</h1><div class="art"><img src="https://e.com/boat.jpg">'
            '<br><span class="pb-caption">Fishing boats wait in the harbour at dawn on Monday. '
            f"(Photo: Minh Tran)</span></div>{paras}</article></body></html>")
    article, _ = read_html(html, "https://example.com/x")
    kinds = [b.kind for b in article.blocks]
    assert kinds[:3] == [BlockKind.TITLE, BlockKind.IMAGE, BlockKind.CAPTION], article.blocks[:3]
