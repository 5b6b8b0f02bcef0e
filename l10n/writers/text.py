"""Plain-text writer: the article as a reader would copy it into an e-mail or a wire feed.

Blocks are separated by a blank line and nothing is escaped: plain text has no markup to
protect against.
"""

from __future__ import annotations

from l10n.locale import label, with_colon
from l10n.model.article import Article, Block, BlockKind
from l10n.model.inline import to_text
from l10n.writers.layout import (
    META_SEPARATOR,
    Figure,
    ItemList,
    Layout,
    Part,
    arrange,
    code_text,
    nth,
)

# How an interviewer's turn is marked in print, since bold is not available.
QUESTION_DASH = "— "


def render(article: Article) -> str:
    """The article as plain text, title first, ending with the source line."""
    page = arrange(article)
    chunks = [*_header(page), *(_part(part, page.lang) for part in page.body), *_footer(page)]
    return "\n\n".join(chunk for chunk in chunks if chunk) + "\n"


def _header(page: Layout) -> list[str]:
    """Title, standfirst and meta line, in that order."""
    ledes = [to_text(lede, nth(page.lede_attrs, i)) for i, lede in enumerate(page.ledes)]
    return [page.title, *ledes, META_SEPARATOR.join(page.meta.parts())]


def _footer(page: Layout) -> list[str]:
    """Agency credits, then where the article comes from."""
    source = f"{page.source_label} {page.source_url}" if page.source_url else ""
    notes = [to_text(note, nth(page.note_attrs, i)) for i, note in enumerate(page.notes)]
    return [*notes, source]


def _part(part: Part, lang: str) -> str:
    """One body part as text."""
    if isinstance(part, Figure):
        return _figure(part, lang)
    if isinstance(part, ItemList):
        return "\n".join(f"- {to_text(item, part.attrs(i))}" for i, item in enumerate(part.items))
    return _block(part)


def _figure(figure: Figure, lang: str) -> str:
    """An image as a bracketed note (``[Photo : alt]``) followed by its caption."""
    lines = []
    if figure.has_image:
        photo = label("photo", lang)
        alt = f"{with_colon(photo, lang)} {figure.alt}" if figure.alt else photo
        lines.append(f"[{alt}]")
    if figure.caption:
        lines.append(to_text(figure.caption, figure.caption_attrs))
    return "\n".join(lines)


def _block(block: Block) -> str:
    """A text block: verbatim except for marks that stand in for typography."""
    text = to_text(block.text, block.attrs)
    if block.kind is BlockKind.QUESTION:
        return QUESTION_DASH + text
    if block.kind is BlockKind.QUOTE:
        return "\n".join(f"> {line}" for line in text.splitlines())
    if block.kind is BlockKind.CODE:
        return code_text(block)
    return text
