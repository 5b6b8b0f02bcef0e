"""An interrupted ``l10n translate`` (SIGKILL, Ctrl-C) loses no unit and a rerun finishes it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from l10n.catalog.pofile import read_po
from l10n.catalog.store import find_catalogs
from tests.conftest import msgfmt_check
from tests.support.mtserver import MTServer
from tests.test_translate import make_catalog

UNITS = 160
CONCURRENCY = 8  # the libre engine's default


@pytest.fixture
def slow_server() -> Iterator[MTServer]:
    srv = MTServer(latency=0.05).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _cached(root: Path) -> int:
    path = root / ".l10n" / "mt-cache.sqlite"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return int(db.execute("SELECT count(*) FROM mt").fetchone()[0])
    except sqlite3.OperationalError:  # the table is being created
        return 0


def _translate(server: MTServer) -> list[str]:
    """The command under test: fill vi from the local engine (first run and rerun alike)."""
    return [
        sys.executable,
        "-m",
        "l10n",
        "translate",
        "--to",
        "vi",
        "--engine",
        "libre",
        "--base-url",
        server.url,
    ]


def _start(root: Path, server: MTServer) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _translate(server),
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _wait_for_answers(proc: subprocess.Popen[bytes], root: Path, count: int) -> None:
    deadline = time.monotonic() + 60
    while _cached(root / "catalogs") < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)


def _article(tmp_path: Path) -> list[str]:
    sentences = [f"Phrase de test numéro {i} pour la reprise." for i in range(UNITS - 1)]
    make_catalog(tmp_path, "long", ["Un long article", *sentences])
    return ["Un long article", *sentences]


def _check_complete(tmp_path: Path, sentences: list[str]) -> None:
    (cat,) = find_catalogs(tmp_path / "catalogs")
    po = read_po(cat.po_path("vi"))
    got = [e for e in po.entries if not e.obsolete]
    assert sorted(e.msgid for e in got) == sorted(sentences)
    for entry in got:
        assert entry.msgstr == f"[vi] {entry.msgid}", entry.msgid
        assert entry.translator_comments == ("mt: libre",) and entry.fuzzy
    msgfmt_check(cat.po_path("vi"))


def test_sigkill_then_resume(tmp_path: Path, slow_server: MTServer) -> None:
    sentences = _article(tmp_path)
    proc = _start(tmp_path, slow_server)
    _wait_for_answers(proc, tmp_path, UNITS // 3)
    proc.kill()
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    first_run = len(slow_server.log)
    assert first_run < UNITS
    rerun = subprocess.run(
        _translate(slow_server),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    _check_complete(tmp_path, sentences)
    # Only the batch being committed and the requests in flight at the kill were sent twice.
    twice = [text for text, n in slow_server.seen.items() if n > 1]
    assert len(twice) <= 2 * CONCURRENCY and max(slow_server.seen.values()) <= 2
    assert set(slow_server.seen) == set(sentences)


def test_ctrl_c_saves_what_arrived_and_exits_130(tmp_path: Path, slow_server: MTServer) -> None:
    sentences = _article(tmp_path)
    proc = _start(tmp_path, slow_server)
    _wait_for_answers(proc, tmp_path, UNITS // 3)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert err.decode().strip().splitlines()[-1] == "l10n: interrupted"
    (cat,) = find_catalogs(tmp_path / "catalogs")
    filled = [e for e in read_po(cat.po_path("vi")).entries if e.msgstr]
    assert UNITS // 3 <= len(filled) < UNITS
    sent = len(slow_server.log)
    rerun = subprocess.run(
        _translate(slow_server),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    _check_complete(tmp_path, sentences)
    assert len(slow_server.log) - sent <= UNITS - len(filled)
