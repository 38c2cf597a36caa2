"""Data safety in the app: automatic backups, File > Backups…, and errors that never vanish.

`install(context)`:
- starts the rotating log (and faulthandler) in the user log folder;
- backs the workspace up in the background when it opens, every 10 minutes while it changes,
  and when it closes (a Store close hook, so a workspace switch or a restore is covered too);
- adds File > Backups…;
- routes every failure through one place: an expected CohortDeskError is shown as it is; an
  unexpected exception (in a slot, in a worker job or in any thread) is logged, any open
  transaction is rolled back, and the error dialog with "Copy details" is shown. The app keeps
  running. A damaged workspace offers its newest good backup.
"""

from __future__ import annotations

import logging
import sys
import threading
import weakref
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.files import save_failure_message
from cohortdesk.logs import setup_logging
from cohortdesk.services.safety import INTERVAL_SECONDS, AutoBackup
from cohortdesk.store import Changes, Store
from cohortdesk.store.backups import BackupInfo
from cohortdesk.store.integrity import DamagedWorkspaceError
from cohortdesk.store.location import UnsafeLocationError
from cohortdesk.store.lock import WorkspaceLockedError
from cohortdesk.ui.shell.context import AppContext

log = logging.getLogger("cohortdesk.errors")


class FileWriteFailure(CohortDeskError):
    """An OSError from saving a file, reworded for the user."""


class SafetyFeature(QObject):
    backup_done = Signal(object)
    backup_failed = Signal(object)
    uncaught = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.auto: AutoBackup | None = None
        self.error_dialog: Any = None
        self._backup_failures = 0
        self._backup_status = ""  # the status bar text this feature last showed

        self.backup_done.connect(self._on_backup_done)
        self.backup_failed.connect(self._on_backup_failed)
        self.uncaught.connect(self.handle_unexpected)

        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_SECONDS * 1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

        context.actions.add("backups", self.tr("&Backups…"), lambda: self.open_backups(), menu="file",
                            object_name="backupsAction")

        # Every error shown from now on, worker jobs' too, comes here first.
        self._show_expected = context.set_error_reporter(self.show_error)
        context.bus.changed.connect(self._on_changed)
        self._attach(context.store)

    # -- automatic backups ----------------------------------------------------------------------

    def _attach(self, store: Store) -> None:
        if self.auto is not None and self.auto.store is store:
            return
        if self.auto is not None:
            # The old store is closed by now: its close hook made its last backup.
            self.auto.stop()
            self.auto = None
        if store.read_only or store.closed:
            return
        self.auto = AutoBackup(store, on_done=self.backup_done.emit,
                               on_error=self.backup_failed.emit)
        self.auto.on_open()

    def _on_changed(self, _changes: Changes) -> None:
        if self.auto is None or self.auto.store is not self.context.store:
            self._attach(self.context.store)

    def tick(self) -> None:
        if self.auto is not None:
            self.auto.tick()

    def _on_backup_done(self, info: BackupInfo) -> None:
        self._backup_failures = 0
        current = self.context.status_text()
        # An automatic backup never hides what the user was just told ("Restored the backup
        # from …", "Saved …"); it only takes a free status bar or replaces its own notice.
        if current and current != self._backup_status:
            self._backup_status = ""
            return
        self._backup_status = self.tr("Backed up at {time}").format(time=f"{info.created:%H:%M}")
        self.context.show_status(self._backup_status, 4000)

    def _on_backup_failed(self, exc: BaseException) -> None:
        self._backup_failures += 1
        self._backup_status = self.tr("Backup failed: {error}").format(error=exc)
        self.context.show_status(self._backup_status, 0)
        if self._backup_failures == 1:  # once per streak: the status bar keeps saying it
            self.show_error(exc)

    def open_backups(self) -> Any:
        from cohortdesk.ui.shell.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, parent=self.context.host)
        dialog.open()
        return dialog

    # -- errors ---------------------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """The context's error reporter: expected errors as they are, anything else as a bug."""
        clear = save_failure_message(exc) if isinstance(exc, OSError) else None
        if isinstance(exc, DamagedWorkspaceError | WorkspaceLockedError | UnsafeLocationError):
            from cohortdesk.ui.shell.backups_open import offer_way_forward

            if isinstance(exc, DamagedWorkspaceError):
                log.error("Damaged workspace %s: %s", exc.path.name, "; ".join(exc.problems))
            else:
                log.info("Refused: %s", exc)
            if not offer_way_forward(self.context, exc):
                self._show_expected(exc)
        elif clear is not None:
            # A full disk, a read-only or vanished folder: say so plainly, it is not a bug.
            log.warning("Save failed: %s", exc)
            self._show_expected(FileWriteFailure(clear))
        elif isinstance(exc, CohortDeskError):
            log.info("Shown to the user: %s", exc)
            self._show_expected(exc)
        else:
            self.handle_unexpected(exc)

    def handle_unexpected(self, exc: BaseException) -> None:
        log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        rolled_back = 0
        store = self.context.store
        if not store.closed:
            rolled_back = store.rollback_open_transactions()
            if rolled_back:
                log.info("Rolled back %d open transaction(s)", rolled_back)
        from cohortdesk.ui.shell.error_dialog import ErrorDialog

        if self.error_dialog is not None and self.error_dialog.isVisible():
            self.error_dialog.add(exc)
            return
        self.error_dialog = ErrorDialog(self.context.host, exc, rolled_back=bool(rolled_back))
        self.error_dialog.destroyed.connect(lambda *_: setattr(self, "error_dialog", None))
        self.error_dialog.open()

# -- process-wide hooks ----------------------------------------------------------------------------

_feature: weakref.ReferenceType[SafetyFeature] | None = None
_previous: dict[str, Any] = {}


def _sys_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    feature = _feature() if _feature else None
    if feature is None or issubclass(kind, KeyboardInterrupt):
        _chain_sys(kind, exc, tb)
        return
    try:
        feature.uncaught.emit(exc)
    except Exception:  # noqa: BLE001 - the window is gone; the log still gets it
        log.error("Unexpected error", exc_info=(kind, exc, tb))
    _chain_sys(kind, exc, tb)


def _chain_sys(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    previous = _previous.get("sys")
    # The interpreter's own hook would print names and emails to the console; ours logged it.
    if previous is not None and previous is not sys.__excepthook__:
        previous(kind, exc, tb)


def _thread_hook(args: Any) -> None:
    feature = _feature() if _feature else None
    if feature is not None and args.exc_value is not None:
        # Emitted from the failing thread: Qt queues it to the window's (UI) thread.
        feature.uncaught.emit(args.exc_value)
    else:
        log.error("Unexpected error in a thread",
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    previous = _previous.get("thread")
    if previous is not None and previous is not threading.__excepthook__:
        previous(args)


def install_hooks(feature: SafetyFeature) -> None:
    global _feature
    if "sys" not in _previous or sys.excepthook is not _sys_hook:
        _previous["sys"] = sys.excepthook
        sys.excepthook = _sys_hook
    if "thread" not in _previous or threading.excepthook is not _thread_hook:
        _previous["thread"] = threading.excepthook
        threading.excepthook = _thread_hook
    _feature = weakref.ref(feature)


def uninstall_hooks() -> None:
    """Put back the hooks that were there before (tests)."""
    global _feature
    if sys.excepthook is _sys_hook and "sys" in _previous:
        sys.excepthook = _previous.pop("sys")
    if threading.excepthook is _thread_hook and "thread" in _previous:
        threading.excepthook = _previous.pop("thread")
    _previous.clear()
    _feature = None


def feature_for(context: AppContext) -> SafetyFeature | None:
    """The safety feature installed on `context`, if any."""
    return context.findChild(SafetyFeature)


def install(context: AppContext) -> SafetyFeature:
    setup_logging()
    feature = SafetyFeature(context)
    install_hooks(feature)
    return feature
