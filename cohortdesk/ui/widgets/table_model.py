"""The one table-model recipe: plain tuples, sorted and filtered in Python.

QSortFilterProxyModel calls back into Python for every comparison; over 100k rows that takes
seconds. Here the rows are a list of tuples from a service RowSet, column 0 is the record id
(hidden), sorting is one `list.sort` and filtering is a substring test on a folded key. The
paint path only indexes lists.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from cohortdesk.domain.text import fold
from cohortdesk.services.rows import RowSet
from cohortdesk.ui.i18n.vocabulary import column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@functools.cache
def _names(locale_name: str) -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
    """Short month and day names and Yes/No in the app's locale, looked up once: the paint
    path formats dates in Python, never through a QLocale call per cell."""
    locale = QLocale(locale_name)
    short = QLocale.FormatType.ShortFormat
    months = tuple(locale.standaloneMonthName(m, short).rstrip(".") for m in range(1, 13))
    days = tuple(locale.dayName(d, short).rstrip(".") for d in range(1, 8))
    return (months, days, QCoreApplication.translate("Table", "Yes"),
            QCoreApplication.translate("Table", "No"))


def display(value: Any) -> str:
    """A cell as shown: dates and times in the user's language ("Tue 14 Oct 2026, 09:00",
    "mar 14 oct 2026, 09:00"), Yes/No translated."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date | bool):
        months, days, yes, no = _names(QLocale().name())
        if isinstance(value, bool):
            return yes if value else no
        date = f"{value.day} {months[value.month - 1]} {value.year}"
        if isinstance(value, dt.datetime):
            return f"{days[value.weekday()]} {date}, {value:%H:%M}"
        return date
    return str(value)


def _sort_value(value: Any) -> Any:
    """What a cell sorts by: numbers as numbers, dates in order, text without accents or case."""
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return fold(str(value))


class RowTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: list[tuple[Any, ...]] = []
        self._keys: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._order: list[int] = []  # every row, in the current sort order
        self._visible: list[int] = []  # the rows that match the filter, in that order
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Per column: (sort value of each row, or None for a blank). Built on first sort.
        self._column_keys: dict[int, list[Any]] = {}

    # -- loading ----------------------------------------------------------------------------

    def set_rowset(self, rowset: RowSet) -> None:
        self.beginResetModel()
        self._columns = rowset.columns
        self._rows = rowset.rows
        self._keys = rowset.keys
        self._sort_keys = rowset.sort_keys
        self._column_keys = {}
        self._order = list(range(len(self._rows)))
        if self._sort:
            self._order = self._sorted_order(*self._sort)
        self._visible = self._apply_filter(self._query, self._order)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        query = fold(text)
        if query == self._query:
            return
        # Typing one more letter can only narrow the result: search within it. Either way the
        # rows come out in the sorted order, so a keystroke never sorts.
        within = self._visible if self._query and query.startswith(self._query) else self._order
        self.beginResetModel()
        self._query = query
        self._visible = self._apply_filter(query, within)
        self.endResetModel()

    def _apply_filter(self, query: str, within: Any) -> list[int]:
        if not query:
            return list(within)
        words = query.split()
        keys = self._keys
        if len(words) == 1:
            word = words[0]
            return [i for i in within if word in keys[i]]
        return [i for i in within if all(w in keys[i] for w in words)]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(len(self._columns) - 1, 0)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return column(self._columns[section + 1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row[index.column() + 1])
        if role == ID_ROLE:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = row[index.column() + 1]
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            value = display(row[index.column() + 1])
            # Anything long enough to be cut shows whole on hover; short values never are cut.
            return value if len(value) > 24 else None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (the selection, the current cell) follow their record's id, so a
        # sort never leaves the selection on whoever now stands in the old row.
        persistent = self.persistentIndexList()
        held = [(self.row_id(i.row()), i.column()) for i in persistent]
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        if self._query:
            matching = set(self._visible)
            self._visible = [i for i in self._order if i in matching]
        else:
            self._visible = list(self._order)
        if persistent:
            rows = {self._rows[v][0]: r for r, v in enumerate(self._visible)}
            self.changePersistentIndexList(persistent, [
                self.index(rows[rid], col) if rid in rows else QModelIndex() for rid, col in held])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """All rows sorted by one column; blanks last in either direction."""
        keys = self._column_keys.get(column)
        if keys is None:
            c = column + 1
            given = self._sort_keys.get(c)
            if given is not None:
                keys = list(given)
            else:
                keys = [None if (v := row[c]) is None or v == "" else _sort_value(v)
                        for row in self._rows]
            self._column_keys[column] = keys
        filled = [i for i, k in enumerate(keys) if k is not None]
        blanks = [i for i, k in enumerate(keys) if k is None]
        reverse = order == Qt.SortOrder.DescendingOrder
        try:
            filled.sort(key=keys.__getitem__, reverse=reverse)
        except TypeError:  # a column mixing numbers and text: compare as text
            filled.sort(key=lambda i: str(keys[i]), reverse=reverse)
        return filled + blanks

    # -- helpers for views ------------------------------------------------------------------

    def row_id(self, row: int) -> int | None:
        if 0 <= row < len(self._visible):
            return int(self._rows[self._visible[row]][0])
        return None

    def row_of_id(self, record_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._rows[i][0] == record_id:
                return row
        return None

    def visible_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        return len(self._rows)
