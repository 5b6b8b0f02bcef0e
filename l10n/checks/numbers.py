"""Numbers compared by value, each text read with its own locale's CLDR symbols.

French writes ``1 380`` and ``3,5 %``, Vietnamese ``1.380`` and ``3,5%``, English ``1,380`` and
``3.5%``: a character-level comparison (what pofilter does) flags correct translations and
misses a Vietnamese ``1,380`` that means 1.38. Here each number is parsed with the decimal and
group symbols Babel gives for its language, scaled by a following word (``milliard``,
``billion``, ``tỷ``), and the two sides are compared as multisets of values. Dates and times
are left to the dates check; small numbers may be spelled out on the other side.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import ahocorasick

from l10n.checks.amounts import halves, same_in_other_unit, same_measure, shares
from l10n.checks.base import Doubtful, Severity, Unit, check, lowercase
from l10n.checks.cues import automaton
from l10n.checks.lexicon import (
    AMBIGUOUS_NUMBER_WORDS,
    NUMBER_WORD_CUES,
    OPENING_RANKS,
    ORDINAL_ADVERBS,
)
from l10n.checks.meaning import factors, names_unit, units_after_words
from l10n.checks.names import speaker
from l10n.checks.spans import blank
from l10n.checks.spelled import roman_values, spelled_values
from l10n.locale import month_numbers, number_symbols
from l10n.model.langtag import base_language

_DIGIT = re.compile(r"\d")
# A run of digits written "\d\d*", not "\d+": a pattern that opens with a repeat gets no first
# character for the engine to skip ahead to, and is tried at every position of the text; this
# one skips to the digits (1.7 -> 1.0 us a bench translation, read on both sides of every
# unit with digits).
_RUN = re.compile(r"\d\d*")
_NON_DIGIT = re.compile(r"\D")

# Scale words per language: a number followed by one of them is multiplied. French "billion"
# is 10^12 (long scale); "bn" and "m" are English newsroom abbreviations.
_SCALES: dict[str, dict[str, int]] = {
    "fr": {
        "mille": 3,
        "million": 6,
        "millions": 6,
        "milliard": 9,
        "milliards": 9,
        "billion": 12,
        "billions": 12,
        "md": 9,
        "mds": 9,
    },
    "en": {
        "thousand": 3,
        "million": 6,
        "millions": 6,
        "billion": 9,
        "billions": 9,
        "trillion": 12,
        "trillions": 12,
        "bn": 9,
        "m": 6,
        "k": 3,
    },
    "vi": {
        "nghìn": 3,
        "ngàn": 3,
        "vạn": 4,
        "triệu": 6,
        "tỷ": 9,
        "tỉ": 9,
        "nghìn tỷ": 12,
        "ngàn tỷ": 12,
    },
}

# Small numbers a translator may spell out; their absence on one side is then not an error.
_WORDS: dict[str, dict[str, int]] = {
    "fr": dict(
        zip(
            "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze".split(),
            (0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
            strict=True,
        )
    ),
    "en": dict(
        zip(
            "zero one two three four five six seven eight nine ten eleven twelve".split(),
            range(13),
            strict=True,
        )
    ),
    "vi": dict(
        zip("không một hai ba bốn năm sáu bảy tám chín mười".split(), range(11), strict=True)
    ),
}
_WORDS["en"] |= {"first": 1, "second": 2, "third": 3, "single": 1, "dozen": 12, "twice": 2}
_WORDS["fr"] |= {
    "premier": 1,
    "première": 1,
    "second": 2,
    "seconde": 2,
    "deuxième": 2,
    "douzaine": 12,
}
_WORDS["vi"] |= {"nhất": 1, "thứ nhất": 1, "thứ tư": 4, "hai mươi": 20, "chục": 10}
_WORDS["en"] |= {"both": 2}
# Spans of years said as a fraction of a century or as a decade ("25 ans" = "a quarter of a
# century" = "một phần tư thế kỷ"; "10 ans" = "a decade").
_WORDS["en"] |= {
    "decade": 10,
    "quarter century": 25,
    "quarter-century": 25,
    "quarter of a century": 25,
    "half a century": 50,
    "half-century": 50,
}
_WORDS["fr"] |= {"décennie": 10, "quart de siècle": 25, "demi-siècle": 50}
_WORDS["vi"] |= {"thập kỷ": 10, "thập niên": 10, "phần tư thế kỷ": 25, "nửa thế kỷ": 50}
# Several decades: "20 ans" = "two decades" = "deux décennies" = "hai thập kỷ".
_DECADE_WORDS = ("decades", "décennies", "thập kỷ", "thập niên")
_DECADES = re.compile(rf"(\w+)\s+(?:{'|'.join(_DECADE_WORDS)})(?!\w)")
# Fractions name their denominator: "un tiers" = "1/3" = "một phần ba".
_WORDS["en"] |= {"half": 2, "halves": 2, "thirds": 3, "quarter": 4, "quarters": 4}
_WORDS["fr"] |= {"moitié": 2, "demi": 2, "tiers": 3, "quart": 4, "quarts": 4}
# A minor is under 18 (the age of majority in France, Vietnam, Britain and the US): "mineurs"
# may be "under-18s" or "người dưới 18 tuổi".
_WORDS["fr"] |= dict.fromkeys(("mineur", "mineurs", "mineure", "mineures"), 18)
_WORDS["en"] |= dict.fromkeys(("minor", "minors", "underage"), 18)
_WORDS["vi"] |= dict.fromkeys(("chưa thành niên", "vị thành niên"), 18)
# Parts of a year hold their months: "premier semestre 2025" = "6 tháng đầu năm 2025".
_WORDS["fr"] |= {"semestre": 6, "semestres": 6, "trimestre": 3, "trimestres": 3}
_WORDS["en"] |= {"semester": 6, "half-year": 6, "first half": 6, "second half": 6}
_WORDS["vi"] |= {"nửa đầu năm": 6, "nửa cuối năm": 6, "bán niên": 6}

# "12đ", "12 đ": written from the "đ", each digit looked for behind it. A pattern opening with
# a literal lets the engine run to each "đ" (a few a Vietnamese text) in a plain character
# loop; one opening with "\d" tests every character for a digit (a Unicode lookup each):
# 1.27 -> 0.25 us a bench translation with digits, where nearly all hold an "đ".
_DONG_SIGN = re.compile(r"đ(?:(?<=\dđ)|(?<=\d đ))\b")
_PERCENT_WORDS = re.compile(r"pour\s?cents?|per\s?cent|percent|phần\s+trăm", re.IGNORECASE)
# Each way of naming a currency: its code, the lower-case words one of which every match
# holds, and the pattern (it runs only on a text holding one of those words: most hold none).
# A currency has several, each with its own words: "cộng đồng" (community) holds "đồng" and
# runs the pattern of "5 triệu đồng" only, not every pattern of VND.
_I = re.IGNORECASE
_CURRENCIES = (
    ("USD", ("$",), re.compile(r"\$", _I)),  # "US$" too
    ("USD", ("usd",), re.compile(r"\bUSD(?![^\W\d_])", _I)),
    ("USD", ("dollar",), re.compile(r"\bdollars?\b", _I)),
    ("USD", ("đô",), re.compile(r"đô\s?la|\bđôla", _I)),
    ("EUR", ("€",), re.compile(r"€", _I)),
    ("EUR", ("eur",), re.compile(r"\bEUR(?![^\W\d_])|\beuros?\b", _I)),
    ("EUR", ("ơ-rô",), re.compile(r"\bơ-rô\b", _I)),
    ("VND", ("₫",), re.compile(r"₫", _I)),
    ("VND", ("vnd", "vnđ"), re.compile(r"\bVN[DĐ](?![^\W\d_])", _I)),
    ("VND", ("đồng",), re.compile(r"(?:\d|triệu|tỷ|tỉ|nghìn|ngàn)\s+đồng\b", _I)),
    # "dong" only after an amount: Ha Dong and Dong Nai are places.
    (
        "VND",
        ("dong",),
        re.compile(
            r"(?:\d|million|milliard|billion|thousand|mille|trillion)s?\s+(?:de\s+)?dongs?\b", _I
        ),
    ),
)
# VND's one form without a cue word ("12 đ"), digit first so the engine skips to digits.
_DONG_AFTER_DIGIT = re.compile(r"\d\s?đ\b", re.IGNORECASE)


# The cue words of EUR and VND that each of their patterns reads only at a word's start
# ("eur" of "leur" names no currency); the others ("đô la", "US$") may be read inside one.
_AT_WORD_START = frozenset({"eur", "ơ-rô", "vnd", "vnđ", "đồng", "dong"})


def _cue_automaton() -> ahocorasick.Automaton:
    """Every currency's cue words, each with the ways of naming one it cues (their places in
    ``_CURRENCIES``), its length and whether it counts only at a word's start: what a text
    cues is found in one pass, where a test per cue scanned it a dozen times."""
    forms: dict[str, list[int]] = {}
    for form, (_code, cues, _pattern) in enumerate(_CURRENCIES):
        for cue in cues:
            forms.setdefault(cue, []).append(form)
    return automaton(
        (cue, (tuple(cued), len(cue), cue in _AT_WORD_START)) for cue, cued in forms.items()
    )


_CURRENCY_CUES = _cue_automaton()


def _word_char(char: str) -> bool:
    """Whether ``char`` is a word character as a pattern's ``\\b`` reads one."""
    return char.isalnum() or char == "_"


@lru_cache(maxsize=16)
def _number_re(lang: str) -> re.Pattern[str]:
    """Numbers as ``lang`` writes them, with CLDR's decimal and group symbols, and a scale."""
    decimal, group = number_symbols(lang)
    # Any no-break or plain space also groups digits in every language: French writes it, and
    # the SI style (13 000) is correct in Vietnamese and English too.
    groups = {group, "\u00a0", "\u202f", " "}
    group_class = "[" + "".join(re.escape(g) for g in sorted(groups)) + "]"
    scales = _SCALES.get(base_language(lang), _SCALES["en"])
    scale = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    # Starts with a digit outside any alternative, so the engine skips ahead to digits; what
    # precedes is checked in values(). Grouped "1.380" first, else a plain run of digits.
    return re.compile(
        rf"(?P<int>\d(?:\d{{0,2}}(?:{group_class}\d{{3}})+|\d*))"
        rf"(?:{re.escape(decimal)}(?P<frac>\d+))?(?!\d)"
        rf"(?:\s?(?P<scale>{scale})\b)?",
        re.IGNORECASE,
    )


# A currency code written against its amount ("VND50 billion", "USD2.5m"): the digits are a
# number, not part of a code.
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?:VND|VNĐ|USD|EUR)$", re.IGNORECASE)


def values(text: str, lang: str) -> list[tuple[Decimal, str]]:
    """Each number in ``text`` as (value, as written), dates, URLs and tokens left out."""
    if not _DIGIT.search(text):
        return []
    text = blank(text, lang)
    base = base_language(lang)
    scales = _SCALES.get(base, _SCALES["en"])
    found = []
    for match in _number_re(lang).finditer(text):
        start = match.start()
        glued = start and (text[start - 1].isalnum() or text[start - 1] in "_.,")
        if glued and not _CODE_BEFORE.search(text, max(0, start - 3), start):
            continue  # part of a word or code ("G20", "COVID-19" keeps 19), or a decimal tail
        digits = _NON_DIGIT.sub("", match.group("int"))
        frac = match.group("frac")
        try:
            value = Decimal(f"{digits}.{frac}" if frac else digits)
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            continue
        scale = match.group("scale")
        if scale:
            value = value.scaleb(scales[scale.lower()])
        elif len(digits) == 2 and not frac:
            value = _abbreviated_year(text, start, value)
        found.append((value.normalize(), match.group(0).strip()))
    return found


# "2021–25" and "2021-25": the second year abbreviated; "'90s", "années 90", "thập niên 90".
_RANGE_BEFORE = re.compile(r"(?<!\d)(\d\d)\d\d\s?[–-]\s?$")
_DECADE_BEFORE = re.compile(r"(?:['’‘]|\bannées\s|\bthập niên\s|\bnhững năm\s)$", re.IGNORECASE)


def _abbreviated_year(text: str, start: int, value: Decimal) -> Decimal:
    """The full year a two-digit number at ``start`` stands for, or ``value`` itself."""
    before = text[max(0, start - 12) : start]
    century = _RANGE_BEFORE.search(before)
    if century:
        return Decimal(int(century.group(1)) * 100) + value
    if _DECADE_BEFORE.search(before) and (
        text[start + 2 : start + 3] in ("s", "") or not text[start + 2 : start + 3].isalpha()
    ):
        return value + (1900 if value >= 30 else 2000)
    return value


def _spelled(text: str, lang: str) -> set[int]:
    """Numbers written as words in ``text``: cardinals (``spelled``), ordinals, multipliers
    ("premier", "twice", "gấp ba"), decades ("two decades") and Roman numerals ("XXIe")."""

    single, several = _word_table(base_language(lang))
    lowered = lowercase(text)
    runs = set(_WORD_RUN.findall(lowered))  # a one-word form stands alone: it is a whole run
    found = {single[w] for w in runs & single.keys()}
    found |= {n for w, pattern, n in several if w in lowered and pattern.search(lowered)}
    if any(map(lowered.__contains__, _DECADE_WORDS)):  # first: the pattern opens with any word
        found |= {n * 10 for w in _DECADES.findall(lowered) if (n := _count(w, single))}
    return found | spelled_values(text, lang) | factors(text, lang) | roman_values(text, lang)


def _count(word: str, single: dict[str, int]) -> int:
    """The count ``word`` says, in digits or as one of ``single``'s words; 0 if none."""
    return int(word) if word.isdigit() else single.get(word, 0)


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=16)
def _word_table(base: str) -> tuple[dict[str, int], tuple[tuple[str, re.Pattern[str], int], ...]]:
    """``_WORDS`` of ``base`` split once: one-word forms (looked up among the text's runs of
    word characters), and the others ("thứ nhất") with their whole-word pattern."""
    words = _WORDS.get(base, {})
    single = {w: n for w, n in words.items() if _WORD_RUN.fullmatch(w)}
    several = tuple(
        (w, re.compile(rf"(?<!\w){re.escape(w)}(?!\w)"), n)
        for w, n in words.items()
        if w not in single
    )
    return single, several


def _currencies(text: str) -> set[str]:
    """The currencies ``text`` names (codes): which ones, not how often, is compared."""
    lowered = lowercase(text)
    cues = list(_CURRENCY_CUES.iter(lowered))
    if not cues and not ("đ" in text and _DONG_SIGN.search(text)):
        return set()  # no currency: the usual case
    cued = {
        form
        for last, (forms, size, at_start) in cues
        if not at_start or last < size or not _word_char(lowered[last - size])
        for form in forms
    }
    # A pattern matches only where one of its cues is, but for "12 đ" (VND without a cue word).
    found = {
        code
        for form, (code, _cues, pattern) in enumerate(_CURRENCIES)
        if form in cued and pattern.search(text)
    }
    if "VND" not in found and "đ" in lowered and _DONG_AFTER_DIGIT.search(text):
        found.add("VND")
    return found


@check(
    "numbers",
    Severity.ERROR,
    digits=True,
    explain=(
        "The same numbers by value on both sides, each read with its own language's decimal and "
        "group symbols (fr 1 380,5; vi 1.380,5; en 1,380.5), scale words (milliard, billion, tỷ),"
        " percent and currency. Numbers spelled out in words (vingt-cinq, hai mươi lăm, twenty-"
        "five, twenty-fifth, a quarter of a century, two decades), Roman numerals (XXIe siècle, "
        "khóa XV), a month's name for its number (juillet = tháng 7), a half-year for its "
        "months (semestre = 6 tháng), a share for its percentage (de moitié = by 50%, six in "
        "ten = 60 %), a half after a scale (one and a half million), a span of time or length "
        "in another unit (deux ans = 24 months, 18 mois = a year and a half, 30 km = about 19 "
        "miles), digits grouped by a space in any language "
        "(1 380), abbreviated year ranges (2021–25) and decades ('90s) count as the number. "
        "'24 heures sur 24', '24h/24', '7 jours sur 7', '24/7' and '24 hours a day' say 'always' "
        "and hold no number to find. A number replaced by another, in digits or in words, is an "
        "error; one on one side only, the other side writing no number of its own, is a warning "
        "(it may be said in words no rule reads); so is a year the translation groups as a "
        "count ('năm 2.024' for 2024). Suppress for a deliberate rounding ('près de 1 400' for "
        "1 380)."
    ),
)
def numbers(unit: Unit) -> list[str]:
    """Same numbers by value (percent and currency included) in source and translation."""
    if not _DIGIT.search(unit.source) and not _DIGIT.search(unit.target):
        return []
    problems = _grouped_years(unit.source, unit.target)
    if not _plain_and_equal(unit):
        problems += _compare_values(unit)
    want_p, got_p = _percents(unit.source), _percents(unit.target)
    if want_p != got_p and not (  # a share in words on the side with fewer ("de moitié")
        shares(unit.target, unit.target_lang)
        if want_p > got_p
        else shares(unit.source, unit.source_lang)
    ):
        problems.append("percent sign or word added or lost")
    want_c, got_c = _currencies(unit.source), _currencies(unit.target)
    if want_c != got_c:
        problems.append(
            f"currency {'/'.join(sorted(want_c)) or 'none'} in the source, "
            f"{'/'.join(sorted(got_c)) or 'none'} in the translation"
        )
    return problems


# A year as every language writes it, four digits without a separator; the same digits
# grouped as a count after a word for "year" or "in" ("năm 2.024", "en 2 024", "in 2,024") are
# a number no reader takes for a year.
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")
_GROUPED_DIGITS = re.compile(r"[12][.,\u00a0\u202f ][09]\d\d")  # a cheap first look
_GROUPED_YEAR = re.compile(
    r"(?<![^\W\d_])(?:năm|en|année|in|year|since|depuis|từ) "
    r"((?:1|2)[.,\u00a0\u202f ](?:9|0)\d\d)(?![\d.,]\d)",
    re.IGNORECASE,
)


def _grouped_years(source: str, target: str) -> list[str]:
    """Years the source writes as years and the translation with a thousands separator."""
    if not _GROUPED_DIGITS.search(target) or not _GROUPED_YEAR.search(target):
        return []  # the usual case
    years = set(_YEAR.findall(source))
    return [
        Doubtful(f"year {grouped} written with a thousands separator")
        for grouped in _GROUPED_YEAR.findall(target)
        if _NON_DIGIT.sub("", grouped) in years
    ]


def _plain_and_equal(unit: Unit) -> bool:
    """Fast path: both sides hold the same runs of digits, none grouped, decimal or scaled.

    Most units with numbers ("en 2025", "840 victimes") pass here without parsing; anything
    locale-dependent (``1 380``, ``3,5``, ``1,2 milliard``) takes the full comparison.
    """
    source = _plain_runs(unit.source, unit.source_lang)
    return source is not None and source == _plain_runs(unit.target, unit.target_lang)


def _plain_runs(text: str, lang: str) -> list[str] | None:
    """The runs of digits of ``text``, sorted; None when one is joined to the next by a mark
    or a space (grouped or decimal: ``1 380``, ``3,5``) or followed by a scale word (``1,2
    milliard``). One scan of the digits looks at each run once, where a search for each
    of the three scanned the text three times."""
    scale = _scale_re(lang)
    runs = []
    end = -2
    for match in _RUN.finditer(text):
        if match.start() == end + 1 and (text[end] in ".,'" or text[end].isspace()):
            return None
        end = match.end()
        if scale.match(text, end):
            return None
        runs.append(match.group())
    runs.sort()
    return runs


@lru_cache(maxsize=16)
def _scale_re(lang: str) -> re.Pattern[str]:
    """One of ``lang``'s scale words, maybe after a space: matched where a number ends."""
    scales = _SCALES.get(base_language(lang), _SCALES["en"])
    words = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    return re.compile(rf"\s?(?:{words})\b", re.IGNORECASE)


def _compare_values(unit: Unit) -> list[str]:
    """Numbers parsed with each side's locale, compared as multisets of values."""
    source = values(unit.source, unit.source_lang)
    target = values(unit.target, unit.target_lang)
    if sorted(v for v, _ in source) == sorted(v for v, _ in target):
        return []  # the same multiset: the usual case, told without counting
    want = Counter(v for v, _ in source)
    got = Counter(v for v, _ in target)
    spelled_t = _spelled(unit.target, unit.target_lang)
    spelled_s = _spelled(unit.source, unit.source_lang)
    lost = [
        v
        for v in sorted((want - got).elements())
        if v not in spelled_t
        and not _said(v, unit.source, unit.source_lang, unit.target, unit.target_lang)
    ]
    added = [
        v
        for v in sorted((got - want).elements())
        if v not in spelled_s
        and not _said(v, unit.target, unit.target_lang, unit.source, unit.source_lang)
    ]
    mark = Doubtful if _one_sided(lost, added, unit) else str
    written = dict((v, w) for v, w in source + target)
    problems = [
        mark(f"number {written[v]} ({_plain(v)}) not found in the translation") for v in lost
    ]
    problems += [mark(f"number {written[v]} ({_plain(v)}) not in the source") for v in added]
    return problems


def _one_sided(lost: list[Decimal], added: list[Decimal], unit: Unit) -> bool:
    """Whether the numbers that differ are all on one side while the other side writes no
    number in words of its own: it may say them in words no rule reads ("this year" for "en
    2025", "about 20 countries" for "une vingtaine de pays"), a doubt; a number replaced by
    another, in digits or in words ("hai mươi năm" for "25 ans"), is an error."""
    if lost and added:
        return False
    other, lang = (unit.target, unit.target_lang) if lost else (unit.source, unit.source_lang)
    written = {int(v) for v in lost + added if v == v.to_integral_value()}
    return not _in_words(other, lang) - written


def _said(value: Decimal, text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``other`` says ``value``, a number of ``text`` it lacks in digits or words,
    another way: as a share ("la moitié": 50), a number and a half of a scale ("one and a half
    million"), by a month's name ("juillet": tháng 7), as a span of time or length in
    another unit ("24 months": "deux ans"), or as how long a range of years ``text`` holds
    runs ("5 năm 2021-2025")."""
    return (
        value in shares(other, other_lang)
        or value in halves(other, other_lang)
        or _month(value, text, lang, other, other_lang)
        or same_measure(value, text, lang, other, other_lang)
        or _years_of(value, text)
    )


# A range of years ("2021-2025", "2021 – 2025").
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-–—]\s?((?:19|20)\d\d)(?!\d)")


def _years_of(value: Decimal, text: str) -> bool:
    """Whether ``value`` counts the years of a range ``text`` holds: a translation may say
    how long the "Programme 2021-2025" runs ("Chương trình … 5 năm 2021-2025")."""
    if not 1 <= value <= 200 or ("-" not in text and "–" not in text and "—" not in text):
        return False
    spans = {int(b) - int(a) for a, b in _YEAR_RANGE.findall(text) if int(b) > int(a)}
    return int(value) in spans or int(value) - 1 in spans


def _month(value: Decimal, text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``value`` is a month Vietnamese writes by its number ("tháng 7") and ``other``
    by its name ("juillet dernier" = "tháng 7 vừa qua")."""
    if base_language(lang) != "vi" or value not in _MONTH_NUMBERS or "th" not in text:
        return False
    if value not in {Decimal(m) for m in _VI_MONTH.findall(text)}:
        return False
    names = _month_names(base_language(other_lang))
    return any(names.get(word) == value for word in _WORD_RUN.findall(lowercase(other)))


_VI_MONTH = re.compile(r"\b(?:tháng|thg)\s+(\d{1,2})(?!\d)", re.IGNORECASE)
_MONTH_NUMBERS = frozenset(Decimal(n) for n in range(1, 13))


@lru_cache(maxsize=16)
def _month_names(base: str) -> dict[str, int]:
    """Month names of ``base`` from CLDR, four letters or more ("may" is a verb too)."""
    return {w: n for w, n in month_numbers(base).items() if len(w) >= 4 and w.isalpha()}


def _percents(text: str) -> int:
    """Percent signs and words (``pour cent``, ``percent``, ``phần trăm``) in ``text``."""
    words = len(_PERCENT_WORDS.findall(text)) if "cent" in text or "trăm" in text else 0
    return text.count("%") + words


def _plain(value: Decimal) -> str:
    """A value as a plain decimal for messages (``1380``, ``1.2E+9`` → ``1200000000``)."""
    return f"{value:f}"


@lru_cache(maxsize=8)
def _rank_starts(lang: str) -> tuple[str, ...]:
    """How the ranks of ``lang`` are written at the start of a text, for one test."""
    table = OPENING_RANKS.get(lang, {})
    return tuple(w.capitalize() if lang == "vi" else w for w in table)


# What a source that number-words finds something in holds, in lower case: the cue of a
# number in words, or a rank it may open with (a source opening with one holds it so: none
# holds a sigma, the one letter whose lower case depends on what follows). The runner reads
# them on the source side in its one pass over each side's cue words, where the check's own
# first pass read every source (9,385 of the bench's 10,000 hold none).
_SOURCE_CUES: dict[str, tuple[str, ...]] = {
    lang: (*NUMBER_WORD_CUES.get(lang, ()), *(s.lower() for s in _rank_starts(lang)))
    for lang in {*NUMBER_WORD_CUES, *OPENING_RANKS}
}


@check(
    "number-words",
    Severity.WARNING,
    explain=(
        "A number written in words in the source (two or more: 'trois tables rondes', 'ces cinq "
        "dernières années', 'Troisièmement', 'hai mươi lăm') that the translation has neither "
        "in words nor in digits: 'cinq' rendered 'four', 'Troisièmement' 'Thứ tư'; or a unit "
        "after it ('trois semaines') that the translation does not name; or a rank opening both "
        "sides, after a speaker's name, that differs ('Thứ ba, …' rendered 'First, …'). Words that "
        "are also other words (fr un, neuf; en one, second; vi một, năm, thứ …) are not read. "
        "A warning: suppress when the translation says the number another way ('les deux' as "
        "'both' is understood)."
    ),
    source_cues=(_SOURCE_CUES,),
)
def number_words(unit: Unit) -> list[str]:
    """A number the source writes in words and the translation does not have."""
    s_lang = base_language(unit.source_lang)
    words, ranks = _cued(lowercase(unit.source), s_lang)
    return (_words_missing(unit, s_lang) if words else []) or (
        _ranks_changed(unit, s_lang) if ranks else []
    )


@lru_cache(maxsize=8)
def _source_cues(lang: str) -> ahocorasick.Automaton | None:
    """The cues of ``lang``'s number words, one of which each holds, and the ranks a text may
    open with, in lower case (a source opening with one holds it so: none holds a sigma, the
    one letter whose lower case depends on what follows). Each key says what it cues: a
    number in words, a rank, or both. None without any."""
    cues = set(NUMBER_WORD_CUES.get(lang, ()))
    ranks = {start.lower() for start in _rank_starts(lang)}
    if not cues and not ranks:
        return None
    return automaton((key, (key in cues, key in ranks)) for key in cues | ranks)


def _cued(lowered: str, lang: str) -> tuple[bool, bool]:
    """Whether ``lowered``, a source in lower case, holds the cue of a number in words, and a
    rank it may open with: one pass for both looks of the check. Most sources hold neither
    (9,385 of the bench's 10,000), and the rank's look, a speaker's label and a test of the
    opening (0.6 us), is then skipped too."""
    finder = _source_cues(lang)
    words = ranks = False
    if finder is not None:
        for _end, (word, rank) in finder.iter(lowered):
            words, ranks = words or word, ranks or rank
            if words and ranks:
                break
    return words, ranks


def _words_missing(unit: Unit, s_lang: str) -> list[str]:
    """The numbers the source writes in words that the translation lacks, and the units after
    them it does not name; the source holds a cue of one (``_cued``)."""
    lowered = lowercase(unit.source)
    want = _in_words(unit.source, s_lang)
    if not want:
        return []  # what the cue found is no number ("ième" of "millième", "ze" of "gaze")
    target, t_lang = unit.target, base_language(unit.target_lang)
    problems = [
        f"unit '{kind}' after a number in words in the source not in the translation"
        for kind in sorted(units_after_words(_ambiguous(s_lang).sub(" ", lowered), s_lang))
        if not names_unit(target, t_lang, kind)
        and not same_in_other_unit(kind, unit.source, s_lang, target, t_lang)
    ]
    have = _spelled(target, t_lang) | _adverbs(target, t_lang)
    if _DIGIT.search(target):
        have |= {int(v) for v, _ in values(target, t_lang) if v == v.to_integral_value()}
        have |= {int(run) for run in _RUN.findall(target)}  # "2 million" for "deux millions"
    return [
        f"number {value} written in words in the source not in the translation"
        for value in sorted(want - have)
        if not same_measure(Decimal(value), unit.source, s_lang, target, t_lang)
    ] + problems


def _ranks_changed(unit: Unit, s_lang: str) -> list[str]:
    """A rank opening both sides, not the same one ("Thứ ba, …" rendered "First, …")."""
    want = opening_rank(unit.source, s_lang)
    got = opening_rank(unit.target, base_language(unit.target_lang)) if want else None
    if want and got and want != got:
        return [f"the source opens with rank {want}, the translation with rank {got}"]
    return []


def opening_rank(text: str, lang: str) -> int | None:
    """The rank ``text`` opens with, after a speaker's name ("Mme Kendra Rinas : Troisièmement,
    …" is 3); None when it opens with none."""
    starts = _rank_starts(lang)
    if not starts:
        return None
    _, head = speaker(text)
    opening = head[:20] if lang == "vi" else head[:20].lower()  # "Thứ Hai" is a weekday
    if not opening.startswith(starts):
        return None  # the usual case, one test
    for words, rank in OPENING_RANKS[lang].items():
        start = words.capitalize() if lang == "vi" else words
        if opening.startswith(start) and not opening[len(words) : len(words) + 1].isalnum():
            return rank
    return None


def _in_words(text: str, lang: str) -> set[int]:
    """Numbers of two or more ``text`` writes in words, none read from an ambiguous word,
    none a bare scale word ("triệu" after digits, "mille" alone). Only what the text's words
    give read the same with the ambiguous words blanked counts; the second reading is skipped
    when the first gives nothing, as on 253 of the bench's 313 cued sources (the cue is the
    "deux" of "Deuxièmement", the "sept" of "septembre"): 6.4 -> 4.3 ms on those."""
    found = spelled_values(text, lang)
    if found:
        found &= spelled_values(_ambiguous(lang).sub(" ", text.lower()), lang)
    found |= _adverbs(text, lang)
    return {v for v in found if v >= 2 and not (v >= 100 and str(v).strip("0") == "1")}


def _adverbs(text: str, lang: str) -> set[int]:
    """Ranks said as adverbs ("Troisièmement", "thirdly")."""
    table = ORDINAL_ADVERBS.get(lang, {})
    if not table:
        return set()
    lowered = lowercase(text)
    return {n for word, n in table.items() if word in lowered}


@lru_cache(maxsize=16)
def _ambiguous(lang: str) -> re.Pattern[str]:
    return re.compile(AMBIGUOUS_NUMBER_WORDS.get(lang, r"(?!)"))
