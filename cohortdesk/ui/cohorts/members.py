"""A cohort's members beside the Cohorts list, and the dialog that adds or edits one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import CohortDeskError, NotFoundError, ValidationError
from cohortdesk.domain.records import MembershipData
from cohortdesk.services import cohorts, people
from cohortdesk.store import Changes
from cohortdesk.ui.i18n.vocabulary import label
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.cards import escape
from cohortdesk.ui.widgets.form import combo_value, date_edit, date_value
from cohortdesk.ui.widgets.table_model import display


class MemberDialog(QDialog):
    """Add a person to a cohort, or edit a membership's role, stage and dates."""

    def __init__(self, context: AppContext, cohort_id: int, membership: Any = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id = cohort_id
        self.membership = membership
        self.setWindowTitle(self.tr("Edit {name}").format(name=membership.person_name) if membership
                            else self.tr("Add a member"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        if membership is None:
            existing = {m.person_id for m in cohorts.list_memberships(context.store, cohort_id)}
            rowset = people.list_people(context.store)
            self.person.setEditable(True)
            self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for row in sorted(rowset.rows, key=lambda r: r[1].casefold()):
                if row[0] not in existing:
                    self.person.addItem(f"{row[1]} — {row[5]}" if row[5] else row[1], row[0])
            completer = self.person.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        else:
            self.person.addItem(membership.person_name, membership.person_id)
            self.person.setEnabled(False)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for r in MembershipRole:
            self.role.addItem(label(r), r)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for s in MembershipStage:
            self.stage.addItem(label(s), s)
        self.started = date_edit(membership.started_on if membership else None)
        self.started.setAccessibleName(self.tr("Started"))
        self.ended = date_edit(membership.ended_on if membership else None)
        self.ended.setAccessibleName(self.tr("Ended"))
        role = membership.role if membership else MembershipRole.MEMBER
        stage = membership.stage if membership else MembershipStage.ACTIVE
        self.role.setCurrentIndex(self.role.findData(role))
        self.stage.setCurrentIndex(self.stage.findData(stage))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Stage:"), self.stage)
        form.addRow(self.tr("Started:"), self.started)
        form.addRow(self.tr("Ended:"), self.ended)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            person_id = combo_value(self.person, "person_id")
            if person_id is None:
                raise ValidationError("person_id", self.tr("Choose a person to add."))
            data = MembershipData(
                person_id=person_id, role=self.role.currentData(), stage=self.stage.currentData(),
                started_on=date_value(self.started), ended_on=date_value(self.ended))
        except CohortDeskError as exc:
            self._failed(exc)
            return
        self.error.setText("")
        if self.membership is None:
            self.context.ops.run(cohorts.add_member, self.cohort_id, data, initiator=self,
                                 trigger=self.ok_button, on_success=lambda _v: self.accept(),
                                 on_failure=self._failed)
        else:
            self.context.ops.run(cohorts.update_membership, self.membership.id, data, initiator=self,
                                 trigger=self.ok_button, on_success=lambda _v: self.accept(),
                                 on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(exc.message if isinstance(exc, ValidationError) else str(exc))


class CohortMembers(QWidget):
    """The selected cohort's members, with their role and stage."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.members = QListWidget()
        self.members.setAccessibleName(self.tr("Cohort members"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(self.tr("Add member…"))
        self.add_button.setAccessibleName(self.tr("Add member"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove member"))
        self.remove_button.clicked.connect(self._remove)
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Member stage"))
        for s in MembershipStage:
            self.stage.addItem(label(s), s)
        self.stage.activated.connect(self._set_stage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Stage:")))
        buttons.addWidget(self.stage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.members, 1)
        layout.addLayout(buttons)
        self.members.currentItemChanged.connect(self._on_member)
        self.members.itemActivated.connect(lambda _item: self._edit())
        self.show_record(None)

    def show_record(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self.members.clear()
        enabled = cohort_id is not None and not self.context.store.read_only
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(False)
        self.stage.setEnabled(False)
        if cohort_id is None:
            self.heading.setText("<span style='color:#777'>" + self.tr("Select a cohort to see its members.")
                                 + "</span>")
            return
        try:
            c = cohorts.get_cohort(self.context.store, cohort_id)
        except NotFoundError:
            self.show_record(None)
            return
        dates = " – ".join(display(d) for d in (c.start_date, c.end_date) if d)
        self.heading.setText(
            f"<b style='font-size:15px'>{escape(c.name)}</b><br><span style='color:#555'>{escape(c.program)}"
            f"{' · ' + dates if dates else ''}</span><br>"
            + self.tr("{members} members · {people} people in all · {sessions} sessions").format(
                members=c.member_count, people=c.people_count, sessions=c.session_count))
        for m in cohorts.list_memberships(self.context.store, cohort_id):
            extra = f" — {m.organization_name}" if m.organization_name else ""
            item = QListWidgetItem(f"{m.person_name}{extra}    [{label(m.role)}, {label(m.stage)}]")
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.members.addItem(item)

    def _member(self) -> Any:
        item = self.members.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_member(self, *_args: Any) -> None:
        m = self._member()
        writable = not self.context.store.read_only
        self.remove_button.setEnabled(m is not None and writable)
        self.stage.setEnabled(m is not None and writable)
        if m is not None:
            self.stage.setCurrentIndex(self.stage.findData(m.stage))

    def _add(self) -> None:
        if self.cohort_id is not None:
            MemberDialog(self.context, self.cohort_id, parent=self.context.host).exec()

    def _edit(self) -> None:
        m = self._member()
        if m is not None and self.cohort_id is not None and not self.context.store.read_only:
            MemberDialog(self.context, self.cohort_id, m, parent=self.context.host).exec()

    def _remove(self) -> None:
        m = self._member()
        if m is None:
            return
        question = (self.tr("Remove {name} from this cohort?").format(name=m.person_name) + "\n\n"
                    + self.tr("You can undo this with Ctrl+Z."))
        if self.context.confirm(self.tr("Remove member"), question, self.tr("Remove")):
            self.context.ops.run(cohorts.remove_member, m.id, initiator=self)

    def _set_stage(self, _index: int) -> None:
        m = self._member()
        if m is None:
            return
        data = MembershipData(person_id=m.person_id, role=m.role, stage=self.stage.currentData(),
                              started_on=m.started_on, ended_on=m.ended_on)
        self.context.ops.run(cohorts.update_membership, m.id, data, initiator=self)

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("membership", "person", "cohort", "cohort_session"):
            self.show_record(self.cohort_id)
