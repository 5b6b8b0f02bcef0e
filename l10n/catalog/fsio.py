"""File writes that never leave a half-written catalog behind, and reads with clear errors."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from l10n.errors import InputError
from l10n.limits import Limits


def atomic_write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a synced temp file and a rename.

    Returns False without touching the file when it already holds exactly these bytes, so
    re-running a command leaves files (and their modification times) alone. A new file gets
    the mode the user's umask gives (0666 & ~umask, as ``open`` would), a rewritten one keeps
    its own, so a shared checkout or a web server's ``out/`` stays readable.
    """
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise InputError(
            str(path), f"cannot read ({exc.strerror})", "Check its permissions"
        ) from exc
    atomic_write_chunks(path, [data])
    return True


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` to ``path`` as :func:`atomic_write` does, holding one at a time (a
    file too large to build in memory, such as an archive's translation memory)."""
    try:
        fd, tmp = _create_temp(path)
        _keep_mode(fd, path)
    except OSError as exc:
        raise InputError(
            str(path.parent),
            f"cannot write ({exc.strerror})",
            "Check that the directory is writable and the disk is not full",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(
                str(path),
                f"cannot write ({exc.strerror})",
                "Check that the directory is writable and the disk is not full",
            ) from exc
        raise


def _keep_mode(fd: int, path: Path) -> None:
    """Give the temp file ``fd`` the permission bits of the file it replaces, if any."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return
    os.fchmod(fd, mode)


def _create_temp(path: Path) -> tuple[int, str]:
    """Create a fresh temp file next to ``path`` (creating its directory if needed), so that
    the final rename stays on one file system and is atomic.

    Opened here with O_EXCL and a random name rather than by ``tempfile.mkstemp``, which always
    creates mode 0600: the kernel applies the umask to this 0666, which is what a new file
    should get, and asking the process for its umask would change it for every thread.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for attempt in range(100):
        tmp = str(path.parent / f".{path.name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
        except FileNotFoundError:
            if attempt:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(path.parent))


def atomic_write_text(path: Path, text: str) -> bool:
    """UTF-8 text version of :func:`atomic_write`."""
    return atomic_write(path, text.encode("utf-8"))


def read_bytes(path: Path, limits: Limits | None = None) -> bytes:
    """Read a whole input file, turning OS errors into one-line input errors.

    Only regular files are read: a FIFO would block forever and ``/dev/zero`` never ends. With
    ``limits``, a file over ``max_input_mb`` is refused before it is read.
    """
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                str(path),
                "not a regular file (a pipe, socket or device)",
                "Give a file, or pipe the data to '-' (standard input)",
            )
        if limits is not None:
            limits.check_size(info.st_size, str(path))
        with path.open("rb") as handle:
            return read_stream(handle, str(path), limits)
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file", "Check the path") from exc
    except IsADirectoryError as exc:
        raise InputError(str(path), "is a directory", "Give a file") from exc
    except OSError as exc:
        raise InputError(
            str(path), f"cannot read ({exc.strerror})", "Check its permissions"
        ) from exc


def read_stream(stream: BinaryIO, where: str, limits: Limits | None = None) -> bytes:
    """Read a stream to its end, or just past ``max_input_mb`` to refuse it (endless input)."""
    if limits is None:
        return stream.read()
    data = stream.read(limits.max_bytes + 1)
    limits.check_size(len(data), where)
    return data


def decode_utf8(data: bytes, where: str) -> str:
    """Decode UTF-8 (a BOM is dropped) or say exactly which line is not UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{where}:{line}",
            "not valid UTF-8 text",
            "Convert the file to UTF-8 (e.g. iconv -f windows-1258 -t utf-8)",
        ) from exc
