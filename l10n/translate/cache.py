"""The on-disk MT cache: a rerun (or a run after a crash) pays nothing for what it already got.

Keyed by (engine, source language, target language, text sent); only answers that passed the
checks are kept. SQLite in WAL mode with a busy timeout, so two runs may share it. It is also
the run's journal: a rerun after a crash finds every committed answer here.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from l10n.errors import InputError

# Answers are committed in batches (of ``MTCache.batch`` answers, or this many seconds apart):
# a killed run loses at most one batch and the requests in flight; a commit per answer would
# cost more than the answers themselves on a fast engine.
FLUSH_EVERY = 0.5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mt (
  engine TEXT NOT NULL, src TEXT NOT NULL, tgt TEXT NOT NULL, text TEXT NOT NULL,
  result TEXT NOT NULL, PRIMARY KEY (engine, src, tgt, text)
) WITHOUT ROWID;
"""


class MTCache:
    """Answers already paid for."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30.0)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            # WAL + NORMAL: each answer is committed without an fsync; a killed process keeps
            # it (only a power cut may lose the last ones, which a rerun asks again).
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(str(path), f"cannot open the MT cache ({exc})",
                             "Delete the file; it is only a cache") from exc
        self._pending: list[tuple[str, str, str, str, str]] = []
        self.batch = 8  # the runner sets it to the engine's concurrency
        self._flushed = time.monotonic()

    def get(self, engine: str, src: str, tgt: str, text: str) -> str | None:
        """The cached answer, if any."""
        row = self._db.execute("SELECT result FROM mt WHERE engine=? AND src=? AND tgt=? "
                               "AND text=?", (engine, src, tgt, text)).fetchone()
        return None if row is None else str(row[0])

    def put(self, engine: str, src: str, tgt: str, text: str, result: str) -> None:
        """Remember an answer; it is committed with its batch (see :meth:`flush`)."""
        self._pending.append((engine, src, tgt, text, result))
        if len(self._pending) >= self.batch or time.monotonic() - self._flushed >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        """Commit the answers received since the last flush, in one transaction."""
        self._flushed = time.monotonic()
        if not self._pending:
            return
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO mt VALUES (?, ?, ?, ?, ?)",
                                 self._pending)
        self._pending.clear()

    def close(self) -> None:
        """Commit what is pending and release the database."""
        self.flush()
        self._db.close()
