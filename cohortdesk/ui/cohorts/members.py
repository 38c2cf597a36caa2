"""A cohort's members beside the Cohorts list, and the dialog that adds or edits one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import CohortDeskError, NotFoundError, ValidationError
from cohortdesk.domain.records import MembershipData, MembershipRecord
from cohortdesk.services import cohorts
from cohortdesk.store import Changes
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.i18n.vocabulary import label
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.background import BackgroundRead
from cohortdesk.ui.widgets.cards import escape
from cohortdesk.ui.widgets.form import combo_value, date_edit, date_value
from cohortdesk.ui.widgets.list_view import RecordTable
from cohortdesk.ui.widgets.person_choice import PersonBox
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
        self.person: QComboBox
        if membership is None:
            # Everyone not in the cohort, read off the UI thread: a statewide directory has
            # 100,000 people. The box waits, disabled, until they are in.
            self.person = PersonBox(self.tr("Person"), None, context.store,
                                    not_in_cohort=cohort_id)
            self.person.setMinimumContentsLength(44)
            self.person.loaded.connect(self.person.setFocus)
            self.person.failed.connect(self._failed)
        else:
            self.person = QComboBox()
            self.person.setAccessibleName(self.tr("Person"))
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
        if isinstance(self.person, PersonBox) and self.person.loading:
            return  # the list of people is still loading; OK is not ready yet
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
        self.error.setText(error_text(exc))


class _MemberTable(QAbstractTableModel):
    """Memberships as rows of name, organization, role and stage; cells made when shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._members: list[MembershipRecord] = []
        self._headers = (self.tr("Name"), self.tr("Organization"), self.tr("Role"),
                         self.tr("Stage"))

    def set_members(self, members: list[MembershipRecord]) -> None:
        self.beginResetModel()
        self._members = members
        self.endResetModel()

    def member(self, row: int) -> MembershipRecord | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.member(index.row()) if index.isValid() else None
        if m is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return m.person_name
            if column == 1:
                return m.organization_name
            return label(m.role) if column == 2 else label(m.stage)
        if role == Qt.ItemDataRole.UserRole:
            return m
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class CohortMembers(QWidget):
    """The selected cohort's members, with their role and stage. They are read off the UI
    thread (a statewide directory cohort has 100,000 members), and the selection stays on
    the same member when the list is read again."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.model = _MemberTable(self)
        self.members = RecordTable()
        self.members.setModel(self.model)
        self.members.setAccessibleName(self.tr("Cohort members"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.setAlternatingRowColors(True)
        self.members.setWordWrap(False)
        rows = self.members.verticalHeader()
        rows.hide()
        # One fixed height for every row: no per-row size query over a long list.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.members.horizontalHeader()
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, words in ((2, [label(r) for r in MembershipRole]),
                              (3, [label(s) for s in MembershipStage])):
            widest = max(metrics.horizontalAdvance(w) for w in
                         [*words, str(self.model.headerData(column, Qt.Orientation.Horizontal))])
            columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            columns.resizeSection(column, widest + 24)
        self.members.open_requested.connect(self._edit)
        self.members.delete_requested.connect(self._remove)
        self.loading = QLabel(self.tr("Reading the members…"))
        self.loading.setStyleSheet("color:#777")
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
        layout.addWidget(self.loading)
        layout.addWidget(self.members, 1)
        layout.addLayout(buttons)
        self.members.selectionModel().currentChanged.connect(self._on_member)
        self.members.doubleClicked.connect(lambda _index: self._edit())
        self._reader = BackgroundRead(self, self._loaded, self._load_failed)
        self._keep: int | None = None  # the membership to select again once read
        self.show_record(None)

    def show_record(self, cohort_id: int | None) -> None:
        same = cohort_id is not None and cohort_id == self.cohort_id
        current = self._member()
        self._keep = current.id if same and current is not None else None
        self.cohort_id = cohort_id
        self._reader.cancel()
        if not same:
            self.model.set_members([])
        enabled = cohort_id is not None and not self.context.store.read_only
        self.add_button.setEnabled(enabled)
        self.loading.hide()
        if not same:
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
        number = QLocale().toString
        self.heading.setText(
            f"<b style='font-size:15px'>{escape(c.name)}</b><br><span style='color:#555'>{escape(c.program)}"
            f"{' · ' + dates if dates else ''}</span><br>"
            + self.tr("{members} members · {people} people in all · {sessions} sessions").format(
                members=number(c.member_count), people=number(c.people_count),
                sessions=number(c.session_count)))
        if not same:
            self.loading.setText(self.tr("Reading the members…"))
            self.loading.setVisible(c.people_count > 0)
        store = self.context.store
        self._reader.start(lambda: cohorts.list_memberships(store, cohort_id))

    def _loaded(self, memberships: list[MembershipRecord]) -> None:
        self.loading.hide()
        self.model.set_members(memberships)
        keep, self._keep = self._keep, None
        row = next((i for i, m in enumerate(memberships) if m.id == keep), None) \
            if keep is not None else None
        if row is not None:
            # Through the selection model: selectRow reads the keyboard's modifiers, and a
            # Ctrl still held (Ctrl+Z a moment ago) would toggle the row off.
            self.members.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.members.scrollTo(self.model.index(row, 0))
        self._on_member()

    def _load_failed(self, exc: BaseException) -> None:
        self.loading.setText(self.tr("The members could not be read: {error}").format(error=exc))
        self.loading.show()

    def member_count(self) -> int:
        """How many members the list shows."""
        return self.model.rowCount()

    def member_at(self, row: int) -> MembershipRecord:
        member = self.model.member(row)
        assert member is not None
        return member

    def member_text(self, row: int) -> str:
        """A row as it reads: its cells, side by side."""
        return "  ".join(str(self.model.data(self.model.index(row, c)))
                         for c in range(self.model.columnCount()))

    def _member(self) -> MembershipRecord | None:
        index = self.members.currentIndex()
        return self.model.member(index.row()) if index.isValid() else None

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
