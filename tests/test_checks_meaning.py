"""Checks translators trust: spelled-out numbers read back, suppression from a PO editor,
--explain, a configured glossary that must exist, and the decorator registry."""

from __future__ import annotations

import json
import random
import re
import re._constants as constants
import re._parser as parser
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from num2words import num2words

from l10n import api
from l10n.catalog.pofile import Entry, read_po
from l10n.checks import CHECK_IDS, CHECKS, CheckContext, Severity, Unit, get, meaning, run, select
from l10n.checks.catalog import suppressed
from l10n.checks.dates import find as find_dates
from l10n.checks.lexicon import (
    MULTIPLIERS,
    NEGATION,
    OPPOSITES,
    OPPOSITES_FLIP,
    OPPOSITES_NEUTRAL,
    UNITS,
)
from l10n.checks.names import _forms, _trie, entities
from l10n.checks.spans import blank
from l10n.checks.spelled import spelled_values
from l10n.config import load_config
from l10n.glossary import parse_glossary
from l10n.model.langtag import base_language
from tests.conftest import ARTICLE
from tests.support.checks import edit_po, po_path
from tests.test_cli import assert_one_line_error
from tests.test_cli import run as run_cli

SAMPLE = [
    *range(0, 1200),
    *random.Random(15).sample(range(1200, 1_000_000), 1500),
    1_000_000,
    3_000_000,
    2_000_000_000,
]


@pytest.mark.parametrize("lang", ["fr", "vi", "en"])
def test_spelled_numbers_read_back_what_num2words_writes(lang: str) -> None:
    wrong = [
        (n, num2words(n, lang=lang))
        for n in SAMPLE
        if spelled_values(num2words(n, lang=lang), lang) != {n}
    ]
    assert wrong == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spelled_ordinals_read_back_what_num2words_writes(lang: str) -> None:
    wrong = [
        (n, num2words(n, lang=lang, to="ordinal"))
        for n in SAMPLE[1:]
        if spelled_values(num2words(n, lang=lang, to="ordinal"), lang) != {n}
    ]
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("chặng đường hai mươi lăm năm", "vi", 25),
        ("vingt et un ans", "fr", 21),
        ("quatre-vingt-dix-sept victimes", "fr", 97),
        ("mười lăm tỉnh", "vi", 15),
        ("one hundred and five people", "en", 105),
        ("a thousand people", "en", 1000),
    ],
)
def test_spelled_number_in_a_sentence(text: str, lang: str, value: int) -> None:
    assert value in spelled_values(text, lang)


def _assert_warned(source: str, target: str, pair: str, check: str, flagged: bool) -> None:
    """``check`` flags the translation or not, as ``flagged`` says, and only with warnings."""
    s, t = pair.split("-")
    found = run(Unit(source, target, s, t), select([check]))
    assert bool(found) is flagged, found
    assert all(f.severity is Severity.WARNING for f in found)


def _findings(source: str, target: str, pair: str) -> list[tuple[str, str]]:
    s, t = pair.split("-")
    return [(f.check, f.message) for f in run(Unit(source, target, s, t), select())]


@pytest.mark.parametrize(
    ("source", "target", "pair"),
    [
        (
            "Ces efforts marquent 25 ans d’action.",
            "Những nỗ lực này đánh dấu hai mươi lăm năm hành động.",
            "fr-vi",
        ),
        ("Le programme couvre la période 2021-2025.", "The programme covers 2021–25.", "fr-en"),
        ("Dans les années 1990, la traite a augmenté.", "In the '90s, trafficking rose.", "fr-en"),
        ("La séance commence à 14 h 30.", "The session starts at 2:30 p.m.", "fr-en"),
        ("La séance commence à 14 heures 30.", "Phiên họp bắt đầu lúc 14 giờ 30 phút.", "fr-vi"),
        ("La séance commence à midi.", "The session starts at 12:00.", "fr-en"),
        ("La séance commence à 14 h 30.", "The session starts at 2.30pm.", "fr-en"),
        ("Le forum a eu lieu le 15 août 2024.", "Diễn đàn diễn ra ngày 15-8-2024.", "fr-vi"),
        (
            "Ces efforts marquent 25 ans d’action.",
            "These efforts mark a quarter of a century.",
            "fr-en",
        ),
        (
            "Ces efforts marquent 25 ans d’action.",
            "Nỗ lực ấy đánh dấu một phần tư thế kỷ.",
            "fr-vi",
        ),
        (
            "En 10 ans, la loi a beaucoup changé.",
            "In a decade, the law has changed a lot.",
            "fr-en",
        ),
        ("La séance commence à 14 h 30.", "Phiên họp bắt đầu lúc 2 giờ 30 chiều.", "fr-vi"),
        ("La séance commence à 14 h 30.", "Phiên họp bắt đầu lúc 2:30 CH.", "fr-vi"),
        ("La séance commence à 21 h.", "Phiên họp bắt đầu lúc 9 giờ tối.", "fr-vi"),
        ("La séance commence à 9 h.", "The session starts at 9 o'clock.", "fr-en"),
        ("La séance commence à 9 heures du soir.", "The session starts at 9 p.m.", "fr-en"),
        ("Le 1er août, la loi change.", "Ngày mùng 1/8, luật thay đổi.", "fr-vi"),
        ("En juillet 2025, la loi change.", "Trong tháng Bảy năm 2025, luật thay đổi.", "fr-vi"),
        ("Le coût est de 50 milliards de dongs.", "Chi phí là 50 tỷ đồng.", "fr-vi"),
        ("Le coût est de 50 milliards de dongs.", "The cost is VND50 billion.", "fr-en"),
        ("Il vit à Ha Dong depuis 2019.", "Ông sống ở Hà Đông từ năm 2019.", "fr-vi"),
        ("Rien n'a changé.", "Nothing has changed.", "fr-en"),
        # no opposite: a form within a longer one of its pole ("tăng cường"), one without the
        # meaning ("dễ bị tổn thương" is vulnerable, not easy)
        ("Il faut renforcer la coopération.", "Cần tăng cường hợp tác.", "fr-vi"),
        (
            "Les migrants vulnérables ont des besoins complexes.",
            "Người di cư dễ bị tổn thương có những nhu cầu phức tạp.",
            "fr-vi",
        ),
        (
            "Chúng tôi không thể đẩy lùi tệ nạn này nếu thiếu sự chung tay của mọi người.",
            "We cannot fight this scourge without everyone's cooperation.",
            "vi-en",
        ),
        ("Le programme a échoué.", "Chương trình đã thất bại.", "fr-vi"),
        ("L'échec du programme.", "The failure of the programme.", "fr-en"),
        ("Aucune victime n'a été identifiée.", "Chưa xác định được nạn nhân nào.", "fr-vi"),
        (
            "Ni la police ni la justice n'ont réagi.",
            "Neither the police nor the courts reacted.",
            "fr-en",
        ),
        ("Les trafiquants ne sont pas punis.", "Traffickers go unpunished.", "fr-en"),
        ("Chúng tôi chưa nhận được báo cáo.", "We have yet to receive the report.", "vi-en"),
        ("Chúng tôi chẳng hề biết.", "We were unaware.", "vi-en"),
        ("Ils n'ont pas accès à la justice.", "Họ bị tước quyền tiếp cận công lý.", "fr-vi"),
        ("Le nombre a plus que triplé.", "The number more than trebled.", "fr-en"),
        ("Le nombre a plus que triplé.", "Số lượng đã tăng hơn 3 lần.", "fr-vi"),
        ("Le 25e anniversaire.", "The twenty-fifth anniversary.", "fr-en"),
        ("Un tiers des victimes.", "1/3 số nạn nhân.", "fr-vi"),
        (
            "Au XXIe siècle, la traite a changé.",
            "In the 21st century, trafficking changed.",
            "fr-en",
        ),
        (
            "Au XXIe siècle, la traite a changé.",
            "Trong thế kỷ 21, nạn buôn người đổi khác.",
            "fr-vi",
        ),
        ("Le 21e siècle a commencé.", "Thế kỷ XXI đã bắt đầu.", "fr-vi"),
        ("Đại hội XIII của Đảng.", "The 13th Party Congress.", "vi-en"),
        ("Il a été condamné à 20 ans de prison.", "He was jailed for two decades.", "fr-en"),
        ("Près de 40 000 personnes.", "Gần 4 vạn người.", "fr-vi"),
        (
            "La réunion a eu lieu le lundi 3 mars 2025.",
            "Cuộc họp diễn ra thứ Hai 3 tháng Ba năm 2025.",
            "fr-vi",
        ),
        ("Le 1er janvier 2026.", "Ngày mồng 1 tháng Giêng năm 2026.", "fr-vi"),
        ("Nous ne gagnerons pas sans vous.", "We won't win unless you help.", "fr-en"),
        (
            "Nous ne gagnerons pas sans vous.",
            "Chúng tôi sẽ không thắng trừ khi có các bạn.",
            "fr-vi",
        ),
    ],
)
def test_correct_translations_raise_nothing(source: str, target: str, pair: str) -> None:
    assert _findings(source, target, pair) == []


@pytest.mark.parametrize(
    ("source", "target", "pair", "check"),
    [
        ("La séance commence à 14 h 30.", "The session starts at 2:40 p.m.", "fr-en", "dates"),
        (
            "Le programme couvre la période 2021-2025.",
            "The programme covers 2021–24.",
            "fr-en",
            "numbers",
        ),
        (
            "Ces efforts marquent 25 ans d’action.",
            "Những nỗ lực này đánh dấu hai mươi năm hành động.",
            "fr-vi",
            "numbers",
        ),
        ("La séance commence à 14 h 30.", "Phiên họp bắt đầu lúc 2 giờ 30 sáng.", "fr-vi", "dates"),
        (
            "En juillet 2025, la loi change.",
            "Trong tháng Tám năm 2025, luật thay đổi.",
            "fr-vi",
            "dates",
        ),
        (
            "Au XXIe siècle, la traite a changé.",
            "In the 20th century, trafficking changed.",
            "fr-en",
            "numbers",
        ),
        ("Le Ve siècle.", "The 4th century.", "fr-en", "numbers"),
        (
            "Il a été condamné à 20 ans de prison.",
            "He was jailed for three decades.",
            "fr-en",
            "numbers",
        ),
        ("Près de 40 000 personnes.", "Gần 5 vạn người.", "fr-vi", "numbers"),
        (
            "La réunion a eu lieu le 3 mars 2025.",
            "Cuộc họp diễn ra 4 tháng Ba năm 2025.",
            "fr-vi",
            "dates",
        ),
        ("Le coût est de 50 milliards de dongs.", "The cost is $50 billion.", "fr-en", "numbers"),
        ("Le coût est de 50 milliards de dongs.", "The cost is VND5 billion.", "fr-en", "numbers"),
        ("Rien n'a changé.", "Everything has changed.", "fr-en", "negation"),
        ("Aucune victime n'a été identifiée.", "Đã xác định được nạn nhân.", "fr-vi", "negation"),
        ("Les trafiquants sont punis.", "Traffickers are never punished.", "fr-en", "negation"),
        (
            "Le Vietnam a obtenu des résultats remarquables.",
            "Vietnam fails to achieve remarkable results.",
            "fr-en",
            "negation",
        ),
        (
            "Chúng tôi không thể đẩy lùi tệ nạn này nếu thiếu sự chung tay của mọi người.",
            "We can fight this scourge without everyone's cooperation.",
            "vi-en",
            "negation",
        ),
        (
            "Les trafiquants sont punis.",
            "Traffickers are neither tried nor punished.",
            "fr-en",
            "negation",
        ),
        ("Chúng tôi chưa nhận được báo cáo.", "We have received the report.", "vi-en", "negation"),
        ("Le nombre a plus que triplé.", "Số lượng đã tăng hơn 2 lần.", "fr-vi", "multipliers"),
        (
            "The number more than tripled.",
            "Le nombre a été multiplié par plus de deux.",
            "en-fr",
            "multipliers",
        ),
    ],
)
def test_close_but_wrong_is_still_caught(source: str, target: str, pair: str, check: str) -> None:
    assert check in {c for c, _ in _findings(source, target, pair)}


@pytest.mark.parametrize(
    "target",
    [
        "Le nombre a été multiplié par plus de trois.",
        "Le nombre a été multiplié par près de 3.",
        "Le nombre a plus que triplé.",
    ],
)
def test_a_factor_said_approximately_is_read(target: str) -> None:
    unit = Unit("The number more than tripled.", target, "en", "fr")
    assert run(unit, select(["multipliers"])) == []


_VI = (
    "Tuy nhiên, công tác sàng lọc và hỗ trợ nạn nhân bị mua bán vẫn cần được phối hợp chặt chẽ "
    "và tăng cường hơn nữa."
)


def _without_tones(text: str) -> str:
    """``text`` with its tone marks removed and its vowel marks (â, ơ, đ…) kept."""
    bare = "".join(
        c for c in unicodedata.normalize("NFD", text) if c not in "\u0300\u0301\u0303\u0309\u0323"
    )
    return unicodedata.normalize("NFC", bare)


def test_vietnamese_typed_without_its_tones_is_an_error() -> None:
    source = "Toutefois, le dépistage des victimes doit encore être renforcé."
    assert _findings(source, _VI, "fr-vi") == []
    decomposed = unicodedata.normalize("NFD", _VI)  # the nfc check's, not a toneless text
    assert [c for c, _ in _findings(source, decomposed, "fr-vi")] == ["nfc"]
    (finding,) = run(Unit(source, _without_tones(_VI), "fr", "vi"), select(["diacritics"]))
    assert finding.severity is Severity.ERROR and "tone" in finding.message


def test_a_short_sentence_without_marks_is_an_error_only_with_a_syllable_never_bare() -> None:
    # real Vietnamese may have no mark in five syllables ("Hay khai sinh cho con?": or the
    # child's birth certificate?); "phap" (closed by p) is never written bare
    (short,) = run(
        Unit("Ou l'acte de naissance ?", "Hay khai sinh cho con?", "fr", "vi"),
        select(["diacritics"]),
    )
    assert short.severity is Severity.WARNING
    source = "Le système de justice pénale"
    (typed,) = run(Unit(source, "he thong tu phap hinh su", "fr", "vi"), select(["diacritics"]))
    assert typed.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        (_VI, False),
        # a closed syllable ("chat", "hop", "tac") and uô, ươ ("duoc") are never bare
        (_VI.replace("chặt chẽ", "chat che").replace("phối hợp", "phoi hop"), True),
        (_VI.replace("được", "duoc").replace("công tác", "cong tac"), True),
        # one bare word may be a loanword ("top")
        (_VI.replace("hơn nữa", "hơn nữa, như top 10 hot nhất"), True),
        (_VI.replace("hơn nữa", "hơn nữa trong top 10"), False),
        # capitalised ones too ("Quoc", "Viet"), but not acronyms nor a name as the source
        # writes it ("Bac Ninh", "Viet Duc")
        (_VI.replace("nạn nhân", "nạn nhân của To chuc Quoc te tai Viet Nam"), True),
        (_VI.replace("nạn nhân", "nạn nhân theo IT và ICT"), False),
        (_VI.replace("nạn nhân", "nạn nhân tại Viet Duc và Bac Ninh"), False),
        # the one closed bare syllable opens the text
        ("ap dụng tuyen truyền rộng rãi trên cả nước", True),
        # five lower-case syllables in a row without a mark, none of them closed nor with
        # iê, uô, ươ (commas between them count as spaces); four are real Vietnamese
        (_VI.replace("hơn nữa", "hơn nữa, he thong tu phap hinh su"), True),
        (_VI.replace("hơn nữa", "hơn nữa, doi moi, sang tao, quan"), True),
        (_VI.replace("hơn nữa", "hơn nữa, cho thanh niên trao cho con"), False),
        (_VI.replace("hơn nữa", "hơn nữa, khai sinh cho con"), False),
        # a word cut by a mark ("phải trao cho thanh niên") is no bare syllable, nor are
        # words the source holds ("de la")
        (_VI.replace("hơn nữa", "hơn nữa, phải trao cho anh thanh niên"), False),
        (_VI.replace("hơn nữa", "hơn nữa, ba co de la gi"), False),
    ],
)
def test_vietnamese_words_typed_without_their_marks_are_a_warning(
    target: str, flagged: bool
) -> None:
    source = (
        "Toutefois, à Bac Ninh, le dépistage de la victime doit être renforcé (Photo : Viet Duc)."
    )
    found = run(Unit(source, target, "fr", "vi"), select(["diacritics"]))
    assert bool(found) is flagged, found
    assert all(f.severity is Severity.WARNING for f in found)


def test_each_form_of_the_opposites_lexicon_says_one_thing_a_concept() -> None:
    # a form may say two concepts ("national": against "international" and against "local"),
    # never both poles of one, never a concept and neutral or flipping, and is a stem in all
    # or none of its places
    for lang in ("fr", "en", "vi"):
        said: dict[str, list[tuple[str, bool]]] = {}
        for concept, pair in OPPOSITES.items():
            for table in pair:
                for form in table.get(lang, ()):
                    said.setdefault(form.rstrip("*"), []).append((concept, form.endswith("*")))
        for word, places in said.items():
            assert len({c for c, _ in places}) == len(places), (lang, word)
            assert len({stem for _, stem in places}) == 1, (lang, word)
        others = [*OPPOSITES_NEUTRAL.get(lang, ()), *OPPOSITES_FLIP.get(lang, ())]
        bare = [f.rstrip("*") for f in others]
        assert len(bare) == len(set(bare)) and said.keys().isdisjoint(bare), lang


def test_an_opposite_is_read_from_the_longest_form_and_left_to_a_negation() -> None:
    # "kém tinh vi" (crude) holds "tinh vi" (sophisticated): read whole, it is the opposite
    source = "Les réseaux sont de plus en plus sophistiqués."
    (found,) = run(
        Unit(source, "Các đường dây ngày càng kém tinh vi.", "fr", "vi"), select(["opposites"])
    )
    assert "'kém tinh vi'" in found.message and found.severity is Severity.WARNING
    assert (
        run(Unit(source, "Các đường dây ngày càng tinh vi.", "fr", "vi"), select(["opposites"]))
        == []
    )
    # a word that flips the next: "far from simple" is complex, "bớt phức tạp" less complex
    complex_ = "Les activités restent complexes."
    assert (
        run(Unit(complex_, "They remain far from simple.", "fr", "en"), select(["opposites"])) == []
    )
    assert run(Unit(complex_, "Hoạt động đã bớt phức tạp.", "fr", "vi"), select(["opposites"]))
    # a negation on one side only is the negation check's: "pas facile" is difficult; but
    # "que jamais" is no negation, and "không ít" (not few) is many
    hard = Unit("Ce n'est pas facile.", "It is difficult.", "fr", "en")
    assert run(hard, select(["opposites", "negation"])) == []  # nor a negation lost: an antonym
    easy = Unit("Ce n'est pas facile.", "It is easy.", "fr", "en")
    assert [f.check for f in run(easy, select(["opposites", "negation"]))] == ["negation"]
    later = Unit("C'est plus compliqué que jamais.", "It is easier than ever.", "fr", "en")
    assert run(later, select(["opposites"]))
    many = Unit("Họ gặp không ít thách thức.", "They face quite a few challenges.", "vi", "en")
    assert run(many, select(["opposites"])) == []
    # "chưa đủ" (not enough) says "inadequate"; "fails to … adequately" says "insuffisante"
    short = Unit("The response remains inadequate.", "Phản ứng vẫn chưa đủ.", "en", "vi")
    assert run(short, select(["opposites", "negation"])) == []
    fails = Unit(
        "La réponse reste insuffisante.", "It still fails to respond adequately.", "fr", "en"
    )
    assert run(fails, select(["opposites"])) == []


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # effective and not, private and public sector, all and some
        ("Il faut des politiques efficaces.", "We need ineffective policies.", "fr-en", True),
        ("Il faut des politiques efficaces.", "We need effective policies.", "fr-en", False),
        ("Ces politiques sont inefficaces.", "Các chính sách này kém hiệu quả.", "fr-vi", False),
        ("Ces politiques sont inefficaces.", "Các chính sách này rất hiệu quả.", "fr-vi", True),
        ("Le secteur privé doit agir.", "The public sector must act.", "fr-en", True),
        ("Le secteur privé doit agir.", "Khu vực tư nhân phải hành động.", "fr-vi", False),
        (
            "Mettons fin à toutes les formes d'exploitation.",
            "Let us end some forms of exploitation.",
            "fr-en",
            True,
        ),
        (
            "Mettons fin à toutes les formes d'exploitation.",
            "Hãy chấm dứt mọi hình thức bóc lột.",
            "fr-vi",
            False,
        ),
        ("Certains pays ont agi.", "Một số quốc gia đã hành động.", "fr-vi", False),
        ("Certains pays ont agi.", "All countries have acted.", "fr-en", True),
        # a pole the source says twice, rendered once by the other: counted
        (
            "Les victimes reçoivent l'aide dont les victimes ont besoin.",
            "Victims receive the help that offenders need.",
            "fr-en",
            True,
        ),
        (
            "Les victimes reçoivent l'aide dont elles ont besoin.",
            "Victims receive the help that victims need.",
            "fr-en",
            False,
        ),
        (
            "Les victimes et les auteurs sont entendus.",
            "Victims and perpetrators are heard.",
            "fr-en",
            False,
        ),
        # remarkable and modest results
        ("Des résultats remarquables.", "Modest results.", "fr-en", True),
        ("Des résultats modestes.", "Kết quả khiêm tốn.", "fr-vi", False),
        # suspected and confirmed
        ("Les cas présumés sont signalés.", "Confirmed cases are reported.", "fr-en", True),
        (
            "Les cas présumés sont signalés.",
            "Các trường hợp nghi là bị mua bán được báo cáo.",
            "fr-vi",
            False,
        ),
        ("Suspected cases rose.", "Các vụ việc đã được xác nhận tăng lên.", "en-vi", True),
        # worrying and encouraging, online and in person
        ("Ces tendances sont alarmantes.", "These trends are encouraging.", "fr-en", True),
        ("Ces tendances sont alarmantes.", "Những xu hướng này đáng báo động.", "fr-vi", False),
        ("Les résultats sont encourageants.", "Kết quả đáng lo ngại.", "fr-vi", True),
        (
            "They recruit victims online.",
            "Ils recrutent leurs victimes en personne.",
            "en-fr",
            True,
        ),
        ("They recruit victims online.", "Ils recrutent leurs victimes en ligne.", "en-fr", False),
        # an increased coordination, a powerful tool, taken seriously or neglected
        ("Une coordination accrue est nécessaire.", "Less coordination is needed.", "fr-en", True),
        ("Une coordination accrue est nécessaire.", "More coordination is needed.", "fr-en", False),
        ("Đây là một công cụ đắc lực.", "It is a feeble tool.", "vi-en", True),
        ("Đây là một công cụ đắc lực.", "It is a powerful tool.", "vi-en", False),
        (
            "Il faut valoriser la sensibilisation.",
            "Cần xem nhẹ công tác truyền thông.",
            "fr-vi",
            False,
        ),
        ("We must prioritise awareness.", "Cần xem nhẹ công tác truyền thông.", "en-vi", True),
        (
            "We must take awareness seriously.",
            "Cần coi trọng công tác truyền thông.",
            "en-vi",
            False,
        ),
        # national is no local, nor international; a form may say both
        ("La base de données nationale.", "Cơ sở dữ liệu địa phương.", "fr-vi", True),
        ("La base de données nationale.", "Cơ sở dữ liệu quốc tế.", "fr-vi", True),
        ("La base de données nationale.", "Cơ sở dữ liệu quốc gia.", "fr-vi", False),
        ("Les autorités locales agissent.", "National authorities act.", "fr-en", True),
        ("Du niveau central au niveau local.", "Từ trung ương đến địa phương.", "fr-vi", False),
        # human trafficking is no drug trafficking
        ("La traite des êtres humains progresse.", "Drug trafficking is rising.", "fr-en", True),
        ("La traite des êtres humains progresse.", "Human trafficking is rising.", "fr-en", False),
        ("Human trafficking is rising.", "Tình trạng buôn bán ma túy gia tăng.", "en-vi", True),
        ("Human trafficking is rising.", "Tình trạng buôn lậu gia tăng.", "en-vi", True),
        # to prevent is no to facilitate
        ("Cần phòng ngừa mua bán người.", "Human trafficking must be facilitated.", "vi-en", True),
        ("Cần phòng ngừa mua bán người.", "Human trafficking must be prevented.", "vi-en", False),
        # a minor detail, provisions lifted, progress stalled, importance questioned
        ("C'est un élément fondamental.", "This is a minor detail.", "fr-en", True),
        ("C'est un élément fondamental.", "This is a fundamental element.", "fr-en", False),
        ("La loi a ajouté des dispositions.", "The law lifted provisions.", "fr-en", True),
        ("La loi a ajouté des dispositions.", "The law added provisions.", "fr-en", False),
        ("The efforts made remarkable progress.", "Nỗ lực giậm chân tại chỗ.", "en-vi", True),
        ("Nỗ lực đã có tiến triển đáng kể.", "The efforts made little headway.", "vi-en", True),
        ("Nỗ lực đã có tiến triển đáng kể.", "The efforts made great strides.", "vi-en", False),
        (
            "Nous réaffirmons son importance.",
            "We call into question its importance.",
            "fr-en",
            True,
        ),
        (
            "Nous réaffirmons son importance.",
            "Chúng tôi tái khẳng định tầm quan trọng.",
            "fr-vi",
            False,
        ),
        # educated and not, prosecution and defence, national and regional, essential and
        # pointless, remarkable and slow progress
        ("Des victimes jeunes et instruites.", "Young, uneducated victims.", "fr-en", True),
        ("Des victimes jeunes et instruites.", "Young, educated victims.", "fr-en", False),
        (
            "Surtout pour les poursuites judiciaires.",
            "Nhất là trong công tác bào chữa.",
            "fr-vi",
            True,
        ),
        (
            "Surtout pour les poursuites judiciaires.",
            "Nhất là trong công tác truy tố.",
            "fr-vi",
            False,
        ),
        ("La base de données nationale.", "The regional database.", "fr-en", True),
        ("La base de données nationale.", "The national database.", "fr-en", False),
        ("Il est essentiel d'agir.", "It is pointless to act.", "fr-en", True),
        (
            "Le travail progresse de manière remarquable.",
            "The work is progressing slowly.",
            "fr-en",
            True,
        ),
        (
            "Le travail progresse de manière remarquable.",
            "The work is progressing well.",
            "fr-en",
            False,
        ),
        # provisions dropped, a shortcoming for a strength, a piecemeal approach for a
        # comprehensive one, only some for all, drugs for human trafficking
        ("La loi a ajouté des dispositions.", "The law dropped provisions.", "fr-en", True),
        ("L'un des points forts de la loi.", "Một điểm hạn chế của luật.", "fr-vi", True),
        ("L'un des points forts de la loi.", "Một ưu điểm của luật.", "fr-vi", False),
        ("Une approche globale.", "Cách tiếp cận riêng lẻ.", "fr-vi", True),
        ("Une approche globale.", "Cách tiếp cận tổng thể.", "fr-vi", False),
        ("Toutes les victimes ont accès.", "Chỉ những nạn nhân có giấy tờ.", "fr-vi", True),
        ("Toutes les victimes ont accès.", "Mọi nạn nhân đều được tiếp cận.", "fr-vi", False),
        ("La Journée contre la traite des personnes.", "Ngày chống ma túy.", "fr-vi", True),
        ("La Journée contre la traite des personnes.", "The day against drugs.", "fr-en", True),
        # a source that says both poles: one rendered by the other, or each kept
        (
            "Elle a partagé certains points de vue sur toutes les formes d'exploitation.",
            "She shared some views on some forms of exploitation.",
            "fr-en",
            True,
        ),
        (
            "Elle a partagé certains points de vue sur toutes les formes d'exploitation.",
            "She shared some views on all forms of exploitation.",
            "fr-en",
            False,
        ),
        (
            "Elle a partagé certains points de vue sur toutes les formes d'exploitation.",
            "She shared a few views on every form of exploitation.",
            "fr-en",
            False,
        ),
        # some and few, determined and hesitant, young and elderly, law enforcement and the
        # armed forces, organ trafficking and donation, cross-border and domestic, tightened and
        # loosened, recognised and doubted, all of you and some
        ("Ils font face à certains défis.", "They face few challenges.", "fr-en", True),
        ("Ils font face à certains défis.", "They face a few challenges.", "fr-en", False),
        ("Ils font face à certains défis.", "Họ đối mặt với rất ít thách thức.", "fr-vi", True),
        ("L'OIM est fière et déterminée.", "IOM is proud but hesitant.", "fr-en", True),
        ("L'OIM est fière et déterminée.", "IOM is proud and determined.", "fr-en", False),
        ("Donner aux jeunes les moyens.", "Trao quyền cho người cao tuổi.", "fr-vi", True),
        ("Donner aux jeunes les moyens.", "Trao quyền cho thanh niên.", "fr-vi", False),
        ("Le rôle des forces de l'ordre.", "The role of the armed forces.", "fr-en", True),
        ("Le rôle des forces de l'ordre.", "The role of law enforcement.", "fr-en", False),
        ("Le trafic d'organes progresse.", "Organ donation is rising.", "fr-en", True),
        (
            "Renforcer la coopération transfrontalière.",
            "Strengthen domestic cooperation.",
            "fr-en",
            True,
        ),
        (
            "Renforcer la coopération transfrontalière.",
            "Strengthen cross-border cooperation.",
            "fr-en",
            False,
        ),
        ("Le renforcement des enquêtes.", "Việc nới lỏng công tác điều tra.", "fr-vi", True),
        ("IOM ghi nhận những kết quả vượt bậc.", "IOM doubts the results.", "vi-en", True),
        (
            "Sans votre coopération à tous.",
            "Nếu thiếu sự chung tay của một số người.",
            "fr-vi",
            True,
        ),
        (
            "Le rapport « Trafic de personnes ».",
            "The report 'Smuggling of Migrants'.",
            "fr-en",
            True,
        ),
        ("Một điểm nổi bật của luật.", "A shortcoming of the law.", "vi-en", True),
        # unremarkable, regret for welcome, limited progress, smugglers for traffickers, a
        # narrow approach for a comprehensive one, set aside for focus on
        ("Des résultats remarquables.", "The results remain unremarkable.", "fr-en", True),
        ("Nous saluons les progrès.", "We regret the progress made.", "fr-en", True),
        (
            "Nous saluons les progrès remarquables.",
            "Chúng tôi ghi nhận những tiến bộ còn hạn chế.",
            "fr-vi",
            True,
        ),
        ("Les trafiquants s'adaptent.", "Smugglers adapt quickly.", "fr-en", True),
        ("Les trafiquants s'adaptent.", "Traffickers adapt quickly.", "fr-en", False),
        ("Une approche globale.", "A narrowly targeted approach.", "fr-en", True),
        (
            "Sur quels crimes concentrer ses efforts ?",
            "Nên tạm gác lại loại tội phạm nào?",
            "fr-vi",
            True,
        ),
        (
            "Sur quels crimes concentrer ses efforts ?",
            "Nên tập trung vào loại tội phạm nào?",
            "fr-vi",
            False,
        ),
        # little progress, limited results, rated low, scaled back or stalled, defence for
        # prosecution, resilient and vulnerable, vulnerable and privileged, frontline and senior
        (
            "The efforts made remarkable progress.",
            "Les efforts ont peu progressé.",
            "en-fr",
            True,
        ),
        ("Vietnam achieves remarkable results.", "Việt Nam đạt kết quả hạn chế.", "en-vi", True),
        ("Việt Nam đạt kết quả vượt bậc.", "Vietnam makes limited gains.", "vi-en", True),
        ("We commend the progress.", "Chúng tôi đánh giá thấp những tiến bộ.", "en-vi", True),
        ("Le renforcement des enquêtes.", "The scaled-back investigations.", "fr-en", True),
        ("The stepped-up investigation.", "Việc điều tra bị chững lại.", "en-vi", True),
        ("En matière de poursuites judiciaires.", "With regard to defence.", "fr-en", True),
        (
            "Renforcer la résilience des communautés.",
            "Communities grow more vulnerable.",
            "fr-en",
            True,
        ),
        (
            "Autonomiser les groupes vulnérables.",
            "Trao quyền cho nhóm có đặc quyền.",
            "fr-vi",
            True,
        ),
        ("Le personnel de première ligne.", "Senior personnel.", "fr-en", True),
        ("Le personnel de première ligne.", "Frontline personnel.", "fr-en", False),
        (
            "Đội ngũ tuyến đầu đối mặt với không ít thách thức.",
            "Officers face very few challenges.",
            "vi-en",
            True,
        ),
        # continue and stop, updated in and deleted from
        (
            "Nous continuerons de promouvoir le recrutement éthique.",
            "We will stop promoting ethical recruitment.",
            "fr-en",
            True,
        ),
        (
            "Nous continuerons de promouvoir le recrutement éthique.",
            "We will keep promoting ethical recruitment.",
            "fr-en",
            False,
        ),
        (
            "Les données sont mises à jour dans la base.",
            "Dữ liệu được xóa khỏi cơ sở dữ liệu.",
            "fr-vi",
            True,
        ),
        ("Các lực lượng không ngừng nỗ lực.", "The forces keep working.", "vi-en", False),
        # "hardly any" says few: its "hardly" is no failing that turns the rest round
        (
            "Cán bộ đối mặt với không ít thách thức.",
            "Officers face hardly any challenges.",
            "vi-en",
            True,
        ),
        (
            "Cán bộ đối mặt với không ít thách thức.",
            "Officers face many challenges.",
            "vi-en",
            False,
        ),
        (
            "Let’s act together to end all forms of exploitation!",
            "Hãy cùng hành động để hạn chế mọi hình thức bóc lột!",
            "en-vi",
            True,
        ),
        (
            "Agissons ensemble pour mettre fin à toutes les formes d'exploitation !",
            "Let's act together to reduce exploitation!",
            "fr-en",
            True,
        ),
        (
            "Agissons ensemble pour mettre fin à toutes les formes d'exploitation !",
            "Hãy cùng hành động để chấm dứt mọi hình thức bóc lột!",
            "fr-vi",
            False,
        ),
        (
            "Toutes les victimes doivent avoir un accès égal aux mesures de protection.",
            "All victims must have unequal access to protection measures.",
            "fr-en",
            True,
        ),
        (
            "Toutes les victimes doivent avoir un accès égal aux mesures de protection.",
            "Mọi nạn nhân được tiếp cận khác nhau các biện pháp bảo vệ.",
            "fr-vi",
            True,
        ),
        (
            "Toutes les victimes doivent avoir un accès égal aux mesures de protection.",
            "Mọi nạn nhân đều được tiếp cận bình đẳng các biện pháp bảo vệ.",
            "fr-vi",
            False,
        ),
        ("Merci beaucoup./.", "Xin lỗi bà./.", "fr-vi", True),
        (
            "Nous devons toujours placer les victimes au centre de la protection.",
            "We must occasionally place victims at the centre of protection.",
            "fr-en",
            True,
        ),
        (
            "Nous devons toujours placer les victimes au centre de la protection.",
            "Chúng ta phải luôn đặt nạn nhân làm trung tâm trong bảo vệ.",
            "fr-vi",
            False,
        ),
        (
            "We reaffirm the importance of cooperation.",
            "Nous relativisons l'importance de la coopération.",
            "en-fr",
            True,
        ),
        (
            "La traite exige une approche globale de la part du gouvernement.",
            "Chính phủ chỉ cần một cách tiếp cận đơn ngành.",
            "fr-vi",
            True,
        ),
        (
            "Il s'agit d'un élément fondamental pour l'élaboration des politiques.",
            "It is a minor consideration in designing policies.",
            "fr-en",
            True,
        ),
        (
            "Il est essentiel de donner aux jeunes les moyens de mener des initiatives.",
            "Cần giúp người trung niên có điều kiện dẫn dắt các sáng kiến.",
            "fr-vi",
            True,
        ),
        (
            "Mọi nạn nhân đều phải được tiếp cận bình đẳng các biện pháp bảo vệ.",
            "All victims must have priority access to protection measures.",
            "vi-en",
            True,
        ),
        (
            "We are seeing networks that use technology as a powerful tool.",
            "Các đường dây sử dụng công nghệ như một công cụ kém hiệu quả.",
            "en-vi",
            True,
        ),
        (
            "Le Vietnam a obtenu des résultats remarquables.",
            "Việt Nam đạt kết quả còn nhiều hạn chế.",
            "fr-vi",
            True,
        ),
        (
            "Efforts to rescue Vietnamese citizens have made remarkable progress.",
            "Les efforts de sauvetage des citoyens vietnamiens piétinent.",
            "en-fr",
            True,
        ),
        (
            "Efforts to rescue Vietnamese citizens have made remarkable progress.",
            "Công tác giải cứu công dân Việt Nam đã có những bước thụt lùi.",
            "en-vi",
            True,
        ),
        (
            "Les activités de traite restent complexes et de plus en plus sophistiquées.",
            "Hoạt động mua bán người vẫn phức tạp nhưng ngày một đơn giản hơn.",
            "fr-vi",
            True,
        ),
        (
            "Cette approche permet de diffuser les messages à un large public.",
            "In this way the messages reach only a handful of people.",
            "fr-en",
            True,
        ),
        (
            "One of the law’s highlights is its victim-centred approach.",
            "L'un des points faibles de la loi est son approche centrée sur les victimes.",
            "en-fr",
            True,
        ),
        (
            "One of the law’s highlights is its victim-centred approach.",
            "Một điểm nổi bật của luật là cách tiếp cận lấy nạn nhân làm trung tâm.",
            "en-vi",
            False,
        ),
        (
            "This approach helps encourage the reporting of suspected cases.",
            "Cách làm này giúp hạn chế việc trình báo các vụ nghi vấn.",
            "en-vi",
            True,
        ),
        # "không thể" is the negation the source has too ("ne pouvons"): no failing word
        (
            "Nous ne pouvons lutter contre ce fléau sans votre coopération à tous.",
            "Chúng tôi không thể đẩy lùi tệ nạn này nếu thiếu sự chung tay của một số người.",
            "fr-vi",
            True,
        ),
        (
            "Nous ne pouvons lutter contre ce fléau sans votre coopération à tous.",
            "Chúng tôi không thể đẩy lùi tệ nạn này nếu thiếu sự chung tay của tất cả các bạn.",
            "fr-vi",
            False,
        ),
        ("Merci beaucoup./.", "Xin cảm ơn bà./.", "fr-vi", False),
        (
            "Les forces de l'ordre doivent appliquer des réglementations strictes.",
            "Lực lượng thực thi pháp luật phải nới lỏng các quy định.",
            "fr-vi",
            True,
        ),
        (
            "Les forces de l'ordre doivent appliquer des réglementations strictes.",
            "Law enforcement must apply tough regulations.",
            "fr-en",
            False,
        ),
        (
            "Ensure that human trafficking data are updated in the national database.",
            "Veiller à ce que les données soient supprimées de la base de données nationale.",
            "en-fr",
            True,
        ),
        (
            "This approach helps spread the messages to a wide audience.",
            "Cách làm này giúp đưa thông điệp tới một số ít người.",
            "en-vi",
            True,
        ),
        (
            "Efforts to rescue Vietnamese citizens have made remarkable progress.",
            "Việc giải cứu công dân Việt Nam còn rất chậm chạp.",
            "en-vi",
            True,
        ),
        (
            "Công tác giải cứu công dân Việt Nam đã có những tiến triển đáng kể.",
            "The rescue of Vietnamese citizens has stalled.",
            "vi-en",
            True,
        ),
        (
            "L'OIM, agence des Nations Unies pour les migrations légales et sûres.",
            "IOM, the UN agency for irregular migration.",
            "fr-en",
            True,
        ),
        (
            "L'OIM est déterminée à poursuivre sa collaboration avec le gouvernement.",
            "IOM quyết tâm chấm dứt hợp tác với Chính phủ.",
            "fr-vi",
            True,
        ),
    ],
)
def test_opposite_poles_of_a_concept(source: str, target: str, pair: str, flagged: bool) -> None:
    _assert_warned(source, target, pair, "opposites", flagged)


# A word negative by its meaning, and its translations: kept ("not", "chưa", a soft word such
# as "inadequate" or "falls short"), or lost (the translation says the opposite).
_NEGATIVE_WORD = "La réponse de la justice pénale reste insuffisante face à ce crime."


@pytest.mark.parametrize(
    ("target", "pair", "lost"),
    [
        ("The criminal justice response remains inadequate to this crime.", "fr-en", False),
        ("The criminal justice response is still not enough for this crime.", "fr-en", False),
        ("The criminal justice response still falls short of this crime.", "fr-en", False),
        (
            "Sự ứng phó của tư pháp hình sự vẫn chưa tương xứng với loại tội phạm này.",
            "fr-vi",
            False,
        ),
        ("The criminal justice response remains adequate to this crime.", "fr-en", True),
        ("Sự ứng phó của tư pháp hình sự vẫn tương xứng với loại tội phạm này.", "fr-vi", True),
    ],
)
def test_a_negative_word_lost_reverses_the_sentence(target: str, pair: str, lost: bool) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(_NEGATIVE_WORD, target, source_lang, target_lang), select(["negation"]))
    assert [f.message for f in found] == (
        ["'insuffisante' in the source, no negation in the translation"] if lost else []
    )
    assert all(f.severity is Severity.WARNING for f in found)


def test_registry_is_declared_where_checks_are_written() -> None:
    assert len(set(CHECK_IDS)) == len(CHECK_IDS)
    for chk in CHECKS:
        assert chk.explain and chk.doc, chk.id
        assert chk.func.__module__.startswith("l10n.checks."), chk.id
    assert get("diacritics").applies("vi") and not get("diacritics").applies("en")
    assert get("copied").severity is Severity.ERROR
    assert get("negation").severity is Severity.WARNING


def test_suppression_comment_is_parsed() -> None:
    assert suppressed(["l10n-ignore: numbers, negation"]) == {"numbers", "negation"}
    assert suppressed(["L10N-IGNORE: units", "a note"]) == {"units"}
    assert suppressed(["l10n check: numbers differ"]) == frozenset()


def _break_and_hush(catalogs: Path, hush: bool) -> Entry:
    changed: list[Entry] = []

    def change(index: int, entry: Entry) -> Entry:
        if index != 21:
            return entry
        comments = ("Checked with the desk: 480 is right", "l10n-ignore: numbers") if hush else ()
        new = replace(
            entry, msgstr=entry.msgstr.replace("840", "480"), translator_comments=comments
        )
        changed.append(new)
        return new

    edit_po(catalogs, "vi", change)
    return changed[0]


def test_suppressed_finding_is_reported_and_does_not_fail(catalogs: Path, tmp_path: Path) -> None:
    _break_and_hush(catalogs, hush=False)
    assert run_cli("check", "--catalogs", str(catalogs), cwd=tmp_path).returncode == 1
    entry = _break_and_hush(catalogs, hush=True)
    proc = run_cli("check", "--catalogs", str(catalogs), "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    vi = next(c for c in json.loads(proc.stdout)["catalogs"] if c["lang"] == "vi")
    assert vi["errors"] == 0 and vi["suppressed"] >= 1
    found = [f for f in vi["findings"] if f["ref"] == entry.references[0]]
    assert {f["check"] for f in found} == {"numbers"}
    assert all(f["suppressed"] is True for f in found)
    text = run_cli("check", "--catalogs", str(catalogs), cwd=tmp_path)
    assert text.returncode == 0 and "suppressed error [numbers]" in text.stdout


def test_suppression_survives_a_re_ingest(catalogs: Path) -> None:
    entry = _break_and_hush(catalogs, hush=True)
    (result,) = api.ingest([str(ARTICLE)], load_config(str(catalogs)), targets=["vi", "en"])
    assert result is not None
    again = next(e for e in read_po(po_path(catalogs, "vi")).entries if e.msgid == entry.msgid)
    assert "l10n-ignore: numbers" in again.translator_comments
    reports = api.check(load_config(str(catalogs)), lang="vi")
    assert sum(r.errors for r in reports) == 0 and sum(r.suppressed for r in reports) >= 1


def test_explain_says_what_and_how_to_suppress(tmp_path: Path) -> None:
    proc = run_cli("check", "--explain", "negation", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "negation" in proc.stdout and "warning" in proc.stdout
    assert "l10n-ignore: negation" in proc.stdout
    assert_one_line_error(
        run_cli("check", "--explain", "spelling", cwd=tmp_path), "--explain", "spelling"
    )


def test_a_glossary_form_of_a_third_language_is_flagged() -> None:
    # French "OIM" in a Vietnamese translation of English is as wrong as in one of French
    context = CheckContext(parse_glossary("fr,en,vi\nOIM,IOM,IOM\n", "g.csv"))
    wrong = Unit("IOM supports Vietnam.", "OIM hỗ trợ Việt Nam.", "en", "vi", context=context)
    assert "'OIM' is the fr form; write 'IOM'" in [
        f.message for f in run(wrong, select(["glossary"]))
    ]
    right = Unit("IOM supports Vietnam.", "IOM hỗ trợ Việt Nam.", "en", "vi", context=context)
    assert run(right, select(["glossary"])) == []


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        ("(Agence vietnamienne d’information/VietnamPlus)", False),
        ("(Agence vietnamienne d'information/VietnamPlus)", False),
        ("(Agence vietnamienne/VietnamPlus)", True),
    ],
)
def test_a_glossary_form_is_right_with_either_apostrophe(target: str, flagged: bool) -> None:
    context = CheckContext(parse_glossary("en,fr\nVNA,Agence vietnamienne d'information\n", "g"))
    unit = Unit("(VNA/VietnamPlus)", target, "en", "fr", context=context)
    assert bool(run(unit, select(["glossary"]))) is flagged


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        ("Human trafficking is organized crime.", False),
        ("“Human Trafficking Is Organized Crime”, the theme says.", False),
        ("Human trafficking is a global crime.", True),
        # a form with capitals is a name: written as it is
        ("The organisation internationale said so.", True),
    ],
)
def test_a_glossary_term_in_lower_case_is_written_in_any_case(target: str, flagged: bool) -> None:
    context = CheckContext(
        parse_glossary(
            "fr,en\ncrime organisé,organized crime\n"
            "Organisation internationale,Organisation internationale\n",
            "g",
        )
    )
    source = (
        "La traite est un crime organisé."
        if "crime" in target.lower()
        else "L'Organisation internationale le dit."
    )
    unit = Unit(source, target, "fr", "en", context=context)
    assert bool(run(unit, select(["glossary"]))) is flagged


def test_configured_glossary_that_cannot_be_read_is_an_error(
    catalogs: Path, tmp_path: Path
) -> None:
    (tmp_path / "l10n.toml").write_text(
        f'catalogs = "{catalogs}"\nglossary = "terms/missing.csv"\n', "utf-8"
    )
    assert_one_line_error(run_cli("check", cwd=tmp_path), "missing.csv", "glossary")
    (tmp_path / "l10n.toml").write_text(f'catalogs = "{catalogs}"\n', "utf-8")
    assert run_cli("check", cwd=tmp_path).returncode == 0  # the default file is optional


def test_glossary_found_from_the_config_catches_the_source_form(
    catalogs: Path, tmp_path: Path
) -> None:
    (tmp_path / "glossary.csv").write_text("fr,en,vi\nOIM,IOM,IOM\n", "utf-8")
    (tmp_path / "l10n.toml").write_text(
        f'catalogs = "{catalogs}"\nglossary = "glossary.csv"\n', "utf-8"
    )

    def oim(index: int, entry: Entry) -> Entry:
        return (
            replace(entry, msgstr=entry.msgstr.replace("IOM and", "IOM (OIM) and"))
            if index == 21
            else entry
        )

    edit_po(catalogs, "en", oim)
    proc = run_cli("check", "--json", cwd=tmp_path)
    en = next(c for c in json.loads(proc.stdout)["catalogs"] if c["lang"] == "en")
    assert any(f["check"] == "glossary" and "'OIM'" in f["message"] for f in en["findings"])


def test_frequent_words_are_function_words() -> None:
    from l10n.checks.lexicon import FREQUENT_WORDS, FUNCTION_WORDS

    for lang, frequent in FREQUENT_WORDS.items():
        assert {w.strip() for w in frequent} <= FUNCTION_WORDS[lang], lang


@pytest.mark.parametrize(
    ("text", "tag", "value"),
    [
        ("quatre-vingt-dix-sept victimes", "fr-CA", 97),
        ("hai mươi lăm năm", "vi-VN", 25),
        # "không trăm": no hundreds, as Vietnamese writes a number out in full
        ("một nghìn không trăm chín mươi sáu trường hợp", "vi", 1096),
        ("hai nghìn không trăm hai mươi lăm", "vi", 2025),
        ("trăm năm", "vi", 105),
        ("Quatre-vingts ans", "FR", 80),
    ],
)
def test_spelled_numbers_read_by_the_tags_language(text: str, tag: str, value: int) -> None:
    """A regional tag reads its language's words: the base-language rule is the one in
    ``l10n.model.langtag``, not each check's own."""
    assert value in spelled_values(text, tag)


@pytest.mark.parametrize(
    ("tag", "base"), [("fr-CA", "fr"), ("vi_VN", "vi"), ("EN-us", "en"), ("fr", "fr")]
)
def test_base_language_of_a_tag(tag: str, base: str) -> None:
    assert base_language(tag) == base


def test_regional_target_gets_its_languages_checks() -> None:
    """Checks limited to a language (diacritics: vi) and tables keyed by language run for a
    regional tag exactly as for the bare one."""
    source, target = "Le système de justice pénale", "he thong tu phap hinh su nay"
    bare = run(Unit(source, target, "fr", "vi"), select())
    regional = run(Unit(source, target, "fr-FR", "vi-VN"), select())
    assert [f.check for f in bare] == [f.check for f in regional]
    assert "diacritics" in [f.check for f in regional]


@pytest.mark.parametrize(
    ("source", "target", "pair", "added"),
    [
        (
            "Une coordination accrue est nécessaire.",
            "Greater coordination is unnecessary.",
            "fr-en",
            True,
        ),
        ("Pour des migrations légales et sûres.", "For safe and illegal migration.", "fr-en", True),
        ("Ces efforts sont louables.", "These efforts are hardly commendable.", "fr-en", True),
        (
            "Une coordination accrue est nécessaire.",
            "Greater coordination is needed.",
            "fr-en",
            False,
        ),
        (
            "Les dispositions interdisent la vente.",
            "The provisions prohibit the sale.",
            "fr-en",
            False,
        ),
        ("Greater coordination is needed.", "Sự phối hợp là không cần thiết.", "en-vi", True),
    ],
)
def test_a_negative_word_added_reverses_the_sentence(
    source: str, target: str, pair: str, added: bool
) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["negation"]))
    assert bool(found) is added, found
    assert all(f.severity is Severity.WARNING for f in found)


@pytest.mark.parametrize(
    ("source", "target", "pair"),
    [
        # "que jamais" / "never been more", "quel que soit" / "no matter": no negation either side
        (
            "La détection est plus compliquée que jamais.",
            "Detection has never been more complicated.",
            "fr-en",
        ),
        (
            "La détection est plus compliquée que jamais.",
            "Detection has never been so hard.",
            "fr-en",
        ),
        (
            "Toutes les victimes, quel que soit leur statut.",
            "All victims, no matter their status.",
            "fr-en",
        ),
        # French times of day without minutes, and durations that are not times
        ("Le forum s'est achevé à 18 heures.", "The forum ended at 6 p.m.", "fr-en"),
        ("Le forum s'est achevé à 18 heures.", "Diễn đàn kết thúc lúc 18 giờ.", "fr-vi"),
        (
            "Elles travaillaient jusqu'à 16 heures par jour.",
            "They worked up to 16 hours a day.",
            "fr-en",
        ),
        ("Le village est à 2 heures de route.", "The village is a 2-hour drive away.", "fr-en"),
        ("Contact : hanoi@iom.int.", "Contact: hanoi@iom.int.", "fr-en"),
    ],
)
def test_correct_readings_of_never_no_matter_and_french_hours(
    source: str, target: str, pair: str
) -> None:
    assert _findings(source, target, pair) == []


def test_french_hours_after_a_preposition_are_a_time_of_day() -> None:
    assert [f.text for f in find_dates("Le forum s'achève à 18 heures.", "fr")] == ["à 18 heures"]
    assert find_dates("Ils travaillent 16 heures par jour, jusqu'à 16 heures.", "fr") == ()


@pytest.mark.parametrize(
    ("target", "copied"),
    [("Merci beaucoup.", True), ("Merci  beaucoup !", True), ("Thank you very much.", False)],
)
def test_a_copy_with_other_punctuation_is_still_a_copy(target: str, copied: bool) -> None:
    found = run(Unit("Merci beaucoup./.", target, "fr", "en"), select(["unchanged"]))
    assert [f.check for f in found] == (["unchanged"] if copied else [])


def test_a_loose_soft_word_does_not_stand_for_a_lost_negative_word() -> None:
    source = "La loi sur la prévention a ajouté des dispositions interdisant la vente de fœtus."
    allowing = "The Law on Prevention has added provisions allowing the sale of fetuses."
    prohibiting = "The Law on Prevention has added provisions prohibiting the sale of fetuses."
    found = run(Unit(source, allowing, "fr", "en"), select(["negation"]))
    assert [f.message for f in found] == [
        "'interdisant' in the source, no negation in the translation"
    ]
    assert run(Unit(source, prohibiting, "fr", "en"), select(["negation"])) == []


@pytest.mark.parametrize(
    ("target", "swapped"),
    [
        ("Với <2>Microsoft</2>, IOM đã phát triển nền tảng <1>congdanso.edu.vn</1>.", True),
        ("Với <1>Microsoft</1>, IOM đã phát triển nền tảng <2>congdanso.edu.vn</2>.", False),
        ("Nền tảng <2>congdanso.edu.vn</2> do IOM và <1>Microsoft</1> phát triển.", False),
        ("Với <1>hãng Microsoft</1>, IOM đã phát triển <2>nền tảng này</2>.", False),
    ],
)
def test_placeholders_swapped_between_words_copied_as_they_are(target: str, swapped: bool) -> None:
    source = "Avec <1>Microsoft</1>, l'OIM a développé la plateforme <2>congdanso.edu.vn</2>."
    found = run(Unit(source, target, "fr", "vi"), select(["placeholders"]))
    assert [f.severity for f in found] == ([Severity.ERROR] * 2 if swapped else [])


_GROUPS = "La loi garantit un soutien pour tous : citoyens, étrangers, apatrides et mineurs."


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        (
            "Luật bảo đảm hỗ trợ cho mọi đối tượng: công dân, người nước ngoài, người không quốc "
            "tịch và người chưa thành niên.",
            False,
        ),
        (
            "Luật chưa bảo đảm hỗ trợ cho mọi đối tượng: công dân, người nước ngoài, người không "
            "quốc tịch và người chưa thành niên.",
            True,
        ),
        (
            "The law guarantees support for all: citizens, foreigners, stateless people and minors.",
            False,
        ),
        (
            "The law does not guarantee support for all: citizens, foreigners, stateless people and minors.",
            True,
        ),
    ],
)
def test_soft_words_rendered_by_soft_words_excuse_no_added_marker(
    target: str, flagged: bool
) -> None:
    pair = ("fr", "vi" if "Luật" in target else "en")
    found = run(Unit(_GROUPS, target, *pair), select(["negation"]))
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("source", "target", "pair"),
    [
        ("Les deux pays coopèrent.", "Both countries cooperate.", "fr-en"),
        ("Deux millions de personnes.", "2 million people.", "fr-en"),
        ("Vingt et un ans plus tard.", "21 years later.", "fr-en"),
        ("Deux mille cinq cents apprenants.", "2,500 learners.", "fr-en"),
        ("Un bâtiment neuf, une victime.", "A new building, a victim.", "fr-en"),
        ("Hơn 1,3 triệu người học.", "Over 1.3 million learners.", "vi-en"),
        ("Thứ hai tuần sau, diễn đàn khai mạc.", "The forum opens next Monday.", "vi-en"),
        ("Trong năm nay, bộ tư pháp cho biết.", "This year, the justice ministry said.", "vi-en"),
        ("No one can wait a second longer.", "Personne ne peut attendre plus longtemps.", "en-fr"),
        ("Le nombre a doublé en deux ans.", "Số lượng tăng gấp đôi trong 2 năm.", "fr-vi"),
    ],
)
def test_numbers_in_words_said_another_way_or_not_numbers(
    source: str, target: str, pair: str
) -> None:
    source_lang, target_lang = pair.split("-")
    assert run(Unit(source, target, source_lang, target_lang), select(["number-words"])) == []


@pytest.mark.parametrize(
    ("source", "target", "pair", "missing"),
    [
        ("Après trois tables rondes.", "After two round tables.", "fr-en", 3),
        ("Ces cinq dernières années.", "Over the past four years.", "fr-en", 5),
        ("Troisièmement, les partenariats.", "Thứ tư là quan hệ đối tác.", "fr-vi", 3),
        ("Sau hai mươi lăm năm.", "After twenty years.", "vi-en", 25),
    ],
)
def test_a_number_in_words_changed_is_flagged(
    source: str, target: str, pair: str, missing: int
) -> None:
    source_lang, target_lang = pair.split("-")
    (found,) = run(Unit(source, target, source_lang, target_lang), select(["number-words"]))
    assert found.severity is Severity.WARNING and f"number {missing} " in found.message


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        (
            "Le nombre a doublé en deux ans.",
            "Số lượng tăng gấp đôi trong hai tháng.",
            "fr-vi",
            True,
        ),
        ("Après trois semaines de voyage.", "Sau ba tháng di chuyển.", "fr-vi", True),
        ("Après trois semaines de voyage.", "After a three-week journey.", "fr-en", False),
        ("Le nombre a doublé en un an.", "The number doubled in a year.", "fr-en", False),
        ("Un jour, la loi changera.", "Một ngày nào đó, luật sẽ thay đổi.", "fr-vi", False),
        ("Trois jours plus tard.", "Ba hôm sau.", "fr-vi", False),
        # a span said in another unit, or converted
        ("Le programme s'étend sur deux ans.", "It runs over 24 months.", "fr-en", False),
        ("Le programme s'étend sur deux ans.", "It runs over 20 months.", "fr-en", True),
        ("Retenues pendant 18 mois.", "Held for a year and a half.", "fr-en", False),
        ("À 30 km de la frontière.", "About 19 miles from the border.", "fr-en", False),
        ("Âgés de 18 à 35 ans.", "Aged 18 to 35.", "fr-en", False),
        (
            "En juillet 2025, la loi change.",
            "Vào tháng Bảy năm 2025, luật thay đổi.",
            "fr-vi",
            False,
        ),
    ],
)
def test_units_after_numbers_in_words(source: str, target: str, pair: str, flagged: bool) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["units", "number-words"]))
    assert bool(found) is flagged, found


_LIST = (
    "Les forces de l'ordre, notamment la police, les services des frontières, les agences "
    "internationales et les forces spéciales, participent à la campagne."
)


@pytest.mark.parametrize(
    ("target", "pair", "flagged"),
    [
        (
            "Law enforcement, including the police, border services and special forces, take "
            "part in the campaign.",
            "fr-en",
            True,
        ),
        (
            "Law enforcement – the police, border services, international agencies and special "
            "forces – take part in the campaign.",
            "fr-en",
            False,
        ),
        (  # the items first, the list word after them
            "The police, border services, international agencies and special forces – all part "
            "of law enforcement – take part in the campaign.",
            "fr-en",
            False,
        ),
        (
            "The police, border services and special forces – all part of law enforcement – "
            "take part in the campaign.",
            "fr-en",
            True,
        ),
        (  # a spaced hyphen typed for the dash
            "Law enforcement - the police, border services, international agencies and special "
            "forces - take part.",
            "fr-en",
            False,
        ),
        (  # dashes that set off a shorter enumeration are no more separators than the source's
            "Law enforcement, all of it – the police, border services and special forces – "
            "takes part, with the army, in the campaign.",
            "fr-en",
            True,
        ),
        (  # nor when the dashes set off a pair: "and" alone lists no enumeration of its own
            "Law enforcement takes part, with the police – and with the army, as it should – "
            "alongside border services and special forces, in the campaign.",
            "fr-en",
            False,
        ),
        (
            "Các lực lượng thực thi pháp luật, trong đó có cảnh sát, an ninh biên giới, các cơ quan"
            " quốc tế và lực lượng đặc nhiệm, tham gia chiến dịch.",
            "fr-vi",
            False,
        ),
        (
            "Các lực lượng thực thi pháp luật, trong đó có cảnh sát và lực lượng đặc nhiệm, tham "
            "gia chiến dịch.",
            "fr-vi",
            True,
        ),
    ],
)
def test_an_enumeration_keeps_its_items(target: str, pair: str, flagged: bool) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(_LIST, target, source_lang, target_lang), select(["omission"]))
    assert bool(found) is flagged, found


_SERIES = (
    "Pour réussir, les écoles doivent former les enseignants, moderniser les salles, acheter "
    "des livres et associer les parents."
)


@pytest.mark.parametrize(
    ("target", "pair", "flagged"),
    [
        (
            "To succeed, schools must train teachers, modernise classrooms, buy books and "
            "involve parents.",
            "fr-en",
            False,
        ),
        (  # the opening clause moved: the series keeps its four items
            "Schools must train teachers, modernise classrooms, buy books and involve parents "
            "if they are to succeed.",
            "fr-en",
            False,
        ),
        (  # one item left out, the length kept by longer items
            "To succeed, schools must train all of their teachers, modernise every classroom "
            "and get parents involved in school life.",
            "fr-en",
            True,
        ),
        (
            "Để thành công, các trường phải đào tạo giáo viên, hiện đại hóa phòng học, mua sách "
            "và gắn kết phụ huynh.",
            "fr-vi",
            False,
        ),
        (
            "Để thành công, các trường học trên cả nước phải đào tạo giáo viên, hiện đại hóa "
            "toàn bộ phòng học và gắn kết phụ huynh.",
            "fr-vi",
            True,
        ),
    ],
)
def test_a_series_without_a_list_word_keeps_its_items(
    target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(_SERIES, target, pair, "omission", flagged)


@pytest.mark.parametrize(
    ("text", "lang", "long_last", "least", "items"),
    [
        (  # a comma before the joining word
            "Il faut appliquer la loi, mener des enquêtes, renforcer les contrôles, et exploiter "
            "les données.",
            "fr",
            False,
            4,
            4,
        ),
        (  # an empty run, spaces and commas before the joining word
            "Il faut appliquer la loi, mener des enquêtes ,, renforcer les contrôles ,  et "
            "exploiter les données.",
            "fr",
            False,
            4,
            5,
        ),
        (  # a run too long: the clause around the series
            "Il faut appliquer la loi, mener des enquêtes sur le terrain avec les polices, "
            "renforcer les contrôles et exploiter les données.",
            "fr",
            False,
            4,
            0,
        ),
        (  # "ainsi que" separates as a comma does
            "Il faut appliquer la loi, mener des enquêtes ainsi que renforcer les contrôles et "
            "exploiter les données.",
            "fr",
            False,
            4,
            4,
        ),
        (  # a period or a spaced hyphen ends the clause
            "Il faut appliquer la loi, mener des enquêtes. Renforcer les contrôles, et exploiter "
            "les données.",
            "fr",
            False,
            4,
            0,
        ),
        (
            "Il faut appliquer la loi, mener des enquêtes - renforcer les contrôles, et exploiter "
            "les données.",
            "fr",
            False,
            4,
            0,
        ),
        (  # the item before the joining word may be twice as long in a translation
            "We must apply the law, run inquiries, go after the money flows of all criminal "
            "networks and use technology.",
            "en",
            True,
            4,
            4,
        ),
        (
            "We must apply the law, run inquiries, go after the money flows of all criminal "
            "networks and use technology.",
            "en",
            False,
            4,
            0,
        ),
        (  # and with a comma before the joining word
            "We must apply the law, run inquiries, go after the money flows of all criminal "
            "networks, and use technology.",
            "en",
            True,
            4,
            4,
        ),
        (
            "We must apply the law, go after the money flows of all criminal networks and use "
            "technology.",
            "en",
            True,
            3,
            3,
        ),
        (
            "Cần thực thi pháp luật, điều tra, truy tìm dòng tiền của tội phạm và ứng dụng công "
            "nghệ.",
            "vi",
            True,
            4,
            4,
        ),
    ],
)
def test_a_series_is_counted_over_its_short_runs(
    text: str, lang: str, long_last: bool, least: int, items: int
) -> None:
    # the shape that passes a text over before its walk (_series_shape) must let each through
    assert meaning._series(text, lang, long_last, least) == items


def test_a_vietnamese_word_pair_hides_no_item_left_out() -> None:
    # "bộ, ngành" holds a comma: as many separators as the source, one item fewer
    source = "La lutte mobilise de nombreux ministères, services, agences et autorités locales."
    whole = "Cuộc chiến huy động nhiều bộ, ngành, cơ quan chuyên trách và chính quyền địa phương."
    short = (
        "Công tác phòng, chống tội phạm có sự tham gia của nhiều bộ, ngành và cơ quan chuyên trách."
    )
    assert run(Unit(source, whole, "fr", "vi"), select(["omission"])) == []
    assert run(Unit(source, short, "fr", "vi"), select(["omission"]))


def test_a_quotation_holds_no_item_of_the_sentence() -> None:
    """The punctuation inside a quotation is the quotation's: a translation may write its dash
    as a colon ("organised crime: let us act"), and the sentence loses no clause by it."""
    source = (
        "À l'occasion de la Journée mondiale 2025, placée sous le thème : « La traite des "
        "personnes est un crime organisé – Agissons ensemble pour mettre fin à toutes les "
        "formes d'exploitation ! », Mme Kendra Rinas, cheffe de mission de l'OIM au Vietnam, "
        "a partagé certains points de vue avec les journalistes."
    )
    target = (
        "Marking World Day 2025, themed 'Trafficking in persons is organised crime: let's "
        "act together to end all forms of exploitation!', Kendra Rinas, head of the IOM "
        "mission in Vietnam, spoke to reporters."
    )
    assert run(Unit(source, target, "fr", "en"), select(["omission"])) == []
    cut = "Marking World Day 2025, Kendra Rinas spoke to reporters."
    assert run(Unit(source, cut, "fr", "en"), select(["omission"]))


def test_an_opening_clause_and_a_pair_make_no_series() -> None:
    # "Depuis 2019, A et B" is no series; a Vietnamese source pairs words with a comma
    source = "Depuis 2019, l'école et ses partenaires ont formé des enseignants."
    target = "Since 2019 the school has trained teachers with its partners."
    assert run(Unit(source, target, "fr", "en"), select(["omission"])) == []
    source = "Công tác phòng, chống tội phạm, hỗ trợ nạn nhân và đào tạo cán bộ được đẩy mạnh."
    target = "Crime prevention, victim support and staff training have been stepped up."
    assert run(Unit(source, target, "vi", "en"), select(["omission"])) == []


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        (
            "Les ouvriers travaillent 12 heures par jour.",
            "Workers work 12 hours a week.",
            "fr-en",
            True,
        ),
        (
            "Les ouvriers travaillent 12 heures par jour.",
            "Workers work 12 hours a day.",
            "fr-en",
            False,
        ),
        (
            "Les ouvriers travaillent 12 heures par jour.",
            "Công nhân làm việc 12 giờ mỗi tháng.",
            "fr-vi",
            True,
        ),
        ("Công nhân làm việc 12 giờ mỗi ngày.", "Workers put in 12 hours daily.", "vi-en", False),
        ("Công nhân làm việc 12 giờ/ngày.", "Workers work 12 hours a week.", "vi-en", True),
        # a rate on one side only is no rate changed ("12 heures" of a day said elsewhere)
        ("Ils travaillent 12 heures.", "They work 12 hours a day.", "fr-en", False),
    ],
)
def test_a_rate_counted_per_another_period_is_flagged(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "units", flagged)


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # items that each open with the same kind of word are a list, however long
        (
            "Le programme vise à former les enseignants des villages, à équiper les écoles "
            "rurales de la province et à soutenir les familles pauvres.",
            "The programme aims to train village teachers, equip the province's rural schools "
            "and support poor families.",
            "fr-en",
            False,
        ),
        (
            "Le programme vise à former les enseignants des villages, à équiper les écoles "
            "rurales de la province et à soutenir les familles pauvres.",
            "The programme aims to train the teachers of every village in the province and to "
            "give real support to the poorest families.",
            "fr-en",
            True,
        ),
        (
            "Dự án hỗ trợ các trường học, các bệnh viện huyện và các trung tâm y tế ở vùng núi.",
            "The project supports schools, district hospitals and health centres in the mountains.",
            "vi-en",
            False,
        ),
        (
            "Dự án hỗ trợ các trường học, các bệnh viện huyện và các trung tâm y tế ở vùng núi.",
            "The project gives support to the schools and to the health centres that serve the "
            "remote mountain areas.",
            "vi-en",
            True,
        ),
        # "du" opens alike with "de" and with "la"
        (
            "Elles sont au centre de la protection, du soutien et de l'accès à la justice, "
            "toujours.",
            "They are at the centre of protection and support, always.",
            "fr-en",
            True,
        ),
        (
            "Elles sont au centre de la protection, du soutien et de l'accès à la justice, "
            "toujours.",
            "They are at the centre of protection, support and access to justice, always.",
            "fr-en",
            False,
        ),
        # a phrase that opens the translation before a comma is no item of its series
        (
            "Pour cela, le programme vise à former les enseignants, à équiper les écoles et à "
            "soutenir les familles.",
            "In the province, the programme trains teachers and supports families.",
            "fr-en",
            True,
        ),
        (
            "Pour cela, le programme vise à former les enseignants, à équiper les écoles et à "
            "soutenir les familles.",
            "Trong thời gian tới, chương trình đào tạo giáo viên và hỗ trợ các gia đình.",
            "fr-vi",
            True,
        ),
        (
            "Pour cela, le programme vise à former les enseignants, à équiper les écoles et à "
            "soutenir les familles.",
            "Trong thời gian tới, chương trình đào tạo giáo viên, trang bị cho trường học và hỗ "
            "trợ các gia đình.",
            "fr-vi",
            False,
        ),
        # a long run that happens to open alike is the clause around a pair, not an item
        (
            "Le 3 mai 2024, à Lyon, le maire de la ville a présenté un nouveau plan sur la santé "
            "et la sécurité.",
            "In Lyon on 3 May 2024, the mayor of the city presented to the press a new plan on health and safety.",
            "fr-en",
            False,
        ),
    ],
)
def test_a_series_of_items_that_open_alike_keeps_its_items(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "omission", flagged)


def test_a_speaker_label_and_a_comma_before_as_well_as_open_no_longer_list() -> None:
    source = (
        "Mme Kendra Rinas : Nous observons des tendances, telles que des victimes forcées de "
        "participer à des escroqueries, au trafic d'organes, ainsi qu'au trafic de fœtus."
    )
    target = (
        "Ms. Kendra Rinas: We see trends such as victims forced into scams, as well as organ "
        "trafficking and the trafficking of fetuses."
    )
    assert run(Unit(source, target, "fr", "en"), select(["omission"])) == []
    short = "Ms. Kendra Rinas: We see trends such as victims forced into scams, as well as organ trafficking."
    assert run(Unit(source, short, "fr", "en"), select(["omission"])) != []


def test_entity_forms_are_found_as_written() -> None:
    # "+" and "." of a form are its letters, not the regex engine's repeat and any character,
    # where forms part as well as inside the letters only one form has
    pattern = re.compile(_trie(["U.S.", "U.S.A.", "Vietnam", "Vietnam+", "A+B.C", "a b"]))
    for form in ("U.S.", "U.S.A.", "Vietnam", "Vietnam+", "A+B.C", "a b"):
        assert pattern.fullmatch(form)
    for other in ("UxS.", "U.S.Ax", "Vietnamm", "AAB.C", "A+BxC", "a  b", "U.S"):
        assert not pattern.fullmatch(other)
    assert entities("(TTXVN/Vietnam+)", "fr") == ["agency:vna", "agency:vietnamplus"]


@pytest.mark.parametrize("lang", ["fr", "vi"])
def test_entity_forms_without_a_capital_are_each_announced_and_found(lang: str) -> None:
    # "la délégation vietnamienne" names Vietnam, "vùng đồng bằng sông Cửu Long" the delta:
    # every form without a capital is announced by one of the cues, each tested in turn
    forms = _forms(lang)
    assert forms.lower_cues
    for form in forms._lowers:
        text = f"x {form} y"
        assert forms.lower_cued(text), form
        assert forms.entity[form] in entities(text, lang), form


@pytest.mark.parametrize(
    ("source", "target", "pair", "changed"),
    [
        # a person's name kept letter for letter, marks and titles aside, or changed
        ("Mme Kendra Rinas, cheffe de mission.", "Bà Kendra Rinas, Trưởng Phái bộ.", "fr-vi", 0),
        ("Mme Kendra Rinas, cheffe de mission.", "Ms. Kendra Rivas, Chief of Mission.", "fr-en", 1),
        ("(Photo : Viet Duc/VNA)", "(Ảnh: Việt Đức/TTXVN)", "fr-vi", 0),
        ("(Photo : Viet Duc/VNA)", "(Ảnh: Việt Dũng/TTXVN)", "fr-vi", 1),
        ("(Photo : Viet Duc/VNA)", "(Ảnh: Việt Đức, Thông tấn xã Việt Nam)", "fr-vi", 0),
        ("Le vice-ministre Nguyễn Văn Long.", "Deputy Minister Nguyen Van Long.", "fr-en", 0),
        ("Le vice-ministre Nguyễn Văn Long.", "Deputy Minister Nguyen Van Luong.", "fr-en", 1),
        # reordered or translated names share no word in the same place: not a change
        ("Les Nations Unies.", "The United Nations.", "fr-en", 0),
        ("Le Vietnam avance.", "In Vietnam, progress.", "fr-en", 0),
        # entities in each language's own form, or another entity of the same class
        ("Le forum s'est tenu à Hanoï.", "Diễn đàn diễn ra tại Hà Nội.", "fr-vi", 0),
        ("Le forum s'est tenu à Hanoï.", "The forum was held in Da Nang.", "fr-en", 1),
        ("Le forum s'est tenu à Tay Ninh.", "The forum was held in Tien Giang.", "fr-en", 1),
        (
            "Le forum s'est tenu à Tay Ninh.",
            "The forum was held in the Central Highlands.",
            "fr-en",
            1,
        ),
        ("(TTXVN/Vietnam+)", "(VNA/VietnamNet)", "fr-en", 1),
        ("(TTXVN/Vietnam+)", "(VNA/Vietnam+)", "fr-en", 0),
        ("(Photo : Viet Duc/VNA)", "(Photo: Viet Duc, Voice of Vietnam)", "fr-en", 1),
        ("L'OIM et l'ONUDC coopèrent.", "IOM and ILO cooperate.", "fr-en", 1),
        ("L'OIM, agence des Nations Unies.", "IOM, a World Bank agency.", "fr-en", 1),
        # a person's name with its words in another order
        ("(Photo : Giang Phuong/VNA)", "(Photo: Phuong Giang/VNA)", "fr-en", 1),
        ("Bà Kendra Rinas: Vâng.", "Ms. Rinas Kendra: Yes.", "vi-en", 1),
        # a speaker's label must name the speaker, title and first name aside
        ("Mme Kendra Rinas : Oui.", "Yes.", "fr-en", 1),
        ("Mme Kendra Rinas : Oui.", "Ms Rinas: Yes.", "fr-en", 0),
        # a long label: its colon is the text's 43rd character (a test of a shorter reach fails)
        ("Mme Marie-Christine Aurélie Dupont-Moretti : Oui.", "Yes.", "fr-en", 1),
        (
            "Mme Marie-Christine Aurélie Dupont-Moretti : Oui.",
            "Ms Dupont-Moretti: Yes.",
            "fr-en",
            0,
        ),
        # a name typed with a letter left out or two swapped; a cognate changes a letter
        ("Avec Microsoft et l'OIM.", "With Microsft and IOM.", "fr-en", 1),
        ("Avec Microsoft et l'OIM.", "Cùng Microsfot và IOM.", "fr-vi", 1),
        ("L'Organisation agit.", "The Organization acts.", "fr-en", 0),
        ("L'OIM et l'ONUDC coopèrent.", "IOM và UNODC hợp tác.", "fr-vi", 0),
        ("Une agence des Nations Unies.", "Một cơ quan của Liên minh châu Âu.", "fr-vi", 1),
        # a country put for one the source names more often than the translation
        (
            "Au Vietnam, selon l'Agence vietnamienne.",
            "In Laos, according to the Vietnam agency.",
            "fr-en",
            1,
        ),
        (
            "Au Vietnam, selon l'Agence vietnamienne.",
            "In Vietnam, according to the national agency.",
            "fr-en",
            0,
        ),
        ("Le forum s'est tenu à Tay Ninh.", "Diễn đàn diễn ra tại Ninh Thuận.", "fr-vi", 1),
        ("Le forum s'est tenu à Hué.", "Diễn đàn diễn ra tại Thừa Thiên Huế.", "fr-vi", 0),
        ("La région Asie-Pacifique.", "Khu vực châu Á – Thái Bình Dương.", "fr-vi", 0),
        # a name opening one side only is compared; first words of both sides are not
        ("Mme Kendra Rinas a déclaré.", "Ms. Kandra Rinas said.", "fr-en", 1),
        ("Mme Kendra Rinas a déclaré.", "Kandra Rinas said.", "fr-en", 1),
        ("Mme Kendra Rinas a déclaré.", "Ms. Kendra Rinas said.", "fr-en", 0),
        ("M. Nguyen Van Long a déclaré.", "Mr. Nguyen Van Luong said.", "fr-en", 1),
        ("Hier Kendra Rinas a déclaré.", "Yesterday Kendra Rinas said.", "fr-en", 0),
        ("Le Vietnam avance.", "The Vietnam of today advances.", "fr-en", 0),
        ("au Vietnam.", "tại Việt Nam.", "fr-vi", 0),
        (
            "Mme Rinas, cheffe de mission au Vietnam.",
            "Ms Rinas, head of mission in Cambodia.",
            "fr-en",
            1,
        ),
        ("le gouvernement vietnamien", "the Vietnamese government", "fr-en", 0),
        ("le gouvernement vietnamien", "the Cambodian government", "fr-en", 1),
        # a translation that names its entity only by a lower-case form
        ("the Vietnamese government", "le gouvernement britannique", "en-fr", 1),
        ("le ministère de l'Intérieur britannique", "the UK Home Office", "fr-en", 0),
        ("le ministère de l'Intérieur britannique", "Bộ Nội vụ Anh", "fr-vi", 0),
        ("le ministère de l'Intérieur britannique", "Bộ Nội vụ Pháp", "fr-vi", 1),
        ("le ministère de la Santé", "the Ministry of Health", "fr-en", 0),
        ("le ministère de la Santé", "the Ministry of Labour", "fr-en", 1),
        ("(Photo : Viet Duc/VNA)", "(Photo: Viet Duc/AFP)", "fr-en", 1),
        # a name the translation adds beside the source's is no swap
        (
            "2,5 millions de dollars du Royaume-Uni",
            "2,5 triệu đô la Mỹ của Vương quốc Anh",
            "fr-vi",
            0,
        ),
        # but a news agency or a company added is credited without cause
        ("(Photo : Viet Duc/VNA)", "(Ảnh: Việt Đức/TTXVN/AFP)", "fr-vi", 1),
        ("(Photo : Viet Duc/VNA)", "(Ảnh: Việt Đức/TTXVN)", "fr-vi", 0),
        ("Les entreprises technologiques.", "Tech firms such as Microsoft.", "fr-en", 1),
        # a language without entity forms in the lexicon reads the forms all languages share
        ("Die Regierung von Vietnam.", "Chính phủ Campuchia.", "de-vi", 0),
        ("Foto: Viet Duc/VNA", "Ảnh: Việt Đức/AFP", "de-vi", 1),
        # "Anh" opening a sentence is a pronoun, not Britain
        ("Vous êtes allé au Laos ?", "Anh đã sang nước láng giềng?", "fr-vi", 0),
        # Vietnam's mass organisations, each language's form, or another one
        (
            "Le Comité central de l'Union des femmes du Vietnam a organisé un forum.",
            "Trung ương Hội Liên hiệp Phụ nữ Việt Nam tổ chức diễn đàn.",
            "fr-vi",
            0,
        ),
        (
            "Le Comité central de l'Union des femmes du Vietnam a organisé un forum.",
            "The Central Committee of the Vietnam Women’s Union held a forum.",
            "fr-en",
            0,
        ),
        (
            "Le Comité central de l'Union des femmes du Vietnam a organisé un forum.",
            "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức diễn đàn.",
            "fr-vi",
            1,
        ),
        (
            "Le Comité central de l'Union des femmes du Vietnam a organisé un forum.",
            "The Central Committee of the Vietnam Fatherland Front held a forum.",
            "fr-en",
            1,
        ),
    ],
)
def test_a_name_changed_is_a_warning(source: str, target: str, pair: str, changed: int) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["names"]))
    assert len(found) == changed, found
    assert all(f.severity is Severity.WARNING for f in found)


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # a closing "không?" asks a question; "không thể" inside one still negates
        ("Pourriez-vous nous l'expliquer ?", "Bà có thể giải thích điều này không?", "fr-vi", 0),
        ("Pourriez-vous nous l'expliquer ?", "Bà không thể giải thích điều này sao?", "fr-vi", 1),
        # "not neglect" says "value"; "không tránh khỏi" (cannot escape) and "no small number"
        # say no negation
        (
            "On ne doit pas négliger la communication.",
            "Cần hết sức coi trọng công tác truyền thông.",
            "fr-vi",
            0,
        ),
        # "must not neglect" said affirmatively: a double negation (the verb of neglect goes too)
        ("On ne doit pas négliger la communication.", "Communication matters.", "fr-en", 0),
        ("Ils font face à des défis.", "Họ cũng không tránh khỏi khó khăn.", "fr-vi", 0),
        # a number written out: "không trăm" is no hundreds, no negation
        ("De 296 à 1 096 cas.", "Từ 296 lên một nghìn không trăm chín mươi sáu ca.", "fr-vi", 0),
        ("Ils font face à des défis.", "Họ không gặp khó khăn.", "fr-vi", 1),
        ("Họ gặp nhiều thách thức.", "They face no small number of challenges.", "vi-en", 0),
        ("Họ gặp nhiều thách thức.", "They face no challenges.", "vi-en", 1),
        ("Họ gặp nhiều thách thức.", "They face no shortage of challenges.", "vi-en", 0),
        ("Cán bộ cũng gặp không ít thách thức.", "Officers face not a few challenges.", "vi-en", 0),
        ("Cán bộ cũng gặp không ít thách thức.", "Officers face not one challenge.", "vi-en", 1),
        ("Họ gặp nhiều thách thức.", "They are not without challenges.", "vi-en", 0),
        # "n'en demeure pas moins", "lost none of", "chưa bao giờ … như bây giờ": no negation
        (
            "Human trafficking in Vietnam remains complex.",
            "La traite au Vietnam n'en demeure pas moins complexe.",
            "en-fr",
            0,
        ),
        (
            "La traite reste complexe.",
            "Trafficking has lost none of its complexity.",
            "fr-en",
            0,
        ),
        (
            "La détection est plus compliquée que jamais.",
            "Việc phát hiện chưa bao giờ khó như bây giờ.",
            "fr-vi",
            0,
        ),
        ("La détection est plus compliquée que jamais.", "Việc phát hiện chưa khó.", "fr-vi", 1),
        # "nothing short of", "not … any less", "nor … without", "không thể không": no negation
        (
            "Nous saluons les remarquables progrès du Vietnam.",
            "Vietnam's progress has been nothing short of remarkable.",
            "fr-en",
            0,
        ),
        (
            "La traite reste complexe.",
            "Trafficking has not become any less complex.",
            "fr-en",
            0,
        ),
        (
            "Le personnel est également confronté à certains défis.",
            "Nor are frontline staff without their challenges.",
            "fr-en",
            0,
        ),
        (
            "Nous saluons les progrès du Vietnam.",
            "Chúng tôi không thể không ghi nhận những tiến bộ của Việt Nam.",
            "fr-vi",
            0,
        ),
        # escaping, being sheltered: negated, they say the affirmative
        (
            "Nous devons tenir les auteurs responsables.",
            "Perpetrators must not escape accountability.",
            "fr-en",
            0,
        ),
        (
            "Frontline personnel also face challenges.",
            "Le personnel de terrain n'est pas non plus à l'abri de difficultés.",
            "en-fr",
            0,
        ),
        # a "ni" in the clause of a negation is the same negation
        (
            "Let us work for a world where no one is bought, sold or exploited.",
            "Œuvrons pour un monde où nul n'est acheté, vendu ni exploité.",
            "en-fr",
            0,
        ),
        (
            "Screening still needs to be better coordinated and strengthened.",
            "Le dépistage n'est pas encore assez coordonné ni renforcé.",
            "en-fr",
            0,
        ),
        ("Ni l'un ni l'autre n'est venu.", "Neither came.", "fr-en", 0),
        # "not spared", "not lacking" (a negated verb that spares or lacks), "không phân biệt"
        (
            "Les agents font aussi face à de nombreux défis.",
            "Nor are frontline personnel spared their share of challenges.",
            "fr-en",
            0,
        ),
        (
            "Les agents font aussi face à de nombreux défis.",
            "Challenges are not lacking for frontline personnel either.",
            "fr-en",
            0,
        ),
        (
            "Toutes les victimes, quel que soit leur statut, doivent avoir un accès égal.",
            "Không phân biệt thân phận, mọi nạn nhân đều được tiếp cận bình đẳng.",
            "fr-vi",
            0,
        ),
        # a negated verb that takes away says the affirmative: "No victim may be denied"
        (
            "Toutes les victimes doivent avoir un accès égal aux mesures de protection.",
            "No victim may be denied equal access to protection measures.",
            "fr-en",
            0,
        ),
        (
            "All victims must have equal access to protection measures.",
            "Không nạn nhân nào bị tước quyền tiếp cận bình đẳng các biện pháp bảo vệ.",
            "en-vi",
            0,
        ),
        (
            "Toutes les victimes doivent avoir un accès égal aux mesures de protection.",
            "No victim may have equal access to protection measures.",
            "fr-en",
            1,
        ),
        (
            "Toutes les victimes sont privées d'un accès égal.",
            "No victim is denied equal access.",
            "fr-en",
            1,
        ),
        # a negative word and its "ne" apart, a clause between: one negation
        (
            "All victims, regardless of their status, must have equal access.",
            "Aucune victime, quel que soit son statut, ne doit avoir un accès égal.",
            "en-fr",
            1,
        ),
        # "ce n'est qu'avec vous" says "not without you" with "only"
        (
            "We cannot fight this scourge without you.",
            "Ce n’est qu’avec vous que nous pourrons combattre ce fléau.",
            "en-fr",
            0,
        ),
        (
            "We cannot fight this scourge without you.",
            "Nous pourrons combattre ce fléau.",
            "en-fr",
            1,
        ),
        # or with a word of need: "cannot … without" is "takes", "cần"
        (
            "Nous ne pouvons lutter contre ce fléau sans votre coopération à tous.",
            "Fighting this scourge takes the cooperation of every one of you.",
            "fr-en",
            0,
        ),
        (
            "Nous ne pouvons lutter contre ce fléau sans votre coopération à tous.",
            "Cuộc chiến chống tệ nạn này cần đến sự hợp tác của tất cả các bạn.",
            "fr-vi",
            0,
        ),
        (
            "We cannot fight this scourge without your cooperation.",
            "Ce fléau ne peut être combattu qu'avec la coopération de chacun d'entre vous.",
            "en-fr",
            0,
        ),
        (
            "Nous ne pouvons lutter contre ce fléau sans votre coopération à tous.",
            "We can fight this scourge with the cooperation of every one of you.",
            "fr-en",
            1,
        ),
        # "banning" renders "interdisant"; "afraid to" renders "không dám"
        ("Des dispositions interdisant la vente.", "Provisions banning the sale.", "fr-en", 0),
        ("Victims are afraid to report it.", "Nạn nhân không dám tố giác.", "en-vi", 0),
        ("Victims report it.", "Nạn nhân không tố giác.", "en-vi", 1),
        # a double negation said with "only" / "chỉ … mới"; without it, a negation lost
        ("Nous ne pouvons lutter sans vous.", "This can only be fought with you.", "fr-en", 0),
        (
            "Nous ne pouvons lutter sans vous.",
            "Chỉ khi có các bạn, chúng tôi mới làm được.",
            "fr-vi",
            0,
        ),
        ("Nous ne pouvons lutter sans vous.", "This can be fought with you.", "fr-en", 1),
        (
            "Nous ne pouvons lutter sans vous.",
            "Chúng tôi có thể chiến đấu nếu thiếu các bạn.",
            "fr-vi",
            1,
        ),
        (
            "Aucune victime n'a été laissée sans soutien.",
            "Every victim was left with support.",
            "fr-en",
            1,
        ),
        (
            "Nous ne pouvons lutter sans vous.",
            "Chúng tôi chỉ chiến đấu được nếu thiếu các bạn.",
            "fr-vi",
            1,
        ),
        # "ne … pas négliger" said affirmatively; the verb of neglect kept without the negation
        (
            "Nous ne pouvons pas négliger la communication.",
            "Communication is equally important.",
            "fr-en",
            0,
        ),
        (
            "Cũng không thể xem nhẹ công tác truyền thông.",
            "We must pay attention to communication.",
            "vi-en",
            0,
        ),
        (
            "Cũng không thể xem nhẹ công tác truyền thông.",
            "Communication can be taken lightly.",
            "vi-en",
            1,
        ),
        (
            "Nous ne pouvons pas négliger la communication.",
            "We can neglect communication.",
            "fr-en",
            1,
        ),
        (
            "Nous ne pouvons pas négliger la communication.",
            "Truyền thông có thể tạm gác lại.",
            "fr-vi",
            1,
        ),
        # "still to be done" said "not yet done"; a "not" elsewhere is added
        (
            "Le travail doit encore être mieux coordonné.",
            "The work is not yet coordinated well enough.",
            "fr-en",
            0,
        ),
        (
            "Le travail doit encore être mieux coordonné.",
            "Công tác vẫn chưa được phối hợp đủ tốt.",
            "fr-vi",
            0,
        ),
        (
            "Le travail doit encore être mieux coordonné.",
            "The work is not coordinated and never will be.",
            "fr-en",
            1,
        ),
        ("Le travail est bien coordonné.", "The work is not yet coordinated.", "fr-en", 1),
        # "prevent" may be said with a negation; once rendered "ngăn chặn", it excuses no other
        (
            "It is essential to prevent trafficking.",
            "Cần không để xảy ra mua bán người.",
            "en-vi",
            0,
        ),
        (
            "It is essential to prevent trafficking.",
            "Ngăn chặn mua bán người là điều không cần thiết.",
            "en-vi",
            1,
        ),
        (
            "It is essential to prevent trafficking.",
            "Ngăn chặn mua bán người là thiết yếu.",
            "en-vi",
            0,
        ),
    ],
)
def test_negation_said_another_way(source: str, target: str, pair: str, flagged: int) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["negation"]))
    assert len(found) == flagged, found


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        ("Merci beaucoup./.", "Xin chân thành cảm ơn bà!", 0),
        ("Merci beaucoup./.", "Xin cảm ơn bà./.", 0),
        ("Nous agirons.", "Chúng tôi sẽ hành động!", 1),  # (thanks may close with "!")
        # the source's mark closes a quotation the translation moved inside its sentence
        ("Le message « Agissons ensemble ! »", "“Hãy cùng hành động!” là thông điệp.", 0),
        ("Le message « Agissons ensemble ! »", "“Hãy cùng hành động” là thông điệp.", 1),
        ("Le message : agissons ensemble !", "Thông điệp “hãy cùng hành động!” được nêu.", 1),
        # and the other way: the translation ends with the quotation the source holds inside
        (
            "Le thème « Agissons ensemble ! » a été choisi.",
            "The chosen theme: “Let’s act together!”",
            0,
        ),
        (
            "Le thème « Agissons ensemble » a été choisi.",
            "The chosen theme: “Let’s act together!”",
            1,
        ),
    ],
)
def test_the_closing_mark_of_a_news_article_is_no_sentence_end(
    source: str, target: str, flagged: int
) -> None:
    found = run(Unit(source, target, "fr", "vi"), select(["punctuation"]))
    assert len(found) == flagged, found


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        # a no-break space before ? ! ; narrow or not: the article's own French has U+00A0
        ("Quel message avez-vous pour le Vietnam\u00a0?", []),
        ("Quel message avez-vous pour le Vietnam\u202f?", []),
        ("Agissons\u00a0; agissons ensemble\u00a0!", []),
        # a plain space is right in a catalog (export makes it no-break); none at all is not
        ("Quel message avez-vous pour le Vietnam ?", []),
        ("Quel message avez-vous pour le Vietnam?", ["no space before '?'"]),
        ("Le thème\u202f: agir.", []),
        ("Le thème : agir.", []),
        ("Le thème: agir.", ["no space before ':'"]),
        ("Le thème «\u00a0Agir\u00a0» et « Agir ».", []),
        ("Le thème «Agir».", ["no space before '»'", "no space after '«'"]),
    ],
)
def test_french_marks_take_either_no_break_space(target: str, flagged: list[str]) -> None:
    source = {"?": "What message for Vietnam?", "!": "Act; act!"}.get(target[-1], "The theme: act.")
    found = run(Unit(source, target, "en", "fr"), select(["punctuation"]))
    assert [f.message.split(";")[0] for f in found] == flagged, found


@pytest.mark.parametrize(
    ("source", "target", "flagged"),
    [
        # the mark before a token, a closing bracket or quote, or spaces is the sentence's
        ("Voir le rapport.<1/>", "Xem báo cáo!<1/>", 1),
        ("Voir le rapport.<1/>", "Xem báo cáo.<1/>", 0),
        ("Voir <1>le rapport.</1>", "Xem <1>báo cáo?</1>", 1),
        ("Il a dit : « Agissons ! »", "Ông nói: “Hãy hành động.”", 1),
        ("Les résultats sont bons... ", "Kết quả tốt.", 0),
        ("« Agissons ! »", "“Hãy hành động?”", 1),
        ("(Agissons !)", "(Hãy hành động!)", 0),
    ],
)
def test_the_end_mark_is_read_before_tokens_brackets_and_quotes(
    source: str, target: str, flagged: int
) -> None:
    found = run(Unit(source, target, "fr", "vi"), select(["punctuation"]))
    assert len(found) == flagged, found


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # thanks said warmly may close with "!"; an "!" dropped, or added elsewhere, counts
        ("Thank you very much.", "Cảm ơn bà rất nhiều!", "en-vi", False),
        ("Merci beaucoup.", "Thanks a lot!", "fr-en", False),
        ("Act now!", "Agissez maintenant.", "en-fr", True),
        ("See the report.", "Xem báo cáo!", "en-vi", True),
    ],
)
def test_thanks_may_close_with_an_exclamation(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "punctuation", flagged)


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # "ne … que" restricts; "ne … pas qu'…" negates
        (
            "Nous ne pouvons que saluer ces efforts.",
            "We can only welcome these efforts.",
            "fr-en",
            0,
        ),
        (
            "Les victimes ne savaient pas qu'elles seraient vendues.",
            "The victims knew it.",
            "fr-en",
            1,
        ),
        (
            "Les victimes ne savaient pas qu'elles seraient vendues.",
            "Các nạn nhân không hề biết mình sẽ bị bán.",
            "fr-vi",
            0,
        ),
    ],
)
def test_ne_que_restricts_unless_a_negative_word_stands_between(
    source: str, target: str, pair: str, flagged: int
) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["negation"]))
    assert len(found) == flagged, found


def test_blank_leaves_spaces_for_spans_that_overlap() -> None:
    # a date inside a URL, or opening in one, is blanked once with it; what lies between spans
    # is kept, and so are the offsets
    text = "Lịch trực 24/7 từ ngày 1/9/2025 tại http://a.vn/1/9/2025 nhé"
    assert blank(text, "vi") == "Lịch trực      từ ngày          tại                      nhé"
    assert blank("Voir http://a.vn/3 mai 2025 ici", "fr") == "Voir" + " " * 24 + "ici"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # each span's pattern runs when its cue is there: "7" alone, "24" alone, "/", "www.",
        # "@", "<"
        ("Ouvert 7 jours sur 7, 9 salles.", "7 jours sur 7"),
        ("Trực 24 giờ mỗi ngày, 3 ca.", "24 giờ mỗi ngày"),
        ("Voir https://a.vn, 3 pages.", "https://a.vn"),
        ("Voir www.a.vn, 3 pages.", "www.a.vn"),
        ("Écrire à a1@b.vn, 3 fois.", "a1@b.vn"),
        ("Voir <1>ceci, 3 fois.", "<1>"),
    ],
)
def test_blank_runs_each_pattern_on_its_cue(text: str, span: str) -> None:
    assert blank(text, "fr") == text.replace(span, " " * len(span))


def _opening(items: list[tuple[Any, Any]]) -> set[str]:
    """The characters a match of the parsed pattern ``items`` can open with, its zero-width
    assertions passed over; an item that may match nothing (an optional or repeated group, a
    class of categories) fails the test, as no letter can be said to open it."""
    for op, arg in items:
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue
        if op is constants.LITERAL:
            return {chr(arg)}
        if op is constants.IN and all(kind is constants.LITERAL for kind, _ in arg):
            return {chr(char) for _, char in arg}
        if op is constants.BRANCH:
            return set().union(*(_opening(list(alternative)) for alternative in arg[1]))
        if op is constants.SUBPATTERN:
            return _opening(list(arg[-1]))
        raise AssertionError(f"no letter can be said to open {op} {arg}")
    raise AssertionError("a pattern that may match nothing")


def _openings(items: list[tuple[Any, Any]], size: int) -> set[str]:
    """The strings of ``size`` characters a match of the parsed pattern ``items`` can open
    with, read as :func:`_opening` reads the first (an alternative or a group goes on with what
    follows it)."""
    if not size:
        return {""}
    for at, (op, arg) in enumerate(items):
        rest = list(items[at + 1 :])
        if op in (constants.AT, constants.ASSERT, constants.ASSERT_NOT):
            continue
        if op is constants.LITERAL:
            return {chr(arg) + tail for tail in _openings(rest, size - 1)}
        if op is constants.IN and all(kind is constants.LITERAL for kind, _ in arg):
            tails = _openings(rest, size - 1)
            return {chr(char) + tail for _, char in arg for tail in tails}
        if op is constants.BRANCH:
            return set().union(*(_openings(list(branch) + rest, size) for branch in arg[1]))
        if op is constants.SUBPATTERN:
            return _openings(list(arg[-1]) + rest, size)
        raise AssertionError(f"no letter can be said to open {op} {arg}")
    raise AssertionError("a pattern that may match nothing")


@pytest.mark.parametrize("kind", sorted(UNITS))
def test_no_unit_opens_as_a_number_goes_on(kind: str) -> None:
    # the units check reads a number's digits without giving any back: a unit opening with a
    # digit, a separator or a space could be found after fewer of them
    for forms in UNITS[kind].values():
        assert not _opening(list(parser.parse(forms))) & set("0123456789.,\u00a0\u202f \t\n")


@pytest.mark.parametrize("lang", sorted({lang for forms in UNITS.values() for lang in forms}))
def test_a_unit_opens_with_the_characters_it_is_tried_at(lang: str) -> None:
    # the units check tries the units after a number only at these characters: one missing
    # would lose every unit opening with it
    for forms in UNITS.values():
        if lang in forms:
            assert _opening(list(parser.parse(forms[lang]))) <= set(meaning._UNIT_OPENING[lang])


@pytest.mark.parametrize("factor", sorted(MULTIPLIERS))
def test_a_multiplier_opens_with_the_characters_it_is_tried_at(factor: int) -> None:
    # the multipliers check tries a factor's forms only at these characters: one missing
    # would lose every form opening with it
    for lang, forms in MULTIPLIERS[factor].items():
        assert _opening(list(parser.parse(forms))) <= set(meaning._FACTOR_OPENING[factor][lang])


@pytest.mark.parametrize("lang", sorted(NEGATION))
def test_a_negation_pattern_opens_with_the_letters_it_is_tried_at(lang: str) -> None:
    # the negation check tries its patterns only at these letters: one missing would lose
    # every negation opening with it
    strong, idioms = meaning._OPENING[lang]
    assert _opening(list(parser.parse(NEGATION[lang]["strong"]))) <= set(strong)
    assert _opening(list(parser.parse(NEGATION[lang]["idioms"]))) <= set(idioms)
    # and the second characters of the strong pattern's matches
    openings = _openings(list(parser.parse(NEGATION[lang]["strong"])), 2)
    assert {second for _, second in openings} <= set(meaning._SECOND[lang])


@pytest.mark.parametrize(
    "text",
    [
        "Ne laissez personne de côté.",  # the word cue opening the text
        "NE LAISSEZ PERSONNE DE CÔTÉ.",
        "Ni l'un ni l'autre ne viendra.",
        "«Ne laissez personne»",
        "“ne laissez personne”",
        "(ne laissez personne)",
        "Ils\tne laissent personne.",
        "Ils\u00a0ne laissent personne.",
        "Ils\nne laissent personne.",
    ],
)
def test_a_lone_ne_is_read_at_the_start_and_after_each_boundary(text: str) -> None:
    # "ne " counts after a boundary or opening the text (its cue is entered after each
    # boundary character, and the text's start is looked at apart)
    assert meaning.negations(text, "fr") == 1
    found = run(Unit(text, "Mọi người đều được hỗ trợ.", "fr", "vi"), select(["negation"]))
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        ("Inscriptions du 1er au 30 septembre.", "Registration runs September 1–30.", "fr-en", 0),
        ("Inscriptions du 1er au 30 septembre.", "Registration: 1–30 September.", "fr-en", 0),
        ("Inscriptions du 1er au 30 septembre.", "From 1 to 30 September.", "fr-en", 0),
        ("Inscriptions du 1er au 30 septembre.", "Đăng ký từ ngày 1/9 đến 30/9.", "fr-vi", 0),
        ("Inscriptions du 1er au 30 septembre.", "Đăng ký từ 1/9 đến 30/9.", "fr-vi", 0),
        ("Inscriptions du 1er au 30 septembre.", "Đăng ký từ ngày 1 đến 30/9.", "fr-vi", 0),
        ("Les 14 et 15 mai 2006.", "On May 14 and 15, 2006.", "fr-en", 0),
        ("Les 14 et 15 mai 2006.", "Ngày 14 và 15/5/2006.", "fr-vi", 0),
        ("Du 3 au 5 juin 2025.", "Từ 3-5/6/2025.", "fr-vi", 0),
        # a day, a month or a year of the range changed
        ("Inscriptions du 1er au 30 septembre.", "Registration runs September 1–13.", "fr-en", 1),
        ("Inscriptions du 1er au 30 septembre.", "From 1 to 30 November.", "fr-en", 1),
        ("Inscriptions du 1er au 30 septembre.", "Đăng ký từ ngày 1/9 đến 13/9.", "fr-vi", 1),
        ("Les 14 et 15 mai 2006.", "On 14 and 16 May 2006.", "fr-en", 1),
    ],
)
def test_a_range_of_days_sharing_a_month_is_two_dates(
    source: str, target: str, pair: str, flagged: int
) -> None:
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["dates", "numbers"]))
    assert bool(found) == bool(flagged), found
    assert all(f.check != "numbers" for f in found), found  # the days are dates, not numbers


@pytest.mark.parametrize(
    ("target", "pair", "flagged"),
    [
        ("The 111 hotline operates around the clock.", "fr-en", False),
        ("The 111 hotline operates 24 hours a day.", "fr-en", False),
        ("The 111 hotline operates 24/7.", "fr-en", False),
        ("Tổng đài 111 hoạt động 24/24 giờ.", "fr-vi", False),
        ("Tổng đài 111 hoạt động suốt ngày đêm.", "fr-vi", False),
        ("The 111 hotline operates 12 hours a day.", "fr-en", True),
        ("The 112 hotline operates around the clock.", "fr-en", True),
    ],
)
def test_round_the_clock_idioms_hold_no_quantity(target: str, pair: str, flagged: bool) -> None:
    source = "La ligne d'assistance 111 fonctionne 24 heures sur 24."
    source_lang, target_lang = pair.split("-")
    found = run(Unit(source, target, source_lang, target_lang), select(["numbers", "units"]))
    assert bool(found) == flagged, found


@pytest.mark.parametrize(
    ("source", "target", "pair", "check", "severity"),
    [
        # a number or date replaced by another, in digits or in words: an error
        ("Plus de 840 victimes.", "More than 480 victims.", "fr-en", "numbers", Severity.ERROR),
        ("Depuis 25 ans.", "Đã hai mươi năm nay.", "fr-vi", "numbers", Severity.ERROR),
        ("Le 15 août 2024.", "On August 16, 2024.", "fr-en", "dates", Severity.ERROR),
        # on one side only, the other side writing no number: it may be said in words
        (
            "En 2025, la loi a changé.",
            "This year, the law changed.",
            "fr-en",
            "numbers",
            Severity.WARNING,
        ),
        (
            "Une vingtaine de pays ont signé.",
            "About 20 countries signed.",
            "fr-en",
            "numbers",
            Severity.WARNING,
        ),
        (
            "Le 15 août 2024, le forum.",
            "In mid-August last year, the forum.",
            "fr-en",
            "dates",
            Severity.WARNING,
        ),
    ],
)
def test_a_number_or_date_replaced_is_an_error_one_side_only_a_warning(
    source: str, target: str, pair: str, check: str, severity: Severity
) -> None:
    s, t = pair.split("-")
    found = [f for f in run(Unit(source, target, s, t), select()) if f.check == check]
    assert found and {f.severity for f in found} == {severity}, found


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        ("Le thème de cette année.", "Last year's theme.", "fr-en", True),
        ("Le thème de cette année.", "Chủ đề năm ngoái.", "fr-vi", True),
        (
            "La loi est entrée en vigueur ce mois-ci.",
            "Luật có hiệu lực từ tháng trước.",
            "fr-vi",
            True,
        ),
        ("Hôm qua, Bộ Công an công bố.", "Today, the ministry announced.", "vi-en", True),
        ("Le thème de cette année.", "This year's theme.", "fr-en", False),
        ("Le thème de cette année.", "The 2025 theme.", "fr-en", False),  # the date itself
        ("Cette année comme il y a deux ans.", "Năm nay cũng như hai năm trước.", "fr-vi", False),
        (
            "So với năm trước, số vụ tăng.",
            "Compared with the previous year, cases rose.",
            "vi-en",
            False,
        ),
        ("L'an dernier, la loi a changé.", "Năm ngoái, luật đã thay đổi.", "fr-vi", False),
        ("À l'avenir, nous continuerons.", "Thời gian qua, chúng tôi đã thúc đẩy.", "fr-vi", True),
        ("À l'avenir, nous continuerons.", "Going forward, we will keep going.", "fr-en", False),
        # one relative date a side, of different spans: the same way, or not
        ("Ces dernières années, ça a changé.", "This year, it changed.", "fr-en", True),
        # nor the recent past decades
        (
            "Que pensez-vous du travail accompli ces derniers temps ?",
            "What do you think of the work done over the past decades?",
            "fr-en",
            True,
        ),
        # the last decade is not the last two decades
        (
            "Les méthodes ont changé au cours de la dernière décennie.",
            "Methods have changed over the past two decades.",
            "fr-en",
            True,
        ),
        (
            "Les méthodes ont changé ces deux dernières décennies.",
            "Các phương thức đã thay đổi trong hai thập kỷ qua.",
            "fr-vi",
            False,
        ),
        # the recent past dated by the translation, or not
        ("Récemment, la loi a changé.", "Last month, the law changed.", "fr-en", True),
        ("Ces derniers temps, ça a changé.", "Over the past decade, it changed.", "fr-en", True),
        ("Ces derniers temps, ça a changé.", "In recent years, it changed.", "fr-en", False),
        ("Ces derniers temps, ça a changé.", "Thời gian qua, điều đó đã thay đổi.", "fr-vi", False),
        ("Last year, it changed.", "Récemment, cela a changé.", "en-fr", False),
        (
            "Ces dernières années, ça a changé.",
            "Trong năm qua, điều đó đã thay đổi.",
            "fr-vi",
            True,
        ),
        (
            "Ces dernières années, ça a changé.",
            "Trong những năm qua, điều đó đã thay đổi.",
            "fr-vi",
            False,
        ),
        ("Ce mois-ci, la loi change.", "Năm ngoái, luật thay đổi.", "fr-vi", True),
        (
            "Ces dernières années, le pays a progressé.",
            "In the coming years, it will.",
            "fr-en",
            True,
        ),
        # the last few years, months or the last decade: one for another, or the future
        (
            "Le pays a beaucoup progressé ces dernières années.",
            "The country has made great progress over the past decade.",
            "fr-en",
            True,
        ),
        (
            "Le pays a beaucoup progressé ces dernières années.",
            "The country has made great progress in recent years.",
            "fr-en",
            False,
        ),
        (
            "Vietnam has made remarkable progress in recent years.",
            "Le Vietnam a accompli des progrès remarquables ces dernières semaines.",
            "en-fr",
            True,
        ),
        (
            "Le Vietnam a beaucoup progressé ces dernières semaines.",
            "Việt Nam đã tiến bộ nhiều trong những tuần gần đây.",
            "fr-vi",
            False,
        ),
        (
            "Giá nhà tăng mạnh trong những tháng gần đây.",
            "House prices have risen sharply over the past few years.",
            "vi-en",
            True,
        ),
        (
            "Giá nhà tăng mạnh trong những tháng gần đây.",
            "House prices have risen sharply in recent months.",
            "vi-en",
            False,
        ),
        # the last few decades are not the last few years
        (
            "We have progressed in recent years.",
            "Nous avons progressé ces dernières décennies.",
            "en-fr",
            True,
        ),
        (
            "We have progressed in recent decades.",
            "Nous avons progressé ces dernières décennies.",
            "en-fr",
            False,
        ),
        (
            "We have progressed in recent years.",
            "Chúng tôi đã tiến bộ trong mấy chục năm qua.",
            "en-vi",
            True,
        ),
        (
            "We have progressed in recent decades.",
            "Chúng tôi đã tiến bộ trong những thập kỷ qua.",
            "en-vi",
            False,
        ),
        ("Cette semaine, le ministre a parlé.", "Hôm nay, bộ trưởng đã phát biểu.", "fr-vi", True),
        (
            "Nous avons progressé ces dernières années.",
            "Chúng tôi sẽ tiến bộ trong những năm tới.",
            "fr-vi",
            True,
        ),
    ],
)
def test_a_relative_date_rendered_as_another_is_flagged(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "periods", flagged)


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        (
            "Premièrement, il est essentiel de renforcer la gestion des données nationales.",
            "First, the priority est de renforcer la gestion des données nationales.",
            "fr-en",
            True,
        ),
        (
            "Premièrement, il est essentiel de renforcer la gestion des données nationales.",
            "First, it is essential to strengthen the management of national data.",
            "fr-en",
            False,
        ),
        (  # a name copied holds at most one function word
            "Selon Kendra Rinas, cheffe de mission de l'OIM, la loi avance.",
            "According to Kendra Rinas, IOM Chief of Mission, the law is progressing.",
            "fr-en",
            False,
        ),
        (
            "IOM cho rằng cần tăng cường phối hợp giữa các chính phủ, các tổ chức xã hội.",
            "IOM believes that cần tăng cường phối hợp giữa các chính phủ, các tổ chức.",
            "vi-en",
            True,
        ),
        # a copied clause linked by "de", "en", "sur": the source's words
        ("Sur quels crimes agir en priorité ?", "On which crimes agir en priorité?", "fr-en", True),
        # three words of the source's are enough with one of its function words
        (
            "La corruption reste un défi majeur pour le pays.",
            "Corruption remains un défi majeur for the country.",
            "fr-en",
            True,
        ),
        (  # "à" alone cues the look for a copied clause
            "Le personnel est également confronté à certains défis.",
            "Staff are also confrontés à certains défis.",
            "fr-en",
            True,
        ),
        (
            "Le rapport cite Nguyen Van An et ses collègues.",
            "The report quotes Nguyen Van An and his colleagues.",
            "fr-en",
            False,
        ),
        # Vietnamese words in an English translation; names keep their letters, in capitals
        (
            "Đội ngũ cán bộ tuyến đầu cũng đang đối mặt với không ít thách thức.",
            "Frontline staff are also facing many challenges.",
            "vi-en",
            False,
        ),
        (
            "Đội ngũ cán bộ tuyến đầu cũng đang đối mặt với không ít thách thức.",
            "Frontline staff are also facing không ít thách thức.",
            "vi-en",
            True,
        ),
        (
            "Đội ngũ cán bộ tuyến đầu cũng đang đối mặt với không ít thách thức.",
            "Throughout the chuỗi cung ứng, staff face challenges.",
            "vi-en",
            True,
        ),
        (
            "Đội ngũ cán bộ tuyến đầu cũng đang đối mặt với không ít thách thức.",
            "Deputy Minister Nguyễn Văn Hưởng spoke in Đà Nẵng.",
            "vi-en",
            False,
        ),
        # a Vietnamese word capitalised only because it opens a sentence counts
        (
            "Tout d’abord, nous saluons les remarquables progrès du Vietnam.",
            "Kendra Rinas: Trước hết, we welcome Vietnam's remarkable progress.",
            "fr-en",
            True,
        ),
        (
            "Tout d’abord, nous saluons les remarquables progrès du Vietnam.",
            "Đà Nẵng hosted the talks. Nguyễn Văn Hưởng spoke.",
            "fr-en",
            False,
        ),
    ],
)
def test_a_clause_left_in_the_source_language_is_a_warning(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "language", flagged)


@pytest.mark.parametrize(
    ("source", "target", "pair", "flagged"),
    [
        # one word of the source left in a Vietnamese translation; a loanword, a domain's part
        (
            "Third, partnerships need to be expanded.",
            "Thứ ba, partnerships cần được mở rộng.",
            "en-vi",
            True,
        ),
        (
            "Third, partnerships need to be expanded.",
            "Thứ ba, cần mở rộng quan hệ đối tác.",
            "en-vi",
            False,
        ),
        ("Call the hotline.", "Hãy gọi đường dây nóng hotline.", "en-vi", False),
        ("See congdanso.edu.vn.", "Xem tại congdanso.edu.vn.", "en-vi", False),
        (
            "Write to contact@congdanso.edu.vn.",
            "Gửi thư tới contact@congdanso.edu.vn.",
            "en-vi",
            False,
        ),
        # two function words of a third language side by side, or one word apart
        ("Merci beaucoup./.", "Muchas gracias.", "fr-en", True),
        ("Merci beaucoup./.", "Thank you very much.", "fr-en", False),
        (
            "They use technology as a powerful tool.",
            "Ils utilisent la technologie como una herramienta poderosa.",
            "en-fr",
            True,
        ),
        (
            "Việc trao quyền cho người trẻ là hết sức quan trọng.",
            "Empowering young people in la migration sûre et la prévention is vital.",
            "vi-en",
            True,
        ),
        # German: its nouns are capitalised, its prepositions and articles are not
        ("Merci beaucoup./.", "Vielen Dank.", "fr-en", True),
        ("Thank you very much.", "Vielen Dank.", "en-fr", True),
        (
            "La lutte mobilise de nombreux ministères.",
            "Many ministries are mobilised im Kampf gegen den Menschenhandel.",
            "fr-en",
            True,
        ),
        # a clause left in French, cued by "aux"
        (
            "Un cadre juridique conforme aux normes internationales.",
            "A legal framework conforme aux normes internationales.",
            "fr-en",
            True,
        ),
        # a name holds one; a title is capitalised
        ("Họ đã họp tại Los Angeles.", "They met in Los Angeles and in Las Vegas.", "vi-en", False),
        ("Bộ phim được chiếu.", "Le film « The Sands of Windee » est sorti.", "vi-fr", False),
    ],
)
def test_a_word_left_in_the_source_or_a_third_language_is_a_warning(
    source: str, target: str, pair: str, flagged: bool
) -> None:
    _assert_warned(source, target, pair, "language", flagged)


@pytest.mark.parametrize(
    ("target", "flagged"),
    [
        ("Thứ ba, partnerships need to be expanded.", True),
        ("Mua bán người là một complex issue, đòi hỏi a whole-of-government approach.", True),
        ("Thứ ba là mở rộng quan hệ đối tác.", False),
        ("Ba danh gia the nao ve cong tac phong chong mua ban nguoi?", False),  # diacritics'
        ("Đường dây nóng hotline miễn phí, học online trên e-learning.", False),
        # a title kept in English is capitalised; a domain is no run of words
        ("Báo cáo “Trafficking in Persons and Online Scam Networks” của IOM.", False),
        ("Nền tảng học trực tuyến congdanso.edu.vn dành cho lao động di cư.", False),
        # two words side by side that no Vietnamese syllable spells: a phrase left as is
        ("Thứ ba, cần mở rộng các online scam centres trong khu vực.", True),
        ("Frontline staff cũng đang gặp khó khăn.", True),
        ("Các kỹ năng như compétences numériques cho người lao động.", True),
        # a name, lower case after the first word or not; a loanword alone
        ("Thứ ba, hội nghị diễn ra tại Kuala Lumpur.", False),
        ("Thứ ba, đường dây nóng hotline hoạt động suốt ngày đêm.", False),
    ],
)
def test_english_words_in_a_vietnamese_translation_are_a_warning(
    target: str, flagged: bool
) -> None:
    found = run(Unit("Troisièmement, les partenariats.", target, "fr", "vi"), select(["language"]))
    assert bool(found) is flagged, found
    assert all(f.severity is Severity.WARNING for f in found)


@pytest.mark.parametrize(
    ("source", "target", "pair", "check", "flagged"),
    [
        # Vietnamese reduplicatives are words
        (
            "Parallèlement, la loi change.",
            "Song song đó, luật thay đổi song song với thực tiễn.",
            "fr-vi",
            "doubled-words",
            False,
        ),
        # two words meeting on one syllable, not one typed twice; a function word typed twice is
        (
            "Une approche de tout le gouvernement, pour toutes les infractions.",
            "Cách tiếp cận của toàn bộ bộ máy chính phủ, cho mọi hành vi vi phạm.",
            "fr-vi",
            "doubled-words",
            False,
        ),
        (
            "La sensibilisation de la communauté.",
            "Nâng cao nhận thức của của cộng đồng.",
            "fr-vi",
            "doubled-words",
            True,
        ),
        # "296 năm 2022" is 296 in 2022, not 296 years
        (
            "De 296 en 2022 à 1 096 en 2025.",
            "Từ 296 năm 2022 lên 1.096 năm 2025.",
            "fr-vi",
            "units",
            False,
        ),
        # gaps rendered by "thiếu hụt" are no negation added
        (
            "L'OIM comble les lacunes restantes.",
            "IOM khắc phục những thiếu hụt còn lại.",
            "fr-vi",
            "negation",
            False,
        ),
        # "cannot … unless" affirms
        (
            "Les forces de l'ordre doivent appliquer des règles strictes.",
            "Law enforcement cannot succeed unless it enforces strict rules.",
            "fr-en",
            "negation",
            False,
        ),
        (
            "Le Vietnam a obtenu des résultats.",
            "Vietnam Falls Short on Results",
            "fr-en",
            "negation",
            True,
        ),
        ("(Ảnh: Việt Đức/TTXVN)", "(Photo: Viet Duc/VNS)", "vi-en", "names", True),
        ("Merci beaucoup./.", "Thank you very much./.", "fr-vi", "language", True),
        (
            "La loi relative à la traite des êtres humains a été promulguée.",
            "Luật phòng, chống traite des êtres humains đã được ban hành.",
            "fr-vi",
            "language",
            True,
        ),
        # two words typed twice, not a repetition set off by a comma
        ("Use it.", "Hãy sử dụng sử dụng nó.", "en-vi", "doubled-words", True),
        ("Des os, des os.", "Bones, bones, the bones.", "fr-en", "doubled-words", False),
        ("Des os, des os.", "Xương, những xương, những xương.", "fr-vi", "doubled-words", False),
        # a rank opening both sides, after a speaker's name; "Thứ Hai" (Monday) is a weekday
        (
            "Bà Lan: Thứ ba, cần hành động.",
            "Ms Lan: First, we must act.",
            "vi-en",
            "number-words",
            True,
        ),
        (
            "Mme Lan : Premièrement, agir.",
            "Bà Lan: Thứ nhất, hành động.",
            "fr-vi",
            "number-words",
            False,
        ),
        (
            "Thứ Hai, ngày 28/7, họp.",
            "Second, on 28 July, a meeting.",
            "vi-en",
            "number-words",
            False,
        ),
        # a rank said as "the second point", "le troisième point", "điểm thứ hai"
        ("Thứ ba, cần mở rộng.", "The second point is expansion.", "vi-en", "number-words", True),
        ("Thứ ba, cần mở rộng.", "The third point is expansion.", "vi-en", "number-words", False),
        ("Le troisième point : agir.", "Điểm thứ hai: hành động.", "fr-vi", "number-words", True),
        # "không thể thiếu" (indispensable) is no negation; minors may be said by their age
        ("Son rôle est essentiel.", "Vai trò ấy không thể thiếu.", "fr-vi", "negation", False),
        ("Son rôle est essentiel.", "Vai trò ấy có thể thiếu.", "fr-vi", "negation", True),
        ("Les mineurs sont protégés.", "Người dưới 18 tuổi được bảo vệ.", "fr-vi", "units", False),
        # a year grouped as a count, not a count of the same digits
        ("The 2024 law.", "Luật năm 2.024.", "en-vi", "numbers", True),
        ("Il y a eu 2024 victimes.", "Có 2.024 nạn nhân.", "fr-vi", "numbers", False),
        # a space before a comma or a full stop, not before a decimal
        ("En ligne, souvent.", "Qua mạng , thường là.", "fr-vi", "whitespace", True),
        ("Ils recrutent en ligne.", "They recruit online .", "fr-en", "whitespace", True),
        ("La valeur est de 0,5.", "The value is .5 here.", "fr-en", "whitespace", False),
    ],
)
def test_one_rule_of_one_check(
    source: str, target: str, pair: str, check: str, flagged: bool
) -> None:
    s, t = pair.split("-")
    found = run(Unit(source, target, s, t), select([check]))
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Voir congdanso.edu.vn.", ["congdanso.edu.vn"]),
        ("Voir tai-lieu.congdanso.edu.vn.", ["tai-lieu.congdanso.edu.vn"]),
        # a label neither opens nor ends with a hyphen, and is 63 characters at most
        ("Voir tai-.congdanso.edu.vn.", []),
        ("Voir -tai.congdanso.edu.vn.", []),
        ("Voir a.b-.vn ou x--y.vn.", ["x--y.vn"]),
        (f"Voir {'a' * 63}.vn.", [f"{'a' * 63}.vn"]),
        (f"Voir {'a' * 64}.vn.", []),
    ],
)
def test_a_bare_domain_is_read_label_by_label(text: str, found: list[str]) -> None:
    assert sorted(meaning._addresses(text).elements()) == found


@pytest.mark.parametrize(
    ("text", "lang", "items"),
    [
        ("la police – les douanes", "fr", 2),
        ("la police — les douanes", "fr", 2),
        ("la police - les douanes", "fr", 2),
        ("la police, les douanes et la justice", "fr", 3),
        ("cảnh sát — hải quan và tòa án", "vi", 3),
        ("the police – customs — courts - and the rest", "en", 5),
        ("a well-known case–law", "en", 1),  # a dash or hyphen inside a word is none
    ],
)
def test_a_spaced_dash_separates_items_as_a_comma_does(text: str, lang: str, items: int) -> None:
    # _items counts the dashes only in a text holding one: each of the three must be seen
    assert meaning._items(text, lang) == items


@pytest.mark.parametrize(
    ("target", "pair", "flagged"),
    [
        # a list announced with a count, and as many items or not
        (
            "Support for the three groups concerned: citizens, foreigners, stateless persons and minors.",
            "fr-en",
            True,
        ),
        (
            "Support for the four groups concerned: citizens, foreigners, stateless persons and minors.",
            "fr-en",
            False,
        ),
        (
            "Hỗ trợ ba nhóm đối tượng: công dân, người nước ngoài, người chưa thành niên.",
            "fr-vi",
            False,
        ),
        (
            "Hỗ trợ ba nhóm đối tượng: công dân, người nước ngoài, trẻ em và người già.",
            "fr-vi",
            True,
        ),
        # no list, a year, a speaker's label, long items with commas of their own, semicolons
        ("Số vụ tăng gấp ba lần: từ 296 lên 1.096.", "fr-vi", False),
        (
            "The police must do four things to end it: strict rules, proactive "
            "investigations, more cooperation, a focus on money flows, and technology.",
            "fr-en",
            True,
        ),
        ("Năm 2025 mang thông điệp: hãy hành động, ngay.", "fr-vi", False),
        ("Ba Kendra Rinas: mua ban nguoi, ngay cang tinh vi.", "fr-vi", False),
        (
            "Deux ponts : le Carquinez Bridge, sur lequel passe l'Interstate 80, et le "
            "Benicia-Martinez Bridge emprunté par l'Interstate 680.",
            "en-fr",
            False,
        ),
        ("Les trois invités : Paulette, née en 1926 ; Lucien, né en 1928 ; Anita.", "en-fr", False),
    ],
)
def test_a_list_announced_with_a_count_lists_as_many(target: str, pair: str, flagged: bool) -> None:
    source = "Le soutien pour tous les sujets : citoyens, étrangers, apatrides et mineurs."
    source_lang, target_lang = pair.split("-")
    if source_lang == "en":
        source = "Support for all: citizens, foreigners, stateless people and minors."
    found = run(Unit(source, target, source_lang, target_lang), select(["omission"]))
    assert any("announces" in f.message for f in found) is flagged, found
