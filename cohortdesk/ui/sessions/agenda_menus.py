"""Agendas, notes and next steps in the menus: the Next steps context and compiled minutes.

The Agenda, Notes and Next steps tabs of a session are registered in ui/sessions/tabs.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import cohorts, notes
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def install(context: AppContext) -> None:
    context.actions.add("next_steps", translate(
            "AgendaMenus",
            "&Next steps…"), lambda: open_next_steps(context),
                        menu="tools", shortcut="Ctrl+Shift+N")
    context.actions.add("export_minutes", translate("AgendaMenus", "Export compiled &minutes…"),
                        lambda: export_minutes(context), menu="tools")


def open_next_steps(context: AppContext) -> Any:
    """Open the Next steps window, or bring the one already open forward (there is one)."""
    from cohortdesk.ui.sessions.next_steps import NextStepsWindow

    existing = context.host.findChild(NextStepsWindow)
    if existing is None:
        existing = NextStepsWindow(context, parent=context.host)
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing


def choose_cohort(context: AppContext) -> int | None:
    choices = cohorts.cohort_choices(context.store)
    if not choices:
        context.show_message(translate(
                "AgendaMenus",
                "No cohorts"), translate("AgendaMenus", "Add a cohort first."))
        return None
    if len(choices) == 1:
        return choices[0][0]
    labels = [name for _cid, name in choices]
    label, ok = QInputDialog.getItem(context.host, translate(
            "AgendaMenus",
            "Compiled minutes"), translate("AgendaMenus", "Cohort:"), labels, 0, False)
    return choices[labels.index(label)][0] if ok and label in labels else None


def export_minutes(context: AppContext) -> None:
    cohort_id = choose_cohort(context)
    if cohort_id is None:
        return
    name = dict(cohorts.cohort_choices(context.store))[cohort_id]
    suggested = str(Path.home() / (translate("AgendaMenus", "Minutes - {session}").format(
        session=name) + ".md"))
    path, _ = QFileDialog.getSaveFileName(context.host, translate(
            "AgendaMenus",
            "Export compiled minutes"), suggested,
                                          translate("AgendaMenus", "Markdown (*.md);;All files (*)"))
    if path:
        written = context.guard(lambda: notes.write_minutes(context.store, cohort_id, path))
        if written is not None:
            context.show_message(
                translate("AgendaMenus", "Minutes exported"),
                translate("AgendaMenus", "Wrote the compiled minutes to {written}.").format(
                    written=written))
