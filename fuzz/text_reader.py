"""Fuzz the plain-text reader and everything after it: segmentation, the catalog files and
the exports, with a hostile translator's text as every unit's translation.

Invariants: decoding and reading never crash; segmentation is lossless; the template and the
merged catalog parse back; HTML and Markdown exports hold nothing a browser would execute.
"""

from __future__ import annotations

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.catalog import build_template, merge
    from l10n.errors import InputError
    from l10n.export import localize
    from l10n.fsio import decode_utf8
    from l10n.pofile import format_po, parse_po
    from l10n.readers.text import read_text
    from l10n.skeleton import build_skeleton, from_json, to_json
    from l10n.textsafe import without_controls

URL = "https://example.com/news/fuzz"


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = ("fr", "vi", "en")[provider.ConsumeIntInRange(0, 2)]
    translation = provider.ConsumeUnicodeNoSurrogates(provider.ConsumeIntInRange(0, 200))
    try:
        text = decode_utf8(provider.ConsumeBytes(provider.remaining_bytes()), "fuzz.txt")
    except InputError:
        return
    article = read_text(text, lang, URL)
    skel = build_skeleton(article)
    for block, sblock in zip(article.blocks, skel.blocks, strict=True):
        assert sblock.join(list(sblock.segments)) == without_controls(block.text)
    assert from_json(to_json(skel), "skeleton.json") == skel
    template = build_template(skel, None)
    parse_po(format_po(template).encode("utf-8"), "template.pot")
    target = "en" if lang != "en" else "fr"
    parse_po(format_po(merge(template, None, target)).encode("utf-8"), f"{target}.po")
    harness.check_exports(localize(skel, {}, lang).article)
    translations = {seg: translation for b in skel.blocks for seg in b.segments}
    harness.check_exports(localize(skel, translations, target).article)


if __name__ == "__main__":
    harness.fuzz(test_one_input)
