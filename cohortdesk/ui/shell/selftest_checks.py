"""The self-test's Qt checks: they start Qt, so they live in the UI package.

`cohortdesk.selftest` runs them by name after its Qt-free checks.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cohortdesk import APP_NAME, paths
from cohortdesk.selftest import CheckFailed, _required


def check_qt(workdir: Path) -> str:
    """Start Qt offscreen and draw the main window over a new workspace."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    app = QApplication.instance() or QApplication([APP_NAME])
    platform = QApplication.platformName()
    icon = QIcon(str(paths.resources_dir() / "icons" / "cohortdesk-256.png"))
    if icon.isNull():
        raise CheckFailed("the app icon did not load (image plugins missing?)")
    _action_icons()
    window = _main_window(workdir)
    try:
        window.resize(1000, 700)
        window.show()
        app.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 100:
            raise CheckFailed("the main window drew nothing")
        return f"{type(window).__name__} drawn at {image.width()}x{image.height()} " \
               f"on {platform}; {_spanish()}; {_spanish_order()}"
    finally:
        window.close()
        store = getattr(window, "store", None)
        window.deleteLater()
        app.processEvents()
        if store is not None:
            store.close()


def _spanish() -> str:
    """The app's Spanish catalogue loads (a bundle ships it compiled) and translates."""
    from PySide6.QtCore import QTranslator

    from cohortdesk.ui import i18n

    qm = i18n.compiled_catalogue("es")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        raise CheckFailed("the app's Spanish catalogue is missing or does not load")
    if translator.translate("MainWindow", "&File") != "&Archivo":
        raise CheckFailed("the app's Spanish catalogue does not translate the menus")
    return "Spanish catalogue loads"


def _action_icons() -> None:
    """The toolbar's icons, drawn from their SVGs (QtSvg), show something."""
    from cohortdesk.ui.shell import icons

    icon = icons.icon_for_action("export_roster")
    drawn = icon.pixmap(32, 32).toImage() if icon is not None else None
    if drawn is None or drawn.isNull() or not any(drawn.pixelColor(x, y).alpha()
                                 for x in range(drawn.width()) for y in range(drawn.height())):
        raise CheckFailed("the toolbar icons draw nothing (SVG icons missing?)")


def _spanish_order() -> str:
    """Sorting in Spanish puts ñ after n (Qt's collation, from the bundle's ICU data)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Spanish))
    words = ["oso", "ñu", "nube"]
    words.sort(key=functools.cmp_to_key(collator.compare))
    if words != ["nube", "ñu", "oso"]:
        raise CheckFailed(f"Spanish sorting gives {words} (ICU collation data missing?)")
    return "ñ sorts after n"


def check_print(workdir: Path) -> str:
    """The packet the core checks wrote goes through the print path: PDFium renders its pages
    and they are painted onto a QPrinter (here one that writes a PDF, as no printer is asked)."""
    printing = _required("cohortdesk.ui.print.printing")
    from PySide6.QtPrintSupport import QPrinter

    packet = workdir / "packet.pdf"
    preview = printing.preview_pages(packet, dpi=30)
    first = preview.images[0] if preview.images else None
    if first is None or first.isNull() or first.width() < 50:
        raise CheckFailed(f"PDFium rendered no page of {packet.name}")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = workdir / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printing.prepare_printer(printer, packet, "Self-test")
    pages = printing.print_pdf(packet, printer)
    if pages != preview.count or not printed.is_file() or printed.stat().st_size < 1024:
        raise CheckFailed(f"printing sent {pages} of {preview.count} pages")
    return f"{pages} pages rendered with PDFium and painted onto a printer"


def check_licences(_workdir: Path) -> str:
    """Every font and main library in Help > About has its licence text in this build."""
    about = _required("cohortdesk.ui.shell.about")
    components = about.font_components() + about.library_components()
    missing = [c.name for c in components if not c.licence_files]
    if missing:
        raise CheckFailed(f"no licence text for {', '.join(missing)}")
    return f"{len(components)} fonts and libraries, each with its licence text"


def _main_window(workdir: Path) -> Any:
    shell = _required("cohortdesk.ui.shell.main_window")
    from cohortdesk.store import Store

    store = Store.open(workdir / f"Window{paths.WORKSPACE_SUFFIX}")
    try:
        return shell.MainWindow(store)
    except BaseException:
        store.close()
        raise
