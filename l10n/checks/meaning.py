"""Checks on meaning that form checks miss: a negation dropped, a unit or multiplier changed,
a domain name mistyped, a list item left out.

The word lists are data, per language, in :mod:`l10n.checks.lexicon`; this module only
compares what each side holds. The heuristics are warnings (a person decides); a changed
domain name breaks an address, so it is an error like a changed URL.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick

from l10n.checks.amounts import same_in_other_unit
from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.checks.cues import automaton
from l10n.checks.lexicon import (
    COUNT_WORDS,
    CUE_BOUNDARY,
    DEPRIVES,
    LIST_ALSO,
    LIST_JOINERS,
    LIST_LAST,
    LIST_OPENERS,
    LOOSE_SOFT,
    MINOR_WORDS,
    MULTIPLIER_CUES,
    MULTIPLIERS,
    NEGATION,
    NEGATION_CUES,
    NEGATION_WORD_CUES,
    NEGATIVE_WORDS,
    NEGLECTS,
    PRIVATIVES,
    RATES,
    RESTRICTIVES,
    SENTENCE_INTROS,
    SERIES_OPENERS,
    UNIT_NUMBER_WORDS,
    UNITS,
    UNLESS,
)
from l10n.checks.markup import EMAIL_RE, URL_RE, host_only, may_hold_url
from l10n.checks.names import speaker
from l10n.checks.poles import opposed
from l10n.checks.spans import blank
from l10n.checks.text import LENGTH_RATIO
from l10n.model.langtag import base_language
from l10n.model.placeholders import strip

_FLAGS = re.IGNORECASE


# The letters every match of a language's ``strong`` and ``idioms`` patterns opens with
# (tests/test_checks_meaning.py reads them off the patterns). In a look-ahead before the
# pattern, one test turns away every other character, where the regex engine would try each
# alternative's \b or look-behind at every character: the French strong pattern reads a text
# in 6 us instead of 16.
_OPENING: dict[str, tuple[str, str]] = {
    "fr": ("ajnprs", "fnpqs"),
    "en": ("cnw", "nw"),
    "vi": ("cđkn", "chks"),
}
# The characters every match of a language's strong pattern has second ("ne", "n'", "pas",
# "aucun", "không", "chưa", "can't", "never": the test reads them off too). The first letters
# are among each language's most frequent; in the look-ahead, this second test turns away most
# places they stand: a cued French bench source is read in 3.6 us instead of 5.7, a Vietnamese
# translation in 1.65 instead of 1.95, an English treebank sentence in 2.0 instead of 2.3.
_SECOND = {"fr": "aeiou'’", "en": "aeio'’", "vi": "hếừ"}


@lru_cache(maxsize=16)
def _negation(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The strong, idiom and soft patterns of ``lang``, matched on lower-case text."""
    table, (strong, idioms) = NEGATION[lang], _OPENING[lang]
    return (
        re.compile(f"(?=[{strong}][{_SECOND[lang]}])(?:{table['strong']})"),
        re.compile(f"(?=[{idioms}])(?:{table['idioms']})"),
        re.compile(table["soft"]),
    )


@lru_cache(maxsize=16)
def _loose(lang: str) -> re.Pattern[str]:
    """The ``soft`` words of ``lang`` too loose to render a word negative by its meaning."""
    return re.compile(LOOSE_SOFT.get(lang, r"(?!)"))


_MARKER, _WORD, _NEGATIVE = "marker", "word", "negative"  # what a cue word is a cue of


@lru_cache(maxsize=16)
def _cue_words(lang: str) -> ahocorasick.Automaton | None:
    """The cues of ``lang``'s negation markers (NEGATION_CUES; NEGATION_WORD_CUES, which
    count after a boundary only) and its words negative by their meaning, each with its length
    and what it is a cue of: one pass over a text finds them all, where a test per cue scanned
    it once each (16 to 23 tests; 4.0 -> 1.2 us a French text)."""
    kinds: dict[str, set[str]] = {}
    for kind, cues in (
        (_MARKER, NEGATION_CUES[lang]),
        (_WORD, NEGATION_WORD_CUES.get(lang, ())),
        (_NEGATIVE, NEGATIVE_WORDS.get(lang, ())),
    ):
        for cue in cues:
            kinds.setdefault(cue, set()).add(kind)
    return automaton((c, (len(c), frozenset(k))) for c, k in kinds.items()) if kinds else None


def _cued(text: str, lang: str) -> tuple[bool, bool]:
    """Whether ``text`` holds a cue of a negation marker of ``lang``, and whether a word
    negative by its meaning: one pass, several times cheaper than the patterns it spares."""
    marker = negative = False
    found = _cue_words(lang)
    lowered = lowercase(text)
    for end, (size, kinds) in found.iter(lowered) if found else ():
        at = end - size + 1
        if _MARKER in kinds or (_WORD in kinds and (at == 0 or lowered[at - 1] in CUE_BOUNDARY)):
            marker = True
        negative = negative or _NEGATIVE in kinds
    return marker, negative


def _plain(text: str, lang: str) -> str:
    """``text`` in lower case without placeholders and without the idioms of ``lang`` that
    carry a negation marker without negating."""
    return _negation(lang)[1].sub(" ", lowercase(strip(text)))  # lower-cased by the runner


def _strong(plain: str, lang: str) -> int:
    """How many grammatical negations the idiom-free ``plain`` holds."""
    return len(_negation(lang)[0].findall(plain))


def _soft(plain: str, lang: str) -> int:
    """How many words negating by their meaning (impossible, thiếu) ``plain`` holds."""
    return len(_negation(lang)[2].findall(plain))


def negations(text: str, lang: str) -> int:
    """How many grammatical negations ``text`` holds, read as the negation check reads them
    (idioms such as "plus … que jamais" or "không khí" left out)."""
    return _strong(_plain(text, lang), lang) if _cued(text, lang)[0] else 0


def _firm(plain: str, lang: str) -> int:
    """How many of those are no loose soft word ("prevention" is one): what can render a word
    negative by its meaning on the other side."""
    loose = _loose(lang)
    return sum(not loose.fullmatch(m.group(0)) for m in _negation(lang)[2].finditer(plain))


@check(
    "negation",
    Severity.WARNING,
    explain=(
        "A negation on one side and none on the other: 'cũng không thể xem nhẹ' rendered 'cũng có "
        "thể xem nhẹ', 'We cannot fight' as 'We can fight'. Markers per language (fr ne…pas/plus/"
        "jamais/rien, aucun, sans; en not, n't, no, never, without; vi không, chưa, chẳng, đừng, "
        "chớ) are counted after idioms that carry a marker without negating (fr ne…que, sans "
        "doute; vi không khí, chẳng hạn; en not only, no matter, never been more); a word that "
        "negates by its meaning (impossible, unable, thiếu, cấm) on the other side also counts, "
        "unless that side renders it with such a word of its own ('apatrides' = 'không quốc "
        "tịch': a 'chưa' added elsewhere is one too many). "
        "A side whose only negation is such a word (insuffisante, interdisant, illegal, "
        "unnecessary, hardly) needs a negation of some kind on the other: 'reste insuffisante' "
        "rendered 'vẫn tương xứng', or 'nécessaire' rendered 'unnecessary', says the opposite. "
        "A negation said with an antonym is none lost ('pas facile' as 'difficult', 'complexe' "
        "as 'không hề đơn giản'). "
        "A double negation with a privative word ('ne … sans', 'cannot … without') may be "
        "said affirmatively with a word of restriction ('can only be fought with', 'chỉ khi "
        "… mới'), and so may a negated verb of neglect ('ne … pas négliger' as 'is equally "
        "important'; kept without its negation, 'cũng có thể xem nhẹ', it is the opposite), or "
        "a negated verb that takes away ('No victim may be denied equal access' for 'All "
        "victims must have equal access'); a closing 'không?' asks a question. "
        "Suppress when the translation expresses the negation another way."
    ),
    cues=(NEGATION_CUES, NEGATION_WORD_CUES, NEGATIVE_WORDS),
)
def negation(unit: Unit) -> list[str]:
    """A negation present in one side and absent from the other."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in NEGATION or t_lang not in NEGATION:
        return []
    (s_cued, s_negative), (t_cued, t_negative) = (
        _cued(unit.source, s_lang),
        _cued(unit.target, t_lang),
    )
    negative = (s_negative, t_negative)
    if not s_cued and not t_cued:
        return _negative_word_lost(unit, s_lang, t_lang, negative)  # no marker either side: usual
    source = _plain(unit.source, s_lang) if s_cued else None
    target = _plain(unit.target, t_lang) if t_cued else None
    want = _strong(source, s_lang) if source is not None else 0
    got = _strong(target, t_lang) if target is not None else 0
    if want == got:
        return [] if want else _negative_word_lost(unit, s_lang, t_lang, negative)
    # A side's soft words excuse the other side's extra markers only as far as the other side
    # does not render them with soft words of its own ("apatrides et mineurs" is "người không
    # quốc tịch và người chưa thành niên": a "chưa" added elsewhere is still one too many).
    source = _plain(unit.source, s_lang) if source is None else source
    target = _plain(unit.target, t_lang) if target is None else target
    more, fewer = (source, s_lang, unit.source), (target, t_lang, unit.target)
    if got > want:
        more, fewer = fewer, more
    if _said_otherwise(more, fewer, abs(want - got)):
        return []
    if abs(want - got) == 1 and opposed(unit.source, s_lang, unit.target, t_lang):
        return []  # the negation said with an antonym: "pas facile" is "difficult"
    soft_s, soft_t = _soft(source, s_lang), _soft(target, t_lang)
    firm_s, firm_t = _firm(source, s_lang), _firm(target, t_lang)
    # A loose soft word renders a loose one ("prevent" as "ngăn chặn"): that one then excuses
    # no extra marker ("… ngăn chặn mua bán người là điều không cần thiết" for "It is
    # essential to … prevent human trafficking").
    both_loose = min(soft_s - firm_s, soft_t - firm_t)
    if want > got and got + max(0, soft_t - firm_s - both_loose) < want:
        return [f"{want} negation(s) in the source, {got} in the translation"]
    if got > want and want + max(0, soft_s - firm_t - both_loose) < got:
        return [f"{got} negation(s) in the translation, {want} in the source"]
    return []


_NEVER = re.compile(r"(?!)")  # a language without a table finds nothing

# "Still" rendered "not yet": "doit encore être mieux coordonné" is "is not yet coordinated well
# enough", "vẫn chưa được phối hợp đủ tốt"; a negation only in that form is no negation added.
_STILL = {
    "fr": re.compile(r"\bencore\b"),
    "en": re.compile(r"\bstill\b"),
    "vi": re.compile(r"\b(?:vẫn|còn)\b"),
}
_NOT_YET = {
    "fr": re.compile(r"\bpas encore\b"),
    "en": re.compile(r"\bnot yet\b|\byet to\b"),
    "vi": re.compile(r"\bchưa\b"),
}


def _said_otherwise(more: tuple[str, str, str], fewer: tuple[str, str, str], extra: int) -> bool:
    """Whether the ``extra`` negation markers of one side say what the other says without them
    (each side: its idiom-free lower-case text, its language and its text as written): a
    double negation with a privative word said affirmatively ("ne … sans" as "only with"); a
    negation with "unless" ("cannot … unless" says "must … to"); a negated verb of neglect
    ("ne … pas négliger" as "is equally important", where one kept without its negation,
    "cũng có thể xem nhẹ", is the opposite); a negated verb that takes away ("No victim may be
    denied equal access" for "All victims must have equal access"); or "not yet" for "still"
    ("doit encore être mieux coordonné" as "is not yet coordinated well enough")."""
    plain, lang, _ = more
    other_plain, other_lang, other = fewer
    if extra == 2:
        return _affirmed(plain, lang, other, other_plain, other_lang)
    return extra == 1 and (
        re.search(UNLESS.get(lang, "(?!)"), plain) is not None
        or (_neglects(plain, lang) and not _neglects(other_plain, other_lang))
        or (_deprives(plain, lang) and not _deprives(other_plain, other_lang))
        or (
            _NOT_YET.get(lang, _NEVER).search(plain) is not None
            and _STILL.get(other_lang, _NEVER).search(other_plain) is not None
        )
    )


def _deprives(plain: str, lang: str) -> bool:
    """Whether ``plain`` (lower case) holds a verb that takes away (priver, deny, tước)."""
    return re.search(DEPRIVES.get(lang, "(?!)"), plain) is not None


def _neglects(plain: str, lang: str) -> bool:
    """Whether ``plain`` (lower case) holds a verb of neglect (négliger, overlook, xem nhẹ)."""
    return re.search(NEGLECTS.get(lang, "(?!)"), plain) is not None


def _affirmed(plain: str, lang: str, other: str, other_plain: str, other_lang: str) -> bool:
    """Whether the double negation of ``plain`` (a privative word, "sans", and another) is
    said affirmatively by ``other``: with a word of restriction ("only", "chỉ … mới") and no
    word negative by its meaning."""
    return (
        re.search(PRIVATIVES.get(lang, "(?!)"), plain) is not None
        and re.search(RESTRICTIVES.get(other_lang, "(?!)"), lowercase(other)) is not None
        and not _soft(other_plain, other_lang)
    )


def _negative_word_lost(
    unit: Unit, s_lang: str, t_lang: str, negative: tuple[bool, bool]
) -> list[str]:
    """A word negative by its meaning ("insuffisante", "interdisant", "unnecessary") on one
    side, without a negation marker, and no negation of any kind on the other: the translation
    says the opposite ("reste insuffisante" → "vẫn tương xứng", "nécessaire" → "unnecessary").
    ``negative``: whether each side holds a cue of such a word (:func:`_cued`); the usual
    case is neither."""
    lost = _lone_negative_word(unit.source, s_lang, unit.target, t_lang) if negative[0] else None
    if lost:
        return [f"'{lost}' in the source, no negation in the translation"]
    added = _lone_negative_word(unit.target, t_lang, unit.source, s_lang) if negative[1] else None
    if added:
        return [f"'{added}' in the translation, no negation in the source"]
    return []


def _lone_negative_word(text: str, lang: str, other: str, other_lang: str) -> str | None:
    """The word of ``text`` negative by its meaning when ``other`` holds no negation at all;
    ``text`` holds a cue of one."""
    cues = NEGATIVE_WORDS.get(lang, ())
    lowered = _plain(text, lang)  # an idiom's word is none: "không thể thiếu" is essential
    if not any(map(lowered.__contains__, cues)):
        return None
    plain = lowercase(strip(other))  # idioms kept: "người chưa thành niên" is negative
    if _negation(other_lang)[0].search(plain):
        return None
    if _firm(plain, other_lang):
        return None
    cue = next(c for c in cues if c in lowered)
    word = re.search(rf"\w*{re.escape(cue)}\w*", lowered)
    return word.group(0) if word else cue


# A number not glued to a word or a decimal before it. Written digit first, the test of what
# precedes after it, so that the regex engine skips ahead to digits instead of trying the
# look-behind at every character. Its digits are never given back (possessive): a unit opens
# with none of a digit, a separator or a space (a test checks UNITS), so no unit could match
# after fewer of them, and the engine need not try at each digit.
_NUMBER = r"\d(?<![\w.,]\d)\d*+(?:[.,\u00a0\u202f ]\d++)*+"


def _kinds(lang: str) -> str:
    """The units of ``lang``, a named group per kind."""
    return "|".join(f"(?P<{kind}>{forms[lang]})" for kind, forms in UNITS.items() if lang in forms)


# The characters every unit of a language opens with (tests/test_checks_meaning.py reads them
# off UNITS). In a look-ahead after a number, one test turns away a number that no unit
# follows ("2025 (TTXVN)", "1,2 tỷ"), where the regex engine tried each unit there, letter
# case ignored: the number+unit pattern reads a bench text in 2.5 us instead of 3.
_UNIT_OPENING = {"en": "acdhkmstwy°", "fr": "adhjkmst°", "vi": "cghkmnpt°đ"}


# Each pattern is built on first use: a process that never reads a kind of unit anywhere, or
# units after a number in words, never compiles those patterns.
@lru_cache(maxsize=16)
def _after_number(lang: str) -> re.Pattern[str]:
    """A number followed by a unit, the kind named by the group that matched."""
    units = f"(?=[{_UNIT_OPENING[lang]}])(?:{_kinds(lang)})"
    return re.compile(rf"{_NUMBER}(?:\s|-|\u00a0|\u202f)?{units}(?!\w)", _FLAGS)


@lru_cache(maxsize=16)
def _after_words(lang: str) -> re.Pattern[str] | None:
    """A number in words followed by a unit ("trois semaines"), the kind named by the group."""
    said = UNIT_NUMBER_WORDS.get(lang)
    return re.compile(rf"(?<!\w)(?:{said})[\s-](?:{_kinds(lang)})(?!\w)", _FLAGS) if said else None


@lru_cache(maxsize=64)
def _named(lang: str, kind: str) -> re.Pattern[str] | None:
    """The unit ``kind`` of ``lang`` anywhere."""
    words = UNITS.get(kind, {}).get(lang)
    return re.compile(rf"(?<![^\W\d_])(?:{words})(?!\w)", _FLAGS) if words else None


def _attached(text: str, lang: str) -> set[str]:
    """Kinds of unit written right after a number in ``text``, dates and URLs left out."""
    return {m.lastgroup for m in _after_number(lang).finditer(blank(text, lang)) if m.lastgroup}


def units_after_words(text: str, lang: str) -> set[str]:
    """Kinds of unit written right after a number in words ("trois semaines", "một tháng"),
    dates blanked first ("tháng Bảy năm 2025" is a date). The number-words check asks, once
    it has found number words in a source: the units check reads digits only."""
    in_words = _after_words(lang)
    if in_words is None or not in_words.search(text):
        return set()  # no unit after a number word: no dates to blank
    return {m.lastgroup for m in in_words.finditer(blank(text, lang)) if m.lastgroup}


def names_unit(text: str, lang: str, kind: str) -> bool:
    """Whether ``text`` names the unit ``kind`` anywhere."""
    named = _named(lang, kind)
    return named is not None and named.search(text) is not None


@check(
    "units",
    Severity.WARNING,
    digits=True,
    explain=(
        "A unit next to a number on one side (km, m, kg, tonnes, ha, °C, years, months, weeks, "
        "days, hours, minutes) that the other side does not name at all: '25 years' rendered "
        "'25 months', '12 km' rendered '12' (after a number in words, 'trois semaines' "
        "rendered 'ba tháng', it is the number-words check's). A span said in another unit "
        "('deux ans': '24 months'; '30 km': 'about 19 miles') or an English age without "
        "'years' ('aged 18 to 35') is no loss. Money, percent and scale words (million, tỷ) "
        "are the numbers check's. A rate counted per another period is a unit changed too: "
        "'16 heures par jour' rendered '16 hours a week'."
    ),
)
def units(unit: Unit) -> list[str]:
    """A unit next to a number on one side and absent from the other."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in UNITS["km"] or t_lang not in UNITS["km"]:
        return []
    problems = []
    for kind in sorted(_attached(unit.source, s_lang)):
        if not names_unit(unit.target, t_lang, kind) and not same_in_other_unit(
            kind, unit.source, s_lang, unit.target, t_lang
        ):
            problems.append(f"unit '{kind}' of the source not in the translation")
    for kind in sorted(_attached(unit.target, t_lang)):
        if not names_unit(unit.source, s_lang, kind) and not same_in_other_unit(
            kind, unit.target, t_lang, unit.source, s_lang
        ):
            if kind == "year" and _minor_age(unit.source, s_lang, unit.target):
                continue  # "mineurs" said "người dưới 18 tuổi", "under 18 years of age"
            problems.append(f"unit '{kind}' in the translation, not in the source")
    mine = _rates(unit.source, s_lang)  # mostly none: the translation's are not read then
    theirs = _rates(unit.target, t_lang) if mine else set()
    if mine and theirs and mine.isdisjoint(theirs):  # "par jour" rendered "a week"
        problems.append(
            f"per {'/'.join(sorted(mine))} in the source, "
            f"per {'/'.join(sorted(theirs))} in the translation"
        )
    return problems


@lru_cache(maxsize=8)
def _rate_finder(lang: str) -> ahocorasick.Automaton | None:
    """Every rate phrase of ``lang`` with its period, found in one pass: most units hold
    none, and a pattern of all of them was tried at every letter."""
    periods = RATES.get(lang, {})
    phrases = [(phrase, period) for period, forms in periods.items() for phrase in forms]
    return automaton((phrase, (phrase, period)) for phrase, period in phrases) if phrases else None


def _rates(text: str, lang: str) -> set[str]:
    """The periods ``text`` counts a rate per ("par jour" → day, "weekly" → week, "giờ/ngày"
    → day), each phrase found as whole words (one opening with "/" follows its unit)."""
    finder = _rate_finder(lang)
    if finder is None:
        return set()
    lowered = lowercase(text)
    found = set()
    for end, (phrase, period) in finder.iter(lowered):
        start = end + 1 - len(phrase)
        before = "" if phrase[0] == "/" else lowered[start - 1 : start]
        if not before.isalnum() and not lowered[end + 1 : end + 2].isalnum():
            found.add(period)
    return found


_EIGHTEEN = re.compile(r"(?<![\d.,])18(?![\d.,]\d)")  # the number 18, not 2018 or 1.800


def _minor_age(source: str, lang: str, target: str) -> bool:
    """Whether ``source`` names minors and ``target`` their age, 18: the years after it are an
    age, said for the word."""
    cues = MINOR_WORDS.get(lang, ())
    return _EIGHTEEN.search(target) is not None and any(map(lowercase(source).__contains__, cues))


# The characters every form of a factor opens with, per language (tests/test_checks_meaning.py
# reads them off MULTIPLIERS). In a look-ahead before the forms, one test turns away every
# other character, where the regex engine tried the look-behind and each form, letter case
# ignored, at every character: a cued French bench text is searched for the five factors in
# 15 us instead of 21.5, a Vietnamese one in 17.5 instead of 22.
_FACTOR_OPENING: dict[int, dict[str, str]] = {
    2: {"fr": "2dm", "en": "2dmt", "vi": "2ghnt"},
    3: {"fr": "3mt", "en": "3mt", "vi": "3bgn"},
    4: {"fr": "4mq", "en": "4fmq", "vi": "4bg"},
    5: {"fr": "5cmq", "en": "5fmq", "vi": "5g"},
    10: {"fr": "1dm", "en": "1mt", "vi": "1gm"},
}


@lru_cache(maxsize=16)
def _multiplier_res(lang: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """Each factor of ``lang`` with the pattern of its forms."""
    return tuple(
        (
            factor,
            re.compile(
                rf"(?=[{_FACTOR_OPENING[factor][lang]}])(?<!\w)(?:{forms[lang]})(?!\w)", _FLAGS
            ),
        )
        for factor, forms in MULTIPLIERS.items()
        if lang in forms
    )


def factors(text: str, lang: str) -> set[int]:
    """The multiplying factors ``text`` states (doubled → 2, gấp ba → 3)."""
    base = base_language(lang)
    if not any(map(lowercase(text).__contains__, MULTIPLIER_CUES.get(base, ()))):
        return set()
    return {f for f, pattern in _multiplier_res(base) if pattern.search(text)}


@check(
    "multipliers",
    Severity.WARNING,
    explain=(
        "A multiplier changed, added or lost: 'more than tripled' rendered 'more than doubled', "
        "'gấp ba' for 'doublé'. Words per language for ×2, ×3, ×4, ×5 and ×10 (double, twice, "
        "deux fois, gấp đôi; triple, trois fois, gấp ba…) are compared as sets."
    ),
    cues=(MULTIPLIER_CUES,),
)
def multipliers(unit: Unit) -> list[str]:
    """A different multiplying factor (double, triple, gấp đôi, gấp ba) on each side."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in MULTIPLIERS[2] or t_lang not in MULTIPLIERS[2]:
        return []
    want, got = factors(unit.source, s_lang), factors(unit.target, t_lang)
    if want == got:
        return []
    shown = ", ".join(f"×{f}" for f in sorted(want)) or "none"
    return [
        f"multiplier {', '.join(f'×{f}' for f in sorted(got)) or 'none'} in the "
        f"translation, {shown} in the source"
    ]


# A bare domain (no scheme, no www.) with a known top-level domain, or a social handle.
# The top-level domain is matched in lower case only: "frontières.De plus", a missing space,
# is no address. A label (1 to 63 letters, digits and hyphens, a hyphen at neither end) is
# read whole, never given back (possessive): it must end at its dot, which it cannot hold, so
# the engine need not give back a character at a time from every word's end (a text holding a
# dot and a letter: 6.8 -> 4.8 us).
_DOMAIN = re.compile(
    r"(?<![\w@./-])(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}+(?<!-)\.)+"
    r"(?:vn|com|org|net|int|fr|gov|edu|info|io|uk|eu|news|tv|asia|me|co|be|ch|ca|de|us)"
    r"(?![\w-])"
)
_DOT_LETTER = re.compile(r"\.[a-z]")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}\b")


def _addresses(text: str) -> Counter[str]:
    """Bare domains and handles in ``text``, URLs and e-mail addresses left out."""
    found: Counter[str] = Counter()
    if may_hold_url(text):
        # a scheme before a bare domain leaves it the address it was: congdanso.edu.vn
        found.update(host for url in URL_RE.findall(text) if (host := host_only(url)))
        text = URL_RE.sub(" ", text)
    if "@" in text:
        text = EMAIL_RE.sub(" ", text)
    found.update(m.lower() for m in _DOMAIN.findall(text))
    if "@" in text:
        found.update(m.lower() for m in _HANDLE.findall(text))
    return found


@check(
    "domains",
    Severity.ERROR,
    explain=(
        "Bare domain names (congdanso.edu.vn, no scheme) and handles (@IOMVietnam) copied "
        "unchanged, compared like URLs (letter case aside): one changed character sends readers "
        "elsewhere."
    ),
)
def domains(unit: Unit) -> list[str]:
    """Bare domain names and handles copied as they are."""
    source, target = unit.source, unit.target
    if not (
        _DOT_LETTER.search(source) or _DOT_LETTER.search(target) or "@" in source or "@" in target
    ):
        return []  # no "x.y" without a space and no "@": no domain, no handle
    want, got = _addresses(unit.source), _addresses(unit.target)
    if want == got:
        return []
    problems = [f"address {a} missing or changed" for a in sorted((want - got).elements())]
    problems += [f"address {a} not in the source" for a in sorted((got - want).elements())]
    return problems


_MIN_ITEMS = 3  # a list of at least this many items (two separators) is watched
_SHORT_ONE = 0.72  # one separator fewer and shorter than this share of the norm: flagged
_SHORT_MANY = 0.85  # two or more fewer and shorter than this share: flagged
_MIN_SERIES = 4  # a series without a list word is watched from this many items
# An item of such a series is this many words at most (Vietnamese words are syllables).
_SERIES_WORDS = {"fr": 5, "en": 5, "vi": 7}


@check(
    "omission",
    Severity.WARNING,
    explain=(
        "A list item or clause left out: an enumeration the source opens with a list word "
        "(notamment, telles que, including, such as, gồm, trong đó có, a colon or a dash) has "
        "three items or more and the translation's has fewer; a series of four short items or "
        "more ('appliquer …, mener …, renforcer …, cibler … et exploiter …') has fewer in the "
        "translation (a French or English source: Vietnamese also writes word pairs with a "
        "comma, 'phòng, chống'); a series of three items or more that each open with the same "
        "kind of word ('de diffuser …, de sensibiliser … et d'encourager …', 'các chính phủ, "
        "các tổ chức … và các doanh nghiệp') has fewer in a translation with fewer "
        "separators; or the source lists three items "
        "or more (commas, semicolons, and/et/và; a quotation's own punctuation aside) and the "
        "translation has two separators fewer "
        "and is shorter than 85 % of the language pair's norm, or one fewer and below 72 %. "
        "A translation that announces its list with a count ('the three groups concerned: A, B, "
        "C and D') must list as many items. Suppress when the translation regroups the list."
    ),
)
def omission(unit: Unit) -> list[str]:
    """An item of a list or a clause left out of the translation."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in LIST_JOINERS or t_lang not in LIST_JOINERS:
        return []
    miscounted = _miscounted(unit.target, t_lang) if ":" in unit.target else None
    if miscounted:
        return [miscounted]
    want = _items(_unquoted(unit.source), s_lang)  # placeholders hold no separator
    if want < _MIN_ITEMS:
        return []
    got = _items(_unquoted(unit.target), t_lang)
    # The translation's dashes are counted only where it has more separators than the source
    # (940 of the bench's 5,453 units asked): as many or fewer is read for an enumeration
    # whatever its dashes.
    enumerates = got <= want or got - _dashes(unit.target, t_lang) <= want
    listed = _listed(unit.source, s_lang) if enumerates else 0
    if listed >= _MIN_ITEMS:
        theirs = _listed(unit.target, t_lang, opening=True)
        # A translation with more separators than the source only for the dashes that set
        # an enumeration of its own off ("all those concerned — A, B and C — will") is read
        # for it too.
        if theirs < listed and (got <= want or theirs >= _MIN_ITEMS):
            return [f"an enumeration of {listed} items in the source has fewer in the translation"]
    if got > want:
        return []  # more separators than the source: no enumeration looked for
    alike = _alike(unit.source, s_lang) if got < want else 0
    if alike >= _MIN_ITEMS and (
        max(
            _alike(unit.target, t_lang),
            _series(_past_intro(unit.target, t_lang), t_lang, True, _MIN_ITEMS),
        )
        < alike
    ):
        return [f"a series of {alike} items in the source has fewer in the translation"]
    # Vietnamese writes word pairs with a comma ("bộ, ngành"): a translation into it may count
    # as many separators as the source with an item fewer.
    fewer = got < want or (got == want and t_lang == "vi")
    series = _series(unit.source, s_lang) if fewer and s_lang != "vi" else 0
    if series >= _MIN_SERIES and _series(unit.target, t_lang, long_last=True) < series:
        return [f"a series of {series} items in the source has fewer in the translation"]
    if got == want:
        return []
    ratio = (
        len(strip(unit.target))
        / max(1, len(strip(unit.source)))
        / LENGTH_RATIO.get((s_lang, t_lang), 1.0)
    )
    # Correct translations of the bundled article lose at most one separator, and only
    # while staying longer than 0.75 of the norm; a dropped item loses one and shortens.
    # Between its en and vi translations, one loses two at 0.92 of the norm.
    if (got == want - 1 and ratio >= _SHORT_ONE) or ratio >= _SHORT_MANY:
        return []
    return [
        f"{got} items or clauses for {want} in the source, and {ratio:.0%} of the "
        "expected length: something may be left out"
    ]


@lru_cache(maxsize=8)
def _announced(lang: str) -> re.Pattern[str]:
    """A count of ``lang`` and at most eight words before a colon, then what follows up to
    the sentence's end: "three groups concerned: A, B and C"."""
    counts = "|".join(sorted(COUNT_WORDS.get(lang, {}), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,])({counts}|[2-8])(?![\w.,])((?:\s+[^\s\d:;.!?,]+){{1,8}})\s*:\s*([^.!?]+)"
    )


def _miscounted(text: str, lang: str) -> str | None:
    """The finding for a list a translation announces with a count and gives more or fewer
    items of ("the three groups concerned: citizens, foreigners, stateless persons and
    minors", "bốn việc: A, B, C, D và E"): a count kept while an item was dropped or added,
    or a count changed. Only a list of two short items or more (a long item may hold commas
    of its own: "deux ponts : le Carquinez Bridge, sur lequel passe …, et …"), after a
    speaker's label if any."""
    if lang not in COUNT_WORDS:
        return None
    _, head = speaker(text)
    found = _announced(lang).search(lowercase(head))
    if found is None:
        return None
    count, listed = found.group(1), found.group(3)
    said = COUNT_WORDS[lang].get(count) or int(count)
    last = "|".join(re.escape(j.strip()) for j in LIST_LAST.get(lang, ()))
    marks = ";" if ";" in listed else ","  # semicolons part items that hold commas
    items = [i for i in re.split(rf"\s*{marks}\s*(?:(?:{last})\s+)?|\s+(?:{last})\s+", listed) if i]
    if len(items) < _MIN_LISTED or max(len(i.split()) for i in items) > _ITEM_WORDS:
        return None  # no list ("gấp ba lần: từ 296 lên 1.096"), or items too long to count
    if len(items) == said:
        return None
    return f"the translation announces {said} items and lists {len(items)}"


_MIN_LISTED = 2
_ITEM_WORDS = 6  # an item of a list announced with a count is at most this long


_INTRO_WORDS = 6  # a phrase opening a sentence before a comma is at most this long


def _past_intro(text: str, lang: str) -> str:
    """``text`` after the phrase that opens it before a comma (:data:`SENTENCE_INTROS`: "Theo
    IOM, cần …" is "cần …"), a speaker's label aside; ``text`` when it opens with none. A
    translation's series read generously must not count the phrase as its first item:
    "Trong thời gian tới, chúng tôi đẩy mạnh A và B" lists two."""
    _, head = speaker(text)
    if not lowercase(head).startswith(SENTENCE_INTROS.get(lang, ())):
        return text
    intro, comma, rest = head.partition(",")
    return rest if comma and len(intro.split()) <= _INTRO_WORDS else text


_CLAUSE_END = re.compile(r"[.;!?()“”«»\"–—]| - ")
_ENDS = '.;:!?()“”«»"–—'  # a series' clause ends, and " - "; it does not run over a colon
_SERIES_END = re.compile(f"[{_ENDS}]")


def _listed(text: str, lang: str, opening: bool = False) -> int:
    """Items of the longest enumeration that a list word opens (notamment, including, gồm, a
    colon or a dash): separators up to the word joining the last item, plus two; 0 if none.
    ``opening``: also one that opens the text before any list word, as a translation may put
    first the items the source lists after one ("The police, border services … and special
    forces – all part of law enforcement – are …")."""
    plain = strip(text)
    lowered = lowercase(plain)  # the runner's cue pass lower-cased it already
    openers = _list_words(lang)
    found = [(end - len(w) + 1, w) for end, w in openers.iter(lowered)] if openers else []
    best = 0
    if opening:
        first = min((at for at, _opener in found), default=-1)
        head = lowered if first == -1 else lowered[:first]
        best = _enumerated(_CLAUSE_END.split(head, maxsplit=1)[0], lang)
    for at, opener in found:
        if opener != ":" or not all(w[:1].isupper() for w in plain[:at].split()):
            span = _CLAUSE_END.split(lowered[at + len(opener) :], maxsplit=1)[0]
            best = max(best, _enumerated(span, lang))
    return best


@lru_cache(maxsize=16)
def _list_words(lang: str) -> ahocorasick.Automaton | None:
    """The list words of ``lang`` (LIST_OPENERS): every place one stands in a text, found in
    one pass where a search per word scanned the text once each (most texts hold none)."""
    openers = LIST_OPENERS[lang]
    return automaton((opener, opener) for opener in openers) if openers else None


def _enumerated(span: str, lang: str) -> int:
    """Items listed at the start of ``span``: "a, b et c" is 3, "a, ainsi que b et c" is 3,
    "a, b, and c" is 3; 0 without a joining word."""
    last = [at for at in map(span.find, LIST_LAST[lang]) if at != -1]
    also = [at for at in map(span.find, LIST_ALSO[lang]) if at != -1]
    end = min(last) if last else max(also, default=-1)
    if end == -1:
        return 0
    head = span[:end]
    separators = head.count(",") + sum(head.count(a) - head.count("," + a) for a in LIST_ALSO[lang])
    return separators + 2 - head.rstrip().endswith(",")


def _series(text: str, lang: str, long_last: bool = False, least: int = _MIN_SERIES) -> int:
    """Items of the longest series of ``text`` that no list word opens ("nous devons appliquer
    a, mener b, renforcer c et exploiter d"): counted back from the word joining the last item
    over the comma-separated runs of at most :data:`_SERIES_WORDS` words, plus the run before
    them and the last item; 0 if none of :data:`_MIN_SERIES` items or more (a shorter one is
    never watched, on either side). A longer run is the clause the series sits in, and the
    clause's first run is never counted apart: an opening "Depuis 2019, l'OIM et ses
    partenaires" is no series of three. ``long_last``: the item before the joining word may
    be twice as long, as a translation's may ("…, go after the money flows of criminals and
    use technology"); the source's series is read strictly, the translation's generously.
    ``least``: the fewest items counted (a translation's series of three answers a source's
    whose items open alike, see :func:`_alike`).

    A series that long needs ``least`` - 2 separators: a text with fewer is passed over before
    its clauses are split, and so is one without a word of LIST_ALSO and without their shape
    (:func:`_series_shape`: a series' shape is rare, 515 of the bench's 4,485 sources walked
    have it; omission 136 -> 121 ms, paired)."""
    lowered = lowercase(strip(text))  # the runner and _listed have lower-cased it already
    # the words adding an item as a comma does, counted once for both tests (a separate
    # count and test cost omission 2-4 ms on the bench)
    also = sum(map(lowered.count, LIST_ALSO[lang]))
    if lowered.count(",") + also < least - 2:
        return 0
    if not also and least >= 3 and not _series_shape(lang, long_last, least).search(lowered):
        return 0
    runs = max((_short_runs(head, lang, long_last) for head, _ in _joins(lowered, lang)), default=0)
    return runs + 2 if runs and runs + 2 >= least else 0


@lru_cache(maxsize=16)
def _series_shape(lang: str, long_last: bool, least: int) -> re.Pattern[str]:
    """The shape of the series :func:`_series` counts in a text without a word of LIST_ALSO:
    in one clause (a spaced hyphen left in: a looser shape), a comma, ``least`` - 3 runs of at
    most :data:`_SERIES_WORDS` words each followed by a comma, then the last such run (twice as
    long with ``long_last``), commas and spaces, and a word joining the last item. A run's
    words are taken whole (possessive), and a middle run's spaces too: a run stops only at a
    comma. The last run gives its spaces back, since the joining word opens with one."""
    most = _SERIES_WORDS.get(lang, 5)
    words = rf"(?:[^\s,{_ENDS}]++\s*)"
    middle = rf"\s*+(?:[^\s,{_ENDS}]++\s*+){{0,{most}}}+,"
    last = rf"\s*{words}{{0,{2 * most if long_last else most}}},*\s*"
    joiners = "|".join(map(re.escape, LIST_LAST[lang]))
    return re.compile(f",{middle * (least - 3)}{last}(?:{joiners})")


_OPENING_WORD = re.compile(r"[dl]['’]|\w+")
_ALIKE_WORDS = 10  # an item that opens as the others do is at most this long


def _alike(text: str, lang: str) -> int:
    """Items of the longest series of ``text`` whose items open with the same kind of word
    (:data:`SERIES_OPENERS`: "de diffuser …, de sensibiliser … et d'encourager …", "les
    connaissances, les ressources et les compétences"), counted back from the word joining the
    last item over the comma-separated runs of at most :data:`_ALIKE_WORDS` words that open so,
    plus the first item; 0 if none. Such items are a list however long each is, where
    :func:`_series` must take a long run for the clause around the series."""
    lowered = lowercase(strip(text))
    if "," not in lowered:
        return 0  # the middle items are separated by commas
    runs = max((_alike_runs(head, tail, lang) for head, tail in _joins(lowered, lang)), default=0)
    return runs + 2 if runs else 0


def _alike_runs(head: str, tail: str, lang: str) -> int:
    """How many comma-separated runs end ``head`` (a clause up to a joining word) that open
    as ``tail`` (the last item, after the joining word) does, each of at most
    :data:`_ALIKE_WORDS` words, its first run aside: the middle items of a series."""
    openers = SERIES_OPENERS[lang]

    def kinds(run: str) -> set[str]:
        word = _OPENING_WORD.match(run.lstrip())
        kind = openers.get(word.group(0)) if word else None
        return set(kind.split("+")) if kind else set()

    kind = kinds(tail)
    if not kind:
        # a last item whose opening word is of no kind has no run opening alike: 0 before
        # the runs are split (_alike 11.1 -> 9.9 ms on the 967 bench texts it reads)
        return 0
    runs = 0
    for run in reversed(head.rstrip().rstrip(",").split(",")[1:]):
        if kind.isdisjoint(kinds(run)) or len(run.split()) > _ALIKE_WORDS:
            break
        runs += 1
    return runs


def _joins(lowered: str, lang: str) -> Iterator[tuple[str, str]]:
    """Each place a word joining the last item of a series stands in a clause of ``lowered``
    (placeholders left out), as the clause before it and after it. A spaced hyphen ends a
    clause as a dash does: made a period, the ends are one character class, which the regex
    engine skips ahead to (an alternative holding a space it tries at every space)."""
    for clause in _SERIES_END.split(lowered.replace(" - ", ".")):
        for joiner in LIST_LAST[lang]:
            at = clause.find(joiner)
            while at != -1:
                yield clause[:at], clause[at + len(joiner) :]
                at = clause.find(joiner, at + 1)


def _short_runs(head: str, lang: str, long_last: bool) -> int:
    """How many short comma-separated runs end ``head`` (the clause up to a joining word),
    its first run aside: the middle items of a series."""
    head = head.rstrip().rstrip(",")
    for also in LIST_ALSO[lang]:
        head = head.replace(also, ",")
    runs, most = 0, _SERIES_WORDS.get(lang, 5)
    for run in reversed(head.split(",")[1:]):
        longest = 2 * most if long_last and not runs else most
        if len(run.split()) > longest or _opens(run, lang):
            break  # the clause around the series, or its first item
        runs += 1
    return runs


def _opens(run: str, lang: str) -> bool:
    """Whether ``run`` holds a list word ("including the police"): the series' first item."""
    openers = _list_words(lang)
    return openers is not None and next(openers.iter(f" {run} "), None) is not None


_DASH_MARKS = ("–", "—", "-")
# The joiners of LIST_JOINERS that are a dash or a hyphen between spaces (setting a clause off
# as commas do), and the others, the words.
_DASH_JOINERS = {
    lang: tuple(j for j in joiners if j.strip() in _DASH_MARKS)
    for lang, joiners in LIST_JOINERS.items()
}
_WORD_JOINERS = {
    lang: tuple(j for j in joiners if j not in _DASH_JOINERS[lang])
    for lang, joiners in LIST_JOINERS.items()
}


def _dashes(text: str, lang: str) -> int:
    """The spaced dashes of ``text``, which :func:`_items` counts as separators (the joiners
    of :data:`LIST_JOINERS` that are dashes)."""
    return sum(map(text.count, _DASH_JOINERS[lang]))


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"|‘[^’]*’")


def _unquoted(text: str) -> str:
    """``text`` without what it quotes: a quotation's punctuation is the quotation's ("Human
    trafficking is organised crime – let's act" or ": let's act"), no item or clause of the
    sentence it stands in."""
    return _QUOTED.sub(" ", text) if any(q in text for q in '«“"‘') else text


def _items(text: str, lang: str) -> int:
    """Items of a list or clauses: one more than the commas, semicolons and joining words.
    A dash is rare (a hyphen stands in 1,418 of the bench's 10,000 sources, "–" in 152): the
    dashes are counted only in a text holding one of :data:`_DASH_MARKS`, each tested as one
    character, several times cheaper than a count (1.28 -> 1.10 us a French bench text, 1.47
    -> 1.12 a Vietnamese one; the test as ``any(map(...))`` costs what it spares)."""
    joined = sum(map(text.count, _WORD_JOINERS[lang]))  # lower case mid-sentence
    if "–" in text or "—" in text or "-" in text:  # _DASH_MARKS, one test each
        joined += _dashes(text, lang)
    return text.count(",") + text.count(";") + joined + 1
