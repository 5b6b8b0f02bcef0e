"""Every command, given nonsense, answers in one line with exit 2 (click's three-line usage
banner included), and never writes anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.sandbox import Sandbox, refused

NONSENSE = [
    (("review", "--lang"), "requires an argument"),
    (("bogus",), "No such command"),
    (("ingest",), "Missing argument"),
    (("ingest", "a.txt", "--lang"), "requires an argument"),
    (("ingest", "a.txt", "--to", ""), "--to"),
    (("ingest", "a.txt", "--lang", "x" * 5000), "--lang"),
    (("export",), "Missing option '--lang'"),
    (("export", "--lang", "vi", "--format", "pdf"), "'pdf' is not one of"),
    (("export", "--lang", "vi", "--min-translated", "abc"), "--min-translated"),
    (("export", "--lang", "\x1b[31mvi"), "--lang"),
    (("status", "--bogus"), "No such option"),
    (("status", "../../etc"), "no catalog"),
    (("review",), "Missing argument"),
    (("review", "x", "--lang", "vi"), "Missing option"),
    (("check", "--lang", "zz-qq"), "zz-qq"),
    (("purge",), "Missing option"),
    (("status", "--catalogs", "/dev/null"), ""),
]


@pytest.mark.parametrize(("args", "words"), NONSENSE, ids=lambda v: repr(v)[:40])
def test_nonsense_gets_one_line(tmp_path: Path, args: tuple[str, ...], words: str) -> None:
    box = Sandbox(tmp_path)
    (box.work / "a.txt").write_text("Titre\n\nUn texte de plusieurs mots.\n", "utf-8")
    line = refused(box.run(*args, codes=(2,)), words)
    assert line.startswith("l10n: error: ")
    assert not box.catalogs.exists() and not box.out.exists()
