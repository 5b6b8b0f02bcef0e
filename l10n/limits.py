"""Resource limits on what l10n reads, set in ``[limits]`` of ``l10n.toml``.

Pages come from the open web: a 2 GB "article", a page nested 100,000 tags deep or a million
empty elements must end in a clear refusal naming the limit and how to raise it, never in a
hang, an out-of-memory kill or, worse, a parser that silently drops what is too deep.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from l10n.errors import InputError

MAX_PARSER_DEPTH = 2000  # below the HTML parser's own bound (2048), past which it drops text
_FIX = "Raise [limits] {name} in l10n.toml if the input is genuine"


@dataclass(frozen=True, slots=True)
class Limits:
    """Upper bounds on one input; defaults fit any real news article many times over."""

    max_input_mb: float = 20.0  # bytes of one source file, page or standard input
    max_depth: int = 200  # nesting of HTML elements or Markdown containers
    max_elements: int = 200_000  # elements (HTML) or blocks (Markdown, text) in one page

    @property
    def max_bytes(self) -> int:
        """:attr:`max_input_mb` in bytes."""
        return int(self.max_input_mb * 1024 * 1024)

    def refuse(self, where: str, name: str, found: str) -> InputError:
        """The error for an input over the limit ``name``: says which limit and its value."""
        value = getattr(self, name)
        return InputError(
            where, f"{found}, over the limit {name} = {value:g}", _FIX.format(name=name)
        )

    def check_size(self, size: int, where: str) -> None:
        """Refuse an input of ``size`` bytes when it is over :attr:`max_input_mb`."""
        if size > self.max_bytes:
            raise self.refuse(where, "max_input_mb", f"{size / 1048576:.1f} MB")

    def check_depth(self, depth: int, where: str) -> None:
        """Refuse nesting deeper than :attr:`max_depth`."""
        if depth > self.max_depth:
            raise self.refuse(where, "max_depth", f"nested more than {self.max_depth} deep")

    def check_elements(self, count: int, where: str) -> None:
        """Refuse more than :attr:`max_elements` elements or blocks."""
        if count > self.max_elements:
            raise self.refuse(where, "max_elements", f"more than {self.max_elements} elements")


def limits_from_toml(table: Any, where: str) -> Limits:
    """The ``[limits]`` table of ``l10n.toml``; unknown keys and non-positive values refused."""
    if not isinstance(table, Mapping):
        raise InputError(where, "[limits] must be a table", "Write e.g. [limits] max_depth = 200")
    known = {f.name for f in fields(Limits)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise InputError(
                where, f"unknown limit {name!r}", f"Use one of {', '.join(sorted(known))}"
            )
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise InputError(where, f"limit {name} must be a positive number", "e.g. 200")
        values[name] = float(value) if name == "max_input_mb" else int(value)
    if values.get("max_depth", 0) > MAX_PARSER_DEPTH:
        raise InputError(
            where,
            f"max_depth over {MAX_PARSER_DEPTH}",
            "The HTML parser drops anything nested deeper; lower it",
        )
    return Limits(**values)
