"""The Next steps tab of a session: items carried forward into it and items raised in it.

Marking an item done or dropped here records this session as where it was closed, so the
next session no longer carries it. After any change the selection stays on the same item
(by id), never on whatever now sits in that row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.agenda import ActionStatus
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.services import actions
from cohortdesk.services.actions import ActionData, ActionRecord
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.dates import format_day
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.form import ERROR_STYLE
from cohortdesk.ui.widgets.person_choice import PersonBox
from cohortdesk.ui.widgets.seen_changes import follow_seen_changes

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Next step"),
           QT_TRANSLATE_NOOP("Columns", "Owner"),
           QT_TRANSLATE_NOOP("Columns", "Jurisdiction"),
           QT_TRANSLATE_NOOP("Columns", "Due"),
           QT_TRANSLATE_NOOP("Columns", "Status"),
           QT_TRANSLATE_NOOP("Columns", "Raised in"))
NO_DATE = QT_TRANSLATE_NOOP("ActionsTab", "No date")
OVERDUE = QColor("#a11d1d")
CLOSED = QColor("#777777")


def due_text(record: ActionRecord, today: dt.date) -> str:
    if record.due_on is None:
        return translate("ActionsTab", NO_DATE)
    text = format_day(record.due_on)
    return (translate("ActionsTab", "{day} (overdue)").format(day=text)
            if record.is_overdue(today) else text)


class ActionDialog(QDialog):
    """A next step's fields. With `save` (the tab's), Save runs it as one operation and the
    dialog stays open to show a problem ("say what is to be done") next to the fields."""

    def __init__(self, store: Any, parent: QWidget | None = None,
                 record: ActionRecord | None = None, *,
                 save: Callable[[ActionDialog], None] | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(translate(
                "ActionsTab",
                "Next step") if record is None else translate("ActionsTab", "Edit next step"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description = QPlainTextEdit(record.description if record else "")
        self.description.setAccessibleName(translate("ActionsTab", "What is to be done"))
        self.description.setFixedHeight(70)
        self.owner = PersonBox(translate("ActionsTab", "Owner"),
                               (translate("ActionsTab", "Unassigned"), None), store,
                               record.owner_id if record else None)
        self.has_due = QCheckBox(translate("ActionsTab", "Due"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMM yyyy")  # as every other date field ("2 ene 2027")
        self.due.setAccessibleName(translate("ActionsTab", "Due date"))
        due = record.due_on if record and record.due_on else dt.date.today() + dt.timedelta(30)
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.has_due.setChecked(record is None or record.due_on is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("ActionsTab", "Status"))
        for s in ActionStatus:
            self.status.addItem(vocabulary.label(s), s)
        self.status.setCurrentIndex(self.status.findData(record.status if record
                                                         else ActionStatus.OPEN))
        form.addRow(translate("ActionsTab", "&What:"), self.description)
        form.addRow(translate("ActionsTab", "&Owner:"), self.owner)
        form.addRow("", due_row)
        form.addRow(translate("ActionsTab", "&Status:"), self.status)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save(self) -> None:
        self.error.hide()
        if self._save is None:
            self.accept()
        else:
            self._save(self)

    def failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()
        if isinstance(exc, ValidationError) and exc.field == "description":
            self.description.setFocus()

    def data(self) -> ActionData:
        d = self.due.date()
        return ActionData(
            description=self.description.toPlainText(), owner_id=self.owner.currentData(),
            due_on=dt.date(d.year(), d.month(), d.day()) if self.has_due.isChecked() else None,
            status=self.status.currentData())


class ActionTable(QTableWidget):
    def __init__(self, name: str) -> None:
        super().__init__(0, len(COLUMNS))
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels([vocabulary.column(c) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)  # one line a step: long text elides, its tooltip has it all
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(COLUMNS)):  # names, places, dates, statuses: never cut
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Interactive)  # a session title
        self.setColumnWidth(5, 170)
        self.records: list[ActionRecord] = []

    def set_records(self, records: list[ActionRecord], today: dt.date) -> None:
        """Show `records`, keeping the selected item (by id) selected if it is still here."""
        chosen = self.current_record()
        keep = chosen.id if chosen is not None else None
        self.blockSignals(True)
        self.clearSelection()
        self.setCurrentCell(-1, -1)
        self.records = records
        self.setRowCount(len(records))
        for row, r in enumerate(records):
            values = (r.description, r.owner_name or translate("ActionsTab", "Unassigned"),
                      r.owner_jurisdiction,
                      due_text(r, today), vocabulary.label(r.status), r.raised_session_title)
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if col in (0, 5):
                    cell.setToolTip(value)
                if r.is_overdue(today) and col == 3:
                    cell.setForeground(OVERDUE)
                if r.status != ActionStatus.OPEN:
                    cell.setForeground(CLOSED)
                self.setItem(row, col, cell)
        again = next((n for n, r in enumerate(records) if r.id == keep), None)
        if again is not None:
            self.selectRow(again)
        self.blockSignals(False)

    def current_record(self) -> ActionRecord | None:
        """The selected item: none when nothing is selected."""
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        row = min(rows) if rows else -1
        return self.records[row] if 0 <= row < len(self.records) else None


class ActionsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
                ("add", translate("ActionsTab", "&Add next step…"), self.add),
                ("edit", translate("ActionsTab", "Edit…"), self.edit),
                ("done", translate("ActionsTab", "Mark &done"),
                 lambda: self.close_as(ActionStatus.DONE)),
                ("drop", translate("ActionsTab", "Drop"),
                 lambda: self.close_as(ActionStatus.DROPPED)),
                ("reopen", translate("ActionsTab", "Reopen"),
                 lambda: self.close_as(ActionStatus.OPEN)),
                ("delete", translate("ActionsTab", "Delete"), self.delete)):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        layout.addLayout(bar)
        self.carried_label = QLabel()
        layout.addWidget(self.carried_label)
        self.carried = ActionTable(translate("ActionsTab", "Carried forward"))
        layout.addWidget(self.carried, 1)
        self.raised_label = QLabel()
        layout.addWidget(self.raised_label)
        self.raised = ActionTable(translate("ActionsTab", "Raised in this session"))
        self.raised.setColumnHidden(5, True)  # they were all raised here
        layout.addWidget(self.raised, 1)
        layout.addStretch(0)  # takes the room empty tables leave
        for table in (self.carried, self.raised):
            table.itemDoubleClicked.connect(lambda _i: self.edit())
            table.itemSelectionChanged.connect(lambda t=table: self._focus(t))
        self._active: ActionTable = self.raised
        follow_seen_changes(context, self, self.on_changed)
        self.set_session(None)

    def _focus(self, table: ActionTable) -> None:
        if table.selectedItems():
            self._active = table
            other = self.raised if table is self.carried else self.carried
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.session_id is not None and ("*" in changes.tables or changes.touches(
                "action_item", "person", "organization", "cohort_session")):
            self.reload()

    def reload(self) -> None:
        today = dt.date.today()
        carried: list[ActionRecord] = []
        raised: list[ActionRecord] = []
        if self.session_id is not None:
            try:
                carried = list(actions.carried_into(self.context.store, self.session_id))
                raised = list(actions.raised_in(self.context.store, self.session_id))
            except NotFoundError:
                self.session_id = None
        self.carried.set_records(carried, today)
        self.raised.set_records(raised, today)
        still_open = sum(1 for r in carried if r.status == ActionStatus.OPEN)
        overdue = sum(1 for r in carried if r.is_overdue(today))
        extra = (", <span style='color:#a11d1d'>" + translate("ActionsTab", "{n} overdue").format(
            n=overdue) + "</span>") if overdue else ""
        self.carried_label.setText(translate(
            "ActionsTab", "<b>Carried forward from earlier sessions</b> — {still_open} still "
            "open{extra}").format(still_open=still_open, extra=extra))
        if not carried:
            self.carried_label.setText(translate(
                    "ActionsTab",
                    "<b>Carried forward from earlier sessions</b> — none"))
        # An empty table is not drawn as an empty box: its heading says "none".
        self.carried.setVisible(bool(carried))
        self.raised.setVisible(bool(raised))
        if raised:
            self.raised_label.setText(translate(
                    "ActionsTab",
                    "<b>Raised in this session</b> — {n}").format(n=len(raised)))
        else:  # was overwritten by "— 0" just below it
            self.raised_label.setText(translate("ActionsTab",
                                                "<b>Raised in this session</b> — none yet"))
        writable = self.session_id is not None and not self.context.store.read_only
        for b in self.buttons.values():
            b.setEnabled(writable)

    def current(self) -> ActionRecord | None:
        return self._active.current_record()

    def _run(self, fn: Any, *args: Any, trigger: str, **kwargs: Any) -> None:
        self.context.ops.run(fn, *args, initiator=self, trigger=self.buttons[trigger], **kwargs)

    def _in_dialog(self, dialog: ActionDialog, fn: Any, *args: Any, **kwargs: Any) -> None:
        self.context.ops.run(fn, *args, dialog.data(), initiator=self, trigger=dialog.save_button,
                             on_success=lambda _v: dialog.accept(), on_failure=dialog.failed,
                             **kwargs)

    def add(self) -> None:
        if self.session_id is None:
            return
        sid = self.session_id
        ActionDialog(self.context.store, self, save=lambda d: self._in_dialog(
            d, actions.add_action, sid)).exec()

    def edit(self) -> None:
        record = self.current()
        if record is None:
            return
        sid = self.session_id
        ActionDialog(self.context.store, self, record, save=lambda d: self._in_dialog(
            d, actions.update_action, record.id, closing_session_id=sid)).exec()

    def close_as(self, status: ActionStatus) -> None:
        record = self.current()
        if record is None or record.status == status:
            return
        key = {ActionStatus.DONE: "done", ActionStatus.DROPPED: "drop"}.get(status, "reopen")
        self._run(actions.set_status, record.id, status, closing_session_id=self.session_id,
                  trigger=key)

    def delete(self) -> None:
        record = self.current()
        if record is not None:
            self._run(actions.delete_action, record.id, trigger="delete")
