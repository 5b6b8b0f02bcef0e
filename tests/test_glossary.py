"""The glossary file: parsing, variants, whole-word matching, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.errors import InputError
from l10n.glossary import load_glossary, occurs, parse_glossary

ROOT = Path(__file__).resolve().parents[1]


def test_bundled_glossary_names_iom_in_three_languages() -> None:
    glossary = load_glossary(ROOT / "glossary.csv")
    found = glossary.expected("Selon l’OIM à Hanoï", "fr", "vi")
    assert [(form, targets) for form, targets, _ in found] == [
        ("OIM", ("Tổ chức Di cư Quốc tế (IOM)", "IOM")),
        ("Hanoï", ("Hà Nội",)),
    ]
    assert glossary.expected("Selon l’OIM", "fr", "en")[0][1] == (
        "IOM",
        "International Organization for Migration (IOM)",
    )


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
