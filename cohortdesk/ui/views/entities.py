"""The four list views: Cohorts, People, Organizations and Sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from cohortdesk.services import cohorts, organizations, people, sessions
from cohortdesk.ui.dialogs.records import (
    CohortDialog,
    OrganizationDialog,
    PersonDialog,
    SessionDialog,
)
from cohortdesk.ui.views.details import CohortMembers, PersonCard, SessionPage
from cohortdesk.ui.views.list_view import EntitySpec

if TYPE_CHECKING:
    from cohortdesk.ui.main_window import MainWindow


def _editor(dialog_class: type) -> object:
    def edit(window: MainWindow, record_id: int | None) -> int | None:
        dialog = dialog_class(window.store, record_id, window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None

    return edit


def _session_editor(window: MainWindow, record_id: int | None) -> int | None:
    cohort_id = None
    if record_id is None:
        choices = cohorts.cohort_choices(window.store)
        if not choices:
            window.show_message("Add a cohort first", "A session belongs to a cohort. Add a cohort "
                                "in the Cohorts view, then plan its sessions here.")
            return None
        cohort_id = choices[-1][0]
    dialog = SessionDialog(window.store, record_id, window, cohort_id=cohort_id)
    return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def _person_name(store, pid: int) -> str:
    return people.get_person(store, pid).full_name


SPECS = {
    "cohorts": EntitySpec(
        "cohort", "Cohorts", ("cohort", "membership", "cohort_session"), cohorts.list_cohorts,
        _editor(CohortDialog), cohorts.delete_cohort, cohorts.deletion_impact,  # type: ignore[arg-type]
        lambda s, i: cohorts.get_cohort(s, i).name, CohortMembers, detail_share=0.45),
    "people": EntitySpec(
        "person", "People", ("person", "organization"), people.list_people,
        _editor(PersonDialog), people.delete_person, people.deletion_impact,  # type: ignore[arg-type]
        _person_name, PersonCard),
    "organizations": EntitySpec(
        "organization", "Organizations", ("organization", "person"), organizations.list_organizations,
        _editor(OrganizationDialog), organizations.delete_organization,  # type: ignore[arg-type]
        organizations.deletion_impact, lambda s, i: organizations.get_organization(s, i).name, None),
    "sessions": EntitySpec(
        "session", "Sessions", ("cohort_session", "cohort"), sessions.list_sessions,
        _session_editor, sessions.delete_session, sessions.deletion_impact,
        lambda s, i: sessions.get_session(s, i).title, SessionPage, sort_column=3, visual_order=(0, 3),
        detail_share=0.72),
}
