"""Sync conflicts: the open ones, Mine and Theirs per field, and keeping one side.

Keeping a side is an ordinary operation (`services.sync.resolve_conflict` through
`context.ops.run`): Edit › Undo (Ctrl+Z, here too) brings the other value back, and the choice
goes to everyone at the next sync. The list follows `context.bus.changed`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.services import sync as sync_service
from cohortdesk.services.sync import ConflictRecord
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.dates import month_year
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Record"),
           QT_TRANSLATE_NOOP("Columns", "Field"),
           QT_TRANSLATE_NOOP("Columns", "Mine"),
           QT_TRANSLATE_NOOP("Columns", "Theirs"))


def field_title(name: str) -> str:
    if name == "*":
        return translate("ConflictsDialog", "The whole record")
    return name.replace("_", " ").capitalize()


def show_value(value: Any, whole: bool) -> str:
    """A value as the user reads it in one cell."""
    if whole:
        if value is None:
            return translate("ConflictsDialog", "Deleted")
        shown = [f"{field_title(k)}: {v}" for k, v in dict(value).items()
                 if v not in (None, "") and not k.endswith("_id") and not isinstance(v, dict)]
        return (translate("ConflictsDialog", "Kept, with its edits — {fields}").format(
                    fields="; ".join(shown[:4])) if shown
                else translate("ConflictsDialog", "Kept, with its edits"))
    if value is None or value == "":
        return translate("ConflictsDialog", "(empty)")
    if isinstance(value, bool):
        return translate("ConflictsDialog", "Yes") if value else translate("ConflictsDialog", "No")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _when(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return f"{moment.day} {month_year(moment)}, {moment:%H:%M}"


def _by(name: str, at: str) -> str:
    who = name or translate("ConflictsDialog", "someone")
    return f"{who}, {_when(at)}"


class ConflictsDialog(QDialog):
    """The open sync conflicts of the workspace; Keep mine / Keep theirs for the selected one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("syncConflictsDialog")
        self.setWindowTitle(translate("ConflictsDialog", "Sync conflicts"))
        self.resize(960, 460)
        self.records: list[ConflictRecord] = []

        intro = QLabel(
            translate("ConflictsDialog",
                      "The same field was changed here and on another laptop. Every laptop now holds the "
                      "later change (in bold); the other is kept here. Choose which to keep: the choice "
                      "can be undone, and goes to everyone at the next sync."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels([vocabulary.column(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 130)
        self.table.itemSelectionChanged.connect(self._on_selection)

        self.detail = QLabel("")
        self.detail.setObjectName("conflictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(translate("ConflictsDialog", "No open conflicts: every laptop agrees."))
        self.empty.setObjectName("noConflicts")

        self.keep_mine = QPushButton(translate("ConflictsDialog", "Keep &mine"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(translate("ConflictsDialog", "Keep &theirs"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

        # Ctrl+Z / Ctrl+Shift+Z here too: the main window's shortcuts do not reach a dialog.
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, context.undo)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Redo), self, context.redo)
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, _changes: Any) -> None:
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.records = sync_service.list_conflicts(self.context.store)
        self.table.setRowCount(len(self.records))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, record in enumerate(self.records):
            whole = record.field == "*"
            cells = (record.label, field_title(record.field), show_value(record.mine, whole),
                     show_value(record.theirs, whole))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                if column == 2:
                    item.setToolTip(translate(
                            "ConflictsDialog",
                            "Mine: {value1}").format(value1=_by(record.mine_by, record.mine_at)))
                if column == 3:
                    item.setToolTip(translate(
                            "ConflictsDialog",
                            "Theirs: {value1}").format(value1=_by(record.theirs_by, record.theirs_at)))
                if (column == 2 and record.kept == "mine") or (column == 3 and record.kept == "theirs"):
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        has = bool(self.records)
        self.table.setVisible(has)
        self.empty.setVisible(not has)
        ids = [r.id for r in self.records]
        if ids:
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._on_selection()

    def selected(self) -> ConflictRecord | None:
        rows = {i.row() for i in self.table.selectedItems()}
        if not rows or not self.records:
            return None
        row = min(rows)
        return self.records[row] if row < len(self.records) else None

    def _on_selection(self) -> None:
        record = self.selected()
        enabled = record is not None and not self.context.store.read_only
        self.keep_mine.setEnabled(enabled)
        self.keep_theirs.setEnabled(enabled)
        if record is None:
            self.detail.setText("")
            return
        now = (translate("ConflictsDialog", "Mine") if record.kept == "mine"
               else translate("ConflictsDialog", "Theirs"))
        self.detail.setText(
            translate("ConflictsDialog",
                      "{label} · {field}. Mine: {mine}. Theirs: {theirs}. The workspace holds {now} "
                      "now.").format(label=record.label, field=field_title(record.field),
                                     mine=_by(record.mine_by, record.mine_at),
                                     theirs=_by(record.theirs_by, record.theirs_at), now=now))

    def resolve(self, take: str) -> None:
        record = self.selected()
        if record is None:
            return
        # The step's name as Undo shows it, in the app's language.
        words = (translate("ConflictsDialog", "Keep mine: {field} of {record}") if take == "mine"
                 else translate("ConflictsDialog", "Keep theirs: {field} of {record}"))
        name = words.format(field=field_title(record.field).lower(), record=record.label)
        button = self.keep_mine if take == "mine" else self.keep_theirs
        self.context.ops.run(sync_service.resolve_conflict, record.id, take, name=name,
                             trigger=button)
