"""Results frameworks and technical assistance in the Tools menu."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence


def _cohort_in_view(window: Any) -> int | None:
    """The cohort selected in the Cohorts view, if that is where the user is."""
    view = window.current_view()
    if view is not None and view is window.views.get("cohorts"):
        selected = view.selected_id()
        if selected is not None:
            return int(selected)
    return None


def install(window: Any) -> None:
    menu = window.menu("tools")
    menu.addSeparator()
    overview = QAction("&Results frameworks…", window)
    overview.setShortcut(QKeySequence("Ctrl+Shift+R"))
    overview.triggered.connect(lambda _c=False: open_overview(window))
    assistance = QAction("&Technical assistance…", window)
    assistance.triggered.connect(lambda _c=False: open_assistance(window))
    for name, action in (("results_overview", overview), ("technical_assistance", assistance)):
        menu.addAction(action)
        window.addAction(action)
        window.register_action(name, action)


def open_overview(window: Any, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.results.overview import ResultsOverview

    dialog = ResultsOverview(window, cohort_id or _cohort_in_view(window))
    dialog.show()
    return dialog


def open_assistance(window: Any, cohort_id: int | None = None) -> Any:
    from cohortdesk.ui.results.overview import AssistanceList

    dialog = AssistanceList(window, cohort_id or _cohort_in_view(window))
    dialog.show()
    return dialog
