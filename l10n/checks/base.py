"""What every check shares: the unit it reads, the finding it reports, and the registry.

A check is a plain function on one :class:`Unit` returning one-line problem descriptions; it
is declared where it is written with the :func:`check` decorator, which records its id,
severity, the target languages it applies to and the explanation ``l10n check --explain``
prints. Ids are a contract (``--only``, ``--skip``, ``l10n.toml``, translator comments that
suppress a check): extend, never rename.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from l10n.model.langtag import base_language


class Severity(StrEnum):
    """How bad a finding is: an error fails ``l10n check`` (exit 1) and keeps the unit out of
    an export; a warning informs."""

    ERROR = "error"
    WARNING = "warning"


class Unit(NamedTuple):
    """One translation unit as the checks see it: plain data, no PO details.

    A named tuple rather than a frozen dataclass: a catalog check builds one per entry, and a
    tuple is several times cheaper to create. ``suppressed`` holds the check ids a translator
    silenced on this unit (``# l10n-ignore: numbers``): their findings are kept but marked.
    """

    source: str
    target: str
    source_lang: str
    target_lang: str
    ref: str = ""
    kind: str = ""
    fuzzy: bool = False
    context: CheckContext | None = None
    suppressed: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What some checks need besides the unit: the glossary (``l10n.glossary.Glossary``)."""

    glossary: object | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: which check, how bad, where (the unit's reference) and what.

    ``suppressed`` findings were silenced by a translator: reported, never counted as errors.
    """

    check: str
    severity: Severity
    ref: str
    message: str
    suppressed: bool = False

    @property
    def blocking(self) -> bool:
        """An error no translator silenced: fails ``l10n check`` and is kept out of exports."""
        return self.severity is Severity.ERROR and not self.suppressed

    def as_dict(self) -> dict[str, object]:
        """Stable ``--json`` form."""
        return {
            "check": self.check,
            "severity": self.severity.value,
            "ref": self.ref,
            "message": self.message,
            "suppressed": self.suppressed,
        }


class Doubtful(str):
    """A message its check is not sure of, reported as a warning whatever the check's
    severity: a number on one side only may be written in words the check cannot read ("this
    year" for "en 2025"), while a number replaced by another is an error."""

    __slots__ = ()


CheckFunc = Callable[[Unit], list[str]]
# Per base language, words a check reacts to (``lexicon.NEGATION_CUES``): a table of its own.
CueTable = Mapping[str, Sequence[str]]


@lru_cache(maxsize=8)
def lowercase(text: str) -> str:
    """``text`` in lower case, remembered: several checks of one unit read it so."""
    return text.lower()


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check and what the runner needs to know about it."""

    id: str
    severity: Severity
    func: CheckFunc
    doc: str
    explain: str
    languages: frozenset[str] = frozenset()  # target languages it applies to; empty = all
    on_empty: bool = False  # runs on untranslated units too (only ``untranslated`` does)
    digits: bool = False  # finds nothing unless the source or the translation holds a digit
    # finds nothing unless one side, in lower case, holds a string of these tables (that
    # side's language): the tables the check's own first test reads
    cues: tuple[CueTable, ...] = ()
    # the same, read on the source only: a check that looks for what the source says and the
    # translation lost (a number in words) need not read the translation's words first
    source_cues: tuple[CueTable, ...] = ()

    def applies(self, target_lang: str) -> bool:
        """Whether the check has anything to say about a translation into ``target_lang``."""
        return not self.languages or base_language(target_lang) in self.languages


# In declaration order, which is the order findings are reported in.
REGISTRY: dict[str, Check] = {}


def check(
    check_id: str,
    severity: Severity,
    *,
    explain: str,
    languages: Iterable[str] = (),
    on_empty: bool = False,
    digits: bool = False,
    cues: Iterable[CueTable] = (),
    source_cues: Iterable[CueTable] = (),
) -> Callable[[CheckFunc], CheckFunc]:
    """Register the decorated function as the check ``check_id``.

    ``explain`` says what the check looks for, why, and when it is wrong; the function's first
    docstring line is its one-line summary. ``digits``, ``cues`` and ``source_cues`` say on
    which units it cannot find anything, so that the runner skips it there
    (``tests/test_checks_runner.py`` holds every check to it).
    """

    def register(func: CheckFunc) -> CheckFunc:
        if check_id in REGISTRY:
            raise ValueError(f"check {check_id!r} declared twice")
        doc = (func.__doc__ or check_id).strip().splitlines()[0]
        REGISTRY[check_id] = Check(
            check_id,
            severity,
            func,
            doc,
            " ".join(explain.split()),
            frozenset(languages),
            on_empty,
            digits,
            tuple(cues),
            tuple(source_cues),
        )
        return func

    return register
