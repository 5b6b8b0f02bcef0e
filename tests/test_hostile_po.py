"""Hand-edited catalogs broken in every way a translator or a bad merge breaks them.

Every command that reads the catalog must refuse it with one line naming the file and line,
exit 2, and leave the broken file exactly as it was (a re-ingest must not "repair" it by
dropping what it could not read).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ARTICLE, BUNDLED
from tests.support.sandbox import Sandbox, refused

KEY = ("www.vietnamplus.vn/"
       "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174")
GOOD = (BUNDLED / KEY / "vi.po").read_bytes()
FIRST_MSGSTR = b'msgstr "Vi\xe1\xbb\x87t Nam \xc4\x91\xe1\xba\xa1t'


def _line_of(data: bytes, needle: bytes) -> int:
    return data[: data.index(needle)].count(b"\n") + 1


def _unterminated(po: bytes) -> tuple[bytes, int]:
    start = po.index(FIRST_MSGSTR)
    end = po.index(b"\n", start)
    return po[: end - 1] + po[end:], _line_of(po, FIRST_MSGSTR)


def _bad_escape(po: bytes) -> tuple[bytes, int]:
    return po.replace(FIRST_MSGSTR, FIRST_MSGSTR + b"\\q", 1), _line_of(po, FIRST_MSGSTR)


def _duplicate(po: bytes) -> tuple[bytes, int]:
    start = po.index(b"#. title")
    entry = po[start: po.index(b"\n\n", start) + 1]
    broken = po.rstrip(b"\n") + b"\n\n" + entry
    return broken, broken[: broken.rindex(b"msgid ")].count(b"\n") + 1


def _missing_msgstr(po: bytes) -> tuple[bytes, int]:
    start = po.index(FIRST_MSGSTR)
    end = po.index(b"\n", start)
    return po[:start] + po[end + 1:], _line_of(po, FIRST_MSGSTR) - 3


def _truncated(po: bytes) -> tuple[bytes, int]:
    cut = po.rindex(b"msgid ")
    return po[: cut + 20], _line_of(po, po[cut: cut + 20])


def _nul(po: bytes) -> tuple[bytes, int]:
    return po.replace(FIRST_MSGSTR, FIRST_MSGSTR + b"\0", 1), _line_of(po, FIRST_MSGSTR)


def _invalid_utf8(po: bytes) -> tuple[bytes, int]:
    return po.replace(FIRST_MSGSTR, FIRST_MSGSTR + b"\xff\xfe", 1), _line_of(po, FIRST_MSGSTR)


def _bom(po: bytes) -> tuple[bytes, int]:
    return b"\xef\xbb\xbf" + po, 1


def _bare_cr(po: bytes) -> tuple[bytes, int]:
    return po.replace(b"\n", b"\r"), 1


def _charset(po: bytes) -> tuple[bytes, int]:
    return po.replace(b"charset=UTF-8", b"charset=KOI8-R"), 1


def _half_character(po: bytes) -> tuple[bytes, int]:
    cut = po.index(b"\xe1\xbb\x87")  # ệ cut after its first byte
    return po[: cut + 1], po[:cut].count(b"\n") + 1


def _plural_order(po: bytes) -> tuple[bytes, int]:
    extra = b'\nmsgid "one"\nmsgid_plural "many"\nmsgstr[1] "x"\n'
    return po + extra, po.count(b"\n") + 4


def _garbage(po: bytes) -> tuple[bytes, int]:
    return bytes(range(1, 256)) * 40, 1


BROKEN: dict[str, tuple[Callable[[bytes], tuple[bytes, int]], str]] = {
    "unterminated string": (_unterminated, "unterminated string"),
    "bad escape": (_bad_escape, "bad escape"),
    "duplicate entry": (_duplicate, "duplicate entry"),
    "missing msgstr": (_missing_msgstr, "missing msgstr"),
    "truncated file": (_truncated, "unterminated string"),
    "NUL byte": (_nul, "NUL"),
    "invalid UTF-8": (_invalid_utf8, "UTF-8"),
    "UTF-8 BOM": (_bom, "BOM"),
    "bare CR": (_bare_cr, "CR"),
    "unknown charset": (_charset, "KOI8-R"),
    "cut inside a character": (_half_character, "UTF-8"),
    "plural forms out of order": (_plural_order, "msgstr[1]"),
    "binary garbage": (_garbage, ""),
}


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    sandbox = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, sandbox.catalogs)
    return sandbox


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_catalog_refused_by_every_command(box: Sandbox, name: str) -> None:
    make, words = BROKEN[name]
    data, line = make(GOOD)
    target = box.catalogs / KEY / "vi.po"
    target.write_bytes(data)
    where = f"vi.po:{line}" if name != "binary garbage" else "vi.po:"
    for args in (("status",), ("export", "--lang", "vi"),
                 ("export", "--lang", "vi", "--format", "md", "-o", "out"),
                 ("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en")):
        refused(box.run(*args, codes=(2,)), where, words)
        assert target.read_bytes() == data, f"{args} changed the broken catalog"
    assert not box.out.exists()
    # the other language still works
    assert "<html" in box.ok("export", "--lang", "en").out


def test_empty_catalog_is_untranslated_not_an_error(box: Sandbox) -> None:
    (box.catalogs / KEY / "vi.po").write_bytes(b"")
    box.ok("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en")
    langs = json.loads(box.ok("status", "--json").out)["catalogs"][0]["languages"]
    assert langs["vi"]["units"] > 0, langs
    assert langs["vi"]["untranslated"] == langs["vi"]["units"], langs  # an empty start again
    assert langs["en"]["translated"] == langs["en"]["units"], langs  # the other kept its work
    box.check_catalogs()


SKELETONS = {
    "not JSON": b"{",
    "wrong format": b'{"format": 99}',
    "unknown kind": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"kind": "title"', b'"kind": "script"', 1),
    "segments not strings": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"segments": [\n', b'"segments": [\n  1,\n', 1),
    "lone surrogate": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"segments": [\n    "', b'"segments": [\n    "\\ud800', 1),
    "lone surrogate, upper case": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"segments": [\n    "', b'"segments": [\n    "x\\uDFFF', 1),
    "segments a string": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"segments": [\n', b'"segments": "ab", "x": [\n', 1),
    "attrs not a mapping": (BUNDLED / KEY / "skeleton.json").read_bytes().replace(
        b'"attrs": {}', b'"attrs": [1]', 1),
    "array": b"[]",
    "invalid UTF-8": b'{"format": 1, "source_url": "\xff"}',
}


@pytest.mark.parametrize("name", sorted(SKELETONS))
def test_broken_skeleton_refused(box: Sandbox, name: str) -> None:
    (box.catalogs / KEY / "skeleton.json").write_bytes(SKELETONS[name])
    for args in (("status",), ("export", "--lang", "vi", "-o", "out"),
                 ("export", "--lang", "fr", "--format", "md")):
        refused(box.run(*args, codes=(2,)), "skeleton.json")
