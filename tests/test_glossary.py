"""The glossary file: parsing, variants, whole-word matching, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.checks import CheckContext, Unit, get, run
from l10n.errors import InputError
from l10n.glossary import Glossary, Term, load_glossary, occurs, parse_glossary

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_glossary_names_iom_in_three_languages() -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    found = glossary.expected("Selon l’OIM à Hanoï", "fr", "vi")
    assert [(form, targets) for form, targets, _ in found] == [
        ("OIM", ("Tổ chức Di cư Quốc tế (IOM)", "IOM", "Tổ chức Quốc tế về Di cư")),
        ("Hanoï", ("Hà Nội",)),
    ]
    assert glossary.expected("Selon l’OIM", "fr", "en")[0][1] == (
        "IOM",
        "International Organization for Migration (IOM)",
    )


def test_bundled_glossary_accepts_what_the_french_press_writes_of_the_home_office() -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    source = "With funding from the UK Home Office, IOM worked with the authorities."
    target = "Avec l'appui du Home Office britannique, l'OIM a travaillé avec les autorités."
    unit = Unit(source, target, "en", "fr", context=CheckContext(glossary))
    assert run(unit, [get("glossary")]) == []
    assert run(
        unit._replace(target=target.replace("Home Office britannique", "Home Office")),
        [get("glossary")],
    )


def _every_form_tested(
    glossary: Glossary, source: str, source_lang: str, target_lang: str
) -> list[tuple[str, tuple[str, ...], Term]]:
    """What :meth:`Glossary.expected` means, said plainly: each term with a target form, in
    glossary order, with its first source form found as whole words, a form in lower case in
    any case."""
    found = []
    for term in glossary.terms:
        targets = term.get(target_lang)
        form = next(
            (
                f
                for f in term.get(source_lang)
                if occurs(f, source) or (f.islower() and occurs(f, source.lower()))
            ),
            None,
        )
        if targets and form is not None:
            found.append((form, targets, term))
    return found


_WORDS = [
    "OIM",
    "OIMS",
    "la",
    "La",
    "Viet",
    "Viet Nam",
    "Nam",
    "l'OIM",
    "traite",
    "TRAITE",
    "é",
    "Hà Nội",
]


@given(
    rows=st.lists(
        st.tuples(
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True),
            st.lists(st.sampled_from(_WORDS), max_size=2, unique=True),
        ),
        max_size=8,
    ),
    text=st.lists(st.sampled_from([*_WORDS, " ", ",", "x"]), max_size=12).map(" ".join),
)
def test_terms_are_found_as_testing_every_form_finds_them(
    rows: list[tuple[list[str], list[str]]], text: str
) -> None:
    """The one pass over a text finds the terms that testing each form of each term finds:
    forms inside others ("Viet" in "Viet Nam"), one form in two terms, a form only inside a
    word ("OIM" in "OIMS"), terms without a target form."""
    csv = "fr,en\n" + "\n".join(" | ".join(fr) + "," + " | ".join(en) for fr, en in rows)
    glossary = parse_glossary(csv, "g.csv")
    assert glossary.expected(text, "fr", "en") == _every_form_tested(glossary, text, "fr", "en")
    assert glossary.expected(text, "en", "fr") == _every_form_tested(glossary, text, "en", "fr")


def test_a_term_in_lower_case_is_found_in_any_case_in_the_source() -> None:
    # a term, not a name: "the Border Guard Command" names "border guard"; a name in capitals
    # ("OIM") is not found in "oim"
    glossary = parse_glossary("en,vi\nborder guard,biên phòng\nOIM,IOM\n", "g.csv")
    found = glossary.expected("the Border Guard Command and the oim", "en", "vi")
    assert [(form, targets) for form, targets, _ in found] == [("border guard", ("biên phòng",))]


def test_matching_is_on_whole_words() -> None:
    assert occurs("OIM", "l'OIM.")
    assert not occurs("OIM", "OIMS")
    assert not occurs("IOM", "BIOMASS")


def test_missing_file_is_an_empty_glossary(tmp_path: Path) -> None:
    assert load_glossary(tmp_path / "none.csv").terms == ()


def test_bom_and_note_column_are_handled() -> None:
    glossary = parse_glossary("\ufefffr,en,note\nMme,Ms,title\n\n", "g.csv")
    assert glossary.terms[0].get("en") == ("Ms",)
    assert glossary.terms[0].note == "title"
    assert glossary.terms[0].line == 2


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("fr\nOIM\n", "g.csv:1"),
        ("fr,en\nOIM,IOM,extra\n", "g.csv:2"),
        ("fr,xx-!!\nOIM,IOM\n", "g.csv:1"),
    ],
)
def test_bad_glossary_names_file_and_line(text: str, where: str) -> None:
    with pytest.raises(InputError) as info:
        parse_glossary(text, "g.csv")
    assert info.value.where == where


def test_invalid_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_bytes(b"fr,en\nHano\xefe,Hanoi\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_glossary(path)
