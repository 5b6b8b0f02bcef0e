"""The placeholder token grammar shared by readers, MT, checks and export."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from l10n.model.placeholders import TokenKind, compare, strip, structure_problems, tokens


def test_tokens_are_found_in_order_with_their_kind() -> None:
    text = "Voir <1>l'OIM</1> et <2/> puis <3><4>gras</4></3>."
    found = tokens(text)
    assert [(t.kind, t.number) for t in found] == [
        (TokenKind.OPEN, 1), (TokenKind.CLOSE, 1), (TokenKind.EMPTY, 2),
        (TokenKind.OPEN, 3), (TokenKind.OPEN, 4), (TokenKind.CLOSE, 4), (TokenKind.CLOSE, 3)]
    assert [text[t.start:t.end] for t in found] == [t.text for t in found]


def test_ordinary_angle_brackets_are_not_tokens() -> None:
    assert tokens("a < b > c, <b>gras</b>, <0>, </1/>, <12345>") == []
    assert strip("1 < 2 <1>x</1>") == "1 < 2 x"


def test_well_formed_text_has_no_problem() -> None:
    assert structure_problems("<1>a <2/> <3>b</3></1>") == []


def test_structure_problems_name_the_token() -> None:
    assert structure_problems("<1>a") == ["<1> is never closed"]
    assert structure_problems("a</1>") == ["</1> where no closing token was expected"]
    assert structure_problems("<1><2>a</1></2>") == ["</1> where </2> was expected"]
    assert structure_problems("<1/> <1/>") == ["<1> appears more than once"]


def test_compare_allows_moves_and_reports_losses_and_inventions() -> None:
    source = "L'<1>OIM</1> aide <2>le Vietnam</2>.<3/>"
    assert compare(source, "<2>Vietnam</2> is helped by <1>IOM</1>.<3/>") == []
    assert compare(source, "IOM helps <2>Vietnam</2>.<3/>") == ["missing </1> <1>"]
    assert compare(source, "<1>IOM</1> <2>x</2> <3/> <4/>") == ["not in the source: <4/>"]


@given(st.lists(st.sampled_from(["a", " ", "<", ">", "/", "1", "2", "é"]), max_size=30))
def test_strip_removes_exactly_the_tokens(parts: list[str]) -> None:
    text = "".join(parts)
    kept = strip(text)
    assert len(kept) == len(text) - sum(t.end - t.start for t in tokens(text))
