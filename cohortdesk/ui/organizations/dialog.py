"""The organization editor."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cohortdesk.domain.enums import OrganizationKind
from cohortdesk.domain.records import OrganizationData
from cohortdesk.services import organizations
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, combo, line


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
