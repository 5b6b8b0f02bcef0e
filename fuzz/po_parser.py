"""Fuzz the PO parser and writer.

Invariants: any bytes either parse or give a one-line CatalogError; whatever parses is
written back in a form that parses again, and writing settles after one more round. (Not
after the first: like GNU msgcat, which we reproduce byte for byte, the writer puts flags
from several ``#,`` lines on one, where ``range:`` then joins the next word. References
join across lines when read, so their wrapping cannot matter.)
"""

from __future__ import annotations

import atheris
import harness

with atheris.instrument_imports(include=["l10n"]):
    from l10n.catalog.pofile import format_po, parse_po
    from l10n.errors import CatalogError


def _outcome(parse: object, data: bytes) -> object:
    try:
        po = parse(data)  # type: ignore[operator]
    except CatalogError as exc:
        assert "\n" not in exc.one_line()
        return exc.one_line()
    return po, [e.line for e in po.entries], po.header.line


def test_one_input(data: bytes) -> None:
    outcome = _outcome(lambda d: parse_po(d, "fuzz.po"), data)
    if isinstance(outcome, str):
        return
    text = format_po(outcome[0])  # type: ignore[index]
    settled = format_po(parse_po(text.encode("utf-8"), "written.po"))
    assert format_po(parse_po(settled.encode("utf-8"), "again.po")) == settled


if __name__ == "__main__":
    harness.fuzz(test_one_input)
