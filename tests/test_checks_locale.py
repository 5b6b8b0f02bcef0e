"""Property tests: a number or date written by Babel in one language and by Babel in another is
the same value to the checks, and a different value is always caught."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.checks import Unit, run, select

LANGS = ("fr", "vi", "en")
PAIRS = [(a, b) for a in LANGS for b in LANGS if a != b]

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999"), places=2,
                      allow_nan=False, allow_infinity=False)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _numbers(source: str, target: str, pair: tuple[str, str]) -> list[str]:
    return [f.message for f in run(Unit(source, target, *pair), select(["numbers"]))]


def _dates(source: str, target: str, pair: tuple[str, str]) -> list[str]:
    return [f.message for f in run(Unit(source, target, *pair), select(["dates", "numbers"]))]


@settings(max_examples=60, deadline=None)
@given(amount=amounts, pair=st.sampled_from(PAIRS))
def test_babel_formatted_numbers_agree(amount: Decimal, pair: tuple[str, str]) -> None:
    source = f"Total : {format_decimal(amount, locale=pair[0])} ."
    target = f"Total : {format_decimal(amount, locale=pair[1])} ."
    assert _numbers(source, target, pair) == []


@settings(max_examples=60, deadline=None)
@given(amount=amounts, pair=st.sampled_from(PAIRS))
def test_a_different_number_is_caught(amount: Decimal, pair: tuple[str, str]) -> None:
    other = amount * 10
    source = f"Total : {format_decimal(amount, locale=pair[0])} ."
    target = f"Total : {format_decimal(other, locale=pair[1])} ."
    problems = _numbers(source, target, pair)
    assert any(p.endswith("not found in the translation") for p in problems), problems
    assert any(p.endswith("not in the source") for p in problems), problems


@settings(max_examples=40, deadline=None)
@given(share=st.decimals(min_value=Decimal("0.001"), max_value=Decimal("0.999"), places=3),
       pair=st.sampled_from(PAIRS))
def test_babel_formatted_percentages_agree(share: Decimal, pair: tuple[str, str]) -> None:
    pattern = "#,##0.#%"
    source = f"Hausse de {format_percent(share, pattern, locale=pair[0])}."
    target = f"Rise of {format_percent(share, pattern, locale=pair[1])}."
    assert _numbers(source, target, pair) == []


@settings(max_examples=60, deadline=None)
@given(day=dates, pair=st.sampled_from(PAIRS),
       widths=st.tuples(st.sampled_from(["short", "medium", "long"]),
                        st.sampled_from(["short", "medium", "long"])))
def test_babel_formatted_dates_agree(day: dt.date, pair: tuple[str, str],
                                     widths: tuple[str, str]) -> None:
    source = f"Le {format_date(day, widths[0], locale=pair[0])}, rien."
    target = f"On {format_date(day, widths[1], locale=pair[1])}, nothing."
    assert _dates(source, target, pair) == []


@settings(max_examples=40, deadline=None)
@given(day=dates, shift=st.integers(min_value=1, max_value=27), pair=st.sampled_from(PAIRS))
def test_a_different_date_is_caught(day: dt.date, shift: int, pair: tuple[str, str]) -> None:
    other = day + dt.timedelta(days=shift)
    source = f"Le {format_date(day, 'long', locale=pair[0])}."
    target = f"On {format_date(other, 'long', locale=pair[1])}."
    problems = _dates(source, target, pair)
    assert any(p.endswith(f"({day.isoformat()}) not found in the translation")
               for p in problems), problems
    assert any(p.endswith(f"({other.isoformat()}) not in the source") for p in problems), problems


@settings(max_examples=40, deadline=None)
@given(value=st.integers(min_value=0, max_value=999), pair=st.sampled_from(PAIRS),
       counts=st.tuples(st.integers(min_value=1, max_value=3),
                        st.integers(min_value=1, max_value=3)).filter(lambda c: c[0] != c[1]))
def test_a_number_repeated_or_dropped_is_caught(value: int, pair: tuple[str, str],
                                                counts: tuple[int, int]) -> None:
    """Numbers are compared as multisets: "840 … 840" against one "840" loses one (plain
    runs of digits take the fast path, which must count them too)."""
    source = " et ".join([f"{value} victimes"] * counts[0]) + "."
    target = " and ".join([f"{value} victims"] * counts[1]) + "."
    problems = _numbers(source, target, pair)
    where = "not found in the translation" if counts[0] > counts[1] else "not in the source"
    assert problems == [f"number {value} ({value}) {where}"] * abs(counts[0] - counts[1])


def test_one_of_two_equal_numbers_dropped() -> None:
    source = "En 2024, 840 victimes ; en 2023, 840 aussi."
    target = "In 2024, 840 victims; in 2023 as well."
    assert _numbers(source, target, ("fr", "en")) == ["number 840 (840) not found in the "
                                                      "translation"]
