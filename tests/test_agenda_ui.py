"""The agenda, notes and next-steps tabs as real widgets, driven offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cohortdesk.domain.agenda import format_clock
from cohortdesk.services import actions, agenda, notes
from cohortdesk.store import Store
from cohortdesk.ui.actions_tab import ActionsTab
from cohortdesk.ui.agenda_tab import AgendaTab
from cohortdesk.ui.features.agenda import open_next_steps
from cohortdesk.ui.main_window import MainWindow
from cohortdesk.ui.notes_tab import NotesTab
from cohortdesk.ui.views.details import SessionPage

ROUNDTABLE = 2


@pytest.fixture
def window(qtbot: Any, example_store: Store) -> MainWindow:
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def tab(qtbot: Any, window: MainWindow) -> AgendaTab:
    t = AgendaTab(window)
    qtbot.addWidget(t)
    t.resize(1200, 700)
    t.show()
    t.set_session(ROUNDTABLE)
    return t


def shown(tab: AgendaTab) -> list[tuple[str, str]]:
    """(time, title) as the table shows them."""
    m = tab.model
    return [(m.data(m.index(r, 0)), m.data(m.index(r, 2))) for r in range(m.rowCount())]


def drag_row(qtbot: Any, tab: AgendaTab, source_row: int, target_row: int) -> None:
    """Drop row `source_row` in the upper part of `target_row`, as the mouse would."""
    view = tab.table
    mime = tab.model.mimeData([tab.model.index(source_row, 0)])
    rect = view.visualRect(tab.model.index(target_row, 2))
    point = QPoint(rect.center().x(), rect.top() + 2)
    actions_ = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions_, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(point, actions_, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(QPointF(point), actions_, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)


def test_the_tab_shows_clock_times_in_the_session_zone(tab: AgendaTab) -> None:
    assert shown(tab)[0] == ("1:00 – 1:10 PM", "Welcome and today's objectives")
    summary = tab.summary.text()
    assert "EDT" in summary and "America/New_York" in summary and "total 1 h 30 min" in summary


def test_drag_and_drop_reorders_and_re_times(qtbot: Any, tab: AgendaTab) -> None:
    before = shown(tab)
    assert before[1][1].startswith("Structural racism")
    drag_row(qtbot, tab, 2, 0)  # "Questions and answers" to the top
    after = shown(tab)
    assert after[0] == ("1:00 – 1:15 PM", "Questions and answers")
    assert after[1] == ("1:15 – 1:25 PM", "Welcome and today's objectives")
    assert [t for _c, t in after].count("Questions and answers") == 1
    assert tab.window_.store.undo_label() == "Move Agenda Item Questions and answers"
    tab.window_.undo()
    assert shown(tab) == before


def test_alt_up_and_down_move_the_selected_item(qtbot: Any, tab: AgendaTab) -> None:
    tab.table.setFocus()
    breakout = tab.model.item_at(3)
    assert breakout is not None
    tab.select_item(breakout.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    rows = shown(tab)
    assert rows[2] == ("1:35 – 2:00 PM", "Breakout: practices from our jurisdictions  [2 groups]")
    assert rows[3][0] == "2:00 – 2:15 PM"
    selected = tab.selected_item()
    assert selected is not None and selected.kind.value == "breakout"
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown(tab)[3][1].startswith("Breakout")


def test_changing_the_length_in_the_panel_re_times_the_rest(qtbot: Any, tab: AgendaTab) -> None:
    first = tab.model.item_at(0)
    assert first is not None
    tab.select_item(first.id)
    tab.editor.duration.setValue(20)
    rows = shown(tab)
    assert rows[0][0] == "1:00 – 1:20 PM" and rows[1][0] == "1:20 – 1:45 PM"
    assert "runs 10 min past the planned end at 2:30 PM" in tab.summary.text()
    item = tab.model.item_at(4)
    assert item is not None
    tab.select_item(item.id)
    tab.editor.pin_time.setTime(tab.editor.pin_time.time().fromString("14:15", "HH:mm"))
    tab.editor.pinned.setChecked(True)
    timed = agenda.timed_agenda(tab.window_.store, ROUNDTABLE)
    assert timed.items[4].is_pinned and format_clock(timed.items[4].start) == "2:15 PM"


def test_the_session_page_has_agenda_notes_and_next_steps(window: MainWindow) -> None:
    page = SessionPage(window)
    titles = [page.tabText(i) for i in range(page.count())]
    assert titles[:4] == ["Details", "Agenda", "Notes", "Next steps"]
    page.show_record(1)
    agenda_tab = next(p for p in page.pages if isinstance(p, AgendaTab))
    assert agenda_tab.model.rowCount() == 22  # 20 items and 2 day headers
    page.deleteLater()


def test_typing_a_note_is_saved_without_a_save_button(qtbot: Any, window: MainWindow) -> None:
    notes_tab = NotesTab(window)
    qtbot.addWidget(notes_tab)
    notes_tab.show()
    notes_tab.set_session(ROUNDTABLE)
    assert notes_tab.list.count() == 0
    qtbot.mouseClick(notes_tab.add_button, Qt.MouseButton.LeftButton)
    assert notes_tab.list.count() == 1
    qtbot.keyClicks(notes_tab.editor, "Members want **monthly** calls")
    store = window.store
    qtbot.waitUntil(lambda: notes.notes_for_session(store, ROUNDTABLE)[0].body
                    == "Members want **monthly** calls", timeout=5000)
    assert "<b>monthly</b>" in notes_tab.preview.toHtml() or "monthly" in (
        notes_tab.preview.toPlainText())
    assert "**" not in notes_tab.preview.toPlainText()
    # Closing the window writes what was typed since the last save.
    qtbot.keyClicks(notes_tab.editor, ".")
    window.close()
    with Store.open(store.path) as reopened:
        assert notes.notes_for_session(reopened, ROUNDTABLE)[0].body.endswith("calls.")


def test_next_steps_tab_closes_items_in_this_session(qtbot: Any, window: MainWindow) -> None:
    tab = ActionsTab(window)
    qtbot.addWidget(tab)
    tab.set_session(3)  # the webinar
    carried = [r.description for r in tab.carried.records]
    assert "Find a budget office speaker from a partner city for the webinar" in carried
    row = carried.index("Find a budget office speaker from a partner city for the webinar")
    tab.carried.selectRow(row)
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    record = next(r for r in actions.carried_into(window.store, 3)
                  if r.description.startswith("Find a budget office"))
    assert record.status.value == "done" and record.closed_session_id == 3
    status = tab.carried.item(row, 4)
    assert status is not None and status.text() == "Done"


def test_next_steps_window_filters_by_jurisdiction(qtbot: Any, window: MainWindow) -> None:
    dialog = open_next_steps(window)
    qtbot.addWidget(dialog)
    assert dialog.model.visible_count() == 8
    qtbot.keyClicks(dialog.filter, "tacoma")
    assert dialog.model.visible_count() == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == "Priya Raman"
    dialog.open_only.setChecked(False)
    assert dialog.model.total_count() == 11
