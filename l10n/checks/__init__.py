"""Quality checks on translations: each a pure function on one unit, declared where written.

The families live in their own modules (``text``, ``markup``, ``numbers``, ``dates``,
``terms``, ``punctuation``, ``meaning``, ``opposites``, ``language``) and register themselves
with the :func:`~l10n.checks.base.check` decorator when imported here; the costly data they need
(Babel's CLDR tables) is loaded only when a check that needs it runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# Imported for their registrations: findings are reported in this order (module, then
# declaration order within a module).
from l10n.checks import (  # noqa: F401
    dates,
    language,
    markup,
    meaning,
    names,
    numbers,
    opposites,
    periods,
    punctuation,
    terms,
    text,
)
from l10n.checks.base import (
    REGISTRY,
    Check,
    CheckContext,
    Doubtful,
    Finding,
    Severity,
    Unit,
    check,
    lowercase,
)
from l10n.checks.cues import CueFinder
from l10n.model.langtag import base_language

__all__ = [
    "CHECKS",
    "CHECK_IDS",
    "Check",
    "CheckContext",
    "Doubtful",
    "Finding",
    "Runner",
    "Severity",
    "Unit",
    "check",
    "get",
    "run",
    "select",
]

CHECKS: tuple[Check, ...] = tuple(REGISTRY.values())
CHECK_IDS: tuple[str, ...] = tuple(REGISTRY)


def get(check_id: str) -> Check:
    """The check called ``check_id``; :class:`KeyError` when there is none."""
    return REGISTRY[check_id]


def select(only: Iterable[str] = (), skip: Iterable[str] = ()) -> list[Check]:
    """The checks to run: ``only`` (all when empty) minus ``skip``, in registry order."""
    wanted = set(only) or set(CHECK_IDS)
    unwanted = set(skip)
    return [c for c in CHECKS if c.id in wanted and c.id not in unwanted]


def run(unit: Unit, checks: Sequence[Check]) -> list[Finding]:
    """Every finding of ``checks`` on one unit."""
    return Runner(checks)(unit)


_DIGIT = re.compile(r"\d")


def _severity(chk: Check, message: str) -> Severity:
    """The severity of one of ``chk``'s findings: a doubtful one is only a warning."""
    return Severity.WARNING if isinstance(message, Doubtful) else chk.severity


_NONE_HELD: frozenset[str] = frozenset()


class _Pair:
    """The checks of ``checks`` for one language pair: those on an untranslated unit, and the
    cue words of a source and of a translation, by which (and by a digit) those on a
    translated unit are chosen."""

    def __init__(self, checks: tuple[Check, ...], source_lang: str, target_lang: str) -> None:
        mine = tuple(c for c in checks if c.applies(target_lang))
        self.on_empty = tuple(c for c in mine if c.on_empty)
        self._on_text = tuple(c for c in mine if not c.on_empty)
        self.source_cues = CueFinder(checks, base_language(source_lang), True)
        self.target_cues = CueFinder(checks, base_language(target_lang), False)
        self._chosen: dict[tuple[bool, frozenset[str]], tuple[Check, ...]] = {}

    def on_text(self, digits: bool, held: frozenset[str]) -> tuple[Check, ...]:
        """The checks that may find something on a translated unit with a digit or none
        (``digits``) whose sides hold the cue words of the checks ``held``: chosen once for
        each case, where the unit's loop tested every check (about 0.8 us a unit)."""
        chosen = self._chosen.get((digits, held))
        if chosen is None:
            chosen = self._chosen[digits, held] = tuple(
                c
                for c in self._on_text
                if (digits or not c.digits) and (c.id in held or not (c.cues or c.source_cues))
            )
        return chosen


class Runner:
    """``checks`` ready to run on many units. Which of them run on a unit depends on whether
    it is translated, whether a side holds a digit (most units have none, and one test here
    spares the number and date checks theirs) and which checks' cue words its sides hold
    (negations, multipliers, relative dates, numbers in words; found for all of them in one
    pass a side, :mod:`l10n.checks.cues`); the checks of each such case are chosen once per
    language pair, in registry order (:class:`_Pair`)."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self.checks = tuple(checks)
        self._pairs: dict[tuple[str, str], _Pair] = {}
        self._cued = any(c.cues or c.source_cues for c in self.checks)

    def __call__(self, unit: Unit) -> list[Finding]:
        """Every finding on ``unit``, those a translator silenced marked ``suppressed``."""
        pair = self._pairs.get((unit.source_lang, unit.target_lang))
        if pair is None:
            pair = self._pairs[unit.source_lang, unit.target_lang] = _Pair(
                self.checks, unit.source_lang, unit.target_lang
            )
        if not unit.target:
            checks = pair.on_empty
        else:
            held = _NONE_HELD
            if self._cued:
                held = pair.source_cues.held(lowercase(unit.source))
                held |= pair.target_cues.held(lowercase(unit.target))
            digits = (
                _DIGIT.search(unit.source) is not None or _DIGIT.search(unit.target) is not None
            )
            checks = pair.on_text(digits, held)
        found: list[Finding] = []
        for chk in checks:
            messages = chk.func(unit)
            if messages:
                hushed = chk.id in unit.suppressed
                found += [
                    Finding(chk.id, _severity(chk, m), unit.ref, str(m), hushed) for m in messages
                ]
        return found
