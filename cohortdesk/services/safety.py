"""Automatic backups of the open workspace: on open, every 10 minutes while it changes, on close.

The backup on open is skipped when a backup already holds exactly the data the workspace
opened with: on a clean close with every change backed up, that backup is named in the
file's seal (`Store.backed_up_as`), and a file reopened byte for byte as sealed still has it
(`backups.covering_backup`). Reopening an unchanged workspace therefore adds no duplicate
that would push a different, older backup out of rotation.

`AutoBackup` is plain Python so the command line and tests can use it; the app drives `tick()`
from a QTimer. Backups run on one background thread, one at a time: the online backup API
copies a snapshot while the user keeps editing, and the copy, its `quick_check` and rotation
all release the GIL in SQLite, so the window stays responsive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from cohortdesk.store import Changes, Store
from cohortdesk.store.backups import (
    BackupInfo,
    configured_folder,
    covering_backup,
    make_backup,
)

INTERVAL_SECONDS = 10 * 60
log = logging.getLogger(__name__)


class AutoBackup:
    """Backs up `store` when asked, remembering whether it changed since the last backup."""

    def __init__(self, store: Store, folder: Callable[[], Path] = configured_folder, *,
                 on_done: Callable[[BackupInfo], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None) -> None:
        self.store = store
        self.folder = folder
        self.on_done = on_done
        self.on_error = on_error
        self.last: BackupInfo | None = None
        self.last_error: BaseException | None = None
        # A backup holding exactly the workspace's data as of the last time `dirty` was reset.
        self.covered: Path | None = None
        self._dirty = False
        self._guard = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cohortdesk-backup")
        self._pending: Future[BackupInfo | None] | None = None
        self._finished = False
        store.subscribe(self._changed)
        # Whoever closes the store (the window, a workspace switch, a restore), it is backed up.
        store.before_close(self._before_close)

    @property
    def dirty(self) -> bool:
        """Whether the workspace changed since the last backup started."""
        with self._guard:
            return self._dirty

    def _changed(self, _changes: Changes) -> None:
        with self._guard:
            self._dirty = True

    def _run(self, reason: str) -> BackupInfo | None:
        with self._guard:
            was_dirty, self._dirty = self._dirty, False
        try:
            folder = self.folder()
            if reason == "open" and not was_dirty:
                already = covering_backup(self.store, folder)
                if already is not None:
                    self.covered = already.path
                    log.info("%s is unchanged since its backup %s; not backed up again",
                             self.store.path.name, already.path.name)
                    return None
            info = make_backup(self.store, folder, reason=reason)
        except BaseException as exc:
            with self._guard:
                self._dirty = self._dirty or was_dirty
            self.last_error = exc
            log.error("Backup (%s) of %s failed: %s", reason, self.store.path.name, exc)
            if self.on_error:
                self.on_error(exc)
            return None
        self.last, self.last_error, self.covered = info, None, info.path
        log.info("Backed up %s (%s) to %s", self.store.path.name, reason, info.path)
        if self.on_done:
            self.on_done(info)
        return info

    def _before_close(self, _store: Store) -> None:
        self.on_close()

    def start(self, reason: str) -> Future[BackupInfo | None]:
        """Back up in the background now; the returned future resolves to the backup."""
        self._pending = self._pool.submit(self._run, reason)
        return self._pending

    def on_open(self) -> Future[BackupInfo | None]:
        return self.start("open")

    def tick(self) -> Future[BackupInfo | None] | None:
        """Called every INTERVAL_SECONDS: backs up only if something changed."""
        if self._finished or not self.dirty:
            return None
        if self._pending is not None and not self._pending.done():
            return None
        return self.start("timer")

    def on_close(self) -> BackupInfo | None:
        """Before the store closes: wait for a running backup, then back up unsaved changes."""
        if self._finished:
            return None
        self._finished = True
        self.store.unsubscribe(self._changed)
        if self._pending is not None:
            self._pending.result()
        info = self._run("close") if self.dirty else None
        self._pool.shutdown(wait=True)
        if not self.dirty and self.covered is not None:
            # Every change is in that backup: the seal names it, for the next open.
            self.store.backed_up_as = self.covered.name
        return info

    def stop(self) -> None:
        """Stop without a final backup."""
        self._finished = True
        self.store.unsubscribe(self._changed)
        self._pool.shutdown(wait=True)
