"""The cohort's attendance record: people by sessions, rates, absence runs, CSV export.

Session headers wrap the title over two lines and cut only its end (the full title is in the
tooltip). "Joined briefly" (online for less than the Zoom threshold) has its own cell and
counts as recorded and not attended, in the rate and in a run of absences.
"""

from __future__ import annotations

import contextlib
import textwrap
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.attendance import OUTREACH_AFTER, AttendanceMatrix, Brief, MatrixSession
from cohortdesk.domain.enums import MembershipRole
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance, cohorts
from cohortdesk.services.attendance import role_label
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.dates import medium_date
from cohortdesk.ui.sessions.counts import matrix_counts_text
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
FIXED = (QT_TRANSLATE_NOOP("Columns", "Person"), QT_TRANSLATE_NOOP("Columns", "Role"))
TAIL = (QT_TRANSLATE_NOOP("Columns", "Rate"),
        QT_TRANSLATE_NOOP("Columns", "Absences\nin a row"),
        QT_TRANSLATE_NOOP("Columns", "Last attended"))
SESSION_WIDTH = 170
TITLE_CHARS = 22  # a header line of a session column at SESSION_WIDTH
_OUTREACH = QColor("#fff1d6")
_ABSENT = QColor("#f7d4d4")
_ATTENDED = QColor("#dcefe0")
_BRIEF = QColor("#fbeccb")
LEGEND = QT_TRANSLATE_NOOP("AttendanceMatrix", "Joined briefly: online for less than the Zoom "
                           "threshold; it counts as a session missed in the rate and in absences "
                           "in a row.")


def _role(role: str) -> str:
    """A cohort role's label in the app's language (an unknown role as the core says it)."""
    try:
        return vocabulary.label(MembershipRole(role))
    except ValueError:
        return role_label(role)


def session_header(s: MatrixSession) -> str:
    """Title on at most two lines, cut at the end only; then the date and the counts."""
    lines = textwrap.wrap(s.title, TITLE_CHARS, break_long_words=True) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), TITLE_CHARS, placeholder="…")]
    when = medium_date(s.starts_at) if s.starts_at else translate("AttendanceMatrix", "undated")
    counts = matrix_counts_text(s.attended, s.absent, s.brief, s.recorded)
    return "\n".join([*lines, when, counts])


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
                return vocabulary.column(fixed[section])
            return session_header(m.sessions[section - len(fixed)])
        if role == Qt.ItemDataRole.ToolTipRole and section >= len(fixed):
            s = m.sessions[section - len(fixed)]
            when = f" ({medium_date(s.starts_at)})" if s.starts_at else ""
            brief = (translate("AttendanceMatrix", ", {n} joined briefly").format(n=s.brief)
                     if s.brief else "")
            return translate("AttendanceMatrix",
                             "{title}{when}: {attended} attended, {absent} absent{brief}").format(
                title=s.title, when=when, attended=s.attended, absent=s.absent, brief=brief)
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
                return vocabulary.label(cell) if cell else ""
            return (("⚑ " if r.needs_outreach else "") + r.name, _role(r.role),
                    f"{round(r.rate * 100)}%" if r.rate is not None else "",
                    str(r.consecutive_absences) if r.recorded else "", r.last_attended)[col]
        if role == Qt.ItemDataRole.BackgroundRole:
            if col >= first and (cell := r.cells[col - first]) is not None:
                if cell is Brief.JOINED_BRIEFLY:
                    return _BRIEF
                return _ATTENDED if cell.attended else _ABSENT
            if r.needs_outreach:
                return _OUTREACH
        if role == Qt.ItemDataRole.FontRole and r.needs_outreach and col in (0, 3):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == 0 and r.needs_outreach:
            return translate("AttendanceMatrix", "{n} absences in a row: reach out.").format(
                n=r.consecutive_absences)
        if role == Qt.ItemDataRole.ToolTipRole and col >= first \
                and r.cells[col - first] is Brief.JOINED_BRIEFLY:
            return translate("AttendanceMatrix", LEGEND)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class AttendanceMatrixDialog(QDialog):
    def __init__(self, context: AppContext, cohort_id: int | None = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("AttendanceMatrix", "Attendance record"))
        self.resize(1200, 640)
        self.cohort = QComboBox()
        self.cohort.setAccessibleName(translate("AttendanceMatrix", "Cohort"))
        for cid, name in cohorts.cohort_choices(context.store):
            self.cohort.addItem(name, cid)
        if cohort_id is not None:
            self.cohort.setCurrentIndex(max(0, self.cohort.findData(cohort_id)))
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.export_button = QPushButton(translate("AttendanceMatrix", "Export CSV…"))
        self.export_button.setAccessibleName(translate(
                "AttendanceMatrix",
                "Export the attendance record as CSV"))
        self.export_button.clicked.connect(self.export)
        self.flagged = QLabel()
        self.flagged.setWordWrap(True)
        self.legend = QLabel(translate("AttendanceMatrix", LEGEND))
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #555;")
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(False)
        self.table.setAccessibleName(translate("AttendanceMatrix", "Attendance matrix"))
        # Qt elides a multi-line header as one line; the lines are made to fit instead.
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideNone)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AttendanceMatrix", "Cohort:")))
        top.addWidget(self.cohort, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.flagged)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        context.bus.changed.connect(self._on_changed)
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
        m = attendance.matrix(self.context.store, cid)
        self.model.set_matrix(m)
        flagged = m.flagged
        if flagged:
            names = ", ".join(r.name for r in flagged)
            self.flagged.setText(translate("AttendanceMatrix",
                                           "⚑ Reach out: {names} ({OUTREACH_AFTER} or more absences in a "
                                           "row).").format(names=names, OUTREACH_AFTER=OUTREACH_AFTER))
            self.flagged.setStyleSheet("background: #fff1d6; padding: 6px; font-weight: 600;")
        else:
            self.flagged.setText(translate(
                    "AttendanceMatrix",
                    "No member has missed {OUTREACH_AFTER} sessions in a row.").format(
                    OUTREACH_AFTER=OUTREACH_AFTER))
            self.flagged.setStyleSheet("color: #555; padding: 6px;")
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Wide enough for every header line (Qt cannot elide a multi-line header line by
        line); a session column otherwise at most SESSION_WIDTH, which its wrapped title fits."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)  # the app's style sheet makes header text bold
        metrics = QFontMetrics(bold)
        first = len(FIXED) + len(TAIL)
        lines = 1
        for col in range(self.model.columnCount()):
            text = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "").split("\n")
            lines = max(lines, len(text))
            need = max(metrics.horizontalAdvance(line) for line in text) + 24
            width = self.table.columnWidth(col)
            if col >= first:
                width = min(width, SESSION_WIDTH)
            self.table.setColumnWidth(col, max(width, need))
        header.setMinimumHeight(lines * metrics.lineSpacing() + 16)

    def export(self) -> None:
        cid = self.cohort_id()
        if cid is None:
            return
        name = fold(self.cohort.currentText()).replace(" ", "-") or "cohort"
        path, _ = QFileDialog.getSaveFileName(self, translate(
                "AttendanceMatrix",
                "Export the attendance record"),
                                              translate("AttendanceMatrix", "attendance-{session}").format(
                                                  session=name) + ".csv", translate(
                                                      "AttendanceMatrix",
                                                      "CSV (*.csv)"))
        if path:
            m = attendance.matrix(self.context.store, cid)
            self.context.guard(lambda: attendance.export_matrix_csv(m, path))
            self.context.show_status(translate(
                    "AttendanceMatrix",
                    "Exported the attendance record to {path}").format(path=path), 8000)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.context.bus.changed.disconnect(self._on_changed)
        super().done(result)
