"""Atomic file writes: a reader (or a crash) never sees a half-written export.

Write to a temporary file in the target's folder (same filesystem, so the rename is atomic),
fsync it, then `os.replace` it over the target. On any failure the temporary file is removed
and an existing target is left untouched.

Built on `cohortdesk.files` (its plain-words reasons and folder fsync). `files.atomic_write`
hands out an open file; the writers here also need a *path*, because reportlab and XlsxWriter
open their output by name. Exports are ordinary documents, not CohortDesk's private files: a
new file gets the user's usual permissions (0o666 less the umask) and a replaced file keeps
its own.

Every failure to save is raised as `SaveError`: a `FileWriteError` (so a CohortDeskError, shown
as a sentence) that is also an `OSError` carrying the errno and the *target's* name, never the
temporary file's. A missing folder is refused, not created: a mistyped folder or a removed USB
stick should be noticed, not papered over.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cohortdesk.files import FileWriteError, describe_os_error, fsync_dir

__all__ = ["SaveError", "atomic_path", "atomic_open", "write_bytes", "write_text"]

_TEMP_SUFFIX = ".partial"


class SaveError(FileWriteError, OSError):
    """A file could not be saved. `filename` is the target; `errno` says why."""

    def __init__(self, path: Path, code: int | None, reason: str, *, existed: bool) -> None:
        super().__init__(path, reason)
        self.errno = code
        self.strerror = reason
        self.filename = str(path)
        kept = " The previous file is unchanged." if existed else ""
        self.message = f"Could not save {path.name}: {reason}.{kept}"

    def __str__(self) -> str:
        return self.message


def _failure(target: Path, exc: OSError, existed: bool) -> SaveError:
    return SaveError(target, exc.errno, describe_os_error(exc), existed=existed)


def _is_ours(exc: OSError, temp: Path, target: Path) -> bool:
    """Whether an OSError raised while writing is about the file being saved (and not, say,
    about a logo the writer could not read, which must keep its own message)."""
    if exc.filename is None:
        return True  # write(), flush() and fsync() errors carry no file name
    return str(exc.filename) in (str(temp), str(target))


@contextlib.contextmanager
def _temp_file(target: Path, private: bool = False) -> Iterator[tuple[int, Path]]:
    """An open descriptor and the path of a new temporary file beside `target`; replaces
    `target` when the block ends without an error, else removes it.

    `private`: the file holds contact, access or internal details; it is 0600 whatever the
    umask, and replacing an older export makes that one private too."""
    folder = target.parent
    existed = target.exists()
    if not folder.is_dir():
        if folder.exists():
            raise SaveError(target, errno.ENOTDIR, f"{folder} is a file, not a folder",
                            existed=False)
        reason = (f"the folder {folder} does not exist (was a drive removed, or is the name "
                  "mistyped?)")
        raise SaveError(target, errno.ENOENT, reason, existed=False)
    keep_mode: int | None = None
    if existed:
        with contextlib.suppress(OSError):
            keep_mode = stat.S_IMODE(os.stat(target).st_mode)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd, temp = -1, folder
    for _ in range(100):
        temp = folder / f".{target.name[:80]}.{secrets.token_hex(4)}{_TEMP_SUFFIX}"
        try:
            # 0o666: the OS applies the user's umask, as for any new document.
            fd = os.open(temp, flags, 0o600 if private else 0o666)
            if private and os.name == "posix":
                os.fchmod(fd, 0o600)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise _failure(target, exc, existed) from exc
    else:  # pragma: no cover - 100 random names taken
        raise SaveError(target, errno.EEXIST, "no temporary name is free in that folder",
                        existed=existed)
    try:
        yield fd, temp
        if keep_mode is not None and os.name == "posix" and not private:
            os.chmod(temp, keep_mode)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if _is_ours(exc, temp, target):
            raise _failure(target, exc, existed) from exc
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


@contextlib.contextmanager
def atomic_path(target: str | Path, *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write to (by any library); it replaces `target` on success."""
    target = Path(target)
    with _temp_file(target, private) as (fd, temp):
        os.close(fd)
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())


@contextlib.contextmanager
def atomic_open(
    target: str | Path, mode: str = "w", *,
    encoding: str | None = "utf-8", newline: str | None = None, private: bool = False,
) -> Iterator[IO[Any]]:
    """Like `open(target, mode)` for writing ("w" or "wb"), but atomic."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only; mode {mode!r} is not supported")
    with _temp_file(Path(target), private) as (fd, _temp):
        if "b" in mode:
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())


def write_bytes(target: str | Path, data: bytes) -> Path:
    with atomic_open(target, "wb") as fh:
        fh.write(data)
    return Path(target)


def write_text(target: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    with atomic_open(target, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return Path(target)
