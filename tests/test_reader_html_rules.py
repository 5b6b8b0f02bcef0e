"""Each rule the HTML reader applies after extraction, on a page where it must fire and on one
where it must not; a rule's drop is recorded under its name (what ``--dry-run`` shows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.model.article import BlockKind
from l10n.model.inline import to_text
from l10n.readers.html import Reading, read_page
from tests.test_cli import assert_one_line_error, run

PARAS = [f"<p>Paragraph {n} tells what happened at the harbour on that day, said the mayor.</p>"
         for n in range(6)]


def read(inner: str, head: str = "<title>Harbour reopens</title>") -> Reading:
    """The reader on a page whose article holds the filler paragraphs around ``inner``."""
    html = (f"<html><head>{head}</head><body><article>"
            + "".join(PARAS[:3]) + inner + "".join(PARAS[3:]) + "</article></body></html>")
    return read_page(html, "https://example.com/news/harbour")


def body(reading: Reading) -> str:
    return "\n".join(to_text(b.text, b.attrs) for b in reading.article.blocks)


def rules(reading: Reading) -> list[str]:
    return [d.rule for d in reading.dropped]


@pytest.mark.parametrize(("inner", "rule", "text"), [
    ('<p><a href="/other">Ten things to do in the city this weekend</a></p>', "link-only",
     "Ten things to do in the city this weekend"),
    ('<p>Read more: <a href="/other">The storm season ahead</a></p>', "read-more",
     "Read more: The storm season ahead"),
    ("<p>ADVERTISEMENT</p>", "label", "ADVERTISEMENT"),
    ('<h2><a href="/other">Fishermen count their losses</a></h2>', "linked-heading",
     "Fishermen count their losses"),
])
def test_furniture_rules_fire(inner: str, rule: str, text: str) -> None:
    reading = read(inner)
    assert text not in body(reading)
    assert [(d.rule, d.text) for d in reading.dropped] == [(rule, text)]


@pytest.mark.parametrize("inner", [
    # a numbered reference: the article's source
    '<p><a href="https://example.org/r">[2] Port authority, Annual report 2019, p. 4.</a></p>',
    # a link inside a sentence; "read more" without a link; a word that only starts a label
    '<p>The <a href="/port">port authority</a> said the quay would reopen on Monday.</p>',
    "<p>Read more about the storm in the report the council published on Friday.</p>",
    "<p>Advertisement revenue of the local paper fell by half during the closure.</p>",
    # a heading with a link in it that is mostly its own words
    '<h2>What the <a href="/port">port</a> authority plans for the quays next year</h2>',
])
def test_furniture_rules_do_not_fire_on_article_text(inner: str) -> None:
    reading = read(inner)
    visible = " ".join(inner.replace(">", "> ").split())
    words = [w for w in lxml_text(visible).split() if w]
    assert " ".join(words) in " ".join(body(reading).split())
    assert rules(reading) == []


@pytest.mark.parametrize(("shown", "rule"), [
    ("https://example.org/report", ""),  # the author shows the address: a source
    ("www.example.org/report", ""),
    ("The full report of the port", "link-only"),
])
def test_a_link_shown_as_its_address_is_not_link_furniture(shown: str, rule: str) -> None:
    # trafilatura itself often drops a bare address; when it keeps one, so does the reader.
    from l10n.model.inline import PREFIX, make
    from l10n.readers.html import _link_furniture

    attrs = ((f"{PREFIX}1", make("a", {"href": "https://example.org/report"}).to_json()),)
    assert _link_furniture(f"<1>{shown}</1>", attrs, shown) == rule


def lxml_text(html: str) -> str:
    import lxml.html

    return " ".join(lxml.html.fragment_fromstring(html).text_content().split())


def test_a_heading_announcing_other_articles_ends_the_article() -> None:
    teaser = ("<h2>Other Opinion Columns</h2><h3>Ikea challenge</h3>"
              "<p>THE good thing about Ikea is that it is cheap and good quality, she wrote.</p>")
    html = ("<html><body><article>" + "".join(PARAS) + teaser
            + "</article></body></html>")
    reading = read_page(html, "https://example.com/news/harbour")
    assert "Ikea" not in body(reading)
    assert set(rules(reading)) == {"related-section"}
    assert all(p[3:-4] in body(reading) for p in PARAS)


def test_a_heading_that_only_mentions_stories_is_not_a_related_section() -> None:
    reading = read("<h2>Stories from the harbour</h2>")
    assert "Stories from the harbour" in body(reading)
    assert all(p[3:-4] in body(reading) for p in PARAS)
    assert rules(reading) == []


def test_comments_do_not_cut_a_paragraph_short() -> None:
    # React pages put <!-- --> between the parts of a sentence; all of it is the paragraph.
    reading = read("<p>When <!-- -->the storm came<!-- --> the boats stayed in the harbour.</p>")
    assert "When the storm came the boats stayed in the harbour." in body(reading)


def test_description_that_is_the_first_paragraph_stays_body() -> None:
    first = "The harbour reopened on Monday after a storm closed it for nine days."
    head = f'<title>Harbour reopens</title><meta name="description" content="{first}">'
    reading = read_page(f"<html><head>{head}</head><body><article>"
                        f"<p>{first}</p>" + "".join(PARAS) + "</article></body></html>",
                        "https://example.com/news/harbour")
    kinds = [(b.kind, to_text(b.text, b.attrs)) for b in reading.article.blocks]
    assert kinds[:2] == [(BlockKind.TITLE, "Harbour reopens"), (BlockKind.PARAGRAPH, first)]
    assert BlockKind.LEDE not in {k for k, _ in kinds}


def test_headline_and_byline_repeats_are_dropped_and_named() -> None:
    head = '<title>Harbour reopens</title><meta name="author" content="Jane Doe">'
    reading = read("<p>By Jane Doe</p>", head)
    assert "Jane Doe" not in body(reading)
    assert "title-or-byline-repeat" in rules(reading)


def test_a_paragraph_naming_the_author_in_a_sentence_stays() -> None:
    head = '<title>Harbour reopens</title><meta name="author" content="Jane Doe">'
    reading = read("<p>Jane Doe spent three days with the harbour's fishermen.</p>", head)
    assert "Jane Doe spent three days" in body(reading)
    assert rules(reading) == []


@pytest.mark.parametrize(("alt", "caption", "alt_kept"), [
    ("Fishing boats wait in the harbour at dawn.", "Fishing boats wait in the harbour at dawn.",
     False),
    # the editor polished the caption after pasting it into the alt: still one sentence
    ("Fishing boats wait in the harbor at dawn", "Fishing boats wait in the harbour at dawn.",
     False),
    ("6_1398994809.jpg", "Fishing boats wait in the harbour at dawn.", False),  # a file name
    ("A trawler", "Fishing boats wait in the harbour at dawn on Monday, before the storm.",
     True),
])
def test_alt_text_that_repeats_its_caption_is_not_a_unit(alt: str, caption: str,
                                                         alt_kept: bool) -> None:
    reading = read(f'<figure><img src="https://e.com/photos/boats.jpg" alt="{alt}">'
                   f"<figcaption>{caption}</figcaption></figure>")
    kinds = [(b.kind, to_text(b.text, b.attrs)) for b in reading.article.blocks]
    assert (BlockKind.CAPTION, caption) in kinds
    assert ((BlockKind.IMAGE_ALT, alt) in kinds) is alt_kept
    # a file name never becomes an alt unit; a repeat is dropped and reported
    assert ("alt-repeats-caption" in rules(reading)) is (not alt_kept
                                                         and not alt.endswith(".jpg"))


@pytest.mark.parametrize(("html", "text"), [
    ("<p>M<sup>me</sup> Dupont arrive le 1<sup>er</sup> mai, au XIX<sup>e</sup> siècle.</p>",
     "Mme Dupont arrive le 1er mai, au XIXe siècle."),
    ('<p>Le <span class="city">port</span> rouvre, selon la <span>mairie</span>.</p>',
     "Le port rouvre, selon la mairie."),
])
def test_typographic_markup_is_no_placeholder(html: str, text: str) -> None:
    reading = read(html)
    assert text in [b.text for b in reading.article.blocks]


def test_a_footnote_call_keeps_its_placeholder() -> None:
    reading = read("<p>Le port rouvre lundi, selon la mairie<sup>2</sup> et le préfet.</p>")
    assert "Le port rouvre lundi, selon la mairie<1>2</1> et le préfet." in [
        b.text for b in reading.article.blocks]


def test_a_page_in_a_language_without_sentence_rules_is_refused_unless_lang_is_given(
        tmp_path: Path) -> None:
    page = tmp_path / "ko.html"
    body = "".join(f"<p>항구는 월요일에 다시 열렸다 {n}. 시장이 말했다.</p>" for n in range(6))
    page.write_text('<html lang="ko"><head><link rel="canonical" href="https://ko.example/a">'
                    f"</head><body><article>{body}</article></body></html>", "utf-8")
    proc = run("ingest", str(page), "--to", "en", cwd=tmp_path)
    assert_one_line_error(proc, "ko.html", "'ko'", "--lang")
    assert not (tmp_path / "catalogs").exists()
    proc = run("ingest", str(page), "--lang", "en", "--to", "fr", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
