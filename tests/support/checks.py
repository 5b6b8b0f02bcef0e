"""Helpers shared by the checks, export-policy and browser tests: the checks' fixtures, and
editing a copied catalog."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from l10n.catalog.pofile import Entry, POFile, read_po, write_po
from l10n.checks import CheckContext, Finding, Unit, run, select

ROOT = Path(__file__).resolve().parents[2]
SEEDED = ROOT / "tests" / "fixtures" / "checks" / "seeded.jsonl"
VARIANTS = ROOT / "tests" / "fixtures" / "checks" / "article_variants.jsonl"


def seeded_cases() -> list[dict[str, str]]:
    """The seeded-error set: one case per line (check, pair, kind, expect, source, target)."""
    return [json.loads(line) for line in SEEDED.read_text("utf-8").splitlines() if line]


def po_path(catalogs: Path, lang: str) -> Path:
    """The ``lang`` catalog of the (single) bundled article in ``catalogs``."""
    (path,) = catalogs.rglob(f"{lang}.po")
    return path


def edit_po(catalogs: Path, lang: str, change: Callable[[int, Entry], Entry]) -> Path:
    """Rewrite every entry of the ``lang`` catalog through ``change(index, entry)``."""
    path = po_path(catalogs, lang)
    po = read_po(path)
    write_po(path, POFile(po.header, tuple(change(i, e) for i, e in enumerate(po.entries))))
    return path


def set_unit(
    catalogs: Path,
    lang: str,
    index: int,
    msgstr: str,
    *,
    fuzzy: bool = False,
    previous: str | None = None,
) -> Entry:
    """Give entry ``index`` a new translation (fuzzy, with a previous msgid, if asked)."""
    changed: list[Entry] = []

    def change(i: int, entry: Entry) -> Entry:
        if i != index:
            return entry
        flags = ("fuzzy",) if fuzzy else ()
        new = replace(entry, msgstr=msgstr, flags=flags, previous_msgid=previous)
        changed.append(new)
        return new

    edit_po(catalogs, lang, change)
    return changed[0]


def article_variants() -> list[dict[str, Any]]:
    """Correct variants and planted errors written from the bundled article's own units (check
    or kind of error, pair, kind, expect, split dev|test, unit, source, target)."""
    return [json.loads(line) for line in VARIANTS.read_text("utf-8").splitlines() if line]


def case_unit(case: dict[str, Any], context: CheckContext) -> Unit:
    """One fixture case (seeded or article variant) as the checks see it."""
    source_lang, target_lang = case["pair"].split("-")
    return Unit(
        case["source"],
        case["target"],
        source_lang,
        target_lang,
        "case",
        case["kind"],
        False,
        context,
    )


def case_findings(case: dict[str, Any], context: CheckContext) -> list[Finding]:
    """Every finding of every check on one fixture case."""
    return run(case_unit(case, context), select())
