"""The regex fast path of the line breaker finds exactly the breaks of the state machine."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.linebreak import (
    _CLASS_CODES,
    _SIMPLE_TEXT,
    _WIDTH_CODES,
    _opportunities,
    _opportunities_slow,
    breaks,
)
from tests.conftest import ARTICLE

# Letters, digits, the punctuation of fr/vi/en news, quotes, dashes, spaces of every kind,
# wide characters: everything the fast path may see, and some it must hand over.
ALPHABET = ("abcXYZàéệươ0123456789 .,;:!?()[]{}'\"«»“”‘’-–—/%$€+#&*@_\u00a0\u202f\u2009"
            "\t中文。、")


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(ALPHABET), max_size=120))
def test_fast_path_agrees_with_the_state_machine(text: str) -> None:
    codes = text.translate(_CLASS_CODES)
    assert _opportunities(text) == _opportunities_slow(codes)


def test_news_text_takes_the_fast_path() -> None:
    lines = [line for line in ARTICLE.read_text("utf-8").splitlines() if line]
    fast = [line for line in lines if _SIMPLE_TEXT.fullmatch(line.translate(_CLASS_CODES))]
    assert len(fast) > 0.9 * len(lines)
    for line in lines:
        assert _opportunities(line) == _opportunities_slow(line.translate(_CLASS_CODES))


def greedy_reference(text: str, locked: set[int], width: int, start: int) -> list[int]:
    """The state-machine fill (the original algorithm), for comparison."""
    columns = [0, *itertools.accumulate(map(int, text.translate(_WIDTH_CODES)))]
    result: list[int] = []
    last_break, column, piece_start = -1, start, 0
    for i, _ in _opportunities(text):
        if i in locked:
            continue
        if last_break >= 0 and column + columns[i] - columns[piece_start] > width:
            result.append(last_break)
            column = 0
        last_break, column = i, column + columns[i] - columns[piece_start]
        piece_start = i
    if last_break >= 0 and column + columns[len(text)] - columns[piece_start] > width:
        result.append(last_break)
    return result


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(ALPHABET.replace("\t", "")), max_size=300),
       st.integers(5, 80), st.integers(0, 20), st.sets(st.integers(0, 300), max_size=5))
def test_bisection_fill_agrees_with_the_greedy_loop(text: str, width: int, start: int,
                                                     locked: set[int]) -> None:
    if _SIMPLE_TEXT.fullmatch(text.translate(_CLASS_CODES)):
        got = breaks(text, locked, width, start)
        fits = start + sum(map(int, text.translate(_WIDTH_CODES))) <= width
        assert got == ([] if fits else greedy_reference(text, locked, width, start))


def test_no_break_after_an_opening_bracket() -> None:
    """OP forbids a break after it, spaces or not: an empty class in the regex once broke."""
    for text in ("[ ‘", "( x", "« Le"):
        assert _opportunities(text) == _opportunities_slow(text.translate(_CLASS_CODES))
