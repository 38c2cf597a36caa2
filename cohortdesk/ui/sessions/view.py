"""The Sessions list, with the selected session's page beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from cohortdesk.services import cohorts, sessions
from cohortdesk.ui.sessions.dialog import SessionDialog
from cohortdesk.ui.sessions.page import SessionPage
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.list_view import EntitySpec, ListWords

translate = QCoreApplication.translate


def _session_editor(context: AppContext, parent: QWidget, record_id: int | None) -> int | None:
    cohort_id = None
    if record_id is None:
        choices = cohorts.cohort_choices(context.store)
        if not choices:
            context.show_message(translate("View", "Add a cohort first"), translate("View",
                                                                 "A session belongs to a cohort. Add a "
                                                                 "cohort in the Cohorts view, then plan "
                                                                 "its sessions here."))
            return None
        cohort_id = choices[-1][0]
    dialog = SessionDialog(context.store, record_id, parent, cohort_id=cohort_id)
    dialog.ops = context.ops
    return dialog.saved_id if dialog.exec() == QDialog.DialogCode.Accepted else None


def _words() -> ListWords:
    return ListWords(translate("View", "Sessions"), translate("View", "session"),
                     translate("View", "sessions"), translate("View", "New session…"))


SPEC = EntitySpec(
    "session", "Sessions", ("cohort_session", "cohort"), sessions.list_sessions,
    _session_editor, sessions.delete_session, sessions.deletion_counts,
    lambda s, i: sessions.get_session(s, i).title, SessionPage, sort_column=3, visual_order=(0, 3),
    detail_share=0.72, words=_words)
