"""Rebuild an article in one language from its skeleton and that language's catalog, honestly.

Each unit is used only when a reader may see it: translated and reviewed, or fuzzy when the
caller asks for it, and with its placeholders intact. Anything else falls back to the source
text and is recorded per unit, so the caller can refuse to publish a half-translated page or
say exactly what was replaced, instead of silently publishing broken or unreviewed text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from l10n.catalog.pofile import Entry, POFile
from l10n.catalog.skeleton import Skeleton
from l10n.model.article import Article, Block, BlockKind
from l10n.model.inline import PREFIX, Inline
from l10n.model.langtag import base_language
from l10n.model.placeholders import compare, structure_problems

# French puts a no-break space before ! ? ; : and » and after «. Translators type a plain one
# in their PO editors (every hand that wrote the checks' correct French variants did), and a
# browser may then break the line before the mark: published French gets the no-break space
# (U+00A0, what the bundled article's own French has), and the punctuation check flags only a
# mark with no space at all.
_FRENCH_PLAIN_SPACE = re.compile(r" (?=[!?;:»])|(?<=«) ")


def french_spacing(text: str) -> str:
    """``text`` with the plain spaces French typography wants no-break made so."""
    return _FRENCH_PLAIN_SPACE.sub("\u00a0", text) if " " in text else text


class State(StrEnum):
    """A unit's state in the target catalog."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    UNTRANSLATED = "untranslated"
    SOURCE = "source"  # the article's own language: nothing to translate


class UnitResult(NamedTuple):
    """One unit of the exported article: what the catalog holds and what was published.

    A named tuple rather than a frozen dataclass: export builds one per unit of long articles,
    and a tuple is several times cheaper to create.
    """

    ref: str
    kind: str
    source: str
    translation: str
    state: State
    used: bool
    problems: tuple[str, ...] = ()

    @property
    def fallback(self) -> bool:
        """Whether the reader sees the source language here instead of a translation."""
        return not self.used and self.state is not State.SOURCE

    def as_dict(self) -> dict[str, object]:
        """Stable JSON form for a CMS."""
        return {
            "ref": self.ref,
            "kind": self.kind,
            "state": self.state.value,
            "used": self.used,
            "fallback": self.fallback,
            "source": self.source,
            "translation": self.translation,
            "problems": list(self.problems),
        }


@dataclass(frozen=True, slots=True)
class Localized:
    """An article in the target language and how much of it is really translated."""

    article: Article
    units: int
    fallbacks: int
    records: tuple[UnitResult, ...] = ()

    def tally(self) -> Tally:
        """How much of the article is really translated, counted once."""
        states = Counter((r.state, r.used) for r in self.records)
        broken = tuple(r for r in self.records if r.problems)
        return Tally(self.units, self.fallbacks, dict(states), broken)


@dataclass(frozen=True, slots=True)
class Tally:
    """How much of a localized article is really translated, without the article: what the
    publishing policy, reports and summaries read. Small on purpose: an export worker sends it
    back instead of the article and its unit records, which cost the receiving process more
    to unpickle than the export itself (``export --jobs 2`` of 2,000 articles: 3.8 → 3.4 s)."""

    units: int
    fallbacks: int
    states: dict[tuple[State, bool], int]  # (state, shown translated) → units
    broken: tuple[UnitResult, ...] = ()  # refused: broken placeholders or another check error

    @property
    def percent(self) -> float:
        """Share of the article's units shown translated (100 for an empty article)."""
        return 100.0 * (self.units - self.fallbacks) / self.units if self.units else 100.0

    def count(self, state: State, *, used: bool | None = None) -> int:
        """Units in ``state`` (and used or not, when ``used`` is given)."""
        return sum(
            n for (s, u), n in self.states.items() if s is state and (used is None or u is used)
        )


def localize(skel: Skeleton, translations: Mapping[str, str], lang: str) -> Localized:
    """The article in ``lang``: each segment replaced by its translation when there is one."""
    entries = {msgid: Entry(msgid=msgid, msgstr=msgstr) for msgid, msgstr in translations.items()}
    return localize_catalog(skel, entries, lang)


def catalog_entries(po: POFile) -> dict[str, Entry]:
    """The active, singular entries of a catalog by msgid."""
    return {
        e.msgid: e
        for e in po.entries
        if not e.obsolete and e.msgctxt is None and e.msgid_plural is None
    }


def _decide(
    segment: str,
    entry: Entry | None,
    include_fuzzy: bool,
    ref: str,
    kind: str,
    refused: tuple[str, ...] = (),
) -> UnitResult:
    """Whether one unit's translation is published, and why not: a unit with a check error
    (``refused``) is treated like an unreviewed one, its source text shown."""
    if entry is None or not entry.msgstr:
        return UnitResult(ref, kind, segment, "", State.UNTRANSLATED, False)
    state = State.FUZZY if entry.fuzzy else State.TRANSLATED
    if state is State.FUZZY and not include_fuzzy:
        return UnitResult(ref, kind, segment, entry.msgstr, state, False)
    if refused:
        return UnitResult(ref, kind, segment, entry.msgstr, state, False, refused)
    problems = compare(segment, entry.msgstr) if "<" in segment + entry.msgstr else []
    problems = [f"placeholders: {p}" for p in problems]
    return UnitResult(ref, kind, segment, entry.msgstr, state, not problems, tuple(problems))


def localize_catalog(
    skel: Skeleton,
    entries: Mapping[str, Entry],
    lang: str,
    *,
    include_fuzzy: bool = False,
    mark: bool = False,
    refused: Mapping[str, tuple[str, ...]] | None = None,
) -> Localized:
    """The article in ``lang`` from catalog entries, with a record of every unit's fate.

    With ``mark``, each sentence left in the source language is wrapped in a placeholder that
    the HTML writer draws as ``<span lang="fr">``, so a reader's browser (and screen reader)
    knows the language changed; the text and Markdown writers drop it. ``refused`` maps a
    msgid to the check errors that keep its translation out.
    """
    refused = refused or {}
    same = lang == skel.lang
    french = not same and base_language(lang) == "fr"  # a translation, not the source
    blocks, records = [], []
    for number, sb in enumerate(skel.blocks, 1):
        texts = []
        attrs = sb.attrs
        kind = sb.kind.value  # an enum's value is a property: read it once a block
        for index, seg in enumerate(sb.segments, 1):
            ref = f"block-{number}:{index}"
            if same:
                record = UnitResult(ref, kind, seg, seg, State.SOURCE, True)
            else:
                record = _decide(
                    seg, entries.get(seg), include_fuzzy, ref, kind, refused.get(seg, ())
                )
            records.append(record)
            if record.used:
                texts.append(french_spacing(record.translation) if french else record.translation)
            elif mark:
                text, attrs = _mark_source(seg, attrs, skel.lang)
                texts.append(text)
            else:
                texts.append(seg)
        blocks.append(Block(sb.kind, sb.join(texts), attrs))
    title = next((b.text.strip() for b in blocks if b.kind is BlockKind.TITLE), skel.title)
    article = Article(
        lang=lang,
        blocks=tuple(blocks),
        source_url=skel.source_url,
        title=title,
        published=skel.published,
        byline=skel.byline,
        site=skel.site,
    )
    fallbacks = sum(not r.used for r in records)
    return Localized(article, len(records), fallbacks, tuple(records))


def _mark_source(
    segment: str, attrs: tuple[tuple[str, str], ...], lang: str
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``segment`` wrapped in a new ``lang`` span placeholder, the block's attrs extended.

    A sentence whose own tokens are not balanced (a link running across two sentences) is
    left unwrapped: wrapping it would cross the pairs and lose the block's markup.
    """
    if not segment.strip() or ("<" in segment and structure_problems(segment)):
        return segment, attrs
    used = [
        int(name[len(PREFIX) :])
        for name, _ in attrs
        if name.startswith(PREFIX) and name[len(PREFIX) :].isdigit()
    ]
    number = max(used, default=0) + 1
    spec = Inline("span", (("lang", lang),))
    return f"<{number}>{segment}</{number}>", (*attrs, (f"{PREFIX}{number}", spec.to_json()))
