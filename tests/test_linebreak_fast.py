"""The regex fast path of the line breaker finds exactly the breaks of the state machine."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.linebreak import _CLASS_CODES, _SIMPLE_TEXT, _opportunities, _opportunities_slow
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
