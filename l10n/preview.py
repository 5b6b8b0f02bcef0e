"""``l10n ingest --dry-run``: what ingest would make of a source, as text for the terminal.

An editor sees the blocks that would become units (kind, units, words, first words) and the
text the page held that the reader left out, each with the rule that dropped it, before any
translator is paid; then the share of the page's article text (a recall-mode estimate) kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.model.inline import to_text

if TYPE_CHECKING:
    from l10n.api import Preview

if TYPE_CHECKING:
    pass


def render_preview(spec: str, preview: Preview) -> str:
    """``ingest --dry-run`` for one source: each block with its units and words, then each
    text left out with the rule that dropped it, then the coverage estimate."""
    skel, read = preview.skeleton, preview.read
    units = sum(len(b.segments) for b in skel.blocks)
    words = sum(len(to_text(seg, b.attrs).split()) for b in skel.blocks for seg in b.segments)
    lines = [f"{spec}: {len(skel.blocks)} blocks, {units} units, {words} words "
             f"({skel.lang}, {skel.source_url})", "kept:"]
    for block in skel.blocks:
        text = " ".join(to_text(seg, block.attrs) for seg in block.segments)
        shown = _first_words(text) if text else block.attrs[0][1] if block.attrs else ""
        lines.append(f"  {block.kind.value:<11} {len(block.segments):>3} units "
                     f"{len(text.split()):>5} words  {shown}")
    lines.append("left out:" if read.dropped else "left out: nothing the extractor kept")
    for dropped in read.dropped:
        lines.append(f"  {dropped.rule:<22} {len(dropped.text.split()):>5} words  "
                     f"{_first_words(dropped.text)}")
    if read.coverage is not None and read.coverage.estimate:
        lines.append(f"coverage: kept {read.coverage.kept:,} of {read.coverage.estimate:,} "
                     "words that look like article text (trafilatura, recall mode)")
    return "\n".join(lines)


def _first_words(text: str, count: int = 10) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")
