"""The plain-text reader on the bundled article and on variations of it."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from l10n.model.article import BlockKind
from l10n.readers.text import read_text

URL = ("https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-"
       "mua-ban-nguoi-post1052174.vnp")


def kinds(text: str) -> list[BlockKind]:
    return [b.kind for b in read_text(text, "fr").blocks]


def test_metadata(article_text: str) -> None:
    art = read_text(article_text, "fr")
    assert art.source_url == URL
    assert art.site == "VietnamPlus"
    assert art.published == dt.date(2025, 7, 28)
    assert art.title.startswith("Le Vietnam a obtenu des résultats remarquables")
    assert art.blocks[0].kind is BlockKind.TITLE
    assert art.blocks[1].kind is BlockKind.LEDE
    assert art.blocks[1].text.startswith("Mme Kendra Rinas, chef de mission")


def test_chrome_dropped(article_text: str) -> None:
    texts = "\n".join(b.text for b in read_text(article_text, "fr").blocks)
    for chrome in ("Nền tảng quảng bá", "Comment (0)", "No data", "Même sujet", "Co To",
                   "VietnamPlusVietnamPlus", "Source :"):
        assert chrome not in texts


def test_interview_turns(article_text: str) -> None:
    blocks = read_text(article_text, "fr").blocks
    questions = [b.text for b in blocks if b.kind is BlockKind.QUESTION]
    answers = [b for b in blocks if b.kind is BlockKind.ANSWER]
    assert questions[0].startswith("Pourriez-vous")  # "— " marker removed
    assert questions[1].startswith("Que pensez-vous")  # "- " marker removed
    # A question with no dash, recognised because the interviewee answers it.
    assert any(q.startswith("La lutte contre la traite") for q in questions)
    assert questions[-1] == "Merci beaucoup./."
    assert len(answers) == 5
    # The page writes the colon after a plain space once and after a no-break space four times.
    assert all(re.match(r"Mme Kendra Rinas[ \u00a0]: ", a.text) for a in answers)


def test_captions_images_credit(article_text: str) -> None:
    blocks = read_text(article_text, "fr").blocks
    captions = [b.text for b in blocks if b.kind is BlockKind.CAPTION]
    assert len(captions) == 2  # the duplicated caption line counts once
    assert captions[0].endswith("(Photo : Viet Duc/VNA)")
    images = [b for b in blocks if b.kind is BlockKind.IMAGE]
    assert [b.attr("src") for b in images] == ["ttxvn-acheter-et-vendre-des-personnes.jpg"]
    assert blocks[-1].kind is BlockKind.SOURCE_NOTE
    assert blocks[-1].text == "(TTXVN/Vietnam+)"


def test_no_source_line(article_text: str) -> None:
    text = article_text.replace("Source : " + URL, "")
    art = read_text(text, "fr")
    assert art.source_url == ""
    art = read_text(text, "fr", url="https://example.com/a")
    assert art.source_url == "https://example.com/a"


def test_url_flag_wins(article_text: str) -> None:
    assert read_text(article_text, "fr", url="https://x.org/y").source_url == "https://x.org/y"


def test_crlf_same_result(article_text: str) -> None:
    assert read_text(article_text.replace("\n", "\r\n"), "fr") == read_text(article_text, "fr")


def test_nfd_normalized(article_text: str) -> None:
    art = read_text(unicodedata.normalize("NFD", article_text), "fr")
    assert art == read_text(article_text, "fr")
    assert all(unicodedata.is_normalized("NFC", b.text) for b in art.blocks)


def test_generic_text_without_profile() -> None:
    text = ("A headline\n\nThe standfirst sentence.\n\nFirst paragraph. Second sentence.\n\n"
            "— A question?\n\nJane Doe: An answer.\n\nJane Doe: Another answer.\n")
    art = read_text(text, "en")
    assert [b.kind for b in art.blocks] == [BlockKind.TITLE, BlockKind.LEDE, BlockKind.PARAGRAPH,
                                            BlockKind.QUESTION, BlockKind.ANSWER, BlockKind.ANSWER]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    art = read_text("Tiêu đề bài báo\nĐoạn một.\nĐoạn hai.", "vi")
    assert [b.text for b in art.blocks] == ["Tiêu đề bài báo", "Đoạn một.", "Đoạn hai."]


def test_empty_text_has_no_blocks() -> None:
    assert read_text("\n\n  \n", "fr").blocks == ()
