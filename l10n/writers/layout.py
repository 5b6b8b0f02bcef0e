"""How an article's flat block list becomes a page: decided once here, drawn by each writer.

Readers give an ordered list of blocks; a page needs a header (title, standfirst, meta line),
figures that hold their image, alt text and caption together, lists that hold consecutive
items, and a footer with the agency credit and the source. Grouping here keeps the three
writers from each deciding it differently: they only draw :class:`Layout` values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urljoin

from l10n.locale import format_date, label, with_colon
from l10n.model.article import Article, Block, BlockKind

# Kinds that may open the article and then belong to its header, not its body.
_HEADER_KINDS = frozenset({BlockKind.TITLE, BlockKind.LEDE, BlockKind.BYLINE})

# Kinds that attach to the image before them, forming one figure.
_FIGURE_PARTS = frozenset({BlockKind.IMAGE_ALT, BlockKind.CAPTION})

_SAFE_SCHEMES = frozenset({"http", "https"})

# A URL scheme as browsers read it; a URL without one is relative and stays on the page's site.
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")

META_SEPARATOR = " · "

# A block's attrs: what its inline placeholders stand for (see l10n.model.inline).
Attrs = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """An image with its alt text and caption; ``has_image`` is False for a lone caption."""

    has_image: bool
    src: str
    alt: str
    caption: str
    caption_attrs: Attrs = ()


@dataclass(frozen=True, slots=True)
class ItemList:
    """Consecutive list items, drawn as one list."""

    items: tuple[str, ...]
    item_attrs: tuple[Attrs, ...] = ()

    def attrs(self, index: int) -> Attrs:
        """The attrs (inline placeholders) of item ``index``."""
        return self.item_attrs[index] if index < len(self.item_attrs) else ()


# What a page body is made of: a block of text, a figure (image, alt, caption) or a list.
Part = Block | Figure | ItemList


@dataclass(frozen=True, slots=True)
class Meta:
    """The line under the title: where, who and when, each part optional."""

    site: str
    byline: str
    date: str
    iso_date: str

    def parts(self) -> tuple[str, ...]:
        """The non-empty parts in reading order, for writers that print them as plain text."""
        return tuple(part for part in (self.site, self.byline, self.date) if part)


@dataclass(frozen=True, slots=True)
class Layout:
    """An article arranged as a page: header, body parts, footer."""

    lang: str
    title: str
    ledes: tuple[str, ...]
    meta: Meta
    body: tuple[Part, ...]
    notes: tuple[str, ...]
    source_url: str
    source_label: str
    lede_attrs: tuple[Attrs, ...] = ()
    note_attrs: tuple[Attrs, ...] = ()


def arrange(article: Article) -> Layout:
    """Arrange ``article`` for drawing; pure, so every writer gets the same page."""
    # The Markdown front matter block is drawn by the Markdown writer alone.
    blocks = [b for b in article.blocks if not b.attr("front-matter")]
    head, rest = _split_header(blocks)
    note_blocks = [b for b in rest if b.kind is BlockKind.SOURCE_NOTE]
    lede_blocks = [b for b in head if b.kind is BlockKind.LEDE]
    body = [b for b in rest if b.kind is not BlockKind.SOURCE_NOTE]
    bylines = [b.text for b in head if b.kind is BlockKind.BYLINE]
    return Layout(
        lang=article.lang,
        title=next((b.text for b in head if b.kind is BlockKind.TITLE), article.title),
        ledes=tuple(b.text for b in lede_blocks),
        meta=_meta(article, META_SEPARATOR.join(bylines) or article.byline),
        body=tuple(group(body, article.source_url)),
        notes=tuple(b.text for b in note_blocks),
        source_url=article.source_url,
        source_label=with_colon(label("source", article.lang), article.lang),
        lede_attrs=tuple(b.attrs for b in lede_blocks),
        note_attrs=tuple(b.attrs for b in note_blocks),
    )


def _split_header(blocks: Sequence[Block]) -> tuple[list[Block], list[Block]]:
    """Split off the leading title, standfirst and byline; a second title starts the body."""
    end = 0
    titles = 0
    for block in blocks:
        if block.kind not in _HEADER_KINDS:
            break
        titles += block.kind is BlockKind.TITLE
        if titles > 1:
            break
        end += 1
    return list(blocks[:end]), list(blocks[end:])


def _meta(article: Article, byline: str) -> Meta:
    """The meta line's parts, with the date written the way the article's language writes it."""
    published = article.published
    return Meta(
        site=article.site,
        byline=byline,
        date=format_date(published, article.lang) if published else "",
        iso_date=published.isoformat() if published else "",
    )


def group(blocks: Sequence[Block], base: str = "") -> Iterator[Part]:
    """Group blocks into figures and lists; other blocks pass through unchanged.

    An image takes the alt text and the caption that follow it (at most one of each, in any
    order). A caption with no image before it is a figure of its own; an alt text with no
    image has nothing to describe and is dropped. Image addresses are resolved against
    ``base`` (the source URL): see :func:`image_url`.
    """
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind is BlockKind.LIST_ITEM:
            end = _list_end(blocks, index)
            run = blocks[index:end]
            attrs = tuple(b.attrs for b in run) if any(b.attrs for b in run) else ()
            yield ItemList(tuple(b.text for b in run), attrs)
        elif block.kind in _FIGURE_PARTS | {BlockKind.IMAGE}:
            end = _figure_end(blocks, index)
            figure = _figure(blocks[index:end])
            src = image_url(figure.src, base) if figure.has_image else ""
            figure = replace(figure, has_image=bool(src), src=src)
            if figure.has_image or figure.caption:
                yield figure
        else:
            end = index + 1
            yield block
        index = end


def _list_end(blocks: Sequence[Block], start: int) -> int:
    """Index just past the run of list items starting at ``start``."""
    end = start
    while end < len(blocks) and blocks[end].kind is BlockKind.LIST_ITEM:
        end += 1
    return end


def _figure_end(blocks: Sequence[Block], start: int) -> int:
    """Index just past the figure starting at ``start``: its image, then one alt, one caption."""
    seen = {blocks[start].kind}
    end = start + 1
    while end < len(blocks) and blocks[end].kind in _FIGURE_PARTS - seen:
        seen.add(blocks[end].kind)
        end += 1
    return end


def _figure(parts: Sequence[Block]) -> Figure:
    """Build one figure from its blocks (see :func:`group` for which blocks those are)."""
    by_kind = {block.kind: block for block in parts}
    image = by_kind.get(BlockKind.IMAGE)
    alt = by_kind.get(BlockKind.IMAGE_ALT)
    caption = by_kind.get(BlockKind.CAPTION)
    return Figure(
        has_image=image is not None,
        src=image.attr("src") if image else "",
        alt=alt.text if alt and image else (image.attr("alt") if image else ""),
        caption=caption.text if caption else "",
        caption_attrs=caption.attrs if caption else (),
    )


def nth(attrs: tuple[Attrs, ...], index: int) -> Attrs:
    """The attrs of the ``index``-th lede or note; empty when none were recorded."""
    return attrs[index] if index < len(attrs) else ()


def code_text(block: Block) -> str:
    """A code block's verbatim text: readers may keep it in ``attrs`` since it is not translated."""
    return block.attr("code") or block.text


def image_url(src: str, base: str) -> str:
    """Where the published page finds an image: ``src`` resolved against the article's source
    URL, or ``""`` when it cannot be found (a bare file name from a saved text page and no
    web address to resolve it against: a broken ``<img>`` would be worse than none)."""
    src = safe_url(src)
    if not src or _SCHEME.match(src) or src.startswith("//"):
        return src
    if not base.lower().startswith(("http://", "https://")) or not safe_url(base):
        return ""
    try:
        return safe_url(urljoin(base, src))
    except ValueError:  # a base urllib cannot split (an unclosed IPv6 bracket)
        return ""


def safe_url(url: str) -> str:
    """``url`` if it is http, https or relative, else ``""``, so content cannot run script.

    Browsers drop tabs and newlines anywhere in a URL (``java\tscript:`` runs), so a URL
    holding any control character is refused outright rather than cleaned.
    """
    url = url.strip(" ")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in url):
        return ""
    scheme = _SCHEME.match(url)
    if scheme is None or scheme.group(1).lower() in _SAFE_SCHEMES:
        return url
    return ""
