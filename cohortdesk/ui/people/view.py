"""The People list: everyone in the workspace, with a person's card beside it."""

from __future__ import annotations

from cohortdesk.services import people
from cohortdesk.ui.people.card import PersonCard
from cohortdesk.ui.people.dialog import PersonDialog
from cohortdesk.ui.widgets.list_view import EntitySpec, dialog_editor


def _person_name(store, pid: int) -> str:
    return people.get_person(store, pid).full_name


SPEC = EntitySpec(
    "person", "People", ("person", "organization"), people.list_people,
    dialog_editor(PersonDialog), people.delete_person, people.deletion_impact,
    _person_name, PersonCard)
