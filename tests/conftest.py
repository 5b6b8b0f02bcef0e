"""Shared fixtures: the bundled article, a CLI runner, and the real gettext tools."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "articles" / "vietnamplus-iom-trafficking-2025.fr.txt"
BUNDLED = ROOT / "catalogs"
SHARED = ROOT.parent / "shared"

# A suite started in the background (`make test &`, nohup, some CI runners) inherits SIGINT
# ignored, and every l10n it starts would inherit that too, so the Ctrl-C tests would test
# nothing. Give the children the disposition a terminal gives: exec resets a caught signal.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# Hypothesis keeps the examples that failed in a database, outside the repository (a clone
# stays clean, and two worktrees share what they found). CI draws the same examples on every
# run (derandomize), with no deadline: a loaded machine must not fail a property for its
# speed. Pick another profile with --hypothesis-profile NAME.
set_hypothesis_home_dir(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                        / "l10n" / "hypothesis")
settings.register_profile("dev")
settings.register_profile("ci", database=None, derandomize=True, deadline=None,
                          max_examples=100, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the files under tests/golden/ (see tests/test_golden.py)."""
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/ from what the code now writes")


@pytest.fixture
def article_text() -> str:
    """The bundled French article, as saved from the page."""
    return ARTICLE.read_text("utf-8")


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """A copy of the bundled catalogs that a test may change."""
    dest = tmp_path / "catalogs"
    shutil.copytree(BUNDLED, dest)
    return dest


def gettext_tool(name: str) -> str:
    """Path of a GNU gettext program; the test set-up installs gettext, so it must be there."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} not found: install GNU gettext (make tools)")
    return path


def msgfmt_check(path: Path) -> None:
    """Assert that GNU msgfmt accepts the file with all its checks."""
    proc = subprocess.run([gettext_tool("msgfmt"), "--check", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


def msgcat_identical(path: Path, tmp_path: Path) -> None:
    """Assert that GNU msgcat leaves the file byte-identical (we write what gettext writes)."""
    out = tmp_path / f"msgcat-{path.name}"
    subprocess.run([gettext_tool("msgcat"), str(path), "-o", str(out)], check=True)
    assert out.read_bytes() == path.read_bytes(), f"msgcat changed {path}"
