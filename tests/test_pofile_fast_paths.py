"""The strict PO reader's shortcuts (a plain string taken as it is, an entry built without
Entry's ``__init__``, a lone reference kept as its line's words) give what the general path
gives: every field, on every kind of line."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from l10n.catalog.pofile import Entry, parse_po
from l10n.errors import CatalogError

FULL = b"""\
msgid ""
msgstr "Plural-Forms: nplurals=2; plural=n != 1;\\n"

# translator
#. extracted
#: a.c:1 b.c :2
#: c.c:
#:  3
#, fuzzy, c-format
#| msgctxt "old ctx"
#| msgid "old"
#| msgid_plural "olds"
msgctxt "ctx"
msgid "one"
msgid_plural "many"
msgstr[0] "m\xe1\xbb\x99t"
msgstr[1] "nhi\xe1\xbb\x81u"

#~ msgid "gone"
#~ msgstr "\xc4\x91\xc3\xa3 \xc4\x91i"
"""


def test_every_field_of_every_entry_is_read() -> None:
    po = parse_po(FULL)
    assert po.entries == (
        Entry(
            msgid="one",
            msgctxt="ctx",
            msgid_plural="many",
            msgstr_plural=("một", "nhiều"),
            translator_comments=("translator",),
            extracted_comments=("extracted",),
            references=("a.c:1", "b.c:2", "c.c:3"),
            flags=("fuzzy", "c-format"),
            previous_msgctxt="old ctx",
            previous_msgid="old",
            previous_msgid_plural="olds",
        ),
        Entry(msgid="gone", msgstr="đã đi", obsolete=True),
    )
    assert po.header.line == 1
    assert [e.line for e in po.entries] == [4, 19]
    for entry in po.entries:
        assert type(entry) is Entry
        assert dataclasses.astuple(entry)  # every slot is filled
        assert pickle.loads(pickle.dumps(entry)) == entry
        assert hash(entry) == hash(dataclasses.replace(entry))
        with pytest.raises(dataclasses.FrozenInstanceError):
            entry.msgid = "changed"  # type: ignore[misc]


def test_an_entry_does_not_inherit_the_lists_of_the_one_before() -> None:
    po = parse_po(
        b'# c\n#. x\n#: a.c:1\n#, fuzzy\n#| msgid "o"\nmsgid "a"\nmsgstr "b"\n\n'
        b'msgid "c"\nmsgstr "d"\n\n#: e.c:5\nmsgid "e"\nmsgstr "f"\n'
    )
    first, second, third = po.entries
    assert first.references == ("a.c:1",) and first.previous_msgid == "o"
    assert second == Entry(msgid="c", msgstr="d")
    assert third.references == ("e.c:5",)


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        (b"#: a.c:1\n", ("a.c:1",)),
        (b"#: a.c :1\n", ("a.c:1",)),
        (b"#: a.c\n#: :1\n", ("a.c:1",)),
        (b"#: a.c:\n#: 1\n", ("a.c:1",)),
        (b"#: a.c:1\n#: b.c:2\n", ("a.c:1", "b.c:2")),
        (b"#:\n#: a.c:1\n", ("a.c:1",)),
        (b"#::1\n", (":1",)),
    ],
)
def test_references_joined_as_before(refs: bytes, expected: tuple[str, ...]) -> None:
    po = parse_po(refs + b'msgid "a"\nmsgstr "b"\n')
    assert po.entries[0].references == expected


@pytest.mark.parametrize(
    ("string", "value"),
    [
        (b'"plain"', "plain"),
        (b'"blank after"  \t', "blank after"),
        (b'"tab\\tescaped"', "tab\tescaped"),
        (b'"a \\"quote\\""', 'a "quote"'),
        (b'"two" "strings"', "twostrings"),
        (b'"two"\t"strings" ', "twostrings"),
        (b'"a""b"', "ab"),
        (b'""', ""),
        (b'"\\\\"', "\\"),
        (b'"\\303\\251"', "é"),
    ],
)
@pytest.mark.parametrize("where", ["keyword", "continuation"])
def test_strings_are_read_alike_on_every_kind_of_line(
    string: bytes, value: str, where: str
) -> None:
    if where == "keyword":
        text = b'msgid "x"\nmsgstr ' + string + b"\n"
    else:
        text = b'msgid "x"\nmsgstr "x"\n' + string + b"\n"
    expected = value if where == "keyword" else "x" + value
    assert parse_po(text).entries[0].msgstr == expected


@pytest.mark.parametrize(
    ("string", "error"),
    [
        (b'"', "unterminated string"),
        (b'"open', "unterminated string"),
        (b'"a"b"', "text after the closing quote"),
        (b'"a" b', "unterminated string"),
        (b'"ends in a backslash\\"', "unterminated string"),
        (b'"\\q"', "bad escape sequence \\q"),
        (b'"a" "b', "unterminated string"),
    ],
)
@pytest.mark.parametrize("where", ["keyword", "continuation"])
def test_bad_strings_fail_alike_on_every_kind_of_line(
    string: bytes, error: str, where: str
) -> None:
    if where == "keyword":
        text = b'msgid "x"\nmsgstr ' + string + b"\n"
    else:
        text = b'msgid "x"\nmsgstr ""\n' + string + b"\n"
    with pytest.raises(CatalogError) as caught:
        parse_po(text, "f.po")
    assert (caught.value.where, caught.value.what) == (
        "f.po:2" if where == "keyword" else "f.po:3",
        error,
    )


@pytest.mark.parametrize(
    ("text", "line", "error"),
    [
        (b'msgid "a"\n#~ "b"\nmsgstr ""\n', 2, "a string where none is expected"),
        (b'#~ msgid "a"\n"b"\n#~ msgstr ""\n', 2, "a string where none is expected"),
        (b'#| msgid "a"\n"b"\nmsgid "c"\nmsgstr ""\n', 2, "a string where none is expected"),
        (b'# c\n"b"\nmsgid "c"\nmsgstr ""\n', 2, "a string where none is expected"),
        (b'msgid "a"\nmsgstr ""\nmsgstr "b"\n', 3, "a second msgstr"),
        (b'msgstr "b"\n', 1, "msgstr without msgid"),
        (b'msgid "a"\nmsgid_plural "b"\nmsgstr "c"\n', 3, "plain msgstr in a plural entry"),
        (b'msgid "a"\n#~ msgstr "b"\n', 2, "entry mixes obsolete (#~) and active lines"),
        (b'msgid "a"\nmsgctxt "b"\nmsgstr ""\n', 2, "msgctxt after msgid"),
        (b'msgid "a"\nmsgstr ""\nmsgid_plural "b"\n', 3, "msgid_plural in the wrong place"),
        (b'msgid "a"\nmsgstrx "b"\n', 2, "unknown keyword 'msgstrx'"),
        (b'msgid "a"\nmsgstr\n', 2, "msgstr without its string"),
        (b'msgid "a"\nhello\n', 2, "unexpected text 'hello'"),
        (b'msgid "a"\nmsgid "b"\nmsgstr ""\n', 1, "missing msgstr"),
    ],
)
def test_misplaced_lines_fail_as_before(text: bytes, line: int, error: str) -> None:
    with pytest.raises(CatalogError) as caught:
        parse_po(text, "f.po")
    assert (caught.value.where, caught.value.what) == (f"f.po:{line}", error)
