"""Tools › Find duplicates, the merge dialog and the History section, driven offscreen."""

from __future__ import annotations

import pytest

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.people.card import PersonCard
from cohortdesk.ui.people.duplicates import PERSON, DuplicatesDialog, MergeDialog
from cohortdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    return w


def test_find_duplicates_then_merge_then_history_then_undo(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                           store: Store) -> None:
    a = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                               email="zoe@work.example.org"))
    b = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien",
                                               email="zoe@home.example.org", title="Manager"))
    assert window.context.actions.action("find_duplicates") is not None
    found = DuplicatesDialog(window.context, window)
    qtbot.addWidget(found)
    assert found.pairs == [(PERSON, a, b)]
    assert found.table.item(0, 3).text() == "same name"

    dialog = MergeDialog(window.context, PERSON, a, b, found)
    qtbot.addWidget(dialog)
    assert set(dialog.groups) == {"given_name", "family_name", "title", "email"}
    assert dialog.take() == ["title"]  # KEEP's blank title is filled by default
    dialog.groups["email"].button(2).setChecked(True)
    dialog.merge_button.click()
    assert dialog.result_ is not None
    merged = people.get_person(store, a)
    assert (merged.email, merged.title, merged.given_name) == (
        "zoe@home.example.org", "Manager", "Zoë")
    assert found.pairs == []  # the list refreshed

    card = PersonCard(window.context)
    qtbot.addWidget(card)
    card.show_record(a)
    # History is read off the UI thread once the selection settles.
    qtbot.waitUntil(lambda: "merge with #" in card.toPlainText())
    text = card.toPlainText()
    assert "History" in text and "merge with #" in text and "Title: — → Manager" in text
    store.undo()
    assert people.count_people(store) == 2
