"""Machine translation that answers with hostile text, and translate racing other runs.

An engine is a web service: its answers are untrusted input. Whatever it sends (script,
control characters, NUL, U+0004, bidi overrides, a megabyte of text), the catalogs it fills
stay valid PO files and the exports stay inert. A translate run racing an ingest of the same
article, or killed mid-write, never costs a translation.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ARTICLE
from tests.support import mtserver
from tests.support.mtserver import MTServer
from tests.support.sandbox import Sandbox
from tests.test_faults import KILLER, assert_intact, changed_article, translations

URL = "https://example.com/news/mt"
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\x00\x04\x1b[31m",
           "\u202eesrever", "[x](javascript:alert(1))", "\ud7ff\ufffe\uffff", "x" * 100_000]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[MTServer]:
    honest = mtserver.fake_translation
    counter = iter(range(10**9))

    def hostile(text: str, target: str) -> str:
        return f"{HOSTILE[next(counter) % len(HOSTILE)]} {honest(text, target)}"

    monkeypatch.setattr(mtserver, "fake_translation", hostile)
    srv = MTServer().start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _fresh(box: Sandbox) -> None:
    box.run("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi", "--url", URL, codes=(0,))


def test_hostile_engine_output(tmp_path: Path, server: MTServer) -> None:
    box = Sandbox(tmp_path)
    _fresh(box)
    result = box.run("translate", "--to", "vi", "--engine", "libre", "--base-url", server.url,
                     "--no-tm")
    assert result.code in (0, 1), result
    box.check_catalogs()
    for fmt in ("html", "md", "txt"):
        box.run("export", "--lang", "vi", "--format", fmt, "--include-fuzzy",
                "--min-translated", "0", "-o", "out", codes=(0,))
    pairs = translations(box.catalogs)["vi"]
    assert any("<script>" in msgstr for _, msgstr in pairs), "the engine's text was not kept"
    assert not any(c in msgstr for _, msgstr in pairs for c in "\x00\x04\x1b")


def test_translate_racing_ingest_loses_nothing(tmp_path: Path) -> None:
    srv = MTServer(latency=0.05).start()
    try:
        box = Sandbox(tmp_path)
        _fresh(box)
        env = box.env()
        article = changed_article(tmp_path)
        for _ in range(2):
            before = translations(box.catalogs)
            procs = [subprocess.Popen([sys.executable, "-m", "l10n", *cmd], cwd=box.work,
                                      env=env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
                     for cmd in (["translate", "--to", "vi", "--engine", "libre",
                                  "--base-url", srv.url, "--no-tm"],
                                 ["ingest", str(article), "--lang", "fr", "--to", "vi",
                                  "--url", URL],
                                 ["ingest", str(ARTICLE), "--lang", "fr", "--to", "vi",
                                  "--url", URL])]
            for proc in procs:
                _, err = proc.communicate(timeout=300)
                assert proc.returncode in (0, 1), err
            assert_intact(box.catalogs, before)
    finally:
        srv.shutdown()
        srv.server_close()


def test_sigkill_during_translate(tmp_path: Path) -> None:
    srv = MTServer().start()
    try:
        for point, nth in (("before-rename", 1), ("after-rename", 1), ("before-sync", 1)):
            box = Sandbox(tmp_path / point)
            _fresh(box)
            before = translations(box.catalogs)
            args = ("translate", "--to", "vi", "--engine", "libre", "--base-url", srv.url,
                    "--no-tm")
            env = {**box.env(), "KILL_POINT": point, "KILL_AT": str(nth)}
            proc = subprocess.run([sys.executable, "-c", KILLER, *args], cwd=box.work,
                                  env=env, capture_output=True, timeout=300, check=False)
            assert proc.returncode == -signal.SIGKILL, proc.stderr
            assert_intact(box.catalogs, before)
            box.run(*args, codes=(0, 1))
            assert_intact(box.catalogs, before)
            shutil.rmtree(box.root)
    finally:
        srv.shutdown()
        srv.server_close()
