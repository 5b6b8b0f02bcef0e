"""The on-disk MT cache: a rerun (or a run after a crash) pays nothing for what it already got.

Keyed by (engine, source language, target language, text sent); only answers that passed the
checks are kept. SQLite in WAL mode with a busy timeout, so two runs may share it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from l10n.errors import InputError

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
            self._db = sqlite3.connect(path, timeout=30.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(str(path), f"cannot open the MT cache ({exc})",
                             "Delete the file; it is only a cache") from exc

    def get(self, engine: str, src: str, tgt: str, text: str) -> str | None:
        """The cached answer, if any."""
        row = self._db.execute("SELECT result FROM mt WHERE engine=? AND src=? AND tgt=? "
                               "AND text=?", (engine, src, tgt, text)).fetchone()
        return None if row is None else str(row[0])

    def put(self, engine: str, src: str, tgt: str, text: str, result: str) -> None:
        """Remember an answer (committed at once: a killed run keeps it)."""
        self._db.execute("INSERT OR REPLACE INTO mt VALUES (?, ?, ?, ?, ?)",
                         (engine, src, tgt, text, result))

    def close(self) -> None:
        """Release the database."""
        self._db.close()
