"""Punctuation: end marks kept, brackets and quotes balanced, each target's spacing rules.

French typography puts a no-break space before ``! ? ; :`` and inside « », narrow (U+202F)
or not (U+00A0): the narrow one is the printers' rule before ``! ? ;``, the other what most
newsrooms type, and what the bundled article's own French has. Translators type a plain space
in their PO editors, which export makes no-break (a plain one lets a line break strand the mark
at the start of a line); no space at all is wrong. Vietnamese and
English put no space before those marks. Quote styles differ between languages (« » in French,
“ ” elsewhere), so quotes are balanced as one family.
"""

from __future__ import annotations

import re

from l10n.checks.base import Severity, Unit, check
from l10n.checks.markup import URL_RE, may_hold_url
from l10n.checks.poles import poles
from l10n.model.langtag import base_language
from l10n.model.placeholders import TOKEN_RE

NBSP, NNBSP = "\u00a0", "\u202f"
_FR_SPACES = (" ", NBSP, NNBSP)

# Kinds that headline style may leave without a final period (or give one).
_LOOSE_END_KINDS = frozenset(
    {"title", "heading", "caption", "image-alt", "byline", "list-item", "source-note"}
)
_TRAILING = " \t\n\r\u00a0\u202f\"'»”’)]}"
_NOT_AN_END = _TRAILING + ">"  # skipped before the end mark, or a token's end
_END_MARKS = {".": ".", "…": "…", "...": "…", "?": "?", "!": "!", ":": ":", ";": ";"}
_BALANCED = re.compile(r'[()\[\]{}«»“”„"]')
# Each mark's slot in the balance (parentheses, brackets, braces, quotes of any language,
# straight quotes) and whether it opens or closes.
_DELTA = {
    "(": (0, 1),
    ")": (0, -1),
    "[": (1, 1),
    "]": (1, -1),
    "{": (2, 1),
    "}": (2, -1),
    "«": (3, 1),
    "“": (3, 1),
    "„": (3, 1),
    "»": (3, -1),
    "”": (3, -1),
    '"': (4, 1),
}

# In a French target: a mark and the character before it.
_FR_MARK = re.compile(r"(.)([!?;:»])")
_FR_OPEN_GUILLEMET = re.compile(r"«(.)")
# In a Vietnamese or English target: a mark with a space (any of these) right before it.
# Read from the mark, the space looked at behind it: the engine skips ahead to the marks, a
# few a text, where a pattern opening with the spaces ("[ …]+([!?:;])") was tried at every
# character. The same marks are found: each with a space before it, the run of spaces before
# it being that mark's alone. On the 1,900 bench translations holding a mark 2.7 -> 1.0 ms;
# punctuation in the runner 49.7 -> 47.3 and 49.3 -> 46.3 ms (paired, both orders).
_SPACE_BEFORE = re.compile(r"[!?:;](?<=[ \u00a0\u202f\t][!?:;])")


def _end(text: str) -> str:
    """The sentence-final mark of ``text`` (closing quotes and brackets skipped), or ""."""
    core = (TOKEN_RE.sub("", text) if "<" in text else text).rstrip(_TRAILING)
    if core.endswith("..."):
        return "…"
    return _END_MARKS.get(core[-1:], "") if core else ""


# Thanks (the concept of lexicon.OPPOSITES) a translator may close with "!" where the source
# has ".": "Thank you very much." as "Cảm ơn bà rất nhiều!".
_THANKS = "thank"


def _end_problem(unit: Unit) -> str | None:
    last = unit.target.rstrip(_TRAILING)[-1:]
    if last == unit.source.rstrip(_TRAILING)[-1:] and last != ">":
        # The same last character before closing quotes, brackets and spaces, and not a
        # token's end (no token ends after it, so none hides it): the same end mark, or "."
        # and "…" ("..." on one side), which are fine. The usual case, told without ``_end``
        # on both sides: news paragraphs end with a bracket, "... (TTXVN)", or a quote
        # (punctuation on the bench's 10,000 units 53-55 -> 44-46 ms, paired).
        return None
    want, got = _end(unit.source), _end(unit.target)
    if want == got or {want, got} == {".", ";"}:
        return None
    if got in ("", ".", "!") and unit.source.rstrip().endswith("./."):
        return None  # the closing mark of a Vietnamese news article: not the sentence's own
    if unit.kind in _LOOSE_END_KINDS and {want, got} <= {"", "."}:
        return None
    if {want, got} == {":", ""} or {want, got} == {".", "…"}:
        return None
    if (want, got) == (".", "!") and _THANKS in poles(unit.source, base_language(unit.source_lang)):
        return None  # thanks said warmly: "Cảm ơn bà rất nhiều!" (an "!" dropped still counts)
    # The mark closes a quotation one side ends with and the other holds inside its sentence
    # (the translation moved it there, or to its end).
    for mark, ending, holding in (
        (want, unit.source, unit.target),
        (got, unit.target, unit.source),
    ):
        if mark in ("!", "?", "…") and _quote_ends(ending) and _QUOTED_MARK[mark].search(holding):
            return None
    return f"ends with {got or 'no mark'!r} where the source ends with {want or 'no mark'!r}"


_CLOSING_QUOTES = "»”\"’'"
# A mark right before a closing quotation mark, spaces allowed ("… d'exploitation ! »").
_QUOTED_MARK = {
    mark: re.compile(rf"{re.escape(mark)}[ \u00a0\u202f]*[{_CLOSING_QUOTES}]")
    for mark in ("!", "?", "…")
}


def _quote_ends(text: str) -> bool:
    """Whether ``text`` ends with a quotation's closing mark (its final mark is the quote's)."""
    return text.rstrip(" \t\n\r\u00a0\u202f")[-1:] in _CLOSING_QUOTES


def _balance(marks: list[str]) -> list[int]:
    """Net opening minus closing per bracket kind, then quotes, then straight-quote parity,
    of a text's bracket and quote ``marks`` (``_BALANCED``)."""
    counts = [0, 0, 0, 0, 0]
    for mark in marks:
        slot, delta = _DELTA[mark]
        counts[slot] += delta
    counts[4] %= 2
    return counts


def _french(text: str) -> list[str]:
    """French spacing mistakes around ``! ? ; : « »``: a mark with no space at all. A plain
    space is right in a catalog: export makes it no-break (:func:`l10n.localize.french_spacing`)."""
    problems = []
    for match in _FR_MARK.finditer(text):
        before, mark = match.groups()
        if before in _FR_SPACES:
            continue
        if mark != "»" and (before in "!?" or (mark == ":" and before.isdigit())):
            continue  # "?!" and clock times "14:30"
        wanted = (
            "a narrow no-break space (U+202F) or a no-break space (U+00A0)"
            if mark in "!?;"
            else "a no-break space (U+00A0)"
        )
        problems.append(f"no space before {mark!r}; use {wanted}")
    for match in _FR_OPEN_GUILLEMET.finditer(text):
        if match.group(1) not in _FR_SPACES:
            problems.append("no space after '«'; use a no-break space (U+00A0)")
    return problems


@check(
    "punctuation",
    Severity.WARNING,
    explain=(
        "End punctuation kept (the closing './.' of a Vietnamese news article may end as "
        "'.', '!' or nothing), brackets and quotes balanced, and the target's spacing rules "
        "(French spaces before ! ? ; : and inside « », which export makes no-break when they "
        "are plain; none before those marks in Vietnamese and English)."
    ),
)
def punctuation(unit: Unit) -> list[str]:
    """End punctuation, balance of brackets and quotes, and the target's spacing rules."""
    problems = []
    end = _end_problem(unit)
    if end:
        problems.append(end)
    got, want = _BALANCED.findall(unit.target), _BALANCED.findall(unit.source)
    if got != want and _balance(got) != _balance(want):  # the same marks: the same balance
        problems.append("brackets or quotes not balanced as in the source")
    target = URL_RE.sub(" ", unit.target) if may_hold_url(unit.target) else unit.target
    base = base_language(unit.target_lang)
    if base == "fr":
        problems += _french(target)
    elif base in ("vi", "en") and (  # four C searches: seven times faster than a regex scan
        "!" in target or "?" in target or ":" in target or ";" in target
    ):
        problems += [f"space before {mark!r}" for mark in _SPACE_BEFORE.findall(target)]
    return problems
