"""The runner's shortcuts: checks marked ``digits`` are skipped on units without a digit, and
checks with ``cues`` on units whose sides hold none of their cue words, which is only right if
they never find anything there."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.checks import (
    CHECKS,
    Check,
    CheckContext,
    Doubtful,
    Runner,
    Severity,
    Unit,
    get,
    select,
)
from l10n.checks.cues import CueFinder
from tests.support.checks import article_variants, case_unit, seeded_cases

DIGIT = re.compile(r"\d")
# Words and marks the number and date checks react to, mixed with arbitrary text.
CUES = [
    "million",
    "milliard",
    "tỷ",
    "triệu",
    "pour cent",
    "phần trăm",
    "%",
    "$",
    "€",
    "₫",
    "đồng",
    "USD",
    "juillet",
    "July",
    "tháng",
    "thg",
    "h",
    ":",
    "/",
    ".",
    ",",
    " ",
    "\u00a0",
    "<1>",
    "</1>",
    "www.",
    "@",
    "Ⅻ",
    "½",
    "²",
]
text = (
    st.lists(st.one_of(st.sampled_from(CUES), st.text(max_size=8)), max_size=12)
    .map("".join)
    .filter(lambda t: not DIGIT.search(t))
)


@settings(max_examples=300, deadline=None)
@given(source=text, target=text, pair=st.sampled_from(["fr-vi", "fr-en", "en-fr", "vi-en"]))
def test_checks_needing_digits_find_nothing_without_one(
    source: str, target: str, pair: str
) -> None:
    s, t = pair.split("-")
    unit = Unit(source, target or "x", s, t)
    for check in CHECKS:
        if check.digits:
            assert check.func(unit) == [], check.id


def test_runner_finds_what_each_check_finds_on_the_seeded_cases_and_variants() -> None:
    checks = select()
    runner = Runner(checks)
    for case in seeded_cases() + article_variants():
        unit = case_unit(case, CheckContext())
        t = unit.target_lang
        direct = [
            (c.id, m)
            for c in checks
            if c.on_empty == (not unit.target) and c.applies(t)
            for m in c.func(unit)
        ]
        assert [(f.check, f.message) for f in runner(unit)] == direct


# Words and marks the negation patterns react to, mixed with arbitrary text.
NEGATION_CUES = [
    "ne",
    "n'",
    "N’",
    "pas",
    "Sans",
    "aucun",
    "jamais",
    "rien",
    "ni",
    "Non",
    "not",
    "No",
    "n't",
    "never",
    "without",
    "nor",
    "không",
    "Chưa",
    "chẳng",
    "đừng",
    " ",
    ",",
    ".",
    "«",
    "“",
    "(",
    "\u00a0",
    "\n",
]
negation_text = st.lists(
    st.one_of(st.sampled_from(NEGATION_CUES), st.text(max_size=6)), max_size=14
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=negation_text, lang=st.sampled_from(["fr", "en", "vi"]))
def test_negation_cue_is_never_wrong_in_the_negative(text: str, lang: str) -> None:
    from l10n.checks.meaning import _cued, _plain, _strong

    if _strong(_plain(text, lang), lang):
        assert _cued(text, lang)


def test_a_doubtful_message_of_an_error_check_is_a_warning() -> None:
    def finds(unit: Unit) -> list[str]:
        return ["sure", Doubtful("not sure")]

    chk = Check("probe", Severity.ERROR, finds, "Probe.", "Finds two things.")
    sure, unsure = Runner([chk])(Unit("a", "b", "fr", "en"))
    assert (sure.severity, sure.message, sure.blocking) == (Severity.ERROR, "sure", True)
    assert (unsure.severity, unsure.message, unsure.blocking) == (
        Severity.WARNING,
        "not sure",
        False,
    )
    assert type(unsure.message) is str  # plain data in findings and --json


GATED = [c for c in CHECKS if c.cues or c.source_cues]
FINDERS = {
    (lang, source): CueFinder(GATED, lang, source)
    for lang in ("fr", "en", "vi")
    for source in (True, False)
}


def _held(unit: Unit) -> set[str]:
    source = FINDERS[unit.source_lang, True].held(unit.source.lower())
    return source | FINDERS[unit.target_lang, False].held(unit.target.lower())


def test_checks_with_cue_words_find_nothing_on_the_fixtures_without_one() -> None:
    assert {c.id for c in GATED} == {"negation", "multipliers", "periods", "number-words"}
    skipped = 0
    for case in seeded_cases() + article_variants():
        unit = case_unit(case, CheckContext())
        held = _held(unit)
        for chk in GATED:
            if chk.id not in held and chk.applies(unit.target_lang):
                skipped += 1
                assert chk.func(unit) == [], (chk.id, unit)
    assert skipped > 1000  # the shortcut is taken, and checked, on most units


@settings(max_examples=500, deadline=None)
@given(
    source=negation_text,
    target=negation_text,
    pair=st.sampled_from(["fr-vi", "fr-en", "en-fr", "vi-en"]),
)
def test_checks_with_cue_words_find_nothing_without_one(
    source: str, target: str, pair: str
) -> None:
    s, t = pair.split("-")
    unit = Unit(source, target or "x", s, t)
    held = _held(unit)
    for chk in GATED:
        if chk.id not in held:
            assert chk.func(unit) == [], chk.id


NUMBER_WORDS = [
    "trois",
    "Deuxièmement",
    "Troisièmement, ",
    "vingt-cinq",
    "cinq",
    "twenty-five",
    "three",
    "Secondly, ",
    "hai mươi lăm",
    "Thứ ba, ",
    "ba",
    "năm",
    "Mme Rinas : ",
    "Bà Rinas: ",
    "ans",
    "years",
    " ",
    ",",
    ".",
]
number_text = st.lists(
    st.one_of(st.sampled_from(NUMBER_WORDS), st.text(max_size=5)), max_size=10
).map("".join)


@settings(max_examples=500, deadline=None)
@given(
    source=number_text,
    target=number_text,
    pair=st.sampled_from(["fr-vi", "fr-en", "en-fr", "vi-en", "en-vi"]),
)
def test_number_words_finds_nothing_without_a_cue_in_the_source(
    source: str, target: str, pair: str
) -> None:
    # read on the source side only: the translation's words ("ba", "hai") gate nothing
    s, t = pair.split("-")
    unit = Unit(source, target or "x", s, t)
    if "number-words" not in FINDERS[s, True].held(source.lower()):
        assert get("number-words").func(unit) == []


def test_a_word_cue_is_held_at_a_words_start_only() -> None:
    """The "ne " of "une " lets no unit into the negation check (NEGATION_WORD_CUES count at a
    text's start or after CUE_BOUNDARY only, as the check reads them)."""
    finder = FINDERS["fr", True]
    for text in ("une maison", "chacune des deux", "il y a une\u202fne x", "uni et une"):
        assert "negation" not in finder.held(text), text
    for text in (
        "ne le dis",
        "il ne le dit",
        "(ne le dis)",
        "«ne le dis",
        "“ni toi",
        "a\u00a0ne x",
    ):
        assert "negation" in finder.held(text), text
