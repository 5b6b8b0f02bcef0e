"""Quality checks: the seeded-error set, the bundled reviewed translations, CLI and settings."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from l10n import api
from l10n.checks import CHECK_IDS, CheckContext, Severity, Unit, get, run, select
from l10n.checks.dates import _patterns, find
from l10n.checks.numbers import values
from l10n.config import load_config
from l10n.errors import InputError
from l10n.glossary import load_glossary
from tests.support.checks import (
    ROOT,
    article_variants,
    case_findings,
    po_path,
    seeded_cases,
    set_unit,
)
from tests.test_cli import assert_one_line_error
from tests.test_cli import run as run_cli

CASES = seeded_cases()
CONTEXT = CheckContext(load_glossary(ROOT / "glossary.csv"))


def _id(case: dict[str, str]) -> str:
    return f"{case['check']}-{case['pair']}-{case['expect']}"


def test_seeded_set_covers_every_check_in_every_pair() -> None:
    for check in CHECK_IDS:
        pairs = {p for p in ("fr-vi", "fr-en", "en-fr", "vi-en") if get(check).applies(p[3:])}
        for expect in ("catch", "pass"):
            got = {c["pair"] for c in CASES if c["check"] == check and c["expect"] == expect}
            assert got == pairs, (check, expect, pairs - got)


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] == "catch"], ids=_id)
def test_seeded_error_is_caught_by_its_check(case: dict[str, str]) -> None:
    found = case_findings(case, CONTEXT)
    assert any(f.check == case["check"] for f in found), found


@pytest.mark.parametrize("case", [c for c in CASES if c["expect"] == "pass"], ids=_id)
def test_correct_variant_raises_no_finding_at_all(case: dict[str, str]) -> None:
    assert case_findings(case, CONTEXT) == []


# --- variants of the bundled article, written by hand (dev and test splits) --------------

VARIANTS = article_variants()
# Planted errors caught (any finding counts) as measured on each split (benchmarks/
# checks_bench.py); one catch lost fails here. fresh2 was written from every unit of the
# article before any check ran on it: 73 of 99 caught then (the estimate for unseen variants),
# 85 after the rules it taught. What it still misses: omissions that keep the length and
# open no enumeration (10), names (3), a unit changed after "un" ("en un an" → "một tháng").
RECALL_FLOOR = {
    # dev 63 → 67, fresh2 88 → 92, fresh3 74 → 76, fresh6 68 → 69, fresh7 75 → 77, fresh8 70 →
    # 72, fresh9 68 → 69, fresh10 53 → 55 with the rules of session six (series of items,
    # opposites, foreign words, ranks, speakers, relative dates of other spans).
    "dev": (68, 70),
    "test": (76, 77),
    "fresh": (69, 70),
    "fresh2": (93, 99),
    "fresh3": (80, 81),  # 72 until relative dates were compared (periods)
    # fresh4, written after the names check and the negation rules, measured once, untuned:
    # 58 of 65 (the estimate for unseen variants of today's checks); 60 once "ne … pas qu'"
    # was read as a negation and Vietnam's mass organisations named.
    "fresh4": (64, 65),
    # fresh5, written by hand with the weight on correct variants (152 correct, 58 planted),
    # measured once, untuned: 52 of 58 caught, 12 false errors on 152 correct variants; 53
    # once Ho Chi Minh City's written forms were entities (1 false error left).
    "fresh5": (57, 58),
    # fresh6, written blind by another hand while fresh5's rules were made, measured once on
    # 010d321 (2 false errors, 63 of 74) and once on the tree with fresh5's rules (1, 63); 66
    # once Vietnam's provinces were entities and a name opening one side only was compared, 67
    # once entities were counted (fresh4 61, fresh5 54 then too); 68 (fresh5 55) once "nếu
    # thiếu" was "without" and failing a negative word.
    "fresh6": (69, 74),
    # fresh7, written blind by a third hand, measured once on 3b50788 and once on the final
    # tree of the session (e156279), untuned on both: 0 false errors on 125 correct
    # variants, 68 of 86 planted errors caught; 72 once news outlets, the EU, UN agencies
    # and regions were entities, 75 once relative dates were compared (periods).
    "fresh7": (81, 86),
    # fresh8, written blind by a fourth hand after every rule of the session, measured once on
    # dbaf0db: 0 false errors and 11 false warnings on 110 correct variants, 69 of 75 caught;
    # 70 once a clause left in the source language was flagged.
    "fresh8": (73, 75),
    # fresh9, written blind by a fifth hand, measured once on the session's last checks
    # (44b7052): 0 false errors and 8 false warnings on 100 correct variants, 64 of 74 caught;
    # 67 once English words in a Vietnamese translation were flagged, 68 with the recent past
    # and the future compared (periods); 70 since "uneducated" is the opposite of "instruites":
    # "young, uneducated and not at ease with …" holds it and a negation the source lacks, which
    # reads as the litotes "not uneducated", so neither the negation nor the opposites check
    # flags it (the rule caught 2 elsewhere).
    "fresh9": (70, 74),
    # fresh10, written blind by a sixth hand, measured on 41324b0 and on the session's last
    # checks, untuned: 0 false errors and 7 false warnings on 90 correct variants, 48 of 60;
    # 52 once tuned on (reduplicatives, "N năm YYYY", gaps, "unless", one function word in a
    # copied clause, "falls short", VNS), 53 with English in a short Vietnamese unit.
    "fresh10": (57, 60),
    # fresh11, written blind by a seventh hand, measured once on ee14744: 0 false errors and 5
    # false warnings on 102 correct variants, 53 of 70 caught; 54 once a clause left in the
    # source was looked for on every path of the language check; 63 with series, foreign words
    # in Vietnamese and opposites (session six).
    "fresh11": (66, 70),
    # fresh12 and fresh13, written blind by two more hands (more meaning errors: antonyms,
    # omissions, mixed languages), measured once on 0d2bf3f: 0 false errors and 3 and 0
    # false warnings on 109 and 108 correct variants, 50 of 100 and 46 of 95 caught; 56 and 48
    # with the series and foreign-word rules written before they were read; 57 and 54 once
    # Vietnamese words left bare and Vietnamese in English were flagged; 71 and 60 with the
    # opposites check (antonyms: "remarquables" → "disappointing", "tăng" → "giảm"); 80 and
    # 73 with ranks, speakers, names reordered, relative dates of other spans, grouped years,
    # doubled pairs, stray spaces and copied clauses linked by "de" or "en".
    "fresh12": (92, 100),
    "fresh13": (83, 95),
    # fresh14 and fresh15, written blind by two more hands after every rule above, measured
    # once on 1b62e4a, untuned: 0 false errors and 8 and 2 false warnings on 105 and 88
    # correct variants, 87 of 101 and 61 of 77 caught (the estimate for unseen variants).
    # Tuned on since for false warnings only: a word that flips the next ("far from simple"),
    # a negation said with an antonym, a translation's long last item of a series, the French
    # full name of the IOM (glossary). Then, for planted errors: organised tightly or loosely,
    # international or national, wide or small, fighting or encouraging (opposites), the
    # coming time (periods), VNA in a Vietnamese caption (glossary): 92 and 64; 91 once
    # fighting as the opposite of encouraging was dropped (a false warning on unseen fresh17),
    # 90 once minors said by their age were no unit added (a units warning had caught one).
    "fresh14": (94, 101),
    "fresh15": (69, 77),  # 69 with the World Day's theme in the bundled glossary
    # fresh16 and fresh17, written blind by two more hands after the tuning on fresh14/15,
    # measured once on 845dab2, untuned: 0 false errors and 8 and 3 false warnings on 95 and
    # 90 correct variants, 49 of 68 and 53 of 78 caught (72.1 %, 67.9 %; their writers put
    # the weight on reversals without a negation word and on omissions). Tuned on since for
    # false warnings only: "vẫn chưa đủ" for "inadequate", "không thể thiếu" for "essentiel",
    # minors said by their age ("người dưới 18 tuổi"), fighting no opposite of encouraging;
    # then for planted errors (online/offline, praise/criticism, victims/perpetrators, "in the
    # past", capitalised words left bare, a name's typing slip): 55 and 57; 56 and 60 with
    # effective/ineffective, private/public sector and all/some (opposites, session seven,
    # which also took fresh10 to 56 and fresh11 to 64). Session eight's series whose items
    # open alike ("de diffuser …, de sensibiliser … et d'encourager …") took test to 76,
    # fresh3 to 78, fresh7 to 79, fresh12 to 82, fresh14 to 91 and fresh16 to 57; the other
    # rules of session eight (spans of the recent past, a pole said fewer times than the
    # source says it, a clause of three words left in the source language) fresh9 to 71,
    # fresh13 to 77, fresh14 to 92, fresh15 to 65, fresh16 to 58 and fresh17 to 62; a rate
    # counted per another period ("par jour" as "a week", units) fresh3 to 79 and fresh5 to 56.
    "fresh16": (63, 68),
    "fresh17": (68, 78),  # 68 with the World Day's theme in the bundled glossary
    # fresh18, written blind by another hand (a fifth of its planted errors omissions) and
    # measured once on 38817a0, untuned: 0 false errors and 3 false warnings on 90 correct
    # variants, 71 of 80 caught (88.8 %); 72 on the session's last rules, untuned too (a pole
    # said fewer times, opposites); 74 once tuned on ("à" alone cues a copied clause;
    # "modest" results are the opposite of remarkable ones).
    "fresh18": (77, 80),
    # fresh19, written blind by another hand and measured once on 1bd8d08, untuned: 0 false
    # errors and 8 false warnings on 90 correct variants, 63 of 80 caught (78.8 %; its misses:
    # fragments in a third language, omissions, antonyms, relative dates, an ordinal); tuned on
    # since: either no-break space before a French "?", either apostrophe in a glossary form,
    # "không tránh khỏi" and "no small number" no negations, a negated "négliger" said
    # "coi trọng" (false warnings 8 → 2); "accrue" as "less", "đắc lực" as "feeble" (65).
    "fresh19": (76, 80),  # 76 with the World Day's theme in the bundled glossary
    # fresh20, written blind by another hand after every rule of session nine but the last,
    # measured once on a847390, untuned: 0 false errors and 11 false warnings on 90 correct
    # variants, 67 of 80 caught (83.8 %; 65 on the session's start); tuned on since: "ce n'est
    # qu'avec" restricts, "no shortage of" is no negation, "aux", "pour", "dans" cue a clause
    # left in French (68, 9 false warnings); "crime organisé" in the bundled glossary, its
    # forms in lower case written in any case (70). Session nine's rules (a phrase in a third language,
    # a word of the source left in Vietnamese, enumerations set off by dashes, series opening
    # with "du", a sentence's opening phrase no item, antonyms and spans) also took dev to 68,
    # fresh2 to 93, fresh4 to 62, fresh7 to 80, fresh8 to 73, fresh12 to 87, fresh13 to 79,
    # fresh14 to 94, fresh15 to 66, fresh16 to 59 (national as against local, with fresh19 to 74),
    # fresh17 to 63 and fresh18 to 75.
    "fresh20": (71, 80),
    # fresh21, written blind by a twenty-first hand (170 cases: 90 correct, 80 planted) while
    # session ten's first rules were written, measured once untuned on the session's start
    # (59770af) and again on its rules then (eae859d): 0 false errors and 14 false warnings on
    # 90 correct variants, 63 of 80 caught both times (78.8 %); 71 once tuned on (a shortcoming
    # for a strength, a piecemeal approach for a comprehensive one, drugs for human
    # trafficking, "chỉ những" for "toutes", provisions dropped for added, and the bundled
    # glossary's Southeast Asia and Vietnam+); 70 since a plain space before a French mark is
    # right in a catalog (export makes it no-break): a play's title changed in French had been
    # caught only by its plain spaces inside « »; 72 with "hardly any" and the loose soft
    # words; 78 with the play's title in the bundled glossary.
    "fresh21": (78, 80),
    # fresh22, written blind by a twenty-second hand beside fresh21 (half its planted errors
    # in the manner of machine translation), measured once untuned: on the session's start
    # (59770af) 0 false errors and 14 false warnings on 90 correct variants, 61 of 80 caught
    # (76.2 %); on session ten's rules then (4f052e5) 62 (77.5 %); 64 once tuned on (a source
    # that says both poles, a glossary term in lower case found in any case in the source);
    # 71 with the play's title and the World Day's theme in the bundled glossary.
    "fresh22": (71, 80),
    # fresh24, written blind late in session ten by a hand asked to build a hidden test set for
    # this checker, measured once untuned: on the session's start (59770af) 1 false error (the
    # Vietnamese "một nghìn không trăm chín mươi sáu", 1,096, read as 1,196) and 13 false
    # warnings on 90 correct variants, 62 of 80 caught (77.5 %); on the session's rules then
    # (b9ae259) the same false error and 7 false warnings, 65 (81.2 %); the error mended since;
    # 72 with the play's title and the World Day's theme in the bundled glossary.
    "fresh24": (72, 80),
    # fresh23, written blind beside fresh24 by a hand asked for small slips a hurried reviewer
    # misses, measured once untuned: on the session's start (59770af) 0 false errors and 19
    # false warnings on 90 correct variants, 55 of 80 caught (68.8 %); on the session's rules
    # then (fc1a041) 0 and 14, 60 (75.0 %); 65 once tuned on (unremarkable, regret, limited
    # progress, smugglers, a narrow approach, set aside for focus on); 70 with the play's
    # title and the World Day's theme in the bundled glossary.
    "fresh23": (70, 80),
    # fresh25, written blind in session eleven by a hand asked for a hurried machine
    # translation post-edit's errors and a copy editor's slips, measured once untuned: on the
    # session's start (3e6329f) 0 false errors and 8 false warnings on 90 correct variants,
    # 72 of 80 caught (90.0 %); on the session's rules then (25ca729) 0 and 9, 73 (91.2 %);
    # 74 once "end" was no "reduce" (opposites).
    "fresh25": (74, 80),
    # fresh26, written blind beside fresh25 by a hand asked for a hidden test set of subtle
    # errors and tricky correct variants, measured once untuned: on the session's start
    # (3e6329f) 0 false errors and 9 false warnings on 90 correct variants, 71 of 80 caught
    # (88.8 %); on the session's rules then (41b38d7) 0 and 9, 73 (91.2 %); 72 once "chưa bao
    # giờ khó như hiện nay" (never so hard as now) was no negation: a dropped clause had been
    # caught only by the negation that sentence was wrongly read to add.
    "fresh26": (72, 80),
    # fresh27 and fresh28, written blind late in session eleven (fresh27: errors as machine
    # translation makes them, fresh28: a newsroom's quality sample spread over every kind),
    # measured once untuned: on the session's start (3e6329f) 0 false errors, 12 and 8 false
    # warnings on 90 correct variants, 71 and 67 of 80 caught (88.8 %, 83.8 %); on the
    # session's rules then (7bd4a68, e539952) 0 false errors, 10 and 5 false warnings, 72 and
    # 71 (90.0 %, 88.8 %); 77 and 72 once tuned on (a Vietnamese word opening a sentence,
    # stalled and simpler progress, a handful for a wide public, escaping accountability).
    "fresh27": (77, 80),
    "fresh28": (72, 80),
}
# Splits written from every unit of the article, after the dev/test partition of its units.
LATER_SPLITS = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh24",
    "fresh23",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
)
# Correct variants the checks still reject, and why no general rule can accept them; each is
# an expected failure that must keep failing (strict), so the list stays true.
# ("this year" for 2025, "a year and a half" for "18 mois" and fresh5's "New Year's Day 2025"
# for "1er janvier 2025", errors until numbers and dates on one side only became warnings, are
# no longer among them.)
KNOWN_FALSE_ERRORS: dict[str, str] = {}


def _variant_id(case: dict[str, Any]) -> str:
    return f"{case['split']}-{case['unit']}-{case['check']}-{case['pair']}"


def _correct_variants() -> list[Any]:
    params = []
    for case in VARIANTS:
        if case["expect"] != "pass":
            continue
        reason = next(
            (r for t, r in KNOWN_FALSE_ERRORS.items() if case["target"].startswith(t)), ""
        )
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, marks=marks, id=_variant_id(case)))
    return params


def test_article_variants_keep_each_unit_in_one_split() -> None:
    splits: dict[int, set[str]] = {}
    for case in VARIANTS:
        if case["split"] not in LATER_SPLITS:
            splits.setdefault(case["unit"], set()).add(case["split"])
    assert all(len(s) == 1 for s in splits.values())
    for split in ("dev", "test"):
        mine = [c for c in VARIANTS if c["split"] == split]
        assert sum(c["expect"] == "pass" for c in mine) >= 45, split
        assert sum(c["expect"] == "catch" for c in mine) >= 35, split


def test_every_split_of_the_article_variants_is_measured() -> None:
    assert {c["split"] for c in VARIANTS} == set(RECALL_FLOOR)


@pytest.mark.parametrize("case", _correct_variants())
def test_correct_article_variant_raises_no_error(case: dict[str, Any]) -> None:
    errors = [f for f in case_findings(case, CONTEXT) if f.severity is Severity.ERROR]
    assert errors == []


@pytest.mark.parametrize("split", ["dev", "test", *LATER_SPLITS])
def test_planted_article_errors_are_caught(split: str) -> None:
    planted = [c for c in VARIANTS if c["split"] == split and c["expect"] == "catch"]
    missed = [c["target"] for c in planted if not case_findings(c, CONTEXT)]
    floor, total = RECALL_FLOOR[split]
    assert len(planted) == total
    assert len(planted) - len(missed) >= floor, missed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1 380", "fr"),
        ("1\u202f380", "fr"),
        ("1.380", "vi"),
        ("1,380", "en"),
        ("1 380", "vi"),  # SI grouping, correct in every language
        ("1\u00a0380", "en"),
    ],
)
def test_same_number_in_each_locale(text: str, lang: str) -> None:
    assert [str(v) for v, _ in values(text, lang)] == ["1.38E+3"]


@pytest.mark.parametrize(
    ("text", "lang"), [("1,2 milliard", "fr"), ("1.2 billion", "en"), ("1,2 tỷ", "vi")]
)
def test_scale_words(text: str, lang: str) -> None:
    assert [int(v) for v, _ in values(text, lang)] == [1_200_000_000]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("28/07/2025", "fr"),
        ("July 28, 2025", "en"),
        ("28/7/2025", "vi"),
        ("28 tháng 7 năm 2025", "vi"),
        ("28 juillet 2025", "fr"),
        ("2025-07-28", "en"),
        ("28-7-2025", "vi"),
        ("28.07.2025", "fr"),
    ],
)
def test_same_date_in_each_locale(text: str, lang: str) -> None:
    (found,) = find(text, lang)
    assert (2025, 7, 28, None) in found.values


@pytest.mark.parametrize(
    "text", ["16 giờ/ngày", "8 giờ mỗi ngày", "trong 24 giờ", "suốt 16 giờ", "40 giờ một tuần"]
)
def test_hours_a_day_are_no_time_of_day(text: str) -> None:
    assert find(text, "vi") == ()
    assert find("lúc 16 giờ", "vi")  # a time of day


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("from 5th to 30th September", "en"),
        ("September 5th–30th", "en"),
        ("du 5 au 30 septembre", "fr"),
    ],
)
def test_a_range_of_ordinal_days_is_two_dates(text: str, lang: str) -> None:
    first, last = find(text, lang)
    assert (None, 9, 5, None) in first.values and (None, 9, 30, None) in last.values


def test_dates_are_not_also_numbers() -> None:
    unit = Unit("Le 28/07/2025.", "On July 28, 2025.", "fr", "en")
    assert run(unit, select(["numbers", "dates"])) == []


@pytest.mark.parametrize(
    ("source", "target", "lang", "flagged"),
    [
        ("Retenues pendant 18 mois.", "Held for a year and a half.", "en", False),
        ("Retenues pendant 18 mois.", "Bị giam giữ một năm rưỡi.", "vi", False),
        ("Retenues pendant 18 mois.", "Held for two years.", "en", True),
        ("Le programme dure deux ans.", "The programme runs over 24 months.", "en", False),
        ("Le programme dure deux ans.", "The programme runs over 18 months.", "en", True),
        ("La formation dure 2 semaines.", "The course lasts 14 days.", "en", False),
        ("À 30 km de la frontière.", "About 19 miles from the border.", "en", False),
        ("À 30 km de la frontière.", "About 25 miles from the border.", "en", True),
        ("Les mineurs sont protégés.", "Under-18s are protected.", "en", False),
        ("Les mineurs sont protégés.", "Under-16s are protected.", "en", True),
        ("1,5 million de dollars.", "One and a half million dollars.", "en", False),
        ("Un projet de 1,5 million de dollars.", "Dự án một triệu rưỡi đô la.", "vi", False),
        ("Un projet de 2,5 millions.", "A one and a half million project.", "en", True),
        # a share in words is its percentage
        ("Les financements ont diminué de moitié.", "Funding has fallen by 50%.", "en", False),
        ("Les financements ont diminué de moitié.", "Kinh phí đã giảm 50%.", "vi", False),
        ("Les financements ont diminué de moitié.", "Funding has fallen by 40%.", "en", True),
        ("Environ 60 % des victimes.", "Some six in ten victims.", "en", False),
        ("Environ 60 % des victimes.", "Some five in ten victims.", "en", True),
        ("Les deux tiers des victimes.", "67% of the victims.", "en", False),
        ("Un tiers des victimes.", "Hơn 50% nạn nhân.", "vi", True),
        # how many years a range of years runs, said beside it
        ("Le programme 2021-2025.", "Chương trình 5 năm 2021-2025.", "vi", False),
        ("Le programme 2021-2025.", "The four-year 2021–2025 programme, 4 years on.", "en", False),
        ("Le programme 2021-2025.", "Chương trình 7 năm 2021-2025.", "vi", True),
    ],
)
def test_an_amount_said_another_way_is_the_same(
    source: str, target: str, lang: str, flagged: bool
) -> None:
    unit = Unit(source, target, "fr", lang)
    assert bool(run(unit, select(["numbers"]))) is flagged


def test_nfc_names_the_position() -> None:
    unit = Unit("Le Vietnam.", unicodedata.normalize("NFD", "Việt Nam."), "fr", "vi")
    (finding,) = run(unit, select(["nfc"]))
    assert finding.severity is Severity.ERROR and "NFC" in finding.message


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("Voir congdanso.edu.vn.", "See https://congdanso.edu.vn.", False),
        ("Voir https://congdanso.edu.vn.", "See congdanso.edu.vn.", False),
        ("Voir www.iom.int.", "See https://www.iom.int.", False),
        ("Voir https://www.iom.int.", "Xem www.iom.int.", False),
        ("Voir www.iom.int.", "See https://www.iom.org.", True),
        ("Voir https://iom.int.", "See http://iom.int.", True),
        ("Voir congdanso.edu.vn.", "See https://congdanso.edu.com.", True),
        ("Voir https://congdanso.edu.vn/cours.", "See congdanso.edu.vn/cours.", True),
        ("Voir www.iom.int.", "See https://iom.int.", True),
    ],
)
def test_a_scheme_before_a_bare_domain_or_www_is_the_same_address(
    source: str, target: str, flagged: bool
) -> None:
    found = run(Unit(source, target, "fr", "en"), select(["urls", "domains"]))
    assert bool(found) is flagged, found


def test_select_only_and_skip() -> None:
    assert [c.id for c in select(["urls", "numbers"])] == ["urls", "numbers"]
    assert "length" not in [c.id for c in select(skip=["length"])]


# --- the bundled reviewed translations ---------------------------------------------------


def test_bundled_translations_raise_no_finding(catalogs: Path) -> None:
    reports = api.check(load_config(str(catalogs), cwd=ROOT))
    assert {r.lang for r in reports} == {"vi", "en"}
    assert [(r.lang, f.message) for r in reports for _, f in r.findings] == []


def test_cli_check_exit_codes_and_message_format(catalogs: Path, tmp_path: Path) -> None:
    ok = run_cli("check", "--catalogs", str(catalogs), cwd=tmp_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 error(s)" in ok.stdout
    entry = set_unit(catalogs, "vi", 21, "Hơn 1,380 cán bộ.")
    bad = run_cli("check", "--catalogs", str(catalogs), "--lang", "vi", cwd=tmp_path)
    assert bad.returncode == 1
    line = next(x for x in bad.stdout.splitlines() if "[numbers]" in x)
    assert line.startswith(f"{po_path(catalogs, 'vi').relative_to(catalogs).as_posix()}:")
    assert f"error [numbers] {entry.references[0]}:" in line
    report = run_cli(
        "check", "--catalogs", str(catalogs), "--json", "--only", "numbers", cwd=tmp_path
    )
    assert report.returncode == 1, report.stderr  # an error found: exit 1, then the report
    data = json.loads(report.stdout)
    vi = next(c for c in data["catalogs"] if c["lang"] == "vi")
    assert vi["errors"] >= 1 and {f["check"] for f in vi["findings"]} == {"numbers"}
    skipped = run_cli(
        "check", "--catalogs", str(catalogs), "--skip", "numbers,length", cwd=tmp_path
    )
    assert skipped.returncode == 0, skipped.stdout


def test_unknown_check_is_a_usage_error(catalogs: Path, tmp_path: Path) -> None:
    proc = run_cli("check", "--catalogs", str(catalogs), "--only", "spelling", cwd=tmp_path)
    assert_one_line_error(proc, "--only", "spelling", "numbers")


# --- settings in l10n.toml ---------------------------------------------------------------


def _write_toml(tmp_path: Path, text: str) -> None:
    (tmp_path / "l10n.toml").write_text(text, "utf-8")


def test_checks_disabled_and_per_article_exceptions(catalogs: Path, tmp_path: Path) -> None:
    set_unit(catalogs, "vi", 21, "Hơn 1,380 cán bộ.")
    (key,) = {p.parent.relative_to(catalogs).as_posix() for p in catalogs.rglob("vi.po")}
    _write_toml(
        tmp_path,
        f'catalogs = "{catalogs}"\n[checks]\nskip = ["length"]\n'
        f'[checks.articles."{key}"]\nskip = ["numbers"]\n',
    )
    config = load_config(cwd=tmp_path)
    assert config.skipped_checks(key) == ("length", "numbers")
    assert run_cli("check", cwd=tmp_path).returncode == 0
    _write_toml(tmp_path, f'catalogs = "{catalogs}"\n[checks]\nskip = ["length"]\n')
    assert run_cli("check", cwd=tmp_path).returncode == 1


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('min_translated = "80"', ("min_translated", "number")),
        ("min_translated = 120", ("min_translated", "0 to 100")),
        ('[checks]\nskip = "length"', ("checks.skip", "list")),
        ('[checks]\nskip = ["spelling"]', ("unknown check", "spelling")),
        ("[checks]\ndisable = []", ("checks.disable",)),
        ("checks = 3", ("'checks' must be a table",)),
        ("[checks.articles]\nfoo = 1", ("checks.articles",)),
        ("glossary = 3", ("glossary",)),
    ],
)
def test_wrong_settings_are_one_line_errors(
    tmp_path: Path, toml: str, words: tuple[str, ...]
) -> None:
    _write_toml(tmp_path, toml + "\n")
    with pytest.raises(InputError):
        load_config(cwd=tmp_path)
    assert_one_line_error(run_cli("check", cwd=tmp_path), "l10n.toml", *words)


@pytest.mark.parametrize("lang", ["fr", "en", "vi"])
def test_a_date_pattern_is_skipped_only_where_it_cannot_match(lang: str) -> None:
    """``dates.find`` skips a pattern when the text in lower case holds none of the words it
    needs: each is a word of the pattern, and every letter of it is matched, case-blind, only
    by characters that lower to it (not "i", which "İ" matches, nor "s", which "ſ" matches)."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for pattern, _reader, needs in _patterns(lang):
        assert not needs or any(word.strip() in pattern.pattern for word in needs)
        for letter in {c for word in needs for c in word}:
            matched = re.findall(re.escape(letter), every, re.IGNORECASE)
            assert all(char.lower() == letter for char in matched), (letter, matched)
