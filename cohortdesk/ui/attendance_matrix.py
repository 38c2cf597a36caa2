"""The cohort's attendance record: people by sessions, rates, absence runs, CSV export."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cohortdesk.domain.attendance import OUTREACH_AFTER, AttendanceMatrix
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance, cohorts
from cohortdesk.services.attendance import role_label
from cohortdesk.store import Changes

Index = QModelIndex | QPersistentModelIndex
FIXED = ("Person", "Role")
TAIL = ("Rate", "Absences\nin a row", "Last attended")
SESSION_WIDTH = 170
_OUTREACH = QColor("#fff1d6")
_ABSENT = QColor("#f7d4d4")
_ATTENDED = QColor("#dcefe0")


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: AttendanceMatrix | None = None

    def set_matrix(self, m: AttendanceMatrix) -> None:
        self.beginResetModel()
        self.matrix = m
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.matrix is None:
            return 0
        return len(FIXED) + len(TAIL) + len(self.matrix.sessions)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.matrix
        if m is None or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = FIXED + TAIL
        if role == Qt.ItemDataRole.DisplayRole:
            if section < len(fixed):
                return fixed[section]
            s = m.sessions[section - len(fixed)]
            when = f"{s.starts_at:%d %b %Y}" if s.starts_at else "undated"
            counts = f"{s.attended} came, {s.absent} absent" if s.recorded else "not recorded"
            return f"{s.title}\n{when}\n{counts}"
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(fixed):
            s = m.sessions[section - len(fixed)]
            return f"{s.title}: {s.attended} attended, {s.absent} absent"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.matrix
        if m is None or not index.isValid():
            return None
        r = m.rows[index.row()]
        col = index.column()
        first = len(FIXED) + len(TAIL)  # the first session column
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= first:
                cell = r.cells[col - first]
                return cell.label if cell else ""
            return (("⚑ " if r.needs_outreach else "") + r.name, role_label(r.role),
                    f"{round(r.rate * 100)}%" if r.rate is not None else "",
                    str(r.consecutive_absences) if r.recorded else "", r.last_attended)[col]
        if role == Qt.ItemDataRole.BackgroundRole:
            if col >= first and (cell := r.cells[col - first]) is not None:
                return _ATTENDED if cell.attended else _ABSENT
            if r.needs_outreach:
                return _OUTREACH
        if role == Qt.ItemDataRole.FontRole and r.needs_outreach and col in (0, 3):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and r.needs_outreach:
            return f"{r.consecutive_absences} absences in a row: reach out."
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AttendanceMatrixDialog(QDialog):
    def __init__(self, window: Any, cohort_id: int | None = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Attendance record")
        self.resize(1200, 640)
        self.cohort = QComboBox()
        self.cohort.setAccessibleName("Cohort")
        for cid, name in cohorts.cohort_choices(window.store):
            self.cohort.addItem(name, cid)
        if cohort_id is not None:
            self.cohort.setCurrentIndex(max(0, self.cohort.findData(cohort_id)))
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setAccessibleName("Export the attendance record as CSV")
        self.export_button.clicked.connect(self.export)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setAccessibleName("Attendance matrix")
        top = QHBoxLayout()
        top.addWidget(QLabel("Cohort:"))
        top.addWidget(self.cohort, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.flagged)
        layout.addWidget(self.table, 1)
        window.bus.changed.connect(self._on_changed)
        self.reload()

    def cohort_id(self) -> int | None:
        data = self.cohort.currentData()
        return int(data) if data is not None else None

    def _on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("registration", "cohort_session", "person",
                                                    "membership"):
            self.reload()

    def reload(self) -> None:
        cid = self.cohort_id()
        if cid is None:
            return
        m = attendance.matrix(self.window_.store, cid)
        self.model.set_matrix(m)
        flagged = m.flagged
        if flagged:
            names = ", ".join(r.name for r in flagged)
            self.flagged.setText(f"⚑ Reach out: {names} ({OUTREACH_AFTER} or more absences "
                                 "in a row).")
            self.flagged.setStyleSheet("background: #fff1d6; padding: 6px; font-weight: 600;")
        else:
            self.flagged.setText(f"No member has missed {OUTREACH_AFTER} sessions in a row.")
            self.flagged.setStyleSheet("color: #555; padding: 6px;")
        self.table.resizeColumnsToContents()
        for col in range(len(FIXED) + len(TAIL), self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), SESSION_WIDTH))

    def export(self) -> None:
        cid = self.cohort_id()
        if cid is None:
            return
        name = fold(self.cohort.currentText()).replace(" ", "-") or "cohort"
        path, _ = QFileDialog.getSaveFileName(self, "Export the attendance record",
                                              f"attendance-{name}.csv", "CSV (*.csv)")
        if path:
            m = attendance.matrix(self.window_.store, cid)
            self.window_.guard(lambda: attendance.export_matrix_csv(m, path))
            self.window_.statusBar().showMessage(f"Exported the attendance record to {path}", 8000)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.window_.bus.changed.disconnect(self._on_changed)
        super().done(result)
