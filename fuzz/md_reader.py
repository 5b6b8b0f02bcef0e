"""Fuzz the Markdown reader as ingest runs it (UTF-8, the depth limit, YAML front
matter, markdown-it and the inline codec), then everything after it (see
:func:`harness.check_article`)."""

from __future__ import annotations

from dataclasses import replace

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.errors import InputError
    from l10n.limits import Limits
    from l10n.sources import _read

URL = "https://example.com/news/fuzz"
LIMITS = Limits(max_input_mb=1)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = ("fr", "vi", "en")[provider.ConsumeIntInRange(0, 2)]
    translation = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 200))
    page = provider.ConsumeBytes(provider.remaining_bytes())
    try:
        article = _read("md", page, None, URL, "fuzz.md", LIMITS)
    except InputError as exc:
        assert "\n" not in exc.one_line()
        return
    harness.check_article(replace(article, lang=lang), translation)


if __name__ == "__main__":
    harness.fuzz(test_one_input)
