"""Inline placeholders in unit text: ``<1>OIM</1>`` (paired) and ``<2/>`` (standalone).

Readers replace inline markup (links, emphasis, code, line breaks, inline images) by numbered
placeholders so translators see short tokens instead of raw HTML; the skeleton keeps what each
number stands for. Every stage that touches unit text (segmenter, machine translation, checks,
export) needs to know where the tokens are and whether a translation kept them intact, so the
token grammar lives here, once.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum
from typing import NamedTuple

# ``<1>``, ``</1>`` or ``<1/>``: digits only, so ordinary text such as ``a < b`` never matches.
TOKEN_RE = re.compile(r"<(?:/([1-9][0-9]{0,3})|([1-9][0-9]{0,3})(/?))>")


class TokenKind(StrEnum):
    """The three shapes a placeholder token takes."""

    OPEN = "open"
    CLOSE = "close"
    EMPTY = "empty"


class Token(NamedTuple):
    """One placeholder token and where it sits in the text."""

    kind: TokenKind
    number: int
    start: int
    end: int

    @property
    def text(self) -> str:
        """The token as written."""
        if self.kind is TokenKind.OPEN:
            return f"<{self.number}>"
        if self.kind is TokenKind.CLOSE:
            return f"</{self.number}>"
        return f"<{self.number}/>"


def tokens(text: str) -> list[Token]:
    """Every placeholder token in ``text``, in order."""
    found: list[Token] = []
    if "<" not in text:
        return found
    for match in TOKEN_RE.finditer(text):
        closing, number, empty = match.groups()
        kind = TokenKind.CLOSE if closing else TokenKind.EMPTY if empty else TokenKind.OPEN
        found.append(Token(kind, int(closing or number), match.start(), match.end()))
    return found


def strip(text: str) -> str:
    """``text`` without its tokens: what a reader sees, for word counts and similarity."""
    return TOKEN_RE.sub("", text) if "<" in text else text


def structure_problems(text: str) -> list[str]:
    """Why ``text``'s tokens are not well formed (unpaired, crossed, repeated); empty if fine."""
    problems: list[str] = []
    stack: list[int] = []
    seen: Counter[int] = Counter()
    for token in tokens(text):
        if token.kind is TokenKind.CLOSE:
            if not stack or stack[-1] != token.number:
                expected = f"</{stack[-1]}>" if stack else "no closing token"
                problems.append(f"{token.text} where {expected} was expected")
                if token.number in stack:
                    stack.remove(token.number)
                continue
            stack.pop()
            continue
        seen[token.number] += 1
        if seen[token.number] == 2:
            problems.append(f"<{token.number}> appears more than once")
        if token.kind is TokenKind.OPEN:
            stack.append(token.number)
    problems.extend(f"<{number}> is never closed" for number in stack)
    return problems


def signature(text: str) -> Counter[str]:
    """The multiset of tokens in ``text``: two texts agree when their signatures are equal."""
    return Counter(token.text for token in tokens(text))


def compare(source: str, translation: str) -> list[str]:
    """Why ``translation`` does not carry ``source``'s placeholders intact; empty if it does.

    Translators may move placeholders and reorder them, never lose, invent or unpair them.
    """
    problems = structure_problems(translation)
    want, got = signature(source), signature(translation)
    missing = sorted((want - got).elements())
    extra = sorted((got - want).elements())
    if missing:
        problems.append("missing " + " ".join(missing))
    if extra:
        problems.append("not in the source: " + " ".join(extra))
    return problems
