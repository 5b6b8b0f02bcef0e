"""Which old source sentence a changed sentence came from: the fuzzy-match search of an update.

A fuzzy suggestion is only worth a translator's time when the old sentence really is an earlier
version of the new one. ``msgmerge`` accepts any pair whose characters are 60 % alike, which
in news text pairs unrelated sentences that merely share function words. Here a candidate must
be close both in characters (typo fixes, changed figures) and in words (same vocabulary in the
same order), which the calibration on the shared corpus separates well: unrelated sentences
score below the threshold, a figure changed or a clause added or rewritten above it.
rapidfuzz does the scoring in C with length-based pruning, so thousands of sentences take
milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process, utils

# Characters alike (Indel ratio on case-folded alphanumerics) before a pair is considered.
CHAR_CUTOFF = 60.0
# Mean of the character and the word ratio a pair needs to become a fuzzy suggestion.
MATCH_CUTOFF = 72.0
# How many character-close candidates are re-ranked by words.
_SHORTLIST = 5


def _words(text: str) -> list[str]:
    return utils.default_process(text).split()


def score(old: str, new: str) -> float:
    """How alike two sentences are, 0 to 100 (the mean of character and word similarity)."""
    chars = fuzz.ratio(old, new, processor=utils.default_process)
    return (chars + fuzz.ratio(_words(old), _words(new))) / 2


def closest(queries: Sequence[str], choices: Sequence[str]) -> list[int | None]:
    """For each query, the index of its closest choice, or None when none is close enough."""
    if not choices:
        return [None] * len(queries)
    folded = [utils.default_process(c) for c in choices]
    words = [f.split() for f in folded]
    found: list[int | None] = []
    for query in queries:
        q_folded = utils.default_process(query)
        q_words = q_folded.split()
        best, best_score = None, MATCH_CUTOFF
        for _, chars, index in process.extract(q_folded, folded, scorer=fuzz.ratio,
                                               score_cutoff=CHAR_CUTOFF, limit=_SHORTLIST):
            total = (chars + fuzz.ratio(q_words, words[index])) / 2
            if total > best_score or (total == best_score and best is None):
                best, best_score = index, total
        found.append(best)
    return found
