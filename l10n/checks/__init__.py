"""Quality checks on translations: a registry of checks, each a pure function on one unit.

Every check has an id, a severity and a function that takes a :class:`Unit` (source, target,
languages, block kind) and returns one-line problem descriptions. The families live in their
own modules (``numbers``, ``dates``, ``markup``, ``punctuation``, ``text``, ``terms``) and are
imported only when a check of theirs runs, so ``l10n check --only urls`` never loads Babel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import import_module
from typing import NamedTuple


class Severity(StrEnum):
    """How bad a finding is: an error fails ``l10n check`` (exit 1), a warning informs."""

    ERROR = "error"
    WARNING = "warning"


class Unit(NamedTuple):
    """One translation unit as the checks see it: plain data, no PO details.

    A named tuple rather than a frozen dataclass: a catalog check builds one per entry, and a
    tuple is several times cheaper to create.
    """

    source: str
    target: str
    source_lang: str
    target_lang: str
    ref: str = ""
    kind: str = ""
    fuzzy: bool = False
    context: CheckContext | None = None


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What some checks need besides the unit: the glossary (``l10n.glossary.Glossary``)."""

    glossary: object | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: which check, how bad, where (the unit's reference) and what."""

    check: str
    severity: Severity
    ref: str
    message: str

    def as_dict(self) -> dict[str, str]:
        """Stable ``--json`` form."""
        return {
            "check": self.check,
            "severity": self.severity.value,
            "ref": self.ref,
            "message": self.message,
        }


CheckFunc = Callable[[Unit], list[str]]


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check: the module and function that implement it are imported on use."""

    id: str
    severity: Severity
    module: str
    function: str
    doc: str
    on_empty: bool = False  # runs on untranslated units too (only ``untranslated`` does)
    digits: bool = False  # finds nothing unless the source or the translation holds a digit
    _func: list[CheckFunc] = field(default_factory=list, compare=False, repr=False)

    def func(self) -> CheckFunc:
        """The implementation, imported once."""
        if not self._func:
            self._func.append(getattr(import_module(f"{__name__}.{self.module}"), self.function))
        return self._func[0]


E, W = Severity.ERROR, Severity.WARNING

# The registry, in the order findings are reported. Ids are a contract (``--only``,
# ``--skip``, ``l10n.toml``): extend, never rename.
CHECKS: tuple[Check, ...] = (
    Check("untranslated", W, "text", "untranslated", "no translation yet", on_empty=True),
    Check("placeholders", E, "markup", "placeholders", "inline tokens <1>…</1> kept and paired"),
    Check("urls", E, "markup", "urls", "every URL copied unchanged"),
    Check("emails", E, "markup", "emails", "every e-mail address copied unchanged"),
    Check(
        "numbers",
        E,
        "numbers",
        "numbers",
        "same numbers, read with each locale's symbols",
        digits=True,
    ),
    Check(
        "dates", E, "dates", "dates", "same dates, read with each locale's patterns", digits=True
    ),
    Check("glossary", W, "terms", "glossary", "names and terms as the glossary says"),
    Check("nfc", E, "text", "nfc", "text in Unicode NFC"),
    Check(
        "punctuation",
        W,
        "punctuation",
        "punctuation",
        "end punctuation, balanced brackets and quotes, spacing rules of the target",
    ),
    Check("whitespace", W, "text", "whitespace", "no added leading, trailing or double spaces"),
    Check("unchanged", W, "text", "unchanged", "translation identical to the source"),
    Check("doubled-words", W, "text", "doubled_words", "a word typed twice"),
    Check("length", W, "text", "length", "length far outside the language pair's norm"),
)

CHECK_IDS: tuple[str, ...] = tuple(c.id for c in CHECKS)
_BY_ID = {c.id: c for c in CHECKS}


def get(check_id: str) -> Check:
    """The check called ``check_id``; :class:`KeyError` when there is none."""
    return _BY_ID[check_id]


def select(only: Iterable[str] = (), skip: Iterable[str] = ()) -> list[Check]:
    """The checks to run: ``only`` (all when empty) minus ``skip``, in registry order."""
    wanted = set(only) or set(CHECK_IDS)
    unwanted = set(skip)
    return [c for c in CHECKS if c.id in wanted and c.id not in unwanted]


def run(unit: Unit, checks: Sequence[Check]) -> list[Finding]:
    """Every finding of ``checks`` on one unit."""
    return Runner(checks)(unit)


_DIGIT = re.compile(r"\d")


class Runner:
    """``checks`` ready to run on many units: implementations resolved once, split by whether
    they look at untranslated units and whether they need a digit (most units have none, and
    one test here spares the number and date checks theirs), so the per-unit loop does
    nothing else."""

    def __init__(self, checks: Sequence[Check]) -> None:
        self.on_empty = [(c, c.func()) for c in checks if c.on_empty]
        self.on_text = [(c, c.func()) for c in checks if not c.on_empty]
        self.on_words = [(c, f) for c, f in self.on_text if not c.digits]

    def __call__(self, unit: Unit) -> list[Finding]:
        """Every finding on ``unit``."""
        found: list[Finding] = []
        if not unit.target:
            checks = self.on_empty
        elif _DIGIT.search(unit.source) or _DIGIT.search(unit.target):
            checks = self.on_text
        else:
            checks = self.on_words
        for check, func in checks:
            messages = func(unit)
            if messages:
                found += [Finding(check.id, check.severity, unit.ref, m) for m in messages]
        return found
