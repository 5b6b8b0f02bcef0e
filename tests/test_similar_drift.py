"""Fuzzy candidate search and the checks written on fuzzy suggestions."""

from __future__ import annotations

import pytest

from l10n.catalog.drift import differences, entities, negations, numbers
from l10n.catalog.similar import MATCH_CUTOFF, closest, score

OLD = [
    "Depuis 2019, l’OIM a porté assistance à plus de 840 victimes de la traite.",
    "La traite des êtres humains devient de plus en plus sophistiquée.",
    "Le thème de la campagne vise à souligner le rôle des forces de l’ordre.",
]


def test_a_corrected_sentence_finds_its_old_version() -> None:
    queries = [
        "Depuis 2019, l’OIM a porté assistance à plus de 850 victimes de la traite.",
        "La traite des êtres humains devient toujours plus sophistiquée, via des réseaux.",
    ]
    assert closest(queries, OLD) == [0, 1]


@pytest.mark.parametrize(
    "new",
    [
        "Les autorités de Lao Cai ont ouvert un centre d'accueil pour les enfants rapatriés.",
        "Le ministère de la Santé publiera un guide pour le personnel de première ligne.",
        "La traite.",
    ],
)
def test_a_new_sentence_gets_no_far_fetched_match(new: str) -> None:
    assert closest([new], OLD) == [None]
    assert all(score(old, new) < MATCH_CUTOFF for old in OLD)


def test_no_choices() -> None:
    assert closest(["Une phrase."], []) == [None]


def test_numbers_ignore_separators() -> None:
    assert numbers("1 380 agents, 1\u202f380 agents, 1.380 agents") == {"1380": 3}
    assert numbers("le 25/1/2017") == {"25": 1, "1": 1, "2017": 1}


@pytest.mark.parametrize(
    ("lang", "plain", "negative"),
    [
        ("fr", "Le projet a été approuvé.", "Le projet n’a pas été approuvé."),
        ("en", "The plan is working.", "The plan isn't working."),
        ("en", "The plan is working.", "The plan is not working."),
        ("vi", "Dự án đã được phê duyệt.", "Dự án chưa được phê duyệt."),
    ],
)
def test_negation(lang: str, plain: str, negative: str) -> None:
    assert negations(negative, lang) > negations(plain, lang)
    (note,) = differences(plain, negative, lang)
    assert note.startswith("negation differs")


def test_names_skip_sentence_starts_and_find_acronyms() -> None:
    assert entities("Le Vietnam et l’OIM. Selon Mme Rinas : Tout va bien.") == {
        "Vietnam": 1,
        "OIM": 1,
        "Mme": 1,
        "Rinas": 1,
    }
    (note,) = differences("Le Vietnam coopère avec l’OIM.", "Le Vietnam coopère avec l’ONU.", "fr")
    assert note == "names differ from the previous source: OIM → ONU"


def test_same_facts_no_note() -> None:
    assert (
        differences(
            "Plus de 840 victimes ont été aidées par l’OIM.",
            "L’OIM a aidé plus de 840 victimes.",
            "fr",
        )
        == []
    )


def test_number_note_lists_both_sides() -> None:
    (note,) = differences("840 victimes en 2024", "850 victimes en 2024", "fr")
    assert note == "numbers differ from the previous source: 840 → 850"


@pytest.mark.parametrize("tag", ["fr", "fr-CA", "fr_CA", "FR"])
def test_negation_words_read_by_the_tags_language(tag: str) -> None:
    """Any tag of French reads French negation words (the one base-language rule)."""
    assert negations("Il ne viendra jamais sans elle", tag) == 3
