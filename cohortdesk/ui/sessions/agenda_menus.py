"""Agendas, notes and next steps in the menus: the Next steps window and compiled minutes.

The Agenda, Notes and Next steps tabs of a session are registered in ui/sessions/tabs.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import cohorts, notes


def install(window: Any) -> None:
    next_steps = QAction("&Next steps…", window)
    next_steps.setShortcut(QKeySequence("Ctrl+Shift+N"))
    next_steps.triggered.connect(lambda _c=False: open_next_steps(window))
    window.menu("tools").addAction(next_steps)
    window.addAction(next_steps)
    window.register_action("next_steps", next_steps)

    minutes = QAction("Export compiled &minutes…", window)
    minutes.triggered.connect(lambda _c=False: export_minutes(window))
    window.menu("tools").addAction(minutes)
    window.register_action("export_minutes", minutes)


def open_next_steps(window: Any) -> Any:
    from cohortdesk.ui.sessions.next_steps import NextStepsWindow

    existing = getattr(window, "_next_steps_window", None)
    if existing is None:
        existing = NextStepsWindow(window)
        window._next_steps_window = existing
    existing.show()
    existing.raise_()
    existing.activateWindow()
    return existing


def choose_cohort(window: Any) -> int | None:
    choices = cohorts.cohort_choices(window.store)
    if not choices:
        window.show_message("No cohorts", "Add a cohort first.")
        return None
    if len(choices) == 1:
        return choices[0][0]
    labels = [name for _cid, name in choices]
    label, ok = QInputDialog.getItem(window, "Compiled minutes", "Cohort:", labels, 0, False)
    return choices[labels.index(label)][0] if ok and label in labels else None


def export_minutes(window: Any) -> None:
    cohort_id = choose_cohort(window)
    if cohort_id is None:
        return
    name = dict(cohorts.cohort_choices(window.store))[cohort_id]
    suggested = str(Path.home() / f"Minutes - {name}.md")
    path, _ = QFileDialog.getSaveFileName(window, "Export compiled minutes", suggested,
                                          "Markdown (*.md);;All files (*)")
    if path:
        written = window.guard(lambda: notes.write_minutes(window.store, cohort_id, path))
        if written is not None:
            window.show_message("Minutes exported", f"Wrote the compiled minutes to {written}.")
