"""Fuzz the strict PO parser: any bytes either parse or give a CatalogError, and whatever
parses is written back in a form that parses again to the same text (write is a fixed point)."""

from __future__ import annotations

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.errors import CatalogError
    from l10n.pofile import format_po, parse_po


def test_one_input(data: bytes) -> None:
    try:
        po = parse_po(data, "fuzz.po")
    except CatalogError as exc:
        assert "\n" not in exc.one_line()
        return
    text = format_po(po)
    again = parse_po(text.encode("utf-8"), "written.po")
    assert format_po(again) == text


if __name__ == "__main__":
    harness.fuzz(test_one_input)
