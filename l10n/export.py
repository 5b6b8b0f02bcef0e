"""Rebuild an article in one language from its skeleton and that language's translations.

A unit without a usable translation (missing, empty or fuzzy) falls back to the source text and
is counted, so the caller can say how complete the article is instead of silently publishing a
half-translated page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from l10n.article import Article, Block, BlockKind
from l10n.pofile import POFile
from l10n.skeleton import Skeleton


@dataclass(frozen=True, slots=True)
class Localized:
    """An article in the target language and how much of it is really translated."""

    article: Article
    units: int
    fallbacks: int


def usable_translations(po: POFile) -> dict[str, str]:
    """msgid → msgstr for the entries a reader may see: translated, not fuzzy, not obsolete."""
    return {e.msgid: e.msgstr for e in po.entries
            if e.msgstr and not e.fuzzy and not e.obsolete and e.msgctxt is None}


def localize(skel: Skeleton, translations: Mapping[str, str], lang: str) -> Localized:
    """The article in ``lang``: each segment replaced by its translation when there is one."""
    blocks, units, fallbacks = [], 0, 0
    for sb in skel.blocks:
        texts = [translations.get(seg, seg) for seg in sb.segments]
        units += len(texts)
        if lang != skel.lang:  # the source language needs no translation
            fallbacks += sum(seg not in translations for seg in sb.segments)
        blocks.append(Block(sb.kind, sb.join(texts), sb.attrs))
    title = next((b.text.strip() for b in blocks if b.kind is BlockKind.TITLE), skel.title)
    article = Article(lang=lang, blocks=tuple(blocks), source_url=skel.source_url, title=title,
                      published=skel.published, byline=skel.byline, site=skel.site)
    return Localized(article, units, fallbacks)
