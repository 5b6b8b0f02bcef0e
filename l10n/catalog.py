"""Catalog contents: the template's entries from a skeleton, and the update of a target catalog.

Pure functions on :mod:`l10n.pofile` values. The update follows ``msgmerge``'s contract and never
drops a translation: a unit still in the article keeps its translation and state, a unit gone
from the article becomes obsolete (``#~``) with its translation, and an obsolete unit that comes
back is revived with its translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from l10n import __version__
from l10n.locale import plural_forms
from l10n.pofile import Entry, POFile, make_header
from l10n.skeleton import Skeleton
from l10n.urlkey import catalog_key

Key = tuple[str | None, str]


def _key(entry: Entry) -> Key:
    return entry.msgctxt, entry.msgid


def template_entries(skel: Skeleton) -> tuple[Entry, ...]:
    """One entry per distinct unit, in article order; repeats add references, like po4a."""
    refs: dict[str, list[str]] = {}
    kinds: dict[str, list[str]] = {}
    for msgid, ref, kind in skel.units():
        refs.setdefault(msgid, []).append(ref)
        if kind.value not in kinds.setdefault(msgid, []):
            kinds[msgid].append(kind.value)
    notes = skel.placeholder_notes()
    return tuple(Entry(msgid=m, references=tuple(r),
                       extracted_comments=(", ".join(kinds[m]), *notes.get(m, ())))
                 for m, r in refs.items())


def now_stamp(when: dt.datetime | None = None) -> str:
    """A gettext header timestamp (``2025-07-28 09:30+0000``)."""
    moment = when or dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M%z")


def template_header(skel: Skeleton, created: str) -> Entry:
    """The template's header: what every target catalog inherits."""
    return make_header({
        "Project-Id-Version": catalog_key(skel.source_url),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": created,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "",
        "Language-Team": "",
        "Language": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-URL": skel.source_url,
        "X-Source-Language": skel.lang,
        "X-Generator": f"l10n {__version__}",
    }, comments=(f"Translations of {skel.source_url}",), flags=("fuzzy",))


def build_template(skel: Skeleton, old: POFile | None) -> POFile:
    """The template for a skeleton; keeps the old creation date when the units did not change."""
    entries = template_entries(skel)
    created = now_stamp()
    if old is not None and old.entries == entries:
        created = old.header_fields().get("POT-Creation-Date", created)
    return POFile(template_header(skel, created), entries)


def _target_header(template: POFile, lang: str, old: POFile | None) -> Entry:
    """A target header: the translator's fields kept, the source's fields refreshed."""
    fields = dict(template.header_fields())
    fields.update({"PO-Revision-Date": now_stamp(), "Language-Team": "", "Last-Translator": ""})
    if old is not None:
        fields.update(old.header_fields())
    src = template.header_fields()
    for name in ("POT-Creation-Date", "X-Source-URL", "X-Source-Language", "Content-Type",
                 "Content-Transfer-Encoding", "MIME-Version"):
        fields[name] = src[name]
    fields["Language"] = lang
    # Like msgmerge: the translator's Plural-Forms stays; Babel's is only the first guess.
    fields.setdefault("Plural-Forms", plural_forms(lang))
    first = template.header.translator_comments[0]
    comments = old.header.translator_comments if old else (
        first.replace("Translations of", f"{lang} translation of"),)
    return make_header(fields, comments=comments)


def _carry(unit: Entry, old: Entry) -> Entry:
    """The template's unit with the old entry's translation work on it."""
    return Entry(msgid=unit.msgid, msgctxt=unit.msgctxt, msgstr=old.msgstr,
                 msgid_plural=old.msgid_plural, msgstr_plural=old.msgstr_plural,
                 translator_comments=old.translator_comments,
                 extracted_comments=unit.extracted_comments, references=unit.references,
                 flags=old.flags, previous_msgctxt=old.previous_msgctxt,
                 previous_msgid=old.previous_msgid)


def _obsolete(entry: Entry) -> Entry:
    return Entry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=entry.msgstr,
                 msgid_plural=entry.msgid_plural, msgstr_plural=entry.msgstr_plural,
                 translator_comments=entry.translator_comments, flags=entry.flags,
                 obsolete=True)


def has_translation(entry: Entry) -> bool:
    """Whether an entry carries translation work worth keeping."""
    return bool(entry.msgstr or any(entry.msgstr_plural))


def merge(template: POFile, old: POFile | None, lang: str) -> POFile:
    """Update (or create) the ``lang`` catalog from the template without losing a translation."""
    old_entries: Mapping[Key, Entry] = {}
    if old is not None:
        # Active entries win over obsolete ones with the same key.
        old_entries = {_key(e): e for e in sorted(old.entries, key=lambda e: not e.obsolete)}
    wanted = {_key(u) for u in template.entries}
    entries = [(_carry(u, old_entries[_key(u)]) if _key(u) in old_entries else u)
               for u in template.entries]
    if old is not None:
        entries += [e if e.obsolete else _obsolete(e) for e in old.entries
                    if _key(e) not in wanted and has_translation(e)]
    return POFile(_target_header(template, lang, old), tuple(entries))
