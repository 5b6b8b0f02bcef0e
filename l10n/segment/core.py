"""Find sentence boundaries: one regex pass for candidates, cheap checks only at candidates.

A candidate is terminal punctuation (``.``, ``!``, ``?``, ``…``, the Vietnamese ``./.``, the
``;`` of languages that end sentences with it), any closing quotes or brackets after it, then
whitespace (or a capitalised word glued to the mark). Whether it ends a sentence depends on the
word before the period (an abbreviation? an initial?) and on what starts after the whitespace (a
capital, a digit, a dialogue dash, lower case where the language allows it). Line breaks are
candidates too: a blank line always separates, a line opening with a dash or bullet starts a new
unit; fragments.py adds the line-like fragments that flattened text keeps. Keeping the per-
character work inside the regex engine is what makes this fast in pure Python.
"""

from __future__ import annotations

import bisect
import re

from l10n.segment.fragments import closing_gaps, fragment_gaps, in_dateline, may_close
from l10n.segment.lists import BULLETS, list_gaps, starts_list
from l10n.segment.rules import Kind, Rules

# Terminal punctuation, then closers: « … » quotes take an optional (no-break) space before »,
# placeholders close as ``</1>``, a footnote call and an emoticon stay with their sentence
# ("1805. [6] An", "I love her. :) She"). The gap is whitespace, or nothing before a word
# glued to the mark as typed in haste ("customer service.There are"; _glued_ends judges); the
# gap is what the separator records. Possessive quantifiers keep "! »," from backtracking into
# a false gap before the closing quote. The pattern opens with a plain character class so that
# the engine scans for it at C speed; the look-behind after it starts a match only at the first
# mark of a run, so a run of 100,000 periods is scanned once, not once per period.
_CANDIDATE = re.compile(
    r"(?P<punct>[.!?…‼⁇⁈⁉。！？؟।;](?<![.!?…‼⁇⁈⁉。！？؟।].)[.!?…‼⁇⁈⁉。！？؟।]*+(?:/\.)?)"
    r"(?P<close>(?:\s?[»”]|[’\"')\]}]|</\d+>|\s?\[\d{1,3}\]|\s[:;]-?[()DP](?!\S))*+)"
    r"(?P<gap>\s++|(?=[^\W\d_a-z][^\W\d_A-Z]+\b(?![./@]))|(?<=\?)(?=[a-z]+\s))"
)
_LIST_HINT = re.compile(r"\s*(?:\d{1,2}|[A-Za-z])[.)]")  # cheap pre-check for lists.py
_SPACED_ELLIPSIS = re.compile(r"\. \. \.\s+(?=[^\W\d_])")
_NEWLINE = re.compile(r"(?<![^\S\n])[^\S\n]*+\n\s*+")  # from a run's start: linear
# What may open a sentence before its first letter: quotes, brackets, placeholders.
_OPENERS = re.compile(r"(?:[«“‘„‚\"'(\[{¿¡]\s?|<\d+/?>)*")
_FIRST_WORD = re.compile(r"[^\W_]+")
# A letter that prefixes a number: the parts of French codes ("art. L. 121-1", "art. R. 4")
_LETTERED_NUMBER = re.compile(r"[A-Z]\.\s?\d")
_HYPHENATED_INITIALS = re.compile(r"(?:[A-Z]\.-)+[A-Z]")
_ROMAN = frozenset("ii iii iv vi vii viii ix xi xii".split())
_PLACEHOLDER_TAG = re.compile(r"<(/?)(\d+)>")

_DASHES = "—–―•"  # a dialogue dash or bullet opens a unit on its own
_SPACED_MARKS = "-*·"  # these only when a space follows ("- Oui", not "-5 °C")
# A line ending in punctuation is judged by the period rules or goes on ("," ":" "(")
_CONTINUERS = ".!?…‼⁇⁈⁉。！？؟।,;:([{«“‘„‚-–—/&+=»”’\"')]}>"
_OPENER_CHARS = "«“‘„‚\"'([{¿¡<"
_LEAD_STRIP = "«“‘„‚\"'([{¿¡•⁃"
_ENDERS = "!?…»”’\")]/•⁃–—-:"  # what ends a sentence or opens a list: a number after it starts one
_LOOKBACK = 40  # longer words are never abbreviations
_MEMO_SIZE = 50_000  # classified tokens kept per language
# The verdict checked at nearly every candidate, as a global: on Python 3.11 reading an Enum
# member from its class costs ten times a global look-up
_WORD = Kind.WORD


def boundaries(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Sorted, disjoint (start, end) spans of the whitespace gaps between sentences.

    A numbered list is recognised where a unit starts with its first item, and only the first
    pass knows where units start: each unit that opens like a list item is segmented again, on
    its own, so that a segment gives the same segments alone as in its block (idempotence).
    """
    spans = _first_pass(text, rules)
    if not spans:
        return spans
    refined: list[tuple[int, int]] = []
    for gap in spans:
        refined.append(gap)
        next_start = gap[1]
        marker_end = text[next_start + 1 : next_start + 3]  # "1. ", "12) ", "a. ": cheap first
        if ("." in marker_end or ")" in marker_end) and starts_list(text, next_start):
            following = bisect.bisect_right(spans, (next_start, next_start))
            end = spans[following][0] if following < len(spans) else len(text.rstrip())
            refined.extend((next_start + a, next_start + b)
                           for a, b in boundaries(text[next_start:end], rules))
    return refined


def _first_pass(text: str, rules: Rules) -> list[tuple[int, int]]:
    """The gaps found on ``text`` as one block: candidates, line breaks, lists, placeholders."""
    spans = [m.span(3) for m in _CANDIDATE.finditer(text) if _ends(text, m, rules)]
    extra = _line_breaks(text) if "\n" in text else {}
    if "•" in text or "⁃" in text or _LIST_HINT.match(text):
        items, markers = list_gaps(text)
        spans = [span for span in spans if span[0] not in markers]
        extra.update(items)
    spans, extra = _lists_after_sentences(text, spans, extra)
    if "/" in text or "@" in text or "www." in text:
        extra.update(fragment_gaps(text))
    if extra:
        spans = _merged(spans, extra)
    if rules.closings and may_close(text, rules.closings):  # judged once all units are known
        closings = closing_gaps(text, [0, *(end for _, end in spans)], rules.closings)
        if closings:
            spans = _merged(spans, closings)
    if "<" in text:
        spans = _outside_placeholders(text, spans)
    return spans


def _merged(spans: list[tuple[int, int]], extra: dict[int, int]) -> list[tuple[int, int]]:
    """Sorted gaps from both sources; a gap found twice is kept once."""
    merged = dict(spans)
    merged.update(extra)
    return sorted(merged.items())


def _lists_after_sentences(text: str, spans: list[tuple[int, int]], extra: dict[int, int]
                           ) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """A numbered list may start after a sentence ("Deux mesures. 1. … 2. …"): judge its
    items as if the list opened the block, so a unit reads the same alone or in context."""
    for _, end in list(spans):
        marker_end = text[end + 1 : end + 3]  # "1. ", "12) ", "a. ": cheaper than the regex
        if "." not in marker_end and ")" not in marker_end:
            continue
        if not _LIST_HINT.match(text, end) or not text[end].isalnum():
            continue
        items, markers = list_gaps(text[end:])
        spans = [span for span in spans if span[0] - end not in markers]
        extra.update({start + end: stop + end for start, stop in items.items()})
    return spans, extra


def _line_breaks(text: str) -> dict[int, int]:
    """Gaps with a blank line, before a dash or bullet line, or after an unpunctuated line."""
    found = {}
    for m in _NEWLINE.finditer(text):
        start, end = m.span()
        if start == 0 or end == len(text):
            continue  # leading or trailing whitespace is a separator, not a boundary
        if m.group().count("\n") > 1 or _dash_at(text, end) or _line_ends(text, start, end):
            found[start] = end
    return found


def _line_ends(text: str, start: int, end: int) -> bool:
    """Whether a line without final punctuation is a unit of its own (a title, a list item).

    Not when the line ends with punctuation (the period rules decide) or with a mark that
    continues the sentence (",", ":", "("), nor when the next line goes on in lower case.
    """
    if start == 0 or end >= len(text) or text[start - 1] in _CONTINUERS:
        return False
    first = _OPENERS.match(text, end).end()  # type: ignore[union-attr]  # matches the empty str
    return first < len(text) and not text[first].islower()


def _outside_placeholders(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop gaps inside a ``<n>…</n>`` pair: a segment must hold both of its tags."""
    pairs = _placeholder_spans(text)
    if not pairs:
        return spans
    starts = [start for start, _ in pairs]
    kept = []
    for gap in spans:
        i = bisect.bisect_right(starts, gap[0]) - 1
        if i < 0 or pairs[i][1] <= gap[0]:
            kept.append(gap)
    return kept


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans covering each ``<n>`` with its ``</n>``, nested or crossing pairs
    merged; found in one pass, so that many unclosed tags cost no more than a few."""
    opened: dict[str, int] = {}
    pairs = []
    for m in _PLACEHOLDER_TAG.finditer(text):
        if not m.group(1):
            opened.setdefault(m.group(2), m.start())
        elif m.group(2) in opened:
            pairs.append((opened.pop(m.group(2)), m.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pairs):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _dash_at(text: str, pos: int) -> bool:
    """Whether a dialogue dash or a list bullet starts at ``pos``."""
    if pos >= len(text):
        return False
    char = text[pos]
    if char in _DASHES:
        return True
    return char in _SPACED_MARKS and text[pos + 1 : pos + 2] in (" ", "\t", "\u00a0", "\u202f")


def _ends(text: str, m: re.Match[str], rules: Rules) -> bool:
    """Whether candidate ``m`` ends a sentence, judged on the words around it."""
    dot, pos = m.span()
    if pos >= len(text):
        return False  # trailing whitespace
    if pos == m.start(3):
        return _glued_ends(text, m, rules)
    mark = text[dot]
    if mark == ";":  # French: " ; Le poème" ends, " ; Lucien Carillon" lists on
        return _soft_ends(text, pos, rules)
    start = pos
    char = text[pos]
    if not char.isupper():  # the common case, a capital, skips these checks
        if char in "(—–-" and mark == "." and in_dateline(text, dot, pos):
            return False  # "LA CROSSE, Wis. (AP) — A man": the dateline opens its sentence
        if _dash_at(text, pos):
            return True
        if char in ".…":
            return _ellipsis_follows(text, dot, pos)
        if char in _OPENER_CHARS:
            start = _OPENERS.match(text, pos).end()  # type: ignore[union-attr]  # can be empty
            if start >= len(text):
                return False
        if text[start].islower() and not _camel_case_at(text, start):
            return _lower_start_ends(text, m, rules)
    if dot and text[dot - 1] in "[(":
        return False  # an elision "[…]", "(...)" inside a quotation
    if mark != "." or m.end(1) != dot + 1:
        return True  # "!", "?", "…", "?!", "./."
    return _period_ends(text, dot, start, rules, m.end(2) > dot + 1)


def _soft_ends(text: str, pos: int, rules: Rules) -> bool:
    """Whether a ";" ends a sentence: in a language that lists it, before a word of
    ``[starters]``."""
    found = _FIRST_WORD.match(text, pos)
    return ";" in rules.soft_ends and found is not None and found.group() in rules.starters


def _lower_start_ends(text: str, m: re.Match[str], rules: Rules) -> bool:
    """Whether a sentence starts in lower case after candidate ``m``: only after a mark the
    language lists in ``[lower-after]`` (web text: "are you kidding? why would you"), with no
    closing quote between (a quotation goes on: "! » a-t-il dit"), and after a period only when
    the word before it is an ordinary word ("etc. et", "U.S. officials", "J. smith" go on).
    """
    punct = m.group(1)
    mark = "?" if "?" in punct else punct[0]  # "?!", "??", "!!!" as one mark; "..." stays
    if m.end(2) > m.start(2) or mark not in rules.lower_after or (
            len(punct) > 1 and punct.strip("?!")):
        return False
    if mark == "!":  # not after a brand: "Yahoo! in the accounting department"
        return not _token_before(text, m.start())[:1].isupper()
    if mark != ".":
        return True
    raw = _token_before(text, m.start())
    if not raw or (rules.memo.get(raw) or _remember(raw, rules))[0] is not _WORD:
        return False
    word = _bare_word(raw)
    # Dotted or short capitalised words are unlisted abbreviations: "P.-D.G. de", "Ch. de Gaulle"
    return "." not in word and (len(word) > 2 or word.islower())


def _glued_ends(text: str, m: re.Match[str], rules: Rules) -> bool:
    """Whether marks glued to a capitalised word end a sentence: a run of them always ("Base...
    Miramar"), a lone period only after an ordinary word in lower case ("service.There"), never
    after an abbreviation, a title or a capitalised word ("St.John", "TP.HCM", "Newsfeed.Com").
    Before a lower-case word, only a question mark where the language allows it.
    """
    if m.end(2) > m.start(2) or not text[m.start() - 2 : m.start()].isalpha():
        return False
    if not text[m.end()].isupper():  # "foreigners?thanks I've", never "page.php?id=3"
        word = _FIRST_WORD.match(text, m.end())
        return ("?" in m.group(1) and "?" in rules.lower_after and word is not None
                and text[word.end() : word.end() + 1] in ("", " "))
    if m.end(1) - m.start() > 1 or text[m.start()] != ".":
        return True
    raw = _token_before(text, m.start())
    return raw.isalpha() and raw.islower() and classify(raw, rules) is Kind.WORD


def _camel_case_at(text: str, start: int) -> bool:
    """Whether a lower-case word with a capital inside starts at ``start``: a brand ("iPhone",
    "eBay", "iOS") opens sentences though its first letter is small."""
    found = _FIRST_WORD.match(text, start)
    return found is not None and not found.group().islower()


def _ellipsis_follows(text: str, dot: int, pos: int) -> bool:
    """A period on its word, then a spaced ellipsis and a capital: "compounds. . . . The"
    ends the sentence at the period (the ellipsis opens the next one); any other ". . ." goes on.
    """
    if not dot or text[dot - 1].isspace() or text[dot] != ".":
        return False
    found = _SPACED_ELLIPSIS.match(text, pos)
    return found is not None and text[found.end()].isupper()


def _period_ends(text: str, dot: int, start: int, rules: Rules, closed: bool) -> bool:
    """Whether a lone period before a non-lower-case start ends the sentence."""
    raw = _token_before(text, dot)
    if not raw:  # a period after a space: "the end . Next" ends, as ". . . ." after a word
        return text[dot - 2 : dot] != ". " or text[dot - 7 : dot + 1] == " . . . ."
    kind, listed = rules.memo.get(raw) or _remember(raw, rules)
    if listed and (raw[0] in BULLETS or _opens_unit(text, dot - len(raw), rules)):
        return False  # a numbered list item: "1. Premier point", "2.) Second"
    if closed:
        return True  # a quotation or bracket closed after the period: "fin. » Il"
    if text[start].isdigit():
        return kind is _WORD  # "p. 12", "Q. 1", "Jan. 5" vs "en 2024. 150 personnes"
    if kind is _WORD:
        return True
    if kind is Kind.NEVER:
        return False
    if _LETTERED_NUMBER.match(text, start):
        return False  # "l'art. L. 121-1 du code": the reference goes on after the abbreviation
    found = _FIRST_WORD.match(text, start)
    following = found.group() if found else ""
    if rules.kind(following) is Kind.NEVER or following in rules.continuers:
        return False  # a title or a weekday follows: "At 5 a.m. Mr. Smith went", "9 a.m. Monday"
    return kind is Kind.ABBREV or following in rules.starters


def _token_before(text: str, dot: int) -> str:
    """The token glued to ``dot``; long ones are cut (never abbreviations).

    Empty when a space precedes the period: reaching across the space for the previous word
    would judge " . 0" by a word that another segment may hold, and break idempotence.
    """
    if not dot or text[dot - 1].isspace():
        return ""
    parts = text[dot - _LOOKBACK if dot > _LOOKBACK else 0 : dot].rsplit(None, 1)
    return parts[-1] if parts else ""


def _remember(raw: str, rules: Rules) -> tuple[Kind, bool]:
    """Classify a token once per process and language: the same words recur in news text."""
    word = _bare_word(raw)
    found = (classify(word, rules), _is_list_marker(word))
    if len(rules.memo) >= _MEMO_SIZE:
        rules.memo.clear()
    rules.memo[raw] = found
    return found


def _is_list_marker(word: str) -> bool:
    """A list item's number or letter: "1", "12", "a", "B", "iv" (checked at a unit's start)."""
    return (word.isdigit() and len(word) <= 2) or (len(word) == 1 and word.isalpha()) or (
        word.lower() in _ROMAN)


def _bare_word(raw: str) -> str:
    """A token without its openers, placeholders and elided article: "(M" → "M", "l'art" → "art"."""
    word = raw.lstrip(_LEAD_STRIP)
    if ">" in word:
        word = word.rsplit(">", 1)[1]
    for apostrophe in "'’":
        if apostrophe in word:
            word = word.rsplit(apostrophe, 1)[1]
    return word


def classify(word: str, rules: Rules) -> Kind:
    """The kind of ``word``: listed, an initial ("J."), a title chain ("PGS.TS"), an acronym."""
    kind = rules.kind(word)
    if kind is not Kind.WORD or not word:
        return kind
    if len(word) == 1 and word.isalpha():
        # "J. K. Rowling", but "Plan B. The": an initial ends a sentence before an opener;
        # accented capitals are words ("Đông Nam Á", "tại Ý")
        return Kind.AMBIGUOUS if word.isupper() and word.isascii() else Kind.ABBREV
    if _HYPHENATED_INITIALS.fullmatch(word):
        return Kind.NEVER  # "J.-P. Sartre" (list "J.-C" as an abbreviation where it differs)
    if "." in word:
        parts = word.split(".")
        if len(parts[-1]) > 1 and rules.kind(parts[-1]) is Kind.NEVER:
            return Kind.NEVER  # a title chain "PGS.TS"; a last initial ("N.V") is no title
        if all(len(part) <= 2 and part.isalpha() for part in parts):
            return Kind.AMBIGUOUS  # U.S, a.m, Ph.D: a name may follow, or a sentence
    return Kind.WORD


def _opens_unit(text: str, start: int, rules: Rules) -> bool:
    """Whether the word at ``start`` opens its unit: at the start, a line or after a sentence.

    After a period, only when that period ends a sentence itself ("Intro. 1. Point" is a list,
    "Q. 1. Xong" is not), so the answer is the same on the segment alone: segmenting stays
    idempotent.
    """
    before = text[max(0, start - 8) : start]
    stripped = before.rstrip()
    if not stripped:
        return start - len(before) == 0 or "\n" in before
    if "\n" in before[len(stripped) :] or stripped[-1] in _ENDERS:
        return True
    if stripped[-1] != ".":
        return False
    dot = start - len(before) + len(stripped) - 1
    raw = _token_before(text, dot)
    return (rules.memo.get(raw) or _remember(raw, rules))[0] is _WORD
