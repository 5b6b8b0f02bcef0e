"""What ``l10n check`` loads: the checks and the catalog reader, never another stage's heavy
packages (the readers and lxml, Markdown and YAML, machine translation, HTTP).

The import graph decides it: a writer that named a reader's constant once pulled every reader
and lxml into every command. Time is the benchmarks' business (``benchmarks.checks_bench``);
this only says which modules a real run imports.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import BUNDLED

# Module prefixes the check command must not import, each owned by another stage.
FOREIGN = (
    "l10n.readers",
    "l10n.sources",
    "l10n.translate",
    "lxml",
    "trafilatura",
    "htmldate",
    "markdown_it",
    "yaml",
    "deep_translator",
    "requests",
    "click.shell_completion",  # only when the shell asks for completions
    "l10n.catalog.update",  # ingest and purge: the segmenter, the merge, its matcher, drift
    "l10n.segment",
    "l10n.catalog.merge",
    "multiprocessing",  # only when a batch is big enough for a pool
    "concurrent.futures.process",
    "babel.messages",  # Babel's catalog model: only ingest asks it for a Plural-Forms header
)


def _loaded(args: list[str], cwd: Path) -> set[str]:
    """Every module a whole ``python -m l10n ARGS`` process imports (``-X importtime``)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "l10n", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "0 error(s)" in done.stdout
    return set(re.findall(r"^import time:.*\|\s*(\S+)$", done.stderr, re.M))


def test_check_imports_no_other_stage(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "catalogs")
    loaded = _loaded(["check", "--catalogs", str(tmp_path / "catalogs")], tmp_path)
    assert "l10n.checks.numbers" in loaded  # the run did check
    foreign = sorted(m for m in loaded if m.startswith(FOREIGN))
    assert foreign == []
