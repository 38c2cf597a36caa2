"""The People list: everyone in the workspace, with a person's card beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from cohortdesk.operations.people import add_people_to_cohort, invite_people
from cohortdesk.services import cohorts, people, sessions
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.people.card import PersonCard
from cohortdesk.ui.people.dialog import PersonDialog
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.list_view import EntitySpec, ListWords, dialog_editor

translate = QCoreApplication.translate


def _person_name(store, pid: int) -> str:
    return people.get_person(store, pid).full_name


def _choose(context: AppContext, title: str, label: str, choices: list[tuple[int, str]]) -> int | None:
    if not choices:
        context.show_message(title, translate("PeopleView", "There is nothing to choose yet: add one first."))
        return None
    names = [name for _id, name in choices]
    name, ok = QInputDialog.getItem(context.host, title, label, names, len(names) - 1, False)
    return choices[names.index(name)][0] if ok and name in names else None


def add_to_cohort(context: AppContext, ids: list[int]) -> None:
    title = (translate("PeopleView", "Add 1 person to a cohort") if len(ids) == 1
             else translate("PeopleView", "Add {n} people to a cohort").format(n=len(ids)))
    cohort_id = _choose(context, title, translate("PeopleView", "Cohort:"),
                        cohorts.cohort_choices(context.store))
    if cohort_id is not None:
        context.ops.run(add_people_to_cohort, ids, cohort_id, on_success=lambda n: context.show_status(
            translate("PeopleView", "Added 1 person to the cohort.") if n == 1
            else translate("PeopleView", "Added {n} people to the cohort.").format(n=n), 6000))


def invite_to_session(context: AppContext, ids: list[int]) -> None:
    title = (translate("PeopleView", "Invite 1 person to a session") if len(ids) == 1
             else translate("PeopleView", "Invite {n} people to a session").format(n=len(ids)))
    rows = sorted(sessions.list_sessions(context.store).rows, key=lambda r: str(r[4] or ""))
    cid = _choose(context, title, translate("PeopleView", "Session:"),
                  [(int(r[0]), f"{r[1]} · {r[2]}") for r in rows])
    if cid is not None:
        context.ops.run(invite_people, ids, cid, on_success=lambda n: context.show_status(
            translate("PeopleView", "Invited 1 person.") if n == 1
            else translate("PeopleView", "Invited {n} people.").format(n=n), 6000))


def _words() -> ListWords:
    return ListWords(translate("PeopleView", "People"),
                     translate("PeopleView", "person"),
                     translate("PeopleView", "people"),
                     translate("PeopleView", "New person…"))


SPEC = EntitySpec(
    "person", "People", ("person", "organization"), people.list_people,
    dialog_editor(PersonDialog), people.delete_person, people.deletion_impact,
    _person_name, PersonCard,
    # Name, Title, Organization and Email stay; Preferred and Pronouns go first.
    hide_first=(1, 2, 5, 8, 7),
    bulk=((QT_TRANSLATE_NOOP("ListView", "Add to cohort…"), add_to_cohort),
          (QT_TRANSLATE_NOOP("ListView", "Invite to session…"), invite_to_session)),
    source=people.people_source, words=_words)
