"""Every escape GNU gettext reads, read as GNU reads it, and written so that GNU reads it back.

Read → write → read is the identity on catalogs ``msgfmt --check`` accepts whatever escapes
they use (``\\a \\b \\f \\n \\r \\t \\v \\\\ \\"``, octal, hex, UTF-8 spelt byte by byte), and
GNU's own view of the file (``msgcat``'s output) does not change when l10n rewrites it.
Controls without a letter escape are written as octal escapes: GNU writes them raw, where
polib and Babel see a line break.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.catalog.pofile import Entry, POFile, UnsafeTextError, format_po, make_header, parse_po
from l10n.errors import CatalogError
from tests.conftest import gettext_tool, msgfmt_check
from tests.support.po_readers import read_by_every_tool

HEADER = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
LETTERS = {"\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v",
           "\\": "\\", '"': '"'}
# Every character GNU can hold (not NUL, not U+0004), controls and C1 often.
CHARS = st.one_of(
    st.sampled_from([chr(c) for c in (*range(1, 4), *range(5, 0x20), *range(0x7F, 0xA0))]),
    st.sampled_from(list("\\\"'? 0179aAfFxé")),
    st.characters(codec="utf-8", exclude_characters="\0\4"),
)


@st.composite
def spelt(draw: st.DrawFn) -> tuple[str, str]:
    """A string and one way a PO file may spell it (inside the quotes)."""
    chars = draw(st.lists(CHARS, max_size=30))
    out: list[str] = []
    for index, char in enumerate(chars):
        after = chars[index + 1] if index + 1 < len(chars) else ""
        ways = ["octal"]
        if (char not in "\n\r\\\"" and ord(char) >= 0x20) or char == "\t":
            ways.append("raw")
        if char in LETTERS:
            ways.append("letter")
        if ord(char) < 0x80 and not (after and after in "0123456789abcdefABCDEF"):
            ways.append("hex")
        way = draw(st.sampled_from(ways))
        if way == "raw":
            out.append(char)
        elif way == "letter":
            out.append("\\" + LETTERS[char])
        elif way == "hex":
            out.append(f"\\x{ord(char):0{draw(st.integers(1, 3))}x}")
        else:
            width = 3 if after and after in "01234567" else draw(st.integers(1, 3))
            out += [f"\\{byte:0{width}o}" if byte < 8 ** width else f"\\{byte:o}"
                    for byte in char.encode("utf-8")]
    # GNU joins several strings on one line ("a" "b"): split the spelling here and there.
    splits = draw(st.lists(st.booleans(), min_size=len(out), max_size=len(out)))
    return "".join(chars), "".join(p + ('" "' if cut else "") for p, cut in zip(out, splits,
                                                                               strict=True))


def _msgcat(path: Path) -> bytes:
    return subprocess.run([gettext_tool("msgcat"), str(path)], capture_output=True,
                          check=True).stdout


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(msgid=spelt(), msgstr=spelt(), context=st.none() | spelt())
def test_read_write_read_is_the_identity(tmp_path_factory: pytest.TempPathFactory,
                                         msgid: tuple[str, str], msgstr: tuple[str, str],
                                         context: tuple[str, str] | None) -> None:
    # msgfmt --check wants msgid and msgstr to agree on a leading and a trailing newline, and
    # an empty msgid is the header: brackets keep the generated text clear of both rules.
    msgid, msgstr = (f"<{msgid[0]}>", f"<{msgid[1]}>"), (f"<{msgstr[0]}>", f"<{msgstr[1]}>")
    ctxt = "" if context is None else f'msgctxt "{context[1]}"\n'
    source = f'{HEADER}#. note\n{ctxt}msgid "{msgid[1]}"\nmsgstr "{msgstr[1]}"\n'
    folder = tmp_path_factory.mktemp("esc")
    original = folder / "original.po"
    original.write_text(source, "utf-8")
    msgfmt_check(original)  # the generator spells only what GNU accepts
    po = parse_po(source.encode("utf-8"))
    (entry,) = po.entries
    assert (entry.msgctxt, entry.msgid, entry.msgstr) == (
        None if context is None else context[0], msgid[0], msgstr[0])
    written = folder / "written.po"
    written.write_text(format_po(po), "utf-8")
    assert parse_po(written.read_bytes()) == po
    assert _msgcat(written) == _msgcat(original), "GNU reads another text"
    read_by_every_tool(written)


@pytest.mark.parametrize(("spelling", "text"), [
    ("\\101\\x43", "AC"), ("\\303\\251", "é"), ("\\x41B", "\x1b"), ("\\1010", "A0"),
    ("\\x0041", "A"), ("\\12", "\n"), ("\\a\\b\\f\\v\\r", "\a\b\f\v\r"),
])
def test_escapes_read_as_gnu_reads_them(spelling: str, text: str) -> None:
    po = parse_po(f'{HEADER}msgid "k"\nmsgstr "{spelling}"\n'.encode())
    assert po.entries[0].msgstr == text


def test_a_character_spelt_across_two_lines() -> None:
    po = parse_po(f'{HEADER}msgid "k"\nmsgstr ""\n"\\303"\n"\\251"\n'.encode())
    assert po.entries[0].msgstr == "é"


def test_several_strings_on_one_line_are_joined_as_gnu_joins_them() -> None:
    po = parse_po(f'{HEADER}msgid "a" "b"\nmsgstr "\\303"  "\\251" ""\n'.encode())
    assert (po.entries[0].msgid, po.entries[0].msgstr) == ("ab", "é")
    with pytest.raises(CatalogError, match="text after the closing quote"):
        parse_po(f'{HEADER}msgid "a" x "b"\nmsgstr ""\n'.encode())


@pytest.mark.parametrize(("bad", "line"), [
    ("\\0", 7), ("\\x100", 7), ("\\004", 7), ("\\?", 7), ("\\'", 7), ("\\e", 7), ("\\x", 7),
    ("\\200", 6),  # not UTF-8 once the string is whole: the entry's line
])
def test_what_gnu_refuses_or_cuts_is_refused_with_the_line(bad: str, line: int) -> None:
    with pytest.raises(CatalogError) as info:
        parse_po(f'{HEADER}msgid "k"\nmsgstr "a{bad} b"\n'.encode(), "vi.po")
    assert info.value.where == f"vi.po:{line}", info.value.one_line()


@pytest.mark.parametrize("text", ["a\0b", "a\4b", "a\ud800b"])
def test_the_writer_refuses_what_no_tool_reads_back(text: str) -> None:
    for entry in (Entry(msgid="k", msgstr=text), Entry(msgid=text, msgstr="x")):
        with pytest.raises(UnsafeTextError):
            format_po(POFile(make_header({}), (entry,)))


def test_comments_are_single_lines_without_controls(tmp_path: Path) -> None:
    """A CR from a page address (``javascript&#13;:``) once reached a ``#.`` line raw: GNU
    coped, polib stopped there."""
    note = "<1> = link to javascript\r:alert(1)\x85\x1b[m\tend\nsecond line"
    po = POFile(make_header({"Content-Type": "text/plain; charset=UTF-8"}),
                (Entry(msgid="k", msgstr="v", extracted_comments=(note,),
                       translator_comments=("a\x00b\rc",), references=("a\x01b:1", "c:2")),))
    text = format_po(po)
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text)
    path = tmp_path / "vi.po"
    path.write_text(text, "utf-8")
    read_by_every_tool(path)
    (entry,) = parse_po(path.read_bytes()).entries
    assert entry.extracted_comments == ("<1> = link to javascript :alert(1) [m end",
                                        "second line")
    assert entry.translator_comments == ("a b c",)
    assert format_po(parse_po(text.encode())) == text  # writing settles at once
