"""Control characters that no catalog may hold, removed where text enters the catalog.

Pages from the open web carry stray C0 and C1 control characters (form feeds from a PDF copy,
U+0001 from a CMS). GNU gettext refuses some of them (NUL, U+0004, which it reserves as the
context separator) and translators' editors mangle the others, so a unit holding one would
make its catalog unreadable. Tab and newline are text; the separators and form feeds become
a space; every other control character is dropped, and so are the noncharacters U+FFFE and
U+FFFF (a page decoded with the wrong byte order is full of them), which no text means and
which lxml refuses anywhere in a tree, and lone surrogates (JSON from an engine may hold
them), which no file can encode. Engines' answers pass through here too.
"""

from __future__ import annotations

import re

_SPACE_LIKE = re.compile(r"[\x0b\x0c\x1c-\x1f\x85]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")


def without_controls(text: str) -> str:
    """``text`` without control characters other than tab and newline (CR becomes LF),
    without U+FFFE and U+FFFF and without lone surrogates."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _SPACE_LIKE.sub(" ", text))
