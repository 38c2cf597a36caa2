"""Import people: choose a file, check the column mapping, see every row, then import.

Nothing is written until Import is pressed. Reading the file and checking its rows against
the workspace (a second or two for thousands of rows in a big workspace) run on the worker
thread with a progress dialog, as does the import itself: one undoable change ("Undo Import
People from …").

The preview colours rows that are refused (red) and rows with a warning to look at (amber),
shows each row's consent answer, and under the table every message of the selected row in
full.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import cohorts, people_import
from cohortdesk.services.people_import import (
    FIELD_LABELS,
    SKIPPED_WITH_ROW,
    TARGETS,
    CohortTarget,
    Decision,
    ImportPreview,
    ImportSummary,
    PreviewRow,
)
from cohortdesk.ui.exchange.files import ask_open_path
from cohortdesk.ui.exchange.screen import fit_to_screen
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

FILE_FILTER = QT_TRANSLATE_NOOP("ImportPeopleDialog",
                                "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)")
STATUS_TEXT = {"add": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Add"),
               "update": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Update"),
               "same": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Up to date"),
               "refuse": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Refused"),
               "blank": QT_TRANSLATE_NOOP("ImportPeopleDialog", "Empty line")}
REFUSED_FILL = "#fde7e9"
WARNING_FILL = "#fff4ce"
QUIET_TEXT = "#6b7280"  # up to date and empty lines: nothing will happen
# The first is what happens unless the user chooses: fill blank fields, keep values that differ.
CHOICES = (("fill", QT_TRANSLATE_NOOP("ImportPeopleDialog", "Fill blanks, keep ours")),
           ("update", QT_TRANSLATE_NOOP("ImportPeopleDialog", "Take all from the file")),
           ("skip", QT_TRANSLATE_NOOP("ImportPeopleDialog", "Skip")),
           ("merge", QT_TRANSLATE_NOOP("ImportPeopleDialog", "Keep or take per field…")))
# For a row matched by name only.
NEW_PERSON = ("add", QT_TRANSLATE_NOOP("ImportPeopleDialog", "Add as a new person"))
# "What happens" holds the choice (update, skip, choose fields…) for a row that matches someone.
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Row"),
           QT_TRANSLATE_NOOP("Columns", "What happens"),
           QT_TRANSLATE_NOOP("Columns", "Name"),
           QT_TRANSLATE_NOOP("Columns", "Email"),
           QT_TRANSLATE_NOOP("Columns", "Consent"),
           QT_TRANSLATE_NOOP("Columns", "Problems and notes"))
COL_CHOICE, COL_CONSENT, COL_PROBLEMS = 1, 4, 5


class MergeFieldsDialog(QDialog):
    """Field by field: tick what the file should change for this person."""

    def __init__(self, parent: QWidget, row: PreviewRow, chosen: frozenset[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate(
                "ImportPeopleDialog",
                "Merge {value1}").format(value1=row.match_name or row.name))
        self.setAccessibleName(translate("ImportPeopleDialog", "Merge fields"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
                "ImportPeopleDialog",
                "Tick a field to take the file's value; leave it to keep ours:")))
        self.boxes: dict[str, QCheckBox] = {}
        for change in row.changes:
            label = field_label(change.field)
            kind = (translate("ImportPeopleDialog", "differs") if change.conflict
                    else translate("ImportPeopleDialog", "fills a blank"))
            box = QCheckBox(translate(
                    "ImportPeopleDialog",
                    "{label} ({kind}): ours “{value3}” → file's “{value4}”").format(
                    label=label, kind=kind, value3=_clip(change.current), value4=_clip(change.incoming)))
            box.setAccessibleName(translate(
                    "ImportPeopleDialog",
                    "Take {label} from the file").format(label=label))
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
    def __init__(self, context: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("ImportPeopleDialog", "Import people"))
        self.setAccessibleName(translate("ImportPeopleDialog", "Import people"))
        fit_to_screen(self, 1180, 720)
        self.table: SourceTable | None = None
        self.preview_result: ImportPreview | None = None
        self.decisions: dict[int, Decision] = {}
        self.summary: ImportSummary | None = None
        self.loading: Any = None  # the job reading or checking the file, while it runs
        self.source_name = ""  # the file's name, which the import's journal entry records
        self._choice_models: dict[bool, QStandardItemModel] = {}

        self.file_label = QLabel(translate("ImportPeopleDialog",
                                           "Choose a CSV or Excel file exported from a registration form "
                                           "or a spreadsheet."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(translate("ImportPeopleDialog", "Choose file…"))
        choose.setAccessibleName(translate("ImportPeopleDialog", "Choose file"))
        choose.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)

        self.mapping = QTableWidget(0, 2)
        self.mapping.setAccessibleName(translate("ImportPeopleDialog", "Column mapping"))
        self.mapping.setHorizontalHeaderLabels([translate(
                "ImportPeopleDialog",
                "Column in the file"), translate("ImportPeopleDialog", "Imports as")])
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.mapping.verticalHeader().hide()
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        mapping_box = QGroupBox(translate("ImportPeopleDialog", "Columns"))
        QVBoxLayout(mapping_box).addWidget(self.mapping)

        self.rows = QTableWidget(0, len(COLUMNS))
        self.rows.setAccessibleName(translate("ImportPeopleDialog", "Rows to import"))
        self.rows.setHorizontalHeaderLabels([vocabulary.column(c) for c in COLUMNS])
        self.rows.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        consent_header = QTableWidgetItem(vocabulary.column(COLUMNS[COL_CONSENT]))
        consent_header.setToolTip(translate(
                "ImportPeopleDialog",
                "Consent to share contact details, as the file answers it"))
        self.rows.setHorizontalHeaderItem(COL_CONSENT, consent_header)
        self.rows.verticalHeader().hide()
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setWordWrap(False)
        self.rows.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self.counts = QLabel()
        self.counts.setObjectName("importCounts")
        self.details = QLabel()
        self.details.setObjectName("importRowDetails")
        self.details.setAccessibleName(translate(
                "ImportPeopleDialog",
                "Problems and notes of the selected row"))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(48)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #5f6b7a;")
        rows_box = QGroupBox(translate(
                "ImportPeopleDialog",
                "Preview: nothing is written until you press Import"))
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.addWidget(self.counts)
        rows_layout.addWidget(self.rows, 1)
        rows_layout.addWidget(self.details)
        rows_layout.addWidget(self.notes)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(mapping_box)
        split.addWidget(rows_box)
        split.setSizes([340, 840])
        # A wider dialog widens the preview: the mapping's two columns need no more.
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)

        self.add_to_cohort = QCheckBox(translate("ImportPeopleDialog", "Add everyone imported to"))
        self.add_to_cohort.setAccessibleName(translate("ImportPeopleDialog", "Add everyone to a cohort"))
        self.cohort = QComboBox()
        self.cohort.setAccessibleName(translate("ImportPeopleDialog", "Cohort"))
        for cid, name in cohorts.cohort_choices(context.store):
            self.cohort.addItem(name, cid)
        self.role = QComboBox()
        self.role.setAccessibleName(translate("ImportPeopleDialog", "Role"))
        for role in MembershipRole:
            self.role.addItem(vocabulary.label(role), role.value)
        self.stage = QComboBox()
        self.stage.setAccessibleName(translate("ImportPeopleDialog", "Stage"))
        for stage in MembershipStage:
            self.stage.addItem(vocabulary.label(stage), stage.value)
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
        cohort_row.addWidget(QLabel(translate("ImportPeopleDialog", "as")))
        cohort_row.addWidget(self.role)
        cohort_row.addWidget(self.stage)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(translate("ImportPeopleDialog", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(translate("ImportPeopleDialog", "Import"))
        self.import_button.setEnabled(False)
        self.take_all_button = self.buttons.addButton(translate(
                "ImportPeopleDialog",
                "Take all from the file"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.take_all_button.setToolTip(translate("ImportPeopleDialog",
                                                  "Every value that differs from the workspace is "
                                                  "replaced by the file's; blank cells still erase "
                                                  "nothing."))
        self.take_all_button.clicked.connect(self.take_all)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(cohort_row)
        layout.addWidget(self.buttons)

    # -- reading ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(self.context, self, "import",
                             translate("ImportPeopleDialog", "Import people from"),
                             translate("ImportPeopleDialog", FILE_FILTER))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Any:
        """Read and check the file on the worker; the preview fills in when it is done."""
        store = self.context.store
        self.import_button.setEnabled(False)

        def work(progress: Any) -> tuple[SourceTable, dict[int, str], ImportPreview | None,
                                         str]:
            progress(0, 0, translate("ImportPeopleDialog", "Reading {name}…").format(name=path.name))
            table = people_import.read_source(path)
            mapping = people_import.guess_mapping(table.headers)
            try:
                result = people_import.preview(store, table, mapping, progress)
            except ValidationError as exc:  # a mapping to correct: shown in the dialog
                return table, mapping, None, error_text(exc)
            return table, mapping, result, ""

        def done(loaded: tuple[SourceTable, dict[int, str], ImportPreview | None, str]) -> None:
            table, mapping, result, problem = loaded
            self.table = table
            self.source_name = path.name
            self.file_label.setText(translate(
                    "ImportPeopleDialog",
                    "<b>{value1}</b> — read as {description}, {n} rows").format(
                    value1=_html(path.name), description=source_description(table),
                    n=len(table.rows)))
            self._fill_mapping(mapping)
            self._show_preview(result, problem)

        self.loading = self.context.run_job(translate(
                "ImportPeopleDialog",
                "Reading {name}…").format(name=path.name), work, done)
        return self.loading

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        assert self.table is not None
        self.mapping.setRowCount(len(self.table.headers))
        widest = 0
        for i, header in enumerate(self.table.headers):
            item = QTableWidgetItem(header or _no_header(i))
            item.setToolTip(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(i, 0, item)
            combo = QComboBox()
            combo.setAccessibleName(translate(
                    "ImportPeopleDialog",
                    "Import column {value1} as").format(value1=header or i + 1))
            combo.addItem(translate("ImportPeopleDialog", "(do not import)"), "")
            for key, label in TARGETS.items():
                combo.addItem(translate("ImportFields", label), key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(i, "")), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping.setCellWidget(i, 1, combo)
            widest = max(widest, combo.sizeHint().width())
        self.mapping.setColumnWidth(1, widest)  # the choices are never cut
        # Room for the file's column names too (long ones are elided, with a tooltip).
        metrics = self.mapping.fontMetrics()
        names = max((metrics.horizontalAdvance(header or _no_header(i))
                     for i, header in enumerate(self.table.headers)), default=0)
        # The heading itself ("Columna del archivo" in Spanish) is never cut either.
        heading = self.mapping.horizontalHeaderItem(0)
        names = max(names, metrics.horizontalAdvance(heading.text()) if heading else 0)
        first = min(names + 16, 180)
        self.mapping.setMinimumWidth(first + widest + self.mapping.verticalScrollBar().sizeHint()
                                     .width() + 2 * self.mapping.frameWidth() + 4)

    def current_mapping(self) -> dict[int, str]:
        out = {}
        for i in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(i, 1)
            out[i] = combo.currentData() if isinstance(combo, QComboBox) else ""
        return out

    def refresh_preview(self) -> None:
        """Check the rows again with the mapping as the user set it (on the worker)."""
        if self.table is None:
            return
        mapping = self.current_mapping()
        try:
            people_import.check_mapping(mapping)
        except ValidationError as exc:
            self._show_preview(None, error_text(exc))
            return
        store, table = self.context.store, self.table
        self.import_button.setEnabled(False)
        self.loading = self.context.run_job(
            translate("ImportPeopleDialog", "Checking the rows…"),
            lambda progress: people_import.preview(store, table, mapping, progress),
            lambda result: self._show_preview(result, ""))

    def _show_preview(self, result: ImportPreview | None, problem: str) -> None:
        self.preview_result = result
        if result is None:
            self.rows.setRowCount(0)
            self.details.clear()
            self.counts.setText(translate(
                    "ImportPeopleDialog",
                    "<span style='color:#b3261e'>{value1}</span>").format(value1=_html(problem)))
            self.import_button.setEnabled(False)
            return
        self.decisions = {r.row: people_import.default_decision(r) for r in result.rows}
        self._fill_rows(result)

    def _fill_rows(self, result: ImportPreview) -> None:
        table = self.rows
        table.setUpdatesEnabled(False)
        try:
            self._fill_cells(result)
        finally:
            table.setUpdatesEnabled(True)
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        # Names and emails stay readable; the problems column gets the rest, and at least its
        # longest message (the table scrolls sideways rather than cut a message short).
        for column, limit in ((2, 220), (3, 240)):
            table.setColumnWidth(column, min(table.columnWidth(column), limit))
        if any(r.status == "update" for r in result.rows):
            table.setColumnWidth(COL_CHOICE, max(table.columnWidth(COL_CHOICE), 150))
        table.setColumnHidden(COL_CONSENT, "consent" not in result.mapping.values())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # stretching would cut long messages short
        others = sum(table.columnWidth(c) for c in range(COL_PROBLEMS)
                     if not table.isColumnHidden(c))
        room = max(table.viewport().width(), 640) - others
        table.setColumnWidth(COL_PROBLEMS, max(table.columnWidth(COL_PROBLEMS), room))
        self._show_counts()
        keys = result.note_keys or tuple(("", ()) for _ in result.notes)
        self.notes.setText("\n".join(message_text(key, values, text) for text, (key, values)
                                     in zip(result.notes, keys, strict=True)))
        self.details.setText(translate(
                "ImportPeopleDialog",
                "Select a row to read all of its problems and notes.")
                             if result.rows else "")
        self.import_button.setEnabled(any(r.status in ("add", "update") for r in result.rows))

    def _fill_cells(self, result: ImportPreview) -> None:
        table = self.rows
        table.clearContents()
        table.setRowCount(len(result.rows))
        refused, warning = QBrush(QColor(REFUSED_FILL)), QBrush(QColor(WARNING_FILL))
        quiet = QBrush(QColor(QUIET_TEXT))
        for n, r in enumerate(result.rows):
            fill = refused if r.status == "refuse" else warning if r.warnings else None
            consent = r.values.get("consent_share_contact")
            status = translate("ImportPeopleDialog", STATUS_TEXT[r.status])
            cells = [str(r.row), status, "" if r.status == "blank" else r.name,
                     r.email, "" if r.status == "blank" else (
                         translate("ImportPeopleDialog", "Yes") if consent
                         else translate("ImportPeopleDialog", "No")),
                     problems_text(r)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if fill is not None:
                    item.setBackground(fill)
                elif r.status in ("same", "blank"):
                    item.setForeground(quiet)
                if c == COL_PROBLEMS and r.issues:
                    item.setToolTip("\n".join(_issue_text(i) for i in r.issues))
                table.setItem(n, c, item)
            if r.status == "update":
                table.setCellWidget(n, COL_CHOICE, self._choice(r))
            elif r.status == "add" and (r.duplicates or r.same_name_row is not None):
                table.setCellWidget(n, COL_CHOICE, self._duplicate_choice(r))

    def _show_counts(self) -> None:
        """What the import will do, as the rows' choices stand: a row to add that the user
        skips or merges into someone is no longer counted as one to add, and a row that goes
        with a skipped row (people_import.apply) is counted as skipped."""
        result = self.preview_result
        if result is None:
            return
        counts = {"add": 0, "update": 0, "skip": 0}
        skipped, _going_with = people_import.rows_left_out(result, self.decisions)
        for r in result.rows:
            if r.status not in ("add", "update"):
                continue
            decision = self.decisions.get(r.row)
            if r.row in skipped:
                counts["skip"] += 1
            elif r.status == "add" and decision is not None and decision.action == "merge":
                counts["update"] += 1
            else:
                counts[r.status] += 1
        shown = [translate("ImportPeopleDialog", "{n} to add").format(n=counts["add"]),
                 translate("ImportPeopleDialog", "{n} to update").format(n=counts["update"]),
                 translate("ImportPeopleDialog", "{n} refused").format(n=result.count("refuse"))]
        if counts["skip"]:
            shown.append(translate("ImportPeopleDialog", "{n} skipped").format(n=counts["skip"]))
        if result.count("same"):
            shown.append(translate("ImportPeopleDialog", "{n} already up to date").format(
                n=result.count("same")))
        if result.count("blank"):
            shown.append(translate("ImportPeopleDialog", "{n} empty").format(
                n=result.count("blank")))
        warned = sum(1 for r in result.rows if r.status != "refuse" and r.warnings)
        if warned:
            shown.append(translate("ImportPeopleDialog",
                                   "{n} with a warning to check (amber)").format(n=warned))
        self.counts.setText(", ".join(shown))

    def _show_details(self, index: int) -> None:
        result = self.preview_result
        if result is None or not 0 <= index < len(result.rows):
            self.details.clear()
            return
        r = result.rows[index]
        lines = [_issue_text(i) for i in r.issues]
        for c in r.conflicts:
            lines.append(translate("ImportPeopleDialog",
                                   "Differs, {field}: ours “{current}” → file's “{incoming}” "
                                   "(kept unless you take it)").format(
                field=field_label(c.field), current=_clip(c.current),
                incoming=_clip(c.incoming)))
        for c in r.fills:
            lines.append(translate("ImportPeopleDialog", "Fills a blank, {field}: “{incoming}”")
                         .format(field=field_label(c.field),
                                 incoming=_clip(c.incoming)))
        where = translate("ImportPeopleDialog", "Row {row} (line {line} of the file)").format(
            row=r.row, line=r.line)
        self.details.setText(f"<b>{where}</b><br>" + "<br>".join(_html(x) for x in lines)
                             if lines else translate(
                                     "ImportPeopleDialog",
                                     "<b>{where}</b>: nothing to check.").format(where=where))

    def _choice_model(self, by_name: bool) -> QStandardItemModel:
        """One list of choices shared by every row's box (thousands of rows fill quickly)."""
        model = self._choice_models.get(by_name)
        if model is None:
            model = QStandardItemModel(self)
            # A row matched by name only may be someone else: it can be added as new.
            for key, label in CHOICES + ((NEW_PERSON,) if by_name else ()):
                item = QStandardItem(translate("ImportPeopleDialog", label))
                item.setData(key, Qt.ItemDataRole.UserRole)
                model.appendRow(item)
            self._choice_models[by_name] = model
        return model

    def _choice(self, row: PreviewRow) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate(
                "ImportPeopleDialog",
                "What to do with row {row}").format(row=row.row))
        combo.setModel(self._choice_model(row.by_name))

        def changed(_index: int) -> None:
            key = combo.currentData()
            if key == "fill":
                self.decisions[row.row] = people_import.default_decision(row)
            elif key == "merge":
                current = self.decisions.get(row.row, people_import.default_decision(row))
                chosen = current.fields if current.action == "merge" else frozenset(
                    c.field for c in row.changes if not c.current)
                dialog = MergeFieldsDialog(self, row, chosen)
                if dialog.exec() == QDialog.DialogCode.Accepted:
                    self.decisions[row.row] = Decision("merge", dialog.fields())
                else:
                    combo.setCurrentIndex(0)
            else:
                self.decisions[row.row] = Decision(key)
            self._show_counts()

        combo.currentIndexChanged.connect(changed)
        return combo

    def _duplicate_choice(self, row: PreviewRow) -> QComboBox:
        """A row to add that may be someone already here, or an earlier row's person: add,
        merge into them, or skip."""
        combo = QComboBox()
        combo.setAccessibleName(translate(
                "ImportPeopleDialog",
                "What to do with row {row}").format(row=row.row))
        combo.addItem(translate("ImportPeopleDialog", "Add (possible duplicate)"), None)
        for d in row.duplicates:
            combo.addItem(translate(
                    "ImportPeopleDialog",
                    "Merge into {name} (#{person_id})").format(
                    name=d.name, person_id=d.person_id), d.person_id)
        if row.same_name_row is not None:
            # The same person on two rows (once without an email): one person, this row
            # filling what the earlier one leaves blank.
            combo.addItem(translate("ImportPeopleDialog", "Merge into row {row}").format(
                    row=row.same_name_row), f"row {row.same_name_row}")
        combo.addItem(translate("ImportPeopleDialog", "Skip"), -1)

        def changed(_index: int) -> None:
            into = combo.currentData()
            if into is None:
                self.decisions[row.row] = Decision("add")
            elif into == -1:
                self.decisions[row.row] = Decision("skip")
            elif isinstance(into, str):
                self.decisions[row.row] = Decision("merge", frozenset(),
                                                   into_row=int(into.split()[1]))
            else:
                # Fill what they leave blank; values that differ stay theirs.
                self.decisions[row.row] = Decision("merge", frozenset(), into=into)
            self._show_counts()

        combo.currentIndexChanged.connect(changed)
        return combo

    def take_all(self) -> None:
        """Take every differing value from the file, for every row of someone already here."""
        if self.preview_result is None:
            return
        for n, r in enumerate(self.preview_result.rows):
            if r.status == "update" and r.match_row is None:
                combo = self.rows.cellWidget(n, COL_CHOICE)
                if isinstance(combo, QComboBox):
                    combo.setCurrentIndex(1)
                self.decisions[r.row] = Decision("update")

    # -- writing ---------------------------------------------------------------------------

    def cohort_target(self) -> CohortTarget | None:
        if not self.add_to_cohort.isChecked() or self.cohort.currentData() is None:
            return None
        return CohortTarget(int(self.cohort.currentData()),
                            MembershipRole(self.role.currentData()),
                            MembershipStage(self.stage.currentData()))

    def run_import(self) -> bool:
        """Import the previewed rows as one operation on the worker, with progress and Cancel.

        The Import button is the operation's trigger: it stays disabled while the import runs,
        so a double click imports once. False if nothing was started.
        """
        if self.preview_result is None or self.summary is not None:
            return False
        result, decisions = self.preview_result, dict(self.decisions)
        source = self.source_name or result.source

        def done(summary: ImportSummary) -> None:
            self.summary = summary
            self.accept()
            self.context.show_message(translate(
                    "ImportPeopleDialog",
                    "Import finished"), summary_text(summary))
            self.context.show_view("people")

        # On failure or cancel the dialog stays open with the preview, nothing written.
        return self.context.ops.run(
            people_import.apply, result, decisions, cohort=self.cohort_target(),
            name=f"Import people from {source}" if source else "Import people", source=source,
            trigger=self.import_button, initiator=self, progress=translate(
                    "ImportPeopleDialog",
                    "Importing people…"),
            on_success=done)


# The import's names for its fields (services/people_import.py FIELD_LABELS) for the
# catalogue; tests/test_ui_words.py checks that every one of them is here.
IMPORT_FIELDS = (
    QT_TRANSLATE_NOOP("ImportFields", "Given name"),
    QT_TRANSLATE_NOOP("ImportFields", "Family name"),
    QT_TRANSLATE_NOOP("ImportFields", "Full name (split into given and family)"),
    QT_TRANSLATE_NOOP("ImportFields", "Preferred name"),
    QT_TRANSLATE_NOOP("ImportFields", "Pronouns"), QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    QT_TRANSLATE_NOOP("ImportFields", "Organization / jurisdiction"),
    QT_TRANSLATE_NOOP("ImportFields", "City"), QT_TRANSLATE_NOOP("ImportFields", "State / region"),
    QT_TRANSLATE_NOOP("ImportFields", "Email"), QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Bio"), QT_TRANSLATE_NOOP("ImportFields", "Dietary needs"),
    QT_TRANSLATE_NOOP("ImportFields", "Access needs"),
    QT_TRANSLATE_NOOP("ImportFields", "Consent to share contact details"),
    QT_TRANSLATE_NOOP("ImportFields", "Internal notes"), QT_TRANSLATE_NOOP("ImportFields", "Name"),
    QT_TRANSLATE_NOOP("ImportFields", "Organization"), QT_TRANSLATE_NOOP("ImportFields", "File"),
)


def field_label(field: str) -> str:
    """An import field's name in the app's language (the key itself for an unknown one)."""
    return translate("ImportFields", FIELD_LABELS[field]) if field in FIELD_LABELS else field


def _issue_text(issue: Any) -> str:
    label = field_label(issue.field)
    prefix = f"{label}: " if issue.field and issue.severity == "error" else ""
    return prefix + message_text(issue.key, issue.values, issue.message)


def message_text(key: str, values: tuple[tuple[str, str], ...], english: str) -> str:
    """A preview message (people_import.MESSAGES[key]) in the app's language, its values put
    back in; fields by their names here, and duplicates' reasons translated."""
    if key not in people_import.MESSAGES:
        return english
    given = dict(values)
    if "field" in given:
        given["field"] = field_label(given["field"])
    if "fields" in given:
        given["fields"] = ", ".join(field_label(f) for f in given["fields"].split(","))
    if "who" in given:
        for reason in vocabulary.DUPLICATE_REASONS:
            given["who"] = given["who"].replace(f", {reason})",
                                                f", {vocabulary.duplicate_reason(reason)})")
    return translate("ImportMessages", people_import.MESSAGES[key]).format(**given)


def source_description(table: SourceTable) -> str:
    """SourceTable.description in the app's language: "UTF-8 con BOM, separado por comas"."""
    if not table.delimiter:
        return translate("ImportPeopleDialog", "Excel workbook")
    encoding = (translate("ImportPeopleDialog", _ENCODINGS[table.encoding])
                if table.encoding in _ENCODINGS else table.encoding)
    separated = (translate("ImportPeopleDialog", _SEPARATED[table.delimiter])
                 if table.delimiter in _SEPARATED
                 else translate("ImportPeopleDialog", "separated by {mark}").format(
                     mark=repr(table.delimiter)))
    return f"{encoding}, {separated}"


def summary_sentence(summary: ImportSummary) -> str:
    """ImportSummary.sentence in the app's language."""
    parts = [translate("ImportPeopleDialog", "{n} added").format(n=summary.added),
             translate("ImportPeopleDialog", "{n} updated").format(n=summary.updated)]
    if summary.unchanged:
        parts.append(translate("ImportPeopleDialog", "{n} unchanged").format(n=summary.unchanged))
    parts.append(translate("ImportPeopleDialog", "{n} skipped").format(n=len(summary.skipped)))
    parts.append(translate("ImportPeopleDialog", "{n} refused").format(n=len(summary.refused)))
    if summary.blank_rows:
        parts.append(translate("ImportPeopleDialog", "1 empty line") if len(summary.blank_rows) == 1
                     else translate("ImportPeopleDialog", "{n} empty lines").format(
                         n=len(summary.blank_rows)))
    text = ", ".join(parts) + "."
    if summary.conflicts_kept == 1:
        text += " " + translate("ImportPeopleDialog", "1 differing value kept as it was.")
    elif summary.conflicts_kept:
        text += " " + translate("ImportPeopleDialog",
                                "{n} differing values kept as they were.").format(
            n=summary.conflicts_kept)
    if summary.memberships_added:
        text += " " + translate("ImportPeopleDialog", "{n} added to the cohort.").format(
            n=summary.memberships_added)
    return text


def problems_text(row: PreviewRow) -> str:
    """The row's problems first, then warnings, then notes, then what would change."""
    order = {"error": 0, "warning": 1, "note": 2}
    parts = [_issue_text(i) for i in sorted(row.issues, key=lambda i: order[i.severity])]
    if row.conflicts:
        parts.append(translate("ImportPeopleDialog", "Differs: {changes}.").format(
            changes="; ".join(translate("ImportPeopleDialog",
                                        "{field} (ours “{current}” → file's “{incoming}”)").format(
                field=field_label(c.field), current=_clip(c.current, 30),
                incoming=_clip(c.incoming, 30)) for c in row.conflicts)))
    if row.fills:
        parts.append(translate("ImportPeopleDialog", "Fills: {fields}.").format(
            fields=", ".join(field_label(c.field) for c in row.fills)))
    return "  ".join(parts)


def summary_text(summary: ImportSummary) -> str:
    lines = [summary_sentence(summary)]
    if summary.refused:
        lines.append("")
        lines.append(translate("ImportPeopleDialog", "Refused:"))
        lines += ["  " + _row_reason(s) for s in summary.refused[:20]]
    if summary.skipped:
        lines.append("")
        lines.append(translate("ImportPeopleDialog", "Skipped:"))
        lines += ["  " + _row_reason(s) for s in summary.skipped[:20]]
    lines.append("")
    lines.append(translate("ImportPeopleDialog", "Edit ▸ Undo takes the whole import back out."))
    return "\n".join(lines)


def _row_reason(skipped: Any) -> str:
    if skipped.issues:
        reason = "; ".join(f"{field_label(i.field)}: {message_text(i.key, i.values, i.message)}"
                           for i in skipped.issues)
    else:
        reason = (translate("ImportPeopleDialog", _SKIP_REASONS[skipped.reason])
                  if skipped.reason in _SKIP_REASONS else skipped.reason)
    return translate("ImportPeopleDialog", "Row {row} ({name}): {reason}").format(
        row=skipped.row, name=skipped.name, reason=reason)


def _no_header(index: int) -> str:
    return translate("ImportPeopleDialog", "(column {n}, no header)").format(n=index + 1)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# people_import.MESSAGES, for the catalogue: tests/test_ui_words.py checks that every one of
# them is here, word for word.
IMPORT_MESSAGES = (
    QT_TRANSLATE_NOOP("ImportMessages", "No email: allowed, but later imports can match this "
                                        "person only by name."),
    QT_TRANSLATE_NOOP("ImportMessages", "“{value}” is neither a yes nor a no: consent is left as "
                                        "it is (no, for someone new)."),
    QT_TRANSLATE_NOOP("ImportMessages", "No name: enter a given or family name."),
    QT_TRANSLATE_NOOP("ImportMessages", "The name holds only invisible characters (spaces, "
                                        "zero-width or control characters)."),
    QT_TRANSLATE_NOOP("ImportMessages", "{length} characters; {field} may hold at most {limit}."),
    QT_TRANSLATE_NOOP("ImportMessages", "“{value}” is not a valid email address."),
    QT_TRANSLATE_NOOP("ImportMessages", "Ignored 1 value in a column with no header: {shown}."),
    QT_TRANSLATE_NOOP("ImportMessages", "Ignored {count} values in a column with no header: "
                                        "{shown}."),
    QT_TRANSLATE_NOOP("ImportMessages", "Same email as row {row}: this row fills what that row "
                                        "leaves blank."),
    QT_TRANSLATE_NOOP("ImportMessages", "Same email as row {row}: this row fills what that row "
                                        "leaves blank; where they differ ({fields}), row {row}'s "
                                        "value stays unless you take this row's."),
    QT_TRANSLATE_NOOP("ImportMessages", "Same name (and no email) as row {row}: this row fills "
                                        "what that row leaves blank."),
    QT_TRANSLATE_NOOP("ImportMessages", "Same name (and no email) as row {row}: this row fills "
                                        "what that row leaves blank; where they differ "
                                        "({fields}), row {row}'s value stays unless you take "
                                        "this row's."),
    QT_TRANSLATE_NOOP("ImportMessages", "Already in the workspace as {name}."),
    QT_TRANSLATE_NOOP("ImportMessages", "Already in the workspace as {name} (matched by name: "
                                        "this row has no email)."),
    QT_TRANSLATE_NOOP("ImportMessages", "Already in the workspace as {name} (matched by name; "
                                        "this row adds the email {email})."),
    QT_TRANSLATE_NOOP("ImportMessages", "Differs from the workspace in {fields}: kept as it is "
                                        "unless you take the file's value."),
    QT_TRANSLATE_NOOP("ImportMessages", "Possible duplicate of {who}: add, merge into them, or "
                                        "skip."),
    QT_TRANSLATE_NOOP("ImportMessages", "Same name as row {row}, which is also added, with "
                                        "another email or none: add both, merge this row into "
                                        "it, or skip this row."),
    QT_TRANSLATE_NOOP("ImportMessages", "Not imported: {columns}."),
    QT_TRANSLATE_NOOP("ImportMessages", "Values in a column with no header were ignored (row "
                                        "{rows})."),
    QT_TRANSLATE_NOOP("ImportMessages", "Values in a column with no header were ignored (rows "
                                        "{rows})."),
    QT_TRANSLATE_NOOP("ImportMessages", "1 empty line skipped."),
    QT_TRANSLATE_NOOP("ImportMessages", "{count} empty lines skipped."),
)
# Why a row was skipped (people_import.apply).
_SKIP_REASONS = {"already up to date": QT_TRANSLATE_NOOP("ImportPeopleDialog", "already up to date"),
                 "skipped by you": QT_TRANSLATE_NOOP("ImportPeopleDialog", "skipped by you"),
                 SKIPPED_WITH_ROW: QT_TRANSLATE_NOOP("ImportPeopleDialog",
                                                     "same person as a row you skipped")}
_ENCODINGS = {"UTF-8 with BOM": QT_TRANSLATE_NOOP("ImportPeopleDialog", "UTF-8 with BOM"),
              "UTF-8 and Windows-1252": QT_TRANSLATE_NOOP("ImportPeopleDialog",
                                                          "UTF-8 and Windows-1252")}
_SEPARATED = {",": QT_TRANSLATE_NOOP("ImportPeopleDialog", "comma-separated"),
              ";": QT_TRANSLATE_NOOP("ImportPeopleDialog", "semicolon-separated"),
              "\t": QT_TRANSLATE_NOOP("ImportPeopleDialog", "tab-separated")}
