"""Property: a catalog read in parts reads as the whole does, or the parts give up.

``l10n check`` of a big catalog parses one part a process (``pofile.parts``,
``pofile.parse_part``). A part is cut before a comment line that follows a blank line, which
may fall inside an entry (its comments parted by a blank line), and a part cannot see an entry
duplicated in another one. Whatever the text, the parts must then either give the whole's
entries, each at its line, or fail / share a key, so that the caller reads the whole instead:
never other entries, and never a catalog that passes in parts and fails whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l10n.catalog import pofile
from l10n.catalog.pofile import (
    Entry,
    POFile,
    parse_part,
    parse_po,
    read_po,
)
from l10n.errors import CatalogError

ROOT = Path(__file__).resolve().parent.parent

HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
)
# Lines an entry's comment block may hold, and pieces that are wrong where they land.
COMMENTS = ["# note\n", "#. extracted\n", "#: block-1:2\n", "#, fuzzy\n", '#| msgid "old"\n']
ODD = ['msgstr "stray"\n', '"stray string"\n', "garbage\n", 'msgid "open\n', "#~\n", "\n"]


@st.composite
def entries(draw: st.DrawFn) -> str:
    """One entry's text, sometimes odd: comments parted by blank lines, blank lines between
    its keywords, a duplicate msgid, an obsolete or a plural entry, a line out of place."""
    kind = draw(st.sampled_from(["plain", "plain", "plain", "obsolete", "plural", "odd"]))
    number = draw(st.integers(0, 40))  # small: duplicates happen
    if kind == "odd":
        return draw(st.sampled_from(ODD))
    text = "".join(
        draw(st.sampled_from(COMMENTS)) + ("\n" if draw(st.integers(0, 5)) == 0 else "")
        for _ in range(draw(st.integers(0, 3)))
    )
    if kind == "obsolete":
        return text + f'#~ msgid "gone {number}"\n#~ msgstr "parti"\n'
    if draw(st.booleans()):
        text += 'msgctxt "ctx"\n'
    gap = "\n" if draw(st.integers(0, 6)) == 0 else ""
    if kind == "plural":
        forms = draw(st.integers(1, 3))
        text += f'msgid "one {number}"\nmsgid_plural "many {number}"\n{gap}'
        return text + "".join(f'msgstr[{k}] "forme {k}"\n' for k in range(forms))
    text += f'msgid "source {number}"\n{gap}msgstr "cible {number}"\n'
    return text + ('"suite"\n' if draw(st.booleans()) else "")


@st.composite
def catalogs(draw: st.DrawFn) -> bytes:
    """A catalog's bytes: maybe a header (its comments maybe parted), then entries, most
    separated by a blank line."""
    text = ""
    if draw(st.booleans()):
        text = "# Title\n" + ("\n" if draw(st.booleans()) else "") + "#, fuzzy\n" + HEADER
    for entry in draw(st.lists(entries(), max_size=14)):
        text += ("\n" if draw(st.integers(0, 7)) else "") + entry
    return text.encode()


def read_in_parts(data: bytes, parts: int) -> list[Entry] | None:
    """The entries of ``data`` read part by part, as ``l10n check`` does; None when the parts
    give up (one fails, or two hold the same key)."""
    read: list[POFile] = []
    for part in pofile.parts(data, parts):
        try:
            read.append(parse_part(part, "x.po"))
        except CatalogError:
            return None
    keys = [{(e.msgctxt, e.msgid) for e in po.entries} for po in read]
    if len(set().union(*keys)) < sum(map(len, keys)):
        return None
    return [entry for po in read for entry in po.entries]


def whole(data: bytes) -> list[Entry] | None:
    try:
        return list(parse_po(data, "x.po").entries)
    except CatalogError:
        return None


@given(catalogs(), st.integers(2, 5))
def test_parts_read_as_the_whole_or_give_up(data: bytes, parts: int) -> None:
    in_parts = read_in_parts(data, parts)
    if in_parts is None:
        return
    expected = whole(data)
    assert expected is not None, "the parts read a catalog the whole refuses"
    assert in_parts == expected
    assert [e.line for e in in_parts] == [e.line for e in expected]


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_the_bundled_catalogs_read_in_parts_as_whole(parts: int) -> None:
    """What l10n writes is always cut between entries: its parts never give up."""
    paths = sorted((ROOT / "catalogs").rglob("*.po"))
    assert paths
    for path in paths:
        data = path.read_bytes()
        assert len(pofile.parts(data, parts)) == parts, path
        expected = list(read_po(path).entries)
        in_parts = read_in_parts(data, parts)
        assert in_parts == expected, path
        assert [e.line for e in in_parts] == [e.line for e in expected], path


def test_a_catalog_with_no_place_to_cut_is_one_part() -> None:
    data = (HEADER + 'msgid "a"\nmsgstr "b"\nmsgid "c"\nmsgstr "d"\n').encode()
    assert [(p.head, p.body) for p in pofile.parts(data, 4)] == [(b"", data)]


def test_comments_parted_at_the_cut_make_the_parts_give_up() -> None:
    """The cut falls between two comment lines of one entry: the first part ends with
    comments and no message, which it refuses; the whole reads."""
    data = (HEADER + "\n#. " + "a" * 400 + '\n\n#: b\nmsgid "x"\nmsgstr "y"\n').encode()
    _, second = pofile.parts(data, 2)
    assert second.body.startswith(b"#: b")
    assert read_in_parts(data, 2) is None
    assert whole(data) is not None


def test_an_entry_in_two_parts_makes_them_give_up() -> None:
    entry = '#: b\nmsgid "x"\nmsgstr "y"\n'
    data = HEADER + "\n" + entry + "\n" + "#: pad\n" * 40 + 'msgid "z"\nmsgstr ""\n\n' + entry
    assert len(pofile.parts(data.encode(), 2)) == 2
    assert read_in_parts(data.encode(), 2) is None
    assert whole(data.encode()) is None
