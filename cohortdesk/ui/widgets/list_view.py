"""A list view: a search box that filters as you type, a sortable table and a detail pane."""

from __future__ import annotations

import functools
import gc
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.pair_index import PairIndex, changed_texts
from cohortdesk.domain.slices import in_slices
from cohortdesk.operations.people import delete_each, delete_together
from cohortdesk.services.rows import RowSet, RowSource, table_size
from cohortdesk.store import Changes, Store
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.impact_words import impact_text
from cohortdesk.ui.widgets.seen_changes import follow_seen_changes
from cohortdesk.ui.widgets.table_model import RowTableModel, SourceTableModel

# Lists at least this long load on a background thread, so the window paints at once.
BACKGROUND_ROWS = 5000
# A change to at most this many records of a long list refreshes them in place (their rows,
# their place in the order) instead of reading the list again. In place is on the UI thread:
# undoing the deletion of 2,000 people indexed them there and stopped the window for 0.23 s;
# past 200 the list is read again on the worker (25 ms at most on the UI thread).
REFRESH_IN_PLACE = 200


log = logging.getLogger(__name__)
# How long the detail pane waits, after a keystroke in the search, before showing the record
# now selected: typing "garcia" shows one person, not six.
DETAIL_AFTER_TYPING_MS = 150
# Columns the app fits to the pane (saved as a list's "columns" setting; "user" otherwise).
FITTED = "fitted"
REFIT_AFTER_MS = 150  # the pane's resizing has paused this long: fit the columns again
# A hidden column comes back, narrowed, into room at least this wide (pixels).
_NARROWEST_RETURN = 120

@dataclass(frozen=True)
class _Loaded:
    """What a worker reads for a SourceTableModel: the source, its ids in order, their texts."""

    source: RowSource
    order: list[int]
    texts: dict[int, str]
    sorted_as: tuple[int, Qt.SortOrder]
    base: dict[int, str] | None  # the texts the model's search index is built from
    changed: set[int] | None     # the ids whose text differs from those
    order_texts: list[str]       # the texts in `order`: the first letter typed tests them


def _read_source(make: Callable[[Store], RowSource], sort: tuple[int, Qt.SortOrder],
                 base: dict[int, str] | None, store: Store) -> _Loaded:
    source = make(store)
    order = source.order(sort[0], sort[1] == Qt.SortOrder.DescendingOrder)
    texts = source.texts()
    # Compared here, off the UI thread: after a change to a few people the search index
    # stays, and only their texts are tested directly.
    changed = changed_texts(base, texts) if base is not None else None
    return _Loaded(source, order, texts, sort, base, changed,
                   in_slices(functools.partial(map, texts.__getitem__), order))


def _build_pairs(texts: dict[int, str], _store: Store) -> PairIndex:
    return PairIndex(texts)


class _LoaderSignals(QObject):
    loaded = Signal(int, object, object)  # token, store, rowset
    failed = Signal(object)


class _Loader(QRunnable):
    """Runs a read-only service call off the UI thread; the rows come back by signal."""

    def __init__(self, token: int, store: Store, load: Callable[[Store], Any]) -> None:
        super().__init__()
        self.token, self.store, self.load = token, store, load
        self.signals = _LoaderSignals()

    def run(self) -> None:
        try:
            rowset = self.load(self.store)
        except Exception as exc:  # noqa: BLE001 - shown by the list view
            self.signals.failed.emit(exc)
        else:
            self.signals.loaded.emit(self.token, self.store, rowset)


@dataclass(frozen=True)
class ListWords:
    """How a list names its records in the app's language (Spanish nouns have a gender, so
    "New …" is given whole): ListWords("People", "person", "people", "New person…")."""

    title: str
    one: str
    many: str
    new: str


@dataclass(frozen=True)
class EntitySpec:
    """What a list view needs to know about one kind of record."""

    noun: str                       # "person"
    plural: str                     # "People"
    tables: tuple[str, ...]         # refresh when these change
    load: Callable[[Store], RowSet]
    # Opens the editor over the parent widget; returns the saved record's id.
    edit: Callable[[AppContext, QWidget, int | None], int | None]
    delete: Callable[[Store, int], None]
    impact: Callable[[Store, int], list[tuple[str, int]]]  # (table, count): impact_words
    describe: Callable[[Store, int], str]  # name for confirmations
    detail: Callable[[AppContext, QWidget], Any] | None = None  # detail pane factory
    sort_column: int = 0            # visible column sorted on first show
    detail_share: float = 0.4       # of the width the detail pane starts with
    visual_order: tuple[int, ...] = ()  # visible columns shown first, in this order
    # Columns hidden first, in this order, when the default columns do not fit the pane
    # (empty: from the right). The user shows them again from the header's menu.
    hide_first: tuple[int, ...] = ()
    # Commands on the selected records, for the context menu: (label, run(context, ids)).
    # Marked with QT_TRANSLATE_NOOP("ListView", …) where they are declared; shown translated.
    bulk: tuple[tuple[str, Callable[[AppContext, list[int]], None]], ...] = ()
    # For a long list: its rows read through an index a page at a time (SourceTableModel)
    # instead of `load`ing them all.
    source: Callable[[Store], RowSource] | None = None
    # The list's words in the app's language, asked for when a view is built (after the
    # translators are installed); None: the English noun and plural above.
    words: Callable[[], ListWords] | None = None
    # Deletes several records in one go (thousands of people chosen at once); None: one by
    # one through `delete`.
    delete_many: Callable[[Store, Sequence[int]], int] | None = None

    def texts(self) -> ListWords:
        if self.words is not None:
            return self.words()
        return ListWords(self.plural, self.noun, self.plural.lower(), f"New {self.noun}…")


def dialog_editor(dialog_class: type) -> Callable[[AppContext, QWidget, int | None], int | None]:
    """An `EntitySpec.edit` that opens `dialog_class(store, record_id, parent)` and returns the
    saved record's id, or None if the dialog was cancelled."""
    def edit(context: AppContext, parent: QWidget, record_id: int | None) -> int | None:
        dialog = dialog_class(context.store, record_id, parent)
        dialog.ops = context.ops
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None

    return edit


class RecordTable(QTableView):
    """Enter opens the record, Delete deletes it."""

    open_requested = Signal()
    delete_requested = Signal()
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class ListView(QWidget):
    selection_changed = Signal(object)  # the selected id or None

    def __init__(self, context: AppContext, spec: EntitySpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.words = words = spec.texts()
        self.setObjectName(f"view_{spec.plural.lower()}")
        self.model: Any = SourceTableModel(self) if spec.source else RowTableModel(self)
        self.model.noun = spec.noun
        self._stale = True
        # Ids of the records changed since the list was read, when only those need reading
        # (None: read the whole list).
        self._pending: set[int] | None = None
        self._loading = False
        self._source_store: Store | None = None
        self._sized = False
        self._load_token = 0
        self._loader_signals: dict[str, _LoaderSignals] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search {records}…  (Ctrl+F)").format(records=words.many))
        self.search.setAccessibleName(self.tr("Search {records}").format(records=words.many))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.search.returnPressed.connect(self._focus_table)
        self.count = QLabel()
        self.count.setStyleSheet("color: #555;")
        self.count.setAccessibleName(self.tr("{records} count").format(records=words.title))
        self.new_button = QPushButton(words.new)
        self.new_button.setAccessibleName(words.new.rstrip("…"))
        self.new_button.clicked.connect(self.create_record)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit {record}").format(record=words.one))
        self.edit_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete {record}").format(record=words.one))
        self.delete_button.clicked.connect(self.delete_selected)
        self.toggle_list = QPushButton(self.tr("Hide list"))
        self.toggle_list.setAccessibleName(self.tr("Hide the {records} list").format(records=words.many))
        self.toggle_list.setCheckable(True)
        self.toggle_list.toggled.connect(self._on_toggle_list)
        self.toggle_list.setVisible(spec.detail is not None)

        self.table = RecordTable()
        # Tab moves on to the detail pane; arrow keys move between cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("{records} table").format(records=words.title))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(spec.sort_column, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._layout_restored = False
        # Until the user sizes, hides or shows a column, the columns are fitted to the pane
        # again whenever it is resized: a list first laid out in a small window must not stay
        # two columns beside an empty half once the window is maximized.
        self._auto_fit = False
        self._fitting = False
        self._natural: list[int] = []  # each column's width fitted to its content
        self._fitted_width = 0
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(REFIT_AFTER_MS)
        self._refit_timer.timeout.connect(self._refit)
        self.table.resized.connect(self._table_resized)
        header.sectionResized.connect(self._section_resized)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.open_requested.connect(self.open_selected)
        self.table.delete_requested.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        # The detail pane follows the selection; while a search is typed it waits for a pause,
        # so each keystroke repaints only the list.
        self._searching = False
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.timeout.connect(self._show_detail)

        top = QHBoxLayout()
        title = QLabel(words.title)
        title.setObjectName("viewTitle")
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.toggle_list)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        self.detail: Any = None
        if spec.detail is not None:
            self.detail = spec.detail(context, self)
            splitter.addWidget(self.detail)
            share = int(spec.detail_share * 1000)
            splitter.setSizes([1000 - share, share])
            splitter.setStretchFactor(0, 1000 - share)
            splitter.setStretchFactor(1, share)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        context.bus.changed.connect(self._on_changed)
        if self.detail is not None and hasattr(self.detail, "on_changed"):
            # A hidden view's detail refreshes once it is shown again: after an import of
            # people, the Cohorts view, unseen, listed a large cohort's members again.
            follow_seen_changes(context, self.detail, self.detail.on_changed)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches(*self.spec.tables):
            self._pending = self._changed_ids(changes)
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale:
            self.reload()
        if self.detail is not None and not self._sized:
            # Split by share once the real width is known; later the user's drag wins.
            self._sized = True
            width = max(self.splitter.width(), 600)
            detail = int(width * self.spec.detail_share)
            self.splitter.setSizes([width - detail, detail])

    def _changed_ids(self, changes: Changes) -> set[int] | None:
        """The records to refresh in place, when the change touched only some records of this
        list's own table and the list was read already; else None (read it all again)."""
        main, *others = self.spec.tables
        if (self.spec.source is None or "*" in changes.tables or changes.touches(*others)
                or (self._stale and self._pending is None) or self._source_store is None):
            return None
        ids = set(changes.ids.get(main, ()))
        if self._stale and self._pending is not None:
            ids |= self._pending
        return ids if 0 < len(ids) <= REFRESH_IN_PLACE else None

    def reload(self) -> None:
        """Load the rows: at once when the list is small, else on a background thread. After an
        edit to a few records of a long list, only those are read again."""
        store = self.context.store
        pending, self._pending = self._pending, None
        self._stale = False
        if (pending and not self._loading and self._source_store is store
                and self.model.refresh(pending)):
            self._update_count()
            self._update_buttons()
            return
        self._load_token += 1
        token = self._load_token
        load: Callable[[Store], Any] = self.spec.load
        if self.spec.source is not None:
            sort = self._saved_sort() if not self._layout_restored else None
            sort = sort or self.model.sort_state or (self.spec.sort_column,
                                                     Qt.SortOrder.AscendingOrder)
            load = functools.partial(_read_source, self.spec.source, sort,
                                     self.model.pairs_base)
        size = self.model.total_count() or table_size(store, self.spec.tables[0])
        if size < BACKGROUND_ROWS:
            self._apply_rows(token, store, load(store))
            return
        self.count.setText(self.tr("Loading…"))
        self._loading = True
        self._start_background(_Loader(token, store, load), self._apply_rows)

    def _start_background(self, loader: _Loader, done: Callable[..., None],
                          failed: Callable[[BaseException], None] | None = None) -> None:
        # Bound methods of this QObject: Qt drops the connection if the view is gone.
        loader.signals.loaded.connect(done)
        loader.signals.failed.connect(failed or self._load_failed)
        self._loader_signals[done.__name__] = loader.signals  # kept alive until the next one
        QThreadPool.globalInstance().start(loader)

    def _pairs_built(self, _token: int, store: Store, pairs: PairIndex) -> None:
        if store is self.context.store:
            self.model.set_pairs(pairs)

    def _pairs_failed(self, exc: BaseException) -> None:
        # Search still works without its index, reading every text; nothing to tell the user.
        log.warning("The %s search index could not be built: %s", self.spec.noun, exc)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.context.show_error(exc)

    def _apply_rows(self, token: int, store: Store, rows: RowSet | _Loaded) -> None:
        if token != self._load_token or store is not self.context.store:
            return  # a newer load, or another workspace, has taken over
        self._loading = False
        selected = self.selected_id()
        if isinstance(rows, _Loaded):
            self.model.set_source(rows.source, rows.order, rows.texts, rows.sorted_as)
            self.model.adopt_order_texts(rows.order, rows.order_texts)
            self._source_store = store
            if (len(rows.order) >= BACKGROUND_ROWS
                    and not self.model.follow_texts(rows.texts, rows.base, rows.changed)):
                self._start_background(_Loader(
                    self._load_token, store, functools.partial(_build_pairs, rows.texts)),
                    self._pairs_built, self._pairs_failed)
        else:
            self.model.set_rowset(rows)
        if self.model.total_count() >= BACKGROUND_ROWS:
            # Take the long-lived rows out of the cyclic collector's sweeps: a full collection
            # on the worker would otherwise walk them all while holding the GIL, stalling the UI.
            # They are still freed by reference counting when the list is replaced.
            gc.freeze()
        if not self._layout_restored:
            self._fit_columns()
            self._apply_visual_order()
            self._restore_layout()
        if selected is not None:
            self.select_id(selected)
        if self.selected_id() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._update_buttons()

    def _apply_visual_order(self) -> None:
        header = self.table.horizontalHeader()
        for visual, logical in enumerate(self.spec.visual_order):
            if logical < self.model.columnCount():
                header.moveSection(header.visualIndex(logical), visual)

    def _fit_columns(self) -> None:
        # Size from the header and the first rows only: never measure 100k rows.
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample = min(self.model.rowCount(), 60)
        for c in range(self.model.columnCount()):
            texts = [str(self.model.headerData(c, Qt.Orientation.Horizontal))]
            texts += [self.model.data(self.model.index(r, c)) or "" for r in range(sample)]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 28
            header.resizeSection(c, min(max(width, 60), 260))
        self._natural = [header.sectionSize(c) for c in range(self.model.columnCount())]

    def _table_resized(self) -> None:
        if self._auto_fit and abs(self.table.viewport().width() - self._fitted_width) >= 24:
            self._refit_timer.start()

    def _refit(self) -> None:
        """Fit the columns to the pane afresh, from their natural widths."""
        if not self._auto_fit or len(self._natural) != self.model.columnCount():
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in enumerate(self._natural):
                self.table.setColumnHidden(column, False)
                header.resizeSection(column, width)
        finally:
            self._fitting = False
        self._fit_to_pane()

    def _section_resized(self, _column: int, _old: int, _new: int) -> None:
        # Only a drag (or a double click on a handle) is the user's; the app's own fitting
        # and a restored layout resize sections too.
        if not self._fitting and QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._columns_set_by_user()

    def _columns_set_by_user(self) -> None:
        if self._auto_fit:
            self._auto_fit = False
            self._refit_timer.stop()
            self.save_layout()

    def _on_search(self, text: str) -> None:
        # The selection follows the record, not the row: still selected if it still shows.
        selected = self.selected_id()
        self._searching = True
        try:
            self.model.set_filter(text)
            self._update_count()
            if selected is not None:
                self.select_id(selected)
            if self.model.rowCount() and self.selected_id() is None:
                self.table.selectRow(0)
        finally:
            self._searching = False

    def _show_detail(self) -> None:
        if self.detail is not None:
            self.detail.show_record(self.selected_id())

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        noun = self.words.one if total == 1 else self.words.many
        locale = QLocale()
        if shown != total:
            self.count.setText(self.tr("{shown} of {total} {records}").format(
                shown=locale.toString(shown), total=locale.toString(total), records=noun))
        else:
            self.count.setText(f"{locale.toString(total)} {noun}")

    def _focus_table(self) -> None:
        self.table.setFocus()
        if self.selected_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def _on_toggle_list(self, hidden: bool) -> None:
        # Give a record the whole view (an agenda needs the width); the search still filters.
        self.table.setVisible(not hidden)
        self.toggle_list.setText(self.tr("Show list") if hidden else self.tr("Hide list"))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection --------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        """The record the detail pane shows: the current row if it is selected, else the first."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.row_id(current.row())
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [rid for rid in (self.model.row_id(r) for r in rows) if rid is not None]

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of_id(record_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        selection.select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
        # Not table.setCurrentIndex: with several rows selectable, that reads the keyboard's
        # modifiers, and a Ctrl still held (Ctrl+Z a moment ago) would toggle the row off.
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(index)

    def _on_selection(self, *_args: Any) -> None:
        self._update_buttons()
        selected = self.selected_id()
        if self.detail is not None:
            self._detail_timer.start(DETAIL_AFTER_TYPING_MS if self._searching else 0)
        self.selection_changed.emit(selected)

    def _update_buttons(self) -> None:
        writable = not self.context.store.read_only
        has = self.selected_id() is not None
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(has and writable)
        self.delete_button.setEnabled(has and writable)

    # -- actions ----------------------------------------------------------------------------

    def create_record(self) -> None:
        saved = self.spec.edit(self.context, self.context.host, None)
        if saved:
            if self._stale or self.model.row_of_id(saved) is None:
                self.reload()
            self.select_id(saved)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        self.spec.edit(self.context, self.context.host, record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) > 1 and not self.context.store.read_only:
            self._delete_many(ids)
            return
        record_id = self.selected_id()
        if record_id is None or self.context.store.read_only:
            return
        store = self.context.store
        name = self.spec.describe(store, record_id)
        impact = self.spec.impact(store, record_id)
        also = ("\n\n" + self.tr("This also deletes: {what}.").format(
            what=", ".join(impact_text(t, n) for t, n in impact)) if impact else "")
        question = (self.tr("Delete {record} {name}?").format(record=self.words.one, name=name)
                    + also + "\n\n" + self.tr("You can undo this with Ctrl+Z."))
        if not self.context.confirm(self.tr("Delete {record}").format(record=self.words.one),
                                    question, self.tr("Delete")):
            return
        row = self.table.currentIndex().row()

        def deleted(_value: object) -> None:
            # The change set has already reloaded the list; select the row that took its place.
            if self.selected_id() is None and self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))

        self.context.ops.run(self.spec.delete, record_id, trigger=self.delete_button,
                             initiator=self, on_success=deleted)

    def _delete_many(self, ids: list[int]) -> None:
        what = f"{len(ids)} {self.words.many}"
        question = (self.tr("Delete {records}? What belongs to them goes with them.").format(records=what)
                    + "\n\n" + self.tr("You can undo this with Ctrl+Z, in one step."))
        title = self.tr("Delete {records}").format(records=what)
        if not self.context.confirm(title, question, self.tr("Delete {n}").format(n=len(ids))):
            return
        if self.spec.delete_many is not None:
            self.context.ops.run(delete_together, self.spec.delete_many, ids, title,
                                 trigger=self.delete_button, initiator=self)
            return
        self.context.ops.run(delete_each, self.spec.delete, ids, title,
                             trigger=self.delete_button, initiator=self)

    # -- menus ------------------------------------------------------------------------------

    def _context_menu(self, pos: Any) -> None:
        """The same commands as the toolbar and the Edit menu, for the clicked row or selection."""
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        ids = self.selected_ids()
        writable = not self.context.store.read_only
        menu = QMenu(self)
        menu.addAction(self.words.new, self.create_record).setEnabled(writable)
        if ids:
            edit = menu.addAction(self.tr("Edit…"), self.open_selected)
            edit.setEnabled(len(ids) == 1 and writable)
            menu.addSeparator()
            for label, run in self.spec.bulk:
                action = menu.addAction(self.tr(label), functools.partial(self._run_bulk, run))
                action.setEnabled(writable)
            if self.spec.bulk:
                menu.addSeparator()
            what = self.words.one if len(ids) == 1 else f"{len(ids)} {self.words.many}"
            menu.addAction(self.tr("Delete {records}…").format(records=what),
                           self.delete_selected).setEnabled(writable)
        self._last_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _run_bulk(self, run: Callable[[AppContext, list[int]], None]) -> None:
        run(self.context, self.selected_ids())

    def _header_menu(self, pos: Any) -> None:
        """Show or hide columns; the choice is remembered."""
        menu = QMenu(self)
        visible = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        for column in range(self.model.columnCount()):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            # The last visible column cannot be hidden: a list needs one.
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(functools.partial(self._column_toggled, column))
        self._last_menu = menu
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _column_toggled(self, column: int, shown: bool) -> None:
        self.set_column_shown(column, shown)

    def set_column_shown(self, column: int, shown: bool) -> None:
        self._auto_fit = False
        self._refit_timer.stop()
        self.table.setColumnHidden(column, not shown)
        if shown and self.table.columnWidth(column) < 40:
            self.table.setColumnWidth(column, 120)
        self.save_layout()

    # -- remembered layout ------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"lists/{self.spec.plural.lower()}"

    def _saved_sort(self) -> tuple[int, Qt.SortOrder] | None:
        """The sort the user left the list in, so a long list is read in that order on the
        worker: restoring the header afterwards then has nothing to sort on the UI thread."""
        saved = self.context.settings.text(f"{self._settings_key()}/sort")
        column, _, order = saved.partition(" ")
        if not (column.isdigit() and order in ("ascending", "descending")):
            return None
        descending = order == "descending"
        return int(column), (Qt.SortOrder.DescendingOrder if descending
                             else Qt.SortOrder.AscendingOrder)

    def _restore_layout(self) -> None:
        """Column widths, order, visibility and sort, and the splitter, as the user left them;
        on first use, the columns that fit the pane."""
        self._layout_restored = True
        settings = self.context.settings
        header_state = settings.value(f"{self._settings_key()}/header")
        if header_state is not None and self.table.horizontalHeader().restoreState(header_state):
            header = self.table.horizontalHeader()
            saved = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            if saved != getattr(self.model, "sort_state", None):  # a long list is read sorted
                self.model.sort(*saved)
            # A layout saved before the app said whose it was is the user's.
            if settings.value(f"{self._settings_key()}/columns") == FITTED:
                self._auto_fit = True
                QTimer.singleShot(0, self._refit)
        else:
            self._auto_fit = True
            QTimer.singleShot(0, self._fit_to_pane)
        splitter_state = settings.value(f"{self._settings_key()}/splitter")
        if splitter_state is not None and self.spec.detail is not None:
            self._sized = self.splitter.restoreState(splitter_state)

    def _fit_to_pane(self) -> None:
        """Hide the least needed columns until the rest fit the table without scrolling."""
        available = self.table.viewport().width()
        if available < 100:
            return
        self._fitting = True
        try:
            self._fit_columns_to(available)
        finally:
            self._fitting = False
        self._fitted_width = available

    def _fit_columns_to(self, available: int) -> None:
        count = self.model.columnCount()
        header = self.table.horizontalHeader()
        order = [c for c in self.spec.hide_first if c < count]
        # Then from the right as the columns stand on screen, keeping the first one.
        order += [c for c in (header.logicalIndex(v) for v in range(count - 1, 0, -1))
                  if c not in order]
        # A hidden section's size reads 0: the widths are taken while all are still shown.
        widths = {c: header.sectionSize(c) for c in range(count)}
        hidden: list[int] = []
        for column in order:
            shown = [c for c in range(count) if not self.table.isColumnHidden(c)]
            if sum(header.sectionSize(c) for c in shown) <= available or len(shown) <= 2:
                break
            self.table.setColumnHidden(column, True)
            hidden.append(column)
        # Hiding a wide column may leave room for a narrower one hidden before it, or for a
        # wide one a little narrowed (it elides): the most needed of them come back first, so
        # the pane is filled, not left half empty beside two columns.
        for column in reversed(hidden):
            left = available - sum(header.sectionSize(c) for c in range(count)
                                   if not self.table.isColumnHidden(c))
            if widths[column] > left and left < _NARROWEST_RETURN:
                continue
            self.table.setColumnHidden(column, False)
            header.resizeSection(column, min(widths[column], left))
        # Still too wide (a narrow pane): the widest column, free text, gives way and elides.
        # Narrower than the pane: the widest column takes the rest, so no blank strip is left
        # beside the last column and long titles show more before they elide.
        shown = [c for c in range(count) if not self.table.isColumnHidden(c)]
        excess = sum(header.sectionSize(c) for c in shown) - available
        if excess and shown:
            widest = max(shown, key=header.sectionSize)
            header.resizeSection(widest, max(header.sectionSize(widest) - excess, 80))

    def save_layout(self) -> None:
        if not self._layout_restored:
            return
        settings = self.context.settings
        header = self.table.horizontalHeader()
        settings.set_value(f"{self._settings_key()}/header", header.saveState())
        settings.set_value(f"{self._settings_key()}/columns", FITTED if self._auto_fit else "user")
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        settings.set_value(f"{self._settings_key()}/sort", f"{header.sortIndicatorSection()} "
                           f"{'descending' if descending else 'ascending'}")
        if self.spec.detail is not None:
            settings.set_value(f"{self._settings_key()}/splitter", self.splitter.saveState())

