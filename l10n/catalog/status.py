"""Translation progress per article and language, in units and in source words."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, astuple, dataclass
from typing import Any

from l10n.catalog.pofile import POFile


@dataclass(frozen=True, slots=True)
class Counts:
    """Units (PO entries) and source words in each state."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    words_translated: int = 0
    words_fuzzy: int = 0
    words_untranslated: int = 0
    words_obsolete: int = 0

    @property
    def units(self) -> int:
        """Active units (obsolete ones are history, not work to do)."""
        return self.translated + self.fuzzy + self.untranslated

    @property
    def words(self) -> int:
        """Source words in active units."""
        return self.words_translated + self.words_fuzzy + self.words_untranslated

    @property
    def percent(self) -> float:
        """Share of source words translated and reviewed (100 for an empty catalog)."""
        return 100.0 * self.words_translated / self.words if self.words else 100.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def as_dict(self) -> dict[str, Any]:
        """Stable ``--json`` form."""
        return {**asdict(self), "units": self.units, "words": self.words,
                "percent": round(self.percent, 1)}


def count(po: POFile) -> Counts:
    """Count a catalog's entries by state; the template counts as all untranslated."""
    tally = {"translated": 0, "fuzzy": 0, "untranslated": 0, "obsolete": 0}
    words = {"translated": 0, "fuzzy": 0, "untranslated": 0, "obsolete": 0}
    for entry in po.entries:
        state = "obsolete" if entry.obsolete else "fuzzy" if entry.fuzzy and entry.msgstr else \
            "translated" if entry.msgstr else "untranslated"
        tally[state] += 1
        words[state] += len(entry.msgid.split())
    return Counts(**tally, **{f"words_{k}": v for k, v in words.items()})


def total(counts: Iterable[Counts]) -> Counts:
    """The sum of several catalogs' counts."""
    return sum(counts, Counts())
