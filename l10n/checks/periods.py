"""The periods check: a date said relative to the article's own ("cette année", "last month",
"hôm qua") rendered as another ("l'an dernier", "next month", "hôm nay").

The dates check reads dates written with digits; these have none, and a translator who turns
"this year" into "last year" moves the facts by a year. Each side's references are read as
(span, offset) pairs from the per-language phrases in :mod:`l10n.checks.lexicon` (year, month,
week, day; the last few years, the last few months, the last decade or decades; and the recent
past or the future said without a span); they are compared for a span both sides refer to, since a
translation may give the date itself ("en 2025" for "cette année"), and otherwise for the way
they point and, one date a side, for their span ("ces dernières années" is not "the past
decade").
"""

from __future__ import annotations

from functools import lru_cache

import ahocorasick

from l10n.checks.base import Severity, Unit, check, lowercase
from l10n.checks.cues import automaton
from l10n.checks.lexicon import RELATIVE_DATE_COUNTS, RELATIVE_DATES
from l10n.model.langtag import base_language

_SAID = {0: "this", -1: "last", 1: "next"}
# Every phrase per language, for the runner: the check finds nothing where neither side holds
# one (the same phrases its automaton reads).
_PHRASES = {
    lang: tuple(phrase for forms in table.values() for phrase in forms)
    for lang, table in RELATIVE_DATES.items()
}
_TIME = {-1: "the recent past", 1: "the future"}
_DAY = {0: "today", -1: "yesterday", 1: "tomorrow"}
# Spans said only of the past, each as a message says it.
_RECENT = {
    "years": "the last few years",
    "months": "the last few months",
    "decade": "the last decade",
    "decades": "the last few decades",
}


@lru_cache(maxsize=8)
def _automaton(lang: str) -> ahocorasick.Automaton:
    """Every phrase of ``lang``, each with the (span, offset) pairs it says: a text's phrases
    are found in one pass (most texts hold none), where a test per phrase scanned it dozens of
    times."""
    said: dict[str, list[tuple[str, int]]] = {}
    for key, forms in RELATIVE_DATES[lang].items():
        for phrase in forms:
            said.setdefault(phrase, []).append(key)
    return automaton((phrase, (phrase, tuple(keys))) for phrase, keys in said.items())


@lru_cache(maxsize=8)
def _counts(lang: str) -> tuple[str, ...]:
    """The counts that may precede a phrase of ``lang`` ("hai năm trước" is two years ago),
    each with its space."""
    return tuple(w + " " for w in RELATIVE_DATE_COUNTS.get(lang, ()))


def references(text: str, lang: str) -> set[tuple[str, int]]:
    """The (span, offset) pairs ``text`` refers to: ("year", -1) for "l'an dernier"."""
    lowered = lowercase(text)
    found = [
        (end + 1 - len(phrase), end + 1, keys)
        for end, (phrase, keys) in _automaton(lang).iter(lowered)
    ]
    if not found:
        return set()  # no relative date: the usual case, one pass
    counts = _counts(lang)
    return {
        key
        for start, end, keys in found
        # a phrase within a longer one is that one's: "gần đây" of "những tháng gần đây"
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)
        and _holds(lowered, start, end, counts)
        for key in keys
    }


def _said(span: str, offsets: set[int]) -> str:
    """The relative dates of one span as a message says them: "last year", "the future"."""
    if span == "time":
        return " and ".join(_TIME[o] for o in sorted(offsets))
    if span in _RECENT:
        return _RECENT[span]
    if span == "day":
        return "/".join(_DAY[o] for o in sorted(offsets))
    return "/".join(_SAID[o] for o in sorted(offsets)) + f" {span}"


def _says(references: set[tuple[str, int]]) -> str:
    """All of a side's relative dates as a message says them."""
    spans = sorted({s for s, _ in references})
    return " and ".join(_said(span, {o for s, o in references if s == span}) for span in spans)


def _holds(lowered: str, start: int, end: int, counts: tuple[str, ...]) -> bool:
    """Whether the phrase found from ``start`` to ``end`` of ``lowered`` is whole words, not
    after a number or a count."""
    before = lowered[:start]
    return (
        not before[-1:].isalnum()
        and not before.rstrip()[-1:].isdigit()
        and not before.endswith(counts)
        and not lowered[end : end + 1].isalnum()
    )


# Spans that date what they say: "ces derniers temps" (the recent past, no span) may be "in
# recent years", never "last year" nor "the past decade" or decades.
_DATING = frozenset({"year", "month", "week", "day", "decade", "decades"})


def _other_span(want: set[tuple[str, int]], got: set[tuple[str, int]]) -> bool:
    """Whether the one relative date of each side, pointing the same way, names another span:
    two spans ("ces dernières années" as "the past decade"), or a span for the recent past or
    the future the source dates with none ("ces derniers temps" as "last year")."""
    ((mine, _),), ((theirs, _),) = want, got
    if "time" not in (mine, theirs):
        return True
    return mine == "time" and theirs in _DATING


@check(
    "periods",
    Severity.WARNING,
    explain=(
        "A date said relative to the article's own rendered as another: 'cette année' as 'last "
        "year', 'ce mois-ci' as 'tháng trước', 'hier' as 'today'. Compared only for a span "
        "(year, month, week, day, or the recent past against the future: 'à l'avenir' as 'thời "
        "gian qua') both sides refer to: a translation may write the date itself ('in 2025' for "
        "'cette année'). When each side says one relative date of different spans, the two "
        "must point the same way: 'ces dernières années' is not 'this year', 'this month' not "
        "'năm ngoái'; and when they do, a span is not another: 'ces dernières années' (the last "
        "few years) is not 'the past decade' nor 'the past few months', 'cette semaine' not "
        "'hôm nay', and the recent past the source dates with no span is dated by none: 'ces "
        "derniers temps' may be 'in recent years', not 'last year' nor 'the past decade'. A "
        "phrase within a longer one is the longer one's ('gần đây' of 'những tháng gần đây')."
    ),
    cues=(_PHRASES,),
)
def periods(unit: Unit) -> list[str]:
    """A relative date (this year, last month, yesterday) changed."""
    s_lang, t_lang = base_language(unit.source_lang), base_language(unit.target_lang)
    if s_lang not in RELATIVE_DATES or t_lang not in RELATIVE_DATES:
        return []
    want = references(unit.source, s_lang)
    if not want:
        return []
    got = references(unit.target, t_lang)
    shared = {s for s, _ in want} & {s for s, _ in got}
    if not shared and got:
        ways, their_ways = {o for _, o in want}, {o for _, o in got}
        # "ces dernières années" rendered "this year" or "những năm tới", "this month" "năm
        # ngoái"; or, pointing the same way, one span for another: "ces dernières années" as
        # "the past decade", "những năm gần đây" as "the past few months"
        if ways.isdisjoint(their_ways) or (len(want) == len(got) == 1 and _other_span(want, got)):
            return [f"{_says(want)} in the source, {_says(got)} in the translation"]
    problems = []
    for span in sorted(shared):
        mine = {o for s, o in want if s == span}
        theirs = {o for s, o in got if s == span}
        if mine != theirs:
            problems.append(
                f"{_said(span, mine)} in the source, {_said(span, theirs)} in the translation"
            )
    return problems
