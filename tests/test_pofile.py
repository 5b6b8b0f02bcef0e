"""The PO model: strict parsing, lossless round trips, and output byte-identical to GNU msgcat."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l10n.catalog.pofile import (
    Entry,
    POFile,
    _normal_flags,
    format_po,
    make_header,
    parse_po,
    read_po,
    write_po,
)
from l10n.errors import CatalogError

SHARED = Path(__file__).resolve().parents[2] / "shared"
MSGCAT = shutil.which("msgcat")
MSGFMT = shutil.which("msgfmt")
needs_gettext = pytest.mark.skipif(MSGCAT is None or MSGFMT is None,
                                   reason="GNU gettext (msgcat, msgfmt) is not installed")
HEADER = make_header({
    "Project-Id-Version": "l10n tests",
    "Report-Msgid-Bugs-To": "",
    "POT-Creation-Date": "2025-07-28 10:00+0000",
    "PO-Revision-Date": "2025-07-29 10:00+0000",
    "Last-Translator": "Test <test@example.org>",
    "Language-Team": "Vietnamese",
    "Language": "vi",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
    "X-Source-URL": "https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-"
                    "phong-chong-mua-ban-nguoi-post1052174.vnp",
}, comments=("Vietnamese translation of an article", ""), flags=("fuzzy",))


def po_bytes(text: str) -> bytes:
    """A small catalog with a UTF-8 header and ``text`` after it."""
    head = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n'
            'Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
    return (head + text).encode("utf-8")


def expected(po: POFile) -> POFile:
    """What a write then read gives back: GNU's order (obsolete last), its flags, and no
    obsolete entry without a translation."""
    def normal(entry: Entry) -> Entry:
        return Entry(**{**{f: getattr(entry, f) for f in Entry.__dataclass_fields__},
                        "flags": _normal_flags(entry)})
    active = [normal(e) for e in po.entries if not e.obsolete]
    obsolete = [normal(e) for e in po.entries
                if e.obsolete and (e.msgstr, *e.msgstr_plural)[e.msgid_plural is not None]]
    return POFile(normal(po.header), (*active, *obsolete))


def msgcat_keeps(path: Path) -> None:
    """Assert GNU msgcat rewrites the file to exactly the same bytes."""
    assert MSGCAT is not None
    out = path.with_name(path.name + ".msgcat")
    proc = subprocess.run([MSGCAT, "--force-po", str(path), "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    mine, gnu = path.read_text("utf-8"), out.read_text("utf-8")
    if mine != gnu:  # show the first differing lines, not two whole files
        diff = [(a, b) for a, b in zip(mine.split("\n"), gnu.split("\n"), strict=False) if a != b]
        pytest.fail(f"msgcat changed {path.name}: first difference (ours, GNU's) {diff[:2]}")


def msgfmt_accepts(path: Path) -> None:
    assert MSGFMT is not None
    proc = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr


# ---------------------------------------------------------------------------------------------
# Strategies

# NUL and EOT (gettext's context separator) cannot be stored in a PO file.
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\0\4"),
                   max_size=120)
# Realistic news text: French and Vietnamese letters, typography, digits, some CJK and emoji.
NEWS_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    + list("àâçéèêëîïôûùüÿœÀÉÈÇăâđêôơưĂĐƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
    + [" "] * 12 + list("\u00a0\u202f«»“”‘’'\"-–—/.,;:!?()[]%€$&@#*+=<>|\\…\n\t")
    + list("中文字한국어😀🇻🇳\u0301\u0323")
)
NEWS_TEXT = st.lists(NEWS_ALPHABET, max_size=300).map("".join)
# Text GNU writes as we do: the controls that have a letter escape (\a \b \t \n \v \f \r)
# but no other (GNU writes those raw, we as octal escapes: see test_pofile_escapes).
GNU_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc",))
                   | st.sampled_from("\a\b\t\n\v\f\r"), max_size=120)
# GNU reads a backslash at the end of a line as a line continuation, even in a comment.
# Controls are written as spaces in comments (see test_pofile_escapes).
COMMENT = st.text(st.characters(codec="utf-8", exclude_categories=("Cc",)),
                  max_size=100).filter(lambda s: not s.endswith("\\"))
REFERENCE = st.builds("{}:{}".format,
                      st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789._-/"),
                              min_size=1, max_size=40).filter(lambda s: not s.startswith("./")),
                      st.integers(min_value=1, max_value=99999))


@st.composite
def entries(draw: st.DrawFn, text: st.SearchStrategy[str]) -> Entry:
    plural = draw(st.booleans())
    obsolete = draw(st.integers(0, 4)) == 0
    maybe = st.none() | text
    previous_msgid = draw(maybe)
    return Entry(
        msgid=draw(text.filter(bool)),
        msgstr="" if plural else draw(text),
        msgctxt=draw(maybe),
        msgid_plural=draw(text) if plural else None,
        msgstr_plural=tuple(draw(st.lists(text, min_size=2, max_size=2))) if plural else (),
        translator_comments=() if obsolete else tuple(draw(st.lists(COMMENT, max_size=2))),
        extracted_comments=() if obsolete else tuple(draw(st.lists(COMMENT, max_size=2))),
        references=() if obsolete else tuple(draw(st.lists(REFERENCE, max_size=8,
                                                                    unique=True))),
        flags=draw(st.sampled_from([(), ("fuzzy",), ("fuzzy", "no-wrap"), ("python-format",)])),
        obsolete=obsolete, previous_msgid=previous_msgid,
        # GNU wants a #| msgid wherever there is a #| msgctxt
        previous_msgctxt=None if previous_msgid is None else draw(st.none() | text),
    )


def catalogs(text: st.SearchStrategy[str]) -> st.SearchStrategy[POFile]:
    unique = st.lists(entries(text), max_size=6,
                      unique_by=lambda e: (e.msgctxt, e.msgid))
    return unique.map(lambda items: POFile(HEADER, tuple(items)))


# ---------------------------------------------------------------------------------------------
# Round trips

@settings(max_examples=300, deadline=None)
@given(catalogs(ANY_TEXT))
def test_format_then_parse_gives_the_catalog_back(po: POFile) -> None:
    text = format_po(po)
    back = parse_po(text.encode("utf-8"))
    assert back == expected(po)
    assert format_po(back) == text


@needs_gettext
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogs(NEWS_TEXT | GNU_TEXT))
def test_msgcat_leaves_generated_catalogs_unchanged(tmp_path_factory: pytest.TempPathFactory,
                                                     po: POFile) -> None:
    path = tmp_path_factory.mktemp("gen") / "vi.po"
    write_po(path, po)
    msgcat_keeps(path)


def shared_sentences() -> list[str]:
    files = [*sorted(SHARED.glob("articles/*.txt")), *sorted(SHARED.glob("corpus/text/*.txt"))]
    lines = (line.strip() for f in files for line in f.read_text("utf-8").splitlines())
    return list(dict.fromkeys(line for line in lines if line))


def real_catalog(sentences: list[str]) -> POFile:
    """Every sentence as msgid and as msgstr, with the decorations a real catalog carries."""
    items: list[Entry] = []
    for i, line in enumerate(sentences):
        other = sentences[-1 - i]
        items.append(Entry(
            msgid=line, msgstr=other, msgctxt=f"bloc {i} — {line[:60]}" if i % 5 == 0 else None,
            translator_comments=(f"Relu : {line[:150]}",), extracted_comments=("paragraph",),
            references=tuple(f"www.vietnamplus.vn/article-{j}.txt:{i * 37 + j}"
                             for j in range(i % 11)),
            flags=("fuzzy",) if i % 2 else (),
            previous_msgid=f"{other} (ancienne version)" if i % 2 else None))
        items.append(Entry(msgid=f"[supprimé] {line}", msgstr=f"{other}\n{line}", obsolete=True,
                           flags=("fuzzy",) if i % 3 == 0 else (),
                           previous_msgid=line if i % 3 == 0 else None))
    return POFile(HEADER, tuple(items))


def test_msgcat_leaves_real_french_and_vietnamese_unchanged(tmp_path: Path) -> None:
    if MSGCAT is None or MSGFMT is None:
        pytest.skip("GNU gettext is not installed")
    sentences = shared_sentences()
    if not sentences:
        pytest.skip(f"no shared corpus at {SHARED}")
    po = real_catalog(sentences)
    path = tmp_path / "vi.po"
    assert write_po(path, po)
    msgcat_keeps(path)
    msgfmt_accepts(path)
    assert read_po(path) == expected(po)


@needs_gettext
def test_wrapping_corner_cases_match_msgcat(tmp_path: Path) -> None:
    long = "Le thème de la Journée mondiale contre la traite des personnes 2025 porte le message"
    texts = [
        long + " « La traite des personnes est un crime organisé » !",
        long.replace(" ", "\u00a0"), long.replace(" ", "\u202f"),
        "x" * 200, "a " * 80, "\\" * 90, '"' * 90, "\t" * 50, "a\n" * 5, "\n\n", "fin\n",
        "https://www.vietnamplus.vn/viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-"
        "mua-ban-nguoi-post1052174.vnp?x=1&y=2#frag",
        "Việt Nam đã đạt được kết quả vượt bậc trong phòng, chống mua bán người " * 3,
        "中华人民共和国" * 15, "한국어 텍스트 " * 12, "😀🇻🇳👍🏽" * 20, "1/2/3/4-5-6 " * 12,
        "(OIM) [note] {x} 12,5 % 3.000 $US 25/07/2025 – 2h30 —" * 2,
        "e\u0301" * 100, "\u200b" * 100 + "a" * 100, "a\u2028b " * 40,
    ]
    items = tuple(Entry(msgid=t, msgstr=t, msgctxt=str(i), previous_msgid=t, flags=("fuzzy",))
                  for i, t in enumerate(texts))
    items += tuple(Entry(msgid=t, msgstr=t, msgctxt=f"obsolete {i}", previous_msgid=t,
                         obsolete=True) for i, t in enumerate(texts))
    path = tmp_path / "corner.po"
    write_po(path, POFile(HEADER, items))
    msgcat_keeps(path)


@needs_gettext
def test_gnu_normalisations_are_reproduced(tmp_path: Path) -> None:
    """What msgcat changes in a hand-written file, our writer changes the same way."""
    source = po_bytes(
        "#,   c-format,fuzzy ,no-wrap\nmsgid \"f\"\nmsgstr \"g\"\n\n"
        "#, fuzzy\nmsgid \"empty\"\nmsgstr \"\"\n\n"
        "#~ msgid \"obsolete and empty\"\n#~ msgstr \"\"\n\n"
        "#  two spaces\n#\n#no space\n#.x  \n#.\n#: ./a.c:012 b.c c.c: 3 d.c :4\n"
        "msgid \"c\"\nmsgstr \"d\"\n\n"
        "msgid \"a\" \nmsgstr \"\\x41\\102\"\n\"\"\n")
    src = tmp_path / "src.po"
    src.write_bytes(source)
    assert MSGCAT is not None
    gnu = subprocess.run([MSGCAT, str(src)], capture_output=True, check=True).stdout
    assert format_po(parse_po(source)).encode("utf-8") == gnu


# ---------------------------------------------------------------------------------------------
# What the parser accepts

def test_accepts_what_editors_write() -> None:
    text = (
        "# translator\n#. extracted\n#: a.txt:1 b.txt:2\n#, fuzzy, c-format\n"
        "#| msgctxt \"old ctx\"\n#| msgid \"old\"\n#| \"er\"\n"
        "msgctxt \"ctx\"\nmsgid \"\"\n\"multi \"\n\"line\"\nmsgstr \"ligne\"\n"
        "\n\n\n"
        "msgid \"one\"\nmsgid_plural \"many\"\nmsgstr[0] \"un\"\nmsgstr[1] \"plusieurs\"\n\n"
        "#, fuzzy\n#~| msgid \"gone before\"\n#~ msgctxt \"c\"\n#~ msgid \"gone\"\n"
        "#~ msgstr \"\"\n#~ \"parti\"\n"
    )
    po = parse_po(po_bytes(text).replace(b"\n", b"\r\n"), "fr.po")
    first, plural, gone = po.entries
    assert first == Entry(msgid="multi line", msgstr="ligne", msgctxt="ctx",
                          translator_comments=("translator",), extracted_comments=("extracted",),
                          references=("a.txt:1", "b.txt:2"), flags=("fuzzy", "c-format"),
                          previous_msgctxt="old ctx", previous_msgid="older")
    assert first.line == 5 and first.fuzzy
    assert plural.msgid_plural == "many" and plural.msgstr_plural == ("un", "plusieurs")
    assert gone.obsolete and gone.msgctxt == "c" and gone.msgstr == "parti"
    assert gone.previous_msgid == "gone before" and gone.line == 25
    assert po.header_fields() == {"Content-Type": "text/plain; charset=UTF-8",
                                  "Plural-Forms": "nplurals=2; plural=(n != 1);"}


def test_a_file_without_header_stays_without_header() -> None:
    data = b'msgid "a"\nmsgstr "b"\n'
    po = parse_po(data)
    assert po.header == Entry(msgid="") and po.header_fields() == {}
    assert format_po(po).encode() == data
    assert format_po(POFile(Entry(msgid=""), ())) == ""


def test_escapes_are_decoded() -> None:
    po = parse_po(po_bytes('msgid "a\\tb\\\\c\\"d\\n\\x41\\102"\nmsgstr ""\n'))
    assert po.entries[0].msgid == 'a\tb\\c"d\nAB'


def test_make_header_and_fields_round_trip() -> None:
    header = make_header({"Language": "vi", "Report-Msgid-Bugs-To": ""}, ["c"], ["fuzzy"])
    assert header.msgstr == "Language: vi\nReport-Msgid-Bugs-To: \n"
    po = parse_po(format_po(POFile(header, ())).encode())
    assert po.header_fields() == {"Language": "vi", "Report-Msgid-Bugs-To": ""}
    assert po.header.fuzzy and po.header.translator_comments == ("c",)


def test_line_is_not_part_of_equality() -> None:
    assert Entry(msgid="a", line=3) == Entry(msgid="a", line=9)
    assert hash(Entry(msgid="a", line=3)) == hash(Entry(msgid="a"))


def test_write_po_is_atomic_and_skips_identical_content(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "vi.po"
    po = POFile(HEADER, (Entry(msgid="Bonjour", msgstr="Xin chào"),))
    assert write_po(path, po) is True
    stamp = path.stat().st_mtime_ns
    assert write_po(path, po) is False
    assert path.stat().st_mtime_ns == stamp
    assert read_po(path) == po
    assert [p.name for p in path.parent.iterdir()] == ["vi.po"]


# ---------------------------------------------------------------------------------------------
# What the parser refuses: one CatalogError naming the line, with the fix

BAD = {
    "unterminated string": (b'msgid "a\nmsgstr ""\n', 1, "unterminated string"),
    "escaped closing quote": (b'msgid "a\\"\nmsgstr ""\n', 1, "unterminated string"),
    "bad escape": (b'msgid "a"\nmsgstr "\\q"\n', 2, "bad escape sequence"),
    "NUL escape": (b'msgid "a"\nmsgstr "\\0"\n', 2, "is a NUL byte"),
    "NUL hex escape": (b'msgid "a"\nmsgstr "b\\x100"\n', 2, "is a NUL byte"),
    "EOT escape": (b'msgid "a\\x04"\nmsgstr ""\n', 1, "context separator"),
    "escapes not UTF-8": (b'msgid "a"\nmsgstr ""\n"\\303"\n"\\303"\n', 1,
                          "not valid UTF-8"),
    "question mark escape": (b'msgid "a\\?"\nmsgstr ""\n', 1, "bad escape sequence \\?"),
    "hex escape without digits": (b'msgid "a\\xg"\nmsgstr ""\n', 1,
                                  "bad escape sequence \\x"),
    "string where none is expected": (b'# c\n"stray"\nmsgid "a"\nmsgstr ""\n', 2,
                                      "a string where none is expected"),
    "string after a blank entry start": (b'"stray"\n', 1, "a string where none is expected"),
    "missing msgstr": (b'msgid "a"\n\nmsgid "b"\nmsgstr ""\n', 1, "missing msgstr"),
    "missing msgstr before a comment": (b'msgid "a"\n# c\nmsgid "b"\nmsgstr ""\n', 1,
                                        "missing msgstr"),
    "duplicate": (b'msgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "x"\n', 4, "duplicate entry"),
    "duplicate with context": (b'msgctxt "c"\nmsgid "a"\nmsgstr ""\n\n#. x\nmsgctxt "c"\n'
                               b'msgid "a"\nmsgstr ""\n', 6, "duplicate entry"),
    "duplicate of an obsolete entry": (b'msgid "a"\nmsgstr ""\n\n#~ msgid "a"\n'
                                       b'#~ msgstr "x"\n', 4, "duplicate entry"),
    "truncated last entry": (b'msgid "a"\nmsgstr ""\n\n#. c\nmsgid "b"\n', 5,
                             "truncated last entry"),
    "trailing comments": (b'msgid "a"\nmsgstr ""\n\n# orphan\n', 4, "truncated last entry"),
    "invalid UTF-8": (b'msgid "a"\nmsgstr "caf\xe9"\n', 2, "not valid UTF-8"),
    "BOM": (b'\xef\xbb\xbfmsgid "a"\nmsgstr ""\n', 1, "byte order mark"),
    "EOT": (b'msgid "a\x04b"\nmsgstr ""\n', 1, "context separator"),
    "NUL byte": (b'msgid "a"\nmsgstr ""\n\nmsgid "b\x00"\nmsgstr ""\n', 4, "NUL byte"),
    "bare CR": (b'msgid "a"\r\nmsgstr ""\r\n\r\nmsgid "b"\rmsgstr ""\n', 4, "bare CR"),
    "charset": (b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n', 1,
                "charset ISO-8859-1 is not UTF-8"),
    "msgstr[n] without msgid_plural": (b'msgid "a"\nmsgstr[0] ""\n', 2,
                                       "msgstr[n] without msgid_plural"),
    "plural form out of order": (b'msgid "a"\nmsgid_plural "b"\nmsgstr[1] ""\n', 3,
                                 "out of order"),
    "keyword without string": (b'msgid "a"\nmsgstr\n', 2, "msgstr without its string"),
    "text after the string": (b'msgid "a" x\nmsgstr ""\n', 1, "unterminated string"),
    "quote inside": (b'msgid "a"b"\nmsgstr ""\n', 1, "text after the closing quote"),
    "unknown keyword": (b'msgid "a"\nmsgstring ""\n', 2, "unknown keyword"),
    "garbage": (b'msgid "a"\nmsgstr ""\nhello\n', 3, "unexpected text"),
    "mixed obsolete": (b'#~ msgid "a"\nmsgstr ""\n', 2, "mixes obsolete"),
    "previous msgctxt alone": (b'# c\n#| msgctxt "a"\nmsgid "a"\nmsgstr ""\n', 1,
                               "without #| msgid"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_catalogs_are_refused_with_the_line(case: str) -> None:
    data, line, what = BAD[case]
    with pytest.raises(CatalogError) as info:
        parse_po(data, "fr.po")
    error = info.value
    assert error.where == f"fr.po:{line}", error.one_line()
    assert what in error.what
    assert error.fix and "\n" not in error.one_line()


def test_error_message_is_one_line_with_the_fix() -> None:
    with pytest.raises(CatalogError) as info:
        parse_po(b'msgid "a\nmsgstr ""\n', "fr.po")
    assert info.value.one_line() == ("fr.po:1: unterminated string. Close the quote or open "
                                     "the file in a PO editor to repair it")


# ---------------------------------------------------------------------------------------------
# Cross-check with polib

def test_parse_agrees_with_polib(tmp_path: Path) -> None:
    sentences = shared_sentences() or ["Le Vietnam a obtenu des résultats remarquables.",
                                       "Việt Nam đã đạt được kết quả vượt bậc."]
    po = real_catalog(sentences[:40])
    path = tmp_path / "vi.po"
    write_po(path, po)
    ours = read_po(path)
    theirs = polib.pofile(str(path), wrapwidth=79)
    active = [e for e in theirs if not e.obsolete]
    assert len(active) == len([e for e in ours.entries if not e.obsolete])
    for mine, other in zip([e for e in ours.entries if not e.obsolete], active, strict=True):
        assert (mine.msgid, mine.msgstr, mine.msgctxt) == (other.msgid, other.msgstr,
                                                             other.msgctxt)
        assert list(mine.flags) == other.flags
        assert mine.previous_msgid == other.previous_msgid
        # polib drops trailing blanks of comment lines; GNU keeps them
        assert "\n".join(c.rstrip() for c in mine.translator_comments) == other.tcomment
        assert "\n".join(mine.extracted_comments) == other.comment
        assert [tuple(r.rsplit(":", 1)) for r in mine.references] == other.occurrences
        assert mine.line <= other.linenum
    obsolete = {e.msgid: e.msgstr for e in theirs.obsolete_entries()}
    assert obsolete == {e.msgid: e.msgstr for e in ours.entries if e.obsolete}
    assert theirs.metadata == ours.header_fields()

