"""What every view, dialog and area of the UI is given instead of the main window.

`AppContext` holds the open workspace (`store`, given once it has opened, which happens right
after the window's first paint, and replaced on a workspace switch, which `workspace_opened`
announces), the change bus, the job runner, the error reporter, the
settings, undo, the action registry and a way to ask which record the user has selected.
Views and dialogs take the context and their parent widget; none of them knows the main window,
and an area adds commands through `context.actions`, never by patching the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from cohortdesk import APP_NAME
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.shell.actions import ActionRegistry
from cohortdesk.ui.shell.bus import ChangeBus
from cohortdesk.ui.shell.jobs import JobRunner
from cohortdesk.ui.shell.runner import OpRunner
from cohortdesk.ui.shell.settings import Settings

if TYPE_CHECKING:  # loaded with the workspace, after the window's first paint
    from cohortdesk.store import Store

ErrorReporter = Callable[[BaseException], None]


class Navigator(Protocol):
    """Where the user is: the shell's list views answer this for the context."""

    def selected_in(self, view: str) -> int | None:
        """The record selected in `view` ("cohorts", "people", "organizations", "sessions") if
        that view is the one showing, else None."""

    def show_view(self, view: str, *, create: bool = False) -> Any:
        """Bring `view` forward; with `create`, open its editor for a new record."""


class _Nowhere:
    """The navigator of a context with no main window (a dialog opened on its own)."""

    def selected_in(self, view: str) -> int | None:
        return None

    def show_view(self, view: str, *, create: bool = False) -> None:
        return None


@dataclass(frozen=True)
class UndoState:
    """What Edit › Undo and Redo would do now; None when there is nothing to undo or redo."""

    undo: str | None
    redo: str | None


class AppContext(QObject):
    """The application as the UI's parts see it. Read `store` when you act on it: it changes."""

    workspace_opened = Signal(object)  # the new Store, after the bus has announced it
    closing = Signal()  # the app is closing; its workspace closes right after

    def __init__(self, store: Store | None, host: QWidget) -> None:
        super().__init__(host)
        self._store = store
        self.host = host  # owns dialogs and message boxes; its status bar shows notices
        self.bus = ChangeBus(hold_while=lambda: self.jobs.busy())
        # Looked up when a job fails, so a reporter set later also gets worker errors.
        self.jobs = JobRunner(host, lambda exc: self.show_error(exc))
        self.jobs.idle.connect(self.bus.flush)
        self.actions = ActionRegistry(host)
        self.ops = OpRunner(self)
        self.settings = Settings()
        self.navigator: Navigator = _Nowhere()
        self._report: ErrorReporter = self._error_box
        self._status = ""

    # -- the workspace --------------------------------------------------------------------------

    @property
    def store(self) -> Store:
        if self._store is None:
            raise RuntimeError("The workspace is still opening.")
        return self._store

    @property
    def has_store(self) -> bool:
        """False only while the app's first workspace is still opening."""
        return self._store is not None

    def begin(self, store: Store) -> None:
        """Give the context the workspace that has just opened, the first one of a window shown
        before it (see MainWindow); a later switch goes through `open_workspace`."""
        if self._store is not None:
            raise RuntimeError("This context already has a workspace.")
        self._store = store

    def open_workspace(self, path: Path, *, read_only: bool = False) -> bool:
        """Switch to the workspace at `path`; the old one closes. False if it could not open."""
        if self.jobs.busy():
            self.show_message(self.tr("Please wait"), self.tr("Wait for the current task to finish first."))
            return False
        from cohortdesk.store import Store

        try:
            new_store = Store.open(path, read_only=read_only)
        except CohortDeskError as exc:
            self.show_error(exc)
            return False
        new_store.strict = True
        old = self._store
        self._store = new_store
        if old is not None:
            old.close()
        self.bus.attach(new_store)
        self.workspace_opened.emit(new_store)
        return True

    # -- undo -----------------------------------------------------------------------------------

    def undo_state(self) -> UndoState:
        return UndoState(self.store.undo_label(), self.store.redo_label())

    def undo(self) -> None:
        self.ops.undo()

    def redo(self) -> None:
        self.ops.redo()

    # -- work and feedback ----------------------------------------------------------------------

    def run_job(self, title: str, fn: Callable[[Any], Any],
                on_done: Callable[[Any], Any] | None = None, *, cancellable: bool = True) -> Any:
        """Run `fn(progress)` on the worker thread; `on_done(result)` runs back on the UI thread."""
        return self.jobs.run(title, fn, on_done, cancellable=cancellable)

    def guard(self, fn: Callable[[], Any]) -> Any:
        """Run a UI action's service call; show a failure instead of losing it."""
        try:
            return fn()
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app keeps running
            self.show_error(exc)
            return None

    def show_error(self, exc: BaseException) -> None:
        self._report(exc)

    def set_error_reporter(self, report: ErrorReporter) -> ErrorReporter:
        """Route every error shown from now on through `report`; returns the previous one."""
        previous, self._report = self._report, report
        return previous

    def _error_box(self, exc: BaseException) -> None:
        message = error_text(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok,
                          self.host)
        box.setObjectName("errorBox")
        box.open()

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                          self.host)
        box.open()

    def confirm(self, title: str, text: str, verb: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                          self.host)
        yes = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def show_status(self, text: str, msecs: int = 0) -> None:
        """A passing notice in the status bar ("Wrote roster.pdf")."""
        if isinstance(self.host, QMainWindow):
            self.host.statusBar().showMessage(text, msecs)
        else:
            self._status = text

    def status_text(self) -> str:
        if isinstance(self.host, QMainWindow):
            return self.host.statusBar().currentMessage()
        return self._status

    # -- where the user is ----------------------------------------------------------------------

    def selected_id(self, view: str) -> int | None:
        """The record selected in the list `view` if the user is looking at it, else None."""
        return self.navigator.selected_in(view)

    def show_view(self, view: str, *, create: bool = False) -> None:
        self.navigator.show_view(view, create=create)
