"""Ticking some people out of many: a breakout group's members out of a cohort, or out of a
directory of 100,000 when the session has no cohort.

A `QListWidget` with an item per person took seconds to fill for 100,000, on the UI thread.
Here the people are read off the UI thread, their names folded there too, and a list model
holds them as plain lists: it hands Qt only the rows in view. A search box above narrows the
list (accents and case ignored, as everywhere in the app); a ticked person stays ticked while
the search hides them, and the count below says how many are ticked in all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.ui.widgets.background import BackgroundRead
from cohortdesk.ui.widgets.person_choice import Candidates

_Index = QModelIndex | QPersistentModelIndex
_ELSEWHERE = QColor("#8a4b00")  # someone already in another group: amber, as in the editor


class PeopleChecklistModel(QAbstractListModel):
    """Checkable rows of people, narrowed by `search`; `ticked` holds every ticked id,
    shown or not."""

    ticked_changed = Signal(int)  # how many are ticked

    def __init__(self, ticked: Iterable[int] = (), elsewhere: dict[int, str] | None = None,
                 marked: Callable[[str, str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticked: set[int] = set(ticked)
        self._elsewhere = elsewhere or {}
        self._marked = marked or (lambda label, other: f"{label} ← {other}")
        self._people = Candidates([], [], [])
        self._shown: list[int] = []  # rows of self._people in view

    def set_people(self, people: Candidates) -> None:
        self.beginResetModel()
        self._people = people
        self._shown = list(range(len(people.ids)))
        self.endResetModel()

    def search(self, text: str) -> None:
        self.beginResetModel()
        self._shown = self._people.matching(text)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._people.ids)

    def person_id(self, row: int) -> int:
        return self._people.ids[self._shown[row]]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        at = self._shown[index.row()]
        pid = self._people.ids[at]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._people.labels[at]
            other = self._elsewhere.get(pid)
            return self._marked(label, other) if other else label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if pid in self.ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and pid in self._elsewhere:
            return _ELSEWHERE
        if role == Qt.ItemDataRole.UserRole:
            return pid
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: _Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        pid = self.person_id(index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(pid)
        else:
            self.ticked.discard(pid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit(len(self.ticked))
        return True


class PeopleChecklist(QWidget):
    """A search box, the checkable list and a count. `read()` runs off the UI thread and
    returns (id, label) pairs in the order to show; until it answers, the list says it is
    loading and `ticked_ids()` answers with the people it was opened with."""

    loaded = Signal()
    failed = Signal(object)

    def __init__(self, name: str, read: Callable[[], Iterable[tuple[int, str]]], *,
                 ticked: Iterable[int] = (), elsewhere: dict[int, str] | None = None,
                 marked: Callable[[str, str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a name or an organization"))
        self.search.setAccessibleName(self.tr("Find people"))
        self.model = PeopleChecklistModel(ticked, elsewhere, marked, self)
        # A one-column table, not a list or a tree view: those lay out every row on each
        # reset (135 and 500 ms for 100,000 rows), a table only the rows in view.
        self.view = QTableView()
        self.view.horizontalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 6)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(name)
        self.view.setModel(self.model)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.model.search)
        self.search.textChanged.connect(lambda _t: self._count())
        self.model.ticked_changed.connect(lambda _n: self._count())
        self.search.setEnabled(False)
        self.count.setText(self.tr("Loading people…"))
        self._reader = BackgroundRead(self, self._loaded, self._failed)
        self._reader.start(lambda: Candidates.of(read()))

    @property
    def loading(self) -> bool:
        return self._reader.pending

    def ticked_ids(self) -> list[int]:
        return sorted(self.model.ticked)

    def _loaded(self, people: Candidates) -> None:
        self.model.set_people(people)
        self.search.setEnabled(True)
        self._count()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(self.tr("The people could not be read: {error}").format(error=exc))
        self.failed.emit(exc)

    def _count(self) -> None:
        number = QLocale().toString  # "100,000", "100.000"
        ticked, shown, total = (number(len(self.model.ticked)), number(self.model.rowCount()),
                                number(self.model.total))
        if self.model.rowCount() == self.model.total:
            self.count.setText(self.tr("{ticked} of {total} ticked").format(
                ticked=ticked, total=total))
        else:
            self.count.setText(self.tr("{ticked} ticked; {shown} of {total} shown").format(
                ticked=ticked, shown=shown, total=total))
