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


# A decimal digit, as ``\d`` finds it, found faster: the engine skips to a candidate with a
# bitmap of the BMP's digits (and one range beyond it), where for ``\d`` it looks every
# character up in the Unicode database; a candidate beyond the BMP is a digit only if ``\d``
# says so. The runner's digit test of the bench's 10,000 units: 22.3 -> 13.8 ms.
# ``tests/test_checks_runner.py`` compares the two on every character.
_DIGIT = re.compile(
    "[0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f"
    "\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f"
    "\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099"
    "\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99"
    "\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9"
    "\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19"
    "\U00010000-\U0010ffff](?<=\\d)"
)

Plan = tuple[tuple[Check, ...], tuple[Check, ...], tuple[Check, ...]]


def _severity(chk: Check, message: str) -> Severity:
    """The severity of one of ``chk``'s findings: a doubtful one is only a warning."""
    return Severity.WARNING if isinstance(message, Doubtful) else chk.severity


class Runner:
    """``checks`` ready to run on many units: split once per target language by whether they
    look at untranslated units and whether they need a digit (most units have none, and one
    test here spares the number and date checks theirs); the checks with cue words
    (negations, multipliers, relative dates) run only on units one of whose sides holds one,
    found for all of them in one pass (:mod:`l10n.checks.cues`)."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self.checks = tuple(checks)
        self._plans: dict[str, Plan] = {}
        self._finders: dict[tuple[str, bool], CueFinder] = {}
        self._cued = any(c.cues or c.source_cues for c in self.checks)

    def _plan(self, target_lang: str) -> Plan:
        plan = self._plans.get(target_lang)
        if plan is None:
            mine = [c for c in self.checks if c.applies(target_lang)]
            on_text = tuple(c for c in mine if not c.on_empty)
            plan = (
                tuple(c for c in mine if c.on_empty),
                on_text,
                tuple(c for c in on_text if not c.digits),
            )
            self._plans[target_lang] = plan
        return plan

    def _held(self, side: str, lang: str, source: bool) -> set[str]:
        """The checks whose cue words ``side`` (in ``lang``; the source or not) holds."""
        key = (base_language(lang), source)
        finder = self._finders.get(key)
        if finder is None:
            finder = self._finders[key] = CueFinder(self.checks, key[0], source)
        return finder.held(lowercase(side))

    def __call__(self, unit: Unit) -> list[Finding]:
        """Every finding on ``unit``, those a translator silenced marked ``suppressed``."""
        on_empty, on_text, on_words = self._plan(unit.target_lang)
        held: set[str] = set()
        if not unit.target:
            checks = on_empty
        else:
            checks = (
                on_text if _DIGIT.search(unit.source) or _DIGIT.search(unit.target) else on_words
            )
            if self._cued:
                held = self._held(unit.source, unit.source_lang, True)
                held |= self._held(unit.target, unit.target_lang, False)
        found: list[Finding] = []
        for chk in checks:
            if (chk.cues or chk.source_cues) and chk.id not in held:
                continue  # none of its cue words on either side: it would find nothing
            messages = chk.func(unit)
            if messages:
                hushed = chk.id in unit.suppressed
                found += [
                    Finding(chk.id, _severity(chk, m), unit.ref, str(m), hushed) for m in messages
                ]
        return found
