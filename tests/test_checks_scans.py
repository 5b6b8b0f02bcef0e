"""The cheap first looks of the numbers, language and punctuation checks, read exactly as the
patterns they stand for: each case here failed under one way of getting a rewritten scan wrong."""

from __future__ import annotations

import pytest

from l10n.checks.base import Unit
from l10n.checks.language import _BETWEEN_VOWELS, _FOREIGN_LETTER, _word_at
from l10n.checks.lexicon import OPENING_RANKS
from l10n.checks.numbers import _cued, _currencies, _plain_runs, opening_rank
from l10n.checks.punctuation import punctuation


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        ("Giá vé là 12đ.", {"VND"}),
        ("Giá vé là 12 đ.", {"VND"}),
        ("Giá vé là 12  đ.", set()),  # two spaces: no sign
        ("Giá vé là 12 đồng.", {"VND"}),  # the word, not the sign
        ("Giá vé là 12 đây.", set()),  # "đ" opening a word
        ("Đ đ đã đến.", set()),  # no digit before
        ("đ12", set()),
    ],
)
def test_the_dong_sign_is_read_after_a_digit_and_at_most_one_space(
    text: str, currencies: set[str]
) -> None:
    assert _currencies(text) == currencies


def test_a_foreign_shape_is_made_of_letters_only() -> None:
    """``_word_at`` takes a shape's characters as letters of its word without looking at them:
    every character either class of the shape reads must be one ``str.isalpha`` accepts."""
    read = [
        chr(code)
        for code in range(0x10000)
        if _FOREIGN_LETTER.fullmatch(chr(code))
        or _BETWEEN_VOWELS.fullmatch(f"a{chr(code)}a")
        or _BETWEEN_VOWELS.fullmatch(f"{chr(code)}ba")
    ]
    assert read and all(char.isalpha() for char in read)
    assert _word_at("Bà Kendra Rinas", 4, 9) == ("Kendra", 3)
    assert _word_at("x²online", 3, 6) == ("online", 2)


@pytest.mark.parametrize(
    ("text", "lang", "runs"),
    [
        ("En 2025, 840 victimes et 12 enfants.", "fr", ["12", "2025", "840"]),
        ("Năm 2025 có 840 nạn nhân.", "vi", ["2025", "840"]),
        ("Code 1234567890 et G20.", "fr", ["1234567890", "20"]),
        ("Il y a 1 380 victimes.", "fr", None),  # grouped by a space
        ("Hơn 13.000 người.", "vi", None),  # grouped by a full stop
        ("Un taux de 3,5 %.", "fr", None),  # a decimal
        ("Il a coûté 5 milliards.", "fr", None),  # a scale word after it
        ("Aucun chiffre.", "fr", []),
    ],
)
def test_the_runs_of_digits_of_a_plain_text_are_read_whole(
    text: str, lang: str, runs: list[str] | None
) -> None:
    assert _plain_runs(text, lang) == runs


@pytest.mark.parametrize("lang", sorted(OPENING_RANKS))
def test_a_source_opening_with_a_rank_holds_its_cue(lang: str) -> None:
    """The number-words check reads a source's opening rank only when ``_cued`` finds one of
    the ranks in the source in lower case: every way a rank opens a text must be found so."""
    for words, rank in OPENING_RANKS[lang].items():
        assert not {"Σ", "σ", "ς"} & set(words)  # the one letter lowered by its context
        written = words.capitalize() if lang == "vi" else words
        assert opening_rank(f"{written}, nous devons agir.", lang) == rank
        for opening in {written, written.capitalize(), written.upper()}:
            for label in ("", "Mme Kendra Rinas : ", "Bà Kendra Rinas: ", "Ms. Lan Anh: "):
                text = f"{label}{opening}, nous devons agir."
                if opening_rank(text, lang) == rank:
                    assert _cued(text.lower(), lang)[1], text


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "\t", "  ", " \u00a0"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_space_before_each_mark_is_read_in_vietnamese_and_english(
    space: str, lang: str
) -> None:
    """``_SPACE_BEFORE`` is read from the mark, the space behind it: every space of the four
    (and runs of them) before each mark, once a mark; none after a letter or another mark."""
    target = f"Vì sao{space}? Hãy hành động{space}! Chủ đề{space}: xem{space};?!:; hết."
    found = punctuation(Unit("Pourquoi ? Agir ! Thème : voir ; fin.", target, "fr", lang))
    assert found == [f"space before {mark!r}" for mark in "?!:;"]
