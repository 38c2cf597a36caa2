"""The person editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from cohortdesk.domain.records import PersonData
from cohortdesk.services import organizations, people
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, area, combo, line


class PersonDialog(FormDialog):
    def __init__(self, store: Store, person_id: int | None = None, parent: QWidget | None = None):
        self.person_id = self.editing_id = person_id
        p = people.get_person(store, person_id) if person_id else PersonData()
        super().__init__(self.tr("Edit {name}").format(name=p.full_name) if person_id
                         else self.tr("New person"), parent, store=store)
        self.add_field("given_name", self.tr("Given name:"), line(p.given_name))
        self.add_field("family_name", self.tr("Family name:"), line(p.family_name))
        self.add_field("preferred_name", self.tr("Preferred name:"),
                       line(p.preferred_name, self.tr("What they like to be called")))
        self.add_field("pronouns", self.tr("Pronouns:"), line(p.pronouns, self.tr("e.g. she/her, they/them")))
        self.add_field("title", self.tr("Title:"), line(p.title))
        # An empty entry, so typing a name starts from nothing rather than after "(none)".
        orgs = [(None, "")] + organizations.organization_choices(store)
        org_box = combo(orgs, p.organization_id, editable=True)
        org_edit = org_box.lineEdit()
        if org_edit is not None:
            org_edit.setPlaceholderText(self.tr("None — type to find one"))
        self.add_field("organization_id", self.tr("Organization:"), org_box)
        self.add_field("email", self.tr("Email:"), line(p.email))
        self.add_field("phone", self.tr("Phone:"), line(p.phone))
        consent = QCheckBox(self.tr("May share email and phone with the cohort"))
        consent.setChecked(p.consent_share_contact)
        self.add_field("consent_share_contact", self.tr("Contact sharing:"), consent)
        self.add_field("bio", self.tr("Short bio:"), area(p.bio, 90))
        self.add_field("access_needs", self.tr("Access needs:"), area(p.access_needs, 44))
        self.add_field("dietary_needs", self.tr("Dietary needs:"), line(p.dietary_needs))
        self.add_field("internal_notes", self.tr("Internal notes:"), area(p.internal_notes, 44))

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

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        if self.person_id:
            return people.update_person, (self.person_id, self.data())
        return people.create_person, (self.data(),)
