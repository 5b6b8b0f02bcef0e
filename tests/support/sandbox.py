"""The real ``l10n`` command run in a sandbox that notices everything it writes.

Hostile-input tests run the CLI as a user would (a subprocess in a temporary working
directory) and then check what every run must leave behind: a known exit code, at most one
line on stderr and never a traceback, files written only under the catalogs and output
directories, no temp files, every PO file accepted by GNU ``msgfmt --check``, and nothing a
browser would execute in any export.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import msgfmt_check
from tests.support.safety import html_problems, markdown_problems


@dataclass
class Result:
    """One finished run."""

    args: tuple[str, ...]
    code: int
    out: str
    err: str


def _snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    """Every file under ``root`` with its size and modification time."""
    found = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath, name)
            info = path.lstat()
            found[path] = (info.st_size, info.st_mtime_ns)
    return found


@dataclass
class Sandbox:
    """A working directory with ``catalogs/`` and ``out/``, where the CLI runs."""

    root: Path
    allowed: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.work = self.root / "work"
        self.work.mkdir(parents=True, exist_ok=True)
        self.catalogs = self.work / "catalogs"
        self.out = self.work / "out"
        self.allowed += [self.catalogs, self.out]

    def env(self) -> dict[str, str]:
        """The environment of a run: no user settings leak in."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("L10N_")}
        env.update(HOME=str(self.root), PYTHONDONTWRITEBYTECODE="1")
        return env

    def run(self, *args: str, stdin: bytes = b"", timeout: float = 120,
            codes: tuple[int, ...] = (0,), wrap: Sequence[str] = (),
            preexec: Callable[[], None] | None = None) -> Result:
        """Run ``l10n ARGS`` and check everything a run must leave behind: an exit code in
        ``codes`` (success unless the test says otherwise, so a command that fails before
        the test's assertions fails the test), the PO files it wrote pass msgfmt (files it
        did not write may be the broken ones a test planted).

        ``wrap`` goes before the command (``unshare -m ...``); ``preexec`` runs in the child
        before it starts (resource limits)."""
        before = _snapshot(self.root)
        proc = subprocess.run([*wrap, sys.executable, "-m", "l10n", *args], cwd=self.work,
                              input=stdin, capture_output=True, timeout=timeout,
                              env=self.env(), check=False, preexec_fn=preexec)
        result = Result(args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                        proc.stderr.decode("utf-8", "replace"))
        assert result.code in codes, f"exit {result.code}, expected {codes}: {result}"
        assert "Traceback" not in result.err, result.err
        if result.code == 2:  # an error: one line (exit 1 is a report: checks, thresholds)
            assert len(result.err.strip().splitlines()) == 1, result.err
        self._check_writes(before)
        return result

    def ok(self, *args: str, **kwargs: Any) -> Result:
        """Run a command that must succeed (exit 0)."""
        return self.run(*args, codes=(0,), **kwargs)

    def _check_writes(self, before: dict[Path, tuple[int, int]]) -> None:
        after = _snapshot(self.root)
        changed = [p for p, stamp in after.items() if before.get(p) != stamp]
        for path in changed:
            assert any(path.is_relative_to(a) for a in self.allowed), f"wrote {path}"
            assert not path.name.endswith(".tmp"), f"left temp file {path}"
        for path in changed:
            if path.suffix in (".html", ".md"):
                check_export(path)
            elif path.suffix in (".po", ".pot"):
                msgfmt_check(path)

    def po_files(self) -> Iterator[Path]:
        """Every catalog file under ``catalogs/``."""
        if self.catalogs.is_dir():
            yield from sorted(self.catalogs.rglob("*.po"))
            yield from sorted(self.catalogs.rglob("*.pot"))

    def check_catalogs(self) -> None:
        """Every PO file passes ``msgfmt --check``."""
        for path in self.po_files():
            msgfmt_check(path)


def check_export(path: Path) -> None:
    """An exported page holds nothing a browser would execute."""
    text = path.read_text("utf-8")
    problems = html_problems(text) if path.suffix == ".html" else markdown_problems(text)
    assert not problems, (path, problems)


def refused(result: Result, *words: str) -> str:
    """Assert a one-line refusal (exit 2) naming ``words``; return the line."""
    assert result.code == 2, result
    line = result.err.strip()
    assert line.startswith(("l10n: error: ", "Error: ")), line
    for word in words:
        assert word in line, (word, line)
    return line
