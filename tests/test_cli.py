"""The command line as users run it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ARTICLE

URL = "https://example.com/news/article-1"


def run(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """Run ``python -m l10n`` in ``cwd`` (so the repository's l10n.toml does not apply)."""
    proc = subprocess.run([sys.executable, "-m", "l10n", *args], cwd=cwd, input=stdin,
                          capture_output=True, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode,
                                       proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith(("l10n: error:", "Error:")), lines[0]
    for word in words:
        assert word in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    proc = run("ingest", "nope.txt", cwd=tmp_path)
    assert_one_line_error(proc, "nope.txt", "no such file")


def test_unreadable_encoding(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Titre\n\nCaf\xe9 et th\xe9.\n".encode("latin-1"))
    proc = run("ingest", "a.txt", "--url", URL, "--lang", "fr", cwd=tmp_path)
    assert_one_line_error(proc, "a.txt:3", "UTF-8")


def test_unknown_language(tmp_path: Path) -> None:
    proc = run("ingest", str(ARTICLE), "--lang", "xx-notalang", cwd=tmp_path)
    assert_one_line_error(proc, "unknown language")


def test_unknown_target_language(tmp_path: Path) -> None:
    proc = run("ingest", str(ARTICLE), "--to", "vi,zz-zz", cwd=tmp_path)
    assert_one_line_error(proc, "--to", "zz-zz")


def test_bad_url(tmp_path: Path) -> None:
    proc = run("ingest", str(ARTICLE), "--url", "ftp://example.com/x", cwd=tmp_path)
    assert_one_line_error(proc, "ftp://example.com/x", "http")


def test_no_source_url(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titre\n\nUn paragraphe de texte. Et un autre.\n", "utf-8")
    proc = run("ingest", "a.txt", "--lang", "fr", cwd=tmp_path)
    assert_one_line_error(proc, "a.txt", "--url")


def test_empty_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02abc")
    assert_one_line_error(run("ingest", "empty.txt", "--lang", "fr", "--url", URL,
                              cwd=tmp_path), "empty.txt")
    assert_one_line_error(run("ingest", "bin.txt", "--lang", "fr", "--url", URL,
                              cwd=tmp_path), "bin.txt")


def test_unknown_catalog_key(tmp_path: Path) -> None:
    run("ingest", str(ARTICLE), cwd=tmp_path)
    proc = run("export", "https://example.com/other", "--lang", "vi", cwd=tmp_path)
    assert_one_line_error(proc, "https://example.com/other", "ingest")


def test_status_without_catalogs(tmp_path: Path) -> None:
    assert_one_line_error(run("status", cwd=tmp_path), "no catalogs")


def test_usage_error_exits_2(tmp_path: Path) -> None:
    proc = run("export", cwd=tmp_path)  # --lang missing
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_ingest_status_export(tmp_path: Path) -> None:
    proc = run("ingest", str(ARTICLE), "--to", "vi,en", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    key = proc.stdout.split(":")[0]
    assert key.startswith("www.vietnamplus.vn/")
    again = run("ingest", str(ARTICLE), "--to", "vi,en", cwd=tmp_path)
    assert "(unchanged)" in again.stdout
    data = json.loads(run("status", "--json", cwd=tmp_path).stdout)
    (cat,) = data["catalogs"]
    assert cat["key"] == key and cat["source_lang"] == "fr"
    assert set(cat["languages"]) == {"vi", "en"}
    assert cat["languages"]["vi"]["untranslated"] == cat["languages"]["vi"]["units"] > 40
    out = run("export", key, "--lang", "fr", "--format", "txt", cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.startswith("Le Vietnam a obtenu")
    refused = run("export", "--lang", "vi", "--format", "md", "-o", "out", cwd=tmp_path)
    assert refused.returncode == 1  # nothing translated: not published by default
    assert "not written: 66 of 66 units not reviewed (66 untranslated)" in refused.stderr
    assert not (tmp_path / "out" / key / "vi.md").exists()
    written = run("export", "--lang", "vi", "--format", "md", "-o", "out",
                  "--min-translated", "0", cwd=tmp_path)
    assert written.returncode == 0
    assert (tmp_path / "out" / key / "vi.md").is_file()
    assert "untranslated" in written.stdout  # fallbacks are counted, not hidden


def test_stdin_and_env_catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("L10N_CATALOGS", str(tmp_path / "elsewhere"))
    proc = run("ingest", "-", "--lang", "fr", cwd=tmp_path, stdin=ARTICLE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert list((tmp_path / "elsewhere").rglob("skeleton.json"))


def test_python_m_and_version(tmp_path: Path) -> None:
    proc = run("--version", cwd=tmp_path)
    assert proc.returncode == 0 and "l10n" in proc.stdout


def _wait_until_reading_stdin(pid: int) -> None:
    """Wait until the process blocks reading its pipe, as Linux tells (at most 30 s)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if "pipe_read" in Path(f"/proc/{pid}/wchan").read_text():
                return
        except OSError:  # not Linux: a delay instead
            time.sleep(3)
            return
        time.sleep(0.05)


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    """Ctrl-C while ingest waits for standard input: exit 130, one line, nothing written."""
    proc = subprocess.Popen([sys.executable, "-m", "l10n", "ingest", "-", "--lang", "fr"],
                            cwd=tmp_path, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.decode().strip() == "l10n: interrupted"
    assert not (tmp_path / "catalogs").exists()
