"""The language a BCP 47 tag names: what per-language data is keyed by.

Word lists, segmentation rules, labels and the checks' tables exist per language, not per
region: ``fr-CA`` reads French rules, ``vi-VN`` Vietnamese ones. This is the one place that
decides it; tags are validated elsewhere (:func:`l10n.locale.normalize_lang`).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=64)
def base_language(tag: str) -> str:
    """The language subtag of ``tag`` in lower case (``fr`` for ``fr-CA``; the POSIX ``fr_CA``
    too). Remembered: the checks ask for both sides' of every unit."""
    return tag.replace("_", "-").split("-", 1)[0].lower()
