"""CLDR facts about the project's own languages (fr, vi, en), copied from Babel's data.

Importing Babel and unpickling a locale's CLDR data costs a command about 30–60 ms, a third of
``l10n export`` and a tenth of ``l10n check``. For French, Vietnamese and English the few facts
those commands need are written out here; any other language asks Babel. ``tests/test_cldr.py``
compares every value with what the installed Babel says, so a CLDR update cannot leave them
stale unnoticed.
"""

from __future__ import annotations

import datetime as dt

KNOWN = frozenset({"fr", "vi", "en"})

# Babel's "long" date format as a str.format template, and the wide month names it uses.
_LONG_DATE: dict[str, tuple[str, tuple[str, ...]]] = {
    "fr": ("{day} {month} {year}", ("janvier", "février", "mars", "avril", "mai", "juin",
                                    "juillet", "août", "septembre", "octobre", "novembre",
                                    "décembre")),
    "vi": ("{day} {month}, {year}", tuple(f"tháng {n}" for n in range(1, 13))),
    "en": ("{month} {day}, {year}", ("January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December")),
}

# Decimal and group symbols of numbers.
_NUMBER_SYMBOLS: dict[str, tuple[str, str]] = {
    "fr": (",", "\u202f"),
    "vi": (",", "."),
    "en": (".", ","),
}

# Month abbreviations (wide and abbreviated, format and stand-alone, lower case, no final
# dot) besides the wide names above.
_MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "fr": {"janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
           "déc": 12},
    "vi": {f"thg {n}": n for n in range(1, 13)},
    "en": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "oct": 10, "nov": 11, "dec": 12},
}


def long_date(date: dt.date, lang: str) -> str | None:
    """``date`` in ``lang``'s long format (``28 juillet 2025``); None when not known here."""
    known = _LONG_DATE.get(lang)
    if known is None:
        return None
    template, months = known
    return template.format(day=date.day, month=months[date.month - 1], year=date.year)


def number_symbols(lang: str) -> tuple[str, str] | None:
    """The decimal and group symbols of ``lang``; None when not known here."""
    return _NUMBER_SYMBOLS.get(lang)


def month_numbers(lang: str) -> dict[str, int] | None:
    """Month names and abbreviations (lower case, no final dot) → number; None when not known
    here."""
    known = _LONG_DATE.get(lang)
    if known is None:
        return None
    names = {name.lower(): number for number, name in enumerate(known[1], 1)}
    return names | _MONTH_ABBREVIATIONS[lang]
