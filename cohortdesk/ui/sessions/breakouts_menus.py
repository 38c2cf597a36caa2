"""Session › Generate breakout groups…: the generator for the session selected in Sessions.

The breakout item's own panel on the agenda opens the same dialog for that item.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def open_generator(context: AppContext, session_id: int | None = None,
                   item_id: int | None = None, *, groups: int = 0) -> Any:
    """Open the generator for `session_id` (else the selected session); None if there is none."""
    from cohortdesk.ui.sessions.breakouts_dialog import BreakoutsDialog

    session_id = session_id if session_id is not None else context.selected_id("sessions")
    if session_id is None:
        context.show_message(translate("BreakoutsMenus", "Generate breakout groups"),
                             translate("BreakoutsMenus", "Select a session in Sessions first."))
        return None
    dialog = BreakoutsDialog(context, session_id, item_id, groups=groups, parent=context.host)
    dialog.open()
    return dialog


def install(context: AppContext) -> None:
    context.actions.add("generate_breakouts",
                        translate("BreakoutsMenus", "Generate &breakout groups…"),
                        lambda: open_generator(context), menu="session")
