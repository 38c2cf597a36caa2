"""The Organizations list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.services import organizations
from cohortdesk.ui.organizations.dialog import OrganizationDialog
from cohortdesk.ui.widgets.list_view import EntitySpec, ListWords, dialog_editor

translate = QCoreApplication.translate


def _words() -> ListWords:
    return ListWords(translate("OrganizationsView", "Organizations"),
                     translate("OrganizationsView", "organization"),
                     translate("OrganizationsView", "organizations"),
                     translate("OrganizationsView", "New organization…"))


SPEC = EntitySpec(
    "organization", "Organizations", ("organization", "person"), organizations.list_organizations,
    dialog_editor(OrganizationDialog), organizations.delete_organization,
    organizations.deletion_counts, lambda s, i: organizations.get_organization(s, i).name, None,
    words=_words)
