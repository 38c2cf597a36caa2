"""The cohort-wide Next steps window: open items from every session, soonest due first,
overdue ones marked. Owner and Jurisdiction lists filter exactly; the search box narrows by
any text (description, owner, jurisdiction). Dates and unassigned owners read as in a
session's Next steps tab ("Jun 12, 2026", "Unassigned")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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
    QWidget,
)

from cohortdesk.services import actions, cohorts
from cohortdesk.store import Changes
from cohortdesk.ui.i18n.dates import format_day
from cohortdesk.ui.sessions.actions_tab import NO_DATE
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.table_model import Index, RowTableModel

translate = QCoreApplication.translate

OVERDUE = QColor("#a11d1d")
OVERDUE_BG = QColor("#fde8e8")
DUE_COLUMN = 0  # visible columns: the id column is hidden by the recipe
OWNER_COLUMN = 2
OVERDUE_COLUMN = 7


class NextStepsModel(RowTableModel):
    def overdue(self, row: int) -> bool:
        """Whether the step in visible `row` is overdue (the core writes "Overdue" or "")."""
        return super().data(self.index(row, OVERDUE_COLUMN)) == "Overdue"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            overdue = self.overdue(index.row())
            if overdue and index.column() in (DUE_COLUMN, OVERDUE_COLUMN):
                return QBrush(OVERDUE if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BG)
            return None
        if role == Qt.ItemDataRole.DisplayRole and index.column() == DUE_COLUMN:
            row = self._rows[self._visible[index.row()]]
            due = row[DUE_COLUMN + 1]
            return (format_day(due) if isinstance(due, dt.date)
                    else translate("ActionsTab", NO_DATE))
        if role == Qt.ItemDataRole.DisplayRole and index.column() == OWNER_COLUMN:
            owner = self._rows[self._visible[index.row()]][OWNER_COLUMN + 1]
            if owner == actions.UNASSIGNED:
                return translate("ActionsTab", "Unassigned")
        if role == Qt.ItemDataRole.DisplayRole and index.column() == OVERDUE_COLUMN:
            return translate("NextSteps", "Overdue") if self.overdue(index.row()) else ""
        return super().data(index, role)


class NextStepsWindow(QDialog):
    def __init__(self, context: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("NextSteps", "Next steps"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cohort = QComboBox()
        self.cohort.setAccessibleName(translate("NextSteps", "Cohort"))
        self.owner = QComboBox()
        self.owner.setAccessibleName(translate("NextSteps", "Owner"))
        self.owner.setMinimumContentsLength(16)
        self.jurisdiction = QComboBox()
        self.jurisdiction.setAccessibleName(translate("NextSteps", "Jurisdiction"))
        self.jurisdiction.setMinimumContentsLength(14)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("NextSteps", "Search descriptions, owners, jurisdictions…"))
        self.filter.setAccessibleName(translate("NextSteps", "Filter"))
        self.filter.setClearButtonEnabled(True)
        self.open_only = QCheckBox(translate("NextSteps", "Open only"))
        self.open_only.setChecked(True)
        self.count = QLabel()
        for text, combo in ((translate("NextSteps", "&Cohort:"), self.cohort),
                            (translate("NextSteps", "O&wner:"), self.owner),
                            (translate("NextSteps", "&Jurisdiction:"), self.jurisdiction)):
            label = QLabel(text)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        layout.addLayout(bar)
        # The search on a line of its own: beside three filters it was left 49 pixels wide.
        search = QHBoxLayout()
        search.addWidget(self.filter, 1)
        search.addWidget(self.open_only)
        search.addWidget(self.count)
        layout.addLayout(search)
        self.model = NextStepsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(translate("NextSteps", "Next steps"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.owner.currentIndexChanged.connect(lambda _i: self.reload())
        self.jurisdiction.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_only.toggled.connect(lambda _b: self.reload())
        self.filter.textChanged.connect(self._filter)
        context.bus.changed.connect(self.on_changed)
        self._fill_cohorts()

    def _fill_cohorts(self) -> None:
        self.cohort.blockSignals(True)
        current = self.cohort.currentData()
        self.cohort.clear()
        self.cohort.addItem(translate("NextSteps", "All cohorts"), None)
        for cid, name in cohorts.cohort_choices(self.context.store):
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

    def _fill_filters(self, cohort_id: int | None, open_only: bool) -> None:
        """Owners and jurisdictions of the items shown, keeping the current choices."""
        owners, places = actions.filter_choices(self.context.store, cohort_id=cohort_id,
                                                open_only=open_only)
        for combo, everyone, choices in (
                (self.owner, translate("NextSteps", "All owners"), owners),
                (self.jurisdiction, translate("NextSteps", "All jurisdictions"),
                 [(p, p) for p in places])):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value, label in choices:
                combo.addItem(translate("ActionsTab", "Unassigned") if value == actions.NO_OWNER
                              else label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def reload(self) -> None:
        cohort_id, open_only = self.cohort.currentData(), self.open_only.isChecked()
        self._fill_filters(cohort_id, open_only)
        rowset = actions.list_actions(self.context.store, cohort_id=cohort_id,
                                      open_only=open_only, today=dt.date.today(),
                                      owner=self.owner.currentData(),
                                      jurisdiction=self.jurisdiction.currentData())
        self.model.set_rowset(rowset)
        self.model.set_filter(self.filter.text())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (2, 150), (3, 120), (4, 64), (5, 190), (6, 110), (7, 70)):
            self.table.setColumnWidth(col, width)
        # Status and Overdue as wide as their words in the app's language ("Pendiente").
        for col in (4, 7):
            self.table.setColumnWidth(col, max(self.table.columnWidth(col),
                                               self.table.sizeHintForColumn(col) + 8))
        self.table.setColumnHidden(6, self.open_only.isChecked())  # "Closed in" is empty then
        self._count()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        overdue = sum(1 for r in range(shown) if self.model.overdue(r))
        text = translate("NextSteps", "{shown} of {total}").format(shown=shown, total=total)
        if overdue:
            text += translate("NextSteps", " · {overdue} overdue").format(overdue=overdue)
        self.count.setText(text)
