"""The opposites check: a word rendered by its opposite ("remarquables" → "disappointing",
"tăng" → "giảm", "des réseaux fermés" → "open networks").

A translation that reverses a word without a negation says the opposite of the source, and
no form check sees it: the negation check counts negations, and an antonym has none. The
concepts and their two poles are per-language data (``lexicon.OPPOSITES``); each side's
words are found in one pass with an Aho–Corasick automaton (pyahocorasick) over every form
of the language, where a regular expression of the same alternatives scans several times
slower. A unit whose two sides hold different numbers of negations is left to the negation
check: "not easy" says "difficult".
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.checks.lexicon import NEGATION_CUES, OPPOSITES, OPPOSITES_NEUTRAL
from l10n.checks.meaning import negations
from l10n.model.langtag import base_language


@lru_cache(maxsize=8)
def _automaton(lang: str) -> ahocorasick.Automaton:
    """Every form of ``lang``, each with its concept, pole and whether it is a stem."""
    automaton = ahocorasick.Automaton()
    for concept, poles in OPPOSITES.items():
        for pole, table in enumerate(poles):
            for form in table.get(lang, ()):
                word = form.rstrip("*")
                automaton.add_word(word, (word, concept, pole, form.endswith("*")))
    for form in OPPOSITES_NEUTRAL.get(lang, ()):
        word = form.rstrip("*")
        automaton.add_word(word, (word, None, 0, form.endswith("*")))
    automaton.make_automaton()
    return automaton


def poles(text: str, lang: str) -> dict[str, dict[int, str]]:
    """Per concept, the poles ``text`` holds with the first word of each: the longest forms,
    left to right, found as words."""
    lowered = lowercase(text)
    held: dict[str, dict[int, str]] = {}
    for last, (form, concept, pole, stem) in _automaton(lang).iter_long(lowered):
        start, end = last - len(form) + 1, last + 1
        if start and lowered[start - 1].isalpha():
            continue  # inside a word
        if stem:
            while end < len(lowered) and lowered[end].isalpha():
                end += 1  # a stem takes the rest of its word
        elif end < len(lowered) and lowered[end].isalpha():
            continue
        if concept is not None:
            held.setdefault(concept, {}).setdefault(pole, lowered[start:end])
    return held


@check(
    "opposites",
    Severity.WARNING,
    explain=(
        "A word rendered by its opposite, with as many negations on each side: 'des résultats "
        "remarquables' as 'disappointing results', 'tăng' as 'giảm', 'des réseaux fermés' as "
        "'open networks', 'peu qualifiés' as 'high-skilled', 'renforcer' as 'làm giảm'. "
        "Concepts and their two poles per language (more/less, hard/easy, important/minor, "
        "fast/slow, strong/weak, many/few, high/low, legal/illegal, add/remove, …) are data; "
        "a side holding both poles of a concept is not compared. Suppress when the "
        "translation says the same thing the other way round ('plus difficile' as 'less easy')."
    ),
)
def opposites(unit: Unit) -> list[str]:
    """A word of the source rendered by its opposite."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in NEGATION_CUES or t_lang not in NEGATION_CUES:
        return []
    source = poles(unit.source, s_lang)
    if not source or negations(unit.source, s_lang) != negations(unit.target, t_lang):
        return []  # a negation on one side turns a word into its opposite: the negation check's
    target = poles(unit.target, t_lang)
    found = []
    for concept in sorted(source.keys() & target.keys()):
        if len(source[concept]) == len(target[concept]) == 1 and source[concept].keys() != (
            target[concept].keys()
        ):
            (word,) = source[concept].values()
            (other,) = target[concept].values()
            found.append(f"'{word}' in the source, its opposite '{other}' in the translation")
    return found
