"""The cohort overview of results frameworks, and the technical assistance list.

Both are non-modal windows over the main window: members by indicators with each one's status,
and the cohort's assistance requests filtered by partner and status.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.results import AssistanceStatus, CohortOverview, TrackStatus
from cohortdesk.services import cohorts, results
from cohortdesk.services import technical_assistance as ta
from cohortdesk.store import Changes
from cohortdesk.ui.exchange.files import ask_save_path, offer_open
from cohortdesk.ui.exchange.screen import fit_to_screen
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.i18n.dates import medium_date, month_year, value_text
from cohortdesk.ui.print import paper as paper_setting
from cohortdesk.ui.print.preview import Printable, print_now, show_preview
from cohortdesk.ui.results.chart import STATUS_COLORS
from cohortdesk.ui.results.status_words import explain
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.table_model import Index, RowTableModel

translate = QCoreApplication.translate

_BY_LABEL = {s.label: s for s in TrackStatus}
_EXPLAINED = ("Latest", "Expected today", "Status")  # cells whose tooltip says why


_READINGS = ("Baseline", "Latest", "Expected today", "Target")


def _readings(indicator: Any) -> tuple[str, str, str, str]:
    """An indicator's Baseline, Latest, Expected today and Target cells, as overview_rowset
    writes them, with the app's numbers and month names."""
    latest = indicator.latest
    shown = (f"{value_text(latest.value, indicator.unit)} ({month_year(latest.on_date)})"
             if latest else "—")
    expected = (value_text(round(indicator.expected_today, 2), indicator.unit)
                if indicator.expected_today is not None else "—")
    return (value_text(indicator.baseline_value, indicator.unit), shown, expected,
            value_text(indicator.target_value, indicator.unit))


class OverviewModel(RowTableModel):
    """The overview rows, with the Status column in its colour.

    Hovering the Status or Expected today cell says why: the value the straight line expects
    today against the latest reading, and which way is better.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._why: list[str] = []
        self._values: list[tuple[str, str, str, str]] = []

    def set_overview(self, overview: CohortOverview) -> None:
        self._why = [explain(r.indicator) for r in overview.rows]
        # The readings in the app's language (the rowset has them in English for the CLI).
        self._values = [_readings(r.indicator) for r in overview.rows]
        self.set_rowset(results.overview_rowset(overview))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        last = self.columnCount() - 1
        if (index.isValid() and role == Qt.ItemDataRole.ToolTipRole
                and self._columns[index.column() + 1] in _EXPLAINED):
            row = self._visible[index.row()]
            return self._why[row] if row < len(self._why) else None
        name = self._columns[index.column() + 1] if index.isValid() else ""
        if role == Qt.ItemDataRole.DisplayRole and name in _READINGS:
            row = self._visible[index.row()]
            if row < len(self._values):
                return self._values[row][_READINGS.index(name)]
        if (index.isValid() and role == Qt.ItemDataRole.ToolTipRole
                and self._columns[index.column() + 1] == "Indicator"):
            return super().data(index, Qt.ItemDataRole.DisplayRole)  # the whole name
        if index.isValid() and index.column() == last:
            status = _BY_LABEL.get(str(super().data(index)))
            if status is not None and role == Qt.ItemDataRole.ForegroundRole:
                return STATUS_COLORS[status]
            if status is not None and role == Qt.ItemDataRole.DisplayRole:
                return vocabulary.label(status)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


def _table(model: RowTableModel, sort_column: int = 0,
           order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


def _fit_columns(view: QTableView, widest: int) -> None:
    """Size columns to their contents, but never wider than `widest` (long notes wrap off)."""
    view.resizeColumnsToContents()
    for col in range(view.model().columnCount()):
        view.setColumnWidth(col, min(view.columnWidth(col), widest))


def _cohort_combo(context: AppContext, cohort_id: int | None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(translate("Overview", "Cohort"))
    for cid, name in cohorts.cohort_choices(context.store):
        box.addItem(name, cid)
    if cohort_id is not None:
        box.setCurrentIndex(max(box.findData(cohort_id), 0))
    return box


class ResultsOverview(QDialog):
    def __init__(self, context: AppContext, cohort_id: int | None = None,
                 today: dt.date | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.setWindowTitle(translate("Overview", "Results frameworks"))
        fit_to_screen(self, 1240, 660)
        self.cohort = _cohort_combo(context, cohort_id)
        self.cohort.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Overview", "Find a member or indicator"))
        self.search.setAccessibleName(translate("Overview", "Find"))
        self.search.setClearButtonEnabled(True)
        self.model = OverviewModel(self)
        self.search.textChanged.connect(self.model.set_filter)
        self.table = _table(self.model)
        self.table.setAccessibleName(translate("Overview", "Members by indicator"))
        self.table.doubleClicked.connect(lambda _i: self.open_member())
        self.rule = QLabel(translate("Overview",
                                     "On track: the latest reading is at least as good as the straight "
                                     "line from baseline to target, read at today's date (Expected "
                                     "today). Hover a status to see the comparison."))
        self.rule.setStyleSheet("color: #5b6770;")
        self.rule.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Overview", "Cohort:")))
        top.addWidget(self.cohort, 1)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        # Work on the members at the left; the outputs (files and paper) at the right.
        for entry in ((translate("Overview", "Open member page"), self.open_member, "openMember"),
                      (translate("Overview", "Technical assistance…"), self.open_assistance,
                       "openTa"),
                      None,
                      (translate("Overview", "Export to XLSX…"), self.export_xlsx, "exportXlsx"),
                      (translate("Overview", "Save PDF…"), self.print_pdf, "printPdf"),
                      (translate("Overview", "Print preview…"), self.preview, "printPreview"),
                      (translate("Overview", "Print…"), self.print_now, "printNow")):
            if entry is None:
                buttons.addStretch(1)
                continue
            text, slot, name = entry
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        layout.addLayout(buttons)
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def cohort_id(self) -> int | None:
        data = self.cohort.currentData()
        return int(data) if data is not None else None

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*results.TABLES, "person", "organization", "membership", "cohort",
                           "*") and self.isVisible():
            self.reload()

    def reload(self) -> None:
        cid = self.cohort_id()
        if cid is None:
            self.summary.setText(translate("Overview", "Add a cohort first."))
            return
        overview = self.context.guard(lambda: results.cohort_overview(self.context.store, cid,
                                                                      self.today))
        if overview is None:
            return
        self.model.set_overview(overview)
        counts = ", ".join(f"{overview.count(s)} {vocabulary.label(s).lower()}" for s in TrackStatus)
        missing = len(overview.members_without_framework)
        self.summary.setText(
            translate(
                    "Overview",
                    "{counts} — as of {today}").format(counts=counts,
                                                       today=medium_date(overview.today))
            + (translate(
                    "Overview",
                    ". {missing} members have no framework yet.").format(
                    missing=missing) if missing else "."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The indicator's name takes the room the short columns leave, so none of them is
        # pushed past the right edge; its full text is in the tooltip when it is cut.
        indicator = next((column for column in range(self.model.columnCount())
                          if self.model.headerData(column, Qt.Orientation.Horizontal)
                          == vocabulary.column("Indicator")), None)
        # Before the columns are fitted: a stretched last column is not fitted to its content
        # ("Según lo previsto" came out cut).
        header.setStretchLastSection(indicator is None)
        _fit_columns(self.table, 300)
        if indicator is not None:
            header.setSectionResizeMode(indicator, QHeaderView.ResizeMode.Stretch)

    def selected_person(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def open_member(self, person_id: int | None = None) -> Any:
        from cohortdesk.ui.results.member import MemberFrameworkPage

        cid = self.cohort_id()
        pid = person_id or self.selected_person()
        if cid is None:
            return None
        if pid is None:
            pid = choose_member(self.context, cid, self)
            if pid is None:
                return None
        page = MemberFrameworkPage(self.context, cid, pid, self.today, parent=self.context.host)
        page.show()
        return page

    def open_assistance(self) -> Any:
        dialog = AssistanceList(self.context, self.cohort_id(), parent=self.context.host)
        dialog.show()
        return dialog

    def _save_target(self, caption: str, suffix: str, file_filter: str) -> Path | None:
        """Ask where to save, suggesting "<cohort> results.<suffix>"; None if cancelled."""
        if self.cohort_id() is None:
            return None
        return ask_save_path(self.context, self, "results", caption,
                             translate("Overview", "{cohort} results").format(
                                 cohort=self.cohort.currentText()) + f".{suffix}", file_filter)

    def export_xlsx(self, target: Path | None = None) -> None:
        from cohortdesk.documents.results_xlsx import write_results_xlsx

        cid = self.cohort_id()
        target = target or self._save_target(translate("Overview", "Export results overview"),
                                             "xlsx",
                                             translate("Overview", "Excel workbooks (*.xlsx)"))
        if cid is None or target is None:
            return
        store, today = self.context.store, self.today
        self.context.run_job(
            translate("Overview", "Exporting the results overview…"),
            lambda _p: write_results_xlsx(target, results.cohort_overview(store, cid, today)),
            lambda path: offer_open(self.context.host, translate("Overview", "Results overview"),
                                    translate("Overview", "Exported {path}.").format(path=path),
                                    Path(path)))

    def printable(self) -> Printable | None:
        """The cohort's results frameworks as a PDF on the paper setting (written on the worker)."""
        from cohortdesk.documents.results_pdf import write_results_pdf

        cid = self.cohort_id()
        if cid is None:
            return None
        store, today, paper = self.context.store, self.today, paper_setting.paper(self.context)
        return Printable(
            translate("Overview", "Results frameworks — {cohort}").format(
                cohort=self.cohort.currentText()),
            f"{self.cohort.currentText()} results.pdf",
            lambda path, progress: write_results_pdf(
                path, results.print_data(store, cid, today, progress), paper=paper))

    def preview(self) -> Any:
        printable = self.printable()
        return show_preview(self.context, printable, self) if printable else None

    def print_now(self) -> Any:
        printable = self.printable()
        return print_now(self.context, printable, self) if printable else None

    def print_pdf(self, target: Path | None = None) -> None:
        printable = self.printable()
        target = target or self._save_target(
            translate("Overview", "Save the results frameworks as PDF"), "pdf",
            translate("Overview", "PDF documents (*.pdf)"))
        if printable is None or target is None:
            return
        self.context.run_job(
            translate("Overview", "Writing the results frameworks…"),
            lambda p: printable.write(target, p),
            lambda path: offer_open(self.context.host, translate("Overview", "Results frameworks"),
                                    translate("Overview", "Wrote {path}.").format(path=path),
                                    Path(path)))


def choose_member(context: AppContext, cohort_id: int, parent: Any = None) -> int | None:
    from PySide6.QtWidgets import QInputDialog

    members = results.members_with_frameworks(context.store, cohort_id)
    if not members:
        context.show_message(translate(
                "Overview",
                "No members"), translate("Overview", "This cohort has no members yet."))
        return None
    labels = [name for _pid, name in members]
    text, ok = QInputDialog.getItem(parent or context.host, translate(
            "Overview",
            "Choose a member"), translate("Overview", "Member:"), labels, 0,
                                    False)
    return members[labels.index(text)][0] if ok and text in labels else None


class AssistanceList(QDialog):
    """The cohort's technical assistance requests, filtered by partner and status."""

    def __init__(self, context: AppContext, cohort_id: int | None = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("Overview", "Technical assistance"))
        self.resize(1180, 520)
        self.cohort = _cohort_combo(context, cohort_id)
        self.partner = QComboBox()
        self.partner.setAccessibleName(translate("Overview", "Partner"))
        self.status = QComboBox()
        self.status.setAccessibleName(translate("Overview", "Status"))
        self.status.addItem(translate("Overview", "Any status"), None)
        for s in AssistanceStatus:
            self.status.addItem(vocabulary.label(s), s)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Overview", "Find a member, need or note"))
        self.search.setAccessibleName(translate("Overview", "Find"))
        self.search.setClearButtonEnabled(True)
        self.model = RowTableModel(self)
        self.search.textChanged.connect(self.model.set_filter)
        # Newest request first: column 4 is "Requested" (column 0, the id, is hidden).
        self.table = _table(self.model, 4, Qt.SortOrder.DescendingOrder)
        self.table.setAccessibleName(translate("Overview", "Assistance requests"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.count = QLabel()
        self.count.setObjectName("taCount")

        filters = QHBoxLayout()
        for label, widget in ((translate("Overview", "Cohort:"), self.cohort),
                              (translate("Overview", "Partner:"), self.partner),
                              (translate("Overview", "Status:"), self.status)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget, 1)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("Overview", "New request…"))
        self.new_button.clicked.connect(lambda _c=False: self.new_request())
        self.edit_button = QPushButton(translate("Overview", "Edit…"))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.delete_button = QPushButton(translate("Overview", "Delete…"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setEnabled(not context.store.read_only)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.cohort.currentIndexChanged.connect(lambda _i: self._fill_partners())
        self.partner.currentIndexChanged.connect(lambda _i: self.reload())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        context.bus.changed.connect(self._on_changed)
        self._fill_partners()

    def cohort_id(self) -> int | None:
        data = self.cohort.currentData()
        return int(data) if data is not None else None

    def _fill_partners(self) -> None:
        cid = self.cohort_id()
        current = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(translate("Overview", "Any partner"), None)
        self.partner.addItem(translate("Overview", "Not yet assigned"), ta.NO_PARTNER)
        if cid is not None:
            for oid, name in ta.partner_choices(self.context.store, cid):
                self.partner.addItem(name, oid)
        self.partner.setCurrentIndex(max(self.partner.findData(current), 0))
        self.partner.blockSignals(False)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("technical_assistance_request", "person", "organization",
                           "membership", "*") and self.isVisible():
            self._fill_partners()

    def reload(self) -> None:
        cid = self.cohort_id()
        if cid is None:
            return
        rowset = self.context.guard(lambda: ta.list_requests(
            self.context.store, cid, partner_id=self.partner.currentData(),
            status=self.status.currentData()))
        if rowset is None:
            return
        self.model.set_rowset(rowset)
        n = len(rowset.rows)
        self.count.setText(translate(
                "Overview",
                "{n} request").format(n=n) if n == 1 else translate("Overview", "{n} requests").format(n=n))
        _fit_columns(self.table, 340)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def new_request(self) -> Any:
        from cohortdesk.ui.results.forms import AssistanceForm

        cid = self.cohort_id()
        if cid is None:
            return None
        form = AssistanceForm(self.context, cid, parent=self)
        form.open()
        return form

    def edit_selected(self) -> Any:
        from cohortdesk.ui.results.forms import AssistanceForm

        rid, cid = self.selected_id(), self.cohort_id()
        if rid is None or cid is None or self.context.store.read_only:
            return None
        current = self.context.guard(lambda: ta.get_request(self.context.store, rid))
        if current is None:
            return None
        form = AssistanceForm(self.context, cid, current, parent=self)
        form.open()
        return form

    def delete_selected(self) -> None:
        rid = self.selected_id()
        if rid is None:
            return
        if self.context.confirm(translate("Overview", "Delete request"),
                                translate("Overview", "Delete this assistance request?"),
                                translate("Overview", "Delete")):
            self.context.ops.run(ta.delete_request, rid, trigger=self.delete_button,
                                 initiator=self)

