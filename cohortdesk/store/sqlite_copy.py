"""The one way CohortDesk copies a workspace: SQLite's online backup API into a private
temporary file made beside the target, then one rename.

The temporary file is created with O_CREAT|O_EXCL at an unpredictable name (`mkstemp`), so a
link planted in a shared folder can never redirect the copy; before the rename the name is
checked to still be the file we created. The copy is 0600 whatever the umask, in rollback
journal mode (one self-contained file), and fsynced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

from cohortdesk.files import PRIVATE_FILE, fsync_dir


def private_temp(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    """A new, empty 0600 file at an unpredictable name in `folder`: (descriptor, path)."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    if os.name == "posix":
        os.fchmod(fd, PRIVATE_FILE)
    return fd, Path(name)


def _still_ours(fd: int, path: Path) -> bool:
    try:
        mine, there = os.fstat(fd), os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(there.st_mode) and (mine.st_dev, mine.st_ino) == (there.st_dev,
                                                                            there.st_ino)


def copy_database(source: sqlite3.Connection, target: str | Path) -> Path:
    """Copy the database open on `source` to `target` (replaced in one rename)."""
    target = Path(target)
    fd, temp = private_temp(target.parent, f".{target.name[:60]}.", ".copying")
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        if not _still_ours(fd, temp):
            raise OSError(f"the temporary copy {temp.name} was replaced while it was written")
        os.fsync(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            if _still_ours(fd, temp):
                temp.unlink()
        raise
    finally:
        os.close(fd)
    fsync_dir(target.parent)
    return target


def copy_file(path: Path, target: str | Path) -> Path:
    """Copy the workspace file at `path` (opened read-only, never written) to `target`."""
    from cohortdesk.store.integrity import connect_readonly

    with connect_readonly(path) as source:
        return copy_database(source, target)
