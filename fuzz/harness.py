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


def check_exports(article: object) -> None:
    """Render ``article`` in every format; HTML and Markdown must hold nothing executable."""
    from l10n.writers import render
    from tests.safety import html_problems, markdown_problems

    html = render(article, "html")  # type: ignore[arg-type]
    assert not html_problems(html), html_problems(html)
    md = render(article, "md")  # type: ignore[arg-type]
    assert not markdown_problems(md), markdown_problems(md)
    render(article, "txt")  # type: ignore[arg-type]


def check_article(article: object, translation: str) -> None:
    """Everything after a reader, on what it read: lossless segmentation, catalogs that parse
    back, and safe exports in the source language and in a hostile translator's language.

    The translation is given every unit's placeholders, so export uses it instead of falling
    back to the source.
    """
    from l10n.catalog import build_template, merge
    from l10n.export import localize
    from l10n.placeholders import tokens
    from l10n.pofile import format_po, parse_po
    from l10n.skeleton import build_skeleton, from_json, to_json
    from l10n.textsafe import without_controls

    skel = build_skeleton(article)  # type: ignore[arg-type]
    for block, sblock in zip(article.blocks, skel.blocks, strict=True):  # type: ignore[attr-defined]
        assert sblock.join(list(sblock.segments)) == without_controls(block.text)
    assert from_json(to_json(skel), "skeleton.json") == skel
    template = build_template(skel, None)
    parse_po(format_po(template).encode("utf-8"), "template.pot")
    target = "en" if skel.lang != "en" else "fr"
    parse_po(format_po(merge(template, None, target)).encode("utf-8"), f"{target}.po")
    check_exports(localize(skel, {}, skel.lang).article)
    translations = {seg: " ".join([translation, *(t.text for t in tokens(seg))])
                    for block in skel.blocks for seg in block.segments}
    check_exports(localize(skel, translations, target).article)


def page_target(fmt: str) -> Callable[[bytes], None]:
    """A target for the reader of ``fmt`` (``html``, ``md``) as ingest runs it: bytes through
    :func:`l10n.sources._read` (decoding, the limits, the reader), then :func:`check_article`.

    Call it inside ``atheris.instrument_imports`` so the reader is instrumented.
    """
    from dataclasses import replace

    from l10n.errors import InputError
    from l10n.limits import Limits
    from l10n.sources import _read

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
