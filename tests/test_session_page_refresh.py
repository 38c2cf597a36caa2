"""A session's page refreshes once per operation, and only the tabs the change concerns."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cohortdesk.services import agenda, attendance
from cohortdesk.store import Store
from cohortdesk.ui.sessions.actions_tab import ActionsTab
from cohortdesk.ui.sessions.agenda_tab import AgendaTab
from cohortdesk.ui.sessions.attendance_tab import AttendanceTab
from cohortdesk.ui.sessions.notes_tab import NotesTab
from cohortdesk.ui.sessions.page import SessionPage
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import show_active, wait_for_ops

ROUNDTABLE = 2


@pytest.fixture
def window(qtbot: Any, example_store: Store) -> MainWindow:
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    # As in the app: a write outside an operation is refused, so every edit below is one.
    w.store.strict = True
    return w


def _page(qtbot: Any, window: MainWindow) -> SessionPage:
    window.resize(1366, 768)
    window.show()
    view = window.show_view("sessions")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    page = view.detail
    assert isinstance(page, SessionPage)
    view.select_id(ROUNDTABLE)  # as a click in the list: the page opens it
    qtbot.waitUntil(lambda: page.session_id == ROUNDTABLE)
    return page


def _tab(page: SessionPage, kind: type) -> Any:
    return next(p for p in page.pages if isinstance(p, kind))


def _count_reloads(page: SessionPage) -> Counter[str]:
    """Wrap each tab's reload (and the Details card's) to count the calls by tab."""
    counts: Counter[str] = Counter()

    def counting(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return fn(*args, **kwargs)
        return wrapper

    page.summary.set_session = counting("Details", page.summary.set_session)  # type: ignore[method-assign]
    for index in range(1, page.count()):
        tab = page.widget(index)
        tab.reload = counting(page.tabText(index), tab.reload)  # type: ignore[attr-defined]
        if isinstance(tab, NotesTab):  # refilling its choices reads the agenda too
            tab._fill_choices = counting("Notes", tab._fill_choices)  # type: ignore[method-assign]
    return counts


def _reloads(counts: Counter[str], page: SessionPage) -> dict[str, int]:
    return {page.tabText(i): counts[page.tabText(i)] for i in range(page.count())}


def test_one_agenda_edit_reloads_the_agenda_once_and_nothing_else(
        qtbot: Any, window: MainWindow) -> None:
    page = _page(qtbot, window)
    agenda_tab = _tab(page, AgendaTab)
    page.setCurrentWidget(agenda_tab)  # the tab the user edits in
    first = agenda_tab.model.item_at(0)
    assert first is not None
    agenda_tab.select_item(first.id)
    counts = _count_reloads(page)

    agenda_tab.editor.duration.setValue(25)  # the panel's Length: one operation
    wait_for_ops(qtbot, window)

    assert agenda.timed_agenda(window.store, ROUNDTABLE).items[0].duration_minutes == 25
    assert _reloads(counts, page) == {"Details": 0, "Agenda": 1, "Notes": 0, "Next steps": 0,
                                      "Attendance": 0}


def test_renaming_an_item_also_refreshes_the_notes_that_name_it(
        qtbot: Any, window: MainWindow) -> None:
    page = _page(qtbot, window)
    agenda_tab = _tab(page, AgendaTab)
    notes_tab = _tab(page, NotesTab)
    page.setCurrentWidget(agenda_tab)  # the tab the user edits in
    first = agenda_tab.model.item_at(0)
    assert first is not None
    agenda_tab.select_item(first.id)
    counts = _count_reloads(page)

    agenda_tab.editor.title.setText("Welcome and check-in")
    agenda_tab.editor.title.editingFinished.emit()
    wait_for_ops(qtbot, window)

    reloads = _reloads(counts, page)
    assert reloads["Agenda"] == 1
    # The other tabs are out of sight: nothing is read for them until they are seen.
    assert reloads["Notes"] == reloads["Next steps"] == reloads["Attendance"] == 0
    assert reloads["Details"] == 0
    page.setCurrentWidget(notes_tab)
    about = [notes_tab.about.itemText(i) for i in range(notes_tab.about.count())]
    assert "Welcome and check-in" in about
    assert counts["Notes"] <= 2  # its choices and its list, once each
    assert counts["Next steps"] == counts["Attendance"] == 0


def test_bulk_marking_reloads_the_attendance_once_and_undoes_in_one_step(
        qtbot: Any, window: MainWindow) -> None:
    page = _page(qtbot, window)
    tab = _tab(page, AttendanceTab)
    page.setCurrentWidget(tab)
    show_active(qtbot, window)
    rows = tab.model.rows
    chosen = [r.name for r in rows[:3]]
    tab.table.setFocus()
    tab.select_row(0)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier,
                     tab.table.visualRect(tab.model.index(2, 0)).center())
    assert [r.name for r in tab.selected()] == chosen
    counts = _count_reloads(page)
    before = window.store.undo_label()
    was = {r.name: r.attendance for r in attendance.registrations(window.store, ROUNDTABLE)}
    assert any(was[n] is None or was[n].value != "absent_excused" for n in chosen)

    qtbot.keyClick(tab.table, Qt.Key.Key_X)  # absent (excused), all three
    wait_for_ops(qtbot, window)

    states = {r.name: r.attendance for r in attendance.registrations(window.store, ROUNDTABLE)}
    assert all(states[n] is not None and states[n].value == "absent_excused" for n in chosen)
    assert [r.name for r in tab.selected()] == chosen  # still selected for the next mark
    assert _reloads(counts, page) == {"Details": 0, "Agenda": 0, "Notes": 0, "Next steps": 0,
                                      "Attendance": 1}
    assert window.store.undo_label() == "Mark 3 People Absent (excused)"
    window.context.undo()
    wait_for_ops(qtbot, window)
    assert window.store.undo_label() == before
    states = {r.name: r.attendance for r in attendance.registrations(window.store, ROUNDTABLE)}
    assert states == was


def test_the_context_menu_offers_the_marks_and_the_tab_buttons(
        qtbot: Any, window: MainWindow) -> None:
    page = _page(qtbot, window)
    tab = _tab(page, AttendanceTab)
    tab.table.selectAll()
    menu = tab.context_menu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    n = len(tab.model.rows)
    assert f"Mark {n} people present" in texts
    assert f"Mark {n} people absent (excused)" in texts
    for button in ("Invite the cohort's members", "Check-in mode…",
                   "Mark everyone not checked in absent", "Import a Zoom report…"):
        assert button in texts
    present = next(a for a in menu.actions() if a.text().startswith(f"Mark {n} people present"))
    present.trigger()
    wait_for_ops(qtbot, window)
    assert all(r.attendance is not None and r.attendance.value == "present"
               for r in attendance.registrations(window.store, ROUNDTABLE))
    assert _tab(page, ActionsTab) is not None
