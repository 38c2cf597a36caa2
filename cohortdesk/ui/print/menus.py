"""Print materials in the Session menu: packet, badges, table tents, sign-in sheet, agenda.

Each opens Print Preview with the real pages, from which staff print or save the PDF; the
paper (US Letter or A4) is the one setting under Print › Paper size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QInputDialog

from cohortdesk.services import sessions
from cohortdesk.ui.exchange.files import ask_open_path, ask_save_path, offer_open
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.lazy import lazy_import
from cohortdesk.ui.print import paper as paper_setting
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

# Loaded when a print action runs, not when the window opens.
print_materials = lazy_import("cohortdesk.documents.print_materials")
packets = lazy_import("cohortdesk.services.packets")
prereads = lazy_import("cohortdesk.services.prereads")


def install(context: AppContext) -> None:
    actions = context.actions
    actions.add_menu("print", translate("Menus", "&Print"), parent="session")
    actions.add("print_packet", translate("Menus", "Convening &packet…"), lambda: open_packet_dialog(context),
                menu="print", shortcut="Ctrl+Shift+P")
    actions.add("print_badges", translate("Menus", "Name &badges…"), lambda: _badges(context), menu="print")
    actions.add("print_tents", translate("Menus", "&Table tents…"), lambda: _tents(context), menu="print")
    actions.add("print_signin", translate(
            "Menus",
            "&Sign-in sheet…"), lambda: _sign_in(context), menu="print")
    actions.add("print_agenda", translate("Menus", "Print a&genda…"), lambda: _agenda(context), menu="print")
    actions.add_separator("print")
    papers = QActionGroup(context.host)
    actions.add_menu("print_paper", translate("Menus", "Paper si&ze"), parent="print",
                     on_show=lambda _menu: _check_paper(context))
    for english, key in paper_setting.PAPERS:
        label = translate("Paper", english)
        action = actions.add(f"paper_{key}", label,
                             lambda key=key: paper_setting.set_paper(context, key),  # type: ignore[misc]
                             menu="print_paper")
        action.setCheckable(True)
        action.setActionGroup(papers)
        action.setStatusTip(translate(
                "Menus",
                "Lay out every packet, sheet and roster on {label} paper").format(label=label))
    _check_paper(context)
    actions.add("print_alignment", translate("Menus", "Badge alignment test…"), lambda: _alignment(context),
                menu="print")
    actions.add("print_logo", translate("Menus", "Set cover logo…"), lambda: _logo(context), menu="print")


def _check_paper(context: AppContext) -> None:
    chosen = paper_setting.paper(context)
    for _label, key in paper_setting.PAPERS:
        action = context.actions.action(f"paper_{key}")
        if action is not None:
            action.setChecked(key == chosen)


def _session(context: AppContext) -> int | None:
    selected = context.selected_id("sessions")
    if selected is not None:
        return selected
    rows = sessions.list_sessions(context.store).rows
    if not rows:
        context.show_message(translate("Menus", "No sessions"), translate("Menus", "Add a session first."))
        return None
    labels = [f"{r[1]} — {r[2]}" for r in rows]
    text, ok = QInputDialog.getItem(context.host, translate(
            "Menus",
            "Choose a session"), translate("Menus", "Session:"), labels, 0, False)
    return int(rows[labels.index(text)][0]) if ok and text in labels else None


def open_packet_dialog(context: AppContext, session_id: int | None = None) -> Any:
    from cohortdesk.ui.print.packet_dialog import PacketDialog

    sid = session_id if session_id is not None else _session(context)
    if sid is None:
        return None
    dialog = PacketDialog(context, sid, parent=context.host)
    dialog.open()
    return dialog


def _preview(context: AppContext, title: str, file_name: str, write: Any, *,
             names: bool = True) -> Any:
    """Choose the session, then preview `write(store, session, path, progress)`'s PDF."""
    from cohortdesk.ui.print.preview import Printable, show_preview

    sid = _session(context)
    if sid is None:
        return None
    store = context.store
    name = sessions.get_session(store, sid).title
    return show_preview(context, Printable(
        translate("Menus", "{document} — {session}").format(document=title, session=name),
        file_name,
        lambda path, progress: write(store, sid, path, progress),
        (lambda: unprintable_notice(packets.unprintable_names(store, sid))) if names else None))


def unprintable_notice(names: list[str]) -> str:
    """The preview's warning of names whose letters no shipped font prints ("" for none)."""
    if not names:
        return ""
    shown = ", ".join(names[:5]) + ("…" if len(names) > 5 else "")
    text = (translate("Menus", "The name {names} has letters these documents cannot print, "
                               "so they are left out.") if len(names) == 1 else
            translate("Menus", "{count} names have letters these documents cannot print, so "
                               "they are left out: {names}.").format(count=len(names),
                                                                     names=shown))
    return text.format(names=shown) + " " + translate(
        "Menus", "Add a preferred name in Latin letters to print for them.")


# The badge stocks' names (documents/print_materials.py STOCKS), in the app's language.
STOCK_LABELS = {
    "avery-5392": QT_TRANSLATE_NOOP("Menus", "Avery 5392 (4″ × 3″, 6 per Letter sheet)"),
    "avery-5395": QT_TRANSLATE_NOOP("Menus", "Avery 5395 (3⅜″ × 2⅓″, 8 per Letter sheet)"),
    "a6": QT_TRANSLATE_NOOP("Menus", "A6 (105 × 148 mm, 4 per A4 sheet)"),
}


def stock_label(key: str) -> str:
    """A badge stock's name in the app's language."""
    if key in STOCK_LABELS:
        return translate("Menus", STOCK_LABELS[key])
    return print_materials.STOCKS[key].label


def badge_stocks(paper: str) -> list[str]:
    """The badge stocks, those printed on the chosen paper first."""
    stocks = list(print_materials.STOCKS.values())
    size = print_materials.PAPER[paper]
    return [s.key for s in sorted(stocks, key=lambda s: tuple(s.page) != tuple(size))]


def _badges(context: AppContext) -> Any:
    keys = badge_stocks(paper_setting.paper(context))
    labels = [stock_label(k) for k in keys]
    text, ok = QInputDialog.getItem(context.host, translate(
            "Menus",
            "Name badges"), translate("Menus", "Badge stock:"), labels, 0, False)
    if not ok or text not in labels:
        return None
    key = keys[labels.index(text)]
    return _preview(context, translate("Menus", "Name badges"),
                    translate("Menus", "badges") + ".pdf",
                    lambda store, sid, path, progress: packets.generate_badges(
                        store, sid, path, key, progress))


def _on_paper(context: AppContext, title: str, filename: str, generate: Any, *,
              names: bool = True) -> Any:
    """Preview `generate(store, session, path, paper, progress=)` on the chosen paper;
    `names`: it prints the session's people, so the preview warns of names it cannot print."""
    paper = paper_setting.paper(context)
    return _preview(context, title, filename,
                    lambda store, sid, path, progress: generate(store, sid, path, paper,
                                                                progress=progress), names=names)


def _tents(context: AppContext) -> Any:
    return _on_paper(context, translate("Menus", "Table tents"), translate("Menus", "table-tents") + ".pdf",
                     packets.generate_tents)


def _sign_in(context: AppContext) -> Any:
    return _on_paper(context, translate("Menus", "Sign-in sheet"), translate("Menus", "sign-in") + ".pdf",
                     packets.generate_sign_in)


def _agenda(context: AppContext) -> Any:
    return _on_paper(context, translate("Menus", "Agenda"), translate("Menus", "agenda") + ".pdf",
                     packets.generate_agenda, names=False)


def _alignment(context: AppContext) -> None:
    keys = badge_stocks(paper_setting.paper(context))
    labels = [stock_label(k) for k in keys]
    text, ok = QInputDialog.getItem(context.host, translate(
            "Menus",
            "Alignment test"), translate("Menus", "Badge stock:"), labels, 0, False)
    if not ok or text not in labels:
        return
    path = ask_save_path(context, None, "print", translate("Menus", "Save as"),
                         translate("Menus", "badge-alignment-test") + ".pdf",
                         translate("Menus", "PDF (*.pdf)"))
    if path is not None:
        key = keys[labels.index(text)]
        context.run_job(translate("Menus", "Badge alignment test"),
                        lambda _progress: print_materials.build_alignment_test(key, path),
                        lambda _result: offer_open(
                            context.host, translate("Menus", "Badge alignment test"),
                            translate("Menus", "Wrote {name}.").format(name=path), path))


def _logo(context: AppContext) -> None:
    path = ask_open_path(context, None, "logo", translate("Menus", "Cover logo"),
                         translate("Menus", "Images (*.png *.jpg *.jpeg)"))
    if path is not None:
        context.ops.run(prereads.set_logo, str(path), source=path.name,
                        trigger=context.actions.action("print_logo"),
                        on_success=lambda _v: context.show_status(translate("Menus", "Cover logo set"), 6000))
