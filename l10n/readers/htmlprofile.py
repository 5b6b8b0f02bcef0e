"""A site profile's selectors applied to a page: the article exactly where the site says it is.

The generic extractor guesses; a newsroom knows. When a profile of
:mod:`l10n.readers.profiles` claims the page and its ``body`` selector finds the article, the
blocks come from that part of the page alone: the ``drop`` parts removed (and reported), then
every paragraph, heading, list item, quote, figure and table cell in document order, inline
markup as placeholders. Title, lede, byline and date come from their selectors when the
profile gives them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.etree import _Element
from lxml.html import HtmlElement

from l10n.model import inline
from l10n.model.article import Block, BlockKind
from l10n.readers.htmlimages import image_blocks
from l10n.readers.htmlinline import encode
from l10n.readers.profiles import HtmlRules

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LEAVES = frozenset({"p", "li", "dt", "dd", "td", "th", "pre", "figcaption", "caption",
                     "blockquote", *_HEADINGS})
_BLOCKS = _LEAVES | frozenset({"div", "section", "article", "ul", "ol", "dl", "table", "tbody",
                               "thead", "tfoot", "tr", "figure", "header", "footer", "aside",
                               "main", "nav", "form", "details", "summary", "picture"})
_NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "button",
                         "form", "input", "select", "textarea", "object", "embed", "video",
                         "audio", "canvas"})
_SPACE = re.compile(r"\s+")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")


@dataclass
class ProfileReading:
    """What a profile found on a page: body blocks, the parts it dropped, and the header."""

    blocks: list[Block]
    dropped: list[str] = field(default_factory=list)
    title: str = ""
    lede: str = ""
    byline: str = ""
    published: dt.date | None = None


def read_with_profile(tree: HtmlElement, rules: HtmlRules, base_url: str,
                      kept: dict[int, str]) -> ProfileReading | None:
    """The article as the profile locates it, or None when its body selector finds nothing
    (another template of the site: the generic extractor takes over). Changes ``tree``."""
    roots = _outermost(rules.body(tree))
    if not roots:
        return None
    header = {name: _first_text(tree, getattr(rules, name))
              for name in ("title", "lede", "byline", "date")}
    dropped = []
    inside = set(roots)
    for part in _outermost(rules.drop(tree)) if rules.drop is not None else []:
        text = _text(part)
        if text and any(a in inside for a in part.iterancestors()):
            dropped.append(text)  # only what the body held is worth reporting
        if part.getparent() is not None:
            part.drop_tree()
    captions = set(rules.captions(tree)) if rules.captions is not None else set()
    skip = {_norm(header["title"]), _norm(header["lede"])} - {""}
    blocks = [block for root in roots for block in _walk(root, base_url, kept, captions)
              if _norm(inline.to_text(block.text, block.attrs)) not in skip or not block.text]
    return ProfileReading(blocks, dropped, header["title"], header["lede"], header["byline"],
                          _date(tree, rules))


def _outermost(elements: list[_Element]) -> list[_Element]:
    """Matched elements, without those inside another match (each text once)."""
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


def _text(element: _Element) -> str:
    return _SPACE.sub(" ", element.xpath("string()")).strip()


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _first_text(tree: HtmlElement, selector: object) -> str:
    if selector is None:
        return ""
    found = [t for t in (_text(el) for el in selector(tree)) if t]  # type: ignore[operator]
    return found[0] if found else ""


def _date(tree: HtmlElement, rules: HtmlRules) -> dt.date | None:
    """The first date the ``date`` selector shows: a ``datetime``/``content`` attribute in ISO
    form, or a day/month/year in the text."""
    if rules.date is None:
        return None
    for element in rules.date(tree):
        for value in (element.get("datetime"), element.get("content"), _text(element)):
            match = _DATE.search(value or "")
            if not match:
                continue
            year, month, day = ((match.group(1), match.group(2), match.group(3))
                                if match.group(1) else
                                (match.group(6), match.group(5), match.group(4)))
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:
                continue
    return None


def _walk(element: _Element, base: str, kept: dict[int, str],
          captions: set[_Element]) -> Iterator[Block]:
    """The blocks of one part of the body, in document order."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if not tag or tag in _NEVER_TEXT:
        return
    if element in captions:
        yield from _block(BlockKind.CAPTION, element, base, kept)
        return
    if tag == "img":
        yield from _image(element, base)
        return
    nested = any(isinstance(d.tag, str) and (d.tag in _BLOCKS or d in captions)
                 for d in element.iterdescendants())
    if tag in _LEAVES and not nested:
        yield from _images_in(element, base)
        yield from _block(_kind(element, tag), element, base, kept)
        return
    if not nested and tag not in _BLOCKS:
        yield from _block(BlockKind.PARAGRAPH, element, base, kept)
        return
    if (element.text or "").strip():
        yield from _loose(element.text or "", base)
    for child in element:
        yield from _walk(child, base, kept, captions)
        if (child.tail or "").strip():
            yield from _loose(child.tail or "", base)


def _kind(element: _Element, tag: str) -> BlockKind:
    if tag in _HEADINGS:
        return BlockKind.HEADING
    if tag in ("li", "dt", "dd"):
        return BlockKind.LIST_ITEM
    parent = element.getparent()
    if tag == "blockquote" or (parent is not None and parent.tag == "blockquote"):
        return BlockKind.QUOTE
    if tag in ("figcaption", "caption"):
        return BlockKind.CAPTION
    return BlockKind.PARAGRAPH


def _block(kind: BlockKind, element: _Element, base: str,
           kept: dict[int, str]) -> Iterator[Block]:
    text, attrs = encode(element, base, kept)
    if inline.to_text(text, attrs).strip():
        yield Block(kind, text, attrs)


def _loose(text: str, base: str) -> Iterator[Block]:
    """Text standing between blocks (``<div>Text<p>…</p>More text</div>``) is a paragraph."""
    del base  # plain text: nothing to resolve
    yield Block(BlockKind.PARAGRAPH, *inline.plain(_SPACE.sub(" ", text).strip()))


def _images_in(element: _Element, base: str) -> Iterator[Block]:
    """Pictures inside a text block that holds no text of its own (``<p><img></p>``)."""
    if not _text(element):
        for img in element.iter("img"):
            yield from _image(img, base)


def _image(img: _Element, base: str) -> Iterator[Block]:
    yield from image_blocks(img.get("src") or img.get("data-src") or "", img.get("alt") or "",
                            img.get("title") or "", base)
