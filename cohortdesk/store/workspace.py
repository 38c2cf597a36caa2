"""The Store: owner of one workspace file, its engine, its migrations and its undo journal.

Widgets never open a database session: they call services, which use `Store.read()` for
short read sessions and `Store.change(label)` for labelled, undoable write transactions.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import weakref
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.files import secure_file
from cohortdesk.store import integrity, journal, migrate, server
from cohortdesk.store.changes import Changes
from cohortdesk.store.integrity import DamagedWorkspaceError
from cohortdesk.store.location import refuse_unsafe_location
from cohortdesk.store.lock import WorkspaceLock
from cohortdesk.store.sqlite_copy import copy_database

BUSY_TIMEOUT_MS = 5000


@dataclass
class OperationScope:
    """The operation running on this thread: its session, its journal entry, and when it is
    over, its change set."""

    store: Store
    session: Session
    name: str
    entry_id: int
    initiator: object | None
    merge_key: object | None
    named: bool
    changes: Changes | None = None
    # The merge key of each service change() inside, for an operation given none of its own.
    change_keys: list[object | None] = field(default_factory=list)

    def effective_merge_key(self) -> object | None:
        """Its own merge key; else the one every change inside shares (an autosave run
        through `perform` merges as it does when called directly)."""
        if self.merge_key is not None or not self.change_keys:
            return self.merge_key
        first = self.change_keys[0]
        return first if all(k == first for k in self.change_keys) else None


# The operation running on this thread, if any. A worker thread starts with none.
_ACTIVE: ContextVar[OperationScope | None] = ContextVar("cohortdesk_operation", default=None)


class OutsideOperationError(RuntimeError):
    """A write was attempted outside an operation in a store that requires one."""


def _configure_engine(engine: Engine, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling begins too late and ignores SAVEPOINTs; hand
        # control to SQLAlchemy, as its SQLite dialect documentation describes.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _is_corruption(exc: BaseException) -> bool:
    """SQLITE_CORRUPT, SQLITE_NOTADB, or text that is not UTF-8: damage, not a passing failure."""
    if isinstance(exc, UnicodeDecodeError):
        return True
    code = getattr(getattr(exc, "orig", None), "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    text = str(exc)
    return "malformed" in text or "not a database" in text or "Could not decode" in text


def _refuse_if_not_a_file(path: Path) -> None:
    """A folder, a device or a FIFO is never opened, locked, checked or renamed."""
    mode = path.stat().st_mode
    if not stat.S_ISREG(mode):
        kind = ("a folder" if stat.S_ISDIR(mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket"
                if stat.S_ISSOCK(mode) else "not a regular file")
        raise WorkspaceError(f"{path} is not a file (it is {kind}); choose a workspace file. "
                             "It was left exactly as it was.")


def _refuse_if_linked(path: Path) -> None:
    """The one-writer lock is named after the file's name: a second name for the same file (a
    hard link) would get a lock of its own, and two writers would damage the file."""
    with contextlib.suppress(FileNotFoundError):
        links = path.stat().st_nlink
        if links > 1:
            raise WorkspaceError(
                f"{path.name} has {links} names on this disk (hard links). CohortDesk's "
                "one-writer lock follows the name, so two names could let two CohortDesks "
                "write the same file and damage it. Remove the other names (or copy the "
                "workspace to a new file) and open it again; it can be opened read-only.")


def _read_only_url(path: Path) -> str:
    """A read-only connection. In a folder we may not write to, SQLite cannot make the
    shared-memory file WAL readers need, so the file is opened as immutable there."""
    mode = "mode=ro" if os.access(path.parent, os.W_OK) else "immutable=1"
    return f"sqlite:///file:{path}?{mode}&uri=true"


class Store:
    """One open workspace. Create with `Store.open(path)`; close with `close()`."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, lock: WorkspaceLock | None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self._listeners: list[Callable[[Changes], None]] = []
        self._open_sessions: weakref.WeakSet[Session] = weakref.WeakSet()
        # (journal entry id, merge key) of the newest operation, for merging autosaves.
        self._last_entry: tuple[int, object | None] | None = None
        # When true (the app and the command line), every write must run inside an operation
        # (cohortdesk.operations); a bare `change()` is a programming error.
        self.strict = False
        self._before_close: list[Callable[[Store], None]] = []
        self.closed = False
        # The backup that holds exactly the data this file was opened with (named in the seal
        # of a clean close, and nothing has written the file since), and the one to name in the
        # seal on close. Set by the automatic backups; None when unknown.
        self.unchanged_since_backup: str | None = None
        self.backed_up_as: str | None = None
        # A PostgreSQL workspace (a team hub opened directly): its URL, without a password.
        self.url: str | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, create: bool = True) -> Store:
        """Open (or create) a workspace.

        A writable open refuses network and cloud-synced folders (UnsafeLocationError), a
        workspace open in another CohortDesk (WorkspaceLockedError), and a damaged file
        (DamagedWorkspaceError: the file is renamed `*.damaged`, never written to).
        A `postgresql+psycopg://` URL opens a team hub instead (cohortdesk/store/server.py).
        """
        if server.is_server_url(path):
            return server.open_server(cls, str(path), read_only=read_only)
        path = Path(path).expanduser().resolve()
        exists = path.exists()
        if exists:
            _refuse_if_not_a_file(path)
        if not exists and (read_only or not create):
            raise WorkspaceError(f"There is no workspace at {path}.")
        if not read_only:
            refuse_unsafe_location(path)
        if not exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = None
        if not read_only:
            lock = WorkspaceLock(path)
            lock.acquire()
        covering_backup: str | None = None
        try:
            if lock is not None:
                _refuse_if_linked(path)
            if lock is not None and lock.sole_holder():
                if exists:
                    if cls._refuse_if_damaged(path):
                        covering_backup = integrity.sealed_backup(path)
                else:
                    # Created private, so the -wal and -shm SQLite makes beside it are too.
                    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
                # From here on the file may change; its seal would no longer hold.
                integrity.unseal(path)
                secure_file(path)
            url = f"sqlite:///{path}"
            if read_only:
                url = _read_only_url(path)
            engine = create_engine(url, poolclass=NullPool if read_only else None)
            _configure_engine(engine, read_only)
            store = cls(path, engine, read_only=read_only, lock=lock)
            store.unchanged_since_backup = covering_backup
            try:
                store._prepare(is_new=not exists)
            except (sa_exc.DatabaseError, UnicodeDecodeError) as exc:
                engine.dispose()
                if not _is_corruption(exc):
                    raise
                reason = getattr(exc, "orig", None) or exc
                problems = [f"it cannot be read as a workspace ({reason})"]
                if read_only:
                    raise DamagedWorkspaceError(path, problems) from exc
                cls._quarantine(path, problems, exc)
            if not read_only:
                for suffix in integrity.COMPANIONS:
                    secure_file(path.with_name(path.name + suffix))
        except BaseException:
            if lock:
                lock.release()
            raise
        return store

    @staticmethod
    def _quarantine(path: Path, problems: list[str], cause: BaseException | None = None) -> None:
        from cohortdesk.store import backups

        # Which workspace this is decides which backups are its own: read its id (read-only)
        # before it is renamed, or fall back on this computer's record of it.
        key = backups.file_key(path)
        damaged = integrity.quarantine(path)
        raise DamagedWorkspaceError(path, problems, damaged,
                                    backups.newest_good_backup(path, key=key)) from cause

    @staticmethod
    def _refuse_if_damaged(path: Path) -> bool:
        """Quarantine a damaged file; True when it is byte for byte as it was sealed."""
        from cohortdesk.store import backups

        problems, as_sealed = integrity.check_file_state(path)
        if not problems and path.stat().st_size == 0 and backups.list_backups(path, counts=False):
            # Empty, yet it has backups: emptied by a sync tool or a bad copy, not brand new.
            problems = ["the file is empty, but it has backups"]
        if problems:
            Store._quarantine(path, problems)
        return as_sealed

    def _prepare(self, *, is_new: bool) -> None:
        try:
            with self.engine.connect() as conn:
                current = migrate.check_not_newer(conn, self.path.name)
                conn.rollback()
        except Exception:
            self.engine.dispose()
            raise
        if self.read_only:
            return
        head = migrate.head_revision()
        if current != head:
            self.unchanged_since_backup = None  # the update changes the file's data
            if current is not None and not is_new:
                from cohortdesk.store import backups

                backups.make_backup(self, None, reason=f"before-migration-{current}")
            with self.engine.begin() as conn:
                migrate.upgrade(conn)
        with self.engine.begin() as conn:
            journal.install_triggers(conn)
            # Left only if a process died between two statements of one transaction, which
            # SQLite rolls back; cleared so no later write is recorded into a stale entry.
            conn.exec_driver_sql("DELETE FROM op_recording")

    def before_close(self, hook: Callable[[Store], None]) -> None:
        """Run `hook(store)` when the store closes, while it is still open (the last backup)."""
        self._before_close.append(hook)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        hooks, self._before_close = self._before_close, []
        for hook in hooks:
            try:
                hook(self)
            except Exception:  # noqa: BLE001 - closing must finish; the hook's error is logged
                logging.getLogger(__name__).exception("While closing %s", self.path.name)
        self.engine.dispose()
        if self._lock:
            if self._lock.sole_holder() and self._lock.held:
                # Closed cleanly by the last writer: record what the file looks like now.
                integrity.seal(self.path, backup=self.backed_up_as)
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def is_server(self) -> bool:
        """A PostgreSQL workspace: no file, no lock, no SQLite backups."""
        return self.url is not None

    # -- sessions ------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session. Hand plain data back, never the ORM objects.

        Inside an operation on this thread it is the operation's own session, so a service
        reads what the operation has written so far.
        """
        active = _ACTIVE.get()
        if active is not None and active.store is self:
            yield active.session
            return
        with Session(self.engine, expire_on_commit=False) as session:
            self._open_sessions.add(session)
            yield session

    @property
    def current_operation(self) -> OperationScope | None:
        active = _ACTIVE.get()
        return active if active is not None and active.store is self else None

    @contextlib.contextmanager
    def operation(self, name: str | None = None, *, source: str = "",
                  initiator: object | None = None,
                  merge_key: object | None = None, kind: str = "op") -> Iterator[OperationScope]:
        """One operation: one write transaction and one journal entry.

        `name` is what Undo says ("Import people from registrations.csv"); without one, the
        label of the first `change()` inside names it. `source` is where the change came from
        (a file name, "merge with #12"). Consecutive operations with the same `merge_key` (say,
        autosaves of one note) make one entry, as long as nothing else was changed, undone or
        redone in between. An operation inside an operation joins it. `kind` "sync" marks the
        changes a team sync brought in: recorded, but not on the undo stack.
        """
        self._refuse_if_read_only()
        active = _ACTIVE.get()
        if active is not None:
            if active.store is not self:
                raise RuntimeError("An operation on one workspace cannot write another.")
            yield active
            return
        with Session(self.engine, expire_on_commit=False) as session:
            self._open_sessions.add(session)
            conn = session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            entry = journal.begin(conn, name or "Change", source=source, kind=kind)
            scope = OperationScope(self, session, name or "Change", entry, initiator, merge_key,
                                   named=name is not None)
            token = _ACTIVE.set(scope)
            try:
                yield scope
                session.flush()
                merge_key = scope.effective_merge_key()
                kept = journal.finish(conn, entry,
                                      merge_into=self._merge_target(conn, merge_key, entry))
                touched = journal.touched(conn, kept) if kept is not None else {}
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                _ACTIVE.reset(token)
        scope.changes = Changes(frozenset(touched), scope.name, initiator, touched, kept)
        if kept is not None:
            self._last_entry = (kept, merge_key)
            self._emit(scope.changes)

    def _merge_target(self, conn: Any, merge_key: object | None, entry: int) -> int | None:
        last = self._last_entry
        if merge_key is None or last is None or last[1] != merge_key:
            return None
        top = journal.undoable(conn, before=entry)
        return last[0] if top is not None and top.id == last[0] else None

    def name_operation(self, name: str) -> None:
        """Name the operation running on this thread, unless it was named when it began."""
        active = self.current_operation
        if active is not None and not active.named:
            active.name, active.named = name, True
            active.session.connection().execute(
                text("UPDATE op_entry SET name=:n WHERE id=:e"), {"n": name[:500], "e": active.entry_id})

    @contextlib.contextmanager
    def change(self, label: str, *, source: object | None = None,
               merge_key: object | None = None) -> Iterator[Session]:
        """The write session of a service: part of the operation running on this thread.

        Outside an operation, a store that is not strict makes the change its own operation
        named `label` (a service called directly by a script or a test); a strict store (the
        app, the command line) refuses, since every write there goes through an operation.
        """
        active = _ACTIVE.get()
        if active is not None and active.store is self:
            self.name_operation(label)
            active.change_keys.append(merge_key)
            yield active.session
            active.session.flush()
            return
        if self.strict:
            raise OutsideOperationError(f"{label!r} was written outside an operation.")
        with self.operation(label, initiator=source, merge_key=merge_key) as scope:
            yield scope.session

    @contextlib.contextmanager
    def bulk(self, label: str = "") -> Iterator[Session]:
        """A large write that is not recorded row by row (benchmark generation, an archive
        import). It is journaled as one entry that cannot be undone, and nothing before it
        can be undone either."""
        self._refuse_if_read_only()
        if _ACTIVE.get() is not None:
            raise RuntimeError("A bulk write cannot run inside an operation.")
        with Session(self.engine, expire_on_commit=False) as session:
            self._open_sessions.add(session)
            conn = session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
            try:
                entry = journal.begin(conn, label or "Bulk change", kind="bulk", record=False)
                yield session
                session.flush()
                journal.finish(conn, entry)
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self._last_entry = None
        self._emit(Changes(frozenset({"*"}), label, entry_id=entry))

    def rollback_open_transactions(self) -> int:
        """Roll back every session still open (after an uncaught error); returns how many."""
        count = 0
        for session in list(self._open_sessions):
            if session.in_transaction():
                with contextlib.suppress(Exception):
                    session.rollback()
                    count += 1
        return count

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise WorkspaceError(f"{self.path.name} is open read-only; changes are not saved.")

    # -- undo ----------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        found = self._top(journal.undoable)
        return found.name if found else None

    def redo_label(self) -> str | None:
        found = self._top(journal.redoable)
        return found.name if found else None

    def _top(self, which: Callable[[Any], journal.Entry | None]) -> journal.Entry | None:
        with self.engine.connect() as conn:
            found = which(conn)
            conn.rollback()
        return found

    def undo(self, *, initiator: object | None = None) -> Changes | None:
        """Undo the newest operation still done; None when there is nothing to undo."""
        return self._replay(journal.undoable, journal.undo, initiator)

    def redo(self, *, initiator: object | None = None) -> Changes | None:
        return self._replay(journal.redoable, journal.redo, initiator)

    def _replay(self, which: Callable[[Any], journal.Entry | None],
                apply: Callable[..., int], initiator: object | None) -> Changes | None:
        self._refuse_if_read_only()
        if _ACTIVE.get() is not None:
            raise RuntimeError("Undo and redo cannot run inside an operation.")
        with self.engine.connect() as conn:
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                target = which(conn)
                if target is None:
                    return None
                entry = apply(conn, target)
                touched = journal.touched(conn, entry)
                journal.trim(conn)
        self._last_entry = None
        changes = Changes(frozenset(touched), target.name, initiator, touched, entry)
        self._emit(changes)
        return changes

    def history(self, table: str, row_ids: list[int]) -> list[tuple[journal.Entry, journal.RowChange]]:
        """Every recorded change to these rows, newest first (a person's History)."""
        with self.engine.connect() as conn:
            found = journal.row_history(conn, table, row_ids)
            conn.rollback()
        return found

    def journal_entries(self, limit: int = 50) -> list[journal.Entry]:
        with self.engine.connect() as conn:
            found = journal.entries(conn, limit)
            conn.rollback()
        return found

    # -- change notification -------------------------------------------------------------

    def subscribe(self, listener: Callable[[Changes], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Changes], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, changes: Changes) -> None:
        self.unchanged_since_backup = None
        for listener in list(self._listeners):
            listener(changes)

    # -- SQLite specifics ----------------------------------------------------------------

    def backup_to(self, target: str | Path) -> Path:
        """A consistent copy made with SQLite's online backup API, written atomically (0600,
        through a temporary file no one else can predict)."""
        if self.is_server:
            raise WorkspaceError("A hub is backed up on its server, with pg_dump (see the README's "
                                 "Team workspace section).")
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            if not isinstance(source, sqlite3.Connection):
                raise WorkspaceError("This workspace's connection cannot be copied.")
            return copy_database(source, target)
        finally:
            raw.close()

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            rev = migrate.current_revision(conn)
            conn.rollback()
        return rev

    def integrity_problems(self) -> list[str]:
        """`quick_check` and `foreign_key_check`; an empty list means the file is sound."""
        if self.is_server:
            return []  # PostgreSQL checks its constraints on every statement
        # A seal is still beside the file only when no writer has it open: check it too.
        problems: list[str] = list(integrity.seal_problems(self.path) or [])
        with self.engine.connect() as conn:
            rows: list[Any] = list(conn.exec_driver_sql("PRAGMA quick_check").scalars().all())
            problems += [str(r) for r in rows if r != "ok"]
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points to a missing {parent}")
            conn.rollback()
        return problems
