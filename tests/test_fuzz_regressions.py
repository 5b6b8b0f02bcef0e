"""Inputs the fuzzers (``make fuzz``) crashed on, kept so that the fixes stay fixed.

Each test names the target that found the input and what broke.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from l10n.catalog.merge import build_template
from l10n.catalog.pofile import format_po, parse_po
from l10n.catalog.update import build_skeleton
from l10n.catalog.urlkey import catalog_key, public_url
from l10n.errors import InputError
from l10n.limits import Limits
from l10n.readers.text import read_text
from l10n.sources.resolve import _read
from tests.support.safety import key_problems


@pytest.mark.parametrize("line", [b"#|", b"#|   ", b"#~|", b"#~| \t"])
def test_po_parser_empty_previous_line(line: bytes) -> None:
    """po_parser: an empty ``#|`` line raised IndexError; GNU msgcat ignores it."""
    po = parse_po(b'msgid "a"\nmsgstr "b"\n\n' + line + b'\nmsgid "c"\nmsgstr "d"\n')
    assert [e.msgid for e in po.entries] == ["a", "c"]


@pytest.mark.parametrize("char", ["\0", "\x04", "\x01", "\x1b", "\x7f", "\x9b"])
def test_text_reader_control_chars_never_reach_a_catalog(char: str) -> None:
    """text_reader: a U+0004 or NUL in the text made a template that could not be read back."""
    text = f"Titre\n\nChapeau{char} ici.\n\nUn para{char}graphe. Et{char} un autre.\n"
    skel = build_skeleton(read_text(text, "fr", "https://example.com/x"))
    template = build_template(skel, catalog_key(skel.source_url), None)
    again = parse_po(format_po(template).encode("utf-8"))
    assert all(char not in e.msgid for e in again.entries)
    assert any("paragraphe" in e.msgid for e in again.entries)


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1/x",  # urlsplit: Invalid IPv6 URL
        "http://a]b/x",  # same, from the closing bracket alone
        "http://n=\u00ff-\u00ff]/x",  # the fuzzer's: a host IDNA left with a bracket in it
        "http://h:99999/x",  # port out of range
        "http://h:abc/x",  # port not a number
        "http://" + "\u00e4" * 70 + ".com/",  # IDNA label over 63 characters
        "http://a\\b/x",  # backslash in a host
        "http://exa mple.com/x",  # space in a host
    ],
)
def test_urlkey_bad_hosts_are_input_errors(url: str) -> None:
    """urlkey: these raised ValueError or UnicodeError instead of a one-line error."""
    with pytest.raises(InputError):
        catalog_key(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/ #",
        "https://example.com/ #-vQQQ",
        "https://example.com/\u00a0#x",
        "https://u:p@example.com/a #",
    ],
)
def test_urlkey_stored_url_keeps_its_key(url: str) -> None:
    """urlkey: the URL stored in a catalog (credentials dropped) must lead back to the same
    catalog; dropping an empty fragment or a trailing space used to change the key."""
    assert catalog_key(public_url(url)) == catalog_key(url)
    assert not key_problems(catalog_key(url))


@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x1f", "\x7f", "\x00"])
def test_html_reader_control_chars(char: str) -> None:
    """html_reader: lxml refused a control character when htmldate rebuilt the tree
    (ValueError: All strings must be XML compatible)."""
    page = (
        f"<html><head><title>T{char}itre</title></head><body><article>"
        + f"<p>Un para{char}graphe de texte assez long pour être lu.</p>" * 3
        + "</article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    assert any("graphe de texte" in b.text for b in article.blocks)


def test_html_reader_invalid_canonical_link() -> None:
    """html_reader: a canonical link with an invalid host became the source URL, and every
    later step failed on it; the address known so far stands in."""
    page = (
        "<html><head><link rel='canonical' href='https://example<!DOCTYPE html>'>"
        "</head><body><article>"
        + "<p>Un paragraphe de texte assez long ici.</p>" * 3
        + "</article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    assert article.source_url == "https://example.com/x"


def test_markdown_code_span_cannot_open_an_html_block() -> None:
    """html_reader: inline code holding a line break and then "<blockquote>" came out as a
    two-line code span in Markdown, and CommonMark opened a raw HTML block at that line."""
    from l10n.localize import localize
    from l10n.writers import render
    from tests.support.safety import markdown_problems

    code = "grep x\n<script>alert(1)</script>\n<blockquote><mi>y"
    page = (
        "<html><body><article>"
        + "<p>Un paragraphe de texte assez long ici.</p>" * 2
        + f"<p>La commande <code>{code.replace('<', '&lt;')}</code> est citée.</p>"
        + "</article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    skel = build_skeleton(replace(article, lang="fr"))
    markdown = render(localize(skel, {}, "fr").article, "md")
    assert not markdown_problems(markdown), markdown


@pytest.mark.parametrize(
    "front",
    [
        "date: 2025-13-01",
        "? [a, b]\n: c",
        "x: " + "[" * 5000 + "]" * 5000,
        "a: &a [x, x]\nb: [*a, *a]",
    ],
)
def test_markdown_front_matter_yaml_is_an_input_error(front: str) -> None:
    """md_reader: a date YAML parses but cannot build (month 13) raised ValueError; a list as
    a key, brackets thousands deep and aliases (bombs) must be refused the same way."""
    page = f"---\n{front}\n---\n\n# Titre\n\nUn texte de plusieurs mots ici.\n".encode()
    with pytest.raises(InputError, match=r"front matter|max_depth"):
        _read("md", page, None, "https://example.com/x", "x.md", Limits())


def test_po_lone_line_reference_settles_at_once() -> None:
    """po_parser: a ``#:`` line starting with ``:1`` was one reference on its own; written after
    the previous one (``a.txt :1``, as GNU msgcat writes it) it was read back joined, so writing
    settled only after a second round, and a long enough line wrapped elsewhere in the second
    round and needed a third (found by fuzzing). The join now runs across ``#:`` lines: the file
    reads as msgcat's own output reads, and writing it is a fixed point at once."""
    data = b'#: a.txt\n#: :1 b.txt\nmsgid "x"\nmsgstr ""\n'
    po = parse_po(data)
    assert po.entries[0].references == ("a.txt:1", "b.txt")
    assert po == parse_po(b'#: a.txt :1 b.txt\nmsgid "x"\nmsgstr ""\n')  # msgcat's output
    first = format_po(po)
    assert format_po(parse_po(first.encode())) == first
    long = b"#: " + b"x" * 70 + b"\n#: :1 " + b" ".join(b"f%d.txt:%d" % (i, i) for i in range(9))
    first = format_po(parse_po(long + b'\nmsgid "x"\nmsgstr ""\n'))
    assert format_po(parse_po(first.encode())) == first
    # A joined token can start with ":" again (":" then ":0"): found by fuzzing the fix.
    po = parse_po(b'#: a0 : :0 b.txt\nmsgid "x"\nmsgstr ""\n')
    assert po.entries[0].references == ("a0:0", "b.txt")
    first = format_po(po)
    assert format_po(parse_po(first.encode())) == first


def test_html_reader_canonical_link_urllib_cannot_split() -> None:
    """html_reader: a canonical href like ``https://[::1`` made urljoin raise ValueError."""
    page = (
        "<html><head><link rel='canonical' href='https://[::1/x'></head><body><article>"
        + "<p>Un paragraphe de texte assez long ici.</p>" * 3
        + "</article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    assert article.source_url == "https://example.com/x"


@pytest.mark.parametrize(
    "address", ["https://cdn.example.exe]t(1)", "//[x/a.jpg", "http://[", "https://[::1/p.jpg"]
)
@pytest.mark.parametrize("where", ["figure", "figure-srcset", "image", "link"])
def test_html_reader_image_and_link_addresses_urllib_cannot_split(address: str, where: str) -> None:
    """html_reader: an image in a figure with ``src="https://cdn.example.exe]t(1)"`` made
    urlsplit raise ValueError (an unclosed IPv6 bracket); images and links elsewhere went
    through urljoin the same way. The address is dropped, the article is read."""
    element = {
        "figure": f'<figure><img src="{address}" alt="Une photo"><figcaption>Légende de la '
        "photo (AFP)</figcaption></figure>",
        "figure-srcset": f'<figure><img src="/a.jpg" srcset="{address} 2x" alt="Une photo">'
        "<figcaption>Légende de la photo (AFP)</figcaption></figure>",
        "image": f'<p><img src="{address}" alt="Une photo"></p>',
        "link": f'<p>Voir <a href="{address}">le rapport</a> publié hier soir.</p>',
    }[where]
    page = (
        "<html><body><article><h1>Un titre</h1>"
        + "<p>Un paragraphe de texte assez long ici pour un article.</p>" * 3
        + element
        + "<p>Un dernier paragraphe de texte assez long pour finir.</p></article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    assert any("dernier paragraphe" in b.text for b in article.blocks)
    assert all(address not in value for b in article.blocks for _, value in b.attrs)


@pytest.mark.parametrize("char", ["\uffff", "\ufffe"])
@pytest.mark.parametrize("words", [3, 40])
def test_html_reader_noncharacters(char: str, words: int) -> None:
    """html_reader: U+FFFF (a page decoded in the wrong byte order is full of them) passed the
    HTML parser, then lxml refused it when trafilatura rewrote a text node (ValueError: All
    strings must be XML compatible). The noncharacters are dropped like control characters."""
    text = " ".join(["mot"] * words)
    page = (
        f"<html><head><title>T{char}itre</title></head><body><article>"
        f"<p>Un para{char}graphe {text}.</p></article></body></html>"
    ).encode()
    article = _read("html", page, None, "https://example.com/x", "x.html", Limits())
    assert any("paragraphe" in b.text for b in article.blocks)
    assert not any(char in b.text for b in article.blocks)
