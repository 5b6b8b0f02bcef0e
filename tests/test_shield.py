"""Shielding for engines and the checks on what comes back (pure functions)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.glossary import parse_glossary
from l10n.translate.engines import ENGINES, find_key, redact, spec_for
from l10n.translate.shield import check, glossary_problems, shield, unshield

GLOSSARY = parse_glossary("fr,en,vi\nOIM,IOM,Tổ chức Di cư Quốc tế (IOM) | IOM\n"
                          "Hanoï,Hanoi,Hà Nội\n", "g.csv")


def test_shield_round_trip_puts_target_names_back() -> None:
    text = "L'<1>OIM</1> à Hanoï : https://iom.int/vn. <2/>"
    shielded = shield(text, GLOSSARY, "fr", "en")
    assert shielded.text == "L'⟦1⟧⟦2⟧⟦3⟧ à ⟦4⟧ : ⟦5⟧. ⟦6⟧"
    restored, problems = unshield(shielded.text, shielded)
    assert problems == [] and restored == "L'<1>IOM</1> à Hanoi : https://iom.int/vn. <2/>"


@given(st.text(alphabet="ab <>/12OIM.:", max_size=40))
def test_unshield_of_the_untouched_text_never_complains(text: str) -> None:
    shielded = shield(text, GLOSSARY, "fr", "vi")
    assert unshield(shielded.text, shielded)[1] == []


@pytest.mark.parametrize(("answer", "problem"), [
    ("⟦1⟧ x", "lost"), ("⟦1⟧ ⟦2⟧ ⟦2⟧", "repeated"), ("⟦1⟧ ⟦2⟧ ⟦7⟧", "invented"),
])
def test_unshield_refuses_lost_repeated_or_invented_shields(answer: str, problem: str) -> None:
    shielded = shield("<1>a</1>", GLOSSARY, "fr", "vi")
    assert problem in " ".join(unshield(answer, shielded)[1])


@pytest.mark.parametrize(("source", "tgt", "translation"), [
    ("Il y a 1 500 victimes en 2024.", "en", "There are 1,500 victims in 2024."),
    ("Un taux de 3,5 %.", "en", "A rate of 3.5%."),
    ("Il y a 10 000 personnes.", "vi", "Có 10.000 người."),
    ("En 2024, 20 personnes.", "en", "20 people in 2024."),
])
def test_numbers_written_the_target_way_pass(source: str, tgt: str, translation: str) -> None:
    assert check(source, translation, "fr", tgt) == []


@pytest.mark.parametrize(("source", "translation", "problem"), [
    ("En 2024.", "In 2025.", "2024"),
    ("Voir https://a.org/x.", "See https://a.org/y.", "URL https://a.org/x missing"),
    ("<1>a</1>", "a", "missing </1> <1>"),
])
def test_changed_numbers_urls_and_placeholders_fail(source: str, translation: str,
                                                    problem: str) -> None:
    assert any(problem in p for p in check(source, translation, "fr", "en")), \
        check(source, translation, "fr", "en")


def test_glossary_problems_name_the_expected_form() -> None:
    assert glossary_problems("L'OIM aide.", "IOM helps.", GLOSSARY, "fr", "vi") == []
    assert glossary_problems("À Hanoï.", "In Ha Noi.", GLOSSARY, "fr", "vi") == \
        ["'Hanoï' should be 'Hà Nội'"]


def test_api_key_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    deepl = spec_for("deepl")
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    monkeypatch.delenv("L10N_DEEPL_API_KEY", raising=False)
    assert find_key(deepl, None, {"api_key": "from-toml"}) == "from-toml"
    monkeypatch.setenv("DEEPL_API_KEY", "client-env")
    assert find_key(deepl, None, {"api_key": "from-toml"}) == "client-env"
    monkeypatch.setenv("L10N_DEEPL_API_KEY", "our-env")
    assert find_key(deepl, None, {}) == "our-env"
    assert find_key(deepl, "flag", {}) == "flag"
    assert redact("bad key flag here", "flag") == "bad key *** here"


# What deep-translator 1.11's clients accept (Microsoft's asks its server, so it is left out).
OFFERED = {"google": 4, "deepl": 1, "mymemory": 4, "libre": 4, "chatgpt": 4, "yandex": 4,
           "baidu": 4}


def test_engines_build_their_clients_or_say_the_pair_is_not_offered() -> None:
    import importlib.util

    from l10n.errors import InputError
    from l10n.translate.engines import open_engine

    for name, expected in OFFERED.items():
        if name == "chatgpt" and importlib.util.find_spec("openai") is None:
            with pytest.raises(InputError, match="openai"):
                open_engine(ENGINES[name], "fr", "vi", api_key="secret-key", base_url=None,
                            settings={})
            continue
        spec, built = ENGINES[name], 0
        for src, tgt in (("fr", "vi"), ("fr", "en"), ("en", "vi"), ("vi", "fr")):
            try:
                open_engine(spec, src, tgt, api_key="secret-key" if spec.needs_key else None,
                            base_url=None, settings={"appid": "1"})
                built += 1
            except InputError as exc:
                assert "is not offered by this engine" in exc.one_line()
        assert built == expected, name
