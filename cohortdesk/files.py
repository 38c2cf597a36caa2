"""Writing files so that a crash, a full disk or a read-only folder never leaves a half file.

Every export, packet and backup is written to a temporary file in the same folder, flushed to
disk with fsync, then renamed over the target: the old file stays untouched until the new one
is complete. Files holding people's details are readable by the user only on POSIX.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cohortdesk.domain.errors import CohortDeskError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


class FileWriteError(CohortDeskError):
    """A file could not be written (disk full, folder read-only ...). The old file is intact."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"Could not save {path.name}: {reason}. The previous file is unchanged.")
        self.path = path
        self.reason = reason


def describe_os_error(exc: OSError) -> str:
    """A reason a program officer can act on, for the common failures of saving a file."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "the disk is full; free some space and try again"
    if exc.errno in (errno.EROFS,):
        return "the folder is on a read-only disk; choose another folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "you do not have permission to write to that folder; choose another folder"
    if exc.errno == errno.ENOTDIR:
        return "part of that path is a file, not a folder; choose another folder"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist (was a drive removed?)"
    if exc.errno == errno.EFBIG:
        return "the file is too large for that disk"
    return exc.strerror or str(exc)


SAVE_ERRNOS = frozenset({errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT,
                         errno.ENOTDIR, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})


def save_failure_message(exc: OSError) -> str | None:
    """A clear sentence for a file that could not be saved, or None for other OS errors."""
    if exc.errno not in SAVE_ERRNOS:
        return None
    name = Path(str(exc.filename)).name if exc.filename else "the file"
    return f"Could not save {name}: {describe_os_error(exc)}. Any earlier copy is unchanged."


def secure_file(path: Path) -> None:
    """Make `path` readable and writable by its owner only (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE)


def secure_dir(path: Path) -> Path:
    """Create `path` if needed and make it private to the user (for CohortDesk's own folders)."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(PermissionError):
            if path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_DIR)
    return path


def ensure_dir(path: Path) -> Path:
    """Create `path` (private) if it does not exist; an existing folder keeps its mode: it may
    be a user's shared or synced folder."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    return path


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "wb", *, private: bool = True,
                 encoding: str | None = None, newline: str | None = None) -> Iterator[IO[Any]]:
    """Yield a file to write; on success it replaces `path` in one rename.

    On any failure the temporary file is removed, `path` is untouched and the error is raised
    as a FileWriteError with a clear reason (OSError) or as it was (anything else).
    """
    target = Path(path)
    if "b" in mode:
        encoding = None
    elif encoding is None:
        encoding = "utf-8"
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise FileWriteError(target, describe_os_error(exc)) from exc
    tmp = Path(tmp_name)
    try:
        if not private and os.name == "posix":
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(target, describe_os_error(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | Path, text: str, *, private: bool = True) -> Path:
    with atomic_write(path, "w", private=private, encoding="utf-8") as handle:
        handle.write(text)
    return Path(path)
