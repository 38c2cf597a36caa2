"""The main window: a sidebar of views, the menu bar built from the action registry, undo/redo
and workspaces. Everything else reaches the app through the AppContext it creates."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from cohortdesk import APP_NAME, paths
from cohortdesk.services import cohorts, example, people
from cohortdesk.store import Changes, Store
from cohortdesk.ui.cohorts.view import SPEC as COHORTS
from cohortdesk.ui.organizations.view import SPEC as ORGANIZATIONS
from cohortdesk.ui.people.view import SPEC as PEOPLE
from cohortdesk.ui.sessions.view import SPEC as SESSIONS
from cohortdesk.ui.shell import recent
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.shell.welcome import WelcomePage
from cohortdesk.ui.widgets.list_view import ListView

SPECS = {"cohorts": COHORTS, "people": PEOPLE, "organizations": ORGANIZATIONS, "sessions": SESSIONS}
VIEW_ORDER = ("cohorts", "people", "organizations", "sessions")
MENUS = (("file", "&File"), ("edit", "&Edit"), ("view", "&View"), ("session", "&Session"),
         ("tools", "&Tools"), ("help", "&Help"))
WORKSPACE_FILTER = "CohortDesk workspaces (*.cohortdesk);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.context = context = AppContext(store, self)
        context.navigator = self
        self.setMinimumSize(QSize(980, 620))
        self.resize(1280, 800)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName("Views")
        self.sidebar.setFixedWidth(176)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(context)
        self.stack.addWidget(self.welcome)
        self.views: dict[str, ListView] = {}
        for key in VIEW_ORDER:
            view = ListView(context, SPECS[key])
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

        self._register_actions()
        context.bus.changed.connect(self._on_changed)
        context.workspace_opened.connect(lambda _store: self._after_workspace_opened())
        self._install_features()
        # Last, after what the features added to the File menu.
        context.actions.add_separator("file")
        context.actions.add("quit", "&Quit", self.close, menu="file",
                            shortcut=QKeySequence.StandardKey.Quit)
        context.actions.build(self.menuBar())
        context.bus.attach(store)
        self._after_workspace_opened()

    @property
    def store(self) -> Store:
        return self.context.store

    # -- menus and actions ------------------------------------------------------------------

    def _register_actions(self) -> None:
        actions = self.context.actions
        for key, title in MENUS:
            actions.add_menu(key, title)
        actions.add("new_workspace", "&New workspace…", self.new_workspace_dialog, menu="file")
        actions.add("open_workspace", "&Open workspace…", self.open_workspace_dialog, menu="file",
                    shortcut=QKeySequence.StandardKey.Open)
        actions.add_menu("recent", "Open &recent", parent="file", on_show=self._fill_recent)
        actions.add("save_copy", "Save a &copy…", self.save_copy_dialog, menu="file")

        self.undo_action = actions.add("undo", "&Undo", self.context.undo, menu="edit",
                                       shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = actions.add("redo", "&Redo", self.context.redo, menu="edit",
                                       shortcut="Ctrl+Shift+Z")
        actions.add_separator("edit")
        actions.add("new", "&New…", self.create_in_view, menu="edit",
                    shortcut=QKeySequence.StandardKey.New)
        actions.add("find", "&Find", self.focus_search, menu="edit",
                    shortcut=QKeySequence.StandardKey.Find)
        # Delete is handled by the table itself so it never fires while typing in search.
        actions.add("delete", "&Delete…", self.delete_in_view, menu="edit",
                    shortcut_context=Qt.ShortcutContext.WidgetShortcut)

        for n, key in enumerate(VIEW_ORDER, start=1):
            actions.add(f"view_{key}", SPECS[key].plural, lambda k=key: self.show_view(k),  # type: ignore[misc]
                        menu="view", shortcut=f"Ctrl+{n}")
        actions.add("load_example", "Load the &example network", self.load_example_network,
                    menu="help")

    def _install_features(self) -> None:
        from cohortdesk.ui.features import FEATURES

        for name in FEATURES:
            importlib.import_module(name).install(self.context)

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        items = [p for p in recent.recent_workspaces() if p != self.store.path]
        if not items:
            none = menu.addAction("(no other workspaces yet)")
            none.setEnabled(False)
        for path in items:
            action = menu.addAction(f"{path.stem}    {path.parent}")
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

    def _on_changed(self, changes: Changes) -> None:
        self._refresh_undo()
        if self.stack.currentWidget() is self.welcome and not self._workspace_is_empty():
            self.show_view("people")
        elif "*" not in changes.tables and self._workspace_is_empty():
            self._show_start_page()

    def _refresh_undo(self) -> None:
        state = self.context.undo_state()
        undo, redo = state.undo, state.redo
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
        return self.context.open_workspace(path, read_only=read_only)

    def new_workspace_dialog(self) -> None:
        suggestion = str(paths.data_dir() / "New workspace.cohortdesk")
        name, _ = QFileDialog.getSaveFileName(self, "New workspace", suggestion, WORKSPACE_FILTER)
        if name:
            path = Path(name)
            if path.suffix != paths.WORKSPACE_SUFFIX:
                path = path.with_name(path.name + paths.WORKSPACE_SUFFIX)
            if path.exists():
                self.context.show_message("Already exists",
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
                self.context.show_message("Choose another file", "A copy cannot replace the open workspace.")
                return
            if self.context.guard(lambda: self.store.backup_to(target)) is not None:
                self.context.show_status(f"Saved a copy to {target}", 6000)

    # -- example network --------------------------------------------------------------------

    def load_example_network(self) -> None:
        store = self.store

        def done(_cohort_id: Any) -> None:
            self.context.show_status("Loaded the example network. Ctrl+Z takes it out again.", 8000)
            self.show_view("people")

        self.context.run_job("Loading the example network…",
                             lambda _progress: example.load_example_network(store), done)

    # -- where the user is (the context's navigator) --------------------------------------

    def selected_in(self, view: str) -> int | None:
        current = self.current_view()
        if current is None or current is not self.views.get(view):
            return None
        selected = current.selected_id()
        return int(selected) if selected is not None else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        # What is being typed is written before the workspace closes.
        self.context.closing.emit()
        self.context.jobs.wait(30000)
        QThreadPool.globalInstance().waitForDone(10000)  # lists still loading in the background
        self.store.close()
        event.accept()
