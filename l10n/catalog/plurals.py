"""The ``Plural-Forms`` header: read and checked as ``msgfmt --check`` checks it.

A catalog whose plural rule GNU refuses (a count out of range, an expression it cannot parse,
one that divides by zero or picks a form past ``nplurals``) compiles to nothing, so l10n
refuses it when reading, before anything is written back. The expression is C as GNU's
``plural.y`` grammar has it: ``n``, decimal numbers, parentheses, ``! * / % + - < > <= >=
== != && || ?:`` evaluated on unsigned 64-bit integers; it is checked by running it, compiled
to Python from the parsed tokens only (no text of the header is ever evaluated).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_NPLURALS = 6  # CLDR has at most six categories (zero one two few many other)
DIVISION_RANGE = 1_000_000  # n checked for a division by zero: 0 to this, inclusive
VALUE_RANGE = 1_000  # n checked for a form index past nplurals, as msgfmt --check does
_MASK = (1 << 64) - 1

_TOKEN = re.compile(r"\s*(?:(\d+)|(n)|(\|\||&&|==|!=|<=|>=|[-+*/%<>!?:()]))")
_NPLURALS = re.compile(r"\bnplurals\s*=\s*(\d+)")
_PLURAL = re.compile(r"\bplural\s*=([^;]*)")
# Binary operators by precedence, loosest first, and the Python each becomes.
_LEVELS: tuple[dict[str, str], ...] = (
    {"||": "int(bool({a}) or bool({b}))"},
    {"&&": "int(bool({a}) and bool({b}))"},
    {"==": "int({a} == {b})", "!=": "int({a} != {b})"},
    {"<": "int({a} < {b})", ">": "int({a} > {b})", "<=": "int({a} <= {b})",
     ">=": "int({a} >= {b})"},
    {"+": "(({a} + {b}) & _M)", "-": "(({a} - {b}) & _M)"},
    {"*": "(({a} * {b}) & _M)", "/": "({a} // {b})", "%": "({a} % {b})"},
)


class PluralFormsError(ValueError):
    """What is wrong with a ``Plural-Forms`` value, and how to fix it."""

    def __init__(self, what: str, fix: str) -> None:
        super().__init__(what)
        self.what = what
        self.fix = fix


@dataclass(frozen=True, slots=True)
class PluralRule:
    """A checked rule: how many forms, and which one a count takes."""

    nplurals: int
    expression: str
    form: Callable[[int], int]


_FIX = ('Write it as "nplurals=N; plural=EXPRESSION;" with the rule of the language '
        "(the GNU gettext manual lists them; Babel's babel.plural gives CLDR's)")


@functools.lru_cache(maxsize=64)  # catalogs of one language share their rule
def parse_plural_forms(value: str) -> PluralRule:
    """The rule in a ``Plural-Forms`` value; :class:`PluralFormsError` when GNU refuses it."""
    count, plural = _NPLURALS.search(value), _PLURAL.search(value)
    if count is None or plural is None:
        raise PluralFormsError(f"Plural-Forms {value.strip()[:60]!r} is not "
                               '"nplurals=N; plural=EXPRESSION;"', _FIX)
    nplurals = int(count.group(1))
    if not 1 <= nplurals <= MAX_NPLURALS:
        raise PluralFormsError(f"nplurals={nplurals} is not between 1 and {MAX_NPLURALS}",
                               _FIX)
    source, divides_by_n = _Compiler(plural.group(1)).compile()
    # eval of source made from the checked tokens only: no text of the header gets in
    form: Callable[[int], int] = eval(
        f"lambda n: {source}", {"__builtins__": {"int": int, "bool": bool}, "_M": _MASK})
    expression = " ".join(plural.group(1).split())
    _check_values(form, expression, nplurals, divides_by_n)
    return PluralRule(nplurals, expression, form)


def _check_values(form: Callable[[int], int], expression: str, nplurals: int,
                  divides_by_n: bool) -> None:
    """Run the rule: no division by zero, no form index at or past ``nplurals``."""
    last = DIVISION_RANGE if divides_by_n else VALUE_RANGE
    for n in range(last + 1):
        try:
            value = form(n)
        except ZeroDivisionError:
            raise PluralFormsError(f"plural={expression} divides by zero for n={n}",
                                   _FIX) from None
        if value >= nplurals and n <= VALUE_RANGE:
            raise PluralFormsError(f"plural={expression} gives form {value} for n={n}, but "
                                   f"nplurals={nplurals} allows 0 to {nplurals - 1}", _FIX)


class _Compiler:
    """Recursive descent over GNU's grammar, giving a Python expression."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[str] = []
        pos = 0
        while text[pos:].strip():
            match = _TOKEN.match(text, pos)
            if match is None:
                raise self._error(f"unexpected {text[pos:].strip()[:10]!r}")
            self.tokens.append(match.group(match.lastindex or 0))
            pos = match.end()
        self.pos = 0
        self.divides_by_n = False

    def _error(self, what: str) -> PluralFormsError:
        return PluralFormsError(f"plural={' '.join(self.text.split())[:60]} is not a C "
                                f"expression of n ({what})", _FIX)

    def compile(self) -> tuple[str, bool]:
        if not self.tokens:
            raise self._error("empty")
        source = self._ternary()
        if self.pos < len(self.tokens):
            raise self._error(f"unexpected {self.tokens[self.pos]!r}")
        return source, self.divides_by_n

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self, expected: str) -> None:
        if self._peek() != expected:
            raise self._error(f"{expected!r} expected")
        self.pos += 1

    def _ternary(self) -> str:
        condition = self._binary(0)
        if self._peek() != "?":
            return condition
        self.pos += 1
        then = self._ternary()
        self._take(":")
        otherwise = self._ternary()
        return f"({then} if {condition} else {otherwise})"

    def _binary(self, level: int) -> str:
        if level == len(_LEVELS):
            return self._unary()
        operators = _LEVELS[level]
        left = self._binary(level + 1)
        while (op := self._peek()) in operators:
            self.pos += 1
            start = self.pos
            right = self._binary(level + 1)
            if op in "/%" and "n" in self.tokens[start:self.pos]:
                self.divides_by_n = True
            left = operators[op].format(a=left, b=right)
        return left

    def _unary(self) -> str:
        token = self._peek()
        if token == "!":
            self.pos += 1
            return f"int(not {self._unary()})"
        if token == "(":
            self.pos += 1
            inner = self._ternary()
            self._take(")")
            return f"({inner})"
        if token is None or not (token == "n" or token.isdigit()):
            raise self._error("a number, n or '(' expected" if token is None
                              else f"unexpected {token!r}")
        self.pos += 1
        return token if token == "n" else str(int(token) & _MASK)
