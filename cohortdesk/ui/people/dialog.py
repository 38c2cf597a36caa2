"""The person editor."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from cohortdesk.domain.records import PersonData
from cohortdesk.services import organizations, people
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, area, combo, line


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
