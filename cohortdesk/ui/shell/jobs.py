"""Long work on one worker thread, with a progress dialog. One thread suits SQLite's one writer."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cohortdesk.domain.progress import Cancelled

PROGRESS_INTERVAL = 0.05  # seconds between progress updates sent to the UI thread
# How long a thread may keep the interpreter lock while another waits for it (Python's default
# is 5 ms), set for the whole app by make_application. Every call from Qt into our Python code
# (a table's data() while it repaints, a timer, an event filter) needs the lock back; with a
# busy worker each one waited up to 5 ms, so a repaint of a few hundred cells froze the window
# for a second. 0.5 ms makes that wait ten times shorter; it costs nothing while the UI thread
# is idle, since the lock only changes hands when a thread asks for it.
SWITCH_INTERVAL = 0.0005
# While a job runs, a full garbage collection waits for this many young ones, not Python's 10:
# a job that reads 100,000 rows sets off full collections of 30-55 ms (none of its objects are
# garbage), each holding the lock the window needs. Young collections still run; the full one
# comes once the job is done and its objects are gone.
JOB_FULL_COLLECTION_EVERY = 1000


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancel_requested = threading.Event()
        self._last_report = 0.0
        self._last_text = ""

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.cancel_requested.is_set():
            raise Cancelled()
        # At most ~20 updates a second: each one is work for the UI thread.
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL or done >= total or text != self._last_text:
            self._last_report, self._last_text = now, text
            self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.fn(self.report)
        except BaseException as exc:  # noqa: BLE001 - every failure reaches the UI
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class JobRunner(QObject):
    """`run(title, fn, on_done)`: `fn(progress)` runs on the worker; `on_done(result)` on the UI."""

    def __init__(self, parent: QWidget, on_error: Callable[[BaseException], None]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_error = on_error
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running: set[_Job] = set()
        self._gc_threshold = gc.get_threshold()  # Python's own, restored after the jobs

    def run(self, title: str, fn: Callable[[Any], Any],
            on_done: Callable[[Any], None] | None = None, *, cancellable: bool = True,
            on_failed: Callable[[BaseException], None] | None = None, quiet: bool = False) -> _Job:
        """`on_failed(exc)` replaces the shared error report (a Cancel is passed to it too);
        `quiet` shows no progress dialog (a quick save)."""
        job = _Job(fn)
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Quick jobs never flash a dialog; a quiet one (a quick save) shows none at all.
        dialog.setMinimumDuration(400 if not quiet else 2**30)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(job.cancel_requested.set)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            self._running.discard(job)
            if not self._running:
                gc.set_threshold(*self._gc_threshold)
            dialog.close()
            dialog.deleteLater()

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_failed is not None:
                on_failed(exc)
            elif not isinstance(exc, Cancelled):
                self._on_error(exc)

        job.signals.progress.connect(progress)
        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        if not self._running:
            self._gc_threshold = young, middle, full = gc.get_threshold()
            gc.set_threshold(young, middle, max(full, JOB_FULL_COLLECTION_EVERY))
        self._running.add(job)
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
