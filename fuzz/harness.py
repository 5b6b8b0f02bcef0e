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

URL = "https://example.com/news/fuzz"


def fuzz(test_one_input: Callable[[bytes], None]) -> None:
    """Hand the target to libFuzzer with the command line ``fuzz/run.py`` built."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


def page_target(fmt: str) -> Callable[[bytes], None]:
    """A target for the reader of ``fmt`` (``html``, ``md``) as ingest runs it: bytes through
    :func:`l10n.sources.resolve._read` (decoding, the limits, the reader), then
    :func:`check_article`.

    Call it inside ``atheris.instrument_imports`` so the reader is instrumented.
    """
    from dataclasses import replace

    from l10n.errors import InputError
    from l10n.limits import Limits
    from l10n.sources.resolve import _read
    from tests.support.pipeline import check_article

    limits = Limits(max_input_mb=1)

    def test_one_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        lang = ("fr", "vi", "en")[provider.ConsumeIntInRange(0, 2)]
        translation = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 200))
        page = provider.ConsumeBytes(provider.remaining_bytes())
        try:
            article = _read(fmt, page, None, URL, f"fuzz.{fmt}", limits)
        except InputError as exc:
            assert "\n" not in exc.one_line()
            return
        check_article(replace(article, lang=lang), translation)

    return test_one_input
