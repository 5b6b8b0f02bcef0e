"""Every PO reader a translator's tool chain may use, run on one file.

polib (and the tools built on it), Babel's reader, Translate Toolkit's and GNU ``msgfmt
--check``: a catalog l10n writes must pass all four, and they must all see the translations
l10n sees.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import polib
from babel.messages.pofile import read_po as babel_read_po
from translate.storage import pypo

from l10n.catalog.pofile import read_po
from tests.conftest import msgfmt_check


def read_by_every_tool(path: Path) -> None:
    """Assert that GNU, polib, Babel and Translate Toolkit read ``path`` without an error and
    find its translated singular entries where l10n does, with the same translations."""
    msgfmt_check(path)
    ours = {(e.msgctxt or None, e.msgid): e.msgstr for e in read_po(path).entries
            if not e.obsolete and e.msgid_plural is None and e.msgstr}
    # polib, Babel and Translate Toolkit understand only \n \t \r \" \\ : compare the entries
    # whose text needs no other escape (and an empty msgctxt as none, as some of them do).
    plain = {key: value for key, value in ours.items()
             if not any(_odd(text) for text in (*(k for k in key if k), value))}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # polib and Babel warn about details we do not test
        by_polib = {(e.msgctxt or None, e.msgid): e.msgstr for e in polib.pofile(str(path))
                    if not e.obsolete and not e.msgid_plural and e.msgstr}
        with path.open("rb") as handle:
            catalog = babel_read_po(handle, abort_invalid=True)
        by_babel = {(m.context or None, m.id): m.string for m in catalog
                    if m.id and isinstance(m.id, str) and m.string}
        store = pypo.pofile.parsefile(str(path))
        by_toolkit = {(u.getcontext() or None, u.source): u.target for u in store.units
                      if not u.isheader() and not u.isobsolete() and not u.hasplural()
                      and u.target}
    for name, seen in (("polib", by_polib), ("Babel", by_babel), ("toolkit", by_toolkit)):
        for key, value in plain.items():
            assert seen.get(key) == value, (name, path, key, seen.get(key), value)


def _odd(text: str) -> bool:
    """Whether ``text`` holds a character l10n writes as an escape other readers ignore."""
    return any((ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) <= 0x9F for c in text)
