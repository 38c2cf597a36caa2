"""Check-in mode, the Attendance tab, the Zoom import dialog and the matrix, driven by keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cohortdesk.domain.attendance import AttendanceMode, AttendanceState
from cohortdesk.domain.records import PersonData, SessionData
from cohortdesk.services import attendance, people, sessions, zoom_import
from cohortdesk.store import Store
from cohortdesk.ui.sessions.attendance_matrix import AttendanceMatrixDialog
from cohortdesk.ui.sessions.attendance_tab import AttendanceTab
from cohortdesk.ui.sessions.checkin_mode import CheckInMode
from cohortdesk.ui.sessions.zoom_import_dialog import LEAVE_OUT, ZoomImportDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.conftest import DATA
from tests.qt_helpers import on_next_modal, show_active, wait_for_ops


def _session(store: Store, title: str) -> int:
    return next(r[0] for r in sessions.list_sessions(store).rows if r[1].startswith(title))


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


def _state(store: Store, sid: int, name: str) -> attendance.RegistrationRecord:
    return next(r for r in attendance.registrations(store, sid) if r.name == name)


def test_check_in_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    mode = CheckInMode(window.context, sid, parent=window)
    qtbot.addWidget(mode)
    show_active(qtbot, mode)
    assert mode.search.hasFocus() and mode.search.font().pointSize() >= 20 or \
        "28pt" in mode.styleSheet()

    qtbot.keyClicks(mode.search, "nun")  # any part of a name, accents ignored
    assert mode.shown[0].name == "Mati Núñez-Ortega"
    qtbot.keyClick(mode.search, Qt.Key.Key_Return)
    assert mode.search.text() == ""  # ready for the next name at once
    wait_for_ops(qtbot, window)
    mati = _state(store, sid, "Mati Núñez-Ortega")
    assert mati.checked_in and mati.attendance is AttendanceState.PRESENT
    # The screen may face the people checking in: it says there are needs, not what they are.
    assert "Needs on file" in mode.status.text()
    assert "Wheelchair access" not in mode.status.text()
    assert all("Wheelchair" not in mode.list.item(n).text() for n in range(mode.list.count()))
    qtbot.keyClicks(mode.search, "nun")
    qtbot.keyClick(mode.search, Qt.Key.Key_F2)  # staff ask for the detail
    assert "Wheelchair access" in mode.status.text()
    qtbot.keyClick(mode.search, Qt.Key.Key_Escape)

    qtbot.keyClicks(mode.search, "ZOE")
    qtbot.keyClick(mode.search, Qt.Key.Key_Return)
    wait_for_ops(qtbot, window)
    assert _state(store, sid, "Zoë O'Brien").checked_in
    assert "Needs on file" in mode.status.text() and "Gluten-free" not in mode.status.text()
    qtbot.keyClick(mode.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot, window)
    assert not _state(store, sid, "Zoë O'Brien").checked_in
    assert "Undone: Check In Zoë O'Brien" in mode.status.text()

    # Arrow keys choose another match than the top one.
    qtbot.keyClicks(mode.search, "ra")
    names = [e.name for e in mode.shown]
    qtbot.keyClick(mode.search, Qt.Key.Key_Down)
    qtbot.keyClick(mode.search, Qt.Key.Key_Return)
    wait_for_ops(qtbot, window)
    assert _state(store, sid, names[1]).checked_in
    assert not _state(store, sid, names[0]).checked_in

    before = people.count_people(store)
    qtbot.keyClicks(mode.search, "Sam Whitfield")
    assert mode.shown == [] or mode.shown[0].record is None
    qtbot.keyClick(mode.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot, window)
    assert people.count_people(store) == before + 1
    sam = _state(store, sid, "Sam Whitfield")
    assert sam.walk_in and sam.checked_in
    assert "1" in mode.counts.text() and "checked in" in mode.counts.text()

    qtbot.keyClicks(mode.search, "xyz")
    qtbot.keyClick(mode.search, Qt.Key.Key_Escape)
    assert mode.search.text() == "" and mode.isVisible()
    qtbot.keyClick(mode.search, Qt.Key.Key_Escape)
    assert not mode.isVisible()


def _roundtable_tab(qtbot, window: MainWindow) -> tuple[Store, int, AttendanceTab]:  # type: ignore[no-untyped-def]
    """The roundtable's Attendance tab, shown and active."""
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    tab = AttendanceTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(sid)
    show_active(qtbot, tab)
    return store, sid, tab


def test_typing_back_a_sign_in_sheet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, sid, tab = _roundtable_tab(qtbot, window)
    tab.table.setFocus()
    tab.select_row(0)
    first_three = [r.name for r in tab.model.rows[:3]]
    for key in (Qt.Key.Key_P, Qt.Key.Key_A, Qt.Key.Key_L):
        qtbot.keyClick(tab.table, key)
    wait_for_ops(qtbot, window)
    got = [_state(store, sid, n).attendance for n in first_three]
    assert got == [AttendanceState.PRESENT, AttendanceState.ABSENT_UNEXCUSED, AttendanceState.LATE]
    assert tab.table.currentIndex().row() == 3
    assert "attended" in tab.counts.text()
    assert tab.model.data(tab.model.index(1, 4)) == "Absent (unexcused)"


def test_zoom_dialog_applies_only_what_was_chosen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_participants.csv")
    dialog = ZoomImportDialog(window.context, plan, parent=window)
    qtbot.addWidget(dialog)
    lan = next(m for m in plan.participants if m.name == "Lan Nguyen's iPhone")
    combo = dialog.combos[lan.key]
    assert combo.currentText() == LEAVE_OUT  # never applied silently
    combo.setCurrentIndex(combo.findText("Yes, this is Lan Nguyễn"))
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.apply_button.click()
    assert _state(store, sid, "Lan Nguyễn").attendance is AttendanceState.PRESENT
    assert _state(store, sid, "Adjoa Mensah").attendance is None
    assert "Recorded 8" in window.statusBar().currentMessage()


def test_matrix_highlights_members_to_reach_out_to(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    kickoff = _session(store, "Kickoff")
    cohort_id = sessions.get_session(store, kickoff).cohort_id
    later = sessions.create_session(store, SessionData(
        cohort_id=cohort_id, title="Peer Exchange Call", starts_at=dt.datetime(2025, 11, 20, 12),
        ends_at=dt.datetime(2025, 11, 20, 13)))
    olga = next(r.person_id for r in attendance.registrations(store, kickoff)
                if r.name.startswith("Olga"))
    attendance.set_attendance(store, later, olga, AttendanceState.ABSENT_UNEXCUSED)
    dialog = AttendanceMatrixDialog(window.context, cohort_id, parent=window)
    qtbot.addWidget(dialog)
    assert "Reach out: Olga" in dialog.flagged.text()
    model = dialog.model
    row = next(i for i in range(model.rowCount()) if "Olga" in model.data(model.index(i, 0)))
    assert model.data(model.index(row, 0)).startswith("⚑ ")
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Absences\nin a row"
    assert model.data(model.index(row, 3)) == "2"
    assert model.data(model.index(row, 2)) == "0%"


def test_attendance_controls_are_named_for_screen_readers(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    sid = _session(window.store, "Virtual Roundtable")
    for widget in (AttendanceTab(window.context), CheckInMode(window.context, sid, parent=window)):
        qtbot.addWidget(widget)
        for control in (widget.findChildren(QPushButton) + widget.findChildren(QLineEdit)
                        + widget.findChildren(QComboBox)):
            if control.isVisibleTo(widget) or isinstance(control, QPushButton):
                assert control.accessibleName(), f"{type(control).__name__} in {widget}"


def test_r_switches_only_the_mode(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store, sid, tab = _roundtable_tab(qtbot, window)
    tab.table.setFocus()
    tab.select_row(0)
    name = tab.model.rows[0].name
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    wait_for_ops(qtbot, window)
    reg = _state(store, sid, name)
    assert (reg.attendance, reg.mode) == (None, AttendanceMode.REMOTE)  # nothing recorded
    assert tab.model.data(tab.model.index(0, 4)) == ""
    qtbot.keyClick(tab.table, Qt.Key.Key_R)
    wait_for_ops(qtbot, window)
    assert _state(store, sid, name).mode is AttendanceMode.IN_PERSON
    assert _state(store, sid, name).attendance is None


def test_invite_cohort_invites_members_and_its_menu_the_rest(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Webinar")
    tab = AttendanceTab(window.context)
    qtbot.addWidget(tab)
    tab.show()  # a tab out of sight refreshes when it is seen (widgets/seen_changes.py)
    tab.set_session(sid)
    assert attendance.registrations(store, sid) == []
    tab.invite_button.click()
    wait_for_ops(qtbot, window)
    roles = {r.role for r in attendance.registrations(store, sid)}
    assert roles == {"member"}
    menu = tab.invite_button.menu()
    assert [a.text() for a in menu.actions()][0] == "Members"
    staff = next(a for a in menu.actions() if a.text() == "Program staff")
    staff.trigger()
    wait_for_ops(qtbot, window)
    roles = {r.role for r in attendance.registrations(store, sid)}
    assert roles == {"member", "program_staff"}
    # Staff are on the list, yet marking absentees leaves them out.
    tab.mark_absent()
    wait_for_ops(qtbot, window)
    assert all(r.attendance is None for r in attendance.registrations(store, sid)
               if r.role == "program_staff")
    assert "absent" in tab.counts.text()


def test_check_in_shows_status_flags_and_the_tab_order(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    people.create_person(store, PersonData(given_name="Tomasz", family_name="Zieliński",
                                           access_needs="Hearing loop"))
    tab = AttendanceTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(sid)
    mode = CheckInMode(window.context, sid, parent=window)
    qtbot.addWidget(mode)
    show_active(qtbot, mode)
    # Before anyone is in: the same family-name order as the Attendance tab.
    assert [e.name for e in mode.shown] == [r.name for r in tab.model.rows]
    soren = next(e for e in mode.shown if e.name.startswith("Søren"))
    assert "DECLINED" in soren.text()

    qtbot.keyClicks(mode.search, "zielin")  # not on the list, flagged all the same
    assert mode.shown[0].record is None and "⚑" in mode.shown[0].text()
    assert "Hearing loop" not in mode.shown[0].text()  # that needs exist, not what they are
    qtbot.keyClick(mode.search, Qt.Key.Key_F2)
    assert "Hearing loop" in mode.status.text()
    qtbot.keyClick(mode.search, Qt.Key.Key_Escape)

    qtbot.keyClicks(mode.search, "soren")
    qtbot.keyClick(mode.search, Qt.Key.Key_Return)
    wait_for_ops(qtbot, window)
    assert "had declined" in mode.status.text()
    assert _state(store, sid, soren.name).checked_in

    qtbot.keyClicks(mode.search, "xyzzy")
    qtbot.keyClick(mode.search, Qt.Key.Key_Return)
    assert "No match" in mode.status.text()
    qtbot.keyClick(mode.search, Qt.Key.Key_Escape)
    assert mode.search.text() == "" and mode.status.text().strip() == ""


def test_ctrl_enter_on_an_existing_name_checks_that_person_in(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    pid = people.create_person(store, PersonData(given_name="Tomasz", family_name="Zieliński"))
    mode = CheckInMode(window.context, sid, parent=window)
    qtbot.addWidget(mode)
    show_active(qtbot, mode)
    before = people.count_people(store)
    qtbot.keyClicks(mode.search, "tomasz zielinski")
    qtbot.keyClick(mode.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot, window)
    assert people.count_people(store) == before
    reg = attendance.registration(store, sid, pid)
    assert reg is not None and reg.checked_in and reg.walk_in
    assert "no one was added" in mode.status.text()
    # Someone on the list typed in full with Ctrl+Enter is checked in the ordinary way.
    qtbot.keyClicks(mode.search, "Renata Alvarez")
    qtbot.keyClick(mode.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot, window)
    renata = _state(store, sid, "Renata Alvarez")
    assert renata.checked_in and not renata.walk_in
    assert people.count_people(store) == before


def test_zoom_dialog_recalculate_keeps_choices(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_participants.csv")
    dialog = ZoomImportDialog(window.context, plan, parent=window)
    qtbot.addWidget(dialog)
    lan = next(m for m in plan.participants if m.name == "Lan Nguyen's iPhone")
    speaker = next(m for m in plan.participants if m.name.startswith("Guest Speaker"))
    dialog.combos[lan.key].setCurrentIndex(dialog.combos[lan.key].findText(
        "Yes, this is Lan Nguyễn"))
    dialog.combos[speaker.key].setCurrentIndex(dialog.combos[speaker.key].findText(
        "Match to Zoë O'Brien"))  # an odd choice, kept all the same

    # A threshold typed but not recalculated cannot be recorded.
    dialog.threshold.setValue(90)
    assert not dialog.apply_button.isEnabled() and dialog.stale.isVisibleTo(dialog)
    dialog.recalc_button.click()
    qtbot.waitUntil(lambda: dialog.plan.threshold == 0.9, timeout=10000)
    assert dialog.apply_button.isEnabled() and not dialog.stale.isVisibleTo(dialog)
    assert dialog.combos[lan.key].currentText() == "Yes, this is Lan Nguyễn"
    assert dialog.combos[speaker.key].currentText() == "Match to Zoë O'Brien"
    assert dialog.plan.threshold_minutes == 81  # 90% of 90 minutes: 50 minutes is brief now
    assert next(m for m in dialog.plan.participants if m.key == speaker.key).status == (
        "joined briefly")
    assert next(m for m in dialog.plan.participants if m.key == lan.key).status == "present"

    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.apply_button.click()
    lan_reg = _state(store, sid, "Lan Nguyễn")
    assert (lan_reg.attendance, lan_reg.minutes) == (AttendanceState.PRESENT, 82)
    # Her own 84 minutes and the speaker's 50, 40 of them at the same time, are 94: more than
    # the meeting's 92 minutes, which is what she is given (time on two lines counts once).
    zoe = _state(store, sid, "Zoë O'Brien")
    assert (zoe.attendance, zoe.minutes) == (AttendanceState.PRESENT, 92)


def test_zoom_dialog_rows_say_host_and_why_unmatched(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_participants.csv")
    dialog = ZoomImportDialog(window.context, plan, parent=window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    host = rows["Program Staff"]
    assert dialog.table.item(host, 3).text() == "Host, not counted"
    phone = rows["+15125550150"]
    found = dialog.table.item(phone, 4).text()
    assert found.startswith("No one: ") and "Olga" in found  # the reason is in the row


def test_matrix_headers_wrap_and_brief_cells_show(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    zoom_import.apply(store, zoom_import.preview(
        store, sid, DATA / "attendance" / "roundtable_participants.csv"))
    cohort_id = sessions.get_session(store, sid).cohort_id
    dialog = AttendanceMatrixDialog(window.context, cohort_id, parent=window)
    qtbot.addWidget(dialog)
    model = dialog.model
    col = next(c for c in range(model.columnCount())
               if str(model.headerData(c, Qt.Orientation.Horizontal)).startswith("Virtual"))
    header = model.headerData(col, Qt.Orientation.Horizontal)
    lines = header.split("\n")
    assert lines[0] == "Virtual Roundtable:" and lines[1].endswith("…")  # cut at the end only
    assert lines[2:] == ["14 May 2026", "6 came, 0 absent, 1 brief"]
    tip = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Virtual Roundtable: Mental Health and Equity (14 May 2026)")
    assert dialog.table.horizontalHeader().textElideMode() == Qt.TextElideMode.ElideNone
    width = dialog.table.horizontalHeader().fontMetrics().horizontalAdvance(max(lines, key=len))
    assert dialog.table.columnWidth(col) >= width
    keisha = next(i for i in range(model.rowCount())
                  if model.data(model.index(i, 0)).endswith("Keisha Washington"))
    assert model.data(model.index(keisha, col)) == "Joined briefly"
    assert "counts as a session missed" in dialog.legend.text()


def test_zoom_dialog_finds_someone_else_in_a_large_workspace(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    # A large workspace: no row lists everyone; "Someone else…" searches them instead.
    from cohortdesk.ui.sessions import zoom_import_dialog
    from cohortdesk.ui.widgets.person_choice import PersonPicker

    monkeypatch.setattr(zoom_import_dialog, "INLINE_PEOPLE", 0)
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_participants.csv")
    dialog = ZoomImportDialog(window.context, plan, parent=window)
    qtbot.addWidget(dialog)
    speaker = next(m for m in plan.participants if m.name.startswith("Guest Speaker"))
    combo = dialog.combos[speaker.key]
    assert not any(combo.itemText(i).startswith("Match to") for i in range(combo.count()))
    assert combo.itemText(combo.count() - 1) == "Someone else…"

    def choose_zoe(picker: PersonPicker) -> None:
        assert isinstance(picker, PersonPicker)
        qtbot.waitUntil(lambda: not picker.loading)
        qtbot.keyClicks(picker.search, "zoe o'b")  # accents and case ignored
        assert picker.chosen() is not None and picker.chosen()[1].startswith("Zoë O'Brien")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    errors = on_next_modal(choose_zoe)
    combo.setCurrentIndex(combo.count() - 1)
    assert not errors
    assert combo.currentText().startswith("Match to Zoë O'Brien")

    # Cancelling the search keeps the row's choice as it was.
    errors = on_next_modal(lambda picker: picker.reject())
    combo.setCurrentIndex(combo.count() - 1)
    assert not errors
    assert combo.currentText().startswith("Match to Zoë O'Brien")

    dialog.threshold.setValue(90)
    dialog.recalc_button.click()
    qtbot.waitUntil(lambda: dialog.plan.threshold == 0.9, timeout=10000)
    assert dialog.combos[speaker.key].currentText().startswith("Match to Zoë O'Brien")
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.apply_button.click()
    # Her own 84 minutes and the speaker's 50, 40 of them at the same time, are 94: more than
    # the meeting's 92 minutes, which is what she is given (time on two lines counts once).
    zoe = _state(store, sid, "Zoë O'Brien")
    assert (zoe.attendance, zoe.minutes) == (AttendanceState.PRESENT, 92)


def test_the_zoom_dialog_speaks_spanish(qtbot, qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Statuses, what each line records, the choices and the status line are the dialog's
    own words: they follow the app's language (names and emails stay as they are)."""
    from PySide6.QtCore import QLocale

    from cohortdesk.ui import i18n

    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_participants.csv")
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        dialog = ZoomImportDialog(window.context, plan, parent=window)
        qtbot.addWidget(dialog)
        statuses = {dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
        effects = {dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())}
        header = dialog.table.horizontalHeaderItem(2).text()
        assert header == "Minutos"  # time online, not the meeting's minutes ("Acta")
        assert statuses == {"Presente", "Se conectó poco tiempo", "Anfitrión, no se cuenta"}
        assert effects == {"", "Registrar", "Fuera (anfitrión o equipo)"}
        found = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
        assert "Nadie: Por número de teléfono apunta a Olga (Ольга Петренко), que ya está " \
            "emparejado como «Olga Petrenko»." in found  # the service's hint, in Spanish
        assert dialog.summary.text().startswith(
            "emparejados: 7 (presentes: 6; con conexión breve: 1)")
        lan = next(m for m in plan.participants if m.name == "Lan Nguyen's iPhone")
        combo = dialog.combos[lan.key]
        assert combo.currentText() == "Dejar fuera"
        combo.setCurrentIndex(combo.findText("Sí, es Lan Nguyễn"))
        assert combo.currentIndex() > 0
        with qtbot.waitSignal(dialog.finished, timeout=10000):
            dialog.apply_button.click()
        assert window.statusBar().currentMessage().startswith("Informe de Zoom: Registrados 8")
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_the_zoom_reports_warnings_read_in_spanish(qtbot, qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Lines the report's reading skipped, and a meeting held on another day than the session,
    are said in the app's language, the days written its way."""
    from PySide6.QtCore import QLocale

    from cohortdesk.ui import i18n
    from cohortdesk.ui.i18n import dates

    store = window.store
    sid = _session(store, "Virtual Roundtable")
    plan = zoom_import.preview(store, sid, DATA / "attendance" / "roundtable_problems.csv")
    assert [key for key, _values in plan.warning_keys] == ["no name", "not minutes",
                                                           zoom_import.OTHER_DAY]
    assert "is not a number of minutes; skipped." in plan.warnings[1]  # the core's English
    session_day = sessions.get_session(store, sid).starts_at.date()
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        dialog = ZoomImportDialog(window.context, plan, parent=window)
        qtbot.addWidget(dialog)
        lines = dialog.warnings.text().split("\n")
        assert lines[0].endswith(": sin nombre; se omite.") and lines[0].startswith("Línea ")
        assert lines[1].endswith(": «ten» no es un número de minutos; se omite.")
        assert lines[2] == (
            f"La reunión del informe fue el {dates.medium_date(dt.date(2026, 5, 21))}, pero "
            f"{plan.session_title} es el {dates.medium_date(session_day)}. Compruebe que sea "
            "la sesión correcta.")
        assert "may" in lines[2]  # a Spanish month
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


@pytest.mark.usefixtures("spanish")
def test_the_attendance_commands_wrap_in_a_narrow_pane_rather_than_cut(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # At the smallest window the Spanish buttons read "arcar ausente al res".
    from PySide6.QtWidgets import QAbstractButton

    tab = AttendanceTab(window.context)
    qtbot.addWidget(tab)
    tab.set_session(_session(window.store, "Virtual Roundtable"))
    tab.resize(560, 500)
    show_active(qtbot, tab)
    buttons = [tab.invite_button, tab.checkin_button, tab.absent_button, tab.zoom_button]
    for button in buttons:
        assert isinstance(button, QAbstractButton)
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= tab.width(), button.text()
    assert len({b.y() for b in buttons}) > 1  # they took a second line


def test_marking_several_people_names_the_check_ins_it_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A door check-in is kept when several people are marked at once, as for one person;
    it used to be kept without a word (nothing changed, no step to undo, no message)."""
    store = window.store
    sid = _session(store, "Virtual Roundtable")
    regs = attendance.registrations(store, sid)
    door, other = regs[0], regs[1]
    attendance.check_in(store, sid, door.person_id)
    store, sid, tab = _roundtable_tab(qtbot, window)
    tab.table.setFocus()
    seen: list[str] = []

    def replace(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Replace").click()

    errors = on_next_modal(replace)
    tab.table.selectAll()
    qtbot.keyClick(tab.table, Qt.Key.Key_X)  # absent (excused)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    wait_for_ops(qtbot, window)
    assert not errors
    assert f"{door.name}: kept: checked in at the door" in seen[0]
    assert _state(store, sid, door.name).attendance is AttendanceState.ABSENT_EXCUSED
    assert _state(store, sid, other.name).attendance is AttendanceState.ABSENT_EXCUSED


def test_the_current_person_stays_current_when_a_row_comes_above_them(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    # A walk-in sorted above Priya moved the selection onto the row above hers: P then
    # marked someone who had declined.
    store, sid, tab = _roundtable_tab(qtbot, window)
    tab.select_row([r.name for r in tab.model.rows].index("Priya Raman"))
    window.context.ops.run(attendance.add_walk_in, sid, "Aaron Abbott")
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: any(r.name == "Aaron Abbott" for r in tab.model.rows))
    assert tab.current() is not None and tab.current().name == "Priya Raman"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_P)
    wait_for_ops(qtbot, window)
    assert store.undo_label() == "Mark Priya Raman Present"
