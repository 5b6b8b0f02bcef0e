"""Translations from other projects' PO files, for the memory: read with polib.

The catalogs l10n owns go through its strict reader (:mod:`l10n.catalog.pofile`), which stops
at the first flaw with file:line. Files from elsewhere (Poedit, Weblate, po4a, older tools) are
read leniently with polib, in whatever charset their header declares; their reviewed
translations (not fuzzy, not obsolete, singular) become translation units, which the memory
keeps as TMX beside the catalogs (see :func:`l10n.catalog.store.add_memory_file`).
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

from l10n.errors import InputError
from l10n.locale import normalize_lang
from l10n.model.langtag import base_language
from l10n.translate.tmx import TU

_LINE = re.compile(r"\(line (\d+)\)")  # where polib says a syntax error is


def po_units(
    path: Path, source_lang: str | None = None, target_lang: str | None = None
) -> tuple[str, str, list[TU]]:
    """The source and target languages and the reviewed translations of the PO file ``path``.

    The languages come from the arguments, else from the header (``X-Source-Language``,
    ``Language``); one that neither gives is an error saying which option to pass.
    """
    if not path.is_file():
        raise InputError(str(path), "no such file", "Check the path")
    try:
        po = polib.pofile(str(path), wrapwidth=0)
    except (OSError, UnicodeDecodeError, LookupError, ValueError) as exc:
        line = _LINE.search(str(exc))
        where = f"{path}:{line.group(1)}" if line else str(path)
        raise InputError(
            where,
            "not a readable PO file",
            "Check it with msgfmt --check, or save it again from its editor",
        ) from exc
    src = _lang(
        source_lang or po.metadata.get("X-Source-Language", ""),
        "--from",
        path,
        "the source language",
    )
    tgt = _lang(
        target_lang or po.metadata.get("Language", ""), "--to", path, "the translation's language"
    )
    units = [
        TU(src, tgt, e.msgid, e.msgstr)
        for e in po
        if e.msgid and e.msgstr and not e.msgid_plural and not e.obsolete and not e.fuzzy
    ]
    return src, tgt, units


def _lang(tag: str, option: str, path: Path, what: str) -> str:
    """A header's or option's language as the memory keys it (``vi`` for ``vi_VN``)."""
    if not tag.strip():
        raise InputError(
            str(path), f"the header does not say {what}", f"Pass {option} LANG (e.g. {option} en)"
        )
    return base_language(normalize_lang(tag.strip(), option))
