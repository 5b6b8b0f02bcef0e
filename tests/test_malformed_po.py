"""A translator's PO file that does not parse stops the ingest: file:line, nothing written.

polib accepts several of these silently (it drops a truncated last entry); an update built on
such a reading would delete translations. Each case runs the real command line.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from l10n.catalog.store import find_catalogs
from tests.conftest import ARTICLE
from tests.test_lifecycle import version_2


def line_of(data: bytes, needle: bytes) -> int:
    return data[:data.index(needle)].count(b"\n") + 1


def unterminated(data: bytes) -> tuple[bytes, int]:
    target = b'msgstr "Vi\xe1\xbb\x87t Nam'  # the first translated title, 'Việt Nam...'
    start = data.index(target)
    end = data.index(b"\n", start)
    return data[:end - 1] + data[end:], line_of(data, target)


def bad_escape(data: bytes) -> tuple[bytes, int]:
    at = data.index(b'msgstr "', data.index(b"#: block-"))
    return data[:at + 8] + b"\\q" + data[at + 8:], data[:at].count(b"\n") + 1


def duplicate(data: bytes) -> tuple[bytes, int]:
    start = data.index(b"#: block-")
    first = data[start:data.index(b"\n\n", start) + 1]
    line = data.count(b"\n") + 2 + first[:first.index(b"msgid")].count(b"\n")
    return data + b"\n" + first, line


def truncated(data: bytes) -> tuple[bytes, int]:
    last = data.rindex(b"\nmsgstr")
    return data[:last + 1], line_of(data, data[data.rindex(b"\nmsgid", 0, last) + 1:])


def invalid_utf8(data: bytes) -> tuple[bytes, int]:
    at = data.index(b'msgstr "', data.index(b"#: block-3"))
    return data[:at + 8] + b"\xff" + data[at + 8:], data[:at].count(b"\n") + 1


def bom(data: bytes) -> tuple[bytes, int]:
    return b"\xef\xbb\xbf" + data, 1


CASES: dict[str, tuple[Callable[[bytes], tuple[bytes, int]], str]] = {
    "unterminated string": (unterminated, "unterminated string"),
    "bad escape": (bad_escape, "bad escape sequence \\q"),
    "duplicate entry": (duplicate, "duplicate entry"),
    "truncated last entry": (truncated, "truncated last entry"),
    "invalid UTF-8": (invalid_utf8, "not valid UTF-8"),
    "BOM": (bom, "byte order mark"),
}


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("case", list(CASES))
def test_malformed_po_stops_ingest(case: str, catalogs: Path, tmp_path: Path) -> None:
    corrupt, what = CASES[case]
    (cat,) = find_catalogs(catalogs)
    path = cat.po_path("vi")
    broken, line = corrupt(path.read_bytes())
    path.write_bytes(broken)
    before = snapshot(catalogs)
    changed = tmp_path / "v2.txt"
    changed.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "l10n", "ingest", str(changed), "--to", "vi,en",
                           "--catalogs", str(catalogs)], cwd=tmp_path, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2, proc.stderr
    (message,) = proc.stderr.strip().splitlines()
    assert message.startswith(f"l10n: error: {path}:{line}: "), message
    assert what in message
    assert snapshot(catalogs) == before  # the file byte-identical, nothing else written


def test_the_corruptions_are_real(catalogs: Path) -> None:
    """polib, the usual Python reader, accepts the truncated file without a word and reads
    the last entry as untranslated: the reason l10n parses strictly before it trusts one."""
    polib = pytest.importorskip("polib")
    (cat,) = find_catalogs(catalogs)
    data = cat.po_path("vi").read_bytes()
    broken, _ = truncated(data)
    (Path(catalogs) / "t.po").write_bytes(broken)
    read = polib.pofile(str(Path(catalogs) / "t.po"))
    whole = polib.pofile(str(cat.po_path("vi")))
    assert whole[-1].msgstr and read[-1].msgid == whole[-1].msgid and read[-1].msgstr == ""
