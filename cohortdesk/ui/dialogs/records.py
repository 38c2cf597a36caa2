"""Editors for people, organizations, cohorts and sessions."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QWidget

from cohortdesk.domain.enums import OrganizationKind, SessionFormat, SessionStatus
from cohortdesk.domain.records import CohortData, OrganizationData, PersonData, SessionData
from cohortdesk.domain.validation import common_time_zones
from cohortdesk.services import cohorts, organizations, people, sessions
from cohortdesk.store import Store
from cohortdesk.ui.dialogs.form import FormDialog, area, combo, date_edit, date_value, line


class PersonDialog(FormDialog):
    def __init__(self, store: Store, person_id: int | None = None, parent: QWidget | None = None):
        self.store = store
        self.person_id = person_id
        p = people.get_person(store, person_id) if person_id else PersonData()
        super().__init__(f"Edit {p.full_name}" if person_id else "New person", parent)
        self.add_field("given_name", "Given name:", line(p.given_name))
        self.add_field("family_name", "Family name:", line(p.family_name))
        self.add_field("preferred_name", "Preferred name:",
                       line(p.preferred_name, "What they like to be called"))
        self.add_field("pronouns", "Pronouns:", line(p.pronouns, "e.g. she/her, they/them"))
        self.add_field("title", "Title:", line(p.title))
        # An empty entry, so typing a name starts from nothing rather than after "(none)".
        orgs = [(None, "")] + organizations.organization_choices(store)
        org_box = combo(orgs, p.organization_id, editable=True)
        org_edit = org_box.lineEdit()
        if org_edit is not None:
            org_edit.setPlaceholderText("None — type to find one")
        self.add_field("organization_id", "Organization:", org_box)
        self.add_field("email", "Email:", line(p.email))
        self.add_field("phone", "Phone:", line(p.phone))
        consent = QCheckBox("May share email and phone with the cohort")
        consent.setChecked(p.consent_share_contact)
        self.add_field("consent_share_contact", "Contact sharing:", consent)
        self.add_field("bio", "Short bio:", area(p.bio, 90))
        self.add_field("access_needs", "Access needs:", area(p.access_needs, 44))
        self.add_field("dietary_needs", "Dietary needs:", line(p.dietary_needs))
        self.add_field("internal_notes", "Internal notes:", area(p.internal_notes, 44))

    def data(self) -> PersonData:
        return PersonData(
            given_name=self.text("given_name"), family_name=self.text("family_name"),
            preferred_name=self.text("preferred_name"), pronouns=self.text("pronouns"),
            title=self.text("title"), organization_id=self.choice("organization_id"),
            email=self.text("email"), phone=self.text("phone"), bio=self.text("bio"),
            access_needs=self.text("access_needs"), dietary_needs=self.text("dietary_needs"),
            consent_share_contact=self.checked("consent_share_contact"),
            internal_notes=self.text("internal_notes"),
        )

    def save(self) -> int | None:
        if self.person_id:
            people.update_person(self.store, self.person_id, self.data(), source=self)
            return self.person_id
        return people.create_person(self.store, self.data(), source=self)


class OrganizationDialog(FormDialog):
    def __init__(self, store: Store, org_id: int | None = None, parent: QWidget | None = None):
        self.store = store
        self.org_id = org_id
        o = organizations.get_organization(store, org_id) if org_id else OrganizationData()
        super().__init__(f"Edit {o.name}" if org_id else "New organization", parent)
        self.add_field("name", "Name:", line(o.name, "e.g. City of Tacoma"))
        self.add_field("kind", "Kind:", combo([(k, k.label) for k in OrganizationKind], o.kind))
        self.add_field("city", "City:", line(o.city))
        self.add_field("state_region", "State / region:", line(o.state_region))

    def save(self) -> int | None:
        data = OrganizationData(name=self.text("name"), kind=self.choice("kind"),
                                city=self.text("city"), state_region=self.text("state_region"))
        if self.org_id:
            organizations.update_organization(self.store, self.org_id, data, source=self)
            return self.org_id
        return organizations.create_organization(self.store, data, source=self)


class CohortDialog(FormDialog):
    def __init__(self, store: Store, cohort_id: int | None = None, parent: QWidget | None = None):
        self.store = store
        self.cohort_id = cohort_id
        c = cohorts.get_cohort(store, cohort_id) if cohort_id else CohortData()
        super().__init__(f"Edit {c.name}" if cohort_id else "New cohort", parent)
        self.add_field("program", "Program:", line(c.program, "e.g. Chief Equity Officers Policy Network"))
        self.add_field("name", "Name:", line(c.name, "e.g. Inaugural cohort"))
        self.add_field("start_date", "Starts:", date_edit(c.start_date))
        self.add_field("end_date", "Ends:", date_edit(c.end_date))
        self.add_field("description", "Description:", area(c.description, 70))
        self.add_field("goals", "Goals:", area(c.goals, 70))

    def save(self) -> int | None:
        start, end = self.fields["start_date"], self.fields["end_date"]
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
        data = CohortData(program=self.text("program"), name=self.text("name"),
                          start_date=date_value(start), end_date=date_value(end),
                          description=self.text("description"), goals=self.text("goals"))
        if self.cohort_id:
            cohorts.update_cohort(self.store, self.cohort_id, data, source=self)
            return self.cohort_id
        return cohorts.create_cohort(self.store, data, source=self)


def _datetime_edit(value: dt.datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    if value is None:
        value = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(9, 0))
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
    return edit


class SessionDialog(FormDialog):
    def __init__(self, store: Store, session_id: int | None = None, parent: QWidget | None = None,
                 cohort_id: int | None = None):
        self.store = store
        self.session_id = session_id
        s = sessions.get_session(store, session_id) if session_id else SessionData(cohort_id=cohort_id)
        super().__init__(f"Edit {s.title}" if session_id else "New session", parent)
        self.add_field("cohort_id", "Cohort:", combo(cohorts.cohort_choices(store), s.cohort_id))
        self.add_field("title", "Title:", line(s.title, "e.g. Spring convening"))
        self.add_field("format", "Format:", combo([(f, f.label) for f in SessionFormat], s.format))
        self.add_field("starts_at", "Starts:", _datetime_edit(s.starts_at))
        ends: dt.datetime | None = s.ends_at or ((s.starts_at or dt.datetime.now()) + dt.timedelta(hours=2))
        if not session_id and s.starts_at is None:
            ends = None
        self.add_field("ends_at", "Ends:", _datetime_edit(ends or _default_end()))
        self.add_field("time_zone", "Time zone:", combo([(z, z) for z in common_time_zones()],
                                                      s.time_zone, editable=True))
        self.add_field("venue", "Venue address:", area(s.venue, 44))
        self.add_field("meeting_link", "Meeting link:", line(s.meeting_link, "https://…"))
        self.add_field("objectives", "Objectives (one per line):", area("\n".join(s.objectives), 80))
        self.add_field("description", "Description:", area(s.description, 60))
        self.add_field("status", "Status:", combo([(x, x.label) for x in SessionStatus], s.status))

    def save(self) -> int | None:
        starts, ends = self.fields["starts_at"], self.fields["ends_at"]
        assert isinstance(starts, QDateTimeEdit) and isinstance(ends, QDateTimeEdit)
        tz_box = self.fields["time_zone"]
        tz = tz_box.currentText() if hasattr(tz_box, "currentText") else "UTC"
        data = SessionData(
            cohort_id=self.choice("cohort_id"), title=self.text("title"), format=self.choice("format"),
            time_zone=tz, starts_at=cast(dt.datetime, starts.dateTime().toPython()),
            ends_at=cast(dt.datetime, ends.dateTime().toPython()),
            venue=self.text("venue"), meeting_link=self.text("meeting_link"),
            objectives=tuple(self.text("objectives").splitlines()),
            description=self.text("description"), status=self.choice("status"),
        )
        if self.session_id:
            sessions.update_session(self.store, self.session_id, data, source=self)
            return self.session_id
        return sessions.create_session(self.store, data, source=self)


def _default_end() -> dt.datetime:
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(11, 0))
