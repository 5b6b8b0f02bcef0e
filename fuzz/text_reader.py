"""Fuzz the plain-text reader and everything after it: segmentation, the catalog files and
the exports, with a hostile translator's text as every unit's translation (see
:func:`tests.support.pipeline.check_article`)."""

from __future__ import annotations

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.catalog.fsio import decode_utf8
    from l10n.errors import InputError
    from l10n.readers.text import read_text
    from tests.support.pipeline import check_article

URL = "https://example.com/news/fuzz"


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = ("fr", "vi", "en")[provider.ConsumeIntInRange(0, 2)]
    translation = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 200))
    try:
        text = decode_utf8(provider.ConsumeBytes(provider.remaining_bytes()), "fuzz.txt")
    except InputError:
        return
    check_article(read_text(text, lang, URL), translation)


if __name__ == "__main__":
    harness.fuzz(test_one_input)
