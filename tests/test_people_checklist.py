"""A breakout group's members are ticked in a list read off the UI thread and narrowed by a
search that ignores accents; ticks survive the search, and OK before the list is in keeps the
members the group had."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.sessions.agenda_dialogs import GroupDialog

_CANDIDATES = [(11, "Ana Núñez — City of Tucson"), (12, "Ben Okafor — King County"),
               (13, "Chen Wei — City of Tacoma"), (14, "Dana Nunez — Pima County")]


def _rows(dialog: GroupDialog) -> list[tuple[str, bool]]:
    model = dialog.members.model
    return [(model.index(r).data(), model.index(r).data(Qt.ItemDataRole.CheckStateRole)
             == Qt.CheckState.Checked) for r in range(model.rowCount())]


def test_members_wait_for_the_list_then_tick_through_a_search(qtbot: Any,
                                                               example_store: Store) -> None:
    release = threading.Event()

    def slow() -> list[tuple[int, str]]:
        release.wait(10)  # a directory of 100,000: the UI thread must not be the one waiting
        return _CANDIDATES

    dialog = GroupDialog(example_store, slow, name="Group 1", members=(12,),
                         elsewhere={13: "Group 2"})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.members.loading and dialog.members.count.text() == "Loading people…"
    assert dialog.member_ids() == [12]  # OK now keeps the members the group had

    release.set()
    qtbot.waitUntil(lambda: not dialog.members.loading)
    assert _rows(dialog) == [("Ana Núñez — City of Tucson", False),
                             ("Ben Okafor — King County", True),
                             ("Chen Wei — City of Tacoma    ← in Group 2", False),
                             ("Dana Nunez — Pima County", False)]
    assert dialog.members.count.text() == "1 of 4 ticked"

    qtbot.keyClicks(dialog.members.search, "NUÑEZ")  # accents and case ignored both ways
    assert [label for label, _ticked in _rows(dialog)] == ["Ana Núñez — City of Tucson",
                                                           "Dana Nunez — Pima County"]
    model = dialog.members.model
    model.setData(model.index(1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.members.count.text() == "2 ticked; 2 of 4 shown"
    assert dialog.member_ids() == [12, 14]  # Ben stays ticked while the search hides him

    dialog.members.search.clear()
    assert [ticked for _label, ticked in _rows(dialog)] == [False, True, False, True]


def test_space_ticks_the_current_person(qtbot: Any, example_store: Store) -> None:
    dialog = GroupDialog(example_store, lambda: _CANDIDATES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.members.loading)
    view = dialog.members.view
    view.setFocus()
    view.setCurrentIndex(dialog.members.model.index(2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.member_ids() == [13]


def test_a_whole_directory_is_offered_when_the_session_has_no_cohort(
        qtbot: Any, example_store: Store) -> None:
    everyone = people.person_choices(example_store)
    dialog = GroupDialog(example_store, lambda: people.person_choices(example_store))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.members.loading)
    assert dialog.members.model.rowCount() == len(everyone) > 10
    assert dialog.members.count.text() == f"0 of {len(everyone)} ticked"
