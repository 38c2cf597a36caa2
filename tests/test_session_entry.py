"""Entering a session and its agenda: typed times, the new item's focus, the zone a session
starts in."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from cohortdesk.domain.records import CohortData
from cohortdesk.operations import perform
from cohortdesk.services import agenda, cohorts, sessions
from cohortdesk.store import Store
from cohortdesk.ui.sessions.agenda_dialogs import DayTimesDialog
from cohortdesk.ui.sessions.agenda_tab import AgendaTab
from cohortdesk.ui.sessions.dialog import SessionDialog, system_time_zone
from cohortdesk.ui.sessions.time_edit import TimeEdit
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import show_active, wait_for_ops

ROUNDTABLE = 2


@pytest.fixture
def window(qtbot: Any, example_store: Store) -> MainWindow:
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    w.store.strict = True
    return w


@pytest.mark.parametrize(("typed", "shown"), [
    ("9:30", "9:30 AM"), ("930", "9:30 AM"), ("9.30a", "9:30 AM"), ("14h30", "2:30 PM"),
    ("2 pm", "2:00 PM"),
])
def test_a_time_field_takes_a_time_as_typed(qtbot: Any, typed: str, shown: str) -> None:
    edit = TimeEdit()
    qtbot.addWidget(edit)
    seen: list[Any] = []
    edit.timeChanged.connect(seen.append)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == shown and not edit.error()
    assert len(seen) == 1 and seen[0].toString("HH:mm") == edit.value().strftime("%H:%M")  # type: ignore[union-attr]


def test_a_time_field_keeps_what_is_not_a_time_and_says_so(qtbot: Any) -> None:
    edit = TimeEdit(dt.time(9, 0))
    qtbot.addWidget(edit)
    edit.selectAll()
    qtbot.keyClicks(edit, "25:00")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "25:00" and edit.value() == dt.time(9, 0)
    assert "9:30" in edit.error() and edit.toolTip() == edit.error()


def test_a_time_field_says_what_is_wrong_in_the_apps_language(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtCore import QLocale

    from cohortdesk.domain import clock
    from cohortdesk.ui import i18n
    from cohortdesk.ui.sessions import time_edit

    # The field's table is the core's, word for word (the core's English is what it shows).
    assert time_edit._HINT == clock.HINT
    assert {k: time_edit._MESSAGES[k] for k in clock.MESSAGES} == clock.MESSAGES
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        edit = TimeEdit(dt.time(9, 0))
        qtbot.addWidget(edit)
        assert edit.toolTip() == "Escriba una hora como 9:30, 930, 9.30a, 2 pm o 14h30."
        for typed, said in (("25:00", "«25:00» pasa de las 23:59."),
                            ("9:75", "«9:75» tiene 75 minutos; una hora tiene 60."),
                            ("13 pm", "«13 pm»: con am o pm, la hora va de 1 a 12."),
                            ("tea", "«tea» no es una hora.")):
            edit.selectAll()
            qtbot.keyClicks(edit, typed)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
            assert edit.error().startswith(said) and edit.error().endswith("14h30.")
            assert edit.value() == dt.time(9, 0)
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_the_pinned_time_is_typed_in_the_agenda_panel(qtbot: Any, window: MainWindow) -> None:
    tab = AgendaTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(ROUNDTABLE)
    show_active(qtbot, tab)
    item = tab.model.item_at(4)
    assert item is not None
    tab.select_item(item.id)
    tab.editor.pinned.setChecked(True)
    wait_for_ops(qtbot, window)
    tab.editor.pin_time.selectAll()
    qtbot.keyClicks(tab.editor.pin_time, "14h15")
    qtbot.keyClick(tab.editor.pin_time, Qt.Key.Key_Return)
    wait_for_ops(qtbot, window)
    timed = agenda.timed_agenda(window.store, ROUNDTABLE)
    assert timed.items[4].pinned_time == dt.time(14, 15)
    assert tab.editor.pin_time.text() == "2:15 PM"


def test_day_times_are_typed(qtbot: Any) -> None:
    dialog = DayTimesDialog(1, dt.time(9, 0), None)
    qtbot.addWidget(dialog)
    dialog.start.setText("830")
    dialog.has_end.setChecked(True)
    dialog.end.setText("4.45p")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values() == (dt.time(8, 30), dt.time(16, 45))
    wrong = DayTimesDialog(1, dt.time(9, 0), None)
    qtbot.addWidget(wrong)
    wrong.start.setText("nine")
    wrong.accept()
    assert wrong.result() != wrong.DialogCode.Accepted and wrong.start.error()


def test_adding_an_item_focuses_its_title(qtbot: Any, window: MainWindow) -> None:
    tab = AgendaTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(ROUNDTABLE)
    show_active(qtbot, tab)
    before = len(agenda.timed_agenda(window.store, ROUNDTABLE).items)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert len(agenda.timed_agenda(window.store, ROUNDTABLE).items) == before + 1
    assert tab.editor.title.hasFocus() and not tab.editor.kind.hasFocus()
    assert tab.editor.title.selectedText() == "New item"  # typing replaces it
    qtbot.keyClicks(tab.editor.title, "Lightning talks")
    qtbot.keyClick(tab.editor.title, Qt.Key.Key_Tab)
    wait_for_ops(qtbot, window)
    titles = [i.title for i in agenda.timed_agenda(window.store, ROUNDTABLE).items]
    assert "Lightning talks" in titles and "New item" not in titles


def test_a_new_session_starts_in_its_cohorts_zone_else_the_computers(
        qtbot: Any, window: MainWindow) -> None:
    store = window.store
    newest = max((r for r in sessions.list_sessions(store, 1).rows), key=lambda r: r[4])
    dialog = SessionDialog(store, None, window, cohort_id=1)
    dialog.ops = window.context.ops
    qtbot.addWidget(dialog)
    zone = dialog.fields["time_zone"]
    assert zone.currentText() == newest[5]  # type: ignore[attr-defined]
    second = perform(store, cohorts.create_cohort, CohortData(name="Second cohort")).value
    fresh = SessionDialog(store, None, window, cohort_id=second)
    qtbot.addWidget(fresh)
    assert fresh.fields["time_zone"].currentText() == system_time_zone()  # type: ignore[attr-defined]
    # Choosing the other cohort in the dialog brings its zone along.
    cohort_box = dialog.fields["cohort_id"]
    cohort_box.setCurrentIndex(cohort_box.findData(second))  # type: ignore[attr-defined]
    assert zone.currentText() == system_time_zone()  # type: ignore[attr-defined]


def test_a_session_time_is_typed_and_a_wrong_one_is_shown_by_its_field(
        qtbot: Any, window: MainWindow) -> None:
    store = window.store
    dialog = SessionDialog(store, None, window, cohort_id=1)
    dialog.ops = window.context.ops
    qtbot.addWidget(dialog)
    dialog.fields["title"].setText("Budget clinic")  # type: ignore[attr-defined]
    starts, ends = dialog.fields["starts_at"], dialog.fields["ends_at"]
    starts.time.setText("9.30a")  # type: ignore[attr-defined]
    ends.time.setText("half past")  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert dialog.errors["ends_at"].isVisibleTo(dialog) and "9:30" in dialog.errors["ends_at"].text()
    ends.time.setText("11h")  # type: ignore[attr-defined]
    dialog.save_button.click()
    wait_for_ops(qtbot, window)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id is not None
    saved = sessions.get_session(store, dialog.saved_id)
    assert (saved.starts_at.time(), saved.ends_at.time()) == (dt.time(9, 30), dt.time(11, 0))  # type: ignore[union-attr]


def test_the_details_write_times_as_the_agenda_does() -> None:
    from cohortdesk.ui.sessions.page import when_text

    day = dt.date(2026, 5, 14)
    at = dt.datetime.combine
    assert when_text(at(day, dt.time(13)), at(day, dt.time(14, 30))) == \
        "Thu, May 14, 2026, 1:00 – 2:30 PM"
    assert when_text(at(day, dt.time(11, 30)), at(day, dt.time(12, 30))) == \
        "Thu, May 14, 2026, 11:30 AM – 12:30 PM"
    assert when_text(at(day, dt.time(9)), at(day + dt.timedelta(1), dt.time(15, 30))) == \
        "Thu, May 14, 2026, 9:00 AM – Fri, May 15, 2026, 3:30 PM"
    assert when_text(None, None) == "No date yet"


def test_typing_a_note_in_bursts_undoes_as_one_step(qtbot: Any, window: MainWindow) -> None:
    from cohortdesk.services import notes
    from cohortdesk.ui.sessions.notes_tab import NotesTab

    tab = NotesTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(ROUNDTABLE)
    show_active(qtbot, tab)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert tab.note_id is not None and tab.editor.hasFocus()
    for burst in ("Members asked ", "for monthly calls", "."):
        qtbot.keyClicks(tab.editor, burst)
        tab.flush()  # as the autosave timer does
        wait_for_ops(qtbot, window)
    note = notes.get_note(window.store, tab.note_id)
    assert note.body == "Members asked for monthly calls."
    assert tab.status.text() == "Saved" or tab.status.text().startswith("Saved ·")
    assert window.store.undo_label() == "Type in Note"
    window.context.undo()
    wait_for_ops(qtbot, window)
    assert notes.get_note(window.store, tab.note_id).body == ""  # all the typing, in one step
    assert tab.editor.toPlainText() == ""


def test_a_sessions_printed_documents_language_is_chosen_in_its_details(
        qtbot: Any, window: MainWindow, tmp_path: Any) -> None:
    # Only the command line could set it: the Spanish app printed every document in English.
    from pypdf import PdfReader

    from cohortdesk.services import packets

    store = window.store
    dialog = SessionDialog(store, 1, window)
    dialog.ops = window.context.ops
    qtbot.addWidget(dialog)
    language = dialog.fields["document_language"]
    assert language.currentData() == "en"  # type: ignore[attr-defined]
    language.setCurrentIndex(language.findData("es"))  # type: ignore[attr-defined]
    dialog.save_button.click()
    wait_for_ops(qtbot, window)
    assert sessions.get_session(store, 1).document_language == "es"
    packets.generate_sign_in(store, 1, tmp_path / "sign-in.pdf")
    assert "Hoja de asistencia" in PdfReader(tmp_path / "sign-in.pdf").pages[0].extract_text()


@pytest.mark.usefixtures("spanish")
def test_a_new_session_prints_in_the_apps_language(qtbot: Any, window: MainWindow) -> None:
    fresh = SessionDialog(window.store, None, window, cohort_id=1)
    qtbot.addWidget(fresh)
    assert fresh.fields["document_language"].currentData() == "es"  # type: ignore[attr-defined]
