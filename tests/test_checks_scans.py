"""The cheap first looks of the numbers and language checks, read exactly as the patterns they
stand for: each case here failed under one way of getting a rewritten scan wrong."""

from __future__ import annotations

import pytest

from l10n.checks.numbers import _currencies


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
