"""Import and export in the menus: people import (also on the welcome page), rosters, the
catering and access summary, calendars and the portable archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import cohorts, sessions
from cohortdesk.ui.i18n.dates import format_day
from cohortdesk.ui.lazy import lazy_import
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

# Loaded when an export or import runs, not when the window opens.
archive = lazy_import("cohortdesk.services.archive")
calendars = lazy_import("cohortdesk.services.calendars")
roster_catering = lazy_import("cohortdesk.services.roster_catering")


def install(context: AppContext) -> None:
    actions = context.actions
    actions.add_separator("file")
    actions.add("import_people", translate(
            "Menus",
            "&Import people…"), lambda: open_import(context), menu="file")
    actions.add("export_roster", translate(
            "Menus",
            "Export &roster…"), lambda: open_roster(context), menu="file")
    actions.add("export_calendar", translate("Menus", "Export ca&lendar…"), lambda: export_calendar(context),
                menu="file")
    actions.add("export_archive", translate(
            "Menus",
            "Export &archive…"), lambda: export_archive(context), menu="file")
    actions.add("import_archive", translate("Menus", "Open from a&rchive…"), lambda: import_archive(context),
                menu="file")
    actions.add("catering_summary", translate("Menus", "Catering and &access summary…"),
                lambda: export_catering(context), menu="session")


def open_import(context: AppContext, path: Path | None = None) -> Any:
    from cohortdesk.ui.exchange.import_people_dialog import ImportPeopleDialog

    if context.store.read_only:
        context.show_message(translate(
                "Menus",
                "Read-only workspace"), translate("Menus", "This workspace is open read-only."))
        return None
    dialog = ImportPeopleDialog(context, parent=context.host)
    if path is not None:
        dialog.load(path)
    dialog.open()
    if path is None:
        dialog.choose_file()
    return dialog


def open_roster(context: AppContext) -> Any:
    from cohortdesk.ui.exchange.roster_dialog import RosterDialog

    dialog = RosterDialog(context, cohort_id=context.selected_id("cohorts"),
                          session_id=context.selected_id("sessions"), parent=context.host)
    dialog.open()
    return dialog


def _pick(context: AppContext, title: str, choices: list[tuple[str, Any]]) -> Any:
    if not choices:
        context.show_message(title, translate("Menus", "Add a cohort and a session first."))
        return None
    labels = [label for label, _ in choices]
    text, ok = QInputDialog.getItem(context.host, title, translate("Menus", "Choose:"), labels, 0, False)
    return choices[labels.index(text)][1] if ok and text in labels else None


def _session_choices(context: AppContext) -> list[tuple[str, Any]]:
    rows = sorted(sessions.list_sessions(context.store).rows,
                  key=lambda r: (r[4] is None, str(r[4] or "")))
    return [(translate("Menus", "Session: {title}").format(title=r[1])
             + (f" ({format_day(r[4])})" if r[4] else ""), ("session", r[0]))
            for r in rows]


def _save_path(context: AppContext, title: str, name: str, file_filter: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(context.host, title, str(Path.home() / name), file_filter)
    return Path(path) if path else None


def export_catering(context: AppContext) -> None:
    session_id = context.selected_id("sessions")
    if session_id is None:
        picked = _pick(context, translate("Menus", "Catering and access summary"),
                       _session_choices(context))
        if picked is None:
            return
        session_id = picked[1]
    store = context.store
    path = _save_path(context, translate("Menus", "Save the catering and access summary"),
                      roster_catering.default_file_name(
                          store, session_id, words=translate(
                              "Menus", "catering and access - CONFIDENTIAL internal")),
                      translate("Menus", "PDF (*.pdf);;CSV (*.csv)"))
    if path is None:
        return
    context.run_job(translate("Menus", "Writing the catering summary…"),
                    lambda _p: roster_catering.export_catering(store, session_id, path),
                    lambda p: context.show_status(translate(
                            "Menus",
                            "Wrote {name} (confidential)").format(name=p.name), 8000))


def export_calendar(context: AppContext) -> None:
    choices = [(translate("Menus", "Cohort: {name} (every session)").format(name=name),
                ("cohort", cid))
               for cid, name in cohorts.cohort_choices(context.store)] + _session_choices(context)
    session_id = context.selected_id("sessions")
    picked = ("session", session_id) if session_id is not None else _pick(
        context, translate("Menus", "Export calendar"), choices)
    if picked is None:
        return
    kind, ident = picked
    name = calendars.default_file_name(context.store, **{f"{kind}_id": ident},
                                       sessions_of=translate("Menus", "{cohort} sessions"))
    path = _save_path(context, translate("Menus", "Save calendar"), name,
                      translate("Menus", "Calendar (*.ics)"))
    if path is None:
        return
    write_calendar(context, kind, ident, path)


def write_calendar(context: AppContext, kind: str, ident: int, path: Path) -> Any:
    """Write the calendar on the worker; say which sessions were left out and why."""
    store = context.store

    def work(_progress: Any) -> tuple[Path, list[str]]:
        if kind == "session":
            return calendars.export_session(store, ident, path), []
        return calendars.export_cohort(store, ident, path)

    def done(result: tuple[Path, list[str]]) -> None:
        written, skipped = result
        if not skipped:
            context.show_status(translate("Menus", "Wrote {name}").format(name=written.name), 8000)
            return
        listed = "\n".join(f"• {title}" for title in skipped)
        left_out = (translate("Menus", "Left out: 1 session has no start time yet.")
                    if len(skipped) == 1 else
                    translate("Menus", "Left out: {n} sessions have no start time yet.").format(
                        n=len(skipped)))
        context.show_message(
            translate("Menus", "Calendar saved"),
            translate("Menus", "Wrote {name}.").format(name=written.name) + "\n\n" + left_out
            + "\n" + listed + "\n\n"
            + translate("Menus", "Give them a date and time, then export again."))

    return context.run_job(translate("Menus", "Writing the calendar…"), work, done)


def export_archive(context: AppContext) -> None:
    store = context.store
    name = translate("Menus", "{workspace} archive").format(workspace=store.name) + ".json"
    path = _save_path(context, translate("Menus", "Save the archive"), name,
                      translate("Menus", "CohortDesk archive (*.json)"))
    if path is None:
        return
    context.run_job(translate(
            "Menus",
            "Writing the archive…"), lambda p: archive.export_archive(store, path, p),
                    lambda p: context.show_status(translate(
                            "Menus",
                            "Wrote {name}").format(name=p.name), 8000))


def import_archive(context: AppContext) -> None:
    """Recreate a workspace from an archive in a new file, then open it."""
    source, _ = QFileDialog.getOpenFileName(context.host, translate(
            "Menus",
            "Open from archive"), str(Path.home()),
                                            translate("Menus", "CohortDesk archive (*.json)"))
    if not source:
        return
    target = _save_path(context, translate("Menus", "Save the new workspace as"),
                        f"{Path(source).stem}.cohortdesk",
                        translate("Menus", "CohortDesk workspaces (*.cohortdesk)"))
    if target is None:
        return
    if target.exists():
        context.show_message(translate(
                "Menus",
                "Choose a new file"), translate("Menus", "The archive opens into a new workspace file."))
        return

    def work(progress: Any) -> Path:
        # Leaves no file behind if the archive cannot be imported after all.
        archive.create_from_archive(source, target, progress)  # door: a new workspace, one bulk write
        return target

    context.run_job(translate("Menus", "Opening the archive…"), work, lambda p: context.open_workspace(p))
