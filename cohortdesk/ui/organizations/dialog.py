"""The organization editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cohortdesk.domain.enums import OrganizationKind
from cohortdesk.domain.records import OrganizationData
from cohortdesk.services import organizations
from cohortdesk.store import Store
from cohortdesk.ui.i18n.vocabulary import label
from cohortdesk.ui.widgets.form import FormDialog, combo, line


class OrganizationDialog(FormDialog):
    def __init__(self, store: Store, org_id: int | None = None, parent: QWidget | None = None):
        self.org_id = self.editing_id = org_id
        o = organizations.get_organization(store, org_id) if org_id else OrganizationData()
        super().__init__(self.tr("Edit {name}").format(name=o.name) if org_id
                         else self.tr("New organization"), parent, store=store)
        self.add_field("name", self.tr("Name:"), line(o.name, self.tr("e.g. City of Tacoma")))
        self.add_field("kind", self.tr("Kind:"), combo([(k, label(k)) for k in OrganizationKind], o.kind))
        self.add_field("city", self.tr("City:"), line(o.city))
        self.add_field("state_region", self.tr("State / region:"), line(o.state_region))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        data = OrganizationData(name=self.text("name"), kind=self.choice("kind"),
                                city=self.text("city"), state_region=self.text("state_region"))
        if self.org_id:
            return organizations.update_organization, (self.org_id, data)
        return organizations.create_organization, (data,)
