"""The article model shared by readers, the catalog store and writers.

Readers turn a page into an :class:`Article`; writers turn an :class:`Article` (with text
already in the target language) back into a page. Everything in between works on these plain,
frozen values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block is in the article; decides how it is segmented and rendered."""

    TITLE = "title"
    LEDE = "lede"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUESTION = "question"
    ANSWER = "answer"
    QUOTE = "quote"
    LIST_ITEM = "list-item"
    CAPTION = "caption"
    IMAGE = "image"
    IMAGE_ALT = "image-alt"
    SOURCE_NOTE = "source-note"
    CODE = "code"


# Kinds whose whole text is one translation unit: no sentence splitting.
SINGLE_UNIT_KINDS = frozenset(
    {
        BlockKind.TITLE,
        BlockKind.HEADING,
        BlockKind.BYLINE,
        BlockKind.IMAGE_ALT,
        BlockKind.SOURCE_NOTE,
    }
)

# Kinds that carry no translatable text (kept in the skeleton only).
UNTRANSLATABLE_KINDS = frozenset({BlockKind.IMAGE, BlockKind.CODE})

# Block attributes of a Markdown article's YAML front matter, set by the Markdown reader and
# read by the Markdown writer: the raw front matter (on an untranslated CODE block), and the
# key a translatable field (title, description) came from.
FRONT_MATTER = "front-matter"
FRONT_MATTER_KEY = "front-matter-key"


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article.

    ``text`` is the translatable text with inline markup as placeholders (``<1>OIM</1>``);
    ``attrs`` holds what must not be translated: an image's ``src``, a speaker's name, or
    ``placeholder:<n>`` entries giving what each placeholder stands for.
    """

    kind: BlockKind
    text: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        """Return one attribute's value."""
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Article:
    """An article: metadata and its ordered blocks, in one language."""

    lang: str
    blocks: tuple[Block, ...]
    source_url: str = ""
    title: str = ""
    published: dt.date | None = None
    byline: str = ""
    site: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())
