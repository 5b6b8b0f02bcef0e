"""CommonMark writer: the article as Markdown for static-site generators and editors.

Translated text is data, not markup: a translation that starts with ``1.`` or contains
``*`` or ``<b>`` must come out as those characters, so every character CommonMark could read
as syntax is backslash-escaped, and no raw HTML is ever written.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from urllib.parse import quote

import yaml

from l10n.model import inline
from l10n.model.article import Article, Block, BlockKind
from l10n.readers.markdown import FRONT_MATTER, FRONT_MATTER_KEY
from l10n.writers.layout import (
    META_SEPARATOR,
    Attrs,
    Figure,
    ItemList,
    Layout,
    Part,
    arrange,
    code_text,
    nth,
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
    """The article as a CommonMark document, title first, ending with the source line.

    An article read from Markdown with front matter gets its front matter back, and its title
    and description stay there only: site generators draw them from it.
    """
    front = _front_matter(article)
    if front:
        article = replace(
            article,
            title="",
            blocks=tuple(b for b in article.blocks if not b.attr(FRONT_MATTER_KEY)),
        )
    page = arrange(article)
    chunks = [*_header(page), *(_part(part) for part in page.body), *_footer(page)]
    return front + "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _front_matter(article: Article) -> str:
    """The source's YAML front matter, its translatable values replaced by the translations."""
    raw = next((b.attr(FRONT_MATTER) for b in article.blocks if b.attr(FRONT_MATTER)), "")
    if not raw:
        return ""

    try:
        original = yaml.safe_load(raw) or {}
    except yaml.YAMLError:
        original = {}
    translated = {}
    for block in article.blocks:
        key = block.attr(FRONT_MATTER_KEY)
        before = original.get(key) if isinstance(original, dict) else None
        if key and " ".join(str(before or "").split()) != block.text:
            translated[key] = block.text
    return f"---\n{render_front_matter(raw, translated)}---\n\n"


def render_front_matter(raw: str, translated: dict[str, str]) -> str:
    """The front matter with the translatable keys' values replaced, all else byte for byte."""
    lines = raw.splitlines(keepends=True)
    for key, value in translated.items():
        start = next(
            (i for i, line in enumerate(lines) if re.match(rf"{re.escape(key)}\s*:", line)), None
        )
        if start is None:
            continue
        end = start + 1
        while end < len(lines) and lines[end][:1] in (" ", "\t"):
            end += 1
        newline = "\n" if lines[end - 1].endswith("\n") else ""
        lines[start:end] = [f"{key}: {json.dumps(value, ensure_ascii=False)}{newline}"]
    return "".join(lines)


def _header(page: Layout) -> list[str]:
    """The title as ``#``, the standfirst in italics, then the meta line."""
    title = f"# {_one_line(page.title)}" if page.title else ""
    ledes = [_wrap(lede, "*", nth(page.lede_attrs, i)) for i, lede in enumerate(page.ledes)]
    return [title, *ledes, escape(META_SEPARATOR.join(page.meta.parts()))]


def _footer(page: Layout) -> list[str]:
    """Agency credits, then where the article comes from as an autolink when it is safe."""
    notes = [_text(note, nth(page.note_attrs, i)) for i, note in enumerate(page.notes)]
    if not page.source_url:
        return notes
    url = safe_url(page.source_url)
    target = f"<{_destination(url)}>" if url and "://" in url else escape(page.source_url)
    return [*notes, f"{escape(page.source_label)} {target}"]


def _part(part: Part) -> str:
    """One body part as Markdown."""
    if isinstance(part, Figure):
        return _figure(part)
    if isinstance(part, ItemList):
        return "\n".join(
            _prefixed(item, "- ", "  ", part.attrs(i)) for i, item in enumerate(part.items)
        )
    return _block(part)


def _block(block: Block) -> str:
    """A text block drawn by kind; kinds with no Markdown form of their own are paragraphs."""
    if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
        return f"## {_one_line(block.text, block.attrs)}"
    if block.kind is BlockKind.QUESTION:
        return _wrap(block.text, "**", block.attrs)
    if block.kind is BlockKind.QUOTE:
        return _prefixed(block.text, "> ", "> ", block.attrs)
    if block.kind is BlockKind.CODE:
        return _fenced(code_text(block), block.attr("language"))
    return _text(block.text, block.attrs)


def _figure(figure: Figure) -> str:
    """An image line ``![alt](src)`` and its caption as an italic line below it."""
    parts = []
    if figure.has_image:
        parts.append(f"![{_one_line(figure.alt)}]({_destination(safe_url(figure.src))})")
    if figure.caption:
        parts.append(_wrap(figure.caption, "*", figure.caption_attrs))
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
    return _line_start(_INLINE_SPECIAL.sub(r"\\\1", line))


def _text(text: str, attrs: Attrs = ()) -> str:
    """Escaped text with its inline placeholders drawn as Markdown (links, emphasis, code)."""
    if not inline.specs(attrs):
        return escape(text)
    body = inline.to_markdown(text, attrs, _escape_run, _link_destination)
    lines = (line.strip() for line in body.splitlines())
    return "\n".join(_line_start(line) for line in lines if line)


def _escape_run(text: str) -> str:
    """A run of plain text inside a line: inline syntax escaped, newlines kept as spaces."""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.splitlines()))


def _line_start(line: str) -> str:
    """Escape list and heading markers that a line may start with."""
    return _ORDERED_START.sub(r"\1\\\2", _BULLET_START.sub(r"\\\1", line))


def _link_destination(url: str) -> str:
    """A link or image target: unsafe schemes dropped, the rest percent-encoded."""
    return _destination(safe_url(url))


def _one_line(text: str, attrs: Attrs = ()) -> str:
    """Escaped text on one line, for headings and alt text that cannot span lines."""
    return " ".join(_text(text, attrs).splitlines())


def _wrap(text: str, delimiter: str, attrs: Attrs = ()) -> str:
    """Escaped text in emphasis (``*``) or strong emphasis (``**``); nothing when empty."""
    body = _text(text, attrs)
    return f"{delimiter}{body}{delimiter}" if body else ""


def _prefixed(text: str, first: str, rest: str, attrs: Attrs = ()) -> str:
    """Escaped text with ``first`` before its first line and ``rest`` before the others."""
    lines = _text(text, attrs).splitlines() or [""]
    return "\n".join((rest if index else first) + line for index, line in enumerate(lines))


def _fenced(code: str, language: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run inside the code."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    info = language if re.fullmatch(r"[\w.+#-]+", language) else ""
    return f"{fence}{info}\n{code.rstrip(chr(10))}\n{fence}"


def _destination(url: str) -> str:
    """``url`` percent-encoded so it can stand bare inside ``(…)`` or ``<…>``."""
    return quote(url, safe=_URL_SAFE)
