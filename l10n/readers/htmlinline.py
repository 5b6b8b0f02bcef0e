"""HTML inline markup → placeholders: links, emphasis, code, breaks, images, ``translate="no"``.

The reader meets inline markup twice: in trafilatura's XML (``ref``, ``hi rend="#b"``, ``lb``,
``graphic``) and in the page's own HTML (figure captions it puts back). Both map here onto the
codec of :mod:`l10n.model.inline`. ``translate="no"`` text does not survive extraction as an
attribute, so :func:`hide_untranslatable` swaps it for a sentinel word before extraction and
:func:`encode` turns the sentinel back into a standalone placeholder holding that text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lxml.etree import _Element
from lxml.html import HtmlElement

from l10n.model import inline
from l10n.model.inline import Encoder, Inline
from l10n.readers.links import resolve

_SENTINEL = re.compile(r"ZQL10NKEEP(\d{1,6})QZ")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
_UNTRANSLATABLE_XPATH = '//*[@translate or contains(@class, "notranslate")]'
_NO_TRANSLATE_SKIP = frozenset({"html", "body", "main", "article"})

# trafilatura's ``<hi rend=…>`` and HTML inline tags → the codec's tags.
_REND = {"#b": "b", "#i": "i", "#u": "u", "#t": "code", "#sub": "sub", "#sup": "sup",
         "#s": "s"}
_HTML_INLINE = {"b": "b", "strong": "b", "i": "i", "em": "i", "cite": "i", "u": "u",
                "s": "s", "del": "s", "strike": "s", "sub": "sub", "sup": "sup",
                "small": "small", "mark": "mark"}
# Superscript letters that are only how a word is spelt: French abbreviations (M<sup>me</sup>,
# M<sup>lle</sup>, n<sup>o</sup>), ordinals (1<sup>er</sup>, 2<sup>e</sup>, XIX<sup>e</sup>,
# 2<sup>nd</sup>, 3<sup>rd</sup>). A digit (a footnote) or a link keeps its placeholder.
_TYPOGRAPHIC_SUP = re.compile(
    r"(?:er|re|ère|ers|res|e|es|è|ème|èmes|me|mes|lle|lles|gr|mgr|o|os|d|nd|st|rd|th|r|rs)",
    re.I)
_CODE_TAGS = frozenset({"code", "kbd", "samp", "tt"})


@dataclass(frozen=True, slots=True)
class _Context:
    base_url: str
    kept: Mapping[int, str]


def hide_untranslatable(tree: HtmlElement, kept: dict[int, str]) -> None:
    """Swap ``translate="no"`` / ``notranslate`` content for sentinel words (extraction keeps
    words, not attributes); ``kept`` records each one's text for :func:`encode`."""
    marked = [el for el in tree.xpath(_UNTRANSLATABLE_XPATH)
              if el.tag not in _NO_TRANSLATE_SKIP
              and ((el.get("translate") or "").lower() == "no"
                   or "notranslate" in (el.get("class") or "").split())]
    inside = set(marked)
    for element in marked:
        if element.getparent() is None or any(a in inside for a in element.iterancestors()):
            continue
        text = _SPACE.sub(" ", element.text_content()).strip()
        if not text:
            continue
        number = len(kept) + 1
        kept[number] = text
        for child in list(element):
            element.remove(child)
        element.text = f"ZQL10NKEEP{number}QZ"


def encode(element: _Element, base_url: str = "", kept: Mapping[int, str] | None = None,
           skip: str = "") -> tuple[str, inline.Attrs]:
    """The element's content as text with placeholders, and what each placeholder is;
    children tagged ``skip`` are left out (their tail text is kept). ``base_url`` resolves
    relative links; ``kept`` is what :func:`hide_untranslatable` recorded."""
    page = _Context(base_url, kept or {})
    encoder = Encoder()
    _text(encoder, element.text, page)
    for child in element:
        if child.tag != skip:
            _walk(encoder, child, page)
        _text(encoder, child.tail, page)
    return encoder.result()


def _text(encoder: Encoder, text: str | None, page: _Context) -> None:
    if not text:
        return
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if "ZQL10NKEEP" not in text:
        encoder.text(text)
        return
    last = 0
    for match in _SENTINEL.finditer(text):
        encoder.text(text[last:match.start()])
        kept = page.kept.get(int(match.group(1)), "")
        encoder.empty(Inline("literal", (("text", kept), ("translate", "no"))))
        last = match.end()
    encoder.text(text[last:])


def _walk(encoder: Encoder, element: _Element, page: _Context) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    spec = _inline_spec(element, tag, page)
    if spec is None:  # a tag without meaning of its own: its text passes through
        _text(encoder, element.text, page)
        for child in element:
            _walk(encoder, child, page)
            _text(encoder, child.tail, page)
    elif spec.paired:
        number = encoder.open(spec)
        _text(encoder, element.text, page)
        for child in element:
            _walk(encoder, child, page)
            _text(encoder, child.tail, page)
        encoder.close(number)
    else:
        encoder.empty(spec)


def _inline_spec(element: _Element, tag: str, page: _Context) -> Inline | None:
    """What an inline element stands for, or None to keep only its text."""
    base = page.base_url
    if tag in ("ref", "a"):
        href = element.get("target" if tag == "ref" else "href") or ""
        return inline.make("a", {"href": resolve(base, href),
                                 "title": element.get("title") or ""})
    if tag == "hi":
        tag = _REND.get(element.get("rend") or "", "")
    if tag in _CODE_TAGS:
        code = element.xpath("string()") if isinstance(element, _Element) else ""
        return Inline("code", (("text", code),)) if code else None
    if tag in ("lb", "br"):
        return Inline("br")
    if tag in ("graphic", "img"):
        src = element.get("src") or ""
        return inline.make("img", {"src": resolve(base, src), "alt": element.get("alt") or "",
                                   "title": element.get("title") or ""}) if src else None
    mapped = _HTML_INLINE.get(tag) or (tag if tag in inline.PAIRED else "")
    if mapped == "sup" and _TYPOGRAPHIC_SUP.fullmatch(element.xpath("string()").strip()) \
            and not len(element):
        return None  # M<sup>me</sup>, 1<sup>er</sup>: spelling, not markup for a translator
    return Inline(mapped) if mapped else None
