"""Boundaries around line-like fragments that a flattened block keeps without punctuation.

Mail and forum text that lost its line breaks reads "Kay Mann 04/26/2001 07:17 AM Will you be
...", "... papers. Best regards, Debra Perlingiere". A header's date-time stamp is a unit of its
own (unless a lower-case word introduces it: "on 08/16/2000 03:14 PM" ends its sentence, no
more), an address followed by a capital ends its line, and a letter's closing ("Best
regards,") is a unit before the signature. A news dateline is the opposite: a fragment that
opens its sentence, so the period of "LA CROSSE, Wis. (AP) — A man" ends nothing. The closing words
are data per language (``[closings]``); a stamp is numbers, the same in every language.
"""

from __future__ import annotations

import functools
import re

# A date then a time, as mail headers print them: "04/26/2001 07:17 AM", "04/25/01 12:42:55"
_STAMP_HINT = re.compile(r"/\d{2,4},? \d{1,2}:")  # the second slash and what follows
_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(?::\d\d)?(?: ?[AP]M)?(?!\S)")
# A web or mail address, then a capital or another address: the line ended after the address
# ("... Kevin.A.Boone@accenture.com Our web address is", "Email: x@y.net Groups: alt.cats").
# Found from its "://", "@" or "www." (a rare character first keeps the scan fast).
_ADDRESS = re.compile(r"[/@.](?:(?<=://)|(?<=@)|(?<=\bwww\.))\S*(\s+)(?=https?://|www\.|[^\W\d_])")
# What follows a dateline's place: an optional agency in brackets, then a dash
_AGENCY_DASH = re.compile(r"(?:\([^()\n]{1,30}\)\s*)?(?:[—–]|--?)(?!\S)")
# The place in capitals, then an optional region or date with no sentence end inside it
# ("LA CROSSE, Wis", "PARIS, 7 déc", "WASHINGTON, D.C"): a head that holds ". " is no dateline
_DATELINE_HEAD = re.compile(r"([^\W\d_](?:[^\W\d_]|['’ -](?=[^\W\d_]))*)"
                            r"(?:, ([^\W_](?:[\w'’/-]|\.(?=\w)| (?=\w))*))?")
_WORD_SIZE = 30  # longer "words" are never lead-in prepositions
_DATELINE_SIZE = 60  # "LA CROSSE, Wis.", "PARIS, 7 déc.": a place is short
# A closing at a unit's start: an optional capitalised adjective, the word, its comma, the gap
_CLOSING = re.compile(r"\s*([A-Z][a-z]+ )?([^\W\d_]+),(\s+)(?=\w)")
_SPACE_AFTER = re.compile(r"\s+(?=[^\W_]|[\"'“‘«<(\[])")


def fragment_gaps(text: str) -> dict[int, int]:
    """Gaps ({start: end} of whitespace) around date-time stamps and after an address that a
    capital follows."""
    found: dict[int, int] = {}
    if "/" in text and ":" in text:
        for m in _stamps(text):
            _gap_before(text, m.start(), found)
            after = _SPACE_AFTER.match(text, m.end())
            if after:
                found[after.start()] = after.end()
    if "@" in text or "://" in text or "www." in text:
        found.update(m.span(1) for m in _ADDRESS.finditer(text) if not text[m.end()].islower())
    return found


def _stamps(text: str) -> list[re.Match[str]]:
    """The stamps of ``text``, found from their second slash (a rare character: a fast scan),
    then read from the start of their word."""
    found: list[re.Match[str]] = []
    for hint in _STAMP_HINT.finditer(text):
        start = _word_start(text, hint.start())
        m = _STAMP.match(text, start)
        if m and (not found or found[-1].end() <= start):
            found.append(m)
    return found


def _gap_before(text: str, start: int, found: dict[int, int]) -> None:
    """The whitespace before a stamp is a gap unless a lower-case word leads into it ("on"), or
    a mark that the period rules judge ends the text before it ("J.-C. A. 04/26/2001")."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1
    if end == start or not end or text[end - 1] in ".!?…;":
        return
    if not text[end - 1].isalpha() or not _last_word(text, end).islower():
        found[end] = start


def _last_word(text: str, end: int) -> str:
    """The word ending at ``end`` (after the whitespace before it)."""
    return text[_word_start(text, end) : end]


def _word_start(text: str, end: int) -> int:
    """Where the word ending at ``end`` starts; long words are cut (never a preposition)."""
    start = end
    while start and not text[start - 1].isspace() and end - start < _WORD_SIZE:
        start -= 1
    return start


def may_close(text: str, closings: frozenset[str]) -> bool:
    """Whether a closing word with its comma is anywhere in ``text``: one scan from the commas,
    so that the blocks without one (nearly all) cost no more."""
    return _closing_hint(closings).search(text) is not None


@functools.lru_cache(maxsize=16)
def _closing_hint(closings: frozenset[str]) -> re.Pattern[str]:
    """A comma that ends one of ``closings`` (their first letter in either case is not checked:
    closing_gaps does)."""
    ends = "|".join(f"(?<={re.escape(w[1:])},)" for w in sorted(closings) if len(w) > 1)
    return re.compile(f",(?:{ends})" if ends else "(?!)")


def closing_gaps(text: str, starts: list[int], closings: frozenset[str]) -> dict[int, int]:
    """Gaps after a letter's closing that opens a unit (at one of ``starts``, or after another
    closing) and precedes a capitalised signature: "Best regards, Debra"; "Thanks, but" goes
    on."""
    found = {}
    for start in starts:
        m = _CLOSING.match(text, start)
        while m and m.group(2).lower() in closings and (m.group(1) or m.group(2)[0].isupper()) \
                and text[m.end()].isupper():
            found[m.start(3)] = m.end(3)
            m = _CLOSING.match(text, m.end())
    return found

def in_dateline(text: str, dot: int, pos: int) -> bool:
    """Whether the period at ``dot`` ends the place of a news dateline, which opens its
    sentence: "LA CROSSE, Wis. (AP) — A man", "PARIS, 7 déc. (AFP) - Le", "SPRINGFIELD, Ill.
    -- The". The place is in capitals from the start of its line; ``pos`` is where the agency
    or the dash starts."""
    if not _AGENCY_DASH.match(text, pos):
        return False
    head = text[text.rfind("\n", 0, dot) + 1 : dot].strip()
    found = _DATELINE_HEAD.fullmatch(head) if len(head) <= _DATELINE_SIZE else None
    return found is not None and found.group(1).isupper()
