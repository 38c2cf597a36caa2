"""Small dialogs of the agenda editor: a presenter, a breakout group, a day's times, a choice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import agenda, agenda_people, people
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.sessions.time_edit import TimeEdit
from cohortdesk.ui.widgets.form import ERROR_STYLE
from cohortdesk.ui.widgets.people_checklist import PeopleChecklist
from cohortdesk.ui.widgets.person_choice import PersonBox

translate = QCoreApplication.translate

PLACEHOLDER = -1


def person_choices(store: Any) -> list[tuple[int, str]]:
    """(id, "Name — Organization") for every person, by name."""
    return people.person_choices(store)


def _error_label(layout: Any) -> QLabel:
    """Where a dialog says why it cannot close yet; hidden until then."""
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    layout.addWidget(label)
    return label


def _show_error(label: QLabel, exc: ValidationError) -> None:
    label.setText(error_text(exc))
    label.show()


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
        self.setWindowTitle(translate("AgendaDialogs", "Presenter"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.person = PersonBox(
            translate("AgendaDialogs", "Person"),
            (translate("AgendaDialogs", "Not named yet (placeholder)"), PLACEHOLDER), store,
            person_id)
        self.placeholder = QLineEdit(placeholder)
        self.placeholder.setPlaceholderText(translate("AgendaDialogs", "TBD — speaker from a partner city"))
        self.placeholder.setAccessibleName(translate("AgendaDialogs", "Placeholder"))
        self.role = QComboBox()
        self.role.setAccessibleName(translate("AgendaDialogs", "Role"))
        for r in PresenterRole:
            self.role.addItem(vocabulary.label(r), r)
        self.role.setCurrentIndex(self.role.findData(role))
        form.addRow(translate("AgendaDialogs", "&Person:"), self.person)
        form.addRow(translate("AgendaDialogs", "Place&holder:"), self.placeholder)
        form.addRow(translate("AgendaDialogs", "&Role:"), self.role)
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
    """A breakout group: name, room, facilitator and members (ticked). `candidates()` gives
    the people to choose from and runs off the UI thread: a session without a cohort offers
    the whole directory."""

    def __init__(self, store: Any, candidates: Callable[[], Iterable[tuple[int, str]]],
                 parent: QWidget | None = None, *, name: str = "", room: str = "",
                 facilitator_id: int | None = None, members: tuple[int, ...] = (),
                 elsewhere: dict[int, str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgendaDialogs", "Breakout group"))
        self.setMinimumSize(480, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setAccessibleName(translate("AgendaDialogs", "Group name"))
        self.room = QLineEdit(room)
        self.room.setAccessibleName(translate("AgendaDialogs", "Room"))
        self.facilitator = PersonBox(translate("AgendaDialogs", "Facilitator"),
                                     (translate("AgendaDialogs", "No facilitator"), None), store,
                                     facilitator_id)
        form.addRow(translate("AgendaDialogs", "&Name:"), self.name)
        form.addRow(translate("AgendaDialogs", "R&oom:"), self.room)
        form.addRow(translate("AgendaDialogs", "&Facilitator:"), self.facilitator)
        layout.addLayout(form)
        heading = QLabel(translate("AgendaDialogs",
                                   "&Members (people already in another group of this breakout "
                                   "are marked):"))
        layout.addWidget(heading)
        self.members = PeopleChecklist(
            translate("AgendaDialogs", "Members"), candidates, ticked=members,
            elsewhere=elsewhere,
            marked=lambda label, other: translate(
                "AgendaDialogs", "{label}    ← in {other}").format(label=label, other=other))
        heading.setBuddy(self.members.search)
        layout.addWidget(self.members, 1)
        self.error = _error_label(layout)
        _buttons(self, layout)

    def accept(self) -> None:
        """A name the group can be saved with, or the dialog stays open, saying why: closing
        first lost the room and the ticked members with the refusal."""
        try:
            agenda_people.group_name(self.name.text())
        except ValidationError as exc:
            _show_error(self.error, exc)
            self.name.setFocus()
            return
        super().accept()

    def member_ids(self) -> list[int]:
        return self.members.ticked_ids()


class DayTimesDialog(QDialog):
    def __init__(self, day: int, start: dt.time, end: dt.time | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgendaDialogs", "Day {day} times").format(day=day))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.start = TimeEdit(start, field="start_time")
        self.start.setAccessibleName(translate("AgendaDialogs", "Day starts"))
        self.has_end = QCheckBox(translate("AgendaDialogs", "Planned end:"))
        self.end = TimeEdit(end or dt.time(17, 0), field="end_time")
        self.end.setAccessibleName(translate("AgendaDialogs", "Day ends"))
        self.has_end.setChecked(end is not None)
        self.end.setEnabled(end is not None)
        self.has_end.toggled.connect(self.end.setEnabled)
        form.addRow(translate("AgendaDialogs", "Day &starts:"), self.start)
        form.addRow(self.has_end, self.end)
        layout.addLayout(form)
        self.error = _error_label(layout)
        _buttons(self, layout)

    def accept(self) -> None:
        """Only times that read as times: a field that does not stays open, outlined."""
        fields = [self.start] + ([self.end] if self.has_end.isChecked() else [])
        for edit in fields:
            edit.commit()
            if edit.error() or edit.value() is None:
                edit.setFocus()
                return
        try:
            agenda.check_day_times(*self.values())
        except ValidationError as exc:
            _show_error(self.error, exc)
            self.end.setFocus()
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
        items = (translate("AgendaDialogs", "1 item") if current_items == 1 else
                 translate("AgendaDialogs", "{n} items").format(n=current_items))
        self.replace = QCheckBox(translate(
                "AgendaDialogs",
                "&Replace the current agenda ({items}) instead of adding to it").format(items=items))
        self.replace.setAccessibleName(translate("AgendaDialogs", "Replace the current agenda"))
        self.replace.setChecked(False)
        self.replace.setVisible(current_items > 0)
        layout.addWidget(self.replace)
        _buttons(self, layout)

    def value(self) -> int | None:
        item = self.choice.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None
