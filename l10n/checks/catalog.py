"""Run the checks over a PO catalog: each active entry becomes a :class:`Unit`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from l10n.catalog.pofile import Entry, POFile
from l10n.checks import Check, CheckContext, Finding, Runner, Unit


def units(po: POFile, source_lang: str, target_lang: str,
          context: CheckContext | None = None) -> Iterator[tuple[Entry, Unit]]:
    """The catalog's active entries as units, with the entry each comes from."""
    for entry in po.entries:
        if entry.obsolete or entry.msgid_plural is not None:
            continue
        ref = entry.references[0] if entry.references else f"line {entry.line}"
        kind = entry.extracted_comments[0] if entry.extracted_comments else ""
        yield entry, Unit(entry.msgid, entry.msgstr, source_lang, target_lang, ref, kind,
                          entry.fuzzy, context)


def check_po(po: POFile, source_lang: str, target_lang: str, checks: Sequence[Check],
             context: CheckContext | None = None) -> list[tuple[Entry, Finding]]:
    """Every finding in the catalog, with the entry it concerns, in file order."""
    found = []
    runner = Runner(checks)
    for entry, unit in units(po, source_lang, target_lang, context):
        findings = runner(unit)
        if findings:
            found += [(entry, f) for f in findings]
    return found
