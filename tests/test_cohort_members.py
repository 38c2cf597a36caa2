"""The Cohorts view's member list and the "Add a member" dialog, read off the UI thread.

A statewide directory cohort has 100,000 members: reading them (or everyone who could be
added) on the UI thread stopped the window for two seconds and more.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel

from cohortdesk.domain.records import PersonData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import cohorts, people
from cohortdesk.store import Store
from cohortdesk.ui.cohorts.members import CohortMembers, MemberDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import laptop_window, wait_for_ops


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    return laptop_window(qtbot, example_store)


def _members_panel(qtbot, window: MainWindow) -> CohortMembers:  # type: ignore[no-untyped-def]
    """The Cohorts view with its first cohort (by id) selected and its members read."""
    view = window.show_view("cohorts")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    first = min(row[0] for row in cohorts.list_cohorts(window.context.store).rows)
    panel = view.detail
    assert isinstance(panel, CohortMembers)
    view.select_id(first)
    qtbot.waitUntil(lambda: panel.cohort_id == first and panel.member_count() > 0)
    return panel


def test_members_are_read_while_the_window_keeps_answering(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = _members_panel(qtbot, window)
    cohort_id = panel.cohort_id
    expected = [m.id for m in cohorts.list_memberships(window.context.store, cohort_id)]
    release = threading.Event()
    read = cohorts.list_memberships

    def slow_read(store: Store, cid: int) -> Any:
        release.wait(10)  # a long read: the UI thread must not be the one waiting
        return read(store, cid)

    monkeypatch.setattr(cohorts, "list_memberships", slow_read)
    panel.show_record(None)
    panel.show_record(cohort_id)
    qtbot.wait(100)  # the event loop runs while the read waits
    assert panel.loading.isVisible()
    assert panel.loading.text() == "Reading the members…"
    assert panel.member_count() == 0
    release.set()
    qtbot.waitUntil(lambda: panel.member_count() == len(expected))
    assert not panel.loading.isVisible()
    assert [panel.member_at(i).id for i in range(panel.member_count())] == expected


def test_the_selected_member_stays_selected_when_the_list_is_read_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = _members_panel(qtbot, window)
    assert panel.member_count() > 3
    chosen = panel.member_at(3)
    panel.members.selectionModel().setCurrentIndex(
        panel.model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert panel.remove_button.isEnabled()

    # Renamed to sort first: the list is read again and the member moves to the top.
    window.context.ops.run(people_ops.edit_person, chosen.person_id, {"family_name": "Aaberg"})
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: "Aaberg" in panel.member_text(0))
    assert panel.member_at(0).person_id == chosen.person_id
    assert panel.members.currentIndex().row() == 0
    assert panel.remove_button.isEnabled()


def test_adding_a_member_offers_everyone_not_yet_in_the_cohort(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    store = window.context.store
    panel = _members_panel(qtbot, window)
    cohort_id = panel.cohort_id
    newcomer = perform(store, people.create_person,
                       PersonData(given_name="Oluwaseun", family_name="Adeyemi")).value
    members = {m.person_id for m in cohorts.list_memberships(store, cohort_id)}

    dialog = MemberDialog(window.context, cohort_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.person.isEnabled)
    offered = {dialog.person.itemData(i) for i in range(dialog.person.count())}
    assert newcomer in offered
    assert not offered & members
    assert dialog.person.currentText() == ""  # nobody is chosen for the user

    dialog.person.setEditText("oluwaseun adeyemi")  # typed, in any case
    dialog.ok_button.click()
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert newcomer in {m.person_id for m in cohorts.list_memberships(store, cohort_id)}
    assert store.undo_label() is not None


def test_a_name_that_is_not_in_the_list_is_refused_by_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = _members_panel(qtbot, window)
    dialog = MemberDialog(window.context, panel.cohort_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.person.isEnabled)
    dialog.person.setEditText("Nobody Atall")
    dialog.ok_button.click()
    assert "Nobody Atall" in dialog.error.text()
    assert dialog.isVisible()
