"""Which checks a text gives something to look at: one pass over it for the cue words of all.

Most units hold no negation, no multiplier and no relative date, and the checks of those
would each scan both sides for their cue words only to find nothing. A check declares the
tables its first test reads (``@check(..., cues=[lexicon.MULTIPLIER_CUES])``), or the tables
it reads on the source only (``source_cues``: a number the source writes in words); the runner
reads every declared word of a language in one pass of an Aho–Corasick automaton
(pyahocorasick) a side and skips the checks none of whose words that side holds. On the bench's
10,000 units this spares about a tenth of the checks' time (``benchmarks/README.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ahocorasick

from l10n.checks.base import Check, CueTable
from l10n.checks.lexicon import CUE_BOUNDARY, NEGATION_WORD_CUES

# Tables whose words count only at a text's start or after a CUE_BOUNDARY character, as
# lexicon says of NEGATION_WORD_CUES (the "ne " of "une " is no cue): read so, the "une " of
# 1,574 of the bench's French sources no longer lets them into the negation check for nothing
# (2,990 -> 1,416 units; the negation check in the runner 58.4 -> 44.8 ms on 10,000 units).
AT_WORD_START: tuple[CueTable, ...] = (NEGATION_WORD_CUES,)


def automaton(words: Iterable[tuple[str, Any]]) -> ahocorasick.Automaton:
    """An Aho–Corasick automaton of ``words`` (each a string and what it stands for): every one
    found in a text in one pass, where a test per word scans the text once each (the cue words
    of the checks, the poles of the opposites, the date and number cues)."""
    found = ahocorasick.Automaton()
    for word, value in words:
        found.add_word(word, value)
    found.make_automaton()
    return found


class CueFinder:
    """The checks of ``checks`` whose cue words of ``lang`` a lower-case text holds: a source
    (``source``), or a translation, which reads no check's ``source_cues``."""

    def __init__(self, checks: Iterable[Check], lang: str, source: bool = False) -> None:
        # per word, the checks it is a cue of anywhere, and those it is a cue of at a word's
        # start only (AT_WORD_START)
        ids: dict[str, tuple[set[str], set[str]]] = {}
        for chk in checks:
            for table in (*chk.cues, *chk.source_cues) if source else chk.cues:
                bounded = any(table is t for t in AT_WORD_START)
                for word in table.get(lang, ()):
                    ids.setdefault(word, (set(), set()))[bounded].add(chk.id)
        self._automaton = (
            automaton(
                (w, (len(w), frozenset(anywhere), frozenset(bounded - anywhere)))
                for w, (anywhere, bounded) in ids.items()
            )
            if ids
            else None
        )

    def held(self, lowered: str) -> frozenset[str]:
        """The ids of the checks one of whose words ``lowered`` holds (a word of a table of
        AT_WORD_START at a word's start)."""
        found: frozenset[str] = frozenset()
        if self._automaton is not None:
            for end, (size, anywhere, bounded) in self._automaton.iter(lowered):
                found |= anywhere
                if bounded and (end < size or lowered[end - size] in CUE_BOUNDARY):
                    found |= bounded
        return found
