"""Small dialogs of the agenda editor: a presenter, a breakout group, a day's times, a choice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.agenda import PresenterRole
from cohortdesk.services import people
from cohortdesk.ui.sessions.time_edit import TimeEdit

PLACEHOLDER = -1


def person_choices(store: Any) -> list[tuple[int, str]]:
    """(id, "Name — Organization") for every person, by name."""
    rows = sorted(people.list_people(store).rows, key=lambda r: r[1].casefold())
    return [(int(r[0]), f"{r[1]} — {r[5]}" if r[5] else r[1]) for r in rows]


def searchable_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setAccessibleName(name)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def _buttons(dialog: QDialog, layout: Any) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


class PresenterDialog(QDialog):
    """Choose a person, or describe a placeholder ("TBD — speaker from a partner city")."""

    def __init__(self, store: Any, parent: QWidget | None = None, *, person_id: int | None = None,
                 placeholder: str = "", role: PresenterRole = PresenterRole.PRESENTER) -> None:
        super().__init__(parent)
        self.setWindowTitle("Presenter")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = searchable_combo("Person")
        self.person.addItem("Not named yet (placeholder)", PLACEHOLDER)
        for pid, label in person_choices(store):
            self.person.addItem(label, pid)
        self.person.setCurrentIndex(max(0, self.person.findData(person_id))
                                    if person_id is not None else 0)
        self.placeholder = QLineEdit(placeholder)
        self.placeholder.setPlaceholderText("TBD — speaker from a partner city")
        self.placeholder.setAccessibleName("Placeholder")
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for r in PresenterRole:
            self.role.addItem(r.label, r)
        self.role.setCurrentIndex(self.role.findData(role))
        form.addRow("&Person:", self.person)
        form.addRow("Place&holder:", self.placeholder)
        form.addRow("&Role:", self.role)
        layout.addLayout(form)
        _buttons(self, layout)
        self.person.currentIndexChanged.connect(self._sync)
        self._sync()

    def _sync(self, *_args: Any) -> None:
        self.placeholder.setEnabled(self.person.currentData() == PLACEHOLDER)

    def values(self) -> tuple[int | None, str, PresenterRole]:
        pid = self.person.currentData()
        if pid == PLACEHOLDER:
            return None, self.placeholder.text(), self.role.currentData()
        return int(pid), "", self.role.currentData()


class GroupDialog(QDialog):
    """A breakout group: name, room, facilitator and members (checked)."""

    def __init__(self, store: Any, candidates: list[tuple[int, str]], parent: QWidget | None = None,
                 *, name: str = "", room: str = "", facilitator_id: int | None = None,
                 members: tuple[int, ...] = (), elsewhere: dict[int, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Breakout group")
        self.setMinimumSize(480, 520)
        elsewhere = elsewhere or {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName("Group name")
        self.room = QLineEdit(room)
        self.room.setAccessibleName("Room")
        self.facilitator = searchable_combo("Facilitator")
        self.facilitator.addItem("No facilitator", None)
        for pid, label in person_choices(store):
            self.facilitator.addItem(label, pid)
        if facilitator_id is not None:
            self.facilitator.setCurrentIndex(max(0, self.facilitator.findData(facilitator_id)))
        form.addRow("&Name:", self.name)
        form.addRow("R&oom:", self.room)
        form.addRow("&Facilitator:", self.facilitator)
        layout.addLayout(form)
        layout.addWidget(QLabel("Members (people already in another group of this breakout are "
                                "marked):"))
        self.members = QListWidget()
        self.members.setAccessibleName("Members")
        chosen = set(members)
        for pid, label in candidates:
            other = elsewhere.get(pid)
            item = QListWidgetItem(f"{label}    ← in {other}" if other else label)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in chosen else Qt.CheckState.Unchecked)
            if other:
                item.setForeground(QColor("#8a4b00"))
            self.members.addItem(item)
        layout.addWidget(self.members, 1)
        _buttons(self, layout)

    def member_ids(self) -> list[int]:
        out = []
        for n in range(self.members.count()):
            item = self.members.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out


class DayTimesDialog(QDialog):
    def __init__(self, day: int, start: dt.time, end: dt.time | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Day {day} times")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start = TimeEdit(start, field="start_time")
        self.start.setAccessibleName("Day starts")
        self.has_end = QCheckBox("Planned end:")
        self.end = TimeEdit(end or dt.time(17, 0), field="end_time")
        self.end.setAccessibleName("Day ends")
        self.has_end.setChecked(end is not None)
        self.end.setEnabled(end is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        form.addRow("Day &starts:", self.start)
        form.addRow(self.has_end, self.end)
        layout.addLayout(form)
        _buttons(self, layout)

    def accept(self) -> None:
        """Only times that read as times: a field that does not stays open, outlined."""
        fields = [self.start] + ([self.end] if self.has_end.isChecked() else [])
        for edit in fields:
            edit.commit()
            if edit.error() or edit.value() is None:
                edit.setFocus()
                return
        super().accept()

    def values(self) -> tuple[dt.time, dt.time | None]:
        start = self.start.value()
        assert start is not None
        return start, self.end.value() if self.has_end.isChecked() else None


class ChoiceDialog(QDialog):
    """Pick one entry from a list. With `current_items` (copy agenda, apply template onto a
    non-empty agenda) it offers to replace them: unticked, so nothing is lost by default."""

    def __init__(self, title: str, prompt: str, choices: list[tuple[int, str]],
                 parent: QWidget | None = None, *, current_items: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.choice = QListWidget()
        self.choice.setAccessibleName(title)
        for value, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.choice.addItem(item)
        if choices:
            self.choice.setCurrentRow(0)
        self.choice.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.choice)
        items = f"{current_items} item" + ("" if current_items == 1 else "s")
        self.replace = QCheckBox(f"&Replace the current agenda ({items}) instead of adding "
                                 "to it")
        self.replace.setAccessibleName("Replace the current agenda")
        self.replace.setChecked(False)
        self.replace.setVisible(current_items > 0)
        layout.addWidget(self.replace)
        _buttons(self, layout)

    def value(self) -> int | None:
        item = self.choice.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None
