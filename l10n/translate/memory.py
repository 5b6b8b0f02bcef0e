"""The translation memory: every translated or obsolete unit of every catalog, plus imported TMX.

The memory is a SQLite index beside the catalogs (``<catalogs>/.l10n/tm.sqlite``), derived
from files and refreshed incrementally: a PO or TMX file is re-read only when its size or
modification time changed. Exact matches come from an index on the source text; fuzzy ones
from an FTS5 full-text query on the source's rarest words (candidates), re-scored with
RapidFuzz's normalised Indel similarity on the text without placeholders.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from rapidfuzz import fuzz, process

from l10n.catalog.store import memory_files, read_memory_file, read_po
from l10n.errors import InputError
from l10n.model import placeholders
from l10n.model.langtag import base_language
from l10n.translate.tmx import parse_tmx

INDEX = ".l10n/tm.sqlite"
CANDIDATES = 60  # full-text candidates re-scored per fuzzy lookup
_WORD = re.compile(r"\w+")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, origin TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS units_exact ON units (src, tgt, source);
CREATE INDEX IF NOT EXISTS units_path ON units (path);
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5 (
  words, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");
CREATE VIRTUAL TABLE IF NOT EXISTS units_vocab USING fts5vocab (units_fts, 'row');
"""


@dataclass(frozen=True, slots=True)
class Unit:
    """One remembered translation; ``origin`` is the catalog key or the TMX file name."""

    src: str
    tgt: str
    source: str
    target: str
    origin: str


@dataclass(frozen=True, slots=True)
class Match:
    """A suggestion from memory: 100 for the same source text, else the similarity."""

    score: float
    unit: Unit


def plain(text: str) -> str:
    """What similarity is measured on: the text without placeholders, case-folded."""
    return " ".join(placeholders.strip(text).casefold().split())


def terms(text: str) -> list[str]:
    """What the full-text index holds for a source: its words and word pairs (``a_b``).

    Word pairs are rare even when words are not, so a query on a sentence's rarest pairs
    finds its near repeats without scanning every sentence that shares a common word.
    """
    words = [w.replace("_", "") for w in _WORD.findall(plain(text))]
    words = [w for w in words if w]
    return words + [f"{a}_{b}" for a, b in pairwise(words)]


class Memory:
    """The index: add and drop units by file, look up by source text."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30.0)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(
                str(path),
                f"cannot open the translation memory ({exc})",
                "Delete the file; it is rebuilt from the catalogs",
            ) from exc

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    def stamps(self) -> dict[str, str]:
        """Indexed files and the stamp (size, mtime) they had."""
        return dict(self.db.execute("SELECT path, stamp FROM files"))

    def replace_file(self, path: str, stamp: str, units: Iterable[Unit]) -> None:
        """Forget ``path``'s old units and index its current ones, in one transaction."""
        with self.db:
            self._drop(path)
            for unit in units:
                cur = self.db.execute(
                    "INSERT INTO units (path, src, tgt, source, target, origin) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (path, unit.src, unit.tgt, unit.source, unit.target, unit.origin),
                )
                self.db.execute(
                    "INSERT INTO units_fts (rowid, words) VALUES (?, ?)",
                    (cur.lastrowid, " ".join(terms(unit.source))),
                )
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (path, stamp))

    def drop_file(self, path: str) -> None:
        """Forget a file that no longer exists."""
        with self.db:
            self._drop(path)

    def _drop(self, path: str) -> None:
        self.db.execute(
            "DELETE FROM units_fts WHERE rowid IN (SELECT id FROM units WHERE path = ?)", (path,)
        )
        self.db.execute("DELETE FROM units WHERE path = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def units(self, src: str | None = None, tgt: str | None = None) -> Iterator[Unit]:
        """Every unit (of one language pair when given), in a stable order."""
        sql = "SELECT src, tgt, source, target, origin FROM units"
        args: tuple[str, ...] = ()
        if src and tgt:
            sql, args = sql + " WHERE src = ? AND tgt = ?", (src, tgt)
        for row in self.db.execute(sql + " ORDER BY src, tgt, source, origin", args):
            yield Unit(*row)

    def lookup(self, source: str, src: str, tgt: str, threshold: float = 75.0) -> Match | None:
        """The best suggestion for ``source`` scoring at least ``threshold``, if any."""
        row = self.db.execute(
            "SELECT src, tgt, source, target, origin FROM units WHERE "
            "src = ? AND tgt = ? AND source = ? ORDER BY origin LIMIT 1",
            (src, tgt, source),
        ).fetchone()
        if row is not None:
            return Match(100.0, Unit(*row))
        return self._fuzzy(source, src, tgt, threshold)

    def exact(self, source: str, src: str, tgt: str) -> list[Unit]:
        """Every remembered translation of exactly ``source``, by origin."""
        rows = self.db.execute(
            "SELECT src, tgt, source, target, origin FROM units WHERE "
            "src = ? AND tgt = ? AND source = ? ORDER BY origin",
            (src, tgt, source),
        ).fetchall()
        return [Unit(*row) for row in rows]

    def _fuzzy(self, source: str, src: str, tgt: str, threshold: float) -> Match | None:
        query = plain(source)
        every = terms(source)
        pairs = sorted({t for t in every if "_" in t}) or sorted(set(every))
        if not pairs:
            return None
        marks = ",".join("?" * len(pairs))
        df = dict(
            self.db.execute(
                f"SELECT term, doc FROM units_vocab WHERE term IN ({marks})", pairs
            ).fetchall()
        )
        # A unit similar enough shares most word pairs, so it holds one of the rarer half.
        rare = sorted((w for w in pairs if w in df), key=lambda w: (df[w], w))
        rare = rare[: len(pairs) // 2 + 1]
        if not rare:
            return None
        # The language pair is filtered after the match: as a term it would be in every row.
        rows = self.db.execute(
            "SELECT u.src, u.tgt, u.source, u.target, u.origin FROM units_fts "
            "JOIN units u ON u.id = units_fts.rowid WHERE units_fts MATCH ? AND u.src = ? "
            "AND u.tgt = ? ORDER BY rank LIMIT ?",
            (" OR ".join(f'"{w}"' for w in rare), src, tgt, CANDIDATES),
        ).fetchall()
        if not rows:
            return None
        best = process.extractOne(
            query, [plain(r[2]) for r in rows], scorer=fuzz.ratio, score_cutoff=threshold
        )
        if best is None:
            return None
        # Same words, other placeholders or case: close, but not the same unit.
        return Match(min(round(best[1], 1), 99.0), Unit(*rows[best[2]]))


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _po_units(path: Path, origin: str) -> list[Unit]:
    """The reviewed translations of one catalog: translated, not fuzzy, active or obsolete."""
    po = read_po(path)
    fields = po.header_fields()
    src, tgt = fields.get("X-Source-Language", ""), fields.get("Language", "")
    if not src or not tgt:
        return []
    return [
        Unit(src, tgt, e.msgid, e.msgstr, origin)
        for e in po.entries
        if e.msgstr and not e.fuzzy and e.msgid_plural is None
    ]


def _tmx_units(path: Path) -> list[Unit]:
    # Catalogs use bare language tags; CAT tools often write regions (vi-VN).
    return [
        Unit(base_language(u.src), base_language(u.tgt), u.source, u.target, path.name)
        for u in parse_tmx(read_memory_file(path), str(path))
    ]


def open_memory(root: Path) -> Memory:
    """The memory of the catalogs under ``root``, brought up to date with their files."""
    memory = Memory(root / INDEX)
    known = memory.stamps()
    current = memory_files(root)
    for rel in known.keys() - current.keys():
        memory.drop_file(rel)
    for rel, path in current.items():
        stamp = _stamp(path)
        if known.get(rel) == stamp:
            continue
        origin = Path(rel).parent.as_posix()
        units = _tmx_units(path) if path.suffix == ".tmx" else _po_units(path, origin)
        memory.replace_file(rel, stamp, units)
    return memory
