"""The names check: a person, place, country, agency or ministry the source names, named
differently in the translation.

Two facts of news translation between French, English and Vietnamese carry it. A person's or
a Vietnamese place's name is kept letter for letter, marks and letter case aside ("Kendra
Rinas", "Viet Duc" = "Việt Đức", "Nguyễn Văn Long" = "Nguyen Van Long"): a run of capitalised
words that shares a word with a run of the other side, in the same place, and differs in
another ("Kendra Rinas" → "Kendra Rivas") is a name changed. Countries, big cities, news
agencies, ministries and companies are rendered in each language's own form ("Hanoï" = "Hà
Nội", "VNA" = "TTXVN", "britannique" = "UK" = "Anh"), so they are compared as entities: the
translation naming one the source does not name, of a class of which the source names one
the translation lacks ("au Vietnam" → "in Cambodia"), swapped it. Both are warnings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

from l10n.checks.base import Severity, Unit, check
from l10n.checks.lexicon import ENTITIES, ENTITY_AFTER_WORD, FUNCTION_WORDS, NAME_TITLES
from l10n.model.langtag import base_language


def _decomposed(text: str) -> str:
    """``text`` with its marks split off its letters (NFD), and "đ" written "d"."""
    return unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))


def _ascii(text: str) -> str:
    """``text`` without marks, letter case kept: "Việt Đức" → "Viet Duc"."""
    return _decomposed(text).encode("ascii", "ignore").decode("ascii")


def fold(text: str) -> str:
    """``text`` in lower case without marks: "Việt Đức" → "viet duc"."""
    return _ascii(text).lower()


def _unmarked(fragment: str) -> str:
    """A regular-expression fragment without Vietnamese marks, letter case kept."""
    return "".join(c for c in _decomposed(fragment) if not unicodedata.combining(c))


_Tree = dict[str, "_Tree"]


def _trie(forms: list[str]) -> str:
    """A pattern matching any of ``forms``, shaped as a letter tree so that the regex engine
    tries one branch per letter instead of every form (longest form first)."""
    tree: _Tree = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Tree) -> str:
        # a letter that is the only way on is written as it is, without a call per letter:
        # most of a name's letters (this tree is built in every process that checks names)
        chain = ""
        while len(node) == 1 and "" not in node:
            ((char, node),) = node.items()
            chain += char
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return re.escape(chain)
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return re.escape(chain) + (f"(?:{body})?" if "" in node else body)

    return pattern(tree)


class _Forms:
    """The entity forms of one language: by form, the entity; by entity, its forms; a pattern
    for the forms that start with a capital, and one for the others with the substrings that
    announce them. The patterns are compiled when first used: the source language's are
    seldom needed."""

    def __init__(self, lang: str) -> None:
        entity: dict[str, str] = {}
        for name, by_lang in ENTITIES.items():
            for key in (lang, "*"):
                for form in by_lang.get(key, "").split("|"):
                    if form:
                        entity[form] = entity[_unmarked(form)] = name
        self.entity = entity
        of: dict[str, list[str]] = {}
        for form, name in entity.items():
            of.setdefault(name, []).append(form)
        self.of = {name: tuple(forms) for name, forms in of.items()}
        self._capitals = [f for f in entity if f[0].isupper()]
        self._lowers = [f for f in entity if not f[0].isupper()]
        self.lower_cues = tuple(sorted({f[:6] for f in self._lowers}))
        # forms also found inside words (US, UK), or that count only after one (Anh)
        self.bounded = frozenset(
            f for f in self._capitals if len(f) <= 4 or f.isupper() or f in ENTITY_AFTER_WORD
        )

    def lower_cued(self, text: str) -> bool:
        """Whether ``text`` holds a substring announcing a form without a capital. Asked of
        every translation: a ``for`` loop, where ``any(map(text.__contains__, ...))`` made a
        bound method, a map and an ``any`` call each time (4.4 -> 2.7 ms over the bench's
        10,000 translations, tight; with ``_written``'s loops, names in the runner ~9 ms less of
        ~120, paired)."""
        for cue in self.lower_cues:  # noqa: SIM110  (no generator made per call)
            if cue in text:
                return True
        return False

    @cached_property
    def capital(self) -> re.Pattern[str]:
        return re.compile(_trie(self._capitals) + r"(?![\w-])")

    @cached_property
    def lower(self) -> re.Pattern[str]:
        return re.compile(_trie(self._lowers) + r"(?![\w-])" if self._lowers else r"(?!)")


@lru_cache(maxsize=16)
def _forms(lang: str) -> _Forms:
    return _Forms(lang)


def entities(text: str, lang: str, written: list[str] | None = None) -> list[str]:
    """The entities ``text`` names ("country:vn", "agency:vna"), each as often as it does;
    ``written``, when given, holds the forms with a capital already found in it."""
    forms = _forms(lang)
    if written is None:
        written = forms.capital.findall(text)
    if not forms.bounded.isdisjoint(written):
        found = _found(forms.capital, text, forms.entity)  # a form that needs its context
    else:
        found = [forms.entity[w] for w in written]
    if forms.lower_cued(text):
        found += _found(forms.lower, text, forms.entity)
    return found


def _written(entities: Iterable[str], text: str, lang: str) -> bool:
    """Whether ``text`` holds a form of each of ``entities`` in ``lang``, even inside a word: a
    few substring tests that spare most units the full search. The forms' table is looked up
    once for all of them, where a call an entity looked it up each time; the tests are ``for``
    loops, where ``all`` over a generator of ``any(map(text.__contains__, ...))`` made a
    generator, and a bound method, a map and an ``any`` call per entity (3.6 -> 1.7 ms on the
    3,848 bench units whose translation writes a capital form, tight)."""
    of = _forms(lang).of
    for entity in entities:
        for form in of.get(entity, ()):
            if form in text:
                break
        else:
            return False  # no form of this one
    return True


def _found(pattern: re.Pattern[str], text: str, entity: dict[str, str]) -> list[str]:
    """The entities of the forms ``pattern`` finds in ``text`` at the start of a word (the
    pattern starts with its letters, which the regex engine looks for fast; the test of what
    precedes comes after)."""
    found = []
    for match in pattern.finditer(text):
        at, form = match.start(), match.group(0)
        before = text[max(0, at - 2) : at]
        if before[-1:].isalnum() or before[-1:] in ("-", "_"):
            continue  # inside a word
        if form in ENTITY_AFTER_WORD and not (before[-1:] == " " and before[:1].isalpha()):
            continue
        found.append(entity[form])
    return found


# Runs of capitalised words. The capital of a sentence's first word is not one of a name.
# A word's letters are taken possessively (``*+``): giving one back can never let the space
# that follows match, and a capital that starts no run ("(DGR)", the "Le" of "Le budget")
# then fails at once instead of backtracking letter by letter.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ĶĐĂƠƯẠ-Ỹ"
_LONG_RUN = re.compile(rf"[{_UPPER}][\w-]*+(?: [{_UPPER}][\w-]*+)+")
_ASCII_RUN = re.compile(r"[A-Z][\w-]*+(?: [A-Z][\w-]*+)+", re.ASCII)
_OPENERS = (". ", "! ", "? ", "\n")

Run = list[tuple[str, bool]]  # folded words, and whether each opens a sentence
_FOLDED_WORD = re.compile(r"[\w-]+")


def _runs(text: str) -> list[Run]:
    """Runs of two or more capitalised words, folded, titles ("Mme", "Bà") left out."""
    if not _LONG_RUN.search(text):
        return []  # the usual case, found without folding the text
    plain = _ascii(text)
    runs = []
    for match in _ASCII_RUN.finditer(plain):
        at = match.start()
        opens = at == 0 or plain[max(0, at - 2) : at].endswith(_OPENERS)
        words = [(w, i == 0 and opens) for i, w in enumerate(match.group(0).lower().split())]
        while words and words[0][0] in NAME_TITLES:
            words = words[1:]
        if len(words) >= 2:
            runs.append(words)
    return runs


# Words that open sentences: capitalised there, they are no part of a name.
_COMMON = frozenset(fold(w) for table in FUNCTION_WORDS.values() for w in table)


def _opening(word: str, opens: bool, other: str, other_opens: bool) -> bool:
    """Whether two aligned words of runs cannot be compared because one opens a sentence: both
    do (the translation of a first word, "Hier" and "Yesterday"), or the one that does is a
    common word ("Le Vietnam"). A name that opens one side only is compared ("Mme Kendra
    Rinas" and "Kandra Rinas, IOM…")."""
    if opens and other_opens:
        return True
    return (opens and word in _COMMON) or (other_opens and other in _COMMON)


def _names(runs: list[str], lang: str) -> list[str]:
    """The ``runs`` of capitalised words that may be a person's name, as written, titles left
    out ("Kendra Rinas" of "Mme Kendra Rinas"); runs that are an entity's form ("Le Vietnam",
    "Tay Ninh", "Nations Unies") left out."""
    entity = _forms(lang).entity
    names = []
    for run in runs:
        if run in entity or run.partition(" ")[2] in entity:
            continue
        names.append(" ".join(w for w in run.split() if w.lower() not in NAME_TITLES))
    return names


def _reordered(words: list[str], runs: list[Run]) -> str | None:
    """The run of ``runs`` that holds ``words`` in another order, as a string; None if none."""
    for run in runs:
        mine = [w for w, _ in run]
        if mine != words and sorted(mine) == sorted(words):
            return " ".join(mine)
    return None


class _Folded:
    """The folded words of a unit's two sides, read when first asked for (a word differs)."""

    def __init__(self, source: str, target: str) -> None:
        self._sides = (source, target)

    @cached_property
    def source(self) -> set[str]:
        return set(_FOLDED_WORD.findall(fold(self._sides[0])))

    @cached_property
    def target(self) -> set[str]:
        return set(_FOLDED_WORD.findall(fold(self._sides[1])))


def _misaligned(s_run: Run, t_run: Run, folded: _Folded) -> bool:
    """Whether ``t_run``, aligned with ``s_run`` on a word they share, differs from it in a
    word the other side lacks, neither word opening a sentence."""
    s_words, t_words = [w for w, _ in s_run], [w for w, _ in t_run]
    shared = next((w for w in s_words if w in t_words), None)
    if shared is None:
        return False
    shift = t_words.index(shared) - s_words.index(shared)
    for at, (word, opens) in enumerate(s_run):
        other = at + shift
        if not 0 <= other < len(t_run) or _opening(word, opens, *t_run[other]):
            continue
        if t_words[other] != word and (
            word not in folded.target and t_words[other] not in folded.source
        ):
            return True
    return False


def _changed_names(source: str, target: str, lang: str) -> list[str]:
    """Names of the source changed in the translation: a run aligned on a shared word with a
    run of the other side, that differs there in a word the other side lacks (neither word
    opening a sentence), or that holds the same words in another order."""
    runs = _LONG_RUN.findall(source)
    if not runs or all(map(target.__contains__, _names(runs, lang))):
        return []  # no run (the usual case), or each name of it in the translation as written
    source_runs = _runs(source)
    target_runs = _runs(target) if source_runs else []
    folded = _Folded(source, target)
    problems = []
    for s_run in source_runs:
        s_words = [w for w, _ in s_run]
        if any([w for w, _ in t_run] == s_words for t_run in target_runs):
            continue  # written as the source writes it
        swapped = _reordered(s_words, target_runs)
        if swapped:  # "Rinas Kendra" for "Kendra Rinas"
            problems.append(f"name '{' '.join(s_words)}' written '{swapped}' in the translation")
            continue
        problems += [
            f"name '{' '.join(s_words)}' written '{' '.join(w for w, _ in t_run)}' in the "
            "translation"
            for t_run in target_runs
            if _misaligned(s_run, t_run, folded)
        ]
    return problems


# The titles a speaker's label opens with, as written ("Mme", "Ms.", "Bà") and folded.
_TITLES = NAME_TITLES | {"bà", "ông", "chị", "cô", "chú", "bác"}
_LABEL = 48  # a speaker's label ends with its colon within the text's first characters


def speaker(text: str) -> tuple[tuple[str, ...], str]:
    """The name's words of the speaker's label ``text`` opens with (a title, a capitalised
    name, a colon), titles left out, and the text after the label: "Mme Kendra Rinas :
    Premièrement, …" is (("Kendra", "Rinas"), "Premièrement, …"); ((), ``text``) when it opens
    with none ("Chapter Two: …" is a heading). The names and number-words checks both read a
    unit's label; it is not remembered, since on nearly every text one ``find`` answers, in
    less time than looking the text up (hashing it) would take."""
    colon = text.find(":", 0, _LABEL)
    if colon == -1 or not text[colon + 1 : colon + 2].isspace():
        return (), text  # no colon near the start: the usual case
    words = text[:colon].split()
    if not 2 <= len(words) <= 5 or words[0].rstrip(".").lower() not in _TITLES:
        return (), text
    if not all(w[:1].isupper() for w in words):
        return (), text
    name = tuple(w for w in words[1:] if w.rstrip(".").lower() not in _TITLES)
    return name, text[colon + 1 :].lstrip()


def _speaker_lost(unit: Unit) -> list[str]:
    """The speaker's label of the source, none of whose name's words the translation holds
    ("Mme Kendra Rinas : Premièrement, …" rendered "First, …")."""
    name, _ = speaker(unit.source)
    if not name or any(map(unit.target.__contains__, name)):
        return []  # no label, or its name as written: the usual cases
    target = fold(unit.target)
    if any(fold(w) in target for w in name):
        return []
    return [f"the speaker '{' '.join(name)}' left out of the translation"]


# A capitalised word of six letters or more: a name a typing slip may change ("Microsoft").
# The capital first and what precedes it tested after (as ``\b`` would), so that the regex
# engine skips ahead to capitals: half the time of a leading ``\b``.
_CAPITALISED = re.compile(r"[A-Z](?<!\w[A-Z])[a-z][A-Za-z]{4,}\b")


def _slipped(source: str, s_lang: str, target: str, t_lang: str) -> list[str]:
    """A capitalised word of the source the translation writes with one letter left out, added
    or swapped with the next ("Microsft", "Microsfot" for "Microsoft"): a typing slip, not a
    translation (cognates differ by a letter changed: "Organisation", "Organization")."""
    theirs = _CAPITALISED.findall(target)  # mostly none: no comprehension made for it
    theirs = theirs and [o for o in theirs if o not in source]
    if not theirs:
        return []  # every such word of the translation is the source's: the usual case
    missing = [w for w in _CAPITALISED.findall(source) if w not in target]
    mine, other = _forms(s_lang).entity, _forms(t_lang).entity
    return [
        f"name '{word}' written '{typed}' in the translation"
        for word in sorted(set(missing))
        for typed in sorted(set(theirs))
        if typed[0] == word[0]
        and abs(len(typed) - len(word)) <= 1
        and _slip(word, typed)
        and not (mine.get(word) and mine.get(word) == other.get(typed))
    ]


def _slip(word: str, typed: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter left out or added, or two neighbours
    swapped."""
    short, long_ = sorted((word, typed), key=len)
    if len(long_) == len(short) + 1:
        at = next(
            (i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short)
        )
        return short[at:] == long_[at + 1 :]
    if len(word) != len(typed):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, typed, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (word[diff[0]], word[diff[1]]) == (typed[diff[1]], typed[diff[0]])
    )


# Kinds of entity a translation does not add: it may name the country or the city the source
# means ("the country" as "Vietnam"), not credit another agency ("TTXVN/AFP") or a company.
_NEVER_ADDED = frozenset({"agency", "company"})


@check(
    "names",
    Severity.WARNING,
    explain=(
        "A name changed. Person and Vietnamese place names are kept letter for letter, marks "
        "and letter case aside: 'Kendra Rinas' written 'Kendra Rivas', 'Việt Đức' written "
        "'Việt Dũng'. Countries, cities, news agencies, ministries, companies and mass "
        "organisations (the Women's Union, the Fatherland Front) may take each "
        "language's form ('Hanoï' = 'Hà Nội', 'VNA' = 'TTXVN', 'britannique' = 'UK'), but not "
        "another entity's: the translation names one the source does not ('in Cambodia' for "
        "'au Vietnam', 'AFP' for 'VNA', 'Ministry of Labour' for 'ministère de la Santé') "
        "where the source names one of the same class it lacks, or a news agency or a company "
        "the source does not name at all ('TTXVN/AFP' for 'VNA'). A speaker's label that opens the "
        "source ('Mme Kendra Rinas : …') must name the speaker in the translation too, and a "
        "name is not typed with a letter left out or two swapped ('Microsft'). Suppress "
        "for a name the "
        "translation spells differently on purpose."
    ),
)
def names(unit: Unit) -> list[str]:
    """A person, place, country, agency or ministry of the source named differently."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    problems = _changed_names(unit.source, unit.target, s_lang) + _speaker_lost(unit)
    problems += _slipped(unit.source, s_lang, unit.target, t_lang)
    forms = _forms(t_lang)
    written = forms.capital.findall(unit.target)  # most units name no entity
    # The entities of the forms written, whatever their context: those the translation names
    # and more. When the source writes each and no form without a capital is announced, it
    # writes each the translation names, and the forms' context need not be read (a second
    # pass over the 2,194 bench translations with IOM or TTXVN; names 131.0 -> 119.4 and
    # 126.6 -> 113.7 ms, paired). A translation writing no capital form (6,152 bench units) is
    # not asked for a set of none; with the label's and the slips' early returns and one
    # lookup of the forms for all entities, names 109.0 -> 102.4 / 111.5 -> 101.0 ms, paired.
    if not forms.lower_cued(unit.target) and (
        not written or _written({forms.entity[w] for w in written}, unit.source, s_lang)
    ):
        return problems
    named = entities(unit.target, t_lang, written)
    if named and not _written(set(named), unit.source, s_lang):
        # an entity of the translation's not found yet
        got, want = Counter(named), Counter(entities(unit.source, s_lang))
        # one the source does not name, put where the source names one of its class more
        # often than the translation ("in Laos" for "au Vietnam", Vietnam named again later)
        for extra in sorted(got.keys() - want.keys()):
            kind = extra.split(":")[0]
            lost = sorted(e for e in want - got if e.startswith(kind + ":"))
            if lost:
                problems.append(
                    f"{kind} '{extra.split(':')[1]}' in the translation, "
                    f"'{lost[0].split(':')[1]}' in the source"
                )
            elif kind in _NEVER_ADDED:
                problems.append(f"{kind} '{extra.split(':')[1]}' in the translation only")
    return problems
