"""Catalog contents: the template's entries from a skeleton, and the update of a target catalog.

Pure functions on :mod:`l10n.catalog.pofile` values. The update follows ``msgmerge``'s contract
and never drops a translation: a unit still in the article keeps its translation and state, a
unit gone from the article becomes obsolete (``#~``) with its translation, and an obsolete unit
that comes back is revived with its translation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import replace

from l10n import __version__
from l10n.catalog.pofile import Entry, POFile, comment_lines, make_header
from l10n.catalog.skeleton import Skeleton
from l10n.locale import plural_forms

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
    # Each note made the comment lines it is written as (an address from the page may hold a
    # CR or other controls), so that an unchanged article gives an unchanged template.
    return tuple(Entry(msgid=m, references=tuple(r),
                       extracted_comments=tuple(line for note in (", ".join(kinds[m]),
                                                                  *notes.get(m, ()))
                                                for line in comment_lines(note)))
                 for m, r in refs.items())


def now_stamp(when: dt.datetime | None = None) -> str:
    """A gettext header timestamp (``2025-07-28 09:30+0000``)."""
    moment = when or dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M%z")


REVISION_FIELD = "X-Source-Revision"


def template_header(skel: Skeleton, created: str, revision: int = 0) -> Entry:
    """The template's header: what every target catalog inherits.

    ``revision`` counts the re-ingests that changed the article's units (absent means 0); the
    obsolete entries record it, so that old history can be purged by age.
    """
    from l10n.catalog.urlkey import catalog_key  # lazy: hashlib and urllib only when a key is made

    fields = {
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
    }
    if revision:
        fields[REVISION_FIELD] = str(revision)
    fields["X-Generator"] = f"l10n {__version__}"
    return make_header(fields, comments=(f"Translations of {skel.source_url}",),
                       flags=("fuzzy",))


def revision_of(template: POFile) -> int:
    """How many times the article's units changed since its first ingest."""
    value = template.header_fields().get(REVISION_FIELD, "0")
    return int(value) if value.isdigit() else 0


def build_template(skel: Skeleton, old: POFile | None) -> POFile:
    """The template for a skeleton; keeps the old creation date when the units did not change,
    and counts one more revision when they did."""
    entries = template_entries(skel)
    created = now_stamp()
    revision = 0
    if old is not None:
        revision = revision_of(old)
        if old.entries == entries:
            created = old.header_fields().get("POT-Creation-Date", created)
        else:
            revision += 1
    return POFile(template_header(skel, created, revision), entries)


def _target_header(template: POFile, lang: str, old: POFile | None) -> Entry:
    """A target header: the translator's fields kept, the source's fields refreshed."""
    fields = dict(template.header_fields())
    fields.pop(REVISION_FIELD, None)  # the template's business; targets would only go stale
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


def _suggest(unit: Entry, old: Entry) -> Entry:
    """The template's unit with a close old entry's translation, to review: fuzzy, and the
    old source as ``#| msgid`` so the reviewer sees what changed."""
    flags = old.flags if old.fuzzy else ("fuzzy", *old.flags)
    return Entry(msgid=unit.msgid, msgctxt=unit.msgctxt, msgstr=old.msgstr,
                 msgid_plural=old.msgid_plural, msgstr_plural=old.msgstr_plural,
                 translator_comments=old.translator_comments,
                 extracted_comments=unit.extracted_comments, references=unit.references,
                 flags=flags, previous_msgctxt=old.msgctxt, previous_msgid=old.msgid,
                 previous_msgid_plural=old.msgid_plural)


CHECK_PREFIX = "l10n check: "
OBSOLETE_PREFIX = "l10n: obsolete since source revision "


def _with_checks(entry: Entry, lang: str) -> Entry:
    """Refresh the translator comments l10n writes on a fuzzy entry: what the reviewer must
    check because numbers, negation or names differ from the previous source. A pure function
    of the entry, so an unchanged catalog is rewritten byte for byte."""
    kept = tuple(c for c in entry.translator_comments if not c.startswith(CHECK_PREFIX))
    notes: list[str] = []
    if entry.fuzzy and entry.previous_msgid is not None and has_translation(entry):
        from l10n.catalog.drift import (
            differences,  # lazy: only a merge needs it, export starts faster
        )

        notes = [CHECK_PREFIX + n for n in differences(entry.previous_msgid, entry.msgid, lang)]
    if not notes and kept == entry.translator_comments:
        return entry
    return replace(entry, translator_comments=(*kept, *notes))


def _obsolete(entry: Entry) -> Entry:
    """An entry gone from the article, kept as ``#~`` history (and translation memory).

    The revision it left the article in is kept outside the PO file (see
    :func:`obsolete_since`): editors such as Weblate drop comments inside obsolete entries.
    """
    return Entry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=entry.msgstr,
                 msgid_plural=entry.msgid_plural, msgstr_plural=entry.msgstr_plural,
                 translator_comments=entry.translator_comments, flags=entry.flags,
                 obsolete=True)


def has_translation(entry: Entry) -> bool:
    """Whether an entry carries translation work worth keeping."""
    return bool(entry.msgstr or any(entry.msgstr_plural))


def _work(entry: Entry) -> tuple[str, tuple[str, ...]]:
    return entry.msgstr, entry.msgstr_plural


def merge(template: POFile, old: POFile | None, lang: str) -> POFile:
    """Update (or create) the ``lang`` catalog from the template without losing a translation.

    - a unit already in the catalog (active or obsolete) keeps its translation and state;
    - a new unit close to a unit that left the article gets that translation as a fuzzy
      suggestion with ``#| msgid``; one with no close old unit stays empty;
    - every translated unit that left the article stays as an obsolete entry, even when it
      seeded a suggestion, so going back to the old text brings the reviewed translation back.
      An unreviewed (fuzzy) one is dropped only when a reviewed entry holds the same text.
    """
    source_lang = template.header_fields().get("X-Source-Language", "")
    header = _target_header(template, lang, old)
    if old is None:
        return POFile(header, template.entries)
    # Active entries win over obsolete ones with the same key.
    known = {_key(e): e for e in sorted(old.entries, key=lambda e: not e.obsolete)}
    entries = [(_carry(u, known[_key(u)]) if _key(u) in known else u) for u in template.entries]
    wanted = {_key(u) for u in template.entries}
    gone = [e for e in old.entries if _key(e) not in wanted and has_translation(e)]
    fresh = [i for i, u in enumerate(template.entries) if _key(u) not in known]
    from l10n.catalog.similar import closest  # lazy: rapidfuzz only when a catalog is merged

    matches = closest([template.entries[i].msgid for i in fresh], [e.msgid for e in gone])
    for index, match in zip(fresh, matches, strict=True):
        if match is not None:
            entries[index] = _suggest(entries[index], gone[match])
    entries = [_with_checks(e, source_lang) for e in entries]
    return POFile(header, (*entries, *_history(entries, gone)))


def _history(active: list[Entry], gone: list[Entry]) -> list[Entry]:
    """The obsolete part of the catalog: every translation that left the article, once."""
    # Reviewed work only: an active fuzzy suggestion may still be overwritten by its reviewer.
    kept = {_work(e) for e in (*active, *gone) if has_translation(e) and not e.fuzzy}
    history = []
    for entry in gone:
        if entry.fuzzy and _work(entry) in kept:
            continue  # an unreviewed suggestion whose translation lives on elsewhere
        kept.add(_work(entry))
        history.append(_obsolete(entry))
    return history


def obsolete_since(template: POFile, old_template: POFile | None, known: Mapping[Key, int],
                   catalogs: Iterable[POFile]) -> dict[Key, int]:
    """The revision each obsolete entry of ``catalogs`` left the article in.

    A unit in ``old_template`` but not in ``template`` left at the template's revision; the
    others keep what ``known`` says (the stored record, or the mark older l10n versions wrote
    in the PO file). Units whose departure is unknown are absent, and purge keeps them.
    """
    revision = revision_of(template)
    now = {_key(e) for e in template.entries}
    left = {_key(e) for e in old_template.entries} - now if old_template else set()
    since = {}
    for po in catalogs:
        for entry in po.entries:
            key = _key(entry)
            if not entry.obsolete or key in now:
                continue
            if key in left:
                since[key] = revision
            elif key in known:
                since[key] = known[key]
    return since


def legacy_marks(catalogs: Iterable[POFile | None]) -> dict[Key, int]:
    """The ``#. l10n: obsolete since source revision N`` marks older versions wrote in obsolete
    entries, read once to move them out of the PO files."""
    marks: dict[Key, int] = {}
    for po in catalogs:
        for entry in po.entries if po else ():
            for comment in entry.extracted_comments if entry.obsolete else ():
                number = comment.removeprefix(OBSOLETE_PREFIX)
                if number != comment and number.isdigit():
                    marks.setdefault(_key(entry), int(number))
    return marks


def purge(po: POFile, revision: int, older_than: int,
          since: Mapping[Key, int]) -> tuple[POFile, int]:
    """Drop obsolete entries that left the article ``older_than`` or more revisions ago.

    ``since`` says when each left (:func:`obsolete_since`), with the marks of catalogs not yet
    re-ingested since they were written (:func:`legacy_marks`). Returns the catalog and how many
    entries went; entries whose departure is unknown (written by another tool) are kept.
    """
    if older_than < 1:
        raise ValueError(f"older_than must be 1 or more, not {older_than}")
    known = {**legacy_marks([po]), **since}
    kept = [e for e in po.entries
            if not e.obsolete or revision - known.get(_key(e), revision) < older_than]
    return POFile(po.header, tuple(kept)), len(po.entries) - len(kept)
