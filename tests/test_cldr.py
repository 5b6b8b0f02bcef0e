"""The CLDR facts copied into :mod:`l10n.cldr` say what the installed Babel says."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.dates import format_date, get_month_names
from babel.numbers import get_decimal_symbol, get_group_symbol

from l10n import cldr
from l10n.locale import format_date as our_format_date
from l10n.locale import normalize_lang, text_direction


@pytest.mark.parametrize("lang", sorted(cldr.KNOWN))
def test_tag_is_canonical_and_written_left_to_right(lang: str) -> None:
    locale = Locale.parse(lang)
    assert (locale.language, locale.territory, locale.script, locale.variant) == (
        lang, None, None, None)
    assert normalize_lang(lang) == lang
    assert locale.character_order == "left-to-right"
    assert text_direction(lang) == "ltr"


@pytest.mark.parametrize("lang", sorted(cldr.KNOWN))
def test_long_date_is_babels(lang: str) -> None:
    """Every day of a leap year, and years with fewer and more digits."""
    locale = Locale.parse(lang)
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(366)]
    days += [dt.date(999, 12, 31), dt.date(1, 2, 3), dt.date(9999, 11, 30)]
    for day in days:
        assert cldr.long_date(day, lang) == format_date(day, format="long", locale=locale)
        assert our_format_date(day, lang) == cldr.long_date(day, lang)


@pytest.mark.parametrize("lang", sorted(cldr.KNOWN))
def test_number_symbols_are_babels(lang: str) -> None:
    locale = Locale.parse(lang)
    assert cldr.number_symbols(lang) == (get_decimal_symbol(locale), get_group_symbol(locale))


@pytest.mark.parametrize("lang", sorted(cldr.KNOWN))
def test_month_names_are_babels(lang: str) -> None:
    locale = Locale.parse(lang)
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                names[name.lower().rstrip(".")] = number
    assert cldr.month_numbers(lang) == names


def test_other_languages_are_left_to_babel() -> None:
    assert cldr.long_date(dt.date(2025, 7, 28), "de") is None
    assert cldr.number_symbols("fr-CA") is None
    assert cldr.month_numbers("pt-BR") is None
    assert our_format_date(dt.date(2025, 7, 28), "de") == "28. Juli 2025"
    assert text_direction("ar") == "rtl"
