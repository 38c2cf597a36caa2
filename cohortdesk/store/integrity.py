"""Checking a workspace file before anything writes to it.

Two checks, both read-only:
- SQLite's `quick_check` and `foreign_key_check`, which find a broken file structure (a torn
  write, a truncated file, a sync tool that mixed two versions) and broken links.
- A seal: when CohortDesk closes a workspace cleanly it writes `.NAME.cohortdesk.seal` beside
  it with the SHA-256, size and modification time of the file. `quick_check` cannot see a
  flipped byte inside a name or a note; the seal can. Bytes that changed while the file was
  not written (same size and time: a failing disk, a bad copy) mean damage. A file written by
  another program since gets the full `integrity_check` instead. The seal is removed as soon
  as a writer opens the file, so after a crash only the SQLite checks apply.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.request import pathname2url

from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.files import secure_file, write_text_atomic

COMPANIONS = ("-wal", "-shm")


class DamagedWorkspaceError(WorkspaceError):
    """The workspace failed its checks. Nothing was written to it.

    `damaged_path` is where the file now is (renamed `*.damaged`), or None for a read-only open
    that left it in place; `backup` is the newest backup that passed its own check, if any.
    """

    def __init__(self, path: Path, problems: list[str], damaged_path: Path | None = None,
                 backup: object | None = None) -> None:
        self.path = path
        self.problems = problems
        self.damaged_path = damaged_path
        self.backup = backup
        first = problems[0] if problems else "unknown damage"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        kept = f" It was not changed; it is kept as {damaged_path.name}." if damaged_path else ""
        when = getattr(backup, "created", None)
        offer = (f" The newest good backup is from {when:%Y-%m-%d %H:%M}: "
                 f"{getattr(backup, 'path', '')}" if isinstance(when, dt.datetime) else "")
        super().__init__(f"{path.name} is damaged: {first}{more}.{kept}{offer}")


def describe_sqlite_error(exc: BaseException) -> str:
    """A plain reason for an SQLite failure (SQLAlchemy's wrapper or the driver's own error)."""
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig)
    if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
        return "the disk is full; free some space and try again"
    if primary == sqlite3.SQLITE_READONLY or "readonly" in text:
        return "the folder or the file is read-only; choose another folder"
    if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
        return "the file could not be opened there (was the folder removed or made read-only?)"
    if primary == sqlite3.SQLITE_IOERR or "disk I/O error" in text:
        return "the disk reported an error (is it full, or was a drive removed?)"
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return "the workspace could not be read; it may be damaged (run `cohortdesk check`)"
    if primary == sqlite3.SQLITE_BUSY or "locked" in text:
        return "the workspace is busy in another program; try again in a moment"
    return text


def readonly_uri(path: Path) -> str:
    return f"file:{pathname2url(str(path))}?mode=ro"


@contextlib.contextmanager
def connect_readonly(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain read-only SQLite connection: it can never write to (or checkpoint into) `path`."""
    conn = sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)
    # A damaged page can hold invalid UTF-8; its report must still be readable.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        yield conn
    finally:
        conn.close()


def sqlite_problems(path: Path, *, limit: int = 20) -> list[str]:
    """`quick_check` and `foreign_key_check` of the file at `path`; [] when it is sound."""
    try:
        with connect_readonly(path) as conn:
            rows = [r[0] for r in conn.execute(f"PRAGMA quick_check({int(limit)})")]
            problems = [str(r) for r in rows if r != "ok"]
            if problems:
                return problems
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent}")
                if len(problems) >= limit:
                    break
            return problems
    except sqlite3.DatabaseError as exc:
        return [f"it cannot be read as a workspace ({exc})"]
    except UnicodeDecodeError:
        return ["it holds damaged text that cannot be read"]


_OUR_TABLES = frozenset({"alembic_version", "person", "cohort", "cohort_session"})


def is_workspace(path: Path) -> bool:
    """Whether the SQLite file at `path` is a CohortDesk workspace (it has our schema)."""
    try:
        with connect_readonly(path) as conn:
            names = {str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except (sqlite3.Error, UnicodeDecodeError):
        return False
    return names >= _OUR_TABLES


# -- the seal --------------------------------------------------------------------------------


def seal_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.seal")


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            if part != path and part.stat().st_size == 0:
                continue  # an empty WAL, as a read-only reader leaves it, adds nothing
            with open(part, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except FileNotFoundError:
            continue
        digest.update(b"\0--next part--\0")
    return digest.hexdigest()


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return st.st_size, st.st_mtime_ns


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _wal_stat(path: Path) -> tuple[int, int] | None:
    """An empty WAL (a read-only reader leaves one) counts as none."""
    found = _stat(_wal(path))
    return found if found and found[0] else None


def seal(path: Path, *, backup: str | None = None) -> None:
    """Record the file's digest after a clean close (best effort: no seal is also fine).

    `backup` names a backup that holds exactly the data the file was closed with, so that
    opening the file unchanged need not back it up again.
    """
    with contextlib.suppress(OSError):
        write_text_atomic(seal_path(path), json.dumps({
            "sha256": _digest(path),
            "file": _stat(path),
            "wal": _wal_stat(path),
            "sealed_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "backup": backup,
        }))


def sealed_backup(path: Path) -> str | None:
    """The backup named in the seal as holding the data the file was closed with, if any.

    Only meaningful when the file is still byte for byte as sealed (`check_file_state`).
    """
    try:
        name = json.loads(seal_path(path).read_text(encoding="utf-8")).get("backup")
    except (OSError, ValueError, AttributeError):
        return None
    return name if isinstance(name, str) and name else None


def unseal(path: Path) -> None:
    seal_path(path).unlink(missing_ok=True)


def seal_problems(path: Path) -> list[str] | None:
    """What the seal says about the file.

    None: no usable seal, or the file was written since (another program, an older copy put
    in its place); the SQLite checks decide. []: byte for byte as CohortDesk left it. A
    problem: the bytes changed while the file was not written to (same size and modification
    time), which only a failing disk, a bad copy or a sync tool does.
    """
    try:
        data = json.loads(seal_path(path).read_text(encoding="utf-8"))
        expected = str(data["sha256"])
        sealed_at = str(data.get("sealed_at", ""))
        stats = (data.get("file"), data.get("wal"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if _digest(path) == expected:
        return []
    now = (_stat(path), _wal_stat(path))
    if [list(s) if s else None for s in now] != [list(s) if s else None for s in stats]:
        return None
    when = sealed_at[:16].replace("T", " ")
    return [f"its contents changed on disk without being saved since CohortDesk closed it "
            f"on {when}"]


def full_problems(path: Path, *, limit: int = 20) -> list[str]:
    """The slower `integrity_check` (it also compares every index with its table)."""
    try:
        with connect_readonly(path) as conn:
            rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    except sqlite3.DatabaseError as exc:
        return [f"it cannot be read as a workspace ({exc})"]
    except UnicodeDecodeError:
        return ["it holds damaged text that cannot be read"]
    problems = [str(r) for r in rows if r != "ok"]
    return problems or sqlite_problems(path, limit=limit)


def check_file(path: Path) -> list[str]:
    """Every problem found in the workspace at `path`, without writing to it."""
    return check_file_state(path)[0]


def check_file_state(path: Path) -> tuple[list[str], bool]:
    """`check_file`, and whether the file is byte for byte as CohortDesk sealed it."""
    if path.stat().st_size == 0 and seal_path(path).exists():
        return ["the file is empty (it held a workspace when CohortDesk last closed it)"], False
    sealed = seal_problems(path)
    if sealed:
        return sealed + sqlite_problems(path), False
    if sealed == []:
        # Byte for byte what we closed: only links need checking, and they were fine then.
        return [], True
    if seal_path(path).exists():
        # Written by something else since we closed it: check it thoroughly.
        return full_problems(path), False
    return sqlite_problems(path), False


# -- keeping a damaged file --------------------------------------------------------------------


def quarantine(path: Path) -> Path:
    """Rename the file (and its -wal/-shm and seal) to `*.damaged`, never touching the bytes.

    Only a regular file is ever renamed: a folder, a device or a FIFO is not a workspace."""
    if not stat.S_ISREG(path.lstat().st_mode):
        raise WorkspaceError(f"{path} is not a file; it was left exactly as it was.")
    target = path.with_name(path.name + ".damaged")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.{n}.damaged")
        n += 1
    path.replace(target)
    secure_file(target)
    for suffix in COMPANIONS:
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.replace(target.with_name(target.name + suffix))
    sealed = seal_path(path)
    if sealed.exists():
        sealed.replace(seal_path(target))
    return target
