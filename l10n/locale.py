"""Locale helpers on top of Babel, so no other module has to know Babel's API or CLDR quirks.

All functions are pure: they take a BCP 47 tag (``fr``, ``vi``, ``en``, ``pt-BR``) and return
plain strings. Tags are validated once, at the edge, by :func:`normalize_lang`; the other
helpers trust what they are given and raise :class:`~l10n.errors.InputError` only through it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.core import parse_locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from l10n.errors import InputError
from l10n.model.langtag import base_language

# Fixed words the writers print around the article's own text. Kept here, not in catalogs,
# because they belong to the tool, not to any one article. Languages not listed get English.
_LABELS: dict[str, dict[str, str]] = {
    "source": {"en": "Source", "fr": "Source", "vi": "Nguồn"},
    "published": {"en": "Published", "fr": "Publié le", "vi": "Đăng ngày"},
    "updated": {"en": "Updated", "fr": "Mis à jour le", "vi": "Cập nhật"},
    "photo": {"en": "Photo", "fr": "Photo", "vi": "Ảnh"},
    "by": {"en": "By", "fr": "Par", "vi": "Tác giả"},
    "languages": {"en": "Languages", "fr": "Langues", "vi": "Ngôn ngữ"},
}

_FALLBACK = "en"

# French typography puts a no-break space before the colon; others put nothing.
_NBSP = "\u00a0"
_SPACE_BEFORE_COLON = {"fr": _NBSP}


def normalize_lang(tag: str, where: str = "--lang") -> str:
    """Return ``tag`` in canonical BCP 47 form (``fr``, ``fr-CA``), or fail saying the fix.

    Babel silently maps an unknown region to a likely one (``en-ZZ`` becomes ``en_US``), so
    the locale it resolves is compared with what was asked for rather than trusted. POSIX
    spellings (``fr_CA``) are accepted since they are what ``$LANG`` holds.
    """
    try:
        asked = parse_locale(tag.strip().replace("_", "-"), sep="-")[:4]
        language, territory, script, variant = asked
        locale = Locale.parse("_".join(p for p in (language, script, territory, variant) if p))
    except (ValueError, UnknownLocaleError):
        raise _unknown(tag, where) from None
    resolved = (locale.language, locale.territory, locale.script, locale.variant)
    if any(want and want != got for want, got in zip(asked, resolved, strict=True)):
        raise _unknown(tag, where)
    subtags = (language, script, territory, variant.lower() if variant else None)
    return "-".join(part for part in subtags if part)


def _unknown(tag: str, where: str) -> InputError:
    """The one error every invalid tag gives, so users see the same hint everywhere."""
    return InputError(where, f"unknown language {tag!r}", "Use a BCP 47 tag such as fr, vi or en")


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale:
    """Parse once per tag: writers ask for the same locale for every block."""
    return Locale.parse(lang, sep="-")


def format_date(date: dt.date, lang: str) -> str:
    """A publication date as readers of ``lang`` write it (``28 juillet 2025``)."""
    # Stage import: babel.dates works out the machine's time zone when imported (~10 ms of
    # start-up here), and only export formats a date.
    from babel.dates import format_date as babel_format_date  # noqa: PLC0415

    return babel_format_date(date, format="long", locale=_locale(lang))


def text_direction(lang: str) -> str:
    """``ltr`` or ``rtl``, as CLDR says ``lang`` is written, for the HTML ``dir`` attribute."""
    try:
        order = _locale(lang).character_order
    except (ValueError, UnknownLocaleError):  # an article's tag was validated at ingest
        return "ltr"
    return "rtl" if order == "right-to-left" else "ltr"


def plural_forms(lang: str) -> str:
    """The ``Plural-Forms`` header for a PO file in ``lang``, as Babel's CLDR data gives it."""
    # Stage import: babel.messages loads Babel's whole catalog model, babel.dates with it
    # (~16 ms of every command's start-up here), and only ingest writes a header.
    from babel.messages.plurals import get_plural  # noqa: PLC0415

    return get_plural(_locale(lang)).plural_forms


def number_symbols(lang: str) -> tuple[str, str]:
    """The decimal and group symbols of ``lang`` (``,`` and a narrow no-break space in French)."""
    locale = _locale(lang)
    return get_decimal_symbol(locale), get_group_symbol(locale)


@lru_cache(maxsize=16)
def month_numbers(lang: str) -> dict[str, int]:
    """Month names and abbreviations of ``lang`` (lower case, no final dot) → month number.

    Every width and context CLDR has (``juillet``, ``juil``, ``tháng 7``, ``thg 7``), since
    articles use all of them.
    """
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in _locale(lang).months[context][width].items():
                names[name.lower().rstrip(".")] = number
    return names


def language_name(lang: str, in_lang: str) -> str:
    """The name of ``lang`` written in ``in_lang`` (``vietnamien``), for language switchers."""
    name = _locale(lang).get_display_name(_locale(in_lang))
    return name or lang


def label(key: str, lang: str) -> str:
    """A fixed word the writers print (``source`` → ``Nguồn``), English when not translated.

    An unknown ``key`` is a programming error and raises :class:`KeyError`.
    """
    words = _LABELS[key]
    return words.get(base_language(lang), words[_FALLBACK])


def with_colon(text: str, lang: str) -> str:
    """``text`` followed by a colon spaced the way ``lang`` spaces it (``Source :`` in French)."""
    return f"{text}{_SPACE_BEFORE_COLON.get(base_language(lang), '')}:"
