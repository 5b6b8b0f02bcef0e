"""PO catalogs read strictly and written byte for byte as GNU gettext 0.21 writes them.

Translators' editors and ``msgcat`` must leave our files unchanged, so the writer reproduces
what ``msgcat`` does (learnt by experiment, no code copied): page width 79; a string goes on
its keyword's line when it fits, else after ``msgid ""``; it is cut after each ``\n`` and where
libunistring 1.0's line breaking (UAX #14 pair table, Unicode 14 data) allows, filling each line
greedily, with columns counted as ``uc_width`` does (East Asian wide characters are 2, marks 0).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path

from l10n.catalog.fsio import atomic_write_text, read_bytes
from l10n.catalog.linebreak import breaks as break_points
from l10n.catalog.plurals import PluralFormsError, parse_plural_forms
from l10n.errors import CatalogError

PAGE_WIDTH = 79


@dataclass(frozen=True, slots=True)
class Entry:
    """One translation unit; ``line`` is where it started in the parsed file (not compared)."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[str, ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = field(default=0, compare=False)

    @property
    def fuzzy(self) -> bool:
        """Whether a translator still has to review the translation."""
        return "fuzzy" in self.flags


_NO_HEADER = Entry(msgid="")


@dataclass(frozen=True, slots=True)
class POFile:
    """A catalog: the header entry (``msgid ""``) and the other entries in file order."""

    header: Entry
    entries: tuple[Entry, ...]

    def header_fields(self) -> dict[str, str]:
        """The header's ``Key: value`` lines, in order."""
        fields: dict[str, str] = {}
        for line in self.header.msgstr.split("\n"):
            key, colon, value = line.partition(":")
            if colon and key.strip():
                fields[key.strip()] = value.strip()
        return fields


def make_header(
    fields: Mapping[str, str], comments: Sequence[str] = (), flags: Sequence[str] = ()
) -> Entry:
    """A header entry holding ``fields`` in the given order."""
    msgstr = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return Entry(msgid="", msgstr=msgstr, translator_comments=tuple(comments), flags=tuple(flags))


def read_po(path: Path) -> POFile:
    """Read and parse a catalog file."""
    return parse_po(read_bytes(path), str(path))


def write_po(path: Path, po: POFile) -> bool:
    """Write atomically; False (nothing written) when the file already holds these bytes."""
    return atomic_write_text(path, format_po(po))


# ---------------------------------------------------------------------------------------------
# Parsing

_REPAIR = "Open the file in a PO editor (or run msgcat on it) to repair it"
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "\\": "\\",
    '"': '"',
}
_HEX = frozenset("0123456789abcdefABCDEF")
_OCT = frozenset("01234567")
_KEYWORDS = frozenset(("msgctxt", "msgid", "msgid_plural", "msgstr"))
_PREVIOUS = {
    "msgctxt": "previous_msgctxt",
    "msgid": "previous_msgid",
    "msgid_plural": "previous_msgid_plural",
}


def parse_po(data: bytes, path: str = "<po>") -> POFile:
    """Parse a catalog, refusing anything GNU gettext would refuse or silently change.

    Raises :class:`CatalogError` naming the file and line, with the fix.
    """
    return _parse_text(_decode(data, path), path)


# Where a catalog may be cut into parts: after a blank line, before a comment line that opens
# an entry (not a ``#|`` previous string, not an obsolete ``#~`` line).
_PART_CUT = re.compile(rb"\n\n#(?![|~])")


def _part_ranges(data: bytes, parts: int) -> list[tuple[int, int]]:
    """``data`` cut into at most ``parts`` byte ranges of near equal size, each but the first
    starting at a comment line after a blank line. One range, the whole, when the catalog has
    no such place."""
    cuts = [0]
    for k in range(1, parts):
        found = _PART_CUT.search(data, max(len(data) * k // parts, cuts[-1]))
        if found is None:
            break
        cuts.append(found.start() + 2)
    return list(zip(cuts, [*cuts[1:], len(data)], strict=True))


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a catalog as the process that parses it alone receives it: the catalog's
    header (its bytes up to the first place it may be cut; empty for the first part, which
    starts with it), the part's own bytes, and the line of the whole file they start on.

    A worker is sent its part, not the whole catalog with a range to read: 10,000 units
    (4.2 MB) checked on two cores, the second worker starts ~15 ms sooner (each of the two
    tasks carried all 4.2 MB through one pipe, one after the other; benchmarks/README.md).
    """

    head: bytes
    body: bytes
    line: int = 1


def parts(data: bytes, count: int) -> list[Part]:
    """``data`` cut into at most ``count`` parts of near equal size (cut after a blank
    line, before a comment line), each ready for :func:`parse_part`."""
    ranges = _part_ranges(data, count)
    if len(ranges) == 1:
        return [Part(b"", data)]
    first_cut = _PART_CUT.search(data)
    assert first_cut is not None  # the ranges were cut at such places
    head = data[: first_cut.start() + 2]
    cut: list[Part] = []
    line = 1
    for k, (start, end) in enumerate(ranges):
        line += data.count(b"\n", ranges[k - 1][0], start) if k else 0
        cut.append(Part(head if k else b"", data[start:end], line))
    return cut


def parse_part(part: Part, path: str) -> POFile:
    """The header of a catalog and the entries of one of its :func:`parts`, each with its line
    in the whole file.

    A process that checks a share of a big catalog parses only that share (``l10n check``).
    A part is read as strictly as the whole; what it cannot judge alone, an entry the cut
    splits (comments parted by a blank line) or one that another part holds too, fails here or
    shows in the parts' keys: the caller then parses the whole with :func:`parse_po`, for the
    right error or the right entries.
    """
    if not part.head:
        return parse_po(part.body, path)
    parser = _Parser(path)
    head = _lines(_decode(part.head, path))
    parser.feed(head, 1)
    if not parser.complete:
        raise parser.fail(1, "the header's comments are parted by a blank line")
    parser.feed(_lines(_decode(part.body, path)), part.line)
    po = parser.end(head, 1)
    # Entries are in file order: the part's are those from the first at or after its start.
    return POFile(po.header, po.entries[bisect_left(po.entries, part.line, key=_line) :])


_line = attrgetter("line")


def _fail(path: str, line: int, what: str, fix: str = _REPAIR) -> CatalogError:
    return CatalogError(f"{path}:{line}", what, fix)


def _decode(data: bytes, path: str) -> str:
    """The file's text, after refusing what GNU tools refuse or would rewrite."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise _fail(
            path,
            1,
            "starts with a UTF-8 byte order mark (BOM)",
            "Save it as UTF-8 without BOM (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' FILE)",
        )
    nul = data.find(b"\0")
    if nul >= 0:
        raise _fail(
            path,
            data.count(b"\n", 0, nul) + 1,
            "contains a NUL byte",
            "This is not a text PO file; restore it from version control",
        )
    eot = data.find(b"\x04")
    if eot >= 0:
        raise _fail(
            path,
            data.count(b"\n", 0, eot) + 1,
            "contains U+0004, which gettext reserves as the context separator",
            "Delete that control character (use msgctxt for a context)",
        )
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
        bare = data.find(b"\r")
        if bare >= 0:
            raise _fail(
                path,
                data.count(b"\n", 0, bare) + 1,
                "bare CR line ending",
                "Convert the line endings to LF (e.g. dos2unix or tr '\\r' '\\n')",
            )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(
            path,
            data.count(b"\n", 0, exc.start) + 1,
            "not valid UTF-8 text",
            "Convert the file to UTF-8 (e.g. iconv -f windows-1258 -t utf-8)",
        ) from exc


class _Parser:
    """A line-oriented state machine: one entry accumulates until the next one begins."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[Entry] = []
        self.header: Entry | None = None
        self.seen: dict[tuple[str | None, str], int] = {}
        self.byte_escapes = False  # an escape gave a byte >= 0x80 (so far in the file)
        self._reset()

    def _reset(self) -> None:
        self.start = 0  # first line of the pending entry
        self.key_line = 0  # line of its first keyword
        self.obsolete: bool | None = None
        self.comments: list[str] = []
        self.extracted: list[str] = []
        self.refs: list[str] = []
        self.flags: list[str] = []
        self.previous: dict[str, list[str]] = {}
        self.fields: dict[str, list[str]] = {}
        self.plural: list[list[str]] = []
        self.current: list[str] | None = None  # where a continuation string goes
        self.in_previous = False  # ... and whether it is a #| string
        self.complete = False  # a msgstr was seen

    def fail(self, line: int, what: str, fix: str = _REPAIR) -> CatalogError:
        return _fail(self.path, line, what, fix)

    def parse(self, lines: tuple[str, ...], first: int = 1) -> POFile:
        """Parse ``lines``, the first of which is line ``first`` of the file."""
        self.feed(lines, first)
        return self.end(lines, first)

    def feed(self, lines: tuple[str, ...], first: int) -> None:
        """Read ``lines``, the first of which is line ``first`` of the file.

        A continuation string, half the lines of a catalog, is read here rather than by
        :meth:`_continuation`, and one with no escape and no inner quote is taken as it is,
        without :func:`_unquote`: reading the 10,000-entry bench catalog, 4 ms of 87 less
        (paired, best of 11). A line that ends in a blank goes through :func:`_unquote`.
        """
        for number, raw in enumerate(lines, first):
            text = raw.lstrip()
            if not text:
                continue
            head = text[0]
            if head == '"':
                current = self.current
                if current is None or self.in_previous or self.obsolete is not False:
                    raise self._stray_string(number)
                inner = text[1:-1]
                if text[-1] == '"' and len(text) > 1 and "\\" not in inner and '"' not in inner:
                    current.append(inner)
                else:
                    current.append(_unquote(text, self, number))
            elif head == "#":
                self._comment(number, text)
            else:
                self._keyword(number, text, False)

    def end(self, head: tuple[str, ...], first: int) -> POFile:
        """The catalog read so far, once its last entry is complete (``head``: lines fed,
        from line ``first``, that hold the header)."""
        self._finish_file()
        self._check_plurals(head, first)
        return POFile(self.header or _NO_HEADER, tuple(self.entries))

    # -- line kinds ------------------------------------------------------------------------

    def _obsolete(self, number: int, rest: str) -> None:
        if rest.startswith("|"):
            self._previous(number, rest[1:].lstrip(), True)
            return
        body = rest.lstrip()
        if not body:
            return
        if body[0] == '"':
            self._continuation(number, body, True)
        else:
            self._keyword(number, body, True)

    def _comment(self, number: int, text: str) -> None:
        """A line that starts with ``#``: a comment, or a ``#~`` or ``#|`` string (told apart
        by the one character after the ``#``)."""
        kind = text[1:2]
        if kind == "~":
            self._obsolete(number, text[2:])
            return
        if kind == "|":
            self._previous(number, text[2:].lstrip(), False)
            return
        if self.fields or self.plural:
            if not self.complete:
                self._missing_msgstr()
            self._finish()
        if not self.start:
            self.start = number
        self.current = None
        self.in_previous = False
        if kind == ".":
            self.extracted.append(text[3:] if text.startswith(" ", 2) else text[2:])
        elif kind == ":":
            words = text[2:].split()
            # The usual case, an entry's first reference alone on its line, has nothing to
            # join: its words are the references (1-2 ms of 85 less on the bench catalog).
            if self.refs or len(words) != 1:
                _add_references(self.refs, words)
            else:
                self.refs = words
        elif kind == ",":
            self.flags.extend(_split_flags(text[2:]))
        else:
            self.comments.append(text[2:] if kind == " " else text[1:])

    def _previous(self, number: int, body: str, obsolete: bool) -> None:
        if not body:  # an empty #| line: GNU ignores it
            return
        if self.fields or self.plural:
            if not self.complete:
                self._missing_msgstr()
            self._finish()
        if not self.start:
            self.start = number
        if body.startswith('"'):
            if self.current is None or not self.in_previous or self.obsolete is not obsolete:
                raise self.fail(
                    number,
                    "a string where none is expected",
                    "Join it to the #| msgid line above or delete it",
                )
            self.current.append(_unquote(body, self, number))
            return
        keyword, value = self._split_keyword(number, body)
        if keyword not in _PREVIOUS or keyword in self.previous:
            raise self.fail(
                number,
                f"unexpected #| {keyword}",
                "A #| line holds the previous msgctxt, msgid or msgid_plural, once each",
            )
        self._check_obsolete(number, obsolete)
        self.in_previous = True
        self.current = self.previous[keyword] = [value]

    def _continuation(self, number: int, text: str, obsolete: bool) -> None:
        if self.current is None or self.in_previous or self.obsolete is not obsolete:
            raise self._stray_string(number)
        self.current.append(_unquote(text, self, number))

    def _stray_string(self, number: int) -> CatalogError:
        return self.fail(
            number,
            "a string where none is expected",
            "Put it right after a msgid or msgstr line, or delete it",
        )

    def _keyword(self, number: int, text: str, obsolete: bool) -> None:
        """A line that starts with a keyword: :meth:`_split_keyword`, with a string that holds
        no escape and no inner quote taken as it is (2.4 ms of 85 less on the bench catalog,
        paired, best of 11), then the checks of the keyword's place, msgid and msgstr first."""
        quote = text.find('"')
        keyword = text[:quote].rstrip()
        if quote < 0 or not keyword:
            raise self._bad_keyword_line(number, text)
        body = text.rstrip()
        inner = body[quote + 1 : -1]
        if len(body) > quote + 1 and body[-1] == '"' and "\\" not in inner and '"' not in inner:
            value = inner
        else:
            value = _unquote(text[quote:], self, number)
        fields = self.fields
        if keyword in ("msgid", "msgctxt") and (self.complete or keyword in fields):
            if not self.complete:
                self._missing_msgstr()
            self._finish()
            fields = self.fields
        if not self.start:
            self.start = number
        if not self.key_line:
            self.key_line = number
        if self.obsolete is not obsolete:
            self._check_obsolete(number, obsolete)
        if keyword == "msgstr":
            if "msgid" not in fields or "msgid_plural" in fields or "msgstr" in fields:
                self._check_msgstr(number, plural=False)  # raises
            self.complete = True
        elif keyword != "msgid" and self._other_keyword(number, keyword, value):
            return
        self.in_previous = False
        self.current = fields[keyword] = [value]

    def _other_keyword(self, number: int, keyword: str, value: str) -> bool:
        """Check the place of a keyword other than msgid and msgstr; True when it was read
        here (a plural form)."""
        if keyword == "msgctxt":
            if "msgid" in self.fields:
                raise self.fail(number, "msgctxt after msgid", "Put msgctxt before msgid")
        elif keyword == "msgid_plural":
            if "msgid" not in self.fields or self.complete or keyword in self.fields:
                raise self.fail(
                    number, "msgid_plural in the wrong place", "Put it once, right after the msgid"
                )
        elif keyword.startswith("msgstr["):
            self._plural_form(number, keyword, value)
            return True
        else:
            raise self.fail(
                number,
                f"unknown keyword {keyword!r}",
                "Use msgctxt, msgid, msgid_plural, msgstr or msgstr[N]",
            )
        return False

    def _plural_form(self, number: int, keyword: str, value: str) -> None:
        self._check_msgstr(number, plural=True)
        index = keyword[7:-1] if keyword.endswith("]") else ""
        if not index.isdigit() or int(index) != len(self.plural):
            raise self.fail(
                number,
                f"{keyword} out of order",
                f"Number the plural forms msgstr[0], msgstr[1], ... "
                f"(expected msgstr[{len(self.plural)}])",
            )
        self.in_previous = False
        self.current = [value]
        self.plural.append(self.current)
        self.complete = True

    def _check_msgstr(self, number: int, *, plural: bool) -> None:
        if "msgid" not in self.fields:
            raise self.fail(number, "msgstr without msgid", "Add the msgid line above it")
        has_plural = "msgid_plural" in self.fields
        if plural and not has_plural:
            raise self.fail(
                number,
                "msgstr[n] without msgid_plural",
                "Use a plain msgstr, or add the msgid_plural line",
            )
        if not plural and has_plural:
            raise self.fail(
                number,
                "plain msgstr in a plural entry",
                "Use msgstr[0], msgstr[1], ... after msgid_plural",
            )
        if "msgstr" in self.fields:
            raise self.fail(number, "a second msgstr", "Keep one msgstr per entry")

    def _check_obsolete(self, number: int, obsolete: bool) -> None:
        if self.obsolete is None:
            self.obsolete = obsolete
        elif self.obsolete is not obsolete:
            raise self.fail(
                number,
                "entry mixes obsolete (#~) and active lines",
                "Prefix all its lines with #~ or none",
            )

    def _split_keyword(self, number: int, text: str) -> tuple[str, str]:
        quote = text.find('"')
        keyword = text[:quote].rstrip()
        if quote < 0 or not keyword:
            raise self._bad_keyword_line(number, text)
        return keyword, _unquote(text[quote:], self, number)

    def _bad_keyword_line(self, number: int, text: str) -> CatalogError:
        """The error for a line that starts with neither ``#`` nor ``"`` and has no string,
        or no keyword before it."""
        if '"' not in text:
            word = text.split(maxsplit=1)[0]
            if word in _KEYWORDS or word.startswith("msgstr["):
                return self.fail(number, f"{word} without its string", 'Add "" after it')
            return self.fail(
                number,
                f"unexpected text {text[:30]!r}",
                "Comment lines start with #; strings are in double quotes",
            )
        return self._stray_string(number)

    # -- entries -------------------------------------------------------------------------

    def _missing_msgstr(self) -> None:
        raise self.fail(
            self.key_line,
            "missing msgstr",
            'Add a msgstr line (msgstr "" for an untranslated entry)',
        )

    def _finish_file(self) -> None:
        if self.complete:
            self._finish()
        elif self.fields:
            raise self.fail(
                self.key_line,
                "truncated last entry: it has no msgstr",
                "Complete it with a msgstr line or delete it",
            )
        elif self.start:
            raise self.fail(
                self.start,
                "truncated last entry: comments with no message",
                "Delete them or add the msgid and msgstr they belong to",
            )
        self._check_charset()

    def _finish(self) -> None:
        """Add the pending entry."""
        fields, previous = self.fields, self.previous
        if previous and "msgid" not in previous:
            raise self.fail(
                self.start,
                "#| msgctxt or #| msgid_plural without #| msgid",
                "Add the previous msgid (#| msgid) or delete the #| lines",
            )
        msgctxt = _joined(fields.get("msgctxt"))
        msgid = "".join(fields["msgid"])
        msgstr = fields.get("msgstr")
        obsolete = bool(self.obsolete)
        entry = Entry(
            msgid=msgid,
            msgstr="" if msgstr is None else "".join(msgstr),
            msgctxt=msgctxt,
            msgid_plural=_joined(fields.get("msgid_plural")),
            msgstr_plural=tuple("".join(form) for form in self.plural) if self.plural else (),
            translator_comments=tuple(self.comments),
            extracted_comments=tuple(self.extracted),
            references=tuple(self.refs),
            flags=tuple(self.flags),
            previous_msgctxt=_joined(previous.get("msgctxt")),
            previous_msgid=_joined(previous.get("msgid")),
            previous_msgid_plural=_joined(previous.get("msgid_plural")),
            obsolete=obsolete,
            line=self.start,
        )
        if self.byte_escapes:
            entry = self._bytes_decoded(entry)
            msgctxt, msgid = entry.msgctxt, entry.msgid
        key = (msgctxt, msgid)
        first = self.seen.get(key)
        if first is not None:
            raise self.fail(
                self.key_line,
                f"duplicate entry (first defined on line {first})",
                "Merge the two entries into one (msgcat --use-first does this)",
            )
        self.seen[key] = self.key_line
        if msgctxt is None and not msgid and not obsolete and self.header is None:
            self.header = entry
        else:
            self.entries.append(entry)
        self._reset()

    def _bytes_decoded(self, entry: Entry) -> Entry:
        """``entry`` with the bytes its escapes spelt decoded (see :func:`_escape_at`)."""

        def text(value: str) -> str:
            return _bytes_decoded(value, self, self.key_line)

        def maybe(value: str | None) -> str | None:
            return None if value is None else text(value)

        return replace(
            entry,
            msgid=text(entry.msgid),
            msgstr=text(entry.msgstr),
            msgctxt=maybe(entry.msgctxt),
            msgid_plural=maybe(entry.msgid_plural),
            msgstr_plural=tuple(map(text, entry.msgstr_plural)),
            previous_msgctxt=maybe(entry.previous_msgctxt),
            previous_msgid=maybe(entry.previous_msgid),
            previous_msgid_plural=maybe(entry.previous_msgid_plural),
        )

    def _check_plurals(self, lines: tuple[str, ...], first: int) -> None:
        """Refuse what ``msgfmt --check`` refuses about plurals: a ``Plural-Forms`` it cannot
        use, and translated plural entries whose form count is not its ``nplurals`` (an
        untranslated one may hold any number of empty forms)."""
        rule = None
        value = (
            POFile(self.header, ()).header_fields().get("Plural-Forms")
            if self.header is not None
            else None
        )
        if value is not None and self.header is not None:
            line = next(
                (
                    number
                    for number, text in enumerate(lines, first)
                    if number >= self.header.line and "Plural-Forms:" in text
                ),
                self.header.line,
            )
            try:
                rule = parse_plural_forms(value)
            except PluralFormsError as exc:
                raise self.fail(line, exc.what, exc.fix) from None
        for entry in self.entries:
            if entry.msgid_plural is None or entry.obsolete:
                continue
            if rule is None:
                if any(entry.msgstr_plural):
                    raise self.fail(
                        entry.line,
                        "plural translations but no Plural-Forms in the header",
                        "Add the language's Plural-Forms line to the header (msginit writes it)",
                    )
            elif len(entry.msgstr_plural) != rule.nplurals and any(entry.msgstr_plural):
                raise self.fail(
                    entry.line,
                    f"{len(entry.msgstr_plural)} plural forms where "
                    f"Plural-Forms says nplurals={rule.nplurals}",
                    f"Give it {rule.nplurals} (msgstr[0] to "
                    f"msgstr[{rule.nplurals - 1}]), or correct Plural-Forms",
                )

    def _check_charset(self) -> None:
        if self.header is None:
            return
        ctype = POFile(self.header, ()).header_fields().get("Content-Type", "")
        for part in ctype.split(";"):
            name, eq, value = part.strip().partition("=")
            if eq and name.strip().lower() == "charset" and value.strip().lower() != "utf-8":
                raise self.fail(
                    self.header.line,
                    f"charset {value.strip()} is not UTF-8",
                    "Convert the file with msgconv --to-code=UTF-8",
                )


def _parse_text(text: str, path: str) -> POFile:
    """The catalog in ``text``, read line by line."""
    return _Parser(path).parse(_lines(text))


def _lines(text: str) -> tuple[str, ...]:
    """``text``'s lines, in a tuple: the garbage collector drops a tuple of strings from its
    lists at its first look, where it walks a list of 96,000 lines at every collection until
    the list grows old (its own time reading the bench catalog, from ``gc.callbacks``,
    4.2 -> 2.2 ms; in all 0.5 ms of 83 less, paired, best of 25)."""
    return tuple(text.split("\n"))


def _joined(parts: list[str] | None) -> str | None:
    return None if parts is None else "".join(parts)


def _split_flags(text: str) -> list[str]:
    """``#,`` items; GNU separates them by commas or blanks, ``range: a..b`` is one flag."""
    words = text.replace(",", " ").split()
    flags: list[str] = []
    for word in words:
        if flags and flags[-1] == "range:":
            flags[-1] = f"range: {word}"
        else:
            flags.append(word)
    return flags


def _add_references(refs: list[str], words: list[str]) -> None:
    """Append the tokens of one ``#:`` line (its ``words``) to the entry's ``refs``, with GNU's
    spaced forms ``file :12`` and ``file: 12`` joined, also across lines: a writer that wraps
    differently must read back the same references, or rewriting a file would never settle."""
    for word in words:
        token = word
        # A joined token may itself start with ":" (":" then ":0" gives ":0"): join again.
        while refs and (
            (token.startswith(":") and token[1:].isdigit())
            or (refs[-1].endswith(":") and token.isdigit())
        ):
            token = refs.pop().rstrip(":") + ":" + token.lstrip(":")
        refs.append(token)


def _unquote(text: str, parser: _Parser, number: int) -> str:
    """The value of the ``"..."`` tokens of a line (``text`` starts at the first opening
    quote); like GNU, several strings on one line are joined (``msgid "a" "b"``)."""
    body = text.rstrip()
    if len(body) < 2 or body[-1] != '"':
        raise parser.fail(
            number,
            "unterminated string",
            "Close the quote or open the file in a PO editor to repair it",
        )
    inner = body[1:-1]
    if "\\" not in inner and '"' not in inner:
        return inner
    return _unescape(inner, parser, number)


def _unescape(inner: str, parser: _Parser, number: int) -> str:
    out: list[str] = []
    i, n = 0, len(inner)
    while i < n:
        j = inner.find("\\", i)
        chunk = inner[i:] if j < 0 else inner[i:j]
        quote = chunk.find('"')
        if quote >= 0:  # a closing quote: only blanks and the next string's opening may follow
            rest = inner[i + quote + 1 :]
            after = rest.lstrip(" \t")
            if not after.startswith('"'):
                raise parser.fail(
                    number, "text after the closing quote", 'Escape quotes inside a string as \\"'
                )
            out.append(chunk[:quote])
            i = n - len(after) + 1
            continue
        out.append(chunk)
        if j < 0:
            break
        if j + 1 == n:
            raise parser.fail(
                number,
                "unterminated string",
                "Close the quote or open the file in a PO editor to repair it",
            )
        char, i = _escape_at(inner, j + 1, parser, number)
        out.append(char)
    return "".join(out)


def _escape_at(inner: str, k: int, parser: _Parser, number: int) -> tuple[str, int]:
    """The character an escape stands for, and the index after it (``k`` follows the ``\\``).

    As GNU's lexer: an octal escape takes up to three digits, a hex one every hex digit that
    follows, and both stand for one byte (the value's low 8 bits). A byte of 0x80 or more is
    half of a UTF-8 sequence: it stays a ``surrogateescape`` placeholder until the whole
    string is joined (:func:`_bytes_decoded`), since a character's bytes may span two lines.
    """
    letter = inner[k]
    simple = _SIMPLE_ESCAPES.get(letter)
    if simple is not None:
        return simple, k + 1
    end, base, digits = k, 8, _OCT
    if letter == "x":
        end, base, digits = k + 1, 16, _HEX
    stop = end
    while stop < len(inner) and inner[stop] in digits and (base == 16 or stop - end < 3):
        stop += 1
    if stop == end:
        raise parser.fail(
            number,
            f"bad escape sequence \\{inner[k]}",
            'Use \\n, \\t, \\\\ or \\", or write the character itself',
        )
    byte = int(inner[end:stop], base) & 0xFF
    if byte == 0:
        raise parser.fail(
            number,
            f"escape \\{inner[k:stop]} is a NUL byte, where GNU tools silently cut the string",
            "Delete the escape and check the text after it",
        )
    if byte == 4:
        raise parser.fail(
            number,
            f"escape \\{inner[k:stop]} is U+0004, which gettext reserves as the context separator",
            "Delete it (use msgctxt for a context)",
        )
    if byte >= 0x80:
        parser.byte_escapes = True
        return chr(0xDC00 + byte), stop
    return chr(byte), stop


def _bytes_decoded(text: str, parser: _Parser, number: int) -> str:
    """``text`` with the placeholders of escaped bytes decoded as the UTF-8 they spell."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError as exc:
        raise parser.fail(
            number,
            "octal or hex escapes that are not valid UTF-8",
            "Write the character itself, or escape every byte of its UTF-8 form",
        ) from exc


# ---------------------------------------------------------------------------------------------
# Writing

_FORMATS = (
    "c",
    "objc",
    "python",
    "python-brace",
    "java",
    "java-printf",
    "csharp",
    "javascript",
    "scheme",
    "lisp",
    "elisp",
    "librep",
    "ruby",
    "sh",
    "awk",
    "lua",
    "object-pascal",
    "smalltalk",
    "qt",
    "qt-plural",
    "kde",
    "kde-kuit",
    "boost",
    "tcl",
    "perl",
    "perl-brace",
    "php",
    "gcc-internal",
    "gfc-internal",
    "ycp",
)
_ESCAPE_OUT = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}
# What a string may not hold raw: GNU writes the controls without a letter escape as they
# are, and other tools then stop or see a line break there; we write their UTF-8 bytes as
# octal escapes, which every gettext tool reads back as the same character.
_NEEDS_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f-\x9f\ud800-\udfff]')
# What no written file may hold anywhere (the last check of format_po): newline aside, the
# C0 and C1 controls and lone surrogates.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# In a comment line: every control reads as one space.
_COMMENT_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]+")


class UnsafeTextError(ValueError):
    """Text no catalog may hold (NUL, U+0004, a lone surrogate) reached the writer: a bug in
    the layer that let it in, reported as an internal error rather than written."""


def comment_lines(text: str) -> tuple[str, ...]:
    """The comment lines a comment becomes, and reads back as: one per line of ``text``, each
    with its controls made spaces (polib stops at a raw CR in a comment)."""
    return tuple(_COMMENT_UNSAFE.sub(" ", line) for line in text.split("\n"))


def format_po(po: POFile) -> str:
    """The catalog as GNU msgcat writes it: obsolete entries last, blank line between entries.

    Like GNU, drops obsolete entries without a translation and the fuzzy flag of an empty
    translation.
    """
    blocks = [] if po.header == _NO_HEADER else [_format_entry(po.header)]
    blocks += [_format_entry(e) for e in po.entries if not e.obsolete]
    blocks += [_format_entry(e) for e in po.entries if e.obsolete and _first_msgstr(e)]
    text = "\n".join(blocks)
    unsafe = _UNSAFE.search(text)
    if unsafe is not None:
        line = text.count("\n", 0, unsafe.start()) + 1
        raise UnsafeTextError(
            f"U+{ord(unsafe.group()):04X} on line {line} of a catalog being written"
        )
    return text


def _first_msgstr(entry: Entry) -> str:
    if entry.msgid_plural is None:
        return entry.msgstr
    return entry.msgstr_plural[0] if entry.msgstr_plural else ""


def _format_entry(entry: Entry) -> str:
    lines = [_comment("#", c) for text in entry.translator_comments for c in comment_lines(text)]
    lines += [_comment("#.", c) for text in entry.extracted_comments for c in comment_lines(text)]
    lines += _reference_lines(entry.references)
    flags = _normal_flags(entry)
    if flags:
        lines.append("#, " + ", ".join(flags))
    wrap = "no-wrap" not in flags
    prefix = "#~ " if entry.obsolete else ""
    previous = "#~| " if entry.obsolete else "#| "
    if entry.previous_msgid is not None:  # GNU refuses a #| msgctxt without #| msgid
        for name, value in (
            ("msgctxt", entry.previous_msgctxt),
            ("msgid", entry.previous_msgid),
            ("msgid_plural", entry.previous_msgid_plural),
        ):
            if value is not None:
                lines += _wrap(previous, name, value, wrap)
    if entry.msgctxt is not None:
        lines += _wrap(prefix, "msgctxt", entry.msgctxt, wrap)
    lines += _wrap(prefix, "msgid", entry.msgid, wrap)
    if entry.msgid_plural is None:
        lines += _wrap(prefix, "msgstr", entry.msgstr, wrap)
    else:
        lines += _wrap(prefix, "msgid_plural", entry.msgid_plural, wrap)
        for index, form in enumerate(entry.msgstr_plural or ("",)):
            lines += _wrap(prefix, f"msgstr[{index}]", form, wrap)
    return "".join(line + "\n" for line in lines)


def _comment(mark: str, text: str) -> str:
    return f"{mark} {text}" if text else mark


def _normal_flags(entry: Entry) -> tuple[str, ...]:
    """The entry's flags as GNU writes them: fuzzy (only on a translation), formats in GNU's
    order, range, no-wrap; flags unknown to GNU (which it would drop) are kept, last."""
    formats: dict[str, str] = {}
    fuzzy = no_wrap = False
    range_ = ""
    others: list[str] = []
    for flag in entry.flags:
        if flag == "fuzzy":
            fuzzy = True
        elif flag in ("wrap", "no-wrap"):
            no_wrap = flag == "no-wrap"
        elif flag.startswith("range:"):
            range_ = flag
        elif flag.endswith("-format") and _format_name(flag) in _FORMATS:
            formats[_format_name(flag)] = flag
        elif flag not in others:
            others.append(flag)
    out = ["fuzzy"] if fuzzy and _first_msgstr(entry) else []
    for name in _FORMATS if formats else ():  # most entries carry no format flag
        flag = formats.get(name, "impossible-")
        if not flag.startswith("impossible-"):
            out.append(flag.removeprefix("possible-"))
    out += [range_] if range_ else []
    out += ["no-wrap"] if no_wrap else []
    return (*out, *others)


def _format_name(flag: str) -> str:
    for prefix in ("no-", "possible-", "impossible-"):
        flag = flag.removeprefix(prefix)
    return flag[:-7]


def _reference_lines(references: Sequence[str]) -> list[str]:
    """``#:`` lines filled up to the page width; a reference is never split."""
    lines: list[str] = []
    line, column = "#:", 2
    for ref in _normal_references(references):
        size = len(ref.encode("utf-8")) + 1
        if column > 2 and column + size > PAGE_WIDTH:
            lines.append(line)
            line, column = "#:", 2
        line += " " + ref
        column += size
    if column > 2:
        lines.append(line)
    return lines


def _normal_references(references: Sequence[str]) -> list[str]:
    """As GNU writes them: ``a.txt:012`` as ``a.txt:12``, repeats dropped, then ``./`` cut."""
    seen: dict[str, None] = {}
    for ref in references:
        name, colon, number = ref.rpartition(":")
        numbered = colon and name and number.isdigit() and number.isascii()
        seen[f"{name}:{int(number)}" if numbered else ref] = None
    return [ref.removeprefix("./") for ref in seen if not _COMMENT_UNSAFE.search(ref)]


def _wrap(prefix: str, name: str, value: str, wrap: bool) -> list[str]:
    """``name "value"`` lines as write-po.c's wrap() lays them out."""
    return list(_wrap_lines(prefix, name, value, wrap))


@functools.lru_cache(maxsize=4096)
def _wrap_lines(prefix: str, name: str, value: str, wrap: bool) -> tuple[str, ...]:
    """:func:`_wrap`, memoised: ingest writes each msgid into the template and every
    target catalog, and line breaking is the costly part of writing a PO file."""
    after_break = len(prefix) + 1
    width = (PAGE_WIDTH if wrap else 1 << 30) - 1 - after_break
    *complete, rest = value.split("\n")
    portions = [part + "\n" for part in complete] + ([rest] if rest or not complete else [])
    lines: list[str] = []
    first = True
    for index, portion in enumerate(portions):
        escaped, locked = _escape(portion)
        start = len(prefix) + (len(name) + 1 if first else 0) + 1 - after_break
        breaks = break_points(escaped, locked, width, start)
        if first and escaped and (index + 1 < len(portions) or start > width or breaks):
            lines.append(f'{prefix}{name} ""')
            first = False
            start = len(prefix) + 1 - after_break
            breaks = break_points(escaped, locked, width, start)
        line = f'{prefix}{name} "' if first else f'{prefix}"'
        first = False
        begin = 0
        for end in breaks:
            lines.append(f'{line}{escaped[begin:end]}"')
            line, begin = f'{prefix}"', end
        lines.append(f'{line}{escaped[begin:]}"')
    return tuple(lines)


def _escape(portion: str) -> tuple[str, set[int]]:
    """The escaped text and the positions where no break may go (inside escapes, before a
    final ``\\n``)."""
    if _NEEDS_ESCAPE.search(portion) is None:
        return portion, set()
    out: list[str] = []
    locked: set[int] = set()
    pos = 0
    for char in portion:
        esc = _ESCAPE_OUT.get(char)
        if esc is None and _NEEDS_ESCAPE.match(char):
            esc = _octal(char)
        if esc is None:
            out.append(char)
            pos += 1
        else:
            out.append(esc)
            locked.update(range(pos + 1, pos + len(esc)))
            pos += len(esc)
    if portion.endswith("\n"):
        locked.add(pos - 2)
    return "".join(out), locked


def _octal(char: str) -> str:
    """``char`` as the octal escapes of its UTF-8 bytes; NUL, U+0004 and lone surrogates,
    which no gettext tool can read back, are refused."""
    if char in "\0\4" or "\ud800" <= char <= "\udfff":
        raise UnsafeTextError(f"U+{ord(char):04X} in a catalog string being written")
    return "".join(f"\\{byte:03o}" for byte in char.encode("utf-8"))
