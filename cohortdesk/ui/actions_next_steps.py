"""The cohort-wide Next steps window: open items from every session, soonest due first,
overdue ones marked, filtered by owner or jurisdiction as you type."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from cohortdesk.services import actions, cohorts
from cohortdesk.store import Changes
from cohortdesk.ui.table_model import Index, RowTableModel

if TYPE_CHECKING:
    from cohortdesk.ui.main_window import MainWindow

OVERDUE = QColor("#a11d1d")
OVERDUE_BG = QColor("#fde8e8")
DUE_COLUMN = 0  # visible columns: the id column is hidden by the recipe
OVERDUE_COLUMN = 7


class NextStepsModel(RowTableModel):
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            overdue = super().data(self.index(index.row(), OVERDUE_COLUMN)) == "Overdue"
            if overdue and index.column() in (DUE_COLUMN, OVERDUE_COLUMN):
                return QBrush(OVERDUE if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BG)
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DUE_COLUMN:
            value = super().data(index)
            return value or "No date"
        return super().data(index, role)


class NextStepsWindow(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Next steps")
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cohort = QComboBox()
        self.cohort.setAccessibleName("Cohort")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter by owner, jurisdiction or text…")
        self.filter.setAccessibleName("Filter")
        self.filter.setClearButtonEnabled(True)
        self.open_only = QCheckBox("Open only")
        self.open_only.setChecked(True)
        self.count = QLabel()
        bar.addWidget(QLabel("Cohort:"))
        bar.addWidget(self.cohort)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.open_only)
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.model = NextStepsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Next steps")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_only.toggled.connect(lambda _b: self.reload())
        self.filter.textChanged.connect(self._filter)
        window.bus.changed.connect(self.on_changed)
        self._fill_cohorts()

    def _fill_cohorts(self) -> None:
        self.cohort.blockSignals(True)
        current = self.cohort.currentData()
        self.cohort.clear()
        self.cohort.addItem("All cohorts", None)
        for cid, name in cohorts.cohort_choices(self.window_.store):
            self.cohort.addItem(name, cid)
        if self.cohort.count() == 2:
            self.cohort.setCurrentIndex(1)
        elif current is not None:
            self.cohort.setCurrentIndex(max(0, self.cohort.findData(current)))
        self.cohort.blockSignals(False)
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("cohort"):
            self._fill_cohorts()
        elif changes.touches("action_item", "person", "organization", "cohort_session"):
            self.reload()

    def reload(self) -> None:
        rowset = actions.list_actions(self.window_.store, cohort_id=self.cohort.currentData(),
                                      open_only=self.open_only.isChecked(),
                                      today=dt.date.today())
        self.model.set_rowset(rowset)
        self.model.set_filter(self.filter.text())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (2, 150), (3, 120), (4, 64), (5, 190), (6, 110), (7, 70)):
            self.table.setColumnWidth(col, width)
        self.table.setColumnHidden(6, self.open_only.isChecked())  # "Closed in" is empty then
        self._count()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        overdue = sum(1 for r in range(shown)
                      if self.model.data(self.model.index(r, OVERDUE_COLUMN)) == "Overdue")
        self.count.setText(f"{shown} of {total}" + (f" · {overdue} overdue" if overdue else ""))
