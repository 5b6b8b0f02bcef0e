"""Sentence segmentation for fr, vi and en news text (other languages get a sane default).

The translation unit is the sentence. :func:`segment` is lossless: the block is exactly its
segments joined with the whitespace separators it returns, so export can rebuild it. Boundaries
never fall inside a placeholder pair, a URL, a number or after an abbreviation; quotes keep
their closing mark and attribution; abbreviations are data in ``data/<lang>.txt``.
"""

from __future__ import annotations

from l10n.segment.core import boundaries
from l10n.segment.rules import rules_for

__all__ = ["segment", "split_sentences"]


def segment(text: str, lang: str) -> tuple[list[str], list[str]]:
    """(segments, separators) with len(separators) == len(segments) + 1 and
    separators[0] + segments[0] + separators[1] + ... + segments[-1] + separators[-1] == text.

    Separators are whitespace only (leading/trailing/in-between); segments are non-empty, with
    no leading or trailing whitespace. ``lang`` is a BCP 47 tag; its primary subtag is used.
    """
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    if body_start >= body_end:
        return [], [text]
    segments: list[str] = []
    separators = [text[:body_start]]
    previous = body_start
    for gap_start, gap_end in boundaries(text, rules_for(lang)):
        segments.append(text[previous:gap_start])
        separators.append(text[gap_start:gap_end])
        previous = gap_end
    segments.append(text[previous:body_end])
    separators.append(text[body_end:])
    return segments, separators


def split_sentences(text: str, lang: str) -> list[str]:
    """Sentences of text, stripped of the whitespace between them (never empty strings)."""
    return segment(text, lang)[0]
