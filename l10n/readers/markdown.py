"""Markdown reader: CommonMark (markdown-it-py) with YAML front matter → an :class:`Article`.

Static-site newsrooms keep articles as Markdown with a front matter block. Its ``title``,
``description`` and ``summary`` are translatable; every other key (dates, slugs, tags, layout)
is preserved exactly as written, because the site generator reads them. The raw front matter
travels in an untranslatable block (attr ``front-matter``) so the Markdown writer can put it
back with only the translated values replaced. Code blocks are never translated and keep their
fence's language tag; links, emphasis, inline code and images become placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import yaml

from l10n.errors import InputError
from l10n.limits import MAX_PARSER_DEPTH
from l10n.model.article import FRONT_MATTER, FRONT_MATTER_KEY, Article, Block, BlockKind
from l10n.model.inline import Encoder, Inline, make, plain
from l10n.readers.htmlmeta import iso_date
from l10n.readers.text import normalize_text

TRANSLATABLE_KEYS = ("title", "description", "summary")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_URL_KEYS = ("canonical_url", "canonical", "url", "source_url", "source")


def split_front_matter(text: str) -> tuple[str, str]:
    """(raw YAML front matter without its fences, the Markdown after it)."""
    match = _FRONT.match(text)
    if not match:
        return "", text
    return match.group(1) or "", text[match.end() :]


def _loader() -> type[Any]:
    """yaml's safe loader without aliases: ``&a [*a, *a]`` nested ten deep is a billion-item
    value the moment anything turns it into a string (an alias bomb)."""

    class NoAliasLoader(yaml.SafeLoader):
        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(None, None, "aliases are not allowed", mark)
            return super().compose_node(parent, index)

    return NoAliasLoader


def _load_yaml(raw: str, where: str) -> dict[str, Any]:
    try:
        data = yaml.load(raw, Loader=_loader()) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", "") or ""
        what = (
            "YAML aliases (*name) in the front matter"
            if "aliases" in problem
            else "invalid YAML in the front matter"
        )
        raise InputError(f"{where}{line}", what, "Fix the block between the '---' lines") from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # values YAML parses but cannot build: 2025-13-01 as a date, a list as a mapping key,
        # brackets nested thousands deep
        detail = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise InputError(
            where,
            f"invalid YAML in the front matter ({detail})",
            "Fix the block between the '---' lines",
        ) from exc
    return data if isinstance(data, dict) else {}


def _date(value: Any) -> dt.date | None:
    """YAML gives dates as date objects; quoted or odd ones stay strings."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return iso_date(str(value or ""))


def read_markdown(text: str, url: str = "", where: str = "<markdown>") -> Article:
    """Read a Markdown article (already decoded); the language is left to the caller."""
    text = normalize_text(text)
    raw, body = split_front_matter(text)
    meta = _load_yaml(raw, where)
    head: list[Block] = []
    if raw:
        head.append(Block(BlockKind.CODE, "", ((FRONT_MATTER, raw),)))
    for key in TRANSLATABLE_KEYS:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            kind = BlockKind.TITLE if key == "title" else BlockKind.LEDE
            text, attrs = plain(" ".join(value.split()))
            head.append(Block(kind, text, ((FRONT_MATTER_KEY, key), *attrs)))
    has_title = any(b.kind is BlockKind.TITLE for b in head)
    blocks = list(_blocks(body, has_title))
    title = next((b.text for b in [*head, *blocks] if b.kind is BlockKind.TITLE), "")
    source = url or next(
        (
            str(meta[k])
            for k in _URL_KEYS
            if str(meta.get(k, "")).startswith(("http://", "https://"))
        ),
        "",
    )
    lang = str(meta.get("lang") or meta.get("language") or "")
    author = meta.get("author") or meta.get("authors") or ""
    byline = ", ".join(map(str, author)) if isinstance(author, list) else str(author)
    return Article(
        lang=lang,
        blocks=(*head, *blocks),
        source_url=source,
        title=title,
        published=_date(meta.get("date")),
        byline=byline,
        site=str(meta.get("site") or ""),
    )


MAX_NESTING = 2 * MAX_PARSER_DEPTH + 8  # two token levels a list (list, item)


def _blocks(body: str, has_title: bool) -> Iterator[Block]:
    """Blocks of the Markdown body; the first ``#`` heading is the title unless one is set."""
    from markdown_it import MarkdownIt  # noqa: PLC0415  (heavy: only Markdown sources)

    # CommonMark plus the two GitHub extensions newsroom sites use: tables and ~~strike~~.
    # maxNesting: past it markdown-it silently stops reading the document (commonmark's 20 is
    # ten nested list items); sources.py refuses deeper pages first, see readers/mdlimits.py.
    tokens = (
        MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
        .enable(["table", "strikethrough"])
        .parse(body)
    )
    context: list[str] = []
    heading = ""
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            context.append(token.type)
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
        elif token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = ""
        elif token.type in ("fence", "code_block"):
            language = (token.info or "").strip().split(" ")[0]
            attrs = (("code", token.content),) + ((("language", language),) if language else ())
            yield Block(BlockKind.CODE, "", attrs)
        elif token.type == "inline":
            kind = _kind(heading, context, has_title)
            has_title = has_title or kind is BlockKind.TITLE
            yield from _inline_block(kind, token.children or [])


def _kind(heading: str, context: list[str], has_title: bool) -> BlockKind:
    if heading:
        return BlockKind.TITLE if heading == "h1" and not has_title else BlockKind.HEADING
    if "blockquote_open" in context:
        return BlockKind.QUOTE
    if context:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _inline_block(kind: BlockKind, children: list[Any]) -> Iterator[Block]:
    """One block from markdown-it's inline tokens; a paragraph that is only an image is a
    figure (image + alt text)."""
    images = [c for c in children if c.type == "image"]
    if (
        kind is BlockKind.PARAGRAPH
        and len(images) == 1
        and all(
            c is images[0] or (c.type in ("text", "softbreak") and not c.content.strip())
            for c in children
        )
    ):
        image = images[0]
        yield Block(BlockKind.IMAGE, "", (("src", str(image.attrs.get("src", ""))),))
        alt = image.content.strip()
        if alt:
            yield Block(BlockKind.IMAGE_ALT, *plain(alt))
        return
    text, attrs = _encode(children)
    if text:
        yield Block(kind, text, attrs)


_PAIRS = {"em_open": "i", "strong_open": "b", "s_open": "s"}
_CLOSES = frozenset({"em_close", "strong_close", "s_close", "link_close"})


def _encode(children: list[Any]) -> tuple[str, tuple[tuple[str, str], ...]]:
    encoder = Encoder()
    stack: list[int] = []
    for child in children:
        kind = child.type
        if kind == "text":
            encoder.text(child.content)
        elif kind == "softbreak":
            encoder.text(" ")
        elif kind == "hardbreak":
            encoder.empty(Inline("br"))
        elif kind == "code_inline":
            encoder.empty(Inline("code", (("text", child.content),)))
        elif kind == "image":
            encoder.empty(
                make(
                    "img",
                    {
                        "src": str(child.attrs.get("src", "")),
                        "alt": child.content,
                        "title": str(child.attrs.get("title", "") or ""),
                    },
                )
            )
        elif kind == "html_inline":
            encoder.empty(Inline("literal", (("text", child.content),)))
        elif kind == "link_open":
            stack.append(
                encoder.open(
                    make(
                        "a",
                        {
                            "href": str(child.attrs.get("href", "")),
                            "title": str(child.attrs.get("title", "") or ""),
                        },
                    )
                )
            )
        elif kind in _PAIRS:
            stack.append(encoder.open(Inline(_PAIRS[kind])))
        elif kind in _CLOSES and stack:
            encoder.close(stack.pop())
    return encoder.result()
