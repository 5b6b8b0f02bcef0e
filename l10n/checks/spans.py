"""Spans of a text that hold digits without being quantities: dates and times, URLs, e-mail
addresses and placeholders.

The numbers check and the units check read numbers in what is left once these are blanked;
each of those spans has its own check.
"""

from __future__ import annotations

from l10n.checks.dates import find as find_dates
from l10n.checks.markup import EMAIL_RE, URL_RE
from l10n.model.placeholders import TOKEN_RE


def blank(text: str, lang: str) -> str:
    """``text`` with dates, times, URLs, e-mails and placeholders replaced by spaces (offsets
    kept)."""
    spans = [(f.start, f.end) for f in find_dates(text, lang)]
    for pattern, cue in ((URL_RE, "/"), (URL_RE, "www."), (EMAIL_RE, "@"), (TOKEN_RE, "<")):
        if cue in text:
            spans += [m.span() for m in pattern.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
