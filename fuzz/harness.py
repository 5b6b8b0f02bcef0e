"""What every atheris target shares: the import path, and the checks a run must pass.

A target is ``fuzz/<name>.py``; run it through ``fuzz/run.py`` (``make fuzz``), which seeds its
corpus and records runs and crashes. A crash is any exception other than the one-line
:class:`~l10n.errors.L10nError` a user would see, or a broken invariant (an ``AssertionError``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402  (needs the path above for nothing, but keeps one import block)


def fuzz(test_one_input: Callable[[bytes], None]) -> None:
    """Hand the target to libFuzzer with the command line ``fuzz/run.py`` built."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


def check_exports(article: object) -> None:
    """Render ``article`` in every format; HTML and Markdown must hold nothing executable."""
    from l10n.writers import render
    from tests.safety import html_problems, markdown_problems

    html = render(article, "html")  # type: ignore[arg-type]
    assert not html_problems(html), html_problems(html)
    md = render(article, "md")  # type: ignore[arg-type]
    assert not markdown_problems(md), markdown_problems(md)
    render(article, "txt")  # type: ignore[arg-type]
