"""Attendance in the menus: check-in mode, Zoom import, absences, the cohort's record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from cohortdesk.services import attendance, sessions
from cohortdesk.ui.i18n.dates import medium_date
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def install(context: AppContext) -> None:
    actions = context.actions
    actions.add("checkin_mode", translate(
            "AttendanceMenus",
            "&Check-in mode…"), lambda: _check_in(context), menu="session",
                shortcut="Ctrl+Shift+K")
    actions.add("import_zoom", translate(
            "AttendanceMenus",
            "Import &Zoom report…"), lambda: _import_zoom(context), menu="session")
    actions.add("mark_absent", translate("AttendanceMenus", "Mark everyone not checked in &absent"),
                lambda: _mark_absent(context), menu="session")
    actions.add("attendance_record", translate(
            "AttendanceMenus",
            "&Attendance record…"), lambda: open_matrix(context),
                menu="tools")


def chosen_session(context: AppContext) -> int | None:
    """The session selected in the Sessions view, or one the user picks now."""
    selected = context.selected_id("sessions")
    if selected is not None:
        return selected
    rows = sorted(sessions.list_sessions(context.store).rows,
                  key=lambda r: (r[4] is None, str(r[4] or "")), reverse=False)
    if not rows:
        context.show_message(translate(
                "AttendanceMenus",
                "No sessions"), translate("AttendanceMenus", "Add a session first."))
        return None
    labels = [f"{r[1]} — {r[2]} ({medium_date(r[4])})" if r[4] else f"{r[1]} — {r[2]}"
              for r in rows]
    text, ok = QInputDialog.getItem(context.host, translate(
            "AttendanceMenus",
            "Choose a session"), translate("AttendanceMenus", "Session:"), labels, 0, False)
    return int(rows[labels.index(text)][0]) if ok and text in labels else None


def _check_in(context: AppContext) -> None:
    sid = chosen_session(context)
    if sid is not None:
        from cohortdesk.ui.sessions.checkin_mode import CheckInMode

        CheckInMode(context, sid, parent=context.host).open()


def _import_zoom(context: AppContext) -> None:
    sid = chosen_session(context)
    if sid is not None:
        from cohortdesk.ui.sessions.zoom_import_dialog import start_zoom_import

        start_zoom_import(context, sid, parent=context.host)


def _mark_absent(context: AppContext) -> None:
    sid = chosen_session(context)
    if sid is not None:
        mark_unchecked_absent(context, sid, trigger=context.actions.action("mark_absent"))


def mark_unchecked_absent(context: AppContext, session_id: int, *, trigger: Any = None,
                          initiator: object | None = None) -> None:
    """After the event, everyone with no attendance recorded is marked absent, as one step."""
    def marked(n: int) -> None:
        context.show_status(translate(
                "AttendanceMenus",
                "Marked {n} absent. Ctrl+Z takes it back.").format(n=n), 6000)

    context.ops.run(attendance.mark_unchecked_absent, session_id, trigger=trigger,
                    initiator=initiator, on_success=marked)


def open_matrix(context: AppContext, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.sessions.attendance_matrix import AttendanceMatrixDialog

    dialog = AttendanceMatrixDialog(context, cohort_id, parent=context.host)
    dialog.open()
    return dialog

