"""Everything after a reader, checked on whatever it read: shared by the atheris targets
(``fuzz/``) and the Hypothesis properties (``tests/test_hostile_properties.py``).

Imported eagerly, so that a fuzz target importing it under ``atheris.instrument_imports``
gets every stage instrumented, not only its reader."""

from __future__ import annotations

from l10n.catalog.merge import build_template, merge
from l10n.catalog.pofile import format_po, parse_po
from l10n.catalog.skeleton import from_json, to_json
from l10n.catalog.update import build_skeleton
from l10n.catalog.urlkey import catalog_key
from l10n.localize import localize
from l10n.model.article import Article
from l10n.model.placeholders import tokens
from l10n.model.textsafe import without_controls
from l10n.writers import render
from tests.support.safety import html_problems, markdown_problems


def check_exports(article: Article) -> None:
    """Render ``article`` in every format; HTML and Markdown must hold nothing executable."""
    html = render(article, "html")
    assert not html_problems(html), html_problems(html)
    md = render(article, "md")
    assert not markdown_problems(md), markdown_problems(md)
    render(article, "txt")


def check_article(article: Article, translation: str) -> None:
    """Everything after a reader, on what it read: lossless segmentation, catalogs that parse
    back, and safe exports in the source language and in a hostile translator's language.

    The translation is given every unit's placeholders, so export uses it instead of falling
    back to the source.
    """
    skel = build_skeleton(article)
    for block, sblock in zip(article.blocks, skel.blocks, strict=True):
        assert sblock.join(list(sblock.segments)) == without_controls(block.text)
    assert from_json(to_json(skel), "skeleton.json") == skel
    template = build_template(skel, catalog_key(skel.source_url), None)
    parse_po(format_po(template).encode("utf-8"), "template.pot")
    target = "en" if skel.lang != "en" else "fr"
    parse_po(format_po(merge(template, None, target)).encode("utf-8"), f"{target}.po")
    check_exports(localize(skel, {}, skel.lang).article)
    translations = {
        seg: " ".join([translation, *(t.text for t in tokens(seg))])
        for block in skel.blocks
        for seg in block.segments
    }
    check_exports(localize(skel, translations, target).article)
