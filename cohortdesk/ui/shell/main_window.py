"""The main window: a sidebar of views, the menus, undo/redo, workspaces and background jobs."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cohortdesk import APP_NAME, paths
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import cohorts, example, people
from cohortdesk.store import Changes, Store
from cohortdesk.ui.cohorts.view import SPEC as COHORTS
from cohortdesk.ui.organizations.view import SPEC as ORGANIZATIONS
from cohortdesk.ui.people.view import SPEC as PEOPLE
from cohortdesk.ui.sessions.view import SPEC as SESSIONS
from cohortdesk.ui.shell import recent
from cohortdesk.ui.shell.bus import ChangeBus
from cohortdesk.ui.shell.jobs import JobRunner
from cohortdesk.ui.shell.welcome import WelcomePage
from cohortdesk.ui.widgets.list_view import ListView

SPECS = {"cohorts": COHORTS, "people": PEOPLE, "organizations": ORGANIZATIONS, "sessions": SESSIONS}
VIEW_ORDER = ("cohorts", "people", "organizations", "sessions")
WORKSPACE_FILTER = "CohortDesk workspaces (*.cohortdesk);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.bus = ChangeBus()
        # Looked up at call time, so a feature that replaces show_error also gets worker errors.
        self.jobs = JobRunner(self, lambda exc: self.show_error(exc))
        self._actions: dict[str, QAction] = {}
        self._menus: dict[str, QMenu] = {}
        self.setMinimumSize(QSize(980, 620))
        self.resize(1280, 800)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Views")
        self.sidebar.setFixedWidth(176)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)
        self.views: dict[str, ListView] = {}
        for key in VIEW_ORDER:
            view = ListView(self, SPECS[key])
            self.views[key] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(SPECS[key].plural)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(160, 38))
            self.sidebar.addItem(item)
        # Selection, not the current item: focusing the list sets a current item by itself.
        self.sidebar.itemSelectionChanged.connect(self._on_sidebar)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.bus.changed.connect(self._on_changed)
        self._install_features()
        # Last, after what the features added to the File menu.
        self._menus["file"].addSeparator()
        self._add("file", "quit", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.bus.attach(store)
        self._after_workspace_opened()

    # -- menus and actions ------------------------------------------------------------------

    def menu(self, name: str) -> QMenu:
        """The menu called `name` ("file", "edit", "view", "session", "tools", "help")."""
        return self._menus[name]

    def register_action(self, name: str, action: QAction) -> None:
        """Make an action findable by name (the welcome page's "Import people…" uses this)."""
        self._actions[name] = action
        self.welcome.refresh()

    def action(self, name: str) -> QAction | None:
        return self._actions.get(name)

    def trigger(self, name: str) -> None:
        action = self._actions.get(name)
        if action is not None and action.isEnabled():
            action.trigger()

    def _add(self, menu: str, name: str, text: str, slot: Callable[[], Any],
             shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self._menus[menu].addAction(action)
        # Also on the window, so the shortcut works whatever the menu bar's state.
        self.addAction(action)
        self._actions[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (("file", "&File"), ("edit", "&Edit"), ("view", "&View"),
                           ("session", "&Session"), ("tools", "&Tools"), ("help", "&Help")):
            self._menus[key] = bar.addMenu(title)
        self._add("file", "new_workspace", "&New workspace…", self.new_workspace_dialog)
        self._add("file", "open_workspace", "&Open workspace…", self.open_workspace_dialog,
                  QKeySequence.StandardKey.Open)
        self.recent_menu = self._menus["file"].addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._add("file", "save_copy", "Save a &copy…", self.save_copy_dialog)

        self.undo_action = self._add("edit", "undo", "&Undo", self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._add("edit", "redo", "&Redo", self.redo, "Ctrl+Shift+Z")
        self._menus["edit"].addSeparator()
        self._add("edit", "new", "&New…", self.create_in_view, QKeySequence.StandardKey.New)
        self._add("edit", "find", "&Find", self.focus_search, QKeySequence.StandardKey.Find)
        delete = self._add("edit", "delete", "&Delete…", self.delete_in_view)
        # Delete is handled by the table itself so it never fires while typing in search.
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        for n, key in enumerate(VIEW_ORDER, start=1):
            self._add("view", f"view_{key}", SPECS[key].plural,
                      lambda k=key: self.show_view(k), f"Ctrl+{n}")  # type: ignore[misc]
        self._add("help", "load_example", "Load the &example network", self.load_example_network)

    def _install_features(self) -> None:
        from cohortdesk.ui.features import FEATURES

        for name in FEATURES:
            importlib.import_module(name).install(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = [p for p in recent.recent_workspaces() if p != self.store.path]
        if not items:
            none = self.recent_menu.addAction("(no other workspaces yet)")
            none.setEnabled(False)
        for path in items:
            action = self.recent_menu.addAction(f"{path.stem}    {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))

    # -- views ------------------------------------------------------------------------------

    def current_view(self) -> ListView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListView) else None

    def show_view(self, key: str, *, create: bool = False) -> ListView:
        view = self.views[key]
        self.stack.setCurrentWidget(view)
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and not item.isSelected():
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)
        if create:
            view.create_record()
        return view

    def _on_sidebar(self) -> None:
        items = self.sidebar.selectedItems()
        if items:
            self.show_view(items[0].data(Qt.ItemDataRole.UserRole))

    def _workspace_is_empty(self) -> bool:
        return people.count_people(self.store) == 0 and not cohorts.cohort_choices(self.store)

    def _show_start_page(self) -> None:
        if self._workspace_is_empty():
            self.welcome.refresh()
            self.sidebar.blockSignals(True)
            self.sidebar.clearSelection()
            self.sidebar.setCurrentRow(-1)
            self.sidebar.blockSignals(False)
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.load_example.setFocus()
        else:
            self.show_view("people")

    def create_in_view(self) -> None:
        view = self.current_view() or self.show_view("people")
        if not self.store.read_only:
            view.create_record()

    def focus_search(self) -> None:
        view = self.current_view() or self.show_view("people")
        view.focus_search()

    def delete_in_view(self) -> None:
        view = self.current_view()
        if view is not None:
            view.delete_selected()

    # -- undo -------------------------------------------------------------------------------

    def undo(self) -> None:
        self.guard(self.store.undo)

    def redo(self) -> None:
        self.guard(self.store.redo)

    def _on_changed(self, changes: Changes) -> None:
        self._refresh_undo()
        if self.stack.currentWidget() is self.welcome and not self._workspace_is_empty():
            self.show_view("people")
        elif "*" not in changes.tables and self._workspace_is_empty():
            self._show_start_page()

    def _refresh_undo(self) -> None:
        undo, redo = self.store.undo_label(), self.store.redo_label()
        # A literal "&" in a label ("Health & Human Services") would become a mnemonic.
        self.undo_action.setText(f"&Undo {undo.replace('&', '&&')}" if undo else "&Undo")
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setText(f"&Redo {redo.replace('&', '&&')}" if redo else "&Redo")
        self.redo_action.setEnabled(bool(redo))

    # -- workspaces -------------------------------------------------------------------------

    def _after_workspace_opened(self) -> None:
        suffix = " (read-only)" if self.store.read_only else ""
        self.setWindowTitle(f"{self.store.name}{suffix} — {APP_NAME}")
        self.setWindowFilePath(str(self.store.path))
        if not self.store.read_only:
            recent.remember(self.store.path)
        self._refresh_undo()
        self._show_start_page()

    def open_workspace(self, path: Path, *, read_only: bool = False) -> bool:
        if self.jobs.busy():
            self.show_message("Please wait", "Wait for the current task to finish first.")
            return False
        try:
            new_store = Store.open(path, read_only=read_only)
        except CohortDeskError as exc:
            self.show_error(exc)
            return False
        old = self.store
        self.store = new_store
        old.close()
        self.bus.attach(new_store)
        self._after_workspace_opened()
        return True

    def new_workspace_dialog(self) -> None:
        suggestion = str(paths.data_dir() / "New workspace.cohortdesk")
        name, _ = QFileDialog.getSaveFileName(self, "New workspace", suggestion, WORKSPACE_FILTER)
        if name:
            path = Path(name)
            if path.suffix != paths.WORKSPACE_SUFFIX:
                path = path.with_name(path.name + paths.WORKSPACE_SUFFIX)
            if path.exists():
                self.show_message("Already exists",
                                  f"{path.name} already exists. Use Open workspace… to open it.")
                return
            self.open_workspace(path)

    def open_workspace_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open workspace", str(self.store.path.parent),
                                              WORKSPACE_FILTER)
        if name:
            self.open_workspace(Path(name))

    def save_copy_dialog(self) -> None:
        suggestion = self.store.path.with_name(f"{self.store.name} copy{paths.WORKSPACE_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(self, "Save a copy", str(suggestion), WORKSPACE_FILTER)
        if name:
            target = Path(name)
            if target.resolve() == self.store.path:
                self.show_message("Choose another file", "A copy cannot replace the open workspace.")
                return
            if self.guard(lambda: self.store.backup_to(target)) is not None:
                self.statusBar().showMessage(f"Saved a copy to {target}", 6000)

    # -- example network --------------------------------------------------------------------

    def load_example_network(self) -> None:
        store = self.store

        def done(_cohort_id: Any) -> None:
            self.statusBar().showMessage("Loaded the example network. Ctrl+Z takes it out again.", 8000)
            self.show_view("people")

        self.run_job("Loading the example network…", lambda _progress: example.load_example_network(store),
                     done)

    # -- feedback ---------------------------------------------------------------------------

    def run_job(self, title: str, fn: Callable[[Any], Any],
                on_done: Callable[[Any], None] | None = None, *, cancellable: bool = True) -> Any:
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
        message = str(exc) if isinstance(exc, CohortDeskError) else f"{type(exc).__name__}: {exc}"
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorBox")
        box.open()

    def show_message(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()

    def confirm(self, title: str, text: str, verb: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.jobs.wait(30000)
        QThreadPool.globalInstance().waitForDone(10000)  # lists still loading in the background
        self.store.close()
        event.accept()
