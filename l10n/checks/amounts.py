"""Amounts a translator may say another way than the source, read back as values.

"diminué de moitié" is "fallen by 50%", "deux ans" is "24 months", "18 mois" is "a year and a
half", "30 km" is "about 19 miles", "1,5 million" is "one and a half million". The numbers
check finds a number on one side only in each of these; it asks here, once its values differ
(rarely), whether the other side says the same amount another way. Nothing here is read for a
unit whose numbers agree.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from l10n.checks.base import lowercase
from l10n.checks.lexicon import (
    CONVERTED_UNITS,
    HALVES,
    PER_TEN,
    SHARES,
    UNIT_NUMBER_WORDS,
    UNITS,
)
from l10n.checks.spans import blank
from l10n.checks.spelled import spelled_values
from l10n.model.langtag import base_language

_FLAGS = re.IGNORECASE


@lru_cache(maxsize=4096)
def shares(text: str, lang: str) -> frozenset[int]:
    """Percentages ``text`` says as a fraction in words ("la moitié" 50, "two thirds" 66 or 67,
    "six in ten" 60)."""
    fractions, per_ten = _share_res(base_language(lang))
    lowered = lowercase(text)
    found = {n for pattern, values in fractions if pattern.search(lowered) for n in values}
    for match in per_ten.finditer(lowered) if per_ten else ():
        count = match.group(1)
        found |= {
            10 * n for n in ([int(count)] if count.isdigit() else spelled_values(count, lang))
        }
    return frozenset(found)


@lru_cache(maxsize=16)
def _share_res(
    base: str,
) -> tuple[tuple[tuple[re.Pattern[str], tuple[int, ...]], ...], re.Pattern[str] | None]:
    fractions = tuple(
        (re.compile(rf"(?<!\w)(?:{words})(?!\w)"), values)
        for words, values in SHARES.get(base, {}).items()
    )
    per_ten = PER_TEN.get(base)
    return fractions, re.compile(rf"(?<!\w)(\w+)\s+{per_ten}(?!\w)") if per_ten else None


# Units by the unit they are counted in: years and months in months, other spans of time in
# minutes, lengths in metres ("deux ans" = "24 months", "une semaine" = "7 days", "24 heures" =
# "a day"); a mile is converted from kilometres ("30 km" = "about 19 miles"), compared within
# 5 %, as the translator rounds.
_MEASURES: dict[str, tuple[str, Decimal]] = {
    "year": ("month", Decimal(12)),
    "month": ("month", Decimal(1)),
    "week": ("minute", Decimal(7 * 24 * 60)),
    "day": ("minute", Decimal(24 * 60)),
    "hour": ("minute", Decimal(60)),
    "minute": ("minute", Decimal(1)),
    "km": ("metre", Decimal(1000)),
    "mile": ("metre", Decimal("1609.344")),
}
_CONVERTED = frozenset({"mile"})
_ROUNDING = Decimal("0.05")
# "a year", "un an", "một năm": the article counts one.
_ONE = {"fr": r"un|une", "en": r"an?|one", "vi": r"một"}


@lru_cache(maxsize=16)
def _measure_re(base: str) -> re.Pattern[str] | None:
    """A number (digits or words) before a unit of time or length, a half before it (en "one
    and a half years") or after it ("a year and a half", "un an et demi", "một năm rưỡi")."""
    half, said = HALVES.get(base), UNIT_NUMBER_WORDS.get(base)
    forms = {kind: UNITS.get(kind, CONVERTED_UNITS.get(kind, {})).get(base) for kind in _MEASURES}
    if not half or not said or not all(forms.values()):
        return None
    units = "|".join(f"(?P<{kind}>{words})" for kind, words in forms.items())
    return re.compile(
        rf"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?|{_ONE.get(base, said)}|{said})"
        rf"(?:\s+(?P<pre>{half}))?[\s\u00a0-]+(?:{units})(?:\s+(?P<post>{half}))?(?!\w)",
        _FLAGS,
    )


class _Measure(NamedTuple):
    kind: str  # of UNITS (year, km) or CONVERTED_UNITS (mile)
    number: Decimal  # as written before the unit
    counted: str  # the unit of its kind: month, minute, metre
    amount: Decimal  # in that unit
    rounded: bool  # converted from another system of units


@lru_cache(maxsize=4096)
def measures(text: str, lang: str) -> frozenset[_Measure]:
    """Each span of time or length ``text`` states: "18 mois" is (18, month, 18), "a year and
    a half" (1, month, 18), "19 miles" (19, metre, 30,577, rounded)."""
    base = base_language(lang)
    pattern = _measure_re(base)
    if pattern is None:
        return frozenset()
    found = set()
    for match in pattern.finditer(blank(text, lang)):
        number = _number(match.group("n"), base, lang)
        kind = next((k for k in _MEASURES if match.groupdict().get(k)), None)
        if number is None or kind is None:
            continue
        counted, size = _MEASURES[kind]
        halved = number + Decimal("0.5") if match.group("pre") or match.group("post") else number
        found.add(_Measure(kind, number, counted, halved * size, kind in _CONVERTED))
    return frozenset(found)


def _number(written: str, base: str, lang: str) -> Decimal | None:
    """The value of a number before a unit: digits (either decimal mark), a word, or the
    article that counts one."""
    if written[0].isdigit():
        try:
            return Decimal(written.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the pattern only matches digits
            return None
    if re.fullmatch(_ONE.get(base, "(?!)"), written, _FLAGS):
        return Decimal(1)
    values = spelled_values(written, lang)
    return Decimal(max(values)) if values else None


def same_measure(value: Decimal, text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``value`` counts a span of time or length in ``text`` that ``other`` states in
    another unit or with a half ("deux ans" = "24 months", "18 mois" = "a year and a half",
    "30 km" = "about 19 miles")."""
    mine = [m for m in measures(text, lang) if m.number == value]
    return bool(mine) and _any_same(mine, measures(other, other_lang))


def same_in_other_unit(kind: str, text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether a span ``text`` counts in ``kind`` (month, km) is one ``other`` states in another
    unit: the units check need not find that unit in ``other`` ("deux ans": "24 months")."""
    mine = [m for m in measures(text, lang) if m.kind == kind]
    return bool(mine) and _any_same(mine, measures(other, other_lang))


def _any_same(mine: list[_Measure], theirs: frozenset[_Measure]) -> bool:
    """Whether a measure of ``mine`` is one of ``theirs``: equal in the unit both are counted
    in, or within 5 % when one was converted from another system."""
    return any(
        a.counted == b.counted
        and (
            abs(a.amount - b.amount) <= _ROUNDING * max(a.amount, b.amount)
            if a.rounded != b.rounded
            else a.amount == b.amount
        )
        for a in mine
        for b in theirs
    )


@lru_cache(maxsize=16)
def _half_scale_re(base: str) -> re.Pattern[str] | None:
    """A number and a half before or after a scale word ("one and a half million", "un million
    et demi", "1 triệu rưỡi")."""
    half, said, scales = HALVES.get(base), UNIT_NUMBER_WORDS.get(base), _SCALES.get(base)
    if not half or not said or not scales:
        return None
    return re.compile(
        rf"(?<![\w.,])(?P<n>\d+|{_ONE.get(base, said)}|{said})"
        rf"(?:\s+(?P<pre>{half}))?\s+(?P<scale>{scales})(?(pre)|\s+{half})(?!\w)",
        _FLAGS,
    )


# Scale words a half may follow, and their powers of ten.
_SCALES: dict[str, str] = {
    "fr": r"millions?|milliards?",
    "en": r"thousand|million|billion",
    "vi": r"nghìn|ngàn|triệu|tỷ|tỉ",
}
_POWERS = {"thousand": 3, "nghìn": 3, "ngàn": 3, "million": 6, "triệu": 6}
_POWERS |= {"milliard": 9, "billion": 9, "tỷ": 9, "tỉ": 9}


@lru_cache(maxsize=4096)
def halves(text: str, lang: str) -> frozenset[Decimal]:
    """Amounts ``text`` says as a number and a half of a scale ("one and a half million" is
    1,500,000)."""
    base = base_language(lang)
    pattern = _half_scale_re(base)
    if pattern is None:
        return frozenset()
    found = set()
    for match in pattern.finditer(text):
        number = _number(match.group("n"), base, lang)
        if number is not None:
            power = _POWERS[match.group("scale").lower().rstrip("s")]
            found.add(((number + Decimal("0.5")) * 10**power).normalize())
    return frozenset(found)
