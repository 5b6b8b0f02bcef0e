"""The catalog store: ``catalogs/<host>/<path-slug>/`` with a template, PO files, a skeleton and
the obsolete units' record.

This is the only module that reads and writes catalog directories. Every write is atomic and
skipped when the bytes would not change, so a re-ingest of an unchanged article is a no-op.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.fsio import atomic_write, atomic_write_text, decode_utf8, read_bytes
from l10n.catalog.lock import DEFAULT_WAIT, locked
from l10n.catalog.pofile import POFile, format_po, parse_po
from l10n.catalog.skeleton import Skeleton, from_json, to_json
from l10n.catalog.urlkey import catalog_key
from l10n.errors import CatalogError, InputError

if TYPE_CHECKING:
    from l10n.catalog.merge import Key

TEMPLATE = "template.pot"
TM_DIR = "tm"  # memories imported from other tools, kept as TMX beside the catalogs
SKELETON = "skeleton.json"
# When each obsolete unit left the article: kept out of the PO files, which editors rewrite.
OBSOLETE = "obsolete.json"


@dataclass(frozen=True, slots=True)
class CatalogDir:
    """One article's catalog directory."""

    root: Path
    key: str

    @property
    def path(self) -> Path:
        """The directory itself."""
        return self.root / self.key

    def po_path(self, lang: str) -> Path:
        """Where the ``lang`` catalog lives."""
        return self.path / f"{lang}.po"

    def languages(self) -> list[str]:
        """Target languages that have a catalog, sorted."""
        return sorted(p.stem for p in self.path.glob("*.po"))

    def skeleton(self) -> Skeleton:
        """The stored skeleton; a clear error when the directory is not a catalog."""
        path = self.path / SKELETON
        if not path.exists() and (self.path / TEMPLATE).is_file():
            raise _broken(self.path)
        return from_json(decode_utf8(read_bytes(path), str(path)), str(path))

    def template(self) -> POFile:
        """The stored template."""
        return read_po(self.path / TEMPLATE)

    def obsolete_since(self) -> dict[Key, int]:
        """The stored revision each obsolete unit left the article in (see OBSOLETE)."""
        path = self.path / OBSOLETE
        return (
            obsolete_from_json(decode_utf8(read_bytes(path), str(path)), str(path))
            if path.exists()
            else {}
        )

    def inside(self) -> CatalogDir:
        """This directory, once sure that no symbolic link leads it (or a file in it) out of
        the catalogs directory: l10n would read or write someone else's files there."""
        # Only a link can lead out: each directory between the root and this one, and each
        # file in it, is looked at without following links, and only links are resolved
        # (resolving every path cost more than checking the catalog for most commands).
        parts = Path(self.key).parts
        below = [self.root.joinpath(*parts[: n + 1]) for n in range(len(parts))]
        paths = [*below, *(self.path.iterdir() if self.path.is_dir() else ())]
        suspects = paths if ".." in parts else [p for p in paths if p.is_symlink()]
        root = self.root.resolve() if suspects else self.root
        for path in suspects:
            if not path.resolve().is_relative_to(root):
                raise CatalogError(
                    str(path),
                    f"a symbolic link leads out of {self.root}",
                    "Replace the link with the directory or file itself, or remove it",
                )
        return self

    def po(self, lang: str) -> POFile | None:
        """The ``lang`` catalog, or None when there is none yet."""
        data = self.po_bytes(lang)
        return None if data is None else parse_po(data, str(self.po_path(lang)))

    def po_bytes(self, lang: str) -> bytes | None:
        """The ``lang`` catalog as stored, not parsed yet, or None when there is none: what
        ``check`` hands each process that checks a share of a big catalog, so that all of
        them read the same catalog even if someone saves it meanwhile."""
        path = self.po_path(lang)
        return read_bytes(path) if path.exists() else None


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What an ingest did: the catalog, the files it rewrote and the unit count."""

    catalog: CatalogDir
    written: tuple[Path, ...]
    units: int


def read_po(path: Path) -> POFile:
    """Parse a PO file, naming it in every error."""
    return parse_po(read_bytes(path), str(path))


def write_po(path: Path, po: POFile) -> bool:
    """Write a catalog atomically; False when the file already holds these bytes."""
    return atomic_write_text(path, format_po(po))


def write_skeleton(where: CatalogDir, skel: Skeleton) -> bool:
    """Store the skeleton; False when it is unchanged."""
    return atomic_write_text(where.path / SKELETON, to_json(skel))


def write_obsolete(where: CatalogDir, since: dict[Key, int]) -> bool:
    """Store the obsolete units' record (see OBSOLETE); False when it is unchanged."""
    return atomic_write_text(where.path / OBSOLETE, obsolete_to_json(since))


def rewrite_po(
    where: CatalogDir, lang: str, edit: Callable[[POFile], POFile], wait: float = DEFAULT_WAIT
) -> POFile:
    """Apply ``edit`` to the ``lang`` catalog as it is on disk now, under the catalog's lock
    (shared with ingest and purge), and write the result atomically; returns it.

    Reading under the lock means an ingest that ran meanwhile is never undone.
    """
    path = where.po_path(lang)
    with locked(where.path, wait):
        po = edit(read_po(path))
        write_po(path, po)
    return po


def obsolete_to_json(since: dict[Key, int]) -> str:
    """``{"msgid": revision}`` sorted; a unit with a context is keyed ``context\x04msgid``,
    as in compiled gettext catalogs."""
    flat = {(k[1] if k[0] is None else f"{k[0]}\x04{k[1]}"): v for k, v in since.items()}
    body = json.dumps(dict(sorted(flat.items())), ensure_ascii=False, indent=1)
    return f'{{"format": 1, "obsolete_since": {body}}}\n'


def obsolete_from_json(text: str, where: str) -> dict[Key, int]:
    """Read :func:`obsolete_to_json`'s output back, refusing anything else."""
    try:
        raw = json.loads(text)
        if raw.get("format") != 1:
            raise ValueError(f"unsupported format {raw.get('format')!r}")
        since: dict[Key, int] = {}
        for key, value in raw["obsolete_since"].items():
            if type(value) is not int:
                raise ValueError(f"revision of {key!r} is not a number")
            ctxt, sep, msgid = key.partition("\x04")
            since[(ctxt, msgid) if sep else (None, key)] = value
        return since
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise CatalogError(
            where,
            f"not a valid l10n obsolete record ({exc})",
            "Restore it from version control, or delete it (purge then keeps every obsolete entry)",
        ) from exc


@dataclass(frozen=True, slots=True)
class PurgeResult:
    """What a purge did: obsolete entries removed per language, files rewritten."""

    catalog: CatalogDir
    removed: dict[str, int]
    written: tuple[Path, ...]


def find_catalogs(root: Path) -> list[CatalogDir]:
    """Every catalog directory under ``root``, sorted by key (part by part, as paths sort).

    One listing per directory, which also says which entries are links: a linked directory is
    not walked into (as glob does not), and only a catalog directory holding a link needs
    :meth:`CatalogDir.inside`'s check (every command lists the catalogs first, so this walk
    is time each of them waits).
    """
    if not root.is_dir():
        return []
    found: list[tuple[tuple[str, ...], CatalogDir]] = []
    folders: list[tuple[str, ...]] = [()]
    while folders:
        parts = folders.pop()
        with os.scandir(root.joinpath(*parts)) as listing:
            entries = list(listing)
        if any(e.name == SKELETON for e in entries):
            cat = CatalogDir(root, "/".join(parts) or ".")
            linked = any(e.is_symlink() for e in entries)
            found.append(((*parts, SKELETON), cat.inside() if linked else cat))
        folders += [(*parts, e.name) for e in entries if e.is_dir(follow_symlinks=False)]
    return [cat for _, cat in sorted(found, key=lambda item: item[0])]


def resolve(root: Path, key: str) -> CatalogDir:
    """A catalog named by its source URL, its key or directory, a file inside that directory,
    or a part of its key that names one catalog only.

    An ambiguous part lists the candidates; a directory that lost its skeleton says so, rather
    than reading as "no catalog here".
    """
    if key.startswith(("http://", "https://")):
        found = CatalogDir(root, catalog_key(key))
        if not (found.path / SKELETON).is_file():
            raise InputError(
                key,
                "no catalog for this article",
                f"Ingest it first with 'l10n ingest' (catalogs: {root})",
            )
        return found.inside()
    for candidate in (root / key, Path(key)):
        folder = candidate if candidate.is_dir() else candidate.parent
        if (folder / SKELETON).is_file():
            return _catalog_at(root, folder)
        if candidate.exists() and ((folder / TEMPLATE).is_file() or any(folder.glob("*.po"))):
            raise _broken(folder)
    return _by_part(root, key)


def _catalog_at(root: Path, folder: Path) -> CatalogDir:
    """The catalog directory ``folder``, keyed relative to ``root`` when it lies inside it."""
    try:
        found = CatalogDir(root, folder.resolve().relative_to(root.resolve()).as_posix())
    except ValueError:
        found = CatalogDir(folder.parent, folder.name)
    return found.inside()


def _broken(folder: Path) -> CatalogError:
    """A catalog directory whose skeleton is gone: say what is missing and what is there."""
    present = ", ".join(sorted(p.name for p in folder.iterdir() if p.suffix in (".po", ".pot")))
    return CatalogError(
        str(folder),
        f"broken catalog: {SKELETON} is missing ({present} remain)",
        "Re-ingest the article to rebuild it: l10n ingest SOURCE (translations are kept)",
    )


def _by_part(root: Path, part: str) -> CatalogDir:
    """The one catalog whose key contains ``part`` (case-insensitive)."""
    wanted = part.strip("/").lower()
    matches = [c for c in find_catalogs(root) if wanted and wanted in c.key.lower()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        shown = ", ".join(c.key for c in matches[:5]) + (", …" if len(matches) > 5 else "")
        raise InputError(
            part,
            f"ambiguous: {len(matches)} articles match ({shown})",
            "Give more of the key, or the URL",
        )
    raise InputError(
        part,
        "no catalog here",
        f"Give a source URL, a file that was ingested, or a key listed by "
        f"'l10n status' (in {root})",
    )


def memory_files(root: Path) -> dict[str, Path]:
    """Every file the translation memory is built from, by its path relative to ``root``: the
    catalogs' PO files and the imported memories (``tm/*.tmx``); hidden folders are skipped."""
    found = {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*.po"))
        if not any(part.startswith(".") for part in p.relative_to(root).parts)
    }
    found.update({p.relative_to(root).as_posix(): p for p in sorted((root / TM_DIR).glob("*.tmx"))})
    return found


def read_memory_file(path: Path) -> bytes:
    """The bytes of an imported memory (see :func:`memory_files`)."""
    return read_bytes(path)


def add_memory_file(root: Path, name: str, data: bytes) -> Path:
    """Keep an imported memory as ``<root>/tm/<name>`` (written atomically); returns the path."""
    path = root / TM_DIR / name
    atomic_write(path, data)
    return path
