"""The tabs of a session's page after "Details". Each area appends one entry.

An entry is (title, factory): `factory(context)` returns a QWidget with `set_session(id | None)`.
The widget refreshes itself from `context.bus.changed` and reads `context.store` when it needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.sessions.actions_tab import ActionsTab
from cohortdesk.ui.sessions.agenda_tab import AgendaTab
from cohortdesk.ui.sessions.attendance_tab import AttendanceTab
from cohortdesk.ui.sessions.notes_tab import NotesTab
from cohortdesk.ui.shell.context import AppContext

SESSION_TABS: list[tuple[str, Callable[[AppContext], Any]]] = [
    (QT_TRANSLATE_NOOP("SessionPage", "Agenda"), AgendaTab),
    (QT_TRANSLATE_NOOP("SessionPage", "Notes"), NotesTab),
    (QT_TRANSLATE_NOOP("SessionPage", "Next steps"), ActionsTab),
    (QT_TRANSLATE_NOOP("SessionPage", "Attendance"), AttendanceTab),
]
