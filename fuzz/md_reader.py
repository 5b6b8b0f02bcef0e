"""Fuzz the Markdown reader as ingest runs it (UTF-8, the depth limit, YAML front
matter, markdown-it and the inline codec), then everything after it (see
:func:`tests.support.pipeline.check_article`)."""

from __future__ import annotations

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    test_one_input = harness.page_target("md")


if __name__ == "__main__":
    harness.fuzz(test_one_input)
