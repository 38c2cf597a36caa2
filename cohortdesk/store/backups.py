"""Verified backups of a workspace, their rotation, and restoring one.

A backup is a consistent copy made with SQLite's online backup API while the workspace stays
open (WAL readers never block the writer). It is written under a temporary name, opened and
checked with `quick_check`, and only then renamed to its final name, where it takes a rotation
slot. Names carry the workspace's file name, its id, the time and the reason, so the folder is
readable by hand:

    Workspace.20250131-101500.open.id-3f9a2c1b7e4d.cohortdesk

The id is the start of the random workspace id made when the workspace was created (the
one-row `exchange_identity` table). Two workspaces with the same file name (two laptops'
`Workspace.cohortdesk` backing up into one synced folder) therefore never share backups: each
lists, rotates and is offered only its own. Backups made by earlier versions have no id; they
are still listed for a workspace of their file name, but rotation never deletes them, since
they may belong to another workspace of that name.

Rotation keeps the newest 10, the newest of each of the last 30 days and the newest of each of
the last 12 months. Copies made before a migration are never rotated away.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import glob
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from cohortdesk import paths
from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.files import (
    FileWriteError,
    atomic_write,
    describe_os_error,
    ensure_dir,
    fsync_dir,
    secure_file,
    write_text_atomic,
)
from cohortdesk.store import integrity
from cohortdesk.store.lock import WorkspaceLock
from cohortdesk.store.sqlite_copy import copy_file, private_temp


class Store(Protocol):
    """What a backup needs of an open workspace (the Store, which imports this module to back
    itself up before a migration: a Protocol here keeps the two from importing each other)."""

    path: Path
    engine: Engine
    unchanged_since_backup: str | None

    def backup_to(self, target: str | Path) -> Path: ...

KEEP_LAST = 10
KEEP_DAILY = 30
KEEP_MONTHLY = 12
SUFFIX = ".cohortdesk"
NEVER_ROTATED = "before-migration"
_STAMP = "%Y%m%d-%H%M%S"
KEY_LENGTH = 12
# The workspace id comes last, so names keep the prefix they had before it (NAME.STAMP... and
# NAME.before-migration-...) and sort by workspace name, then time.
_KEY_PART = r"(?:\.id-(?P<key>[0-9a-f]{12}))?"
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<reason>[a-z0-9-]+)"
    + _KEY_PART + r"\.cohortdesk$"
)
# Copies made before a migration keep the form they always had: NAME.before-migration-REV-TIME.
_MIGRATION_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<reason>before-migration-[a-z0-9]+)-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<n>\d+))?" + _KEY_PART + r"\.cohortdesk$"
)
_IDS_FILE = "workspace-ids.json"


class _Auto(enum.Enum):
    """`key=AUTO`: find the workspace's id from its file (or this computer's record of it)."""

    AUTO = 0


AUTO = _Auto.AUTO


def _match(name: str) -> re.Match[str] | None:
    return _MIGRATION_NAME.match(name) or _NAME.match(name)


class BackupError(WorkspaceError):
    """A backup could not be made, verified or restored."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    workspace: str
    created: dt.datetime
    reason: str
    size: int
    people: int | None = None
    sessions: int | None = None
    key: str | None = None  # the workspace id in the name; None for an older backup

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "workspace": self.workspace,
                "workspace_id": self.key,
                "created": self.created.isoformat(timespec="seconds"), "reason": self.reason,
                "size": self.size, "people": self.people, "sessions": self.sessions}


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: BackupInfo | None
    damaged: Path | None


# -- the folder --------------------------------------------------------------------------------


def _settings_path() -> Path:
    return paths.config_dir() / "backups.json"


def configured_folder() -> Path:
    """The folder the user chose (File > Backups…), else `backups` in the user data folder."""
    try:
        chosen = json.loads(_settings_path().read_text(encoding="utf-8")).get("folder")
    except (OSError, ValueError, AttributeError):
        chosen = None
    if not chosen:
        return paths.backup_dir()
    return ensure_dir(Path(chosen).expanduser())


def set_folder(folder: Path | None) -> Path:
    """Choose where backups go (None: the default). Checks the folder can be written to."""
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        try:
            ensure_dir(folder)
            fd, probe = private_temp(folder, ".cohortdesk-write-test.", "")
            os.close(fd)
            probe.unlink()
        except OSError as exc:
            raise BackupError(f"Backups cannot go to {folder}: {describe_os_error(exc)}.") from exc
    write_text_atomic(_settings_path(), json.dumps({"folder": str(folder) if folder else None}))
    return configured_folder()


def _target_folder(folder: Path | None, name: str) -> Path:
    """The folder to back up into, created private; a clear BackupError if that fails."""
    try:
        return ensure_dir(Path(folder)) if folder else configured_folder()
    except OSError as exc:
        where = folder or exc.filename or "the backup folder"
        raise BackupError(f"Could not back up {name} to {where}: "
                          f"{describe_os_error(exc)}.") from exc


# -- which workspace a backup belongs to --------------------------------------------------------

_ID_QUERY = "SELECT workspace_uid FROM exchange_identity ORDER BY id LIMIT 1"


def key_of(uid: str) -> str:
    """The part of a workspace id that goes into backup names: 12 hex digits."""
    text = uid.strip().lower()
    if re.fullmatch(r"[0-9a-f]{12,}", text):
        return text[:KEY_LENGTH]
    return hashlib.sha256(uid.encode("utf-8", "replace")).hexdigest()[:KEY_LENGTH]


def _key_from(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(_ID_QUERY).fetchone()
    except (sqlite3.Error, UnicodeDecodeError):
        return None  # older than the identity table (revision 0005), or unreadable
    return key_of(str(row[0])) if row and row[0] else None


def store_key(store: Store) -> str | None:
    """The open workspace's id for backup names (None for a workspace older than 0005)."""
    try:
        raw = store.engine.raw_connection()
    except Exception:  # noqa: BLE001 - no connection, no id: the backup gets an older-style name
        return None
    try:
        source = raw.driver_connection
        return _key_from(source) if isinstance(source, sqlite3.Connection) else None
    finally:
        raw.close()


def _ids_path() -> Path:
    return paths.config_dir() / _IDS_FILE


def _remembered() -> dict[str, str]:
    try:
        data = json.loads(_ids_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _where(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def remembered_key(path: Path) -> str | None:
    """The id this computer last backed up from `path` (for a file too damaged to read)."""
    return _remembered().get(_where(path))


def _remember(path: Path, key: str) -> None:
    known = _remembered()
    if known.get(_where(path)) == key:
        return
    known[_where(path)] = key
    with contextlib.suppress(OSError, FileWriteError):
        write_text_atomic(_ids_path(), json.dumps(known, indent=1, sort_keys=True))


def file_key(path: Path) -> str | None:
    """A workspace file's id, read without writing to it; else what this computer recorded."""
    found: str | None = None
    if path.is_file():
        try:
            with integrity.connect_readonly(path) as conn:
                found = _key_from(conn)
        except (sqlite3.Error, OSError, ValueError):
            found = None
    return found or remembered_key(path)


def _stem(workspace: str | Path) -> tuple[str, Path | None]:
    """The file name's stem, and the path when `workspace` names a file rather than a stem."""
    if isinstance(workspace, Path) or str(workspace).endswith(SUFFIX):
        return Path(workspace).stem, Path(workspace)
    return str(workspace), None


def _resolve(workspace: str | Path, key: str | None | _Auto) -> tuple[str, str | None]:
    stem, path = _stem(workspace)
    if key is AUTO:
        key = file_key(path) if path is not None else None
    return stem, key


# -- making one --------------------------------------------------------------------------------


def _stamp_name(folder: Path, stem: str, key: str | None, reason: str, now: dt.datetime) -> Path:
    # Numbered within the second whatever the reason, so the names sort in the order made.
    stamp = now.strftime(_STAMP)
    names = (p.name for p in folder.glob(f"{glob.escape(stem)}.*{SUFFIX}"))
    numbers = [1 if match["n"] is None else int(match["n"])
               for match in map(_match, names)
               if match and match["stem"] == stem and match["key"] == key
               and match["stamp"] == stamp]
    n = max(numbers) + 1 if numbers else 1
    numbered = stamp if n == 1 else f"{stamp}-{n}"
    owner = f".id-{key}" if key else ""
    if reason.startswith(NEVER_ROTATED):
        return folder / f"{stem}.{reason}-{numbered}{owner}{SUFFIX}"
    return folder / f"{stem}.{numbered}.{reason}{owner}{SUFFIX}"


def _clean_reason(reason: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"


def verify(path: Path) -> list[str]:
    """`quick_check` and `foreign_key_check` of a backup file; [] when it is good."""
    try:
        found = path.stat()
    except OSError:
        return [f"{path.name} does not exist"]
    if not stat.S_ISREG(found.st_mode):
        return [f"{path.name} is not a file"]
    return integrity.sqlite_problems(path)


def _counts(path: Path) -> tuple[int | None, int | None]:
    found: list[int | None] = []
    try:
        with integrity.connect_readonly(path) as conn:
            for table in ("person", "cohort_session"):
                try:
                    found.append(int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]))
                except Exception:  # noqa: BLE001 - an older schema without the table
                    found.append(None)
    except Exception:  # noqa: BLE001 - unreadable: no counts to show
        return None, None
    return found[0], found[1]


def _order(info: BackupInfo) -> tuple[dt.datetime, int]:
    """Newest-first sort key; backups made within one second are numbered -2, -3 ..."""
    match = _match(info.path.name)
    return info.created, int(match["n"]) if match and match["n"] else 1


def _info(path: Path) -> BackupInfo | None:
    match = _match(path.name)
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], _STAMP)
        found = path.lstat()  # never follows a link; a FIFO or a folder is not a backup
    except (ValueError, OSError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    size = found.st_size
    return BackupInfo(path, match["stem"], created, match["reason"], size, key=match["key"])


def describe(path: Path) -> BackupInfo:
    """A backup's details with its counts (opens the file read-only)."""
    stat = path.stat()
    info = _info(path) or BackupInfo(
        path, path.stem, dt.datetime.fromtimestamp(stat.st_mtime), "copy", stat.st_size
    )
    people, sessions = _counts(path)
    return BackupInfo(info.path, info.workspace, info.created, info.reason, info.size, people,
                      sessions, info.key)


def write_failure(exc: BaseException) -> str:
    """Why a copy could not be written, in words (a full disk, a read-only folder ...)."""
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    return integrity.describe_sqlite_error(exc)


# What writing a copy can raise when the disk or the folder is the problem, not the program.
_WRITE_ERRORS = (OSError, sqlite3.Error, sa_exc.DBAPIError)


def _finish(unverified: Path, folder: Path, stem: str, key: str | None, reason: str,
            now: dt.datetime, rotate_after: bool) -> BackupInfo:
    problems = verify(unverified)
    if problems:
        _discard(unverified)
        raise BackupError(f"The backup of {stem} failed its check ({problems[0]}); "
                          "it was discarded and the older backups were kept.")
    try:
        final = _stamp_name(folder, stem, key, reason, now)
        os.replace(unverified, final)
    except OSError as exc:
        _discard(unverified)
        raise BackupError(f"Could not back up {stem} to {folder}: "
                          f"{describe_os_error(exc)}.") from exc
    secure_file(final)
    fsync_dir(folder)
    if rotate_after:
        rotate(stem, folder, now=now, key=key)
    return describe(final)


def _unverified(folder: Path, stem: str) -> Path:
    """A new private file at an unpredictable name (never a name someone could plant a link
    at), to copy into before the copy is checked."""
    fd, path = private_temp(folder, f".{stem[:60]}.", ".unverified")
    os.close(fd)
    return path


def make_backup(store: Store, folder: Path | None = None, *, reason: str = "manual",
                rotate_after: bool = True) -> BackupInfo:
    """Back up an open workspace into `folder` (default: the configured folder), verified.

    Safe to call from a worker thread while the UI keeps editing: the copy reads one snapshot.
    Any failure to write the copy (a full disk, a read-only or vanished folder) is a BackupError
    that says so; the older backups are kept.
    """
    target = _target_folder(folder, store.path.name)
    now = dt.datetime.now()
    reason = _clean_reason(reason)
    key = store_key(store)
    try:
        unverified = _unverified(target, store.path.stem)
    except OSError as exc:
        raise BackupError(f"Could not back up {store.path.name} to {target}: "
                          f"{describe_os_error(exc)}. The older backups were kept.") from exc
    try:
        store.backup_to(unverified)
    except _WRITE_ERRORS as exc:
        _discard(unverified)
        raise BackupError(f"Could not back up {store.path.name} to {target}: "
                          f"{write_failure(exc)}. The older backups were kept.") from exc
    except BaseException:
        _discard(unverified)
        raise
    if key:
        _remember(store.path, key)
    return _finish(unverified, target, store.path.stem, key, reason, now, rotate_after)


def covering_backup(store: Store, folder: Path | None = None) -> BackupInfo | None:
    """A backup that already holds exactly the data the workspace was opened with, if any.

    When CohortDesk closes a workspace with every change backed up, the seal it leaves beside
    the file names that backup. If the file is byte for byte as sealed when it is opened again
    (and no update ran), that backup still holds its data: backing it up on open would only add
    a duplicate that pushes a different, older backup out of rotation. The backup must still be
    in the folder, carry this workspace's id and pass its check.
    """
    name = store.unchanged_since_backup
    if not name:
        return None
    try:
        candidate = _target_folder(folder, store.path.name) / name
    except BackupError:
        return None
    info = _info(candidate)
    if (info is None or info.workspace != store.path.stem or info.key is None
            or info.key != store_key(store) or verify(candidate)):
        return None
    return info


def backup_file(workspace: Path, folder: Path | None = None, *,
                reason: str = "manual") -> BackupInfo:
    """Back up a workspace that is not open (the copy made before a restore)."""
    target = _target_folder(folder, workspace.name)
    now = dt.datetime.now()
    reason = _clean_reason(reason)
    key = file_key(workspace)
    try:
        unverified = _unverified(target, workspace.stem)
    except OSError as exc:
        raise BackupError(f"Could not back up {workspace.name}: {write_failure(exc)}.") from exc
    try:
        copy_file(workspace, unverified)
    except _WRITE_ERRORS as exc:
        _discard(unverified)
        raise BackupError(f"Could not back up {workspace.name}: {write_failure(exc)}.") from exc
    return _finish(unverified, target, workspace.stem, key, reason, now, True)


def _discard(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".partial"),
                     path.with_name(path.name + ".partial-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


# -- listing and rotation ------------------------------------------------------------------------


def _found(folder: Path, stem: str,
           wanted: Callable[[BackupInfo], bool] | None = None) -> list[BackupInfo]:
    """The backups in `folder` of workspaces named `stem` that `wanted` keeps, newest first."""
    if not folder.is_dir():
        return []
    found = [i for i in (_info(p) for p in folder.glob(f"{glob.escape(stem)}.*{SUFFIX}"))
             if i and i.workspace == stem and (wanted is None or wanted(i))]
    found.sort(key=_order, reverse=True)
    return found


def list_backups(workspace: str | Path, folder: Path | None = None, *,
                 counts: bool = True, key: str | None | _Auto = AUTO) -> list[BackupInfo]:
    """The backups of a workspace, newest first.

    `workspace` is its path (its id is read from the file) or just its name's stem. With an id,
    the list holds that workspace's backups and the older ones, made before backups carried an
    id, of a workspace with its name. With no id known, every backup of that name.
    """
    stem, resolved = _resolve(workspace, key)
    folder = Path(folder) if folder else configured_folder()
    found = _found(folder, stem,
                   None if resolved is None else lambda i: i.key in (resolved, None))
    if counts:
        found = [describe(i.path) for i in found]
    return found


def keep_set(backups: Iterable[BackupInfo], now: dt.datetime) -> set[Path]:
    """Which backups rotation keeps: the newest 10, one a day for 30 days, one a month for 12."""
    ordered = sorted(backups, key=_order, reverse=True)
    keep = {i.path for i in ordered if i.reason.startswith(NEVER_ROTATED)}
    rotating = [i for i in ordered if not i.reason.startswith(NEVER_ROTATED)]
    keep.update(i.path for i in rotating[:KEEP_LAST])
    first_day = now.date() - dt.timedelta(days=KEEP_DAILY - 1)
    month_index = now.year * 12 + now.month - 1
    days: set[dt.date] = set()
    months: set[int] = set()
    for info in rotating:  # newest first, so the first seen of a day or month is its newest
        day = info.created.date()
        if first_day <= day <= now.date() and day not in days:
            days.add(day)
            keep.add(info.path)
        month = info.created.year * 12 + info.created.month - 1
        if month_index - KEEP_MONTHLY < month <= month_index and month not in months:
            months.add(month)
            keep.add(info.path)
    return keep


def rotate(workspace: str | Path, folder: Path | None = None, *,
           now: dt.datetime | None = None, key: str | None | _Auto = AUTO) -> list[Path]:
    """Delete the backups rotation does not keep; returns what was deleted.

    Only backups carrying exactly this workspace's id take part, so rotation never deletes
    another workspace's backups. (A workspace with no id rotates only backups without one.)
    """
    stem, resolved = _resolve(workspace, key)
    folder = Path(folder) if folder else configured_folder()
    infos = _found(folder, stem, lambda i: i.key == resolved)
    keep = keep_set(infos, now or dt.datetime.now())
    removed = []
    for info in infos:
        if info.path not in keep:
            try:
                info.path.unlink(missing_ok=True)
            except OSError:
                continue  # a read-only or synced folder: try again next time
            removed.append(info.path)
    return removed


def newest_good_backup(workspace: str | Path, folder: Path | None = None, *,
                       key: str | None | _Auto = AUTO) -> BackupInfo | None:
    """The newest backup that passes its check (offered when the workspace is damaged).

    Only this workspace's own backups (and older ones without an id) are candidates. When its
    id cannot be read, nor was recorded on this computer, the backups of its name are used
    only if they all come from one workspace.
    """
    stem, resolved = _resolve(workspace, key)
    try:
        folder = Path(folder) if folder else configured_folder()
        everything = _found(folder, stem)
    except OSError:
        return None
    if resolved is None:
        keys = {i.key for i in everything if i.key is not None}
        resolved = keys.pop() if len(keys) == 1 else None
    for info in everything:
        if info.key in (resolved, None) and not verify(info.path):
            return describe(info.path)
    return None


# -- restoring ------------------------------------------------------------------------------------


def restore(backup: Path, workspace: Path, folder: Path | None = None) -> RestoreResult:
    """Put `backup` in place of `workspace`, which must not be open anywhere.

    The current file is backed up first ("before-restore"); if it is damaged it is kept as
    `*.damaged` instead. The backup is checked before anything is touched.
    """
    backup = Path(backup).expanduser().resolve()
    workspace = Path(workspace).expanduser().resolve()
    problems = verify(backup)
    if problems:
        raise BackupError(f"{backup.name} cannot be restored: it failed its check ({problems[0]}).")
    if not integrity.is_workspace(backup):
        raise BackupError(f"{backup.name} cannot be restored: it is not a CohortDesk workspace "
                          "(an SQLite file of another program, or not a database at all).")
    if workspace.is_symlink() or (workspace.exists() and not workspace.is_file()):
        raise BackupError(f"{workspace.name} is not a workspace file; nothing was restored.")
    restored = describe(backup)
    lock = WorkspaceLock(workspace)
    lock.acquire()
    try:
        if not lock.sole_holder():
            raise BackupError(f"Close {workspace.name} before restoring a backup over it.")
        safety: BackupInfo | None = None
        damaged: Path | None = None
        if workspace.exists():
            if integrity.check_file(workspace):
                damaged = integrity.quarantine(workspace)
            else:
                safety = backup_file(workspace, folder, reason="before-restore")
        try:
            with atomic_write(workspace, "wb") as out, open(backup, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
        except FileWriteError as exc:
            raise BackupError(str(exc)) from exc
        # Leftovers of the old file must not be replayed onto the restored one (we hold the
        # lock, so nothing opens it in between).
        for suffix in integrity.COMPANIONS:
            workspace.with_name(workspace.name + suffix).unlink(missing_ok=True)
        integrity.unseal(workspace)
    finally:
        lock.release()
    return RestoreResult(restored, safety, damaged)
