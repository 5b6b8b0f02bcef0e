"""Property tests over the readers: any input is read (and then survives the whole pipeline:
lossless segments, catalogs that parse back, inert exports, see :mod:`tests.support.pipeline`) or
refused with an :class:`~l10n.errors.InputError`. The fuzzers (``make fuzz``) explore further;
these run in every test session."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.errors import InputError
from l10n.limits import Limits
from l10n.readers.text import read_text
from l10n.sources.resolve import _read
from tests.support.pipeline import check_article

URL = "https://example.com/news/property"
TRANSLATIONS = st.sampled_from(["", "<script>alert(1)</script>", "[x](javascript:alert(1))",
                                "\x00\x04 \u202e", "<1>x</1> <img onerror=x>"])
# Characters that matter to the readers and writers, and a few that matter to nobody.
ALPHABET = st.sampled_from(list("aé Z9.,:;?!-—*_`#>[]()<>/\\\"'&;=\n\t\x00\x0b\u200b\u202e𝔸🇻🇳"))


@settings(max_examples=60, deadline=None)
@given(st.text(ALPHABET, max_size=400), TRANSLATIONS)
def test_text_reader(text: str, translation: str) -> None:
    check_article(read_text(text, "fr", URL), translation)


TAGS = st.sampled_from(["p", "div", "article", "h1", "h2", "a", "b", "i", "img", "figure",
                        "figcaption", "blockquote", "ul", "li", "code", "pre", "script",
                        "style", "svg", "math", "noscript", "template", "table", "td", "span"])
ATTRS = st.sampled_from(["", ' href="javascript:alert(1)"', " src=x onerror=alert(1)",
                         ' translate="no"', ' class="caption"', " href=/rel", ' lang="vi"'])
WORDS = st.text(ALPHABET, min_size=0, max_size=40)


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    parts = ["<html><head><title>", draw(WORDS), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        parts += [f"<{tag}{draw(ATTRS)}>", draw(WORDS)]
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    return "".join([*parts, "</body></html>"]).encode("utf-8", "surrogatepass")


@settings(max_examples=40, deadline=None)
@given(html_pages(), TRANSLATIONS)
def test_html_reader(page: bytes, translation: str) -> None:
    try:
        article = _read("html", page, None, URL, "p.html", Limits())
    except InputError:
        return
    check_article(replace(article, lang="fr"), translation)


LINES = st.sampled_from(["# ", "## ", "- ", "1. ", "> ", "    ", "```", "---", "| a | b |",
                         "![i](javascript:x)", "[l](https://e.com)", "<div>", "title: x", ""])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(LINES, WORDS), max_size=20), TRANSLATIONS)
def test_markdown_reader(lines: list[tuple[str, str]], translation: str) -> None:
    page = "\n".join(a + b for a, b in lines).encode("utf-8", "surrogatepass")
    try:
        article = _read("md", page, None, URL, "p.md", Limits())
    except InputError:
        return
    check_article(replace(article, lang="fr"), translation)
