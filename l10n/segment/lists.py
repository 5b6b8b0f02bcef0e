"""Boundaries that no punctuation marks: items of a list flattened into one paragraph.

Scraped news and decrees often lose their line breaks: "1. Quyết định ... 2. Quyết định ...",
"• 9. First item • 10. Second item". A bullet after a space opens a unit; a numbered list opens
one at each next number (2 after 1, b after a) once the block, or a sentence in it, starts with
its first item, so a stray "2." in a sentence is never taken for an item.
"""

from __future__ import annotations

import re

BULLETS = "•⁃"
_BULLET_GAP = re.compile(r"(?<=\S)\s+(?=[•⁃])")
# A block that starts with a list item: optional bullet, then "1.", "1)", "1.)", "a." ...
_FIRST_ITEM = re.compile(r"\s*([•⁃]\s*)?(\d{1,2}|[A-Za-z])(\.\)|\)|\.)\s")


def starts_list(text: str, pos: int = 0) -> bool:
    """Whether a numbered or lettered list item ("1. ", "b) ") opens ``text`` at ``pos``."""
    return _FIRST_ITEM.match(text, pos) is not None


def list_gaps(text: str) -> tuple[dict[int, int], set[int]]:
    """Gaps before bullets and before the next items of a numbered list, as {start: end}, and
    the ends of the item numbers, where no sentence may end ("2. The second item")."""
    found: dict[int, int] = {}
    markers: set[int] = set()
    if "•" in text or "⁃" in text:
        found.update(m.span() for m in _BULLET_GAP.finditer(text))
    first = _FIRST_ITEM.match(text)
    if first:
        markers.add(first.end(3))
        _numbered_gaps(text, first, found, markers)
    return found, markers


def _numbered_gaps(
    text: str, first: re.Match[str], found: dict[int, int], markers: set[int]
) -> None:
    """Add the gaps before item 2, 3, ... (or b, c, ...) in the style of the first item."""
    bullet, marker, style = (first.group(1) or "").strip(), first.group(2), first.group(3)
    pos = first.end(3)  # the whitespace after the first marker belongs to the gap
    while True:
        marker = _successor(marker)
        item = re.escape(marker) + re.escape(style)
        # A gap is a whole run of whitespace, tried once from its start: linear on long runs
        gap = re.compile(rf"(?<!\s)\s++(?={re.escape(bullet)}\s*+{item}\s)").search(text, pos)
        if gap is None:
            return
        found[gap.start()] = gap.end()
        pos = text.index(marker + style, gap.end()) + len(marker + style)
        markers.add(pos)


def _successor(marker: str) -> str:
    """The next list marker: "2" after "1", "b" after "a" ("z" has none: an impossible one)."""
    if marker.isdigit():
        return str(int(marker) + 1)
    return chr(ord(marker) + 1) if marker not in "zZ" else "\x00"
