"""What a fuzzy suggestion may get wrong: numbers, negation and names that changed in the source.

A translation carried over from an earlier version of a sentence reads fluently, so a reviewer
easily accepts it even when the correction was exactly the figure, a "not" or a name. These
checks compare the previous source text with the new one and say what differs, so the fuzzy
entry carries a translator comment pointing at it.
"""

from __future__ import annotations

import re
from collections import Counter

from l10n.model.langtag import base_language

# A number with its thousands and decimal separators (1 200, 1.200, 3,5, 25/1/2017 is three).
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_SEPARATORS = re.compile(r"[.,\u00a0\u202f ]")
_WORD = re.compile(r"\w+")  # l’OIM is two words, like n’a
_CONTRACTED_NOT = re.compile(r"\w(?:n['’]t)\b", re.IGNORECASE)

NEGATIONS = {
    "fr": frozenset("ne n pas jamais aucun aucune sans non ni rien nul nulle guère".split()),
    "en": frozenset("not no never none nor without cannot neither nobody nothing".split()),
    "vi": frozenset("không chưa chẳng chả đừng chớ".split()),
}
# Words that start a sentence or follow a colon are capitalised anyway; only later ones count.
_ENTITY_START = re.compile(r"(?:^|[.!?:;«»\"“”(—–-]\s*)$")


def numbers(text: str) -> Counter[str]:
    """The numbers of a text, separators removed (``1 200`` and ``1.200`` are both 1200)."""
    return Counter(_SEPARATORS.sub("", m) for m in _NUMBER.findall(text))


def negations(text: str, lang: str) -> int:
    """How many negation words a sentence holds."""
    words = NEGATIONS.get(base_language(lang), frozenset())
    plain = sum(t.lower() in words for t in _WORD.findall(text))
    return plain + len(_CONTRACTED_NOT.findall(text))


def entities(text: str) -> Counter[str]:
    """Capitalised words not at a sentence start, and acronyms: a cheap proxy for names."""
    found: Counter[str] = Counter()
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        acronym = len(word) > 1 and word.isupper()
        if acronym or not _ENTITY_START.search(text[: match.start()]):
            found[word] += 1
    return found


def _listed(items: Counter[str]) -> str:
    return ", ".join(sorted(items.elements())) or "none"


def differences(previous: str, new: str, lang: str) -> list[str]:
    """One line per kind of change a reviewer must check (empty when none is seen)."""
    notes = []
    old_n, new_n = numbers(previous), numbers(new)
    if old_n != new_n:
        notes.append(
            f"numbers differ from the previous source: "
            f"{_listed(old_n - new_n)} → {_listed(new_n - old_n)}"
        )
    old_neg, new_neg = negations(previous, lang), negations(new, lang)
    if old_neg != new_neg:
        notes.append(
            f"negation differs from the previous source ({old_neg} → {new_neg} negative words)"
        )
    old_e, new_e = entities(previous), entities(new)
    if old_e != new_e:
        notes.append(
            f"names differ from the previous source: "
            f"{_listed(old_e - new_e)} → {_listed(new_e - old_e)}"
        )
    return notes
