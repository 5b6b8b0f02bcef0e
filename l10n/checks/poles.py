"""Which pole of which concept a text holds: "remarquables" is the good pole of "good",
"décevants" the other; "tăng" the first pole of "more", "giảm" the second.

The concepts and their poles are per-language data (``lexicon.OPPOSITES``). Each text's forms
are found in one pass with an Aho–Corasick automaton (pyahocorasick) over every form of its
language, where a regular expression of the same alternatives scans several times slower. The
opposites check compares the two sides' poles; the negation check excuses a negation said with
an antonym ("pas facile" for "difficult").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import ahocorasick

from l10n.checks.base import lowercase
from l10n.checks.cues import automaton
from l10n.checks.lexicon import OPPOSITES, OPPOSITES_FLIP, OPPOSITES_NEUTRAL

_FLIP = "flip"  # the concept of a word that turns the next into its opposite ("far from")


@lru_cache(maxsize=8)
def _automaton(lang: str) -> ahocorasick.Automaton:
    """Every form of ``lang``, each with whether it is a stem and the (concept, pole) pairs it
    says: most one, some several ("national" is the other pole of "international" and the
    first of "national" as against "local"); neutral forms have no concept, and the words that
    flip the next ("far from") the concept flip."""
    said: dict[str, tuple[bool, list[tuple[str | None, int]]]] = {}
    for word, stem, concept, pole in _entries(lang):
        said.setdefault(word, (stem, []))[1].append((concept, pole))
    return automaton(
        (word, (word, stem, tuple(meanings))) for word, (stem, meanings) in said.items()
    )


def _entries(lang: str) -> Iterator[tuple[str, bool, str | None, int]]:
    """Each form of ``lang`` without its stem mark, whether it is a stem, its concept and pole."""
    for concept, pair in OPPOSITES.items():
        for pole, table in enumerate(pair):
            for form in table.get(lang, ()):
                yield form.rstrip("*"), form.endswith("*"), concept, pole
    others: tuple[tuple[str | None, dict[str, tuple[str, ...]]], ...] = (
        (None, OPPOSITES_NEUTRAL),
        (_FLIP, OPPOSITES_FLIP),
    )
    for kind, forms in others:
        for form in forms.get(lang, ()):
            yield form.rstrip("*"), form.endswith("*"), kind, 0


def poles(text: str, lang: str) -> dict[str, dict[int, list[str]]]:
    """Per concept, the poles ``text`` holds with the words of each, in order: the longest
    forms, left to right, found as words; a pole right after a word that flips it ("far from
    simple", "bớt phức tạp") counts as the other one."""
    lowered = lowercase(text)
    held: dict[str, dict[int, list[str]]] = {}
    flip, flipped = 0, -1  # where the last flip starts, and where the word it turns would
    for last, (form, stem, meanings) in _automaton(lang).iter_long(lowered):
        start, end = last - len(form) + 1, last + 1
        if start and lowered[start - 1].isalpha():
            continue  # inside a word
        if stem:
            while end < len(lowered) and lowered[end].isalpha():
                end += 1  # a stem takes the rest of its word
        elif end < len(lowered) and lowered[end].isalpha():
            continue
        turned = start == flipped  # said with its flip: "bớt phức tạp"
        for concept, pole in meanings:
            if concept == _FLIP:
                flip, flipped = start, end + 1
            elif concept is not None and turned:
                held.setdefault(concept, {}).setdefault(1 - pole, []).append(lowered[flip:end])
            elif concept is not None:
                held.setdefault(concept, {}).setdefault(pole, []).append(lowered[start:end])
    return held


def opposed(source: str, s_lang: str, target: str, t_lang: str) -> list[tuple[str, str]]:
    """The words of ``source`` that ``target`` renders by their opposite, each with it: per
    concept and pole of the source, the target holds fewer words of that pole than the source
    does and more of the other ("chuẩn mực quốc tế" of a text naming "international" twice
    rendered "national standards" while the other stays "international"; "certains points
    de vue … toutes les formes" rendered "some views … some forms")."""
    mine = poles(source, s_lang)
    if not mine or not _may_oppose(mine, target, t_lang):
        return []  # the usual case: nothing to oppose, the target's poles left unread
    theirs = poles(target, t_lang)
    found = []
    for concept in sorted(mine.keys() & theirs.keys()):
        held, said = mine[concept], theirs[concept]
        for pole, words in held.items():
            other = said.get(1 - pole)
            # fewer of this pole than the source, and more of the other: when the source says
            # both ("certains points de vue … toutes les formes" as "some views … some forms")
            if (
                other
                and len(said.get(pole, ())) < len(words)
                and len(other) > len(held.get(1 - pole, ()))
            ):
                found.append((words[0], other[0]))
    return found


def _may_oppose(mine: dict[str, dict[int, list[str]]], target: str, t_lang: str) -> bool:
    """Whether ``target`` may render a concept of which the source holds one pole (``mine``)
    by the other: it holds a form of that other pole, or a word that flips the next ("bớt").
    False only where :func:`opposed` finds nothing, since every pole :func:`poles` reads is a
    form found in the text (a word turned by a flip too). A translation mostly says the
    source's pole: these few substring tests spare the pass over 7,220 of the bench's 7,372
    targets (opposites 117.9 -> 99.9 / 120.3 -> 102.3 ms, paired; the negation check, which
    asks too, then finds the target's automaton out of the processor's cache: +2 ms).

    The tests are plain ``for`` loops: a unit makes ~3 of them over a few forms each, and
    ``any(map(lowered.__contains__, ...))`` made a bound method, a map and an ``any`` call
    for each (the bench's 8,941 targets asked: 35.0 -> 29.0 ms, tight; opposites in the runner
    ~8-10 ms less of ~140, paired)."""
    lowered = lowercase(target)
    forms = _pole_forms(t_lang)
    for concept, held in mine.items():
        for pole in held:
            others = forms[concept][1 - pole]
            if len(held) == 1:
                for form in others:
                    if form in lowered:
                        return True
            # A source that says both poles is opposed only by a target saying the other more
            # often than it does: the forms' occurrences bound how often (425 of the bench's
            # sources say both poles, and their targets mostly too: 577 targets read, not 152).
            elif sum(map(lowered.count, others)) > len(held[1 - pole]):
                return True
    for flip in _flips(t_lang):  # noqa: SIM110  (no generator made per call)
        if flip in lowered:
            return True
    return False


@lru_cache(maxsize=8)
def _pole_forms(lang: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """The forms of ``lang`` of each concept's two poles, without their stem mark."""
    return {
        concept: (_bare(first.get(lang, ())), _bare(second.get(lang, ())))
        for concept, (first, second) in OPPOSITES.items()
    }


@lru_cache(maxsize=8)
def _flips(lang: str) -> tuple[str, ...]:
    """The words of ``lang`` that flip the next, without their stem mark."""
    return _bare(OPPOSITES_FLIP.get(lang, ()))


def _bare(forms: Iterable[str]) -> tuple[str, ...]:
    """``forms`` without their stem mark ("compliqu*" is "compliqu")."""
    return tuple(form.rstrip("*") for form in forms)
