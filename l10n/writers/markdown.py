"""CommonMark writer: the article as Markdown for static-site generators and editors.

Translated text is data, not markup: a translation that starts with ``1.`` or contains
``*`` or ``<b>`` must come out as those characters, so every character CommonMark could read
as syntax is backslash-escaped, and no raw HTML is ever written.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from l10n.article import Article, Block, BlockKind
from l10n.writers.layout import (
    META_SEPARATOR,
    Figure,
    ItemList,
    Layout,
    Unit,
    arrange,
    code_text,
    safe_url,
)

# Characters that open or close inline syntax (emphasis, links, code, HTML, entities, headings'
# closing sequence) anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&#~|])")

# Markers that only count at the start of a line: list bullets, setext underlines, and the
# delimiter of an ordered list item (``1.`` or ``1)`` followed by a space or the line's end).
_BULLET_START = re.compile(r"^([-+=])")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")

# Characters a link destination cannot hold bare; percent-encoding them keeps the URL's meaning.
_URL_SAFE = "/:?#[]@!$&'*+,;=%~"


def render(article: Article) -> str:
    """The article as a CommonMark document, title first, ending with the source line."""
    page = arrange(article)
    chunks = [*_header(page), *(_unit(unit) for unit in page.body), *_footer(page)]
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _header(page: Layout) -> list[str]:
    """The title as ``#``, the standfirst in italics, then the meta line."""
    title = f"# {_one_line(page.title)}" if page.title else ""
    ledes = [_wrap(lede, "*") for lede in page.ledes]
    return [title, *ledes, escape(META_SEPARATOR.join(page.meta.parts()))]


def _footer(page: Layout) -> list[str]:
    """Agency credits, then where the article comes from as an autolink when it is safe."""
    notes = [escape(note) for note in page.notes]
    if not page.source_url:
        return notes
    url = safe_url(page.source_url)
    target = f"<{_destination(url)}>" if url and "://" in url else escape(page.source_url)
    return [*notes, f"{escape(page.source_label)} {target}"]


def _unit(unit: Unit) -> str:
    """One body unit as Markdown."""
    if isinstance(unit, Figure):
        return _figure(unit)
    if isinstance(unit, ItemList):
        return "\n".join(_prefixed(item, "- ", "  ") for item in unit.items)
    return _block(unit)


def _block(block: Block) -> str:
    """A text block drawn by kind; kinds with no Markdown form of their own are paragraphs."""
    if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
        return f"## {_one_line(block.text)}"
    if block.kind is BlockKind.QUESTION:
        return _wrap(block.text, "**")
    if block.kind is BlockKind.QUOTE:
        return _prefixed(block.text, "> ", "> ")
    if block.kind is BlockKind.CODE:
        return _fenced(code_text(block))
    return escape(block.text)


def _figure(figure: Figure) -> str:
    """An image line ``![alt](src)`` and its caption as an italic line below it."""
    parts = []
    if figure.has_image:
        parts.append(f"![{_one_line(figure.alt)}]({_destination(safe_url(figure.src))})")
    if figure.caption:
        parts.append(_wrap(figure.caption, "*"))
    return "\n\n".join(parts)


def escape(text: str) -> str:
    """``text`` as Markdown that renders to exactly that text, one output line per input line.

    Blank lines are dropped, since they would end the paragraph or list item the text is in,
    and leading spaces too, since four of them would start a code block.
    """
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(_escape_line(line) for line in lines if line)


def _escape_line(line: str) -> str:
    """One line with inline syntax and line-start markers escaped."""
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = _BULLET_START.sub(r"\\\1", line)
    return _ORDERED_START.sub(r"\1\\\2", line)


def _one_line(text: str) -> str:
    """Escaped text on one line, for headings and alt text that cannot span lines."""
    return " ".join(escape(text).splitlines())


def _wrap(text: str, delimiter: str) -> str:
    """Escaped text in emphasis (``*``) or strong emphasis (``**``); nothing when empty."""
    body = escape(text)
    return f"{delimiter}{body}{delimiter}" if body else ""


def _prefixed(text: str, first: str, rest: str) -> str:
    """Escaped text with ``first`` before its first line and ``rest`` before the others."""
    lines = escape(text).splitlines() or [""]
    return "\n".join((rest if index else first) + line for index, line in enumerate(lines))


def _fenced(code: str) -> str:
    """A fenced code block whose fence is longer than any backtick run inside the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{code.rstrip(chr(10))}\n{fence}"


def _destination(url: str) -> str:
    """``url`` percent-encoded so it can stand bare inside ``(…)`` or ``<…>``."""
    return quote(url, safe=_URL_SAFE)
