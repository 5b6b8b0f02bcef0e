"""Catalogs l10n refuses or keeps as they are: broken plural headers, links out of
``catalogs/``, an unchanged article re-ingested, a page whose addresses carry controls.

Every refusal is one line naming the file and line with the fix, exit 2, and the broken file
left exactly as it was; every file l10n writes is read by GNU, polib, Babel and Translate
Toolkit.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from l10n.catalog.store import SKELETON, find_catalogs
from tests.conftest import ARTICLE, BUNDLED
from tests.support.po_readers import read_by_every_tool
from tests.support.sandbox import Sandbox, refused

KEY = (
    "www.vietnamplus.vn/"
    "viet-nam-da-dat-duoc-ket-qua-vuot-bac-trong-phong-chong-mua-ban-nguoi-post1052174"
)
GOOD = (BUNDLED / KEY / "vi.po").read_bytes()
HEADER_RULE = b'"Plural-Forms: nplurals=1; plural=0;\\n"'
PLURAL_ENTRY = (
    b'\n#. paragraph\nmsgid "one article"\nmsgid_plural "%d articles"\n'
    b'msgstr[0] "m\xe1\xbb\x99t b\xc3\xa0i"\nmsgstr[1] "%d b\xc3\xa0i"\n'
)
RULE_LINE = GOOD[: GOOD.index(HEADER_RULE)].count(b"\n") + 1

BROKEN_PLURALS = {
    "garbage": (b'"Plural-Forms: garbage\\n"', False, RULE_LINE, "is not"),
    "nplurals out of range": (
        b'"Plural-Forms: nplurals=9; plural=n%9;\\n"',
        False,
        RULE_LINE,
        "nplurals=9",
    ),
    "division by zero": (
        b'"Plural-Forms: nplurals=2; plural=n/(n-7)>0;\\n"',
        False,
        RULE_LINE,
        "divides by zero for n=7",
    ),
    "not only n": (
        b'"Plural-Forms: nplurals=2; plural=x>1;\\n"',
        False,
        RULE_LINE,
        "not a C expression",
    ),
    "form past nplurals": (
        b'"Plural-Forms: nplurals=2; plural=n;\\n"',
        False,
        RULE_LINE,
        "gives form 2",
    ),
    "entries disagree with nplurals": (HEADER_RULE, True, GOOD.count(b"\n") + 2, "nplurals=1"),
}


@pytest.fixture
def box(tmp_path: Path) -> Sandbox:
    sandbox = Sandbox(tmp_path)
    shutil.copytree(BUNDLED, sandbox.catalogs)
    return sandbox


@pytest.mark.parametrize("name", sorted(BROKEN_PLURALS))
def test_broken_plural_rule_refused_by_every_command(box: Sandbox, name: str) -> None:
    rule, plural_entry, line, words = BROKEN_PLURALS[name]
    data = GOOD.replace(HEADER_RULE, rule) + (PLURAL_ENTRY if plural_entry else b"")
    target = box.catalogs / KEY / "vi.po"
    target.write_bytes(data)
    for args in (
        ("status",),
        ("check",),
        ("export", "--lang", "vi", "-o", "out"),
        ("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en"),
    ):
        line_text = refused(box.run(*args, codes=(2,)), f"vi.po:{line}:", words)
        assert "Plural-Forms" in line_text or "nplurals" in line_text, line_text
        assert target.read_bytes() == data, f"{args} changed the broken catalog"
    assert not box.out.exists()


def test_a_good_plural_entry_is_kept(box: Sandbox) -> None:
    target = box.catalogs / KEY / "vi.po"
    target.write_bytes(
        GOOD.replace(HEADER_RULE, b'"Plural-Forms: nplurals=2; plural=n>1;\\n"') + PLURAL_ENTRY
    )
    assert box.run("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en").code == 0
    # not in the article: kept, with its forms, as an obsolete entry
    assert b'#~ msgid_plural "%d articles"\n#~ msgstr[0]' in target.read_bytes()
    read_by_every_tool(target)


def test_symlinks_out_of_the_catalogs_are_refused(box: Sandbox, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    shutil.move(box.catalogs / KEY, outside)
    (box.catalogs / KEY).symlink_to(outside, target_is_directory=True)
    before = {p: p.read_bytes() for p in outside.iterdir()}
    for args in (
        ("export", f"https://{KEY}.vnp", "--lang", "vi", "-o", "out"),
        ("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en", "--url", f"https://{KEY}.vnp"),
    ):
        refused(box.run(*args, codes=(2,)), "symbolic link leads out of")
    assert {p: p.read_bytes() for p in outside.iterdir()} == before
    # a catalog file linked out of the directory
    (box.catalogs / KEY).unlink()
    shutil.move(outside, box.catalogs / KEY)
    secret = tmp_path / "secret.po"
    secret.write_bytes(GOOD)
    os.remove(box.catalogs / KEY / "vi.po")
    (box.catalogs / KEY / "vi.po").symlink_to(secret)
    refused(box.run("status", codes=(2,)), "vi.po", "symbolic link leads out of")
    refused(box.run("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en", codes=(2,)), "vi.po")
    assert secret.read_bytes() == GOOD


def test_a_linked_host_directory_is_followed_only_inside(box: Sandbox, tmp_path: Path) -> None:
    """Links are looked for in every directory between the catalogs and the article's, not
    only in the article's own: a host directory linked out of the catalogs is refused."""
    host = box.catalogs / KEY.split("/", maxsplit=1)[0]
    outside = tmp_path / "hosts"
    shutil.move(host, outside)
    host.symlink_to(outside, target_is_directory=True)
    before = {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()}
    url = f"https://{KEY}.vnp"
    for args in (
        ("export", url, "--lang", "vi", "-o", "out"),
        ("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en", "--url", url),
    ):
        refused(box.run(*args, codes=(2,)), "symbolic link leads out of")
    assert {p: p.read_bytes() for p in outside.rglob("*") if p.is_file()} == before
    # the same directory kept inside the catalogs, under another name: followed
    host.unlink()
    shutil.move(outside, box.catalogs / "moved")
    host.symlink_to(box.catalogs / "moved", target_is_directory=True)
    assert box.run("export", url, "--lang", "vi", "-o", "out").code == 0
    assert any(p.suffix == ".html" for p in box.out.rglob("*"))


def test_catalogs_are_listed_in_path_order_without_following_linked_folders(
    tmp_path: Path,
) -> None:
    """The walk lists what sorted ``rglob`` listed: keys part by part ("a/b" before "a-c"),
    a catalog nested in another, and nothing behind a linked directory."""
    root = tmp_path / "catalogs"
    keys = ["a/b", "a-c/d", "a/b/c", "a.b/x", "z", "a/b-2", "A/b"]
    for key in keys:
        (root / key).mkdir(parents=True, exist_ok=True)
        (root / key / SKELETON).write_text("{}", "utf-8")
    (root / "linked").symlink_to(root / "a", target_is_directory=True)
    listed = [c.key for c in find_catalogs(root)]
    expected = [p.parent.relative_to(root).as_posix() for p in sorted(root.rglob(SKELETON))]
    assert listed == expected
    assert sorted(listed) == sorted(keys) and listed != sorted(keys)  # not a string sort


def test_broken_skeleton_named_with_its_line(box: Sandbox) -> None:
    (box.catalogs / KEY / "skeleton.json").write_text('{"format": 1,\n\n', "utf-8")
    refused(box.run("export", "--lang", "vi", "-o", "out", codes=(2,)), "skeleton.json:3:")


HOSTILE_PAGE = """<!doctype html><html lang="fr"><head><title>Titre de l'article</title></head>
<body><article>
<h1>Un titre assez long pour un article de test</h1>
<p>Le premier paragraphe contient <a href="javascript&#13;:alert(1)">un lien piégé</a> et du texte en plus pour faire une phrase.</p>
<p>Le deuxième paragraphe a <a href="https://example.com/a&#13;&#10;b">un lien sur deux lignes</a> puis <a href="https://example.com/&#9;tab">un autre</a> dans la phrase.</p>
<p>Un troisième paragraphe avec <a href="https://example.com/x&#x85;y&#x2028;z">un lien NEL</a> et des mots.</p>
<p>Quatrième paragraphe: <img src="a&#13;b.png" alt="une image&#13;cassée"> et encore du texte ici.</p>
</article></body></html>
"""


def test_reingest_of_an_unchanged_page_rewrites_nothing(box: Sandbox, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HOSTILE_PAGE, "utf-8")
    args = (
        "ingest",
        str(page),
        "--lang",
        "fr",
        "--to",
        "vi,en",
        "--url",
        "https://example.com/hostile",
    )
    box.run(*args, codes=(0,))
    files = sorted(p for p in box.catalogs.rglob("*") if "hostile" in str(p) and p.is_file())
    assert len(files) == 4, files
    stamps = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    for path in files:
        if path.suffix in (".po", ".pot"):
            read_by_every_tool(path)
    for _ in range(2):
        box.run(*args, codes=(0,))
        assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in files} == stamps
    # the bundled article too, into its existing catalogs
    bundled = sorted((box.catalogs / KEY).iterdir())
    stamps = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bundled}
    box.run("ingest", str(ARTICLE), "--lang", "fr", "--to", "vi,en", codes=(0,))
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in bundled} == stamps
