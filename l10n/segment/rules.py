"""Per-language abbreviation data, read from ``data/<lang>.txt`` so linguists extend it, not code.

A data file has sections (``[never]``, ``[ambiguous]``, ``[abbrev]``, ``[starters]``,
``[continuers]``, ``[lower-after]``, ``[soft-ends]``, ``[closings]``) of space-separated
entries written without their final period; ``#`` starts a comment. An entry in lower case
matches a word in any case, an entry with a capital matches exactly: "etc" covers
"Etc.", while "M" must not swallow a sentence ending in "m.". ``en.txt`` documents the format.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources

from l10n.model.langtag import base_language


class Kind(Enum):
    """How a word followed by a period relates to the end of a sentence."""

    WORD = "word"  # an ordinary word: the period ends the sentence when one starts after it
    NEVER = "never"  # a title or initial: a name or number always follows
    AMBIGUOUS = "ambiguous"  # ends a sentence only before a typical sentence opener
    ABBREV = "abbrev"  # ends a sentence before a capital, never before lower case or a digit


_SECTIONS = {kind.value: kind for kind in Kind if kind is not Kind.WORD}


@dataclass(frozen=True, slots=True)
class Rules:
    """One language's abbreviations (exact and case-folded), the words that open sentences
    after an abbreviation and those that continue one ("at 9 a.m. Tuesday"), and the marks
    after which a sentence may start in lower case (web text: "so sorry. i was late"), and
    the marks other than ``.!?`` that end a sentence before a capital (the French " ; "), and
    the words that close a letter before its signature ("Best regards, Debra").

    ``memo`` caches the segmenter's verdict per token (its kind, whether it is a list number):
    news repeats its words, and one dict look-up is what keeps a candidate cheap.
    """

    exact: dict[str, Kind]
    folded: dict[str, Kind]
    starters: frozenset[str]
    continuers: frozenset[str] = frozenset()
    lower_after: frozenset[str] = frozenset()
    soft_ends: frozenset[str] = frozenset()
    closings: frozenset[str] = frozenset()
    memo: dict[str, tuple[Kind, bool]] = field(default_factory=dict, compare=False, repr=False)

    def kind(self, word: str) -> Kind:
        """The listed kind of ``word`` (without its period), ``Kind.WORD`` when unlisted."""
        found = self.exact.get(word)
        if found is None:
            found = self.folded.get(word.lower(), Kind.WORD)
        return found


def parse_rules(source: str) -> Rules:
    """Rules from the text of a data file; unknown sections are an error, not a silent skip."""
    exact: dict[str, Kind] = {}
    folded: dict[str, Kind] = {}
    words: dict[str, set[str]] = {
        "starters": set(),
        "continuers": set(),
        "lower-after": set(),
        "soft-ends": set(),
        "closings": set(),
    }
    section = ""
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in _SECTIONS and section not in words:
                raise ValueError(f"unknown section [{section}] in segmenter data")
            continue
        for entry in line.split():
            if section in words:
                words[section].add(entry)
            elif section:
                table = folded if entry == entry.lower() else exact
                table[entry] = _SECTIONS[section]
    return Rules(
        exact,
        folded,
        frozenset(words["starters"]),
        frozenset(words["continuers"]),
        frozenset(words["lower-after"]),
        frozenset(words["soft-ends"]),
        frozenset(words["closings"]),
    )


@functools.lru_cache(maxsize=256)
def rules_for(lang: str) -> Rules:
    """The rules for ``lang``: its primary subtag's data file, else ``default.txt``.

    A linguist adds a language by adding its file; no code changes.
    """
    return _rules_for_primary(base_language(lang))


def has_rules(lang: str) -> bool:
    """Whether ``lang`` has sentence rules of its own (else :func:`rules_for` falls back to
    ``default.txt``, which does not know the language's abbreviations or punctuation)."""
    primary = base_language(lang)
    return (
        primary.isalpha()
        and resources.files("l10n.segment").joinpath("data", f"{primary}.txt").is_file()
    )


@functools.cache
def _rules_for_primary(primary: str) -> Rules:
    """Parse a language's data file once per process (keyed by subtag, so the cache stays small)."""
    data = resources.files("l10n.segment").joinpath("data")
    path = data.joinpath(f"{primary}.txt")
    if not primary.isalpha() or not path.is_file():
        path = data.joinpath("default.txt")
    return parse_rules(path.read_text("utf-8"))
