"""The People list: everyone in the workspace, with a person's card beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from cohortdesk.documents.roster_csv import CONFIDENTIAL_LINE, write_rows_csv
from cohortdesk.operations.people import add_people_to_cohort, invite_people
from cohortdesk.services import cohorts, people, sessions
from cohortdesk.ui.exchange.files import ask_save_path
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


def export_selected(context: AppContext, ids: list[int]) -> None:
    """The selected people as a CSV, their columns as the list shows them. It holds contact
    details whatever each person's consent, so it is marked confidential and saved 0600."""
    store = context.store
    path = ask_save_path(context, context.host, "people-csv",
                         QCoreApplication.translate("People", "Export selected people"),
                         QCoreApplication.translate("People", "Selected people") + ".csv",
                         QCoreApplication.translate("People", "CSV (*.csv)"))
    if path is None:
        return
    wanted = set(ids)

    def work(_progress: Any) -> int:
        rowset = people.list_people(store)
        rows = [row[1:] for row in rowset.rows if row[0] in wanted]
        write_rows_csv(path, rowset.columns[1:], rows, title_line=CONFIDENTIAL_LINE)
        return len(rows)

    context.run_job(QCoreApplication.translate("People", "Exporting people…"), work,
                    lambda n: context.show_status(
                        QCoreApplication.translate("People", "Wrote {n} people to {path}.").format(
                            n=n, path=path), 8000))


SPEC = EntitySpec(
    "person", "People", ("person", "organization"), people.list_people,
    dialog_editor(PersonDialog), people.delete_person, people.deletion_counts,
    _person_name, PersonCard,
    # Name, Title, Organization and Email stay; Preferred and Pronouns go first.
    hide_first=(1, 2, 5, 8, 7),
    bulk=((QT_TRANSLATE_NOOP("ListView", "Add to cohort…"), add_to_cohort),
          (QT_TRANSLATE_NOOP("ListView", "Invite to session…"), invite_to_session),
          (QT_TRANSLATE_NOOP("ListView", "Export selected…"), export_selected)),
    source=people.people_source, words=_words, delete_many=people.delete_people)
