"""The agenda, notes and next-steps tabs as real widgets, driven offscreen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from cohortdesk.domain.agenda import format_clock
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import SessionData
from cohortdesk.services import actions, agenda, agenda_templates, notes, people, sessions
from cohortdesk.services.agenda import TimedDay
from cohortdesk.store import Store
from cohortdesk.ui.sessions.actions_tab import ActionsTab
from cohortdesk.ui.sessions.agenda_menus import open_next_steps
from cohortdesk.ui.sessions.agenda_tab import AgendaTab
from cohortdesk.ui.sessions.notes_tab import NotesTab
from cohortdesk.ui.sessions.page import SessionPage
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import on_next_modal, wait_for_ops

ROUNDTABLE = 2


@pytest.fixture
def window(qtbot: Any, example_store: Store) -> MainWindow:
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def tab(qtbot: Any, window: MainWindow) -> AgendaTab:
    t = AgendaTab(window.context)
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
    wait_for_ops(qtbot, tab)
    after = shown(tab)
    assert after[0] == ("1:00 – 1:15 PM", "Questions and answers")
    assert after[1] == ("1:15 – 1:25 PM", "Welcome and today's objectives")
    assert [t for _c, t in after].count("Questions and answers") == 1
    assert tab.context.store.undo_label() == "Move Agenda Item Questions and answers"
    tab.context.undo()
    wait_for_ops(qtbot, tab)
    assert shown(tab) == before


def test_alt_up_and_down_move_the_selected_item(qtbot: Any, tab: AgendaTab) -> None:
    tab.table.setFocus()
    breakout = tab.model.item_at(3)
    assert breakout is not None
    tab.select_item(breakout.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    wait_for_ops(qtbot, tab)
    rows = shown(tab)
    assert rows[2] == ("1:35 – 2:00 PM", "Breakout: practices from our jurisdictions  [2 groups]")
    assert rows[3][0] == "2:00 – 2:15 PM"
    selected = tab.selected_item()
    assert selected is not None and selected.kind.value == "breakout"
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    wait_for_ops(qtbot, tab)
    assert shown(tab)[3][1].startswith("Breakout")


def test_changing_the_length_in_the_panel_re_times_the_rest(qtbot: Any, tab: AgendaTab) -> None:
    first = tab.model.item_at(0)
    assert first is not None
    tab.select_item(first.id)
    tab.editor.duration.setValue(20)
    wait_for_ops(qtbot, tab)
    rows = shown(tab)
    assert rows[0][0] == "1:00 – 1:20 PM" and rows[1][0] == "1:20 – 1:45 PM"
    assert "runs 10 min past the planned end at 2:30 PM" in tab.summary.text()
    item = tab.model.item_at(4)
    assert item is not None
    tab.select_item(item.id)
    tab.editor.pin_time.setTime(tab.editor.pin_time.time().fromString("14:15", "HH:mm"))
    tab.editor.pinned.setChecked(True)
    wait_for_ops(qtbot, tab)
    timed = agenda.timed_agenda(tab.context.store, ROUNDTABLE)
    assert timed.items[4].is_pinned and format_clock(timed.items[4].start) == "2:15 PM"


def test_the_session_page_has_agenda_notes_and_next_steps(window: MainWindow) -> None:
    page = SessionPage(window.context)
    titles = [page.tabText(i) for i in range(page.count())]
    assert titles[:4] == ["Details", "Agenda", "Notes", "Next steps"]
    page.show_record(1)
    agenda_tab = next(p for p in page.pages if isinstance(p, AgendaTab))
    assert agenda_tab.model.rowCount() == 22  # 20 items and 2 day headers
    page.deleteLater()


def test_typing_a_note_is_saved_without_a_save_button(qtbot: Any, window: MainWindow) -> None:
    notes_tab = NotesTab(window.context)
    qtbot.addWidget(notes_tab)
    notes_tab.show()
    notes_tab.set_session(ROUNDTABLE)
    assert notes_tab.list.count() == 0
    qtbot.mouseClick(notes_tab.add_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
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
    tab = ActionsTab(window.context)
    qtbot.addWidget(tab)
    tab.show()  # a tab out of sight refreshes when it is seen (widgets/seen_changes.py)
    tab.set_session(3)  # the webinar
    carried = [r.description for r in tab.carried.records]
    assert "Find a budget office speaker from a partner city for the webinar" in carried
    row = carried.index("Find a budget office speaker from a partner city for the webinar")
    tab.carried.selectRow(row)
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    record = next(r for r in actions.carried_into(window.store, 3)
                  if r.description.startswith("Find a budget office"))
    assert record.status.value == "done" and record.closed_session_id == 3
    status = tab.carried.item(row, 4)
    assert status is not None and status.text() == "Done"


def test_next_steps_window_filters_by_jurisdiction(qtbot: Any, window: MainWindow) -> None:
    dialog = open_next_steps(window.context)
    qtbot.addWidget(dialog)
    assert dialog.model.visible_count() == 7
    qtbot.keyClicks(dialog.filter, "tacoma")
    assert dialog.model.visible_count() == 1
    assert dialog.model.data(dialog.model.index(0, 2)) == "Priya Raman"
    dialog.open_only.setChecked(False)
    assert dialog.model.total_count() == 10


def visible(dialog: Any, column: int) -> list[str]:
    m = dialog.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_next_steps_window_filters_exactly_by_owner_and_jurisdiction(
        qtbot: Any, window: MainWindow) -> None:
    dialog = open_next_steps(window.context)
    qtbot.addWidget(dialog)
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert owners[0] == "All owners" and owners[-1] == "Unassigned"
    assert "Priya Raman" in owners and "Jordan Reyes" not in owners  # his item is done
    # Typing "chicago" finds Chicago's budget office by its description; the list finds
    # only what owners in Chicago hold.
    choose(dialog.jurisdiction, "Chicago, IL")
    assert visible(dialog, 1) == [
        "Convene Chicago's budget office on an equity review of the capital plan"]
    choose(dialog.jurisdiction, "All jurisdictions")
    choose(dialog.owner, "Unassigned")
    assert visible(dialog, 1) == [
        "Find a budget office speaker from a partner city for the webinar"]
    assert visible(dialog, 2) == ["Unassigned"] and visible(dialog, 0) == ["No date"]
    choose(dialog.owner, "Priya Raman")
    assert visible(dialog, 1) == ["Draft Tacoma's indicators with baselines and targets"]
    assert dialog.count.text().startswith("1 of 1")
    # A change elsewhere keeps the choice.
    actions.add_action(window.store, 1, actions.ActionData(
        "Share Tacoma's baselines", owner_id=dialog.owner.currentData()))
    assert dialog.owner.currentText() == "Priya Raman"
    assert len(visible(dialog, 1)) == 2


def test_dates_and_owners_read_the_same_in_the_window_and_the_tab(
        qtbot: Any, window: MainWindow) -> None:
    dialog = open_next_steps(window.context)
    qtbot.addWidget(dialog)
    tab = ActionsTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(ROUNDTABLE)
    in_window = {d: (due, owner) for due, d, owner in zip(
        visible(dialog, 0), visible(dialog, 1), visible(dialog, 2), strict=True)}
    in_tab = {}
    for row in range(tab.carried.rowCount()):
        cells = [tab.carried.item(row, c).text() for c in range(4)]  # type: ignore[union-attr]
        in_tab[cells[0]] = (cells[3].replace("(overdue)", "").strip(), cells[1])
    assert in_window == in_tab
    assert in_window["Draft Tacoma's indicators with baselines and targets"] == (
        "May 8, 2026", "Priya Raman")
    assert in_window["Find a budget office speaker from a partner city for the webinar"] == (
        "No date", "Unassigned")


def test_the_next_steps_tab_keeps_the_same_item_selected_after_a_change(
        qtbot: Any, window: MainWindow) -> None:
    tab = ActionsTab(window.context)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_session(3)  # the webinar
    descriptions = [r.description for r in tab.carried.records]
    chosen = "Book the venue for the second in-person convening"
    tab.carried.selectRow(descriptions.index(chosen))
    assert tab.current() is not None and tab.current().description == chosen  # type: ignore[union-attr]
    # Another item moves ahead of it in the due-date order...
    other = next(r for r in tab.carried.records if r.due_on is None)
    actions.update_action(window.store, other.id, actions.ActionData(
        other.description, other.owner_id, dt.date(2025, 10, 20)))
    assert tab.carried.records[0].id == other.id
    # ...and the selection follows the item, not the row number.
    selected = tab.current()
    assert selected is not None and selected.description == chosen
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    done = next(r for r in actions.carried_into(window.store, 3) if r.description == chosen)
    assert done.status.value == "done" and done.closed_session_id == 3
    untouched = actions.get_action(window.store, other.id)
    assert untouched.status.value == "open"
    # Deleted, nothing is selected: Delete does not fall onto the next row.
    qtbot.mouseClick(tab.buttons["delete"], Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert chosen not in [r.description for r in tab.carried.records]
    assert tab.current() is None
    count = len(tab.carried.records)
    qtbot.mouseClick(tab.buttons["delete"], Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert len(tab.carried.records) == count


def test_switching_sessions_leaves_no_day_header_spans_behind(qtbot: Any, tab: AgendaTab) -> None:
    def spans() -> list[int]:
        return [r for r in range(tab.model.rowCount()) if tab.table.columnSpan(r, 0) > 1]

    def headers() -> list[int]:
        return [r for r, row in enumerate(tab.model.rows) if isinstance(row, TimedDay)]

    tab.set_session(1)  # the two-day kickoff: two header rows
    assert spans() == headers() == [0, 12]
    tab.set_session(ROUNDTABLE)  # one day, no headers
    assert spans() == []
    assert shown(tab)[0] == ("1:00 – 1:10 PM", "Welcome and today's objectives")
    # Alt+Up from the top of day 2 moves the item into day 1: the header moves down a row.
    tab.set_session(1)
    first_of_day_two = tab.model.item_at(13)
    assert first_of_day_two is not None
    tab.table.setFocus()
    tab.select_item(first_of_day_two.id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    wait_for_ops(qtbot, tab)
    assert headers() == [0, 13]
    assert spans() == [0, 13]


def test_the_item_panel_is_blank_when_no_item_is_selected(tab: AgendaTab) -> None:
    editor = tab.editor
    assert tab.selected_item() is None and not editor.isEnabled()
    assert editor.kind.currentText() == ""
    assert editor.duration.text() == "" and editor.day.text() == ""
    assert editor.pin_time.text().strip() == "" and not editor.pinned.isChecked()
    tab.grab()  # painted blank as well
    first = tab.model.item_at(0)
    assert first is not None
    tab.select_item(first.id)
    assert editor.kind.currentText() == "Welcome"
    assert editor.duration.text() == "10 min" and editor.day.text() == "1"
    assert editor.pin_time.text() == "1:00 PM"


def test_day_times_have_their_own_button(qtbot: Any, tab: AgendaTab) -> None:
    assert tab.day_times_button.isVisible() and tab.day_times_button.isEnabled()

    def set_times(dialog: Any) -> None:
        dialog.start.setTime(QTime(13, 30))
        dialog.accept()

    errors = on_next_modal(set_times)
    qtbot.mouseClick(tab.day_times_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, tab)
    assert not errors
    assert shown(tab)[0] == ("1:30 – 1:40 PM", "Welcome and today's objectives")
    assert agenda.day_times(tab.context.store, ROUNDTABLE, 1) == (dt.time(13, 30),
                                                                  dt.time(14, 30))


def test_applying_a_template_adds_to_the_agenda_unless_told_to_replace(
        qtbot: Any, tab: AgendaTab) -> None:
    seen: list[tuple[bool, bool]] = []

    def pick(name: str, replace: bool) -> Any:
        def act(dialog: Any) -> None:
            seen.append((dialog.replace.isVisible(), dialog.replace.isChecked()))
            row = next(r for r in range(dialog.choice.count())
                       if dialog.choice.item(r).text().startswith(name))
            dialog.choice.setCurrentRow(row)
            dialog.replace.setChecked(replace)
            dialog.accept()
        return act

    errors = on_next_modal(pick("90-minute virtual roundtable", False))
    tab.apply_template()
    wait_for_ops(qtbot, tab)
    assert not errors and seen == [(True, False)]  # offered, not ticked
    assert len(tab.model.timed.items) == 12  # type: ignore[union-attr]  # 6 + 6 added
    errors = on_next_modal(pick("90-minute virtual roundtable", True))
    tab.apply_template()
    wait_for_ops(qtbot, tab)
    assert not errors and seen[-1] == (True, False)
    assert len(tab.model.timed.items) == 6  # type: ignore[union-attr]


def test_saving_under_a_taken_name_asks_then_replaces(qtbot: Any, tab: AgendaTab) -> None:
    store = tab.context.store

    def name_it(answer: str) -> Any:
        def act(dialog: Any) -> None:
            dialog.setTextValue("90-minute virtual roundtable")
            on_next_modal(lambda box: next(b for b in box.buttons()
                                           if b.text() == answer).click())
            dialog.accept()
        return act

    first = tab.model.item_at(0)
    assert first is not None
    tab.select_item(first.id)
    tab.editor.duration.setValue(20)  # this agenda now differs from the template
    wait_for_ops(qtbot, tab)
    before = next(t for t in agenda_templates.list_templates(store) if t.name.startswith("90"))
    errors = on_next_modal(name_it("Cancel"))
    tab.save_template()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert not errors
    unchanged = next(t for t in agenda_templates.list_templates(store) if t.id == before.id)
    assert unchanged.total_minutes == before.total_minutes == 90
    errors = on_next_modal(name_it("Replace"))
    tab.save_template()
    wait_for_ops(qtbot, tab)
    assert not errors
    replaced = next(t for t in agenda_templates.list_templates(store) if t.id == before.id)
    assert replaced.total_minutes == 100
    assert store.undo_label() == "Save Agenda Template 90-minute virtual roundtable"


def test_a_template_can_be_deleted_from_the_tab(qtbot: Any, tab: AgendaTab) -> None:
    store = tab.context.store

    def pick(dialog: Any) -> None:
        assert not dialog.replace.isVisible()
        row = next(r for r in range(dialog.choice.count())
                   if dialog.choice.item(r).text().startswith("Full-day convening"))
        dialog.choice.setCurrentRow(row)
        on_next_modal(lambda box: next(b for b in box.buttons() if b.text() == "Delete").click())
        dialog.accept()

    errors = on_next_modal(pick)
    tab.delete_template()
    wait_for_ops(qtbot, tab)
    assert not errors
    assert [t.name for t in agenda_templates.list_templates(store)] == [
        "90-minute virtual roundtable"]
    assert store.undo_label() == "Delete Agenda Template Full-day convening"


def test_length_clicks_on_one_item_undo_as_one_step(qtbot: Any, tab: AgendaTab) -> None:
    first = tab.model.item_at(0)
    assert first is not None
    tab.select_item(first.id)
    for _ in range(3):
        tab.editor.duration.stepUp()
    wait_for_ops(qtbot, tab)
    assert shown(tab)[0][0] == "1:00 – 1:25 PM"
    assert tab.context.store.undo_label() == "Change Duration"
    tab.context.undo()
    wait_for_ops(qtbot, tab)
    assert shown(tab)[0][0] == "1:00 – 1:10 PM"
    assert tab.context.store.undo_label() != "Change Duration"


def test_day_headers_name_each_days_zone_across_the_autumn_change(
        qtbot: Any, window: MainWindow) -> None:
    store = window.store
    sid = sessions.create_session(store, SessionData(
        cohort_id=1, title="Fall retreat", time_zone="America/Chicago",
        starts_at=dt.datetime(2025, 11, 1, 9), ends_at=dt.datetime(2025, 11, 2, 12)))
    agenda.add_item(store, sid, agenda.ItemData(title="Welcome", duration_minutes=30))
    agenda.add_item(store, sid, agenda.ItemData(title="Day two", duration_minutes=30, day=2))
    tab = AgendaTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(sid)
    header = [tab.model.data(tab.model.index(r, 0)) for r, row in enumerate(tab.model.rows)
              if isinstance(row, TimedDay)]
    assert "9:00 AM – 9:30 AM CDT" in header[0]
    assert "CDT" in header[0] and "CST" not in header[0]
    assert "CST" in header[1] and "CDT" not in header[1]
    summary = tab.summary.text()
    assert "9:00 AM CDT" in summary and "9:30 AM CST" in summary


def test_notes_show_times_in_the_sessions_zone_and_staff_as_authors(
        qtbot: Any, window: MainWindow) -> None:
    notes_tab = NotesTab(window.context)
    qtbot.addWidget(notes_tab)
    notes_tab.show()  # a tab out of sight refreshes when it is seen (widgets/seen_changes.py)
    notes_tab.set_session(1)  # the kickoff, in America/Chicago
    assert notes_tab.status.text() == "Saved · created Oct 14, 2025, 5:30 PM CDT"
    authors = [notes_tab.author.itemText(i) for i in range(notes_tab.author.count())]
    assert authors == ["No author", "Amara Bello — Equity Officers Policy Network",
                       "Jordan Reyes — Equity Officers Policy Network",
                       "Leilani Kahale — Civic Results Institute"]
    # A note by someone else keeps its author selectable.
    member = next(int(r[0]) for r in people.list_people(window.store).rows
                  if r[1] == "Imani Caldwell")
    first = notes.notes_for_session(window.store, 1)[0]
    notes.update_note(window.store, first.id, notes.NoteData(
        first.body, first.kind, member, first.agenda_item_id))
    assert notes_tab.author.currentText() == "Imani Caldwell — City of Asheville"
    notes.set_note_text(window.store, first.id, first.body + " More.")
    status = notes_tab.status.text()
    assert status.startswith("Saved · created Oct 14, 2025, 5:30 PM CDT · last edited ")
    assert status.endswith(" CST") or status.endswith(" CDT")


def test_a_refused_blank_title_comes_back_and_the_next_edit_saves(qtbot: Any,
                                                                  tab: AgendaTab) -> None:
    # The blank title stayed in the panel, so every later edit of the item was refused too.
    errors: list[BaseException] = []
    tab.context.set_error_reporter(errors.append)
    item = tab.model.item_at(1)
    assert item is not None
    tab.select_item(item.id)
    tab.editor.title.setText("")
    tab.editor.title.editingFinished.emit()
    wait_for_ops(qtbot, tab)
    assert [e.message for e in errors if isinstance(e, ValidationError)] == [
        "Give the agenda item a title."]
    assert tab.editor.title.text() == item.title
    tab.editor.room.setText("Room 204")
    tab.editor.room.editingFinished.emit()
    wait_for_ops(qtbot, tab)
    saved = agenda.get_item(tab.context.store, item.id)
    assert (saved.title, saved.room) == (item.title, "Room 204") and len(errors) == 1


def test_group_and_day_dialogs_stay_open_saying_why(qtbot: Any, window: MainWindow) -> None:
    # They closed first and were refused after: the room and the ticked members were lost.
    import datetime as dt

    from cohortdesk.ui.sessions.agenda_dialogs import DayTimesDialog, GroupDialog

    group = GroupDialog(window.context.store, lambda: [(1, "Ana Lee")], window, name="",
                        room="Room 4")
    qtbot.addWidget(group)
    group.show()
    group.accept()
    assert group.isVisible() and group.result() != GroupDialog.DialogCode.Accepted
    assert group.error.isVisible() and group.error.text() == "Name the breakout group."
    assert group.room.text() == "Room 4"
    group.name.setText("Group 1")
    group.accept()
    assert group.result() == GroupDialog.DialogCode.Accepted
    day = DayTimesDialog(1, dt.time(13, 0), dt.time(12, 0), window)
    qtbot.addWidget(day)
    day.show()
    day.accept()
    assert day.isVisible() and day.error.text() == "The day must end after it starts."


def test_the_summary_names_the_planned_end_it_counts_from(qtbot: Any, tab: AgendaTab) -> None:
    # With day 1 set to end at 2:00 PM it read "runs 30 min past the planned end at 2:30 PM"
    # (the session's end) for an agenda ending at 2:30 PM.
    import datetime as dt

    agenda.set_day_times(tab.context.store, ROUNDTABLE, 1, None, dt.time(14, 0))
    tab.set_session(ROUNDTABLE)
    text = tab.summary.text()
    assert "past the planned end at 2:00 PM" in text and "at 2:30 PM" not in text, text


def test_next_steps_say_none_yet_when_nothing_was_raised(qtbot: Any, window: MainWindow) -> None:
    # The heading said "Raised in this session — 0": "none yet" was written, then overwritten.
    from cohortdesk.domain.records import SessionData
    from cohortdesk.services import sessions
    from cohortdesk.ui.sessions.actions_tab import ActionsTab

    later = sessions.create_session(window.store, SessionData(cohort_id=1,
                                                              title="Peer Exchange Call"))
    steps = ActionsTab(window.context)
    qtbot.addWidget(steps)
    steps.set_session(later)
    assert steps.raised_label.text() == "<b>Raised in this session</b> — none yet"
    assert not steps.raised.isVisible()
