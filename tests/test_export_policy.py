"""Export publishes only what a reader may see, says what it replaced, and refuses thin pages."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from pathlib import Path

from l10n import api
from l10n.catalog.pofile import Entry, read_po
from l10n.config import load_config
from tests.support.checks import edit_po, po_path, set_unit
from tests.test_cli import run as run_cli


def _export(catalogs: Path, *args: str, cwd: Path) -> tuple[int, str, str]:
    proc = run_cli("export", "--catalogs", str(catalogs), *args, cwd=cwd)
    return proc.returncode, proc.stdout, proc.stderr


def test_default_policy_refuses_an_article_with_an_unreviewed_unit(
    catalogs: Path, tmp_path: Path
) -> None:
    set_unit(catalogs, "vi", 21, "BẢN DỊCH CHƯA DUYỆT 1.380.", fuzzy=True)
    edit_po(catalogs, "vi", lambda i, e: replace(e, msgstr="") if i in (3, 4) else e)
    out_dir = tmp_path / "out"
    code, out, err = _export(catalogs, "--lang", "vi", "-o", str(out_dir), cwd=tmp_path)
    assert code == 1 and not out_dir.exists() and out == ""
    (line,) = err.splitlines()
    assert "vi: not written: 3 of 66 units not reviewed (2 untranslated, 1 fuzzy)" in line
    assert "l10n review www.vietnamplus.vn/" in line and "--min-translated PCT" in line
    code, out, err = _export(catalogs, "--lang", "en", "-o", str(out_dir), cwd=tmp_path)
    assert code == 0 and err == "" and list(out_dir.rglob("en.html"))


def test_a_check_error_also_stops_publication(catalogs: Path, tmp_path: Path) -> None:
    set_unit(catalogs, "vi", 21, "Từ năm 2018, IOM đã đào tạo 999 cán bộ.")
    code, _, err = _export(catalogs, "--lang", "vi", "--format", "txt", cwd=tmp_path)
    assert code == 1 and "1 of 66 units not reviewed (1 with a check error)" in err


def test_partial_publication_marks_and_counts_the_fallbacks(catalogs: Path, tmp_path: Path) -> None:
    reviewed = read_po(po_path(catalogs, "vi")).entries[21].msgstr
    draft = reviewed.replace("Từ năm 2019 đến nay", "BẢN DỊCH CHƯA DUYỆT 2019")  # passes checks
    entry = set_unit(catalogs, "vi", 21, draft, fuzzy=True)
    code, out, err = _export(catalogs, "--lang", "vi", "--min-translated", "90", cwd=tmp_path)
    assert code == 0, err
    assert "BẢN DỊCH CHƯA DUYỆT" not in out
    assert f'<span lang="fr">{entry.msgid}</span>' in out
    assert "1 of 66 units untranslated or unreviewed: published in the source language (fr)" in err
    code, out, _ = _export(
        catalogs, "--lang", "vi", "--format", "txt", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0 and entry.msgid in out and "<1>" not in out and "span" not in out
    code, out, _ = _export(
        catalogs, "--lang", "vi", "--format", "json", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0
    units = [u for b in json.loads(out)["blocks"] for u in b["units"]]
    assert [u["ref"] for u in units if u["fallback"]] == ["block-17:2"]
    code, out, _ = _export(
        catalogs,
        "--lang",
        "vi",
        "--format",
        "txt",
        "--include-fuzzy",
        "--min-translated",
        "0",
        cwd=tmp_path,
    )
    assert code == 0 and "BẢN DỊCH CHƯA DUYỆT" in out


def test_unit_with_a_check_error_is_kept_out_unless_suppressed(
    catalogs: Path, tmp_path: Path
) -> None:
    reviewed = read_po(po_path(catalogs, "vi")).entries[21]
    set_unit(catalogs, "vi", 21, reviewed.msgstr.replace("840", "480"))
    code, out, err = _export(
        catalogs, "--lang", "vi", "--format", "txt", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0, err
    assert "480" not in out and reviewed.msgid in out
    assert "check errors (numbers: number 840 (840) not found in the translation" in err
    assert "block-17:2" in err

    def hush(index: int, entry: Entry) -> Entry:
        return (
            replace(entry, translator_comments=("l10n-ignore: numbers",)) if index == 21 else entry
        )

    edit_po(catalogs, "vi", hush)
    code, out, err = _export(catalogs, "--lang", "vi", "--format", "txt", cwd=tmp_path)
    assert code == 0, err  # suppressed: reviewed, published whole under the default policy
    assert "480" in out and "check errors" not in err


def test_a_decomposed_unit_is_kept_out_and_the_output_is_nfc(
    catalogs: Path, tmp_path: Path
) -> None:
    reviewed = read_po(po_path(catalogs, "vi")).entries[21]
    decomposed = unicodedata.normalize("NFD", reviewed.msgstr)
    set_unit(catalogs, "vi", 21, decomposed)
    code, out, err = _export(
        catalogs, "--lang", "vi", "--format", "txt", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0, err
    assert "nfc: not in Unicode NFC" in err  # refused: the source is shown, and said
    assert unicodedata.is_normalized("NFC", out) and reviewed.msgid in out


def test_output_is_nfc(catalogs: Path, tmp_path: Path) -> None:
    entry = set_unit(catalogs, "vi", 21, unicodedata.normalize("NFD", "Tổ chức Di cư Quốc tế."))
    edit_po(
        catalogs,
        "vi",
        lambda i, e: (
            replace(  # the translator accepts it as it is
                e, translator_comments=("l10n-ignore: nfc, numbers, length, omission, negation",)
            )
            if e.msgid == entry.msgid
            else e
        ),
    )
    code, out, err = _export(
        catalogs, "--lang", "vi", "--format", "txt", "--min-translated", "0", cwd=tmp_path
    )
    assert code == 0, err
    assert "Tổ chức Di cư Quốc tế." in out and unicodedata.is_normalized("NFC", out)


def test_broken_placeholders_fall_back_and_are_reported(catalogs: Path, tmp_path: Path) -> None:
    def tokens(index: int, entry: Entry) -> Entry:
        if index == 21:
            return replace(entry, msgid="Lire <1>le rapport</1>.", msgstr="Đọc <1>báo cáo.")
        return entry

    skeleton = next(catalogs.rglob("skeleton.json"))
    old = read_po(po_path(catalogs, "vi")).entries[21].msgid
    skeleton.write_text(
        skeleton.read_text("utf-8").replace(
            json.dumps(old, ensure_ascii=False)[1:-1], "Lire <1>le rapport</1>."
        ),
        "utf-8",
    )
    edit_po(catalogs, "vi", tokens)
    code, out, err = _export(
        catalogs, "--lang", "vi", "--format", "txt", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0
    assert "Lire <1>le rapport</1>." in out and "Đọc <1>báo cáo." not in out
    assert "check errors (placeholders: <1> is never closed" in err and "block-17:2" in err
    summary = json.loads(
        _export(catalogs, "--lang", "vi", "--json", "-o", str(tmp_path / "o"), cwd=tmp_path)[1]
    )
    (item,) = summary["exports"]
    assert item["counts"]["broken"] == 1 and item["broken"][0]["ref"] == "block-17:2"
    assert item["checks_failed"] >= 1  # the placeholders check fails too


def _half_untranslated(index: int, entry: Entry) -> Entry:
    return replace(entry, msgstr="") if index % 2 else entry


def test_threshold_writes_nothing_and_exits_1(catalogs: Path, tmp_path: Path) -> None:
    edit_po(catalogs, "en", _half_untranslated)
    out_dir = tmp_path / "out"
    code, _, err = _export(
        catalogs, "--lang", "en", "-o", str(out_dir), "--min-translated", "80", cwd=tmp_path
    )
    assert code == 1 and not out_dir.exists()
    assert "not written" in err and "below the 80% threshold" in err
    code, _, _ = _export(
        catalogs, "--lang", "en", "-o", str(out_dir), "--min-translated", "40", cwd=tmp_path
    )
    assert code == 0 and list(out_dir.rglob("en.html"))
    summary = json.loads(
        _export(
            catalogs,
            "--lang",
            "en",
            "--json",
            "-o",
            str(out_dir),
            "--min-translated",
            "80",
            cwd=tmp_path,
        )[1]
    )
    (item,) = summary["exports"]
    assert item["status"] == "skipped" and item["percent"] < 80
    assert item["counts"]["untranslated"] == item["counts"]["fallbacks"] > 0


def test_threshold_from_config(catalogs: Path, tmp_path: Path) -> None:
    edit_po(catalogs, "en", _half_untranslated)
    (tmp_path / "l10n.toml").write_text(f'catalogs = "{catalogs}"\nmin_translated = 30\n')
    (done,) = api.export(load_config(cwd=tmp_path), [], "en", "txt")
    assert done.written and 40 < done.tally.percent < 60


def test_json_format_has_metadata_blocks_and_unit_states(catalogs: Path, tmp_path: Path) -> None:
    set_unit(catalogs, "vi", 21, "Bản dịch mờ.", fuzzy=True)
    code, out, _ = _export(
        catalogs, "--lang", "vi", "--format", "json", "--min-translated", "90", cwd=tmp_path
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["format"] == "l10n-article" and doc["lang"] == "vi" and doc["source_lang"] == "fr"
    assert doc["published"] == "2025-07-28" and doc["source_url"].startswith("https://")
    assert set(doc["alternates"]) == {"fr", "en"}
    units = [u for b in doc["blocks"] for u in b["units"]]
    assert len(units) == doc["counts"]["units"] == 66
    fuzzy = [u for u in units if u["state"] == "fuzzy"]
    assert len(fuzzy) == 1 and fuzzy[0]["used"] is False and fuzzy[0]["ref"] == "block-17:2"
    assert doc["counts"]["fuzzy"] == 1 and doc["counts"]["translated"] == 65


def test_html_head_has_lang_dir_alternates_and_canonical(catalogs: Path, tmp_path: Path) -> None:
    code, out, _ = _export(catalogs, "--lang", "vi", cwd=tmp_path)
    assert code == 0
    assert '<html lang="vi" dir="ltr">' in out
    assert '<link rel="alternate" hreflang="en" href="en.html">' in out
    source = json.loads(next(catalogs.rglob("skeleton.json")).read_text("utf-8"))["source_url"]
    assert f'<link rel="canonical" href="{source}">' in out
    assert f'<link rel="alternate" hreflang="fr" href="{source}">' in out
    assert "28 tháng 7, 2025" in out


def test_review_page(catalogs: Path, tmp_path: Path) -> None:
    set_unit(
        catalogs,
        "vi",
        21,
        "Hơn 1,380 cán bộ <script>alert(1)</script>.",
        fuzzy=True,
        previous="Depuis 2018, l’OIM a formé 1 000 agents.",
    )
    (key,) = {p.parent.relative_to(catalogs).as_posix() for p in catalogs.rglob("vi.po")}
    page = tmp_path / "review.html"
    proc = run_cli(
        "review", key, "--lang", "vi", "-o", str(page), "--catalogs", str(catalogs), cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    html = page.read_text("utf-8")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<dt>fuzzy</dt><dd>1</dd>" in html and "<dt>translated</dt><dd>65</dd>" in html
    assert "<del>2018,</del>" in html and "<ins>" in html  # the source's change as a word diff
    assert "[numbers] number 1\u00a0380 (1380) not found in the translation" in html
    assert (
        "http://" not in html.replace('content="', "") and "https://" not in html.split("<body>")[0]
    )


def test_published_french_gets_no_break_spaces_where_the_translator_typed_plain_ones() -> None:
    # Translators type a plain space before "?" and ":" and inside « » in their PO editors;
    # the punctuation check accepts it, and the published French has the no-break space.
    from l10n.catalog.update import build_skeleton
    from l10n.localize import localize
    from l10n.model.article import Article, Block, BlockKind

    source = "Why now? The theme is “act”: now."
    skel = build_skeleton(Article("en", (Block(BlockKind.PARAGRAPH, source),), "https://x.org/a"))
    segments = [s for b in skel.blocks for s in b.segments]
    french = ["Pourquoi maintenant ?", "Le thème est « agir » : maintenant."][: len(segments)]
    translations = dict(zip(segments, french, strict=True))
    text = localize(skel, translations, "fr").article.blocks[0].text
    assert "maintenant\u00a0?" in text and "«\u00a0agir\u00a0»\u00a0:" in text, text
    assert " ?" not in text and " :" not in text
    # into another language the text is left as it is, and so is French left as the source
    assert "maintenant ?" in localize(skel, translations, "vi").article.blocks[0].text
    same = build_skeleton(
        Article("fr", (Block(BlockKind.PARAGRAPH, "Pourquoi ?"),), "https://x.org/b")
    )
    assert localize(same, {}, "fr").article.blocks[0].text == "Pourquoi ?"
