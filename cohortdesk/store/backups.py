"""Verified backups of a workspace, their rotation, and restoring one.

A backup is a consistent copy made with SQLite's online backup API while the workspace stays
open (WAL readers never block the writer). It is written under a temporary name, opened and
checked with `quick_check`, and only then renamed to its final name, where it takes a rotation
slot. Names carry the workspace, the time and the reason, so the folder is readable by hand:

    Workspace.20250131-101500.open.cohortdesk

Rotation keeps the newest 10, the newest of each of the last 30 days and the newest of each of
the last 12 months. Copies made before a migration are never rotated away.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cohortdesk import paths
from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.files import (
    FileWriteError,
    atomic_write,
    describe_os_error,
    fsync_dir,
    secure_dir,
    secure_file,
    write_text_atomic,
)
from cohortdesk.store import integrity
from cohortdesk.store.lock import WorkspaceLock

if TYPE_CHECKING:
    from cohortdesk.store.workspace import Store

KEEP_LAST = 10
KEEP_DAILY = 30
KEEP_MONTHLY = 12
SUFFIX = ".cohortdesk"
NEVER_ROTATED = "before-migration"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.(?P<reason>[a-z0-9-]+)\.cohortdesk$"
)
# Copies made before a migration keep the name they always had: NAME.before-migration-REV-TIME.
_MIGRATION_NAME = re.compile(
    r"^(?P<stem>.+)\.(?P<reason>before-migration-[a-z0-9]+)-(?P<stamp>\d{8}-\d{6})"
    r"(?:-(?P<n>\d+))?\.cohortdesk$"
)


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

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "workspace": self.workspace,
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
    folder = Path(chosen).expanduser() if chosen else paths.backup_dir()
    return secure_dir(folder)


def set_folder(folder: Path | None) -> Path:
    """Choose where backups go (None: the default). Checks the folder can be written to."""
    if folder is not None:
        folder = Path(folder).expanduser().resolve()
        try:
            secure_dir(folder)
            probe = folder / ".cohortdesk-write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise BackupError(f"Backups cannot go to {folder}: {describe_os_error(exc)}.") from exc
    write_text_atomic(_settings_path(), json.dumps({"folder": str(folder) if folder else None}))
    return configured_folder()


# -- making one --------------------------------------------------------------------------------


def _stamp_name(folder: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    # Numbered within the second whatever the reason, so the names sort in the order made.
    stamp = now.strftime(_STAMP)
    names = (p.name for p in folder.glob(f"{glob.escape(stem)}.*{SUFFIX}"))
    numbers = [1 if match["n"] is None else int(match["n"])
               for match in map(_match, names)
               if match and match["stem"] == stem and match["stamp"] == stamp]
    n = max(numbers) + 1 if numbers else 1
    numbered = stamp if n == 1 else f"{stamp}-{n}"
    if reason.startswith(NEVER_ROTATED):
        return folder / f"{stem}.{reason}-{numbered}{SUFFIX}"
    return folder / f"{stem}.{numbered}.{reason}{SUFFIX}"


def _clean_reason(reason: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-") or "manual"


def verify(path: Path) -> list[str]:
    """`quick_check` and `foreign_key_check` of a backup file; [] when it is good."""
    if not path.is_file():
        return [f"{path.name} does not exist"]
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
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, match["stem"], created, match["reason"], size)


def describe(path: Path) -> BackupInfo:
    """A backup's details with its counts (opens the file read-only)."""
    stat = path.stat()
    info = _info(path) or BackupInfo(
        path, path.stem, dt.datetime.fromtimestamp(stat.st_mtime), "copy", stat.st_size
    )
    people, sessions = _counts(path)
    return BackupInfo(info.path, info.workspace, info.created, info.reason, info.size, people,
                      sessions)


def _finish(unverified: Path, folder: Path, stem: str, reason: str,
            now: dt.datetime, rotate_after: bool) -> BackupInfo:
    problems = verify(unverified)
    if problems:
        unverified.unlink(missing_ok=True)
        raise BackupError(f"The backup of {stem} failed its check ({problems[0]}); "
                          "it was discarded and the older backups were kept.")
    final = _stamp_name(folder, stem, reason, now)
    os.replace(unverified, final)
    secure_file(final)
    fsync_dir(folder)
    if rotate_after:
        rotate(stem, folder, now=now)
    return describe(final)


def make_backup(store: Store, folder: Path | None = None, *, reason: str = "manual",
                rotate_after: bool = True) -> BackupInfo:
    """Back up an open workspace into `folder` (default: the configured folder), verified.

    Safe to call from a worker thread while the UI keeps editing: the copy reads one snapshot.
    """
    folder = secure_dir(Path(folder)) if folder else configured_folder()
    now = dt.datetime.now()
    reason = _clean_reason(reason)
    unverified = folder / f".{store.path.stem}.{os.getpid()}.{now.strftime(_STAMP)}.unverified"
    try:
        store.backup_to(unverified)
    except OSError as exc:
        _discard(unverified)
        raise BackupError(f"Could not back up {store.path.name} to {folder}: "
                          f"{describe_os_error(exc)}.") from exc
    except Exception:
        _discard(unverified)
        raise
    return _finish(unverified, folder, store.path.stem, reason, now, rotate_after)


def backup_file(workspace: Path, folder: Path | None = None, *,
                reason: str = "manual") -> BackupInfo:
    """Back up a workspace that is not open (the copy made before a restore)."""
    import sqlite3

    folder = secure_dir(Path(folder)) if folder else configured_folder()
    now = dt.datetime.now()
    reason = _clean_reason(reason)
    unverified = folder / f".{workspace.stem}.{os.getpid()}.{now.strftime(_STAMP)}.unverified"
    try:
        os.close(os.open(unverified, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        with integrity.connect_readonly(workspace) as source:
            dest = sqlite3.connect(unverified)
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
    except (OSError, sqlite3.Error) as exc:
        _discard(unverified)
        reason_text = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise BackupError(f"Could not back up {workspace.name}: {reason_text}.") from exc
    return _finish(unverified, folder, workspace.stem, reason, now, True)


def _discard(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + ".partial"),
                     path.with_name(path.name + ".partial-journal")):
        leftover.unlink(missing_ok=True)


# -- listing and rotation ------------------------------------------------------------------------


def list_backups(workspace: str | Path, folder: Path | None = None, *,
                 counts: bool = True) -> list[BackupInfo]:
    """The backups of the workspace named `workspace` (a path or its stem), newest first."""
    stem = Path(workspace).stem if isinstance(workspace, Path) or str(workspace).endswith(SUFFIX) \
        else str(workspace)
    folder = Path(folder) if folder else configured_folder()
    if not folder.is_dir():
        return []
    found = [i for i in (_info(p) for p in folder.glob(f"*{SUFFIX}")) if i and i.workspace == stem]
    found.sort(key=_order, reverse=True)
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
           now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups rotation does not keep; returns what was deleted."""
    infos = list_backups(workspace, folder, counts=False)
    keep = keep_set(infos, now or dt.datetime.now())
    removed = []
    for info in infos:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def newest_good_backup(workspace: str | Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes its check (offered when the workspace is damaged)."""
    try:
        candidates = list_backups(workspace, folder, counts=False)
    except OSError:
        return None
    for info in candidates:
        if not verify(info.path):
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
