"""Script in a source page or a translation never survives export, as a browser would parse it.

The exported pages are parsed with html5lib, which implements the WHATWG parsing algorithm
browsers use, so tricks that fool a regex (``<noscript>`` mutation, entity-encoded schemes,
SVG, ``srcdoc``) are judged as a browser would judge them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import html5lib
import pytest

from l10n import api
from l10n.catalog.pofile import Entry, POFile, read_po, write_po
from l10n.catalog.store import find_catalogs
from l10n.catalog.update import ingest as store_ingest
from l10n.config import load_config
from l10n.model.article import Article, Block, BlockKind
from l10n.writers.html import STYLE

VECTORS = [
    "<script>document.title='XSS'</script>",
    '<img src=x onerror="document.body.dataset.xss=1">',
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab</a>',
    '<a href="&#106;avascript:alert(1)">entité</a>',
    '<a href=" &#14;  javascript:alert(1)">espaces</a>',
    "<svg onload=alert(1)><script>alert(2)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>",
    '"><script>alert(1)</script>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    "<1><script>alert(1)</script></1>",
]
BAD_URLS = [
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
]

# What the HTML writer may emit; anything else came from content.
ALLOWED_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "article",
    "header",
    "footer",
    "h1",
    "h2",
    "p",
    "strong",
    "em",
    "blockquote",
    "ul",
    "li",
    "figure",
    "img",
    "figcaption",
    "time",
    "a",
    "pre",
    "code",
    "span",
    "style",
}
URL_ATTRS = {"href", "src"}


def _scheme(url: str) -> str:
    """The scheme a browser would see: C0 controls and spaces trimmed, tabs and newlines removed."""
    url = re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", url)
    return match.group(1).lower() if match else ""


def assert_inert_html(page: str) -> None:
    """Parse ``page`` as a browser does; fail on any element or attribute that could run script."""
    tree = html5lib.parse(page, namespaceHTMLElements=False)
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag:
            continue
        assert tag in ALLOWED_TAGS, f"unexpected element <{tag}>"
        if tag == "style":  # only the writer's own stylesheet, never text from a catalog
            assert element.text == STYLE
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name} on <{tag}>"
            assert name.lower() not in {"srcdoc", "style", "formaction"}, name
            if name in URL_ATTRS:
                assert _scheme(value) in {"", "http", "https"}, f"{tag} {name}={value!r}"
        if tag == "meta":
            assert element.get("http-equiv", "").lower() != "refresh"


def _hostile_article() -> Article:
    """A source page whose text, attributes and metadata all carry attacks."""
    text_blocks = [
        Block(BlockKind.PARAGRAPH, f"Paragraphe {i} : {v} fin.") for i, v in enumerate(VECTORS)
    ]
    images = [
        b
        for url in BAD_URLS
        for b in (
            Block(BlockKind.IMAGE, "", (("src", url),)),
            Block(BlockKind.CAPTION, f"Légende {url}"),
        )
    ]
    return Article(
        lang="fr",
        source_url="https://example.com/xss-article",
        title="<script>alert('titre')</script>",
        published=dt.date(2025, 7, 28),
        site="<img src=x onerror=alert(1)>",
        byline='"><svg onload=alert(1)>',
        blocks=(
            Block(BlockKind.TITLE, "Titre <script>alert(1)</script>"),
            *text_blocks,
            *images,
            Block(BlockKind.SOURCE_NOTE, "<iframe src=javascript:alert(1)>"),
        ),
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """Catalogs of the hostile article whose vi translations are attacks too."""
    root = tmp_path / "catalogs"
    store_ingest(root, _hostile_article(), ["vi"])
    (cat,) = find_catalogs(root)
    path = cat.po_path("vi")
    po = read_po(path)
    entries = tuple(
        replace(e, msgstr=f"{VECTORS[i % len(VECTORS)]} bản dịch {i}.")
        for i, e in enumerate(po.entries)
    )
    write_po(path, POFile(po.header, entries))
    return root


@pytest.mark.parametrize("lang", ["fr", "vi"])
def test_html_export_is_inert(hostile: Path, lang: str) -> None:
    (done,) = api.export(load_config(str(hostile)), [], lang, "html", min_translated=0)
    assert_inert_html(done.text)
    assert "&lt;script&gt;" in done.text  # the attack is shown as text, not dropped silently


def test_unsafe_source_url_gives_no_link(tmp_path: Path) -> None:
    for number, url in enumerate(BAD_URLS):
        root = tmp_path / f"c{number}"
        article = replace(_hostile_article(), source_url="https://example.com/a")
        store_ingest(root, article, ["vi"])
        skeleton = next(root.rglob("skeleton.json"))
        text = skeleton.read_text("utf-8").replace(
            "https://example.com/a", url.replace("\t", "\\t").replace('"', '\\"')
        )
        skeleton.write_text(text, "utf-8")
        (done,) = api.export(load_config(str(root)), [], "fr", "html")
        assert_inert_html(done.text)
        assert 'rel="canonical"' not in done.text


@pytest.mark.parametrize("lang", ["fr", "vi"])
def test_markdown_export_has_no_raw_html(hostile: Path, lang: str) -> None:
    (done,) = api.export(load_config(str(hostile)), [], lang, "md", min_translated=0)
    bare = re.findall(r"(?<!\\)<(?!https?://)[^>\n]*>?", done.text)
    assert bare == []
    for url in re.findall(r"\]\(([^)]*)\)", done.text):
        assert _scheme(url) in {"", "http", "https"}, url


def test_review_page_is_inert(hostile: Path, tmp_path: Path) -> None:
    (cat,) = find_catalogs(hostile)
    page = api.review(load_config(str(hostile)), cat.key, "vi", tmp_path / "review.html")
    html = page.read_text("utf-8")
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    tags = {e.tag for e in tree.iter() if isinstance(e.tag, str)}
    assert tags.isdisjoint({"script", "iframe", "svg", "math", "object", "noscript", "img", "a"})
    assert all(not n.startswith("on") for e in tree.iter() for n in e.attrib)


def test_the_entry_model_is_unchanged_by_export(hostile: Path) -> None:
    """Export reads catalogs only: the attacks stay in the PO file for an editor to see."""
    before = read_po(next(hostile.rglob("vi.po")))
    api.export(load_config(str(hostile)), [], "vi", "html", min_translated=0)
    after = read_po(next(hostile.rglob("vi.po")))
    assert before == after and isinstance(after.entries[0], Entry)
