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
