"""Results frameworks and technical assistance in the Tools menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def install(context: AppContext) -> None:
    context.actions.add_separator("tools")
    context.actions.add("results_overview", translate(
            "Menus",
            "&Results frameworks…"), lambda: open_overview(context),
                        menu="tools", shortcut="Ctrl+Shift+R")
    context.actions.add("technical_assistance", translate("Menus", "&Technical assistance…"),
                        lambda: open_assistance(context), menu="tools")


def open_overview(context: AppContext, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.results.overview import ResultsOverview

    dialog = ResultsOverview(context, cohort_id or context.selected_id("cohorts"),
                             parent=context.host)
    dialog.show()
    return dialog


def open_assistance(context: AppContext, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.results.overview import AssistanceList

    dialog = AssistanceList(context, cohort_id or context.selected_id("cohorts"),
                            parent=context.host)
    dialog.show()
    return dialog
