"""The translation memory: every translated or obsolete unit of every catalog, plus imported TMX.

The memory is a SQLite index beside the catalogs (``<catalogs>/.l10n/tm.sqlite``), derived
from files and refreshed incrementally: a PO or TMX file is re-read only when its size or
modification time changed. Exact matches come from an index on the source text. Fuzzy ones
are RapidFuzz's normalised Indel similarity on the text without placeholders, computed for a
few candidates: units of a length that can reach the threshold (the full-text rowid carries
the length, so this is a rowid range) that share the most of the query's rarer word pairs.
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
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
LANGUAGES = 8  # units ranked per one scored: the same sources in other language pairs
COMPACT_AFTER = 100  # files indexed by one refresh after which the index is merged
POSTINGS = 2000  # units read per term and lookup; a term held by more is stop-word-like
VERSION = 2  # of the index layout; an index of another version is rebuilt from the files
ID_BITS = 40  # a full-text rowid is (length of the plain source << ID_BITS) | unit id
MAX_SIZE = (1 << 62 - ID_BITS) - 1  # longer sources are filed as this long
_WORD = re.compile(r"\w+")

_DROP = """
DROP TABLE IF EXISTS units_vocab; DROP TABLE IF EXISTS units_fts; DROP TABLE IF EXISTS vocab;
DROP TABLE IF EXISTS units; DROP TABLE IF EXISTS files;
"""
_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, stamp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, origin TEXT NOT NULL, size INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS units_exact ON units (src, tgt, source);
CREATE INDEX IF NOT EXISTS units_path ON units (path);
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5 (
  words, content = '', detail = none, columnsize = 0,
  tokenize = "unicode61 remove_diacritics 0 tokenchars '_'");
"""


@dataclass(frozen=True, slots=True)
class Remembered:
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
    unit: Remembered


_POSTINGS = "SELECT rowid FROM units_fts WHERE units_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?"


def plain(text: str) -> str:
    """What similarity is measured on: the text without placeholders, case-folded."""
    return " ".join(placeholders.strip(text).casefold().split())


def terms(text: str) -> list[str]:
    """What the full-text index holds for a source's plain text: words and pairs (``a_b``).

    Word pairs are rare even when words are not, so a query on a sentence's rarest pairs
    finds its near repeats without scanning every sentence that shares a common word.
    """
    words = [w.replace("_", "") for w in _WORD.findall(text)]
    words = [w for w in words if w]
    return words + [f"{a}_{b}" for a, b in pairwise(words)]


def _size(text: str) -> int:
    """The length a unit is filed under (capped, so that a rowid fits in 63 bits)."""
    return min(len(text), MAX_SIZE)


def band(size: int, threshold: float) -> tuple[int, int]:
    """The lengths a text of ``size`` characters can be ``threshold`` similar to.

    RapidFuzz's ratio is 200 * LCS / (len(a) + len(b)), at most 200 * min / (min + max).
    """
    if threshold <= 0:
        return 0, MAX_SIZE
    if threshold >= 100:
        return size, size
    low = math.floor(size * threshold / (200 - threshold))
    return low, min(math.ceil(size * (200 - threshold) / threshold), MAX_SIZE)


class Memory:
    """The index: add and drop units by file, look up by source text."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, timeout=30.0)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA busy_timeout=30000")
            if self._version() != VERSION:
                self._rebuild()
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(
                str(path),
                f"cannot open the translation memory ({exc})",
                "Delete the file; it is rebuilt from the catalogs",
            ) from exc

    def _version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _rebuild(self) -> None:
        """Empty an index of another layout, once even when two processes open it at once."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            if self._version() != VERSION:
                for statement in (_DROP + _SCHEMA).split(";"):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {VERSION}")
            self.db.execute("COMMIT")
        except sqlite3.Error:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Release the database."""
        self.db.close()

    def stamps(self) -> dict[str, str]:
        """Indexed files and the stamp (size, mtime) they had."""
        return dict(self.db.execute("SELECT path, stamp FROM files"))

    def replace_file(self, path: str, stamp: str, units: Iterable[Remembered]) -> None:
        """Forget ``path``'s old units and index its current ones, in one transaction."""
        with self.db:
            self._drop(path)
            rows = []
            for unit in units:
                text = plain(unit.source)
                cur = self.db.execute(
                    "INSERT INTO units (path, src, tgt, source, target, origin, size) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (path, unit.src, unit.tgt, unit.source, unit.target, unit.origin, _size(text)),
                )
                rows.append(
                    (_size(text) << ID_BITS | int(cur.lastrowid or 0), " ".join(terms(text)))
                )
            # In rising rowid order: FTS5 starts a new segment whenever a rowid goes back.
            self.db.executemany("INSERT INTO units_fts (rowid, words) VALUES (?, ?)", sorted(rows))
            self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (path, stamp))

    def compact(self) -> None:
        """Merge the full-text index into one segment, after many files were indexed.

        Each file indexed adds a segment, merged by FTS5 only now and then: a lookup reads
        every segment, so after a large refresh it is two or three times faster merged.
        """
        with self.db:
            self.db.execute("INSERT INTO units_fts (units_fts) VALUES ('optimize')")

    def drop_file(self, path: str) -> None:
        """Forget a file that no longer exists."""
        with self.db:
            self._drop(path)

    def _drop(self, path: str) -> None:
        rows = self.db.execute("SELECT id, size, source FROM units WHERE path = ?", (path,))
        # The full-text index keeps no text: deleting a row takes the terms it was given.
        self.db.executemany(
            "INSERT INTO units_fts (units_fts, rowid, words) VALUES ('delete', ?, ?)",
            [(size << ID_BITS | i, " ".join(terms(plain(source)))) for i, size, source in rows],
        )
        self.db.execute("DELETE FROM units WHERE path = ?", (path,))
        self.db.execute("DELETE FROM files WHERE path = ?", (path,))

    def units(self, src: str | None = None, tgt: str | None = None) -> Iterator[Remembered]:
        """Every unit (of one language pair when given), in a stable order."""
        sql = "SELECT src, tgt, source, target, origin FROM units"
        args: tuple[str, ...] = ()
        if src and tgt:
            sql, args = sql + " WHERE src = ? AND tgt = ?", (src, tgt)
        for row in self.db.execute(sql + " ORDER BY src, tgt, source, origin", args):
            yield Remembered(*row)

    def lookup(self, source: str, src: str, tgt: str, threshold: float = 75.0) -> Match | None:
        """The best suggestion for ``source`` scoring at least ``threshold``, if any."""
        row = self.db.execute(
            "SELECT src, tgt, source, target, origin FROM units WHERE "
            "src = ? AND tgt = ? AND source = ? ORDER BY origin LIMIT 1",
            (src, tgt, source),
        ).fetchone()
        if row is not None:
            return Match(100.0, Remembered(*row))
        return self._fuzzy(source, src, tgt, threshold)

    def exact(self, source: str, src: str, tgt: str) -> list[Remembered]:
        """Every remembered translation of exactly ``source``, by origin."""
        rows = self.db.execute(
            "SELECT src, tgt, source, target, origin FROM units WHERE "
            "src = ? AND tgt = ? AND source = ? ORDER BY origin",
            (src, tgt, source),
        ).fetchall()
        return [Remembered(*row) for row in rows]

    def _fuzzy(self, source: str, src: str, tgt: str, threshold: float) -> Match | None:
        query = plain(source)
        every = terms(query)
        pairs = sorted({t for t in every if "_" in t}) or sorted(set(every))
        # Only units of a length that can reach the threshold are read: a rowid range.
        low, high = band(_size(query), threshold)
        span = (low << ID_BITS, (high + 1 << ID_BITS) - 1)
        docs = {term: self._postings(term, span) for term in pairs}
        # A unit similar enough shares most word pairs, so it holds one of the rarer half.
        rare = sorted((t for t in pairs if docs[t][0]), key=lambda t: (docs[t], t))
        rare = rare[: len(pairs) // 2 + 1]
        # Pairs held by POSTINGS units or more are only read when no other is left: their
        # truncated lists would favour the shortest units of the band.
        rare = [t for t in rare if docs[t][0] < POSTINGS] or rare
        if not rare:
            return None
        # Pairs of one repeated sentence have the same units: read once, counted as many.
        weights = Counter(docs[t] for t in rare)
        read = {docs[t]: t for t in reversed(rare)}
        rows = self._candidates(
            [(read[key], n) for key, n in weights.items()], span, _size(query), src, tgt
        )
        if not rows:
            return None
        best = process.extractOne(
            query, [plain(r[2]) for r in rows], scorer=fuzz.ratio, score_cutoff=threshold
        )
        if best is None:
            return None
        # Same words, other placeholders or case: close, but not the same unit.
        return Match(min(round(best[1], 1), 99.0), Remembered(*rows[best[2]]))

    def _postings(self, term: str, span: tuple[int, int]) -> tuple[int, int, int]:
        """How many units in the rowid range hold ``term`` (up to POSTINGS), first, last."""
        try:
            count, first, last = self.db.execute(
                f"SELECT count(*), min(rowid), max(rowid) FROM ({_POSTINGS})",
                (f'"{term}"', *span, POSTINGS),
            ).fetchone()
        except sqlite3.OperationalError as exc:
            # A letter Python counts as one and SQLite's tokenizer does not (ᦰ) splits the
            # term in two: a phrase, which an index without positions cannot look up.
            if "phrase" not in str(exc):
                raise
            return 0, 0, 0
        return int(count), int(first or 0), int(last or 0)

    def _candidates(
        self, rare: list[tuple[str, int]], span: tuple[int, int], size: int, src: str, tgt: str
    ) -> list[tuple[str, str, str, str, str]]:
        """The units of the language pair worth scoring, most promising first.

        First those with the best estimated similarity, the rare terms they share over the
        length of both texts (RapidFuzz's ratio is shared characters over the same length).
        """
        arms = " UNION ALL ".join([f"SELECT rowid, ? AS n FROM ({_POSTINGS})"] * len(rare))
        ranked = self.db.execute(
            f"SELECT rowid & {(1 << ID_BITS) - 1} FROM ({arms}) GROUP BY rowid "
            f"ORDER BY sum(n) * 1.0 / ((rowid >> {ID_BITS}) + ?) DESC, rowid LIMIT ?",
            [
                *(x for t, n in rare for x in (n, f'"{t}"', *span, POSTINGS)),
                size,
                CANDIDATES * LANGUAGES,
            ],
        ).fetchall()
        ids = [i for (i,) in ranked]
        found: list[tuple[str, str, str, str, str]] = []
        for start in range(0, len(ids), CANDIDATES):
            chunk = ids[start : start + CANDIDATES]
            marks = ",".join("?" * len(chunk))
            # The pair is checked here: in SQL it would steer SQLite to the pair's whole index.
            rows = {
                row[0]: row[1:]
                for row in self.db.execute(
                    f"SELECT id, src, tgt, source, target, origin FROM units WHERE id IN ({marks})",
                    chunk,
                )
                if row[1] == src and row[2] == tgt
            }
            found += [rows[i] for i in chunk if i in rows]
            if len(found) >= CANDIDATES:
                break
        return found[:CANDIDATES]


def _stamp(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _po_units(path: Path, origin: str) -> list[Remembered]:
    """The reviewed translations of one catalog: translated, not fuzzy, active or obsolete."""
    po = read_po(path)
    fields = po.header_fields()
    src, tgt = fields.get("X-Source-Language", ""), fields.get("Language", "")
    if not src or not tgt:
        return []
    return [
        Remembered(src, tgt, e.msgid, e.msgstr, origin)
        for e in po.entries
        if e.msgstr and not e.fuzzy and e.msgid_plural is None
    ]


def _tmx_units(path: Path) -> list[Remembered]:
    # Catalogs use bare language tags; CAT tools often write regions (vi-VN).
    return [
        Remembered(base_language(u.src), base_language(u.tgt), u.source, u.target, path.name)
        for u in parse_tmx(read_memory_file(path), str(path))
    ]


def open_memory(root: Path) -> Memory:
    """The memory of the catalogs under ``root``, brought up to date with their files."""
    memory = Memory(root / INDEX)
    known = memory.stamps()
    current = memory_files(root)
    for rel in known.keys() - current.keys():
        memory.drop_file(rel)
    changed = 0
    for rel, path in current.items():
        stamp = _stamp(path)
        if known.get(rel) == stamp:
            continue
        origin = Path(rel).parent.as_posix()
        units = _tmx_units(path) if path.suffix == ".tmx" else _po_units(path, origin)
        memory.replace_file(rel, stamp, units)
        changed += 1
    if changed >= COMPACT_AFTER:
        memory.compact()
    return memory
