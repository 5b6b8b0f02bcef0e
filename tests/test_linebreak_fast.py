"""The regex fast path of the line breaker finds exactly the breaks of the state machine."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog.linebreak import (
    _CLASS_CODES,
    _SIMPLE_TEXT,
    _WIDTH_CODES,
    _fill,
    _fill_stepwise,
    _opportunities,
    _opportunities_slow,
    _simple_breaks,
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


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(ALPHABET.replace("\t", "")), max_size=300),
       st.integers(5, 80), st.integers(0, 20), st.sets(st.integers(0, 300), max_size=5))
def test_bisection_fill_agrees_with_the_greedy_loop(text: str, width: int, start: int,
                                                     locked: set[int]) -> None:
    columns = [0, *itertools.accumulate(map(int, text.translate(_WIDTH_CODES)))]
    simple = _simple_breaks(text)
    if simple is not None:
        points = [i for i in simple if i not in locked]
        stepwise = [(i, kind) for i, kind in _opportunities(text) if i not in locked]
        assert _fill(points, columns, width, start) == \
            _fill_stepwise(stepwise, columns, width, start)


def test_no_break_after_an_opening_bracket() -> None:
    """OP forbids a break after it, spaces or not: an empty class in the regex once broke."""
    for text in ("[ ‘", "( x", "« Le"):
        assert _opportunities(text) == _opportunities_slow(text.translate(_CLASS_CODES))
