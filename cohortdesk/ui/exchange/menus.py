"""Import and export in the menus: people import (also on the welcome page), rosters, the
catering and access summary, calendars and the portable archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import cohorts, sessions
from cohortdesk.ui.lazy import lazy_import

# Loaded when an export or import runs, not when the window opens.
archive = lazy_import("cohortdesk.services.archive")
calendars = lazy_import("cohortdesk.services.calendars")
roster_catering = lazy_import("cohortdesk.services.roster_catering")


def install(window: Any) -> None:
    def add(menu: str, name: str, text: str, slot: Any) -> QAction:
        action = QAction(text, window)
        action.triggered.connect(lambda _c=False: slot(window))
        window.menu(menu).addAction(action)
        window.register_action(name, action)
        return action

    file_menu = window.menu("file")
    file_menu.addSeparator()
    add("file", "import_people", "&Import people…", open_import)
    add("file", "export_roster", "Export &roster…", open_roster)
    add("file", "export_calendar", "Export ca&lendar…", export_calendar)
    add("file", "export_archive", "Export &archive…", export_archive)
    add("file", "import_archive", "Open from a&rchive…", import_archive)
    add("session", "catering_summary", "Catering and &access summary…", export_catering)


def open_import(window: Any, path: Path | None = None) -> Any:
    from cohortdesk.ui.exchange.import_people_dialog import ImportPeopleDialog

    if window.store.read_only:
        window.show_message("Read-only workspace", "This workspace is open read-only.")
        return None
    dialog = ImportPeopleDialog(window)
    if path is not None:
        dialog.load(path)
    dialog.open()
    if path is None:
        dialog.choose_file()
    return dialog


def _selected(window: Any, view_key: str) -> int | None:
    view = window.current_view()
    if view is not None and view is getattr(window, "views", {}).get(view_key):
        selected = view.selected_id()
        return int(selected) if selected is not None else None
    return None


def open_roster(window: Any) -> Any:
    from cohortdesk.ui.exchange.roster_dialog import RosterDialog

    dialog = RosterDialog(window, cohort_id=_selected(window, "cohorts"),
                          session_id=_selected(window, "sessions"))
    dialog.open()
    return dialog


def _pick(window: Any, title: str, choices: list[tuple[str, Any]]) -> Any:
    if not choices:
        window.show_message(title, "Add a cohort and a session first.")
        return None
    labels = [label for label, _ in choices]
    text, ok = QInputDialog.getItem(window, title, "Choose:", labels, 0, False)
    return choices[labels.index(text)][1] if ok and text in labels else None


def _session_choices(window: Any) -> list[tuple[str, Any]]:
    rows = sorted(sessions.list_sessions(window.store).rows,
                  key=lambda r: (r[4] is None, str(r[4] or "")))
    return [(f"Session: {r[1]}" + (f" ({r[4]:%b %d, %Y})" if r[4] else ""), ("session", r[0]))
            for r in rows]


def _save_path(window: Any, title: str, name: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(window, title, str(Path.home() / name), file_filter)
    return Path(path) if path else None


def export_catering(window: Any) -> None:
    session_id = _selected(window, "sessions")
    if session_id is None:
        picked = _pick(window, "Catering and access summary", _session_choices(window))
        if picked is None:
            return
        session_id = picked[1]
    store = window.store
    path = _save_path(window, "Save the catering and access summary",
                      roster_catering.default_file_name(store, session_id),
                      "PDF (*.pdf);;CSV (*.csv)")
    if path is None:
        return
    window.run_job("Writing the catering summary…",
                   lambda _p: roster_catering.export_catering(store, session_id, path),
                   lambda p: window.statusBar().showMessage(f"Wrote {p.name} (confidential)",
                                                            8000))


def export_calendar(window: Any) -> None:
    choices = [(f"Cohort: {name} (every session)", ("cohort", cid))
               for cid, name in cohorts.cohort_choices(window.store)] + _session_choices(window)
    session_id = _selected(window, "sessions")
    picked = ("session", session_id) if session_id is not None else _pick(
        window, "Export calendar", choices)
    if picked is None:
        return
    kind, ident = picked
    name = calendars.default_file_name(window.store, **{f"{kind}_id": ident})
    path = _save_path(window, "Save calendar", name, "Calendar (*.ics)")
    if path is None:
        return
    write_calendar(window, kind, ident, path)


def write_calendar(window: Any, kind: str, ident: int, path: Path) -> Any:
    """Write the calendar on the worker; say which sessions were left out and why."""
    store = window.store

    def work(_progress: Any) -> tuple[Path, list[str]]:
        if kind == "session":
            return calendars.export_session(store, ident, path), []
        return calendars.export_cohort(store, ident, path)

    def done(result: tuple[Path, list[str]]) -> None:
        written, skipped = result
        if not skipped:
            window.statusBar().showMessage(f"Wrote {written.name}", 8000)
            return
        listed = "\n".join(f"• {title}" for title in skipped)
        plural = "s have" if len(skipped) > 1 else " has"
        window.show_message(
            "Calendar saved",
            f"Wrote {written.name}.\n\nLeft out: {len(skipped)} session{plural} no start "
            f"time yet.\n{listed}\n\nGive them a date and time, then export again.")

    return window.run_job("Writing the calendar…", work, done)


def export_archive(window: Any) -> None:
    store = window.store
    path = _save_path(window, "Save the archive", f"{store.name} archive.json",
                      "CohortDesk archive (*.json)")
    if path is None:
        return
    window.run_job("Writing the archive…", lambda p: archive.export_archive(store, path, p),
                   lambda p: window.statusBar().showMessage(f"Wrote {p.name}", 8000))


def import_archive(window: Any) -> None:
    """Recreate a workspace from an archive in a new file, then open it."""
    source, _ = QFileDialog.getOpenFileName(window, "Open from archive", str(Path.home()),
                                            "CohortDesk archive (*.json)")
    if not source:
        return
    target = _save_path(window, "Save the new workspace as",
                        f"{Path(source).stem}.cohortdesk", "CohortDesk workspaces (*.cohortdesk)")
    if target is None:
        return
    if target.exists():
        window.show_message("Choose a new file", "The archive opens into a new workspace file.")
        return

    def work(progress: Any) -> Path:
        # Leaves no file behind if the archive cannot be imported after all.
        archive.create_from_archive(source, target, progress)
        return target

    window.run_job("Opening the archive…", work, lambda p: window.open_workspace(p))
