"""Numbers spelled out in words, read back as values: "vingt-cinq", "hai mươi lăm",
"twenty-five" are 25, "deux mille cinq cents" is 2500.

A translator may write "25 ans" as "hai mươi lăm năm"; the numbers check then finds 25 on one
side only unless it can read the words. This is a small positional parser (units, tens,
hundred, thousand and larger scales), tested against num2words for 0–999,999 in fr, vi and
en. Every run of number words yields one value; what is not a number word ends the run.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from l10n.model.langtag import base_language


class Words(NamedTuple):
    """One language's number words."""

    small: dict[str, int]  # 0–99 as single words
    tens_marker: frozenset[str]  # vi "mươi": multiplies what precedes by ten
    hundred: frozenset[str]
    scales: dict[str, int]
    joiners: frozenset[str]  # "and", "et", "lẻ": between two parts of one number
    after_tens: dict[str, int]  # vi "mốt", "tư", "lăm": units only after a ten


_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
).split()
_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_VI_UNITS = "không một hai ba bốn năm sáu bảy tám chín mười".split()
# Ordinals ("the twenty-fifth anniversary", "le vingt-cinquième anniversaire") are read as the
# number they rank; Vietnamese says "thứ" before the cardinal.
_FR_ORDINALS = {
    "premier": 1,
    "première": 1,
    "unième": 1,
    "deuxième": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
    "onzième": 11,
    "douzième": 12,
    "treizième": 13,
    "quatorzième": 14,
    "quinzième": 15,
    "seizième": 16,
    "vingtième": 20,
    "trentième": 30,
    "quarantième": 40,
    "cinquantième": 50,
    "soixantième": 60,
    "quatrevingtième": 80,
    "quatrevingtsième": 80,  # as num2words writes it
}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    **{f"{w}th": n for n, w in enumerate(_EN_UNITS) if n >= 13},
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}

LANGS: dict[str, Words] = {
    "fr": Words(
        {
            **{w: n for n, w in enumerate(_FR_UNITS)},
            "une": 1,
            "vingt": 20,
            "vingts": 20,
            "trente": 30,
            "quarante": 40,
            "cinquante": 50,
            "soixante": 60,
            "quatrevingt": 80,
            "quatrevingts": 80,
            **_FR_ORDINALS,
        },
        frozenset(),
        frozenset({"cent", "cents", "centième", "centsième"}),
        {
            "mille": 3,
            "milles": 3,
            "millième": 3,
            "million": 6,
            "millions": 6,
            "millionième": 6,
            "millionsième": 6,
            "milliard": 9,
            "milliards": 9,
            "milliardième": 9,
            "milliardsième": 9,
        },
        frozenset({"et"}),
        {},
    ),
    "en": Words(
        {
            **{w: n for n, w in enumerate(_EN_UNITS)},
            "twenty": 20,
            "thirty": 30,
            "forty": 40,
            "fifty": 50,
            "sixty": 60,
            "seventy": 70,
            "eighty": 80,
            "ninety": 90,
            **_EN_ORDINALS,
        },
        frozenset(),
        frozenset({"hundred", "hundreds", "hundredth"}),
        {
            "thousand": 3,
            "thousands": 3,
            "thousandth": 3,
            "millionth": 6,
            "billionth": 9,
            "million": 6,
            "millions": 6,
            "billion": 9,
            "billions": 9,
            "trillion": 12,
        },
        frozenset({"and", ","}),
        {},
    ),
    "vi": Words(
        {**{w: n for n, w in enumerate(_VI_UNITS)}, "linh": -1, "lẻ": -1},
        frozenset({"mươi"}),
        frozenset({"trăm"}),
        {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9},
        frozenset({"linh", "lẻ"}),
        {"mốt": 1, "tư": 4, "lăm": 5, "nhăm": 5},
    ),
}

# The words that may begin a number, per language: with no number under way, any other word
# changes nothing and is passed over at once (most words of a text).
_STARTS = {
    base: frozenset(words.small) | words.hundred | frozenset(words.scales)
    for base, words in LANGS.items()
}

_TOKEN = re.compile(r"[^\W\d_]+|,")
_QUATRE_VINGT = re.compile(r"quatre[-\s]vingt")


def _tokens(text: str, base: str) -> list[str]:
    lowered = text.lower()
    if base == "fr":
        lowered = _QUATRE_VINGT.sub("quatrevingt", lowered)
    return _TOKEN.findall(lowered.replace("-", " "))


def _fits(current: int, value: int) -> bool:
    """Whether ``value`` can be added to ``current`` in the same number: units after tens,
    tens after hundreds; French 60 and 80 take 10–19 ("soixante-dix", "quatre-vingt-onze")."""
    if value < 10:
        return current % 10 == 0
    if current % 100 in (60, 80) and value < 20:
        return True
    return current % 100 == 0


@lru_cache(maxsize=4096)
def spelled_values(text: str, lang: str) -> frozenset[int]:
    """Every number written in words in ``text`` (``lang``: fr, en or vi), as values."""
    base = base_language(lang)
    words = LANGS.get(base)
    if words is None:
        return frozenset()
    tokens = _tokens(text, base)
    starts = _STARTS[base]
    found: set[int] = set()
    total = current = 0
    active = False

    def close() -> None:
        nonlocal total, current, active
        if active:
            found.add(total + current)
        total = current = 0
        active = False

    for index, token in enumerate(tokens):
        if not active and token not in starts:
            continue  # no number under way, nor one starting here
        value = words.small.get(token)
        if token in words.joiners or value == -1:
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if active and (following in words.small or following in words.after_tens):
                continue
            close()
            continue
        if value is None and active and token in words.after_tens and current % 100 >= 10:
            value = words.after_tens[token]
        # Vietnamese "năm" after a ten is the year ("hai mươi năm": twenty years), not five.
        year = base == "vi" and token == "năm" and index and tokens[index - 1] in ("mươi", "mười")
        if value is not None and not year:
            if active and not _fits(current, value):
                close()
            current += value
            active = True
        elif token in words.tens_marker and active and 0 < current % 100 < 10:
            current += current % 100 * 9  # "hai mươi": 2 → 20
        elif token in words.hundred:
            # "một nghìn không trăm chín mươi sáu" (1,096): a zero says no hundreds, where a
            # hundred with no count before it is one ("trăm năm", "hundred")
            zero = index > 0 and words.small.get(tokens[index - 1]) == 0
            current = (current or (0 if zero else 1)) * 100
            active = True
        elif token in words.scales:
            total += (current or 1) * 10 ** words.scales[token]
            current = 0
            active = True
        else:
            close()
    close()
    return frozenset(found)


# Roman numerals name centuries ("XXIe siècle", "thế kỷ XXI"), congresses and legislatures
# ("Đại hội XIII", "Quốc hội khóa XV"), monarchs and wars ("World War II"); a translation
# writes them in digits ("21st century", "13th Congress"). Letters I, V, X and L only (1–89):
# C, D and M begin too many acronyms. A single letter is a word ("I", "V.", "Xe tải") unless
# in French with an ordinal ending ("Ier", "Ve", "Xᵉ"; "Le" is an article).
# Written letter first, "(?<![\w-])[IVXL]+" as "[IVXL](?<![\w-][IVXL])[IVXL]*", so that the regex
# engine skips ahead to those capitals instead of trying the lookbehind at every position.
_ROMAN = re.compile(r"([IVXL](?<![\w-][IVXL])[IVXL]*)(er|re|ème|e|ᵉʳ|ᵉ)?(?!\w)")
_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN_PARTS = ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(value: int) -> str:
    """``value`` (1–89) as a Roman numeral in its one canonical spelling."""
    written = ""
    for part, letters in _ROMAN_PARTS:
        count, value = divmod(value, part)
        written += letters * count
    return written


def roman_values(text: str, lang: str) -> frozenset[int]:
    """Every Roman numeral in ``text`` (canonically written: "IIII" is no numeral), as values."""
    french = base_language(lang) == "fr"
    found = set()
    for match in _ROMAN.finditer(text):
        numeral, ending = match.groups()
        if ending and not french:
            continue
        if len(numeral) == 1 and not (ending and numeral in "IVX"):
            continue
        digits = [_ROMAN_DIGITS[c] for c in numeral]
        value = sum(
            -d if d < after else d for d, after in zip(digits, [*digits[1:], 0], strict=True)
        )
        if 0 < value < 90 and _roman(value) == numeral:
            found.add(value)
    return frozenset(found)
