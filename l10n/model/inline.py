"""The inline codec: inline markup ↔ numbered placeholders in a block's text.

Readers meet links, emphasis, code, line breaks, inline images and ``translate="no"`` spans
inside a paragraph. Translators must see short tokens (``<1>OIM</1>``, ``<2/>``) rather than raw
markup, and export must rebuild the real markup wherever the translator moved the tokens. The
:class:`Encoder` numbers the markup of one block and records what each number stands for; the
records travel in the block's attrs as ``placeholder:<n>`` (so in ``skeleton.json``), and the
renderers below rebuild HTML, Markdown or plain text from any text carrying those tokens.

Text that merely *looks* like a token (an article writing ``<1>`` literally) becomes a
standalone placeholder standing for that literal, so it can never be confused with markup.
The token grammar itself is :mod:`l10n.model.placeholders`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from typing import NamedTuple

from l10n.model.placeholders import TOKEN_RE, TokenKind, strip, structure_problems, tokens

__all__ = ["Encoder", "Inline", "describe", "escape", "make", "plain", "specs", "strip", "to_html",
           "to_markdown", "to_text"]

PREFIX = "placeholder:"

# Tags drawn around translatable text; the others stand alone (their content is not translated).
PAIRED = frozenset({"a", "b", "i", "u", "s", "sub", "sup", "small", "mark"})
EMPTY = frozenset({"br", "img", "literal", "code"})
# Drawn by export only (never read from a page): a sentence published in another language.
MARKS = frozenset({"span"})

# Attributes worth keeping per tag; everything else (style, class, on*) is dropped on purpose.
SAFE_ATTRS: Mapping[str, tuple[str, ...]] = {
    "a": ("href", "title", "hreflang"),
    "img": ("src", "alt", "title"),
    "literal": ("text", "translate"),
    "code": ("text",),
    "span": ("lang",),
}

_DESCRIPTIONS = {"b": "bold", "i": "italic", "u": "underlined", "s": "struck through",
                 "sub": "subscript", "sup": "superscript", "small": "small print",
                 "mark": "highlighted"}
_SPACE = re.compile(r"\s+")
_OPEN_SPACE = re.compile(r"<([1-9][0-9]{0,3})> ")
_CLOSE_SPACE = re.compile(r" </([1-9][0-9]{0,3})>")

Attrs = tuple[tuple[str, str], ...]


class Inline(NamedTuple):
    """What one placeholder number stands for: a tag and its kept attributes."""

    tag: str
    attrs: Attrs = ()

    def get(self, name: str) -> str:
        """One attribute's value, ``""`` when absent."""
        return dict(self.attrs).get(name, "")

    @property
    def paired(self) -> bool:
        """Whether the placeholder wraps translatable text (``<1>…</1>``)."""
        return self.tag in PAIRED or self.tag in MARKS

    def to_json(self) -> str:
        """Compact JSON for the block's attrs (and so for ``skeleton.json``)."""
        return json.dumps({"tag": self.tag, **dict(self.attrs)}, ensure_ascii=False,
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Inline:
        """Read back :meth:`to_json`; unknown tags and attributes are dropped, never trusted."""
        raw = json.loads(text)
        tag = str(raw.pop("tag", "")) if isinstance(raw, dict) else ""
        if tag not in PAIRED | EMPTY | MARKS:
            return cls("literal", (("text", ""),))
        kept = SAFE_ATTRS.get(tag, ())
        return cls(tag, tuple((k, str(raw[k])) for k in kept if k in raw))


def make(tag: str, attrs: Mapping[str, str] | None = None) -> Inline:
    """An :class:`Inline` keeping only the safe attributes of ``tag``."""
    given = attrs or {}
    return Inline(tag, tuple((k, given[k]) for k in SAFE_ATTRS.get(tag, ()) if given.get(k)))


class Encoder:
    """Builds one block's text with tokens, numbering its inline markup from 1.

    Whitespace runs collapse to one space, as in rendered HTML; a pair around nothing but
    whitespace is dropped (pages are full of empty ``<b></b>``).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._specs: list[Inline] = []
        self._open: list[tuple[int, int]] = []  # (number, index in _parts of its token)

    def text(self, value: str) -> None:
        """Append page text; token look-alikes become literal placeholders."""
        if "<" in value and TOKEN_RE.search(value):
            last = 0
            for match in TOKEN_RE.finditer(value):
                self._parts.append(value[last:match.start()])
                self.empty(Inline("literal", (("text", match.group()),)))
                last = match.end()
            value = value[last:]
        self._parts.append(value)

    def open(self, inline: Inline) -> int:
        """Open a paired placeholder; returns its number for :meth:`close`."""
        number = self._add(inline)
        self._open.append((number, len(self._parts)))
        self._parts.append(f"<{number}>")
        return number

    def close(self, number: int) -> None:
        """Close the pair opened as ``number``; an empty pair disappears."""
        opened, index = self._open.pop()
        assert opened == number, "inline markup closed out of order"
        if not "".join(self._parts[index + 1:]).strip():
            self._parts[index] = ""
            self._specs[number - 1] = Inline("")
            return
        self._parts.append(f"</{number}>")

    def empty(self, inline: Inline) -> None:
        """A standalone placeholder (line break, image, untranslated text)."""
        self._parts.append(f"<{self._add(inline)}/>")

    def _add(self, inline: Inline) -> int:
        self._specs.append(inline)
        return len(self._specs)

    def result(self) -> tuple[str, Attrs]:
        """The block's text (whitespace collapsed, numbers made consecutive) and its attrs."""
        text = _SPACE.sub(" ", "".join(self._parts))
        # Spaces belong outside a pair: "a <1>b </1>c" renders badly as Markdown emphasis.
        moved = ""
        while moved != text and (_OPEN_SPACE.search(text) or _CLOSE_SPACE.search(text)):
            # nested pairs move a space one level per pass
            moved = text
            text = _SPACE.sub(" ", _CLOSE_SPACE.sub(r"</\1> ", _OPEN_SPACE.sub(r" <\1>", text)))
        text = text.strip()
        used = [n for n, spec in enumerate(self._specs, 1) if spec.tag]
        renumber = {old: new for new, old in enumerate(used, 1)}
        if any(old != new for old, new in renumber.items()):
            text = TOKEN_RE.sub(lambda m: _renumbered(m, renumber), text)
        text = _tidy_breaks(text, renumber, self._specs)
        attrs = tuple((f"{PREFIX}{renumber[old]}", self._specs[old - 1].to_json())
                      for old in used)
        return text, attrs


def plain(text: str) -> tuple[str, Attrs]:
    """Text without markup as block text: anything that looks like a token becomes literal."""
    if "<" not in text or not TOKEN_RE.search(text):
        return text, ()
    encoder = Encoder()
    encoder.text(text)
    return encoder.result()


def _renumbered(match: re.Match[str], renumber: Mapping[int, int]) -> str:
    token = match.group()
    old = int(match.group(1) or match.group(2))
    return token.replace(str(old), str(renumber[old]), 1)


def _tidy_breaks(text: str, renumber: Mapping[int, int], specs: list[Inline]) -> str:
    """No space right around a line break token: ``a <1/> b`` reads as ``a<1/>b``."""
    breaks = {new for old, new in renumber.items() if specs[old - 1].tag == "br"}
    for number in breaks:
        text = text.replace(f" <{number}/>", f"<{number}/>").replace(f"<{number}/> ",
                                                                     f"<{number}/>")
    return text


def specs(attrs: Attrs) -> Mapping[int, Inline]:
    """The placeholders recorded in a block's attrs, by number (read once per attrs: reader
    filters and every writer ask for the same blocks' placeholders)."""
    return _specs(attrs) if attrs else {}


@functools.lru_cache(maxsize=2048)
def _specs(attrs: Attrs) -> Mapping[int, Inline]:
    found: dict[int, Inline] = {}
    for key, value in attrs:
        if key.startswith(PREFIX) and key[len(PREFIX):].isdigit():
            try:
                found[int(key[len(PREFIX):])] = Inline.from_json(value)
            except (ValueError, TypeError):
                continue
    return found


def describe(text: str, attrs: Attrs) -> list[str]:
    """One line per placeholder in ``text`` for the translator (``<1> = link to …``)."""
    table = specs(attrs)
    lines = []
    for token in tokens(text):
        spec = table.get(token.number)
        if spec is None or token.kind is TokenKind.CLOSE:
            continue
        lines.append(f"{token.text} = {_what(spec)}")
    return lines


def _what(spec: Inline) -> str:
    if spec.tag == "a":
        return f"link to {spec.get('href')}" if spec.get("href") else "link"
    if spec.tag == "br":
        return "line break"
    if spec.tag == "img":
        return f"image {spec.get('src')}".strip()
    if spec.tag in ("literal", "code"):
        return f"{json.dumps(spec.get('text'), ensure_ascii=False)} (kept as written)"
    return _DESCRIPTIONS.get(spec.tag, spec.tag)


# --- rendering ------------------------------------------------------------------------------

Pieces = list[tuple[str, str | Inline]]  # ("text", str) | ("open"|"close"|"empty", Inline)


def pieces(text: str, attrs: Attrs) -> Pieces:
    """``text`` cut into plain runs and placeholders, unknown numbers dropped.

    A text whose tokens are not well formed (a translator lost a closing token) keeps its
    standalone placeholders but loses its pairs, so the output is never broken markup.
    """
    table = specs(attrs)
    well_formed = not structure_problems(text)
    out: Pieces = []
    last = 0
    for token in tokens(text):
        out.append(("text", text[last:token.start]))
        last = token.end
        spec = table.get(token.number)
        if spec is None or (spec.paired and not well_formed):
            continue
        if spec.paired == (token.kind is TokenKind.EMPTY):
            continue  # a token of the wrong shape for what it stands for
        out.append((token.kind.value, spec))
    out.append(("text", text[last:]))
    return [(kind, value) for kind, value in out if value != ""]


def escape(text: str, quote: bool = True) -> str:
    """``text`` with ``& < > " '`` as character references, like :func:`html.escape`.

    Written out because importing :mod:`html` loads its 2,000-entity table, a noticeable
    share of a one-article export's start-up.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def to_html(text: str, attrs: Attrs, safe_url: Callable[[str], str]) -> str:
    """The text as HTML, every piece escaped; URLs go through ``safe_url``."""
    if not attrs:
        return escape(text)
    html = []
    for kind, value in pieces(text, attrs):
        if isinstance(value, str):
            html.append(escape(value))
        elif kind == "close":
            html.append(f"</{_html_tag(value)}>")
        else:
            html.append(_html_open(value, safe_url))
    return "".join(html)


def _html_tag(spec: Inline) -> str:
    return {"b": "strong", "i": "em"}.get(spec.tag, spec.tag)


def _html_attr(name: str, value: str) -> str:
    return f' {name}="{escape(value, quote=True)}"'


def _html_open(spec: Inline, safe_url: Callable[[str], str]) -> str:
    if spec.tag == "a":
        href = safe_url(spec.get("href"))
        extra = "".join(_html_attr(k, spec.get(k)) for k in ("title", "hreflang") if spec.get(k))
        return f"<a{_html_attr('href', href) if href else ''}{extra}>"
    if spec.tag == "br":
        return "<br>"
    if spec.tag == "img":
        src = safe_url(spec.get("src"))
        return (f"<img{_html_attr('src', src) if src else ''}{_html_attr('alt', spec.get('alt'))}"
                + (_html_attr("title", spec.get("title")) if spec.get("title") else "") + ">")
    if spec.tag == "code":
        return f"<code>{escape(spec.get('text'))}</code>"
    if spec.tag == "span":
        return f"<span{_html_attr('lang', spec.get('lang'))}>"
    if spec.tag == "literal":
        body = escape(spec.get("text"))
        return f'<span translate="no">{body}</span>' if spec.get("translate") else body
    return f"<{_html_tag(spec)}>"


def to_text(text: str, attrs: Attrs) -> str:
    """The text as a reader sees it: pairs vanish, literals come back, breaks are newlines."""
    if not attrs:
        return text
    out = []
    for _, value in pieces(text, attrs):
        if isinstance(value, str):
            out.append(value)
        elif value.tag in ("literal", "code"):
            out.append(value.get("text"))
        elif value.tag == "br":
            out.append("\n")
    return "".join(out)


def to_markdown(text: str, attrs: Attrs, escape_text: Callable[[str], str],
                destination: Callable[[str], str]) -> str:
    """The text as CommonMark inline syntax; ``escape_text`` escapes plain runs."""
    out = []
    links: list[str] = []
    for kind, value in pieces(text, attrs):
        if isinstance(value, str):
            out.append(escape_text(value))
        elif value.tag == "a":
            if kind == "open":
                title = value.get("title").replace("\\", "\\\\").replace('"', '\\"')
                links.append(destination(value.get("href")) + (f' "{title}"' if title else ""))
                out.append("[")
            else:
                out.append(f"]({links.pop()})" if links else "]")
        elif value.paired:
            out.append(_MD_MARKS.get(value.tag, ""))
        else:
            out.append(_md_empty(value, escape_text, destination))
    return "".join(out)


_MD_MARKS = {"b": "**", "i": "*", "s": "~~"}
_LINE_END = re.compile(r"\r\n|[\r\n]")


def _md_empty(spec: Inline, escape_text: Callable[[str], str],
              destination: Callable[[str], str]) -> str:
    if spec.tag == "br":
        return "\\\n"
    if spec.tag == "img":
        return f"![{escape_text(spec.get('alt'))}]({destination(spec.get('src'))})"
    if spec.tag == "code":
        # One line: CommonMark reads a code span's line breaks as spaces anyway, and a line
        # of the span starting with "<div" would open a raw HTML block before the span closes.
        code = _LINE_END.sub(" ", spec.get("text"))
        longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
        fence = "`" * (longest + 1)
        pad = " " if code.startswith("`") or code.endswith("`") else ""
        return f"{fence}{pad}{code}{pad}{fence}"
    return escape_text(spec.get("text"))
