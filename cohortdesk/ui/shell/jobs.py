"""Long work on one worker thread, with a progress dialog. One thread suits SQLite's one writer."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cohortdesk.domain.progress import Cancelled
from cohortdesk.ui.i18n.progress import progress_text

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
# A job still running after this long shows its progress dialog (quick ones never flash one).
SHOW_PROGRESS_AFTER_MS = 400
# Showing a window-modal dialog blocks the main window: Qt tells each of its few hundred
# widgets, and the window repaints, a few hundred calls into our Python code (the tables'
# data()). With the worker busy, each call waited its turn for the interpreter lock, and the
# window stood still for 80-400 ms. So the worker is asked to pause at its next progress report,
# the dialog is shown while it waits, and it goes on once the window has repainted. A job that
# reports nothing for this long gets its dialog anyway.
PARK_WAIT_MS = 1500
RESUME_AFTER_MS = 30  # time for the blocked window's repaint, which is posted, to run


class _Signals(QObject):
    progress = Signal(int, int, str)
    parked = Signal()
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Any], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.cancel_requested = threading.Event()
        self._may_go_on = threading.Event()
        self._may_go_on.set()
        self._last_report = 0.0
        self._last_text = ""

    def park(self) -> None:
        """Ask the worker to wait at its next progress report (it says so with `parked`)."""
        self._may_go_on.clear()

    def go_on(self) -> None:
        self._may_go_on.set()

    @property
    def pausing(self) -> bool:
        """Asked to pause (and paused, once it reaches a progress report)."""
        return not self._may_go_on.is_set()

    def cancel(self) -> None:
        self.cancel_requested.set()
        self._may_go_on.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        if not self._may_go_on.is_set():
            self.signals.parked.emit()
            self._may_go_on.wait()  # without the interpreter lock, which the UI thread needs
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

    # The last running job has finished; sent before its on_done (or on_failed) is called.
    idle = Signal()
    # A job's progress dialog has just been shown (the job).
    progress_shown = Signal(object)

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
        # The dialog is made only for a job still running when it is due: making one (its
        # label, bar, button and their style) cost the window 20 ms at the start of every job,
        # a quick save included.
        dialogs: list[QProgressDialog] = []
        last: list[tuple[int, int, str]] = [(0, 0, "")]  # the newest, for a dialog made later

        def dialog() -> QProgressDialog:
            if dialogs:
                return dialogs[0]
            made = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                   self._parent)
            made.setWindowTitle(title)
            made.setWindowModality(Qt.WindowModality.WindowModal)
            # Shown by show_progress, never by Qt's own timers: reset() stops the one the
            # constructor started (4 s), which setMinimumDuration leaves running.
            made.setMinimumDuration(2**30)
            made.reset()
            made.setAutoClose(False)
            made.setAutoReset(False)
            if not cancellable:
                made.setCancelButton(None)
            made.canceled.connect(job.cancel)
            dialogs.append(made)
            progress(*last[0])
            return made

        def show_progress() -> None:
            if job in self._running and not (dialogs and dialogs[0].isVisible()):
                dialog().show()
                self.progress_shown.emit(job)

        def ask_to_pause() -> None:
            if job in self._running:
                job.park()
                QTimer.singleShot(PARK_WAIT_MS, self, show_progress)

        def paused() -> None:
            show_progress()
            QTimer.singleShot(RESUME_AFTER_MS, job.go_on)

        if not quiet:  # a quiet job (a quick save) shows no dialog at all
            QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self, ask_to_pause)
        job.signals.parked.connect(paused)

        def progress(done: int, total: int, text: str) -> None:
            last[0] = (done, total, text)
            if not dialogs:
                return
            shown = dialogs[0]
            shown.setMaximum(max(total, 0))
            shown.setValue(min(done, total) if total else 0)
            if text:
                shown.setLabelText(progress_text(text))

        def finish() -> None:
            self._running.discard(job)
            job.go_on()
            for made in dialogs:
                made.close()
                made.deleteLater()
            if not self._running:
                gc.set_threshold(*self._gc_threshold)
                self.idle.emit()

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
