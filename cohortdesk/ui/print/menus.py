"""Print materials in the Session menu: packet, badges, table tents, sign-in sheet, agenda."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import sessions
from cohortdesk.ui.lazy import lazy_import
from cohortdesk.ui.shell.context import AppContext

# Loaded when a print action runs, not when the window opens.
print_materials = lazy_import("cohortdesk.documents.print_materials")
packets = lazy_import("cohortdesk.services.packets")
prereads = lazy_import("cohortdesk.services.prereads")


def install(context: AppContext) -> None:
    actions = context.actions
    actions.add_menu("print", "&Print", parent="session")
    actions.add("print_packet", "Convening &packet…", lambda: open_packet_dialog(context),
                menu="print", shortcut="Ctrl+Shift+P")
    actions.add("print_badges", "Name &badges…", lambda: _badges(context), menu="print")
    actions.add("print_tents", "&Table tents…", lambda: _tents(context), menu="print")
    actions.add("print_signin", "&Sign-in sheet…", lambda: _sign_in(context), menu="print")
    actions.add("print_agenda", "Print a&genda…", lambda: _agenda(context), menu="print")
    actions.add_separator("print")
    actions.add("print_alignment", "Badge alignment test…", lambda: _alignment(context),
                menu="print")
    actions.add("print_logo", "Set cover logo…", lambda: _logo(context), menu="print")


def _session(context: AppContext) -> int | None:
    selected = context.selected_id("sessions")
    if selected is not None:
        return selected
    rows = sessions.list_sessions(context.store).rows
    if not rows:
        context.show_message("No sessions", "Add a session first.")
        return None
    labels = [f"{r[1]} — {r[2]}" for r in rows]
    text, ok = QInputDialog.getItem(context.host, "Choose a session", "Session:", labels, 0, False)
    return int(rows[labels.index(text)][0]) if ok and text in labels else None


def open_packet_dialog(context: AppContext, session_id: int | None = None) -> Any:
    from cohortdesk.ui.print.packet_dialog import PacketDialog

    sid = session_id if session_id is not None else _session(context)
    if sid is None:
        return None
    dialog = PacketDialog(context, sid, parent=context.host)
    dialog.open()
    return dialog


def _save_as(context: AppContext, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(context.host, "Save as", str(Path.home() / suggestion),
                                          "PDF (*.pdf)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def _run(context: AppContext, title: str, suggestion: str, fn: Any) -> None:
    sid = _session(context)
    if sid is None:
        return
    path = _save_as(context, suggestion)
    if path is None:
        return
    store = context.store

    def done(_pages: Any) -> None:
        from cohortdesk.ui.print.packet_dialog import offer_open

        offer_open(context.host, title, f"Wrote {path}.", path)

    context.run_job(title, lambda progress: fn(store, sid, path, progress), done)


def _badges(context: AppContext) -> None:
    labels = [s.label for s in print_materials.STOCKS.values()]
    text, ok = QInputDialog.getItem(context.host, "Name badges", "Badge stock:", labels, 0, False)
    if not ok:
        return
    key = list(print_materials.STOCKS)[labels.index(text)]
    _run(context, "Name badges", "badges.pdf",
         lambda store, sid, path, progress: packets.generate_badges(store, sid, path, key,
                                                                    progress))


PAPERS = (("US Letter", "letter"), ("A4", "a4"))


def _paper(context: AppContext, title: str) -> str | None:
    """Ask for the paper ("letter" or "a4"), as badges ask for their stock; A4 comes first
    where the system's measurements are metric."""
    from PySide6.QtCore import QLocale

    labels = [label for label, _key in PAPERS]
    metric = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
    text, ok = QInputDialog.getItem(context.host, title, "Paper:", labels, 1 if metric else 0, False)
    if not ok or text not in labels:
        return None
    return PAPERS[labels.index(text)][1]


def _print_on_paper(context: AppContext, title: str, filename: str, generate: Any) -> None:
    """Ask for Letter or A4, then print with `generate(store, session, path, paper, progress=)`."""
    paper = _paper(context, title)
    if paper is None:
        return
    _run(context, title, filename,
         lambda store, sid, path, progress: generate(store, sid, path, paper, progress=progress))


def _tents(context: AppContext) -> None:
    _print_on_paper(context, "Table tents", "table-tents.pdf", packets.generate_tents)


def _sign_in(context: AppContext) -> None:
    _print_on_paper(context, "Sign-in sheet", "sign-in.pdf", packets.generate_sign_in)


def _agenda(context: AppContext) -> None:
    _print_on_paper(context, "Agenda", "agenda.pdf", packets.generate_agenda)


def _alignment(context: AppContext) -> None:
    labels = [s.label for s in print_materials.STOCKS.values()]
    text, ok = QInputDialog.getItem(context.host, "Alignment test", "Badge stock:", labels, 0, False)
    if not ok:
        return
    path = _save_as(context, "badge-alignment-test.pdf")
    if path is not None:
        key = list(print_materials.STOCKS)[labels.index(text)]
        context.guard(lambda: print_materials.build_alignment_test(key, path))


def _logo(context: AppContext) -> None:
    name, _ = QFileDialog.getOpenFileName(context.host, "Cover logo", str(Path.home()),
                                          "Images (*.png *.jpg *.jpeg)")
    if name:
        context.guard(lambda: prereads.set_logo(context.store, name))
