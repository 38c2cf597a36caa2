"""Boxes that choose one person among everyone read the people off the UI thread, and keep
the value they were opened on until the people are in."""

from __future__ import annotations

import threading
from typing import Any

from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.sessions.agenda_dialogs import PLACEHOLDER, PresenterDialog
from cohortdesk.ui.widgets.person_choice import PersonBox


def _slowed(monkeypatch: Any) -> threading.Event:
    release = threading.Event()
    read = people.person_choices

    def slow(store: Store, **kw: Any) -> Any:
        release.wait(10)  # a directory of 100,000: the UI thread must not be the one waiting
        return read(store, **kw)

    monkeypatch.setattr(people, "person_choices", slow)
    return release


def test_a_box_waits_for_the_people_and_keeps_its_value_meanwhile(
        qtbot: Any, example_store: Store, monkeypatch: Any) -> None:
    everyone = people.person_choices(example_store)
    pid, label = everyone[3]
    release = _slowed(monkeypatch)
    box = PersonBox("Owner", ("Unassigned", None), example_store, pid)
    qtbot.addWidget(box)
    box.show()
    qtbot.wait(50)
    assert box.loading and not box.isEnabled()
    assert box.currentText() == "Loading people…"
    assert box.currentData() == pid  # OK now keeps the owner it had

    release.set()
    qtbot.waitUntil(lambda: not box.loading)
    assert box.isEnabled()
    assert (box.currentData(), box.currentText()) == (pid, label)
    assert box.count() == len(everyone) + 1
    box.setCurrentIndex(0)
    assert (box.currentText(), box.currentData()) == ("Unassigned", None)
    assert box.findData(everyone[-1][0]) == len(everyone)
    assert box.findData(10**9) == -1


def test_a_new_presenter_starts_as_a_placeholder_until_someone_is_chosen(
        qtbot: Any, example_store: Store) -> None:
    dialog = PresenterDialog(example_store)
    qtbot.addWidget(dialog)
    assert dialog.values()[0] is None and dialog.placeholder.isEnabled()
    qtbot.waitUntil(lambda: not dialog.person.loading)
    assert dialog.person.currentData() == PLACEHOLDER and dialog.placeholder.isEnabled()
    someone = people.person_choices(example_store)[0][0]
    dialog.person.setCurrentIndex(dialog.person.findData(someone))
    assert dialog.values()[0] == someone and not dialog.placeholder.isEnabled()
