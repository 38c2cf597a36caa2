"""Detail panes beside the lists: a person's card, a cohort's members, a session's page."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

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
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import CohortDeskError, NotFoundError, ValidationError
from cohortdesk.domain.records import MembershipData
from cohortdesk.services import cohorts, people, sessions
from cohortdesk.store import Changes
from cohortdesk.ui.dialogs.form import combo_value, date_edit, date_value
from cohortdesk.ui.table_model import display

if TYPE_CHECKING:
    from cohortdesk.ui.main_window import MainWindow

CARD_CSS = """
<style>
h2 { margin: 0 0 2px 0; font-size: 17px; }
.sub { color: #555; margin: 0 0 10px 0; }
td.k { color: #666; padding: 3px 12px 3px 0; vertical-align: top; white-space: nowrap; }
td { padding: 3px 0; vertical-align: top; }
.flag { background: #fff4ce; padding: 1px 4px; }
</style>
"""


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(
        f"<tr><td class='k'>{html.escape(k)}</td><td>{v}</td></tr>" for k, v in pairs if v
    ) + "</table>"


def _e(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class PersonCard(QTextBrowser):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setAccessibleName("Person details")
        self.setOpenExternalLinks(False)
        self.record_id: int | None = None
        self.show_record(None)

    def show_record(self, person_id: int | None) -> None:
        self.record_id = person_id
        if person_id is None:
            self.setHtml("<p style='color:#777'>Select a person to see their details.</p>")
            return
        try:
            p = people.get_person(self.window_.store, person_id)
        except NotFoundError:
            self.show_record(None)
            return
        name = _e(p.full_name)
        if p.preferred_name:
            name += f" <span style='color:#555'>(“{_e(p.preferred_name)}”)</span>"
        sub = " · ".join(_e(x) for x in (p.pronouns, p.title, p.organization_name) if x)
        consent = "Shares email and phone with the cohort" if p.consent_share_contact \
            else "Does <b>not</b> share contact details"
        pairs = [
            ("Email", _e(p.email)), ("Phone", _e(p.phone)), ("Jurisdiction", _e(p.jurisdiction)),
            ("Consent", consent),
            ("Access", f"<span class='flag'>{_e(p.access_needs)}</span>" if p.access_needs else ""),
            ("Dietary", f"<span class='flag'>{_e(p.dietary_needs)}</span>" if p.dietary_needs else ""),
            ("Bio", _e(p.bio)), ("Internal notes", _e(p.internal_notes)),
        ]
        self.setHtml(f"{CARD_CSS}<h2>{name}</h2><p class='sub'>{sub}</p>{_rows(pairs)}")

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("person", "organization"):
            self.show_record(self.record_id)


class MemberDialog(QDialog):
    """Add a person to a cohort, or edit a membership's role, stage and dates."""

    def __init__(self, window: MainWindow, cohort_id: int, membership: Any = None) -> None:
        super().__init__(window)
        self.window_ = window
        self.cohort_id = cohort_id
        self.membership = membership
        self.setWindowTitle(f"Edit {membership.person_name}" if membership else "Add a member")
        self.person = QComboBox()
        self.person.setAccessibleName("Person")
        if membership is None:
            existing = {m.person_id for m in cohorts.list_memberships(window.store, cohort_id)}
            rowset = people.list_people(window.store)
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
        self.role.setAccessibleName("Role")
        for r in MembershipRole:
            self.role.addItem(r.label, r)
        self.stage = QComboBox()
        self.stage.setAccessibleName("Stage")
        for s in MembershipStage:
            self.stage.addItem(s.label, s)
        self.started = date_edit(membership.started_on if membership else None)
        self.started.setAccessibleName("Started")
        self.ended = date_edit(membership.ended_on if membership else None)
        self.ended.setAccessibleName("Ended")
        role = membership.role if membership else MembershipRole.MEMBER
        stage = membership.stage if membership else MembershipStage.ACTIVE
        self.role.setCurrentIndex(self.role.findData(role))
        self.stage.setCurrentIndex(self.stage.findData(stage))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("Person:", self.person)
        form.addRow("Role:", self.role)
        form.addRow("Stage:", self.stage)
        form.addRow("Started:", self.started)
        form.addRow("Ended:", self.ended)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _save(self) -> None:
        try:
            person_id = combo_value(self.person, "person_id")
            if person_id is None:
                raise ValidationError("person_id", "Choose a person to add.")
            data = MembershipData(
                person_id=person_id, role=self.role.currentData(), stage=self.stage.currentData(),
                started_on=date_value(self.started), ended_on=date_value(self.ended))
            if self.membership is None:
                cohorts.add_member(self.window_.store, self.cohort_id, data)
            else:
                cohorts.update_membership(self.window_.store, self.membership.id, data)
        except CohortDeskError as exc:
            self.error.setText(exc.message if isinstance(exc, ValidationError) else str(exc))
            return
        self.accept()


class CohortMembers(QWidget):
    """The selected cohort's members, with their role and stage."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.cohort_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.members = QListWidget()
        self.members.setAccessibleName("Cohort members")
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton("Add member…")
        self.add_button.setAccessibleName("Add member")
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton("Remove")
        self.remove_button.setAccessibleName("Remove member")
        self.remove_button.clicked.connect(self._remove)
        self.stage = QComboBox()
        self.stage.setAccessibleName("Member stage")
        for s in MembershipStage:
            self.stage.addItem(s.label, s)
        self.stage.activated.connect(self._set_stage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel("Stage:"))
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
        enabled = cohort_id is not None and not self.window_.store.read_only
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(False)
        self.stage.setEnabled(False)
        if cohort_id is None:
            self.heading.setText("<span style='color:#777'>Select a cohort to see its members.</span>")
            return
        try:
            c = cohorts.get_cohort(self.window_.store, cohort_id)
        except NotFoundError:
            self.show_record(None)
            return
        dates = " – ".join(display(d) for d in (c.start_date, c.end_date) if d)
        self.heading.setText(
            f"<b style='font-size:15px'>{_e(c.name)}</b><br><span style='color:#555'>{_e(c.program)}"
            f"{' · ' + dates if dates else ''}</span><br>{c.member_count} members · "
            f"{c.people_count} people in all · {c.session_count} sessions")
        for m in cohorts.list_memberships(self.window_.store, cohort_id):
            extra = f" — {m.organization_name}" if m.organization_name else ""
            item = QListWidgetItem(f"{m.person_name}{extra}    [{m.role.label}, {m.stage.label}]")
            item.setData(Qt.ItemDataRole.UserRole, m)
            self.members.addItem(item)

    def _member(self) -> Any:
        item = self.members.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _on_member(self, *_args: Any) -> None:
        m = self._member()
        writable = not self.window_.store.read_only
        self.remove_button.setEnabled(m is not None and writable)
        self.stage.setEnabled(m is not None and writable)
        if m is not None:
            self.stage.setCurrentIndex(self.stage.findData(m.stage))

    def _add(self) -> None:
        if self.cohort_id is not None:
            MemberDialog(self.window_, self.cohort_id).exec()

    def _edit(self) -> None:
        m = self._member()
        if m is not None and self.cohort_id is not None and not self.window_.store.read_only:
            MemberDialog(self.window_, self.cohort_id, m).exec()

    def _remove(self) -> None:
        m = self._member()
        if m is None:
            return
        if self.window_.confirm("Remove member", f"Remove {m.person_name} from this cohort?\n\n"
                                "You can undo this with Ctrl+Z.", "Remove"):
            self.window_.guard(lambda: cohorts.remove_member(self.window_.store, m.id))

    def _set_stage(self, _index: int) -> None:
        m = self._member()
        if m is None:
            return
        data = MembershipData(person_id=m.person_id, role=m.role, stage=self.stage.currentData(),
                              started_on=m.started_on, ended_on=m.ended_on)
        self.window_.guard(lambda: cohorts.update_membership(self.window_.store, m.id, data))

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("membership", "person", "cohort", "cohort_session"):
            self.show_record(self.cohort_id)


class SessionSummary(QTextBrowser):
    """The first tab of a session's page."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.setAccessibleName("Session details")

    def set_session(self, session_id: int | None) -> None:
        if session_id is None:
            self.setHtml("<p style='color:#777'>Select a session to open it.</p>")
            return
        try:
            s = sessions.get_session(self.window_.store, session_id)
        except NotFoundError:
            self.set_session(None)
            return
        zone = sessions.zone_abbreviation(s.time_zone, s.starts_at)
        end = display(s.ends_at)
        if s.starts_at and s.ends_at and s.starts_at.date() == s.ends_at.date():
            end = f"{s.ends_at:%H:%M}"
        when = f"{display(s.starts_at)} – {end} {zone} ({s.time_zone})"
        where = _e(s.venue) or (f"<a href='{html.escape(s.meeting_link)}'>{_e(s.meeting_link)}</a>"
                                if s.meeting_link else "")
        objectives = "".join(f"<li>{_e(o)}</li>" for o in s.objectives)
        pairs = [("Cohort", _e(s.cohort_name)), ("Format", s.format.label), ("When", _e(when)),
                 ("Where", where), ("Status", s.status.label)]
        self.setHtml(
            f"{CARD_CSS}<h2>{_e(s.title)}</h2><p class='sub'>{_e(s.program)}</p>{_rows(pairs)}"
            + (f"<h3>Objectives</h3><ul>{objectives}</ul>" if objectives else "")
            + (f"<p>{_e(s.description)}</p>" if s.description else "")
        )


class SessionPage(QTabWidget):
    """A session opened beside the list: Details first, then every registered tab."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cohortdesk.ui.session_tabs import SESSION_TABS

        self.window_ = window
        self.setAccessibleName("Session page")
        self.session_id: int | None = None
        self.summary = SessionSummary(window)
        self.addTab(self.summary, "Details")
        self.pages: list[Any] = [self.summary]
        for title, factory in SESSION_TABS:
            page = factory(window)
            self.pages.append(page)
            self.addTab(page, title)
        self.show_record(None)

    def show_record(self, session_id: int | None) -> None:
        self.session_id = session_id
        for page in self.pages:
            page.set_session(session_id)

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("cohort_session", "cohort"):
            self.summary.set_session(self.session_id)
