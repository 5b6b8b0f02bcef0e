"""Dates and times compared by value: ``28/07/2025`` = ``July 28, 2025`` = ``28 tháng 7 năm 2025``.

Each text is read with its own language's patterns and month names (CLDR, through Babel), so a
French ``07/08`` is the 7th of August while an English one may be either; the check pairs the
source's dates with the translation's and reports those left over. The numbers check skips the
spans found here, so a date is judged once, as a date.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from l10n.checks.base import Doubtful, Severity, Unit, check, lowercase
from l10n.checks.cues import automaton
from l10n.locale import month_numbers
from l10n.model.langtag import base_language

# (year or None, month or None, day or None); a time is (None, None, None) plus minutes.
DateValue = tuple[int | None, int | None, int | None, int | None]


@dataclass(frozen=True, slots=True)
class Found:
    """A date or time in a text: where, as written, and the values it may stand for."""

    start: int
    end: int
    text: str
    values: frozenset[DateValue]


# What a pattern's match names: one date or time, with the values it may stand for.
Reader = Callable[[re.Match[str]], set[DateValue]]
# What a range's match names: its first day and its last ("du 1er au 30 septembre").
RangeReader = Callable[[re.Match[str]], tuple[set[DateValue], set[DateValue]]]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if year >= 100:
        return year
    return year + (2000 if year < 50 else 1900)  # "25" is 2025, "99" is 1999


def _date(year: int | None, month: int, day: int | None) -> set[DateValue]:
    """The date if it can exist (month 1–12, day 1–31), else nothing."""
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return set()
    return {(year, month, day, None)}


def _time(hour: int, minute: int) -> set[DateValue]:
    return {(None, None, None, hour * 60 + minute)} if hour < 24 and minute < 60 else set()


@lru_cache(maxsize=16)
def _months(lang: str) -> dict[str, int]:
    """Month names and abbreviations (lower case, no final dot) → number, from CLDR."""
    return month_numbers(lang)


def _ordinal_day(text: str) -> int:
    """The day a day of the month names, its ordinal ending left out ("1er", "1st", "30th")."""
    return int(text.rstrip(string.ascii_letters))


def _month_group(lang: str) -> str:
    """A pattern group ``month`` for the month names of ``lang``, longest first (Vietnamese
    months are "tháng 7": the tháng patterns read them instead, so this matches nothing)."""
    words = sorted(_month_words(lang), key=len, reverse=True)
    return "(?P<month>" + "|".join(map(re.escape, words)) + r")\.?" if words else "(?!)"


# A day of the month with its ordinal ending (1er, 1st, 30th), and a year, in every language.
_DAY = r"(?:1er|\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>\d{4})"


def _digits(group: str, *not_after: str) -> str:
    r"""A group of one or two digits that follow none of ``not_after`` (lookbehinds' bodies):
    ``(?<![.,])(?P<h>\d{1,2})`` written digit first, ``(?P<h>\d(?<![.,]\d)\d?)``, so that the
    regex engine skips ahead to digits where it tried a pattern opening with a lookbehind at
    every position of the text (several times slower)."""
    after = "".join(rf"(?<!{body}\d)" for body in not_after)
    return rf"(?P<{group}>\d{after}\d?)"


def _day(group: str, not_after: str) -> str:
    r"""``_DAY`` as a group that follows no ``not_after``, written digit first as ``_digits``
    writes its numbers: ``(?:1er|\d{1,2})`` is ``\d(?:(?<=1)er|\d?)``, tried in the same order."""
    return rf"(?P<{group}>\d(?<!{not_after}\d)(?:(?<=1)er|\d?)(?:st|nd|rd|th|er)?)"


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], Reader, tuple[str, ...]], ...]:
    """The date and time patterns of ``lang``, most specific first, each with the words it
    cannot match without (see ``_MONTH_WORDS_VI``; none: it is always tried)."""
    base = base_language(lang)
    months = _months(lang)
    month = _month_group(lang)
    day = rf"(?P<day>{_DAY})"
    year = _YEAR
    # Day, month and year joined by one mark used twice: 28/07/2025, 28.07.2025, 28-7-2025.
    num = r"(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)"

    def named(m: re.Match[str]) -> set[DateValue]:
        day_text = m.groupdict().get("day")
        return _date(
            _year(m.group("year")),
            months[m.group("month").lower()],
            _ordinal_day(day_text) if day_text else None,
        )

    def numeric(m: re.Match[str]) -> set[DateValue]:
        a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
        found = _date(y, b, a)  # day first, as fr, vi and British English write it
        if base == "en":
            found |= _date(y, a, b)  # US order too: an English 07/08 is ambiguous
        return found

    def iso(m: re.Match[str]) -> set[DateValue]:
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))

    def clock(m: re.Match[str]) -> set[DateValue]:
        return _time(int(m.group("h")), int(m.groupdict().get("min") or 0))

    def ampm(m: re.Match[str]) -> set[DateValue]:
        hour = int(m.group("h")) % 12 + (12 if m.group("p").lower() == "p" else 0)
        return _time(hour, int(m.group("min") or 0))

    flags = re.IGNORECASE
    table: list[tuple[str, Reader, tuple[str, ...]]] = [
        (r"(\d(?<!\d\d)\d{3})-(\d{2})-(\d{2})(?!\d)", iso, ()),  # digit first, as _digits()
        (_digits("a", r"[\d.,]") + num, numeric, ()),
    ]
    if base == "vi":

        def vi_date(m: re.Match[str]) -> set[DateValue]:
            month = m.group("m")
            return _date(
                _year(m.group("y")),
                int(month) if month.isdigit() else _VI_MONTH_WORDS[month.lower()],
                int(m.group("d")) if m.group("d") else None,
            )

        # "tháng 7" or, in words, "tháng Bảy" (a month in words needs "ngày" or "mồng" before
        # its day, or a year after it: "3 tháng năm nay" is three months of this year).
        said_months = "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True))
        table += [
            (
                r"(?:ngày\s+)?(?P<d>\d{1,2})\s+(?:tháng|thg)\s+(?P<m>\d{1,2})"
                r"(?:(?:,?\s+năm\s+|,\s*|/)(?P<y>\d{4}))?",
                vi_date,
                _MONTH_WORDS_VI,
            ),
            (
                rf"(?:ngày|mồng|mùng)\s+(?:(?:mồng|mùng)\s+)?(?P<d>\d{{1,2}})\s+tháng\s+"
                rf"(?P<m>{said_months})(?!\w)(?:(?:,?\s+năm\s+|,\s*|/)(?P<y>\d{{4}}))?",
                vi_date,
                _MONTH_WORDS_VI,
            ),
            (
                _digits("d", r"[\d/.,]") + rf"\s+tháng\s+(?P<m>{said_months})(?!\w)"
                r"(?:,?\s+năm\s+|,\s*|/)(?P<y>\d{4})",
                vi_date,
                _MONTH_WORDS_VI,
            ),
            (  # the start of a range, its month written on both days: "từ 1/9 đến 30/9"
                r"(?<=từ )(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}))?"
                r"(?=\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}/\d)",
                vi_date,
                ("từ ",),
            ),
            (  # the end of a range, its month written again: "từ ngày 1/9 đến 30/9"
                r"(?<=đến |tới )(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})"
                r"(?:/(?P<y>\d{4}))?(?![\d/])",
                vi_date,
                ("đến ", "tớ"),  # "tới " as "tớ": see _MONTH_WORDS_VI
            ),
            (
                r"(?:ngày|hôm)\s+(?:(?:mồng|mùng)\s+)?(?P<d>\d{1,2})(?P<sep>[/-])(?P<m>\d{1,2})"
                r"(?:(?P=sep)(?P<y>\d{4}))?(?![\d/-])",
                vi_date,
                ("ngày", "hôm"),
            ),
            (
                rf"(?P<d>)(?:tháng|thg)\s+(?P<m>\d{{1,2}}|{said_months})(?:\s+năm\s+|/|,\s*)(?P<y>\d{{4}})",
                vi_date,
                _MONTH_WORDS_VI,
            ),
        ]
    else:
        table += [(_day("day", r"\w") + rf"\s+(?:of\s+)?{month}(?:,?\s+{year})?\b", named, ())]
        if base == "en":
            table += [(rf"\b{month}\s+{day}(?:,\s*{year})?\b", named, ())]
        table += [(rf"\b{month}\s+{year}\b", named, ())]
    periods = _DAY_PERIODS.get(base, {})

    def periodic(m: re.Match[str]) -> set[DateValue]:
        hour = int(m.group("h"))
        low, high = periods[m.group("p").lower()]
        minute = int(m.group("min") or m.group("m2") or 0)
        return _time(hour + 12 if low <= hour < high else hour, minute)

    if periods:
        # A clock time with the part of the day: "2 giờ 30 chiều", "2:30 CH", "9 h du soir".
        said_periods = "|".join(re.escape(p) for p in sorted(periods, key=len, reverse=True))
        table += [
            (
                _digits("h", r"[\d.,:]") + r"(?:\s*(?:giờ|h|heures?)\s*(?P<min>\d{1,2})?"
                r"(?:\s*phút)?|:(?=\d\d)(?P<m2>\d\d))"
                rf"\s+(?P<p>{said_periods})(?!\w)",
                periodic,
                (),
            )
        ]
    table += [
        # 2:30 p.m., 2.30pm (British), 2 pm
        (_digits("h", r"[\d.,:]") + r"\s?(?:[:.](?P<min>\d{2}))?\s?(?P<p>[ap])\.?m\b\.?", ampm, ()),
        (
            _digits("h", r"[\d.,:]") + r"(?::(?=\d\d)|\s?h\s?(?=\d\d)|\s?h\b"
            r"|\s+heures?\s+(?=\d\d))(?P<min>\d\d)?(?!\d)",
            clock,
            (),
        ),
    ]
    said = _TIME_WORDS.get(base, {})

    def spoken(m: re.Match[str]) -> set[DateValue]:
        return _time(said[m.group("w").lower()], 0)

    if said:
        table += [(rf"\b(?P<w>{'|'.join(said)})\b", spoken, _SPOKEN_NEEDS.get(base, ()))]
    if base == "vi":
        # "16 giờ/ngày", "8 giờ mỗi ngày" (hours a day), "trong 24 giờ", "suốt 16 giờ" (for
        # hours) are durations, as French "16 heures par jour" is.
        table += [
            (
                _digits("h", r"[\d.,]", "trong ", "suốt ") + r"\s+giờ"
                r"(?:\s+(?P<min>\d{1,2})(?:\s+phút)?"
                r"|(?!\s*(?:/|mỗi|một|trên)\s*(?:ngày|tuần|tháng|ca)\b))",
                clock,
                ("ờ",),  # "giờ" without its "i": see _MONTH_WORDS_VI
            )
        ]
    if base == "en":
        table += [(_digits("h", r"[\d.,:]") + r"\s+o['’]clock\b", clock, ())]
    if base == "fr":
        # "à 18 heures" is a time of day; "16 heures par jour", "jusqu'à 16 heures" and "à
        # 2 heures de route" are durations: only after à, vers, dès and before no "de", "par".
        table += [
            (
                r"(?<![\w'’])(?:à|vers|dès)\s+(?P<h>\d{1,2})\s+heures?\b"
                r"(?!\s+(?:de|d['’]|par)\b)",
                clock,
                ("heure",),
            )
        ]
    return tuple((re.compile(p, flags), reader, needs) for p, reader, needs in table)


@lru_cache(maxsize=16)
def _ranges(lang: str) -> tuple[tuple[re.Pattern[str], RangeReader], ...]:
    """Ranges of days that share their month (and year), said once after the last day:
    "du 1er au 30 septembre", "1–30 September", "September 1–30", "từ ngày 1 đến 30/9". Each
    day is a date of its own, so that either side may write the month once or twice."""
    base = base_language(lang)
    months = _months(lang)
    month = _month_group(lang)
    day = _DAY
    year = _YEAR
    dash = r"\s?[–-]\s?"

    def named(m: re.Match[str]) -> tuple[set[DateValue], set[DateValue]]:
        number, year_ = months[m.group("month").lower()], _year(m.group("year"))
        return (
            _date(year_, number, _ordinal_day(m.group("d1"))),
            _date(year_, number, _ordinal_day(m.group("d2"))),
        )

    def numbered(m: re.Match[str]) -> tuple[set[DateValue], set[DateValue]]:
        number, year_ = int(m.group("m")), _year(m.group("y"))
        return (
            _date(year_, number, int(m.group("d1"))),
            _date(year_, number, int(m.group("d2"))),
        )

    table: list[tuple[str, RangeReader]] = []
    if base == "fr":
        table += [
            (
                rf"\b(?:du|entre le|les)\s+(?P<d1>{day})\s+(?:au|et le|et)\s+(?P<d2>{day})"
                rf"\s+{month}(?:\s+{year})?\b",
                named,
            ),
            (_day("d1", r"[\d.,/]") + rf"{dash}(?P<d2>{day})\s+{month}(?:\s+{year})?\b", named),
        ]
    elif base == "en":
        table += [
            (
                rf"\b(?:from|between|on)\s+(?P<d1>{day})\s+(?:to|and|until|through)\s+"
                rf"(?P<d2>{day})\s+(?:of\s+)?{month}(?:,?\s+{year})?\b",
                named,
            ),
            (
                _day("d1", r"[\d.,/]") + rf"{dash}(?P<d2>{day})\s+(?:of\s+)?{month}"
                rf"(?:,?\s+{year})?\b",
                named,
            ),
            (
                rf"\b{month}\s+(?P<d1>{day})(?:{dash}|\s+(?:to|through|until|and)\s+)"
                rf"(?P<d2>{day})(?:,\s*{year})?\b",
                named,
            ),
        ]
    elif base == "vi":
        table += [
            (  # from the first day on ("từ ngày" before it is part of neither), digit first
                _digits("d1", r"[\d/.,]") + r"(?:\s?[–-]\s?|\s+(?:đến|tới|và)\s+)"
                r"(?:ngày\s+)?(?P<d2>\d{1,2})(?:\s*/\s*|\s+tháng\s+)(?P<m>\d{1,2})"
                r"(?:(?:/|,?\s+năm\s+)(?P<y>\d{4}))?(?![\d/])",
                numbered,
            ),
        ]
    return tuple((re.compile(p, re.IGNORECASE), reader) for p, reader in table)


# Vietnamese months said in words ("tháng Bảy", "tháng Giêng", "tháng Chạp").
_VI_MONTH_WORDS: dict[str, int] = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

# Parts of the day said after a clock time, and the hours they move to the afternoon: "2 giờ
# chiều" is 14:00, "9 giờ đêm" 21:00 but "2 giờ đêm" 2:00, "1 giờ trưa" 13:00; CLDR's
# Vietnamese AM/PM markers are SA and CH.
_DAY_PERIODS: dict[str, dict[str, tuple[int, int]]] = {
    "vi": {
        "sáng": (0, 0),
        "sa": (0, 0),
        "trưa": (0, 5),
        "chiều": (0, 12),
        "ch": (0, 12),
        "tối": (0, 12),
        "đêm": (6, 12),
    },
    "fr": {
        "du matin": (0, 0),
        "de l'après-midi": (0, 12),
        "de l’après-midi": (0, 12),
        "du soir": (0, 12),
    },
}

# Clock times said in words.
_TIME_WORDS: dict[str, dict[str, int]] = {
    "fr": {"midi": 12, "minuit": 0},
    "en": {"noon": 12, "midday": 12, "midnight": 0},
    "vi": {"giữa trưa": 12, "nửa đêm": 0},
}
# The words a pattern cannot match without, tested on the text in lower case before it runs:
# of the Vietnamese patterns, those led by or holding a word found nothing in most texts
# they were tried on (the words "tháng" or "thg" are in 28 of the bench's 234 Vietnamese
# texts the cues pass), at 1-4 us a text each. A test of the lower-cased text is never wrong
# for these words: each of their letters matches, case-blind, only itself and its capital,
# which lowers to it. Not so "i" (the patterns match "İ", which lowers to two characters)
# nor "s" (they match "ſ", which stays as it is): "giờ" is tested as "ờ", "tới " as "tớ",
# "giữa trưa" as "trưa"; the month names and "midi" are left untested (a test unit checks
# every needed letter against the regex engine).
_MONTH_WORDS_VI = ("tháng", "thg")
_SPOKEN_NEEDS = {"vi": ("trưa", "đêm")}  # the spoken times "giữa trưa", "nửa đêm"
_TIME_WORD_STEMS = ("midi", "minuit", "noon", "midday", "midnight", "trưa", "đêm")
_TIME_WORD_CUE = re.compile(r"\b(?:midi|minuit|noon|midday|midnight|giữa trưa|nửa đêm)\b")

# What every numeric date or time contains, starting with a digit so that the regex engine
# can skip ahead to digits; month names and Vietnamese words are tested as words. Only the
# digit right before the mark is read: a search finds "2025-07-28" by its "5-07-28", and
# "14h30" by its "4h3". The word cues are matched on the text in lower case: a
# case-insensitive search of words with Vietnamese letters is twice as slow. Every
# alternative after the digit opens with a character or a class, those after a space behind
# one ``\s`` (``\s?h`` is ``h|\sh``, ``\s+heures?`` is ``\s\s*heures?``): the engine tells at
# once which of them the next character can start, where each opening with an optional
# space was tried in turn (7.1 -> 6.1 ms on the bench's 3,704 texts with digits).
_CUE = re.compile(
    r"\d(?:[/.-]\d{1,2}[/.-]\d\d|:\d\d|h(?:\d|\b)|[apAP]\.?[mM]\b|[–-]\s?\d{1,2}\s*/\s*\d"
    r"|\s(?:h(?:\d|\b)|\s*[apAP]\.?[mM]\b|\s*heures?\b|\s*o['’]clock|[–-]\s?\d{1,2}\s*/\s*\d))"
)
_CUE_WORDS = ("ngày", "tháng", "thg", "giờ", "mồng", "mùng", "hôm", "đến", "tới")
# The Vietnamese cues in two patterns, one whose alternatives all open with a word, one
# with a digit, so that the regex engine skips ahead to their first letters or to digits: as
# one pattern, it tried every position of the text (three times slower).
_VI_CUE_WORDS = re.compile(
    r"ngày\s+\d|tháng\s+\d|thg\s+\d|mồng\s+\d|mùng\s+\d|hôm\s+\d"
    r"|đến\s+(?:ngày\s+)?\d{1,2}/\d|tới\s+(?:ngày\s+)?\d{1,2}/\d"
    r"|tháng\s+[^\W\d]+(?:\s+[^\W\d]+)?(?:\s+năm\s+|/)\d"
)
_VI_CUE_DIGITS = re.compile(r"\d\s+(?:giờ|tháng\s|thg\s)")
# The words of ``_VI_CUE_DIGITS``, cued apart: of the bench's 784 Vietnamese texts with
# digits that reach it, 55 hold one (the others hold "ngày", "đến" ...), 1.35 -> 0.2 ms.
_VI_CUE_DIGIT_WORDS = ("giờ", "tháng", "thg")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=16)
def _month_words(lang: str) -> frozenset[str]:
    """Month names of ``lang`` in lower case, to test a text's words before the patterns."""
    return frozenset(m for m in _months(lang) if not m[0].isdigit() and "tháng" not in m)


@lru_cache(maxsize=16)
def _cue_words(lang: str) -> ahocorasick.Automaton:
    """The words that cue a date in a text of ``lang`` in lower case, each with what it cues:
    a time said in words ("midi"), a Vietnamese date ("ngày"; "vi-digit" too for the words
    of ``_VI_CUE_DIGITS``), a month's name ("juin", only as a whole word); all found in one
    pass, where a test per word scanned the text thirty times. A month word that is no run
    of letters ("thg 7") is never a whole word: left out."""
    kinds: dict[str, set[str]] = {}
    months = (m for m in _month_words(lang) if _WORD.fullmatch(m))
    for kind, words in (
        ("time", _TIME_WORD_STEMS),
        ("vi", _CUE_WORDS),
        ("vi-digit", _VI_CUE_DIGIT_WORDS),
        ("month", months),
    ):
        for word in words:
            kinds.setdefault(word, set()).add(kind)
    return automaton((word, (len(word), frozenset(held))) for word, held in kinds.items())


def _letter(char: str) -> bool:
    """Whether ``char`` is a letter as ``_WORD`` reads one (a word character, no digit)."""
    return char.isalnum() and not char.isdecimal()


def _cued(lowered: str, lang: str) -> set[str]:
    """What the cue words of ``lowered`` cue ("time", "vi"; "month" for a month's name that is
    a whole word, as ``_WORD`` would find it)."""
    cued: set[str] = set()
    for last, (size, kinds) in _cue_words(lang).iter(lowered):
        inside = (last + 1 < len(lowered) and _letter(lowered[last + 1])) or (
            last >= size and _letter(lowered[last - size])
        )
        cued |= kinds - {"month"} if inside else kinds  # "mai" of "mais" names no month
    return cued


def _may_hold_date(text: str, lang: str) -> bool:
    """Cheap and never wrong in the negative: False only when no pattern can match."""
    digits = _DIGIT.search(text) is not None
    if digits and _CUE.search(text):
        return True
    lowered = lowercase(text)
    cued = _cued(lowered, lang)
    if "time" in cued and _TIME_WORD_CUE.search(lowered):
        return True
    if not digits:
        return False
    if "vi" in cued and (
        ("vi-digit" in cued and _VI_CUE_DIGITS.search(lowered)) or _VI_CUE_WORDS.search(lowered)
    ):
        return True
    return "month" in cued


@lru_cache(maxsize=16)
def find(text: str, lang: str) -> tuple[Found, ...]:
    """Every date and time in ``text`` read as ``lang`` writes them, without overlaps.

    Remembered for the unit at hand: the units and numbers checks, later in the same unit's
    plan, ask for the same texts' dates to leave them out (``spans.blank``). A few entries
    do: 65,536 kept every text of a run, its dates and the cache's links alive for nothing.
    """
    if not _may_hold_date(text, lang):
        return ()
    taken: list[Found] = []
    for pattern, read_range in _ranges(lang):  # a range first: its days share what follows
        for match in pattern.finditer(text):
            first, last = read_range(match)
            if first and last:
                # the first day alone; the last day with the month and year after it
                spans = (match.span("d1"), (match.start("d2"), match.end()))
                for (start, end), values in zip(spans, (first, last), strict=True):
                    taken.append(Found(start, end, text[start:end], frozenset(values)))
    lowered = lowercase(text)
    for pattern, reader, needs in _patterns(lang):
        if needs and not any(map(lowered.__contains__, needs)):
            continue  # it cannot match: the usual case for the Vietnamese patterns
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < f.end and f.start < end for f in taken):
                continue
            values = reader(match)
            if values:
                taken.append(Found(start, end, match.group(0), frozenset(values)))
    return tuple(sorted(taken, key=lambda f: f.start))


def _same(a: DateValue, b: DateValue) -> bool:
    """Same date or time; a missing year on either side matches any year."""
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _matches(a: Found, b: Found) -> bool:
    return any(_same(x, y) for x in a.values for y in b.values)


def _describe(found: Found) -> str:
    value = min(found.values, key=lambda v: tuple(x or 0 for x in v))
    if value[3] is not None:
        return f"{found.text} ({value[3] // 60:02d}:{value[3] % 60:02d})"
    parts = [
        f"{value[0]:04d}" if value[0] else "????",
        f"{value[1]:02d}",
        f"{value[2]:02d}" if value[2] else "??",
    ]
    return f"{found.text} ({'-'.join(parts)})"


def unmatched(source: tuple[Found, ...], target: tuple[Found, ...]) -> Iterator[tuple[str, Found]]:
    """Dates of one side with no equal date on the other, as ("missing"|"extra", date)."""
    left = list(target)
    for item in source:
        partner = next((t for t in left if _matches(item, t)), None)
        if partner is None:
            yield "missing", item
        else:
            left.remove(partner)
    for item in left:
        yield "extra", item


@check(
    "dates",
    Severity.ERROR,
    digits=True,
    explain=(
        "The same dates and clock times by value, each side read with its language's patterns and"
        " month names: 28/07/2025 = July 28, 2025 = 28 tháng 7 năm 2025; 14 h 30 = 14 heures 30 ="
        " 2:30 p.m. = 14 giờ 30 phút = 2 giờ 30 chiều; à 18 heures = 6 p.m. = 18 giờ (but '16 "
        "heures par jour' is a duration); midi = noon = 12:00; 15-8-2024 = ngày 15 tháng Tám "
        "năm 2024; a range of days sharing its month is two dates: du 1er au 30 septembre = "
        "September 1–30 = từ ngày 1/9 đến 30/9. A date replaced by another is an error; dates "
        "on one side only are a warning (they may be said in words: 'this year', 'mid-August')."
    ),
)
def dates(unit: Unit) -> list[str]:
    """Every date and time of the source, by value, in the translation and nothing more."""
    if not _DIGIT.search(unit.source) and not _DIGIT.search(unit.target):
        return []
    source = find(unit.source, unit.source_lang)
    target = find(unit.target, unit.target_lang)
    if not source and not target:
        return []
    differ = list(unmatched(source, target))
    # Dates on one side only may be said in words no pattern reads ("this year", "mid-August"):
    # a doubt; a date replaced by another is an error.
    mark = Doubtful if len({side for side, _ in differ}) == 1 else str
    return [
        mark(f"date {_describe(d)} not found in the translation")
        if side == "missing"
        else mark(f"date {_describe(d)} not in the source")
        for side, d in differ
    ]
