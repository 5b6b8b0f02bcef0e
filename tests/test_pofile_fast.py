"""The fast path of the PO reader gives exactly what the strict parser gives: the same entries
(with their line numbers) on good files, the same one-line error on bad ones."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.catalog.pofile import POFile, _decode, _Parser, parse_po
from l10n.errors import CatalogError

ROOT = Path(__file__).resolve().parent.parent
HEADER = b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def strict(data: bytes) -> POFile | str:
    """What the line-by-line parser alone makes of ``data``: a catalog or its error line."""
    try:
        return _Parser("f.po").parse(_decode(data, "f.po").split("\n"))
    except CatalogError as exc:
        return exc.one_line()


def fast(data: bytes) -> POFile | str:
    try:
        return parse_po(data, "f.po")
    except CatalogError as exc:
        return exc.one_line()


def assert_same(data: bytes) -> None:
    want, got = strict(data), fast(data)
    assert got == want
    if isinstance(want, POFile) and isinstance(got, POFile):  # lines are not compared by ==
        assert [e.line for e in got.entries] == [e.line for e in want.entries]
        assert got.header.line == want.header.line


CASES = [
    b'msgid "a"\nmsgstr "b"\n\n"c"\n',               # a string after a blank line continues
    b'msgid "a"\nmsgstr "b"\n  "c"\n',               # an indented continuation
    b'msgid "a"\nmsgstr "b"\nmsgstr[0] "c"\n',
    b'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
    b'msgid "a"\nmsgstr "b"\n#~ msgid "x"\n#~ msgstr "y"\n',
    b'msgid "a"\nmsgstr "b"\n#| msgid "x"\nmsgid "c"\nmsgstr ""\n',
    b'msgid "a\\q"\nmsgstr "b"\n',
    b'msgid "a\\x41"\nmsgstr "b\\101"\n',
    b'msgid "\\x4"\n"1"\nmsgstr ""\n',                # an escape never spans two lines
    b'msgid "a"\nmsgstr "b"',
    b'msgid "a"\nmsgstr "b"\n#. trailing\n',
    b'msgid "a"\nmsgstr "b"\nmsgid_plural "p"\n',
    b'msgctxt "c"\nmsgid ""\nmsgstr "h"\n\nmsgid ""\nmsgstr "x"\n',
    b'msgid "a"\nmsgstr "b" \n',
    b'msgid  "a"\nmsgstr "b"\n',
    b'#\n#  x\n#.y\n#: a:1 b :2 c: 3\n#, fuzzy, c-format\nmsgid "a"\n"b"\nmsgstr "c"\n""\n\n\n',
    b'msgid "a"\nmsgstr "b"\n \nmsgid "c"\nmsgstr "d"\n',
    b'msgid ""\nmsgstr "Content-Type: text/plain; charset=latin1\\n"\n',
    b'msgid "a\\"\nmsgstr "b"\n',
    b'msgid "\\\\"\nmsgstr "\\""\n"x"\n',
]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize(("before", "after"), [(b"", b""), (HEADER, b""),
                                               (HEADER, b'\nmsgid "zz"\nmsgstr ""\n')])
def test_fast_path_equals_strict_parser(case: bytes, before: bytes, after: bytes) -> None:
    assert_same(before + case + after)


PIECES = ['"', "\\", "#~ ", '#| msgid "x"\n', " ", "\n", 'msgstr "y"\n', 'msgid "a"\n',
          '"cont"\n', "\t", 'msgstr[0] ""\n', 'msgid_plural "p"\n', "#, fuzzy\n", "\\q",
          "\\x41", 'msgctxt "c"\n', "\n\n", "#: ref:1\n", "#. kind\n"]


def bundled() -> list[bytes]:
    return [p.read_bytes() for p in sorted((ROOT / "catalogs").rglob("*.po*"))]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fast_path_equals_strict_parser_on_damaged_catalogs(data: st.DataObject) -> None:
    """Real catalogs with random insertions, deletions and copies: same result either way."""
    catalogs = bundled()
    original = data.draw(st.sampled_from(catalogs))
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    text = bytearray(original[:6000])
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(text) + 1)
        op = rng.random()
        if op < 0.4:
            text[i:i] = rng.choice(PIECES).encode()
        elif op < 0.7:
            del text[i:i + rng.randint(1, 20)]
        else:
            j = rng.randrange(len(text) + 1)
            text[i:i] = text[j:j + rng.randint(1, 80)]
    assert_same(bytes(text))


def test_fast_path_reads_the_bundled_catalogs_whole() -> None:
    for data in bundled():
        assert_same(data)
