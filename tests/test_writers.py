"""Writers: every block kind in every format, escaping, grouping and the format dispatcher."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from html import escape as html_escape
from html.parser import HTMLParser

import pytest

from l10n.errors import InputError
from l10n.model.article import Article, Block, BlockKind
from l10n.writers import FORMATS, render
from l10n.writers.layout import Figure, ItemList, arrange, group, safe_url
from l10n.writers.markdown import escape as md_escape

K = BlockKind
NBSP = "\u00a0"
URL = "https://www.vietnamplus.vn/oim-post1052174.vnp?a=1&b=2"
XSS = '<script>alert(1)</script> & "x"'


def image(src: str) -> Block:
    return Block(K.IMAGE, "", (("src", src),))


def every_kind(lang: str = "fr") -> Article:
    """An article holding each block kind once (a list twice), every text distinct."""
    blocks = (
        Block(K.TITLE, "Titre de l'article"),
        Block(K.LEDE, "Le chapeau de l'article."),
        Block(K.BYLINE, "Par Anne Dupont"),
        Block(K.PARAGRAPH, "Un premier paragraphe."),
        image("photo-1.jpg"),
        Block(K.IMAGE_ALT, "Des personnes en réunion"),
        Block(K.CAPTION, "La légende de la photo."),
        Block(K.HEADING, "Un intertitre"),
        Block(K.QUESTION, "Quelle est la situation ?"),
        Block(K.ANSWER, "Mme Kendra Rinas : La situation évolue."),
        Block(K.QUOTE, "Une citation célèbre."),
        Block(K.LIST_ITEM, "Premier point"),
        Block(K.LIST_ITEM, "Second point"),
        Block(K.CODE, "", (("code", "print('bonjour')"),)),
        Block(K.PARAGRAPH, XSS),
        Block(K.SOURCE_NOTE, "(TTXVN/Vietnam+)"),
    )
    return Article(lang=lang, blocks=blocks, source_url=URL, title="Titre de l'article",
                   published=dt.date(2025, 7, 28), site="VietnamPlus")


TEXTS = [b.text for b in every_kind().blocks if b.text] + ["print('bonjour')"]


class TagChecker(HTMLParser):
    """Checks tags balance, collects text by element and attributes by tag."""

    VOID = frozenset({"meta", "link", "img", "br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.body_text: list[str] = []
        self.decl: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.decl.append(decl)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise AssertionError(f"self-closing <{tag}/> is not HTML5 style")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes the wrong element"

    def handle_data(self, data: str) -> None:
        if "body" in self.stack:
            self.body_text.append(data)

    def attrs(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def parse_html(document: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(document)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return checker


# --- dispatcher -------------------------------------------------------------------------

def test_formats_are_the_cli_contract() -> None:
    assert FORMATS == ("html", "md", "txt")


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        render(every_kind(), "pdf")
    assert caught.value.where == "--format"
    assert "pdf" in caught.value.what
    assert caught.value.fix == "Use one of html, md, txt"


def test_exporting_text_does_not_import_the_html_writer() -> None:
    code = (
        "import sys\n"
        "from l10n.model.article import Article, Block, BlockKind\n"
        "from l10n.writers import render\n"
        "render(Article('fr', (Block(BlockKind.PARAGRAPH, 'x'),)), 'txt')\n"
        "assert 'l10n.writers.html' not in sys.modules\n"
        "assert 'l10n.writers.markdown' not in sys.modules\n"
        "assert 'l10n.writers.text' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_is_deterministic_and_ends_with_one_newline(fmt: str) -> None:
    first = render(every_kind(), fmt)
    assert first == render(every_kind(), fmt)
    assert first.endswith("\n") and not first.endswith("\n\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_article_renders(fmt: str) -> None:
    assert render(Article(lang="en", blocks=()), fmt).endswith("\n")


# --- layout ------------------------------------------------------------------------------

def test_consecutive_list_items_form_one_list() -> None:
    blocks = [Block(K.LIST_ITEM, "a"), Block(K.LIST_ITEM, "b"), Block(K.PARAGRAPH, "p"),
              Block(K.LIST_ITEM, "c")]
    assert list(group(blocks)) == [ItemList(("a", "b")), blocks[2], ItemList(("c",))]


def test_image_takes_its_alt_and_caption_in_either_order() -> None:
    blocks = [image("a.jpg"), Block(K.CAPTION, "cap a"), Block(K.IMAGE_ALT, "alt a"),
              image("b.jpg"), Block(K.IMAGE_ALT, "alt b")]
    assert list(group(blocks, "https://example.com/news/x.html")) == [
        Figure(True, "https://example.com/news/a.jpg", "alt a", "cap a"),
        Figure(True, "https://example.com/news/b.jpg", "alt b", "")]
    # With no web address to resolve them against, bare names are no images; captions stay.
    assert list(group(blocks)) == [Figure(False, "", "alt a", "cap a")]


def test_lone_caption_is_a_figure_and_lone_alt_is_dropped() -> None:
    blocks = [Block(K.CAPTION, "one"), Block(K.CAPTION, "two"), Block(K.IMAGE_ALT, "orphan"),
              Block(K.PARAGRAPH, "p")]
    assert list(group(blocks)) == [Figure(False, "", "", "one"), Figure(False, "", "", "two"),
                                   blocks[3]]


def test_image_without_alt_block_uses_its_alt_attribute() -> None:
    block = Block(K.IMAGE, "", (("src", "a.jpg"), ("alt", "from attrs")))
    assert list(group([block], "https://example.com/")) == [
        Figure(True, "https://example.com/a.jpg", "from attrs", "")]


def test_header_takes_leading_title_lede_byline_and_notes_go_to_the_end() -> None:
    page = arrange(every_kind())
    assert page.title == "Titre de l'article"
    assert page.ledes == ("Le chapeau de l'article.",)
    assert page.meta.parts() == ("VietnamPlus", "Par Anne Dupont", "28 juillet 2025")
    assert page.notes == ("(TTXVN/Vietnam+)",)
    kinds = {u.kind for u in page.body if isinstance(u, Block)}
    assert not kinds & {K.TITLE, K.LEDE, K.BYLINE, K.SOURCE_NOTE}


def test_title_falls_back_to_metadata_and_byline_to_article_byline() -> None:
    article = Article(lang="en", blocks=(Block(K.PARAGRAPH, "p"),), title="Meta title",
                      byline="Jane Roe")
    page = arrange(article)
    assert (page.title, page.meta.byline, page.meta.date) == ("Meta title", "Jane Roe", "")


@pytest.mark.parametrize(
    ("url", "kept"),
    [("https://a.example/x?y=1", True), ("http://a.example", True), ("photo.jpg", True),
     ("/img/a.jpg", True), ("//cdn.example/a.jpg", True), ("a.jpg?v=1:2", True),
     ("HTTPS://A.EXAMPLE", True), ("javascript:alert(1)", False), ("JavaScript:x", False),
     ("java\tscript:alert(1)", False), (" javascript:alert(1)", False),
     ("data:text/html,<b>", False), ("vbscript:x", False), ("mailto:a@b.c", False)],
)
def test_safe_url_keeps_only_http_https_and_relative(url: str, kept: bool) -> None:
    assert (safe_url(url) != "") is kept


# --- dates and source line in every language --------------------------------------------

@pytest.mark.parametrize(
    ("lang", "date", "source"),
    [("fr", "28 juillet 2025", f"Source{NBSP}: "), ("vi", "28 tháng 7, 2025", "Nguồn: "),
     ("en", "July 28, 2025", "Source: ")],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_meta_date_and_source_label_are_localized(fmt: str, lang: str, date: str,
                                                  source: str) -> None:
    out = render(every_kind(lang), fmt)
    assert date in out
    assert source in out


# --- plain text -------------------------------------------------------------------------

def test_text_layout() -> None:
    out = render(every_kind(), "txt")
    chunks = out.rstrip("\n").split("\n\n")
    assert chunks == [
        "Titre de l'article",
        "Le chapeau de l'article.",
        "VietnamPlus · Par Anne Dupont · 28 juillet 2025",
        "Un premier paragraphe.",
        f"[Photo{NBSP}: Des personnes en réunion]\nLa légende de la photo.",
        "Un intertitre",
        "— Quelle est la situation ?",
        "Mme Kendra Rinas : La situation évolue.",
        "> Une citation célèbre.",
        "- Premier point\n- Second point",
        "print('bonjour')",
        XSS,
        "(TTXVN/Vietnam+)",
        f"Source{NBSP}: {URL}",
    ]


def test_text_escapes_nothing() -> None:
    text = "*a* _b_ [c](d) <e> & # 1. f"
    out = render(Article(lang="en", blocks=(Block(K.PARAGRAPH, text),)), "txt")
    assert out == text + "\n"


# --- Markdown ---------------------------------------------------------------------------

def test_markdown_layout() -> None:
    chunks = render(every_kind(), "md").rstrip("\n").split("\n\n")
    assert chunks == [
        "# Titre de l'article",
        "*Le chapeau de l'article.*",
        "VietnamPlus · Par Anne Dupont · 28 juillet 2025",
        "Un premier paragraphe.",
        "![Des personnes en réunion](https://www.vietnamplus.vn/photo-1.jpg)",
        "*La légende de la photo.*",
        "## Un intertitre",
        "**Quelle est la situation ?**",
        "Mme Kendra Rinas : La situation évolue.",
        "> Une citation célèbre.",
        "- Premier point\n- Second point",
        "```\nprint('bonjour')\n```",
        r'\<script\>alert(1)\</script\> \& "x"',
        "(TTXVN/Vietnam+)",
        f"Source{NBSP}: <https://www.vietnamplus.vn/oim-post1052174.vnp?a=1&b=2>",
    ]


def unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


INJECTIONS = [
    "1. not a list", "12) not a list", "# not a heading", "###### nor this", "- not an item",
    "+ nor this", "* nor this", "> not a quote", "=====", "---", "***", "*not emphasis*",
    "__not strong__", "[not](a-link)", "![not](an-image.png)", "<b>not html</b>",
    "<https://not.an/autolink>", "`not code`", "```", "~~~", "&amp; not an entity",
    "trailing backslash \\", "    not indented code", "| not | a | table |", "Titre #",
]


@pytest.mark.parametrize("text", INJECTIONS)
def test_markdown_escaping_keeps_text_literal(text: str) -> None:
    escaped = md_escape(text)
    assert unescape(escaped) == text.strip()
    bare = re.sub(r"\\.", "", escaped)
    assert not set(bare) & set("*_[]<>`&#~|\\")
    assert not re.match(r"[-+=>]|\d+[.)]", escaped)


@pytest.mark.parametrize("text", INJECTIONS)
def test_markdown_injection_in_every_kind_stays_escaped(text: str) -> None:
    blocks = tuple(Block(kind, text) for kind in (K.PARAGRAPH, K.QUESTION, K.ANSWER, K.QUOTE,
                                                  K.LIST_ITEM, K.HEADING, K.CAPTION))
    out = render(Article(lang="en", blocks=blocks), "md")
    assert md_escape(text) in out
    assert "<b>" not in out and "[not](" not in out


def test_markdown_multiline_text_keeps_its_structure() -> None:
    blocks = (Block(K.QUOTE, "line one\n\n- line two"), Block(K.LIST_ITEM, "item\n2. more"))
    out = render(Article(lang="en", blocks=blocks), "md")
    assert "> line one\n> \\- line two" in out
    assert "- item\n  2\\. more" in out


def test_markdown_drops_unsafe_image_and_source_urls() -> None:
    blocks = (image("javascript:alert(1)"), Block(K.IMAGE_ALT, "alt"))
    out = render(Article(lang="en", blocks=blocks, source_url="javascript:alert(2)"), "md")
    assert "![" not in out  # no image rather than a broken one
    assert "javascript:alert(2)" in out and "<javascript" not in out
    assert "(javascript" not in out


def test_markdown_code_fence_outgrows_backticks_inside() -> None:
    block = Block(K.CODE, "a ```` b")
    out = render(Article(lang="en", blocks=(block,)), "md")
    assert "`````\na ```` b\n`````" in out


def test_markdown_image_src_is_percent_encoded() -> None:
    out = render(Article(lang="en", blocks=(image("my photo (1).jpg"),),
                         source_url="https://example.com/a/"), "md")
    assert "![](https://example.com/a/my%20photo%20%281%29.jpg)" in out


# --- HTML -------------------------------------------------------------------------------

def test_html_is_a_balanced_semantic_document() -> None:
    out = render(every_kind(), "html")
    checker = parse_html(out)
    assert out.startswith("<!DOCTYPE html>\n")
    assert checker.attrs("html") == [{"lang": "fr", "dir": "ltr"}]
    assert checker.attrs("meta")[0] == {"charset": "utf-8"}
    assert checker.attrs("link") == [{"rel": "canonical", "href": URL}]
    assert checker.attrs("time") == [{"datetime": "2025-07-28"}]
    assert checker.attrs("img") == [{"src": "https://www.vietnamplus.vn/photo-1.jpg",
                                     "alt": "Des personnes en réunion"}]
    order = [tag for tag, _ in checker.tags]
    for tag in ("title", "article", "header", "h1", "h2", "figure", "figcaption", "blockquote",
                "ul", "li", "pre", "code", "strong", "footer", "a"):
        assert tag in order, tag
    assert order.index("header") < order.index("h1") < order.index("time") < order.index("h2")
    assert "script" not in order
    assert not any(name.startswith("on") for _, attrs in checker.tags for name in attrs)


def test_html_contains_every_block_text_exactly_once() -> None:
    out = render(every_kind(), "html")
    body = "".join(parse_html(out).body_text)
    for text in TEXTS:
        in_attribute = text == "Des personnes en réunion"  # the alt text
        assert body.count(text) == (0 if in_attribute else 1), text
        assert out.count(html_escape(text)) == (2 if text == "Titre de l'article" else 1), text


def test_html_escapes_text_so_no_script_tag_exists() -> None:
    out = render(every_kind(), "html")
    assert "<script" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in out


@pytest.mark.parametrize(
    ("kind", "expected"),
    [(K.PARAGRAPH, "<p>T</p>"), (K.ANSWER, '<p class="answer">T</p>'),
     (K.QUESTION, '<p class="question"><strong>T</strong></p>'), (K.HEADING, "<h2>T</h2>"),
     (K.QUOTE, "<blockquote><p>T</p></blockquote>"), (K.LIST_ITEM, "<ul><li>T</li></ul>"),
     (K.CODE, "<pre><code>T</code></pre>"), (K.CAPTION, "<figure><figcaption>T</figcaption>"),
     (K.SOURCE_NOTE, '<footer>\n<p class="source-note">T</p>')],
)
def test_html_element_per_kind(kind: BlockKind, expected: str) -> None:
    blocks = (Block(K.PARAGRAPH, "first"), Block(kind, "T"))
    assert expected in render(Article(lang="en", blocks=blocks), "html")


def test_html_figure_holds_image_and_caption() -> None:
    blocks = (image("a.jpg"), Block(K.IMAGE_ALT, "alt"), Block(K.CAPTION, "cap"))
    out = render(Article(lang="vi", blocks=blocks, source_url="https://example.com/n/1"), "html")
    assert ('<figure><img src="https://example.com/n/a.jpg" alt="alt"><figcaption>cap'
            '</figcaption></figure>') in out
    bare = render(Article(lang="vi", blocks=blocks), "html")  # no address to resolve against
    assert "<figure><figcaption>cap</figcaption></figure>" in bare and "<img" not in bare


def test_html_drops_unsafe_urls_and_escapes_attributes() -> None:
    blocks = (image("javascript:alert(1)"), image('x.jpg" onerror="alert(1)'),
              Block(K.IMAGE_ALT, '" onload="alert(2)'))
    article = Article(lang="en", blocks=blocks, source_url="javascript:alert(3)")
    out = render(article, "html")
    checker = parse_html(out)
    assert checker.attrs("img") == []  # unsafe or unresolvable: no image at all
    assert checker.attrs("link") == [] and checker.attrs("a") == []
    based = render(replace(article, source_url="https://example.com/"), "html")
    injected = {"src": 'https://example.com/x.jpg" onerror="alert(1)',  # escaped: one value
                "alt": '" onload="alert(2)'}
    assert parse_html(based).attrs("img") == [injected]
    assert "href=\"javascript" not in out and "src=\"javascript" not in out
    assert "javascript:alert(3)" in out


def test_html_lang_and_title_are_escaped() -> None:
    article = Article(lang='en"><script>', blocks=(), title="<b>T</b>")
    out = render(article, "html")
    parse_html(out)
    assert "<script" not in out and "<b>" not in out
    assert "<title>&lt;b&gt;T&lt;/b&gt;</title>" in out


# --- every kind, every format -----------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_block_text_appears_in_every_format(fmt: str) -> None:
    out = render(every_kind(), fmt)
    encoders: dict[str, Callable[[str], str]] = {"html": html_escape, "md": md_escape,
                                                 "txt": str}
    encode = encoders[fmt]
    for text in TEXTS:
        assert encode(text) in out, text
