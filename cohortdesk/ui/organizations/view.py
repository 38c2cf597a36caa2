"""The Organizations list."""

from __future__ import annotations

from cohortdesk.services import organizations
from cohortdesk.ui.organizations.dialog import OrganizationDialog
from cohortdesk.ui.widgets.list_view import EntitySpec, dialog_editor

SPEC = EntitySpec(
    "organization", "Organizations", ("organization", "person"), organizations.list_organizations,
    dialog_editor(OrganizationDialog), organizations.delete_organization,
    organizations.deletion_impact, lambda s, i: organizations.get_organization(s, i).name, None)
