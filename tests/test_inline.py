"""The inline codec: markup → numbered placeholders → markup, in the translator's order."""

from __future__ import annotations

import re
from html import escape

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.model import inline
from l10n.model.inline import Encoder, Inline
from l10n.model.placeholders import compare, structure_problems
from l10n.readers.htmlinline import encode
from l10n.writers.layout import safe_url


def fragment(html: str) -> lxml.html.HtmlElement:
    """A ``<p>`` element parsed from HTML, as the reader meets it."""
    return lxml.html.fragment_fromstring(f"<p>{html}</p>")


def test_link_becomes_a_pair_and_its_target_is_described() -> None:
    text, attrs = encode(fragment('Selon l’<a href="https://www.iom.int" class="x">OIM</a>.'))
    assert text == "Selon l’<1>OIM</1>."
    assert dict(attrs) == {"placeholder:1": '{"tag":"a","href":"https://www.iom.int"}'}
    assert inline.describe(text, attrs) == ["<1> = link to https://www.iom.int"]


def test_nested_markup_keeps_its_nesting_and_numbers_in_reading_order() -> None:
    text, attrs = encode(fragment("We are <b>one step <i>behind</i></b>, <em>always</em>.<br>Yes."))
    assert text == "We are <1>one step <2>behind</2></1>, <3>always</3>.<4/>Yes."
    assert [inline.specs(attrs)[n].tag for n in (1, 2, 3, 4)] == ["b", "i", "i", "br"]
    assert inline.to_html(text, attrs, safe_url) == (
        "We are <strong>one step <em>behind</em></strong>, <em>always</em>.<br>Yes.")


def test_empty_pairs_vanish_and_numbers_stay_consecutive() -> None:
    text, attrs = encode(fragment("<b> </b>A <i></i><a href='/x'>link</a> here"))
    assert text == "A <1>link</1> here"
    assert [k for k, _ in attrs] == ["placeholder:1"]


def test_spaces_move_outside_pairs() -> None:
    text, _ = encode(fragment("a<b> bold </b>word"))
    assert text == "a <1>bold</1> word"


def test_text_that_looks_like_a_token_is_kept_literally() -> None:
    text, attrs = encode(fragment("The message read &lt;1&gt; and &lt;/2&gt; only."))
    assert text == "The message read <1/> and <2/> only."
    assert inline.to_text(text, attrs) == "The message read <1> and </2> only."
    assert inline.to_html(text, attrs, safe_url) == (
        "The message read &lt;1&gt; and &lt;/2&gt; only.")
    assert inline.describe(text, attrs)[0] == '<1/> = "<1>" (kept as written)'


def test_code_is_a_standalone_placeholder_not_translated() -> None:
    text, attrs = encode(fragment("Run <code>grep -r x</code> now"))
    assert text == "Run <1/> now"
    assert inline.to_html(text, attrs, safe_url) == "Run <code>grep -r x</code> now"


def test_export_follows_the_translators_order() -> None:
    _, attrs = encode(fragment('<a href="https://a.example">A</a> and <b>B</b>'))
    moved = "<2>B</2> và <1>A</1>"
    assert inline.to_html(moved, attrs, safe_url) == (
        '<strong>B</strong> và <a href="https://a.example">A</a>')
    assert inline.to_text(moved, attrs) == "B và A"


def test_broken_translation_never_gives_broken_markup() -> None:
    _, attrs = encode(fragment('<a href="https://a.example">A</a> and <b>B</b>.<br>C'))
    broken = "<1>A và <2>B</2>.<3/>C"
    assert structure_problems(broken)
    assert inline.to_html(broken, attrs, safe_url) == "A và B.<br>C"


def test_unknown_numbers_and_wrong_shapes_are_dropped() -> None:
    _, attrs = encode(fragment("<b>A</b><br>"))
    assert inline.to_html("<9>A</9> <1/> <2>x</2>", attrs, safe_url) == "A  x"


def test_unsafe_urls_are_never_written() -> None:
    text, attrs = encode(fragment('<a href="javascript:alert(1)">x</a><img src="data:x" alt="a">'))
    html = inline.to_html(text, attrs, safe_url)
    assert "javascript" not in html and "data:" not in html


def test_attrs_from_a_tampered_skeleton_are_not_trusted() -> None:
    attrs = (("placeholder:1", '{"tag":"script","src":"https://evil.example/x.js"}'),
             ("placeholder:2", '{"tag":"a","href":"https://ok.example","onclick":"x()"}'),
             ("placeholder:3", "not json"))
    html = inline.to_html("<1/> <2>ok</2> <3/>", attrs, safe_url)
    assert html == ' <a href="https://ok.example">ok</a> '


def test_markdown_rendering() -> None:
    text, attrs = encode(fragment('See <a href="https://x.example/a b">the *report*</a>, '
                                  "<b>now</b> <code>a`b</code><br>next"))

    def esc(value: str) -> str:
        return re.sub(r"([*_\[\]`\\])", r"\\\1", value)

    def dest(url: str) -> str:
        return url.replace(" ", "%20")

    assert inline.to_markdown(text, attrs, esc, dest) == (
        "See [the \\*report\\*](https://x.example/a%20b), **now** ``a`b``\\\nnext")


def test_encoder_result_is_the_same_for_the_same_input() -> None:
    first = Encoder()
    first.text("a ")
    number = first.open(Inline("b"))
    first.text("b")
    first.close(number)
    assert first.result() == ("a <1>b</1>", (("placeholder:1", '{"tag":"b"}'),))


# --- property: page markup → placeholders → markup → placeholders is stable ------------------

WORDS = st.sampled_from(["OIM", "<1>", "a < b", "&", "l’été", "Hà Nội", "x", "</2>", "<3/>",
                         "  ", "\u00a0", "2025", "“quote”", "*", "_", "["])


@st.composite
def inline_html(draw: st.DrawFn, depth: int = 0) -> str:
    """Random inline HTML: text mixed with links, emphasis, code, breaks and images."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 7 if depth < 3 else 1))
        word = escape(draw(WORDS), quote=False)
        if choice <= 1:
            parts.append(word + " ")
        elif choice == 2:
            parts.append(f'<a href="https://e.example/{draw(st.integers(0, 9))}">'
                         f"{draw(inline_html(depth + 1))}</a>")
        elif choice == 3:
            tag = draw(st.sampled_from(["b", "strong", "i", "em", "sup"]))
            parts.append(f"<{tag}>{draw(inline_html(depth + 1))}</{tag}>")
        elif choice == 4:
            parts.append(f"<code>{word}</code>")
        elif choice == 5:
            parts.append("<br>")
        elif choice == 6:
            parts.append(f'<img src="/i/{draw(st.integers(0, 9))}.jpg" alt="{word}">')
        else:
            parts.append(f'<span translate="no">{word}</span>')
    return "".join(parts)


def visible(html: str) -> str:
    """What a reader sees: text content with line breaks, whitespace collapsed."""
    element = fragment(html)
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    text = element.text_content()
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


@settings(max_examples=300, deadline=None)
@given(inline_html())
def test_round_trip_through_placeholders(html: str) -> None:
    text, attrs = encode(fragment(html))
    assert not structure_problems(text)
    assert not compare(text, text)
    rebuilt = inline.to_html(text, attrs, safe_url)
    assert encode(fragment(rebuilt)) == (text, attrs)
    assert visible(rebuilt) == visible(html)
    plain = inline.to_text(text, attrs)
    assert "\n".join(" ".join(line.split()) for line in plain.split("\n")).strip() \
        == visible(html)
