"""The main window: a sidebar of views, the menu bar built from the action registry, undo/redo
and workspaces. Everything else reaches the app through the AppContext it creates."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk import APP_NAME, paths
from cohortdesk.ui import i18n
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.i18n.vocabulary import step
from cohortdesk.ui.shell import recent, style
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.shell.help import HelpWindow
from cohortdesk.ui.shell.icons import icon_for_action
from cohortdesk.ui.shell.welcome import WelcomePage

# The window paints its frame before the workspace opens; what needs the workspace (the store,
# the services, the views and the areas' commands, with SQLAlchemy under them) loads right
# after that first paint, so these are imported where they are used.
if TYPE_CHECKING:
    from cohortdesk.store import Changes, Store
    from cohortdesk.ui.widgets.list_view import EntitySpec, ListView

VIEW_ORDER = ("cohorts", "people", "organizations", "sessions")
# The sidebar's names, the same words the views give themselves (ListWords.title), so the frame
# shows them before the views exist.
VIEW_TITLES = {"cohorts": ("CohortsView", QT_TRANSLATE_NOOP("CohortsView", "Cohorts")),
               "people": ("PeopleView", QT_TRANSLATE_NOOP("PeopleView", "People")),
               "organizations": ("OrganizationsView",
                                 QT_TRANSLATE_NOOP("OrganizationsView", "Organizations")),
               "sessions": ("View", QT_TRANSLATE_NOOP("View", "Sessions"))}
# The toolbar's daily commands, in groups (their short names: MainWindow._toolbar_names).
TOOLBAR_GROUPS = (("new", "edit", "delete"), ("import_people", "checkin_mode"),
                  ("print_packet",), ("undo", "redo"), ("find",))

MENUS = (("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
         ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
         ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
         ("session", QT_TRANSLATE_NOOP("MainWindow", "&Session")),
         ("tools", QT_TRANSLATE_NOOP("MainWindow", "&Tools")),
         ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")))


# The module of each view; each has its EntitySpec as SPEC.
VIEW_MODULES = tuple(f"cohortdesk.ui.{key}.view" for key in VIEW_ORDER)


def view_specs() -> dict[str, EntitySpec]:
    return {key: importlib.import_module(name).SPEC
            for key, name in zip(VIEW_ORDER, VIEW_MODULES, strict=True)}


def workspace_filter() -> str:
    return QCoreApplication.translate("MainWindow", "CohortDesk workspaces (*.cohortdesk);;All files (*)")


def standard_key(key: QKeySequence.StandardKey, fallback: str) -> QKeySequence:
    """The platform's key for a standard command, or `fallback` where it has none (Quit on
    some Linux desktops, Help without F1)."""
    sequence = QKeySequence(key)
    return sequence if not sequence.isEmpty() else QKeySequence(fallback)


def tooltip(action: QAction) -> str:
    """The action's name as the menu shows it, with its shortcut: "Undo Delete Person (Ctrl+Z)"."""
    name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{name} ({keys})" if keys else name


class _Opened(QObject):
    """Carries the opened store (or the error that refused it) from the opening thread back to
    the UI thread."""

    done = Signal(object)


class MainWindow(QMainWindow):
    """`MainWindow(store)` shows an open workspace. `MainWindow(opening=path)` is how the app
    starts: the window's frame (title, menus, sidebar, "Opening …") paints first, then the
    workspace opens on a thread (the heavy imports, the lock, the integrity and migration checks)
    and the views fill in; `open_failed` fires if the user gives up on a refused workspace."""

    open_failed = Signal()

    def __init__(self, store: Store | None = None, *, opening: Path | None = None,
                 read_only: bool = False) -> None:
        super().__init__()
        if (store is None) == (opening is None):
            raise ValueError("Give the window either an open store or the path to open.")
        # Given its workspace by _fill, once open.
        self.context = context = AppContext(None, self)
        context.navigator = self
        # Fits a 1366×768 laptop with a panel, and a 1024×640 corner of a larger screen.
        self.setMinimumSize(QSize(1000, 620))
        self.resize(1280, 760)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Views"))
        self.sidebar.setFixedWidth(176)
        self.stack = QStackedWidget()
        self.views: dict[str, ListView] = {}
        for key in VIEW_ORDER:
            title_context, title = VIEW_TITLES[key]
            item = QListWidgetItem(QCoreApplication.translate(title_context, title))
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

        # The menus' commands need the workspace: they are added once it is open.
        for key, title in MENUS:
            context.actions.add_menu(key, QCoreApplication.translate("MainWindow", title))
        context.actions.build(self.menuBar())
        self.toolbar = self._build_toolbar()
        self.statusBar()  # there from the first paint, so the content does not move when it fills
        self._restore_layout()

        self._opening: Path | None = None
        self._opening_read_only = read_only
        self._opener: threading.Thread | None = None
        self._opened: Store | BaseException | None = None  # what the opening thread got
        self._placeholder: QWidget | None = None
        if store is not None:
            self._fill(store)
        else:
            assert opening is not None
            self._opening = opening
            self._show_opening(opening, read_only)

    # -- opening the workspace after the first paint ------------------------------------------

    def _show_opening(self, path: Path, read_only: bool) -> None:
        """The frame's content while the workspace opens: its name, calmly, in the view's place."""
        suffix = self.tr(" (read-only)") if read_only else ""
        self.setWindowTitle(f"{path.stem}{suffix} — {APP_NAME}")
        page = QWidget()
        page.setObjectName("opening")
        label = QLabel(self.tr("Opening “{name}”…").format(name=path.stem))
        label.setObjectName("welcomeText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(page)
        box.addWidget(label)
        self._placeholder = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.installEventFilter(self)

    @property
    def opening(self) -> bool:
        """True while the workspace this window was started on is still opening."""
        return self._opening is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self and event.type() == QEvent.Type.Paint and self._opener is None:
            self.removeEventFilter(self)
            # Queued: this paint reaches the screen before the opening starts.
            QTimer.singleShot(0, self._start_opening)
        return super().eventFilter(watched, event)

    def _start_opening(self) -> None:
        path, read_only = self._opening, self._opening_read_only
        if path is None or self._opener is not None:
            return
        style.add_fallback_font()  # before any list shows a name in Chinese or Japanese
        carrier = _Opened(self)
        carrier.done.connect(self._on_opened)

        def work() -> None:
            result: Store | BaseException
            try:
                from cohortdesk.store import Store

                result = Store.open(path, read_only=read_only)
                # The modules of the views and of the areas' commands (the services and the
                # operations under them), loaded here so that the UI thread only builds the
                # widgets. Importing defines classes; no widget is made on this thread.
                from cohortdesk.ui.features import FEATURES

                for name in (*VIEW_MODULES, *FEATURES):
                    importlib.import_module(name)
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, shown there
                result = exc
            self._opened = result
            carrier.done.emit(result)

        self._opener = threading.Thread(target=work, name="open-workspace", daemon=True)
        self._opener.start()

    def _on_opened(self, result: object) -> None:
        from cohortdesk.store import Store
        from cohortdesk.ui.shell.backups_open import recover

        path, self._opening = self._opening, None
        if path is None:  # closed meanwhile: the store the thread opened closes too
            if isinstance(result, Store):
                result.close()
            return
        store = result if isinstance(result, Store) else None
        if isinstance(result, BaseException):
            try:
                store = recover(result, path, parent=self)
            except BaseException:
                self.open_failed.emit()  # a bug, not a refusal: it is raised and logged
                raise
        if store is None:
            self.open_failed.emit()
            return
        # In the app every write goes through an operation; a write outside one is a bug, refused.
        store.strict = True
        self._fill(store)

    def _fill(self, store: Store) -> None:
        """Everything that needs the workspace: the views, the commands, the start page."""
        from cohortdesk.ui.widgets.list_view import ListView

        context = self.context
        context.begin(store)
        self.welcome = WelcomePage(context)
        self.stack.addWidget(self.welcome)
        specs = view_specs()
        for row, key in enumerate(VIEW_ORDER):
            view = ListView(context, specs[key])
            self.views[key] = view
            self.stack.addWidget(view)
            self.sidebar.item(row).setText(view.words.title)

        self._register_actions()
        context.bus.changed.connect(self._on_changed)
        context.workspace_opened.connect(lambda _store: self._after_workspace_opened())
        self._install_features()
        # Last, after what the features added to the File menu.
        context.actions.add_separator("file")
        context.actions.add("quit", self.tr("&Quit"), self.close, menu="file",
                            shortcut=standard_key(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        context.actions.add_separator("help")
        context.actions.add("help", self.tr("CohortDesk &guide"), self.show_help, menu="help",
                            shortcut=standard_key(QKeySequence.StandardKey.HelpContents, "F1"))
        self._decorate_actions()
        self._fill_toolbar()
        context.bus.attach(store)
        self._after_workspace_opened()
        if self._placeholder is not None:
            self.stack.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._placeholder = None

    @property
    def store(self) -> Store:
        return self.context.store

    # -- menus and actions ------------------------------------------------------------------

    def _register_actions(self) -> None:
        actions = self.context.actions
        actions.add("new_workspace", self.tr("&New workspace…"), self.new_workspace_dialog, menu="file")
        actions.add("open_workspace", self.tr("&Open workspace…"), self.open_workspace_dialog,
                    menu="file", shortcut=QKeySequence.StandardKey.Open)
        actions.add_menu("recent", self.tr("Open &recent"), parent="file", on_show=self._fill_recent)
        actions.add("save_copy", self.tr("Save a &copy…"), self.save_copy_dialog, menu="file")

        self.undo_action = actions.add("undo", self.tr("&Undo"), self.context.undo, menu="edit",
                                       shortcut=QKeySequence.StandardKey.Undo)
        self.redo_action = actions.add("redo", self.tr("&Redo"), self.context.redo, menu="edit",
                                       shortcut="Ctrl+Shift+Z")
        actions.add_separator("edit")
        actions.add("new", self.tr("&New…"), self.create_in_view, menu="edit",
                    shortcut=QKeySequence.StandardKey.New)
        actions.add("edit", self.tr("&Edit…"), self.edit_in_view, menu="edit")
        actions.add("find", self.tr("&Find"), self.focus_search, menu="edit",
                    shortcut=QKeySequence.StandardKey.Find)
        # Delete is handled by the table itself so it never fires while typing in search.
        actions.add("delete", self.tr("&Delete…"), self.delete_in_view, menu="edit",
                    shortcut_context=Qt.ShortcutContext.WidgetShortcut)
        actions.add_separator("edit")
        actions.add("preferences", self.tr("&Preferences…"), self.show_preferences, menu="edit",
                    shortcut=standard_key(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
                    role=QAction.MenuRole.PreferencesRole)

        for n, key in enumerate(VIEW_ORDER, start=1):
            actions.add(f"view_{key}", self.views[key].words.title,
                        lambda k=key: self.show_view(k),  # type: ignore[misc]
                        menu="view", shortcut=f"Ctrl+{n}")
        actions.add("load_example", self.tr("Load the &example network"), self.load_example_network,
                    menu="help")

    def _install_features(self) -> None:
        from cohortdesk.ui.features import FEATURES

        for name in FEATURES:
            importlib.import_module(name).install(self.context)

    def _fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        items = [p for p in recent.recent_workspaces() if p != self.store.path]
        if not items:
            none = menu.addAction(self.tr("(no other workspaces yet)"))
            none.setEnabled(False)
        for path in items:
            action = menu.addAction(f"{path.stem}    {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_workspace(p))

    def _decorate_actions(self) -> None:
        """Icons and tooltips for every command that has one (the table is in icons.py)."""
        for action_id in self.context.actions:
            action = self.context.actions.action(action_id)
            found = icon_for_action(action_id)
            if action is None or found is None:
                continue
            action.setIcon(found)

    def _toolbar_names(self) -> dict[str, str]:
        return {"new": self.tr("New"), "edit": self.tr("Edit"), "delete": self.tr("Delete"),
                "import_people": self.tr("Import"), "checkin_mode": self.tr("Check-in"),
                "print_packet": self.tr("Packet"),
                "undo": self.tr("Undo"), "redo": self.tr("Redo"), "find": self.tr("Search")}

    def _build_toolbar(self) -> QToolBar:
        """The toolbar as the frame shows it before the workspace opens: the daily commands'
        icons and names, inactive, so nothing moves when the real commands take their place."""
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        short = self._toolbar_names()
        self._stand_ins: list[QAction] = []
        for group in TOOLBAR_GROUPS:
            if bar.actions():
                bar.addSeparator()
            for action_id in group:
                stand_in = QAction(short[action_id], bar)
                self._stand_ins.append(stand_in)
                found = icon_for_action(action_id)
                if found is not None:
                    stand_in.setIcon(found)
                stand_in.setEnabled(False)
                bar.addAction(stand_in)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def _fill_toolbar(self) -> None:
        """The daily commands, each with its icon and a tooltip naming it and its shortcut."""
        bar = self.toolbar
        bar.clear()
        for stand_in in self._stand_ins:
            stand_in.deleteLater()
        self._stand_ins = []
        short = self._toolbar_names()
        for group in TOOLBAR_GROUPS:
            present = [a for a in (self.context.actions.action(i) for i in group) if a is not None]
            if not present:
                continue
            if bar.actions():
                bar.addSeparator()
            for action_id, action in zip(
                    [i for i in group if self.context.actions.action(i) is not None], present,
                    strict=True):
                # A toolbar shows an action's icon text: short, and fixed while Undo's
                # menu text names the step ("Undo Load Example Network").
                action.setIconText(short[action_id])
                bar.addAction(action)
                button = bar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setObjectName(f"toolbar_{action_id}")
                    action.setToolTip(tooltip(action))

    def show_help(self) -> None:
        existing = self.findChild(HelpWindow)
        window = existing if isinstance(existing, HelpWindow) else HelpWindow(self.context.actions, self)
        window.show()
        window.raise_()

    def show_preferences(self) -> None:
        from cohortdesk.ui.shell.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.context.settings, self)
        if dialog.exec() and dialog.changed():
            self.context.show_status(
                self.tr("The new language applies the next time CohortDesk starts."), 8000)

    # -- remembered layout ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def _save_layout(self) -> None:
        settings = self.context.settings
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/state", self.saveState())
        current = self.current_view()
        if current is not None:
            settings.set_value("window/view", current.spec.plural.lower())
        for view in self.views.values():
            view.save_layout()
        settings.sync()

    # -- views ------------------------------------------------------------------------------

    def current_view(self) -> ListView | None:
        widget = self.stack.currentWidget()
        return next((view for view in self.views.values() if view is widget), None)

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
        if items and self.views:  # while the workspace opens, the start page decides
            self.show_view(items[0].data(Qt.ItemDataRole.UserRole))

    def _workspace_is_empty(self) -> bool:
        from cohortdesk.services import cohorts, people

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
            last = self.context.settings.text("window/view", "people")
            self.show_view(last if last in self.views else "people")

    def create_in_view(self) -> None:
        view = self.current_view() or self.show_view("people")
        if not self.store.read_only:
            view.create_record()

    def focus_search(self) -> None:
        view = self.current_view() or self.show_view("people")
        view.focus_search()

    def edit_in_view(self) -> None:
        view = self.current_view()
        if view is not None:
            view.open_selected()

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
        undo = step(state.undo) if state.undo else state.undo
        redo = step(state.redo) if state.redo else state.redo
        # A literal "&" in a label ("Health & Human Services") would become a mnemonic.
        self.undo_action.setText(self.tr("&Undo {step}").format(step=undo.replace("&", "&&"))
                                 if undo else self.tr("&Undo"))
        self.undo_action.setEnabled(bool(undo))
        self.redo_action.setText(self.tr("&Redo {step}").format(step=redo.replace("&", "&&"))
                                 if redo else self.tr("&Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setToolTip(tooltip(action))
        self.redo_action.setEnabled(bool(redo))

    # -- workspaces -------------------------------------------------------------------------

    def _after_workspace_opened(self) -> None:
        suffix = self.tr(" (read-only)") if self.store.read_only else ""
        self.setWindowTitle(f"{self.store.name}{suffix} — {APP_NAME}")
        self.setWindowFilePath(str(self.store.path))
        if not self.store.read_only:
            recent.remember(self.store.path)
        self._refresh_undo()
        self._show_start_page()

    def open_workspace(self, path: Path, *, read_only: bool = False) -> bool:
        return self.context.open_workspace(path, read_only=read_only)

    def new_workspace_dialog(self) -> None:
        suggestion = str(paths.data_dir() / (self.tr("New workspace") + paths.WORKSPACE_SUFFIX))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), suggestion,
                                              workspace_filter())
        if name:
            path = Path(name)
            if path.suffix != paths.WORKSPACE_SUFFIX:
                path = path.with_name(path.name + paths.WORKSPACE_SUFFIX)
            if path.exists():
                self.context.show_message(
                    self.tr("Already exists"),
                    self.tr("{name} already exists. Use Open workspace… to open it.").format(
                        name=path.name))
                return
            self.open_workspace(path)

    def open_workspace_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"),
                                              str(self.store.path.parent), workspace_filter())
        if name:
            self.open_workspace(Path(name))

    def save_copy_dialog(self) -> None:
        suggestion = self.store.path.with_name(
            self.tr("{name} copy").format(name=self.store.name) + paths.WORKSPACE_SUFFIX)
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(suggestion),
                                              workspace_filter())
        if name:
            target = Path(name)
            if target.resolve() == self.store.path:
                self.context.show_message(self.tr("Choose another file"),
                                          self.tr("A copy cannot replace the open workspace."))
                return
            if self.context.guard(lambda: self.store.backup_to(target)) is not None:
                self.context.show_status(self.tr("Saved a copy to {path}").format(path=target), 6000)

    # -- example network --------------------------------------------------------------------

    def load_example_network(self) -> None:
        def done(_cohort_id: Any) -> None:
            self.context.show_status(
                self.tr("Loaded the example network. Ctrl+Z takes it out again."), 8000)
            self.show_view("people")

        # The example network speaks the app's language (its people's names stay as they are).
        from cohortdesk.services import example

        language = "es" if i18n.active_language() == "es" else "en"
        self.context.ops.run(example.load_example_network, language=language,
                             progress=self.tr("Loading the example network…"),
                             initiator=self, on_success=done)

    # -- where the user is (the context's navigator) --------------------------------------

    def selected_in(self, view: str) -> int | None:
        current = self.current_view()
        if current is None or current is not self.views.get(view):
            return None
        selected = current.selected_id()
        return int(selected) if selected is not None else None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self._save_layout()
        # What is being typed is written before the workspace closes.
        self.context.closing.emit()
        self.context.jobs.wait(30000)
        QThreadPool.globalInstance().waitForDone(10000)  # lists still loading in the background
        if self.context.has_store:
            self.store.close()
        else:
            # Closed before the workspace had opened: let the opening finish, then close it.
            self._opening = None
            if self._opener is not None:
                self._opener.join()
            if self._opened is not None and not isinstance(self._opened, BaseException):
                self._opened.close()
        event.accept()
