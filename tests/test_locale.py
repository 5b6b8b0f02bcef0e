"""Babel helpers: language tags, dates, plural forms, language names and fixed labels."""

from __future__ import annotations

import datetime as dt
import gettext

import pytest

from l10n.errors import InputError
from l10n.locale import (
    format_date,
    label,
    language_name,
    normalize_lang,
    plural_forms,
    with_colon,
)

JULY_28 = dt.date(2025, 7, 28)


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [
        ("fr", "fr"),
        ("vi", "vi"),
        ("en", "en"),
        ("fr-CA", "fr-CA"),
        ("pt-BR", "pt-BR"),
        ("PT-br", "pt-BR"),
        ("fr_CA", "fr-CA"),
        (" vi ", "vi"),
        ("zh-Hant-TW", "zh-Hant-TW"),
    ],
)
def test_normalize_lang_returns_canonical_tag(tag: str, canonical: str) -> None:
    assert normalize_lang(tag) == canonical


@pytest.mark.parametrize("tag", ["xx", "", "fr-", "123", "en-ZZ", "fr-FR-x-y", "français"])
def test_normalize_lang_rejects_unknown_tags(tag: str) -> None:
    with pytest.raises(InputError) as caught:
        normalize_lang(tag)
    assert caught.value.where == "--lang"
    assert caught.value.what == f"unknown language {tag!r}"
    assert caught.value.fix == "Use a BCP 47 tag such as fr, vi or en"


def test_normalize_lang_reports_where_the_tag_came_from() -> None:
    with pytest.raises(InputError) as caught:
        normalize_lang("xx", where="l10n.toml: source_lang")
    assert caught.value.one_line() == (
        "l10n.toml: source_lang: unknown language 'xx'. Use a BCP 47 tag such as fr, vi or en"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "28 juillet 2025"),
        ("vi", "28 tháng 7, 2025"),
        ("en", "July 28, 2025"),
        ("fr-CA", "28 juillet 2025"),
    ],
)
def test_format_date_is_the_long_local_form(lang: str, expected: str) -> None:
    assert format_date(JULY_28, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("vi", "nplurals=1; plural=0;"), ("en", "nplurals=2; plural=(n != 1);")],
)
def test_plural_forms_header(lang: str, expected: str) -> None:
    assert plural_forms(lang) == expected


def test_plural_forms_french_treats_one_as_singular_and_two_as_plural() -> None:
    # Babel's CLDR data has changed French from 2 to 3 forms (a "many" form for millions), so
    # check the rule's meaning with gettext's own evaluator rather than pin the text.
    header = plural_forms("fr")
    nplurals, plural = (part.split("=", 1)[1].strip() for part in header.rstrip(";").split(";"))
    rule = gettext.c2py(plural)
    assert rule(0) == rule(1) == 0
    assert 0 < rule(2) < int(nplurals)


@pytest.mark.parametrize(
    ("lang", "in_lang", "expected"),
    [
        ("vi", "vi", "Tiếng Việt"),
        ("fr", "en", "French"),
        ("en", "fr", "anglais"),
        ("vi", "fr", "vietnamien"),
        ("fr-CA", "en", "French (Canada)"),
    ],
)
def test_language_name(lang: str, in_lang: str, expected: str) -> None:
    assert language_name(lang, in_lang) == expected


@pytest.mark.parametrize(
    ("key", "lang", "expected"),
    [
        ("source", "fr", "Source"),
        ("source", "vi", "Nguồn"),
        ("source", "en", "Source"),
        ("photo", "vi", "Ảnh"),
        ("published", "fr", "Publié le"),
        ("source", "fr-CA", "Source"),
        ("source", "de", "Source"),
        ("photo", "ja", "Photo"),
    ],
)
def test_label_is_localized_with_english_fallback(key: str, lang: str, expected: str) -> None:
    assert label(key, lang) == expected


def test_label_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        label("no-such-label", "fr")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "Source\u00a0:"), ("fr-CA", "Source\u00a0:"), ("vi", "Source:"), ("en", "Source:")],
)
def test_with_colon_follows_the_language_typography(lang: str, expected: str) -> None:
    assert with_colon("Source", lang) == expected
