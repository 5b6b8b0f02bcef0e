"""Two runs on one article: the lock serialises them, the loser waits or exits 2 clearly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from l10n.catalog.lock import LOCK_NAME, locked
from l10n.catalog.pofile import read_po
from l10n.catalog.store import find_catalogs
from tests.conftest import ARTICLE, msgcat_identical, msgfmt_check
from tests.test_lifecycle import version_2


def start(source: Path, catalogs: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "l10n", "ingest", str(source), "--to",
                             "vi,en", "--catalogs", str(catalogs), *extra],
                            cwd=catalogs.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_concurrent_ingests_never_interleave(catalogs: Path, tmp_path: Path) -> None:
    """Old and new versions ingested at the same time, five rounds: whichever wins, the
    template and each catalog describe the same version and no translation is lost."""
    (cat,) = find_catalogs(catalogs)
    translations = {lang: {e.msgstr for e in read_po(cat.po_path(lang)).entries}
                    for lang in ("vi", "en")}
    v2 = tmp_path / "v2.txt"
    v2.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    for _ in range(5):
        procs = [start(v2, catalogs), start(ARTICLE, catalogs)]
        for proc in procs:
            _, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
        units = [e.msgid for e in read_po(cat.path / "template.pot").entries]
        for lang, before in translations.items():
            po = read_po(cat.po_path(lang))
            assert [e.msgid for e in po.entries if not e.obsolete] == units
            assert before <= {e.msgstr for e in po.entries}
            msgfmt_check(cat.po_path(lang))
            msgcat_identical(cat.po_path(lang), tmp_path)
    assert not (cat.path / LOCK_NAME).exists()


def test_second_run_gives_up_with_a_clear_message(catalogs: Path) -> None:
    (cat,) = find_catalogs(catalogs)
    before = cat.po_path("vi").read_bytes()
    with locked(cat.path):
        proc = start(ARTICLE, catalogs, "--wait", "0.3")
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    (line,) = err.strip().splitlines()
    assert line.startswith(f"l10n: error: {cat.path}: another l10n run (pid ")
    assert "--wait" in line and "Traceback" not in err
    assert cat.po_path("vi").read_bytes() == before


# Runs the CLI and touches $BLOCKED_MARKER the first time its lock is refused: the test then
# knows the run is waiting (readiness, not a delay that a loaded machine may outlast).
WAITER = """
import fcntl, os, sys
real = fcntl.flock
def flock(fd, op):
    try:
        return real(fd, op)
    except BlockingIOError:
        open(os.environ["BLOCKED_MARKER"], "a").close()
        raise
fcntl.flock = flock
from l10n.cli import main
main(sys.argv[1:])
"""


def test_second_run_waits_for_the_first(catalogs: Path, tmp_path: Path) -> None:
    (cat,) = find_catalogs(catalogs)
    v2 = tmp_path / "v2.txt"
    v2.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with locked(cat.path):
            held.set()
            release.wait(120)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(10)
    marker = tmp_path / "blocked"
    proc = subprocess.Popen([sys.executable, "-c", WAITER, "ingest", str(v2), "--to", "vi,en",
                             "--catalogs", str(catalogs), "--wait", "60"],
                            cwd=catalogs.parent, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "BLOCKED_MARKER": str(marker)})
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert marker.exists(), proc.poll()  # it found the lock held...
    assert proc.poll() is None  # ...and did not give up: it is waiting
    release.set()
    holder.join()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert any(e.fuzzy for e in read_po(cat.po_path("vi")).entries)


def test_a_lock_file_left_by_a_killed_run_does_not_block(catalogs: Path) -> None:
    """flock dies with its process: a leftover file is not a held lock."""
    (cat,) = find_catalogs(catalogs)
    (cat.path / LOCK_NAME).write_text("999999\n")
    proc = start(ARTICLE, catalogs, "--wait", "0")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert not (cat.path / LOCK_NAME).exists()
