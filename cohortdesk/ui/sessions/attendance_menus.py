"""Attendance in the menus: check-in mode, Zoom import, absences, the cohort's record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog

from cohortdesk.services import attendance, sessions

_SESSION_ACTIONS = (
    ("checkin_mode", "&Check-in mode…", "Ctrl+Shift+K", "_check_in"),
    ("import_zoom", "Import &Zoom report…", None, "_import_zoom"),
    ("mark_absent", "Mark everyone not checked in &absent", None, "_mark_absent"),
)


def install(window: Any) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    for name, text, shortcut, handler in _SESSION_ACTIONS:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False, h=handler: globals()[h](window))
        window.menu("session").addAction(action)
        window.addAction(action)
        window.register_action(name, action)
    record = QAction("&Attendance record…", window)
    record.triggered.connect(lambda _c=False: open_matrix(window))
    window.menu("tools").addAction(record)
    window.register_action("attendance_record", record)


def chosen_session(window: Any) -> int | None:
    """The session selected in the Sessions view, or one the user picks now."""
    view = window.current_view()
    if view is not None and view is window.views.get("sessions"):
        selected = view.selected_id()
        if selected is not None:
            return int(selected)
    rows = sorted(sessions.list_sessions(window.store).rows,
                  key=lambda r: (r[4] is None, str(r[4] or "")), reverse=False)
    if not rows:
        window.show_message("No sessions", "Add a session first.")
        return None
    labels = [f"{r[1]} — {r[2]} ({r[4]:%d %b %Y})" if r[4] else f"{r[1]} — {r[2]}" for r in rows]
    text, ok = QInputDialog.getItem(window, "Choose a session", "Session:", labels, 0, False)
    return int(rows[labels.index(text)][0]) if ok and text in labels else None


def _check_in(window: Any) -> None:
    sid = chosen_session(window)
    if sid is not None:
        from cohortdesk.ui.sessions.checkin_mode import CheckInMode

        CheckInMode(window, sid).open()


def _import_zoom(window: Any) -> None:
    sid = chosen_session(window)
    if sid is not None:
        from cohortdesk.ui.sessions.zoom_import_dialog import start_zoom_import

        start_zoom_import(window, sid)


def _mark_absent(window: Any) -> None:
    sid = chosen_session(window)
    if sid is not None:
        n = window.guard(lambda: attendance.mark_unchecked_absent(window.store, sid))
        if n is not None:
            window.statusBar().showMessage(f"Marked {n} absent. Ctrl+Z takes it back.", 6000)


def open_matrix(window: Any, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.sessions.attendance_matrix import AttendanceMatrixDialog

    dialog = AttendanceMatrixDialog(window, cohort_id)
    dialog.open()
    return dialog

