"""One writer per catalog directory: two runs on the same article never interleave their writes.

Each run reads a catalog, merges and writes it back; two runs doing so at once would each
write a catalog that lacks the other's changes. An advisory ``flock`` on ``.l10n.lock`` in the
directory serialises them: the second run waits, then gives up with a one-line error. The lock
file is removed on release so a catalog directory holds only catalog files; a run that got the
lock on a file another run had just removed notices (the inode differs) and tries again.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from l10n.errors import CatalogError

LOCK_NAME = ".l10n.lock"
DEFAULT_WAIT = 60.0
_POLL = 0.05


@contextmanager
def locked(directory: Path, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the directory's lock for the block; wait up to ``wait`` seconds for it."""
    path = directory / LOCK_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd = _acquire(path, time.monotonic() + wait, wait)
    except OSError as exc:  # read-only file system, full disk, no permission
        raise CatalogError(str(directory), f"cannot lock for writing ({exc.strerror})",
                           "Check that the directory is writable and the disk is not full"
                           ) from exc
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        os.close(fd)  # closing releases the flock


def _acquire(path: Path, deadline: float, wait: float) -> int:
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)  # the umask decides
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise CatalogError(str(path.parent), f"another l10n run{holder} has been "
                                   f"updating this catalog for over {wait:g} s",
                                   "Wait for it to finish and run again (or raise --wait)"
                                   ) from None
            time.sleep(_POLL)
            continue
        if _same_file(fd, path):
            _note_holder(fd)
            return fd
        os.close(fd)  # the holder removed this file while we waited: lock the new one


def _note_holder(fd: int) -> None:
    """Write our pid for a waiting run's message; only a courtesy, so a full disk is fine."""
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
    except OSError:
        pass


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == path.stat().st_ino
    except FileNotFoundError:
        return False


def _holder(fd: int) -> str:
    """`` (pid N)`` when the lock file names its holder."""
    try:
        pid = os.pread(fd, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
