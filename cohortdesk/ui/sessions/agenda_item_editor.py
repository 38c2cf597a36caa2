"""The panel beside the agenda table: one item's fields, presenters and breakout groups.

Every field writes when it is committed (Enter, leaving the field, a spin-box step), each as
one undo step; the change notification then re-times the table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.agenda import MAX_DURATION_MINUTES, AgendaItemKind
from cohortdesk.services import agenda, agenda_people, cohorts, sessions
from cohortdesk.services.agenda import ItemData, TimedItem
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.sessions.agenda_dialogs import GroupDialog, PresenterDialog, person_choices
from cohortdesk.ui.sessions.time_edit import TimeEdit
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def _buttons(*pairs: tuple[str, Callable[[], Any]]) -> tuple[QHBoxLayout, list[QPushButton]]:
    row = QHBoxLayout()
    made = []
    for text, slot in pairs:
        b = QPushButton(text)
        b.clicked.connect(lambda _c=False, s=slot: s())
        row.addWidget(b)
        made.append(b)
    row.addStretch(1)
    return row, made


class DescriptionEdit(QPlainTextEdit):
    """Commits on leaving the field, like a line edit."""

    def __init__(self, commit: Callable[[], None]) -> None:
        super().__init__()
        self._commit = commit

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self._commit()
        super().focusOutEvent(event)


class ItemEditor(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item: TimedItem | None = None
        self.session_id: int | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("viewTitle")
        self.heading.setWordWrap(True)  # a long title wraps in the narrow panel, never cut
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("AgendaItemEditor", "Title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("AgendaItemEditor", "Kind"))
        for k in AgendaItemKind:
            self.kind.addItem(vocabulary.label(k), k)
        self.duration = QSpinBox()
        self.duration.setAccessibleName(translate("AgendaItemEditor", "Length in minutes"))
        self.duration.setRange(0, MAX_DURATION_MINUTES)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(translate("AgendaItemEditor", " min"))
        self.duration.setKeyboardTracking(False)
        self.pinned = QCheckBox(translate("AgendaItemEditor", "Pin to"))
        self.pinned.setAccessibleName(translate("AgendaItemEditor", "Pinned to a clock time"))
        self.pin_time = TimeEdit(field="pinned_time")
        self.pin_time.setAccessibleName(translate("AgendaItemEditor", "Pinned time"))
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pinned)
        pin_row.addWidget(self.pin_time)
        pin_row.addStretch(1)
        self.day = QSpinBox()
        self.day.setAccessibleName(translate("AgendaItemEditor", "Day"))
        self.day.setRange(1, agenda.MAX_DAYS)
        self.day.setKeyboardTracking(False)
        self.room = QLineEdit()
        self.room.setAccessibleName(translate("AgendaItemEditor", "Room"))
        self.materials = QLineEdit()
        self.materials.setAccessibleName(translate("AgendaItemEditor", "Materials"))
        self.description = DescriptionEdit(self._save)
        self.description.setAccessibleName(translate("AgendaItemEditor", "Description"))
        self.description.setFixedHeight(70)
        form.addRow(translate("AgendaItemEditor", "&Title:"), self.title)
        form.addRow(translate("AgendaItemEditor", "&Kind:"), self.kind)
        form.addRow(translate("AgendaItemEditor", "&Length:"), self.duration)
        form.addRow(translate("AgendaItemEditor", "Start:"), pin_row)
        form.addRow(translate("AgendaItemEditor", "&Day:"), self.day)
        form.addRow(translate("AgendaItemEditor", "R&oom:"), self.room)
        form.addRow(translate("AgendaItemEditor", "&Materials:"), self.materials)
        form.addRow(translate("AgendaItemEditor", "Descri&ption:"), self.description)
        layout.addLayout(form)

        layout.addWidget(QLabel(translate("AgendaItemEditor", "<b>Presenters</b>")))
        self.presenters = QListWidget()
        self.presenters.setAccessibleName(translate("AgendaItemEditor", "Presenters"))
        self.presenters.setMaximumHeight(96)
        self.presenters.setWordWrap(True)
        self.presenters.itemDoubleClicked.connect(lambda _i: self.edit_presenter())
        layout.addWidget(self.presenters)
        row, self.presenter_buttons = _buttons(
            (translate("AgendaItemEditor", "Add…"), self.add_presenter),
            (translate("AgendaItemEditor", "Edit…"), self.edit_presenter),
            (translate("AgendaItemEditor", "Remove"), self.remove_presenter))
        layout.addLayout(row)

        self.groups_label = QLabel(translate("AgendaItemEditor", "<b>Breakout groups</b>"))
        layout.addWidget(self.groups_label)
        self.groups = QListWidget()
        self.groups.setAccessibleName(translate("AgendaItemEditor", "Breakout groups"))
        self.groups.setWordWrap(True)
        self.groups.itemDoubleClicked.connect(lambda _i: self.edit_group())
        layout.addWidget(self.groups, 1)
        self.group_buttons, self.group_button_widgets = _buttons(
            (translate("AgendaItemEditor", "Add group…"), self.add_group),
            (translate("AgendaItemEditor", "Edit group…"), self.edit_group),
            (translate("AgendaItemEditor", "Delete group"), self.delete_group),
            (translate("AgendaItemEditor", "Generate…"), self.generate_groups))
        self.generate_button = self.group_button_widgets[-1]
        self.generate_button.setObjectName("generateBreakouts")
        self.generate_button.setToolTip(translate(
            "AgendaItemEditor", "Make the groups from everyone registered or attending, mixing "
            "people who have not met in earlier sessions"))
        layout.addLayout(self.group_buttons)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a11d1d;")
        layout.addWidget(self.warnings)
        layout.addStretch(0)

        for edit in (self.title, self.room, self.materials):
            edit.editingFinished.connect(self._save)
        self.kind.activated.connect(lambda _i: self._save())
        self.day.valueChanged.connect(lambda _v: self._save())
        self.duration.valueChanged.connect(self._set_duration)
        self.pinned.toggled.connect(self._set_pin)
        self.pin_time.timeChanged.connect(lambda _t: self._set_pin(self.pinned.isChecked()))
        self.show_item(None)

    # -- loading ---------------------------------------------------------------------------

    def show_item(self, item: TimedItem | None) -> None:
        self._loading = True
        try:
            self.item = item
            self.setEnabled(item is not None and not self.context.store.read_only)
            if item is None:
                # Blank, not made-up values (Welcome, 0 min, 12:00 AM), when nothing is chosen.
                self.heading.setText(translate("AgendaItemEditor", "Select an item"))
                for w in (self.title, self.room, self.materials):
                    w.clear()
                self.kind.setCurrentIndex(-1)
                self.pinned.setChecked(False)
                self.duration.setSuffix("")
                self.duration.clear()
                self.day.clear()
                self.pin_time.clear()
                self.description.clear()
                self.presenters.clear()
                self.groups.clear()
                self.warnings.clear()
                return
            self.heading.setText(item.title)
            if self.title.text() != item.title or not self.title.hasFocus():
                self.title.setText(item.title)
                self.title.setCursorPosition(0)  # a long title shows its start
            self.kind.setCurrentIndex(self.kind.findData(item.kind))
            self.duration.setSuffix(translate("AgendaItemEditor", " min"))
            self.duration.setValue(item.duration_minutes)
            self.pinned.setChecked(item.is_pinned)
            t = item.pinned_time or item.start.time()
            self.pin_time.setTime(t)
            self.pin_time.setEnabled(item.is_pinned)
            self.day.setValue(item.day)
            for edit, text in ((self.room, item.room), (self.materials, item.materials)):
                edit.setText(text)
                edit.setCursorPosition(0)
            if self.description.toPlainText() != item.description:
                self.description.setPlainText(item.description)
            self.presenters.clear()
            for p in item.presenters:
                detail = ", ".join(x for x in (p.title, p.jurisdiction) if x)
                text = f"{p.name} — {vocabulary.label(p.role)}" + (f" ({detail})" if detail else "")
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, p)
                if p.is_placeholder:
                    entry.setForeground(QColor("#8a6d00"))
                self.presenters.addItem(entry)
            self.groups.clear()
            for g in item.groups:
                clash = [m.name for m in g.members if m.double_booked]
                text = translate("AgendaItemEditor", "{group} — {n} members").format(
                    group=g.name, n=len(g.members)) + (
                    f"\n    {g.room}" if g.room else "\n    ") + (
                    " · " + translate("AgendaItemEditor", "facilitated by {name}").format(
                        name=g.facilitator) if g.facilitator else "")
                if clash:
                    text += "  ⚠ " + translate("AgendaItemEditor",
                                               "also in another group: {names}").format(
                        names=", ".join(clash))
                entry = QListWidgetItem(text)
                entry.setData(Qt.ItemDataRole.UserRole, g)
                entry.setToolTip("\n".join(m.name for m in g.members))
                if clash:
                    entry.setForeground(QColor("#a11d1d"))
                self.groups.addItem(entry)
            show_groups = item.kind == AgendaItemKind.BREAKOUT or bool(item.groups)
            self.groups_label.setVisible(show_groups)
            self.groups.setVisible(show_groups)
            for button in self.group_button_widgets:
                button.setVisible(show_groups)
            self.warnings.setText("\n".join(f"⚠ {w}" for w in item.warnings))
        finally:
            self._loading = False

    # -- saving ----------------------------------------------------------------------------

    def _data(self) -> ItemData:
        assert self.item is not None
        return dataclasses.replace(
            ItemData(), title=self.title.text(), kind=self.kind.currentData(),
            duration_minutes=self.duration.value(), description=self.description.toPlainText(),
            pinned_time=self.item.pinned_time, room=self.room.text(),
            materials=self.materials.text(), day=self.day.value())

    def _run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """One edit as one operation on the app's worker; failures are shown by the runner."""
        self.context.ops.run(fn, *args, initiator=self, **kwargs)

    def _save(self) -> None:
        if self._loading or self.item is None:
            return
        data = self._data()
        current = ItemData(self.item.title, self.item.kind, self.item.duration_minutes,
                           self.item.description, self.item.pinned_time, self.item.room,
                           self.item.materials, self.item.day)
        if data != current:
            item_id = self.item.id

            def refused(exc: BaseException) -> None:
                self.context.show_error(exc)
                # A refused title (left blank) goes back to the stored one: left blank in the
                # panel, every later edit of the item (its room, its kind) was refused too.
                if getattr(exc, "field", "") == "title" and self.item is not None \
                        and self.item.id == item_id:
                    self._loading = True
                    try:
                        self.title.setText(self.item.title)
                    finally:
                        self._loading = False

            self._run(agenda.update_item, item_id, data, on_failure=refused)

    def _set_duration(self, minutes: int) -> None:
        if self._loading or self.item is None or minutes == self.item.duration_minutes:
            return
        # Steps of the spin box on one item, one after another, undo as one step.
        self._run(agenda.set_duration, self.item.id, minutes,
                  merge_key=("item length", self.item.id))

    def _set_pin(self, pinned: bool) -> None:
        self.pin_time.setEnabled(pinned)
        if self._loading or self.item is None:
            return
        value = (self.pin_time.value() or self.item.start.time()) if pinned else None
        if value != self.item.pinned_time:
            self._run(agenda.set_pinned_time, self.item.id, value)

    # -- presenters ------------------------------------------------------------------------

    def _presenter(self) -> Any:
        entry = self.presenters.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def add_presenter(self) -> None:
        if self.item is None:
            return
        dialog = PresenterDialog(self.context.store, self)
        if dialog.exec():
            person_id, placeholder, role = dialog.values()
            self._run(agenda_people.add_presenter, self.item.id, person_id=person_id,
                      placeholder=placeholder, role=role, trigger=self.presenter_buttons[0])

    def edit_presenter(self) -> None:
        p = self._presenter()
        if p is None:
            return
        dialog = PresenterDialog(self.context.store, self, person_id=p.person_id,
                                 placeholder=p.placeholder, role=p.role)
        if dialog.exec():
            person_id, placeholder, role = dialog.values()
            self._run(agenda_people.update_presenter, p.id, person_id=person_id,
                      placeholder=placeholder, role=role, trigger=self.presenter_buttons[1])

    def remove_presenter(self) -> None:
        p = self._presenter()
        if p is not None:
            self._run(agenda_people.remove_presenter, p.id, trigger=self.presenter_buttons[2])

    # -- breakout groups -------------------------------------------------------------------

    def _group(self) -> Any:
        entry = self.groups.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _candidates(self) -> Callable[[], list[tuple[int, str]]]:
        """What the group dialog reads off the UI thread: the cohort's members, or
        everyone when the session has no cohort (or the cohort no members)."""
        store, session_id = self.context.store, self.session_id

        def read() -> list[tuple[int, str]]:
            if session_id is None:
                return []
            record = sessions.get_session(store, session_id)
            members = (cohorts.list_memberships(store, record.cohort_id)
                       if record.cohort_id is not None else [])
            if not members:
                return person_choices(store)
            return [(m.person_id, f"{m.person_name} — {m.organization_name}"
                     if m.organization_name else m.person_name) for m in members]

        return read

    def _group_dialog(self, group: Any = None) -> GroupDialog:
        assert self.item is not None
        elsewhere = {m.person_id: g.name for g in self.item.groups
                     if group is None or g.id != group.id for m in g.members}
        if group is None:
            return GroupDialog(self.context.store, self._candidates(), self,
                               name=translate("AgendaItemEditor", "Group {n}").format(
                                   n=len(self.item.groups) + 1), elsewhere=elsewhere)
        return GroupDialog(self.context.store, self._candidates(), self, name=group.name,
                           room=group.room, facilitator_id=group.facilitator_id,
                           members=tuple(m.person_id for m in group.members), elsewhere=elsewhere)

    def add_group(self) -> None:
        if self.item is None:
            return
        dialog = self._group_dialog()
        if dialog.exec():
            self._run(agenda_people.add_group, self.item.id, dialog.name.text(),
                      room=dialog.room.text(), facilitator_id=dialog.facilitator.currentData(),
                      members=dialog.member_ids(), trigger=self.group_button_widgets[0])

    def edit_group(self) -> None:
        group = self._group()
        if group is None:
            return
        dialog = self._group_dialog(group)
        if dialog.exec():
            self._run(agenda_people.update_group, group.id, dialog.name.text(),
                      room=dialog.room.text(), facilitator_id=dialog.facilitator.currentData(),
                      members=dialog.member_ids(), trigger=self.group_button_widgets[1])

    def generate_groups(self) -> None:
        """Open the breakout generator for this item (its groups are replaced on Save)."""
        from cohortdesk.ui.sessions.breakouts_menus import open_generator

        if self.item is None or self.session_id is None:
            return
        open_generator(self.context, self.session_id, self.item.id, groups=len(self.item.groups))

    def delete_group(self) -> None:
        group = self._group()
        if group is not None:
            self._run(agenda_people.delete_group, group.id, trigger=self.group_button_widgets[2])
