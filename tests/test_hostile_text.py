"""Article files that are not what they claim, or are text at its most awkward.

Refusals are one line with exit 2; awkward but genuine text (NFD, bidi controls, emoji, RTL
script, stray control characters) is ingested and exported without loss or breakage.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from l10n.catalog.pofile import read_po
from l10n.model.textsafe import without_controls
from tests.support.sandbox import Sandbox, refused

URL = "https://example.com/news/hostile"
ARTICLE = ("Le titre de l'article\n\nUn chapeau qui résume l'article en une phrase.\n\n"
           "Premier paragraphe. Deuxième phrase du paragraphe.\n\n"
           "Second paragraphe avec des chiffres : 1 234,5 et 28/07/2025.\n")


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    return Sandbox(tmp_path)


def ingest(box: Sandbox, name: str, data: bytes, *extra: str, codes: tuple[int, ...] = (0,)
           ) -> tuple[int, str]:
    (box.work / name).write_bytes(data)
    result = box.run("ingest", name, "--lang", "fr", "--url", URL, "--to", "vi", *extra,
                     codes=codes)
    return result.code, result.err


REFUSED = {
    "empty": (b"", "no article text"),
    "blank lines only": (b"\n \n\t\n", "no article text"),
    "binary": (bytes(range(256)) * 8, "binary"),
    "NUL in text": (ARTICLE.encode() + b"\0\0", "binary"),
    "latin-1": (ARTICLE.encode("latin-1"), "UTF-8"),
    "windows-1258": ("Ti\u00eau \u0111\u00ea\u0300\n\nC\u00f4ng an".encode("cp1258"), "UTF-8"),
    "UTF-16 with BOM": (ARTICLE.encode("utf-16"), "UTF-8"),
    "UTF-16 without BOM": (ARTICLE.encode("utf-16-le"), "binary"),
    "overlong UTF-8": (b"Titre\n\n\xc0\xaf etc\n", "UTF-8"),
    "surrogate in UTF-8": (b"Titre\n\n\xed\xa0\x80 etc\n", "UTF-8"),
    "PNG": (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_not_article_text_refused(box: Sandbox, name: str) -> None:
    data, words = REFUSED[name]
    ingest(box, "in.txt", data, codes=(2,))
    refused(box.run("ingest", "in.txt", "--lang", "fr", "--url", URL, codes=(2,)), "in.txt", words)
    assert not box.catalogs.exists()


def test_not_a_regular_file(box: Sandbox, tmp_path: Path) -> None:
    fifo = box.work / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block for ever: it must be refused, not read
    refused(box.run("ingest", "pipe.txt", "--lang", "fr", "--url", URL, timeout=30, codes=(2,)),
            "pipe.txt", "not a regular file")
    refused(box.run("ingest", "/dev/zero", "--lang", "fr", "--url", URL, timeout=30, codes=(2,)),
            "/dev/zero")
    (box.work / "dir.txt").mkdir()
    refused(box.run("ingest", "dir.txt", "--lang", "fr", "--url", URL, codes=(2,)), "dir.txt")


def test_endless_stdin_stops_at_the_limit(box: Sandbox) -> None:
    (box.work / "l10n.toml").write_text("[limits]\nmax_input_mb = 1\n", "utf-8")
    line = refused(box.run("ingest", "-", "--lang", "fr", "--url", URL,
                           stdin=b"a" * (3 * 1024 * 1024), codes=(2,)), "<stdin>", "max_input_mb")
    assert "l10n.toml" in line


def test_size_limit_is_configurable(box: Sandbox) -> None:
    big = (ARTICLE + "Un paragraphe de plus, assez long pour peser. " * 30 + "\n\n") * 600
    (box.work / "l10n.toml").write_text("[limits]\nmax_input_mb = 0.5\n", "utf-8")
    err = ingest(box, "big.txt", big.encode(), codes=(2,))[1]
    assert "max_input_mb = 0.5" in err and "big.txt" in err
    (box.work / "l10n.toml").write_text("[limits]\nmax_input_mb = 5\n", "utf-8")
    assert ingest(box, "big.txt", big.encode())[0] == 0


@pytest.mark.parametrize("toml", ["[limits]\nmax_depth = -1\n", "[limits]\nmax_bogus = 1\n",
                                  "limits = 3\n", "[limits]\nmax_input_mb = 'big'\n"])
def test_bad_limits_refused(box: Sandbox, toml: str) -> None:
    (box.work / "l10n.toml").write_text(toml, "utf-8")
    refused(box.run("status", codes=(2,)), "l10n.toml")


def _units(box: Sandbox) -> list[str]:
    po = next(box.catalogs.rglob("vi.po"))
    return [e.msgid for e in read_po(po).entries]


def _exported(box: Sandbox, suffix: str) -> str:
    """The one exported file whose name ends with ``suffix``."""
    found = [p for p in box.out.rglob("*") if p.name.endswith(suffix)]
    assert len(found) == 1, found
    return found[0].read_text("utf-8")


def test_nfd_and_nfc_are_one_article(box: Sandbox) -> None:
    text = "Tiêu đề bài báo\n\nViệt Nam đạt kết quả vượt bậc. Người dân hưởng lợi.\n"
    assert ingest(box, "nfc.txt", unicodedata.normalize("NFC", text).encode())[0] == 0
    first = _units(box)
    assert ingest(box, "nfd.txt", unicodedata.normalize("NFD", text).encode())[0] == 0
    assert _units(box) == first
    assert all(unicodedata.is_normalized("NFC", u) for u in first)


AWKWARD = {
    "zero-width": "Le mot\u200bcoupé et le\u200d joint\u2060 et \ufeffBOM au milieu.",
    "bidi controls": "Texte \u202eesrever\u202c puis \u2066isolé\u2069 et \u200fmarque.",
    "emoji": "Le drapeau 🇻🇳 et la famille 👨‍👩‍👧 avec 👍🏽 ! Fin.",
    "RTL": "العربية نص تجريبي. עברית טקסט לדוגמה. Et du français.",
    "controls": "Saut\x0cde page, cloche\x07, échappement\x1b[31m rouge\x1b[0m, DEL\x7f.",
    "C1 controls": "Texte copié\x85 d'un\x9b vieux système\x80.",
    "long word": "Mot" + "x" * 20000 + " fin.",
    "markup-looking": "<script>alert(1)</script> et <1>faux</1> et [lien](javascript:x).",
}


@pytest.mark.parametrize("name", sorted(AWKWARD))
def test_awkward_text_survives(box: Sandbox, name: str) -> None:
    text = f"Titre {name}\n\nChapeau de l'article.\n\n{AWKWARD[name]}\n\nFin de l'article.\n"
    assert ingest(box, "a.txt", text.encode())[0] == 0
    box.check_catalogs()
    for lang in ("fr", "vi"):  # vi is untranslated: it exports only below the threshold
        for fmt in ("html", "md", "txt"):
            box.ok("export", "--lang", lang, "--format", fmt, "--min-translated", "0", "-o",
                   "out")
    units = "".join(_units(box))
    exported = _exported(box, "fr.txt")
    visible = without_controls(AWKWARD[name])
    for word in visible.split():
        assert word.strip(".,!") in units or not word.strip(".,!"), word
        assert word.strip(".,!") in exported, word


def test_ten_thousand_paragraphs_and_long_lines(box: Sandbox) -> None:
    paras = [f"Le paragraphe {i} commence ici. Il dit la chose {i}, puis une autre."
             for i in range(10000)]
    text = "Un très long article\n\nSon chapeau.\n\n" + "\n\n".join(paras) + "\n\n"
    text += "Une ligne très longue " + "sans fin, " * 50000 + "voilà.\n"
    assert ingest(box, "long.txt", text.encode())[0] == 0
    status = json.loads(box.ok("status", "--json").out)
    counts = status["catalogs"][0]["languages"]["vi"]
    assert counts["units"] >= 20000
    box.ok("export", "--lang", "fr", "--format", "md", "-o", "out")
    exported = _exported(box, "fr.md")
    assert "Le paragraphe 9999 commence ici." in exported and "voilà." in exported


def test_element_limit_is_configurable(box: Sandbox) -> None:
    lines = "Titre\n" + "".join(f"Ligne {i} du texte.\n" for i in range(500))
    (box.work / "l10n.toml").write_text("[limits]\nmax_elements = 100\n", "utf-8")
    err = ingest(box, "many.txt", lines.encode(), codes=(2,))[1]
    assert "max_elements = 100" in err and "many.txt" in err
    (box.work / "l10n.toml").unlink()
    assert ingest(box, "many.txt", lines.encode())[0] == 0
