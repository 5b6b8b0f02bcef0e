"""The translation memory across articles, its incremental index, and TMX in and out."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from l10n import api
from l10n.catalog.pofile import POFile, read_po, write_po
from l10n.catalog.store import find_catalogs
from l10n.config import load_config
from l10n.errors import InputError
from l10n.translate.memory import open_memory
from l10n.translate.tmx import TU, parse_tmx, write_tmx
from tests.conftest import BUNDLED, msgfmt_check
from tests.test_translate import entries, make_catalog

FIRST = ["Le rapport annuel", "L'organisation a aidé des milliers de victimes l'an dernier.",
         "Les autorités locales ont renforcé les contrôles aux frontières du nord."]
SECOND = ["Le rapport annuel",
          "L'organisation a aidé des centaines de victimes l'an dernier.",
          "Un tout autre sujet sans rapport avec le premier article."]
REVIEWED = {FIRST[0]: "Báo cáo thường niên",
            FIRST[1]: "Tổ chức đã giúp hàng nghìn nạn nhân vào năm ngoái.",
            FIRST[2]: "Chính quyền địa phương đã tăng cường kiểm soát biên giới phía bắc."}


def review(root: Path, name: str, translations: dict[str, str]) -> None:
    """Write reviewed (non-fuzzy) translations into a catalog, as a translator would."""
    (cat,) = [c for c in find_catalogs(root / "catalogs") if name in c.key]
    po = read_po(cat.po_path("vi"))
    write_po(cat.po_path("vi"), POFile(po.header, tuple(
        replace(e, msgstr=translations.get(e.msgid, e.msgstr)) for e in po.entries)))


def test_exact_and_fuzzy_reuse_across_articles(tmp_path: Path) -> None:
    make_catalog(tmp_path, "first", FIRST)
    review(tmp_path, "first", REVIEWED)
    make_catalog(tmp_path, "second", SECOND)
    config = load_config(str(tmp_path / "catalogs"), cwd=tmp_path)
    report = api.translate(config, ["https://example.com/news/second"], "vi", use_mt=False)
    got = entries(tmp_path, "second")
    key = next(c.key for c in find_catalogs(tmp_path / "catalogs") if "first" in c.key)
    exact = got[SECOND[0]]
    assert exact.msgstr == REVIEWED[FIRST[0]] and exact.fuzzy
    assert exact.translator_comments == (f"tm 100 % from {key}",)
    fuzzy = got[SECOND[1]]
    assert fuzzy.msgstr == REVIEWED[FIRST[1]] and fuzzy.fuzzy
    (comment,) = fuzzy.translator_comments
    assert comment.startswith("tm ") and comment.endswith(f" % from {key}")
    assert 75 <= int(comment.split()[1]) < 100
    assert got[SECOND[2]].msgstr == ""
    assert report.plans[0].tm == 2
    (cat,) = [c for c in find_catalogs(tmp_path / "catalogs") if "second" in c.key]
    msgfmt_check(cat.po_path("vi"))


def test_threshold_filters_fuzzy_matches(tmp_path: Path) -> None:
    make_catalog(tmp_path, "first", FIRST)
    review(tmp_path, "first", REVIEWED)
    make_catalog(tmp_path, "second", SECOND)
    config = load_config(str(tmp_path / "catalogs"), cwd=tmp_path)
    report = api.translate(config, ["https://example.com/news/second"], "vi", use_mt=False,
                           threshold=99)
    assert report.plans[0].tm == 1  # only the exact match


def test_memory_updates_incrementally(tmp_path: Path) -> None:
    make_catalog(tmp_path, "first", FIRST)
    root = tmp_path / "catalogs"
    memory = open_memory(root)
    assert memory.lookup(FIRST[1], "fr", "vi") is None
    memory.close()
    review(tmp_path, "first", REVIEWED)
    memory = open_memory(root)
    found = memory.lookup(FIRST[1], "fr", "vi")
    assert found is not None and found.score == 100 and found.unit.target == REVIEWED[FIRST[1]]
    stamps = memory.stamps()
    memory.close()
    memory = open_memory(root)  # nothing changed: nothing re-read
    assert memory.stamps() == stamps
    memory.close()
    (cat,) = find_catalogs(root)
    cat.po_path("vi").unlink()
    memory = open_memory(root)
    assert memory.lookup(FIRST[1], "fr", "vi") is None
    memory.close()


def test_obsolete_translations_stay_in_memory(tmp_path: Path) -> None:
    make_catalog(tmp_path, "first", FIRST)
    review(tmp_path, "first", REVIEWED)
    make_catalog(tmp_path, "first", FIRST[:2])  # re-ingest: the last unit becomes obsolete
    memory = open_memory(tmp_path / "catalogs")
    found = memory.lookup(FIRST[2], "fr", "vi")
    memory.close()
    assert found is not None and found.unit.target == REVIEWED[FIRST[2]]


def test_tmx_export_import_round_trip(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "bundled")  # the index is written beside the catalogs
    bundled = load_config(str(tmp_path / "bundled"), cwd=tmp_path)
    tmx = tmp_path / "out.tmx"
    count = api.tm_export(bundled, tmx)
    memory = open_memory(tmp_path / "bundled")
    before = {(u.src, u.tgt, u.source, u.target) for u in memory.units()}
    memory.close()
    assert count == len(before) > 100
    root = ET.fromstring(tmx.read_bytes())
    assert root.get("version") == "1.4" and root.find("header") is not None
    fresh = load_config(str(tmp_path / "fresh"), cwd=tmp_path)
    assert api.tm_import(fresh, tmx) == count
    memory = open_memory(tmp_path / "fresh")
    after = {(u.src, u.tgt, u.source, u.target) for u in memory.units()}
    assert after == before
    assert {u.origin for u in memory.units()} == {"out.tmx"}
    memory.close()


def test_tmx_escapes_and_reads_cat_tool_shapes() -> None:
    units = [TU("fr", "vi", 'Le <1>lien</1> & "guillemets" <2/>', "Liên <1>kết</1> & <2/>")]
    text = write_tmx(units, "fr")
    assert "&lt;1&gt;lien&lt;/1&gt;" in text and "&amp;" in text
    assert parse_tmx(text.encode(), "x.tmx") == units
    omegat = (b'<?xml version="1.0"?><tmx version="1.4"><header srclang="fr-FR"/><body>'
              b'<tu><tuv lang="fr-FR"><seg>Bonjour <ph>&lt;1/&gt;</ph></seg></tuv>'
              b'<tuv xml:lang="vi-VN"><seg>Xin ch\xc3\xa0o <ph>&lt;1/&gt;</ph></seg></tuv>'
              b'</tu></body></tmx>')
    assert parse_tmx(omegat, "o.tmx") == [TU("fr-FR", "vi-VN", "Bonjour <1/>", "Xin chào <1/>")]


@pytest.mark.parametrize(("data", "what"), [
    (b"<tmx><body><tu>", "o.tmx:1"),
    (b"<html/>", "not a TMX"),
    (b'<!DOCTYPE x [<!ENTITY a "b">]><tmx/>', "entities"),
])
def test_bad_tmx_is_one_clear_error(data: bytes, what: str) -> None:
    with pytest.raises(InputError) as err:
        parse_tmx(data, "o.tmx")
    assert what in err.value.one_line()


def test_cli_tm_export_then_import(tmp_path: Path) -> None:
    import subprocess
    import sys

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "l10n", *args], cwd=tmp_path,
                              capture_output=True, text=True, check=False)

    shutil.copytree(BUNDLED, tmp_path / "bundled")  # the index is written beside the catalogs
    out = cli("tm", "export", "mem.tmx", "--catalogs", "bundled")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("mem.tmx: ") and "translation units" in out.stdout
    into = cli("tm", "import", "mem.tmx", "--catalogs", "fresh")
    assert into.returncode == 0, into.stderr
    assert (tmp_path / "fresh" / "tm" / "mem.tmx").read_bytes() == \
        (tmp_path / "mem.tmx").read_bytes()
    bad = cli("tm", "import", "nope.tmx", "--catalogs", "fresh")
    assert bad.returncode == 2 and bad.stderr.startswith("l10n: error: nope.tmx: no such file")
