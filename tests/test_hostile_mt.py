"""Machine translation that answers with hostile text, and translate racing other runs.

An engine is a web service: its answers are untrusted input. Whatever it sends (script,
control characters, NUL, U+0004, bidi overrides, a megabyte of text), the catalogs it fills
stay valid PO files and the exports stay inert. A translate run racing an ingest of the same
article, or killed mid-write, never costs a translation.
"""

from __future__ import annotations

import html
import shutil
import signal
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from l10n.catalog.pofile import Entry, POFile, format_po, read_po
from l10n.checks import CHECK_IDS
from l10n.model.textsafe import without_controls
from tests.conftest import ARTICLE
from tests.support import mtserver
from tests.support.mtserver import MTServer
from tests.support.sandbox import Sandbox
from tests.test_faults import KILLER, assert_intact, changed_article, translations

URL = "https://example.com/news/mt"
# No digits: the numbers check rejects an answer that adds one, and such a payload would reach
# no catalog at all (the test would then prove nothing about it).
HOSTILE = ["<script>alert(document.cookie)</script>", "<img src=x onerror=alert(origin)>",
           "\u202eesrever", "[x](javascript:alert(origin))", "\ud7ff\ufffe\uffff",
           "x" * 100_000]
CONTROLS = "\x00\x04\x1b[m"


def payload(text: str) -> str:
    """The hostile prefix for one request, chosen by its text, not by its arrival: the client
    has several requests in flight, so arrival order differs from run to run."""
    return HOSTILE[zlib.crc32(text.encode("utf-8")) % len(HOSTILE)]


def _serve(monkeypatch: pytest.MonkeyPatch, prefix: Callable[[str], str]) -> MTServer:
    honest = mtserver.fake_translation
    monkeypatch.setattr(mtserver, "fake_translation",
                        lambda text, target: f"{prefix(text)} {honest(text, target)}")
    return MTServer().start()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[MTServer]:
    srv = _serve(monkeypatch, payload)
    yield srv
    srv.shutdown()
    srv.server_close()


def _fresh(box: Sandbox) -> None:
    box.ok("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi", "--url", URL)


def _translate(box: Sandbox, server: MTServer) -> None:
    """Translate everything; exit 1 (some answers rejected by the checks) is expected."""
    box.run("translate", "--to", "vi", "--engine", "libre", "--base-url", server.url,
            "--no-tm", codes=(0, 1))
    box.check_catalogs()


def _accept_all(box: Sandbox) -> None:
    """Every engine answer reviewed (not fuzzy) with every check silenced."""
    (path,) = box.catalogs.rglob("vi.po")
    po = read_po(path)
    hushed = ("l10n-ignore: " + ", ".join(CHECK_IDS),)
    entries = [Entry(e.msgid, e.msgstr, e.msgctxt, references=e.references,
                     extracted_comments=e.extracted_comments, translator_comments=hushed)
               for e in po.entries if not e.obsolete]
    path.write_text(format_po(POFile(po.header, tuple(entries))), "utf-8")


def test_hostile_engine_output(tmp_path: Path, server: MTServer) -> None:
    box = Sandbox(tmp_path)
    _fresh(box)
    _translate(box, server)
    assert {payload(text) for text in server.log} == set(HOSTILE), "a payload was never sent"
    msgstrs = [msgstr for _, msgstr in translations(box.catalogs)["vi"]]
    for hostile in HOSTILE:  # each payload reached the catalog, less its noncharacters
        kept = without_controls(hostile)
        assert any(msgstr.startswith(f"{kept} [vi]") for msgstr in msgstrs), hostile
    assert not any(c in msgstr for msgstr in msgstrs for c in "\ufffe\uffff")
    _accept_all(box)  # as a careless reviewer would: the payloads reach the writers
    for fmt in ("html", "md", "txt"):  # the sandbox checks each page is inert
        box.ok("export", "--lang", "vi", "--format", fmt, "--min-translated", "0", "-o", "out")
    pages = sorted(box.out.rglob("*.html"))
    assert len(pages) == 1, pages
    page = pages[0].read_text("utf-8")
    for hostile in HOSTILE[:2]:  # markup is shown as text, never run
        assert html.escape(hostile) in page, hostile


def test_engine_control_characters_never_reach_a_catalog(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    srv = _serve(monkeypatch, lambda text: CONTROLS)
    try:
        box = Sandbox(tmp_path)
        _fresh(box)
        _translate(box, srv)
        msgstrs = [msgstr for _, msgstr in translations(box.catalogs)["vi"]]
        assert any(msgstr.startswith("[m [vi]") for msgstr in msgstrs), msgstrs[:3]
        assert not any(c in msgstr for msgstr in msgstrs for c in "\x00\x04\x1b")
    finally:
        srv.shutdown()
        srv.server_close()


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
