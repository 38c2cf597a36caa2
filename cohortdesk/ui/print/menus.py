"""Print materials in the Session menu: packet, badges, table tents, sign-in sheet, agenda."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog

from cohortdesk.services import sessions
from cohortdesk.ui.lazy import lazy_import

# Loaded when a print action runs, not when the window opens.
print_materials = lazy_import("cohortdesk.documents.print_materials")
packets = lazy_import("cohortdesk.services.packets")
prereads = lazy_import("cohortdesk.services.prereads")

_MENU = (
    ("print_packet", "Convening &packet…", "Ctrl+Shift+P", "open_packet_dialog"),
    ("print_badges", "Name &badges…", None, "_badges"),
    ("print_tents", "&Table tents…", None, "_tents"),
    ("print_signin", "&Sign-in sheet…", None, "_sign_in"),
    ("print_agenda", "Print a&genda…", None, "_agenda"),
)


def install(window: Any) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    menu = window.menu("session").addMenu("&Print")
    for name, text, shortcut, handler in _MENU:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False, h=handler: globals()[h](window))
        menu.addAction(action)
        window.addAction(action)
        window.register_action(name, action)
    menu.addSeparator()
    for name, text, handler in (("print_alignment", "Badge alignment test…", "_alignment"),
                                ("print_logo", "Set cover logo…", "_logo")):
        action = QAction(text, window)
        action.triggered.connect(lambda _c=False, h=handler: globals()[h](window))
        menu.addAction(action)
        window.register_action(name, action)


def _session(window: Any) -> int | None:
    view = window.current_view()
    if view is not None and view is window.views.get("sessions"):
        selected = view.selected_id()
        if selected is not None:
            return int(selected)
    rows = sessions.list_sessions(window.store).rows
    if not rows:
        window.show_message("No sessions", "Add a session first.")
        return None
    labels = [f"{r[1]} — {r[2]}" for r in rows]
    text, ok = QInputDialog.getItem(window, "Choose a session", "Session:", labels, 0, False)
    return int(rows[labels.index(text)][0]) if ok and text in labels else None


def open_packet_dialog(window: Any, session_id: int | None = None) -> Any:
    from cohortdesk.ui.print.packet_dialog import PacketDialog

    sid = session_id if session_id is not None else _session(window)
    if sid is None:
        return None
    dialog = PacketDialog(window, sid)
    dialog.open()
    return dialog


def _save_as(window: Any, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(window, "Save as", str(Path.home() / suggestion),
                                          "PDF (*.pdf)")
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def _run(window: Any, title: str, suggestion: str, fn: Any) -> None:
    sid = _session(window)
    if sid is None:
        return
    path = _save_as(window, suggestion)
    if path is None:
        return
    store = window.store

    def done(_pages: Any) -> None:
        from cohortdesk.ui.print.packet_dialog import offer_open

        offer_open(window, title, f"Wrote {path}.", path)

    window.run_job(title, lambda progress: fn(store, sid, path, progress), done)


def _badges(window: Any) -> None:
    labels = [s.label for s in print_materials.STOCKS.values()]
    text, ok = QInputDialog.getItem(window, "Name badges", "Badge stock:", labels, 0, False)
    if not ok:
        return
    key = list(print_materials.STOCKS)[labels.index(text)]
    _run(window, "Name badges", "badges.pdf",
         lambda store, sid, path, progress: packets.generate_badges(store, sid, path, key,
                                                                    progress))


PAPERS = (("US Letter", "letter"), ("A4", "a4"))


def _paper(window: Any, title: str) -> str | None:
    """Ask for the paper ("letter" or "a4"), as badges ask for their stock; A4 comes first
    where the system's measurements are metric."""
    from PySide6.QtCore import QLocale

    labels = [label for label, _key in PAPERS]
    metric = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
    text, ok = QInputDialog.getItem(window, title, "Paper:", labels, 1 if metric else 0, False)
    if not ok or text not in labels:
        return None
    return PAPERS[labels.index(text)][1]


def _print_on_paper(window: Any, title: str, filename: str, generate: Any) -> None:
    """Ask for Letter or A4, then print with `generate(store, session, path, paper, progress=)`."""
    paper = _paper(window, title)
    if paper is None:
        return
    _run(window, title, filename,
         lambda store, sid, path, progress: generate(store, sid, path, paper, progress=progress))


def _tents(window: Any) -> None:
    _print_on_paper(window, "Table tents", "table-tents.pdf", packets.generate_tents)


def _sign_in(window: Any) -> None:
    _print_on_paper(window, "Sign-in sheet", "sign-in.pdf", packets.generate_sign_in)


def _agenda(window: Any) -> None:
    _print_on_paper(window, "Agenda", "agenda.pdf", packets.generate_agenda)


def _alignment(window: Any) -> None:
    labels = [s.label for s in print_materials.STOCKS.values()]
    text, ok = QInputDialog.getItem(window, "Alignment test", "Badge stock:", labels, 0, False)
    if not ok:
        return
    path = _save_as(window, "badge-alignment-test.pdf")
    if path is not None:
        key = list(print_materials.STOCKS)[labels.index(text)]
        window.guard(lambda: print_materials.build_alignment_test(key, path))


def _logo(window: Any) -> None:
    name, _ = QFileDialog.getOpenFileName(window, "Cover logo", str(Path.home()),
                                          "Images (*.png *.jpg *.jpeg)")
    if name:
        window.guard(lambda: prereads.set_logo(window.store, name))
