"""Two runs on one article: the lock serialises them, the loser waits or exits 2 clearly."""

from __future__ import annotations

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


def test_second_run_waits_for_the_first(catalogs: Path, tmp_path: Path) -> None:
    (cat,) = find_catalogs(catalogs)
    v2 = tmp_path / "v2.txt"
    v2.write_text(version_2(ARTICLE.read_text("utf-8")), "utf-8")
    release = threading.Event()

    def hold() -> None:
        with locked(cat.path):
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.1)
    proc = start(v2, catalogs, "--wait", "60")
    time.sleep(1.0)
    assert proc.poll() is None  # still waiting for the lock
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
