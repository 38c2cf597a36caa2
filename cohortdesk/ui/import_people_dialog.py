"""Import people: choose a file, check the column mapping, see every row, then import.

Nothing is written until Import is pressed; the import itself runs on the worker thread as
one undoable change ("Undo Import People from …").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.documents.tabular_read import SourceTable
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import cohorts, people_import
from cohortdesk.services.people_import import (
    FIELD_LABELS,
    TARGETS,
    CohortTarget,
    Decision,
    ImportPreview,
    ImportSummary,
    PreviewRow,
)

FILE_FILTER = "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"
STATUS_TEXT = {"add": "Add", "update": "Update", "same": "Up to date", "refuse": "Refused",
               "blank": "Empty line"}
STATUS_COLOR = {"refuse": "#fde7e9", "update": "#fff4ce", "blank": "#f3f4f6", "same": "#f3f4f6"}
CHOICES = (("update", "Update"), ("skip", "Skip"), ("merge", "Choose fields…"))


class MergeFieldsDialog(QDialog):
    """Field by field: tick what the file should change for this person."""

    def __init__(self, parent: QWidget, row: PreviewRow, chosen: frozenset[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Merge {row.match_name or row.name}")
        self.setAccessibleName("Merge fields")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Tick the fields the file should change:"))
        self.boxes: dict[str, QCheckBox] = {}
        for change in row.changes:
            label = FIELD_LABELS.get(change.field, change.field)
            box = QCheckBox(f"{label}: “{_clip(change.current)}” → “{_clip(change.incoming)}”")
            box.setAccessibleName(f"Take {label} from the file")
            box.setChecked(change.field in chosen)
            self.boxes[change.field] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fields(self) -> frozenset[str]:
        return frozenset(f for f, box in self.boxes.items() if box.isChecked())


def _clip(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ImportPeopleDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Import people")
        self.setAccessibleName("Import people")
        self.resize(1080, 720)
        self.table: SourceTable | None = None
        self.preview_result: ImportPreview | None = None
        self.decisions: dict[int, Decision] = {}
        self.summary: ImportSummary | None = None

        self.file_label = QLabel("Choose a CSV or Excel file exported from a registration form "
                                 "or a spreadsheet.")
        self.file_label.setWordWrap(True)
        choose = QPushButton("Choose file…")
        choose.setAccessibleName("Choose file")
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName("Column mapping")
        self.mapping.setHorizontalHeaderLabels(["Column in the file", "Imports as"])
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mapping_box = QGroupBox("Columns")
        QVBoxLayout(mapping_box).addWidget(self.mapping)

        self.rows = QTableWidget(0, 6)
        self.rows.setAccessibleName("Rows to import")
        self.rows.setHorizontalHeaderLabels(["Row", "What happens", "Name", "Email",
                                             "If already known", "Problems and notes"])
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setWordWrap(False)
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5f6b7a;")
        rows_box = QGroupBox("Preview: nothing is written until you press Import")
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self.counts)
        rows_layout.addWidget(self.rows, 1)
        rows_layout.addWidget(self.notes)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(mapping_box)
        split.addWidget(rows_box)
        split.setSizes([320, 760])

        self.add_to_cohort = QCheckBox("Add everyone imported to")
        self.add_to_cohort.setAccessibleName("Add everyone to a cohort")
        self.cohort = QComboBox()
        self.cohort.setAccessibleName("Cohort")
        for cid, name in cohorts.cohort_choices(window.store):
            self.cohort.addItem(name, cid)
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for role in MembershipRole:
            self.role.addItem(role.label, role.value)
        self.stage = QComboBox()
        self.stage.setAccessibleName("Stage")
        for stage in MembershipStage:
            self.stage.addItem(stage.label, stage.value)
        self.stage.setCurrentIndex(self.stage.findData(MembershipStage.ACTIVE.value))
        has_cohorts = self.cohort.count() > 0
        self.add_to_cohort.setEnabled(has_cohorts)
        for w in (self.cohort, self.role, self.stage):
            w.setEnabled(False)

        def enable_cohort_fields(on: bool) -> None:
            for w in (self.cohort, self.role, self.stage):
                w.setEnabled(on)

        self.add_to_cohort.toggled.connect(enable_cohort_fields)
        cohort_row = QHBoxLayout()
        cohort_row.addWidget(self.add_to_cohort)
        cohort_row.addWidget(self.cohort, 1)
        cohort_row.addWidget(QLabel("as"))
        cohort_row.addWidget(self.role)
        cohort_row.addWidget(self.stage)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName("Import")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(cohort_row)
        layout.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import people from", str(Path.home()),
                                              FILE_FILTER)
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> bool:
        try:
            self.table = people_import.read_source(path)
        except CohortDeskError as exc:
            self.window_.show_error(exc)
            return False
        self.file_label.setText(f"<b>{_html(path.name)}</b> — read as {self.table.description}, "
                                f"{len(self.table.rows)} rows")
        self._fill_mapping(people_import.guess_mapping(self.table.headers))
        self.refresh_preview()
        return True

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        assert self.table is not None
        self.mapping.setRowCount(len(self.table.headers))
        for i, header in enumerate(self.table.headers):
            item = QTableWidgetItem(header or f"(column {i + 1}, no header)")
            item.setToolTip(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(i, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(f"Import column {header or i + 1} as")
            combo.addItem("(do not import)", "")
            for key, label in TARGETS.items():
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(i, "")), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping.setCellWidget(i, 1, combo)

    def current_mapping(self) -> dict[int, str]:
        out = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 1)
            out[i] = combo.currentData() if isinstance(combo, QComboBox) else ""
        return out

    def refresh_preview(self) -> None:
        if self.table is None:
            return
        try:
            self.preview_result = people_import.preview(self.window_.store, self.table,
                                                self.current_mapping())
        except CohortDeskError as exc:
            self.preview_result = None
            self.rows.setRowCount(0)
            self.counts.setText(f"<span style='color:#b3261e'>{_html(str(exc))}</span>")
            self.import_button.setEnabled(False)
            return
        self.decisions = {r.row: people_import.default_decision(r) for r in self.preview_result.rows}
        self._fill_rows(self.preview_result)

    def _fill_rows(self, result: ImportPreview) -> None:
        self.rows.setRowCount(len(result.rows))
        for n, r in enumerate(result.rows):
            color = STATUS_COLOR.get(r.status)
            problems = "; ".join(
                (f"{FIELD_LABELS.get(i.field, i.field)}: " if i.field and i.severity == "error"
                 else "") + i.message for i in r.issues)
            if r.changes:
                problems += ("; " if problems else "") + "Changes: " + ", ".join(
                    FIELD_LABELS.get(c.field, c.field) for c in r.changes)
            cells = [str(r.row), STATUS_TEXT[r.status], "" if r.status == "blank" else r.name,
                     r.email, "", problems]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 5:
                    item.setToolTip("\n".join(i.message for i in r.issues))
                if color:
                    item.setBackground(QBrush(QColor(color)))
                self.rows.setItem(n, c, item)
            if r.status == "update":
                self.rows.setCellWidget(n, 4, self._choice(r))
            else:
                self.rows.removeCellWidget(n, 4)
        self.rows.resizeColumnsToContents()
        self.rows.setColumnWidth(4, max(self.rows.columnWidth(4), 150))
        self.rows.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        counts = [f"{result.count('add')} to add", f"{result.count('update')} to update",
                  f"{result.count('refuse')} refused"]
        if result.count("same"):
            counts.append(f"{result.count('same')} already up to date")
        if result.count("blank"):
            counts.append(f"{result.count('blank')} empty")
        self.counts.setText(", ".join(counts))
        self.notes.setText("\n".join(result.notes))
        self.import_button.setEnabled(any(r.status in ("add", "update") for r in result.rows))

    def _choice(self, row: PreviewRow) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(f"What to do with row {row.row}")
        for key, label in CHOICES:
            combo.addItem(label, key)

        def changed(_index: int) -> None:
            key = combo.currentData()
            if key == "merge":
                current = self.decisions.get(row.row, Decision("update"))
                chosen = current.fields if current.action == "merge" else frozenset(
                    c.field for c in row.changes if not c.current)
                dialog = MergeFieldsDialog(self, row, chosen)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    self.decisions[row.row] = Decision("merge", dialog.fields())
                else:
                    combo.setCurrentIndex(0)
            else:
                self.decisions[row.row] = Decision(key)

        combo.currentIndexChanged.connect(changed)
        return combo

    # -- writing ---------------------------------------------------------------------------

    def cohort_target(self) -> CohortTarget | None:
        if not self.add_to_cohort.isChecked() or self.cohort.currentData() is None:
            return None
        return CohortTarget(int(self.cohort.currentData()),
                            MembershipRole(self.role.currentData()),
                            MembershipStage(self.stage.currentData()))

    def run_import(self) -> None:
        if self.preview_result is None:
            return
        store, result, decisions = self.window_.store, self.preview_result, dict(self.decisions)
        target = self.cohort_target()
        self.import_button.setEnabled(False)

        def work(progress: Any) -> ImportSummary:
            return people_import.apply(store, result, decisions, cohort=target,
                                       progress=progress, source=self)

        def done(summary: ImportSummary) -> None:
            self.summary = summary
            self.accept()
            self.window_.show_message("Import finished", summary_text(summary))
            if "people" in getattr(self.window_, "views", {}):
                self.window_.show_view("people")

        self.window_.run_job("Importing people…", work, done)
        # On failure or cancel the dialog stays open with the preview, nothing written.
        self.import_button.setEnabled(True)


def summary_text(summary: ImportSummary) -> str:
    lines = [summary.sentence()]
    if summary.refused:
        lines.append("")
        lines.append("Refused:")
        lines += [f"  Row {s.row} ({s.name}): {s.reason}" for s in summary.refused[:20]]
    if summary.skipped:
        lines.append("")
        lines.append("Skipped:")
        lines += [f"  Row {s.row} ({s.name}): {s.reason}" for s in summary.skipped[:20]]
    lines.append("")
    lines.append("Edit ▸ Undo takes the whole import back out.")
    return "\n".join(lines)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
