"""Amounts a translator may say another way than the source, read back as values.

"diminué de moitié" is "fallen by 50%", "deux ans" is "24 months", "18 mois" is "a year and a
half", "1,5 million" is "one and a half million". The numbers check finds a number on one side
only in each of these; it asks here, once its values differ (rarely), whether the other side
says the same amount in words. Everything here runs on that path only: none of it is read for
a unit whose numbers agree.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from l10n.checks.base import lowercase
from l10n.checks.lexicon import HALVES, PER_TEN, SHARES, UNIT_NUMBER_WORDS, UNITS
from l10n.checks.spans import blank
from l10n.checks.spelled import spelled_values
from l10n.model.langtag import base_language

_FLAGS = re.IGNORECASE


def shares(text: str, lang: str) -> set[int]:
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
    return found


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


# Units of time by the unit they are counted in: years and months in months, the rest in
# minutes ("deux ans" = "24 months", "une semaine" = "7 days", "24 heures" = "a day").
_DURATIONS: dict[str, tuple[str, int]] = {
    "year": ("month", 12),
    "month": ("month", 1),
    "week": ("minute", 7 * 24 * 60),
    "day": ("minute", 24 * 60),
    "hour": ("minute", 60),
    "minute": ("minute", 1),
}
# "a year", "un an", "một năm": the article counts one.
_ONE = {"fr": r"un|une", "en": r"an?|one", "vi": r"một"}


@lru_cache(maxsize=16)
def _duration_re(base: str) -> re.Pattern[str] | None:
    """A number (digits or words) before a unit of time, a half before it (en "one and a half
    years") or after it ("a year and a half", "un an et demi", "một năm rưỡi")."""
    half, said = HALVES.get(base), UNIT_NUMBER_WORDS.get(base)
    kinds = [kind for kind in _DURATIONS if base in UNITS[kind]]
    if not half or not said or not kinds:
        return None
    units = "|".join(f"(?P<{kind}>{UNITS[kind][base]})" for kind in kinds)
    return re.compile(
        rf"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?|{_ONE.get(base, said)}|{said})"
        rf"(?:\s+(?P<pre>{half}))?[\s\u00a0-]+(?:{units})(?:\s+(?P<post>{half}))?(?!\w)",
        _FLAGS,
    )


def durations(text: str, lang: str) -> set[tuple[Decimal, str, Decimal]]:
    """Each span of time ``text`` states: (the number as written, the unit it is counted in,
    the span in that unit). "18 mois" is (18, month, 18); "a year and a half" (1, month, 18)."""
    base = base_language(lang)
    pattern = _duration_re(base)
    if pattern is None:
        return set()
    found = set()
    for match in pattern.finditer(blank(text, lang)):
        number = _number(match.group("n"), base, lang)
        kind = next((k for k in _DURATIONS if match.groupdict().get(k)), None)
        if number is None or kind is None:
            continue
        counted, size = _DURATIONS[kind]
        halved = number + Decimal("0.5") if match.group("pre") or match.group("post") else number
        found.add((number, counted, halved * size))
    return found


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


def same_duration(value: Decimal, text: str, lang: str, other: str, other_lang: str) -> bool:
    """Whether ``value`` counts a span of time in ``text`` that ``other`` states in another
    unit or with a half ("deux ans" = "24 months", "18 mois" = "a year and a half")."""
    mine = {(counted, span) for number, counted, span in durations(text, lang) if number == value}
    if not mine:
        return False
    return bool(mine & {(counted, span) for _n, counted, span in durations(other, other_lang)})


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


def halves(text: str, lang: str) -> set[Decimal]:
    """Amounts ``text`` says as a number and a half of a scale ("one and a half million" is
    1,500,000)."""
    base = base_language(lang)
    pattern = _half_scale_re(base)
    if pattern is None:
        return set()
    found = set()
    for match in pattern.finditer(text):
        number = _number(match.group("n"), base, lang)
        if number is not None:
            power = _POWERS[match.group("scale").lower().rstrip("s")]
            found.add(((number + Decimal("0.5")) * 10**power).normalize())
    return found
