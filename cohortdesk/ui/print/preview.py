"""Print Preview and Print… for every printable.

A printable is a title, a file name and `write(path, progress)`, which writes its PDF (on the
worker: it reads the workspace). `show_preview` writes it to a temporary file, renders its
pages for the screen, and opens `PrintPreviewDialog`: the real pages, zoom, Print… and Save as
PDF…. `print_now` asks Qt's print dialog (printer, copies, page range, duplex) and prints on
the worker.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.ui.exchange.files import ask_save_path, offer_open
from cohortdesk.ui.exchange.screen import fit_to_screen
from cohortdesk.ui.print import printing

translate = QCoreApplication.translate

Writer = Callable[[Path, Any], Any]  # write(path, progress)


@dataclass(frozen=True)
class Printable:
    title: str          # "Name badges — Spring convening"
    file_name: str      # "badges.pdf", suggested by Save as PDF…
    write: Writer
    # What the preview warns of above the pages, worked out on the worker ("" for nothing).
    notice: Callable[[], str] | None = None


def _temp_path(printable: Printable) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cohortdesk-print-"))
    return folder / (Path(printable.file_name).name or "document.pdf")


def _discard(path: Path) -> None:
    shutil.rmtree(path.parent, ignore_errors=True)


def show_preview(context: Any, printable: Printable, parent: QWidget | None = None) -> Any:
    """Write the printable and render its pages on the worker, then open the preview."""
    path = _temp_path(printable)

    def work(progress: Any) -> tuple[printing.PreviewPages, str]:
        printable.write(path, progress)
        notice = printable.notice() if printable.notice is not None else ""
        return printing.preview_pages(path, progress), notice

    def done(result: tuple[printing.PreviewPages, str]) -> None:
        pages, notice = result
        dialog = PrintPreviewDialog(context, printable, pages, parent=parent or context.host,
                                    notice=notice)
        dialog.open()

    job = context.run_job(translate(
            "Preview",
            "Preparing {title}…").format(title=printable.title), work, done)
    job.signals.failed.connect(lambda _exc: _discard(path))
    return job


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def ask_printer(printer: QPrinter, parent: QWidget | None, pages: int) -> bool:
    """Qt's print dialog: printer, copies, collation, page range and duplex."""
    printer.setFromTo(0, 0)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Preview", "Print"))
    dialog.setMinMax(1, max(pages, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_file(context: Any, title: str, path: Path, printer: QPrinter,
               on_done: Callable[[int], None] | None = None) -> Any:
    """Print the PDF at `path` on `printer`, on the worker with progress and Cancel."""

    def done(count: int) -> None:
        where = printer.printerName() or printer.outputFileName()
        sent = (translate("Preview", "Sent 1 page of {title} to {printer}") if count == 1 else
                translate("Preview", "Sent {count} pages of {title} to {printer}"))
        context.show_status(sent.format(count=count, title=title, printer=where), 8000)
        if on_done is not None:
            on_done(count)

    return context.run_job(translate("Preview", "Printing {title}…").format(title=title),
                           lambda progress: printing.print_pdf(path, printer, progress), done)


def print_now(context: Any, printable: Printable, parent: QWidget | None = None,
              printer: QPrinter | None = None) -> Any:
    """Write the printable on the worker, ask for the printer, then print it on the worker.

    With `printer` given (a test, or a printer already chosen), no dialog is shown."""
    path = _temp_path(printable)

    def written(_result: Any) -> None:
        chosen = printer or new_printer()
        if printer is None:
            printing.prepare_printer(chosen, path, printable.title)
            if not ask_printer(chosen, parent or context.host, len(printing.page_sizes(path))):
                _discard(path)
                return
        job = print_file(context, printable.title, path, chosen, lambda _n: _discard(path))
        job.signals.failed.connect(lambda _exc: _discard(path))

    job = context.run_job(translate("Preview", "Preparing {title}…").format(title=printable.title),
                          lambda progress: printable.write(path, progress), written)
    job.signals.failed.connect(lambda _exc: _discard(path))
    return job


class PrintPreviewDialog(QDialog):
    """The document's real pages, as they will print; Print… and Save as PDF…."""

    def __init__(self, context: Any, printable: Printable, pages: printing.PreviewPages, *,
                 parent: QWidget | None = None, notice: str = "") -> None:
        super().__init__(parent)
        self.context, self.printable, self.pages = context, printable, pages
        self.setObjectName("printPreview")
        self.setWindowTitle(translate("Preview", "Print preview — {title}").format(title=printable.title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.finished.connect(lambda _r: _discard(pages.path))

        self.printer = new_printer()
        printing.prepare_printer(self.printer, pages.path, printable.title)
        self.view = QPrintPreviewWidget(self.printer, self)
        self.view.setObjectName("previewPages")
        self.view.paintRequested.connect(self._paint)

        bar = QToolBar()
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(bar, translate("Preview", "Print…"), self.print_document,
                                         QKeySequence.StandardKey.Print, "printDocument")
        self._action(bar, translate("Preview", "Save as PDF…"), self.save_pdf, QKeySequence.StandardKey.Save,
                     "savePdf")
        bar.addSeparator()
        self._action(bar, translate("Preview", "Fit width"), self.view.fitToWidth, None, "fitWidth")
        self._action(bar, translate("Preview", "Whole page"), lambda: self.view.setZoomMode(
            QPrintPreviewWidget.ZoomMode.FitInView), None, "fitPage")
        self._action(bar, translate("Preview", "Zoom in"), lambda: self.view.zoomIn(),
                     QKeySequence.StandardKey.ZoomIn, "zoomIn")
        self._action(bar, translate("Preview", "Zoom out"), lambda: self.view.zoomOut(),
                     QKeySequence.StandardKey.ZoomOut, "zoomOut")
        bar.addSeparator()
        self._action(bar, translate("Preview", "One page"), self.view.setSinglePageViewMode, None,
                     "singlePage")
        self._action(bar, translate("Preview", "Two pages"), self.view.setFacingPagesViewMode,
                     None, "facingPages")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.about = QLabel(self._about())
        self.about.setObjectName("previewAbout")
        self.about.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.about)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        self.notice = QLabel(notice)
        self.notice.setObjectName("previewNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(10, 6, 10, 6)
        self.notice.setStyleSheet("background: #fff4ce; color: #4a3b00;")
        self.notice.setVisible(bool(notice))
        layout.addWidget(self.notice)
        layout.addWidget(self.view, 1)
        self.view.setSinglePageViewMode()
        self.view.fitInView()
        self.view.updatePreview()
        fit_to_screen(self, 1040, 760)

    def _action(self, bar: QToolBar, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence.StandardKey | None, name: str) -> QAction:
        action = bar.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text.rstrip('…')} ({QKeySequence(shortcut).toString()})")
        return action

    def _about(self) -> str:
        n = self.pages.count
        width, height = self.pages.sizes[0] if n else (0.0, 0.0)
        size = printing.paper_name(width, height) if n else ""
        pages = (translate("Preview", "1 page") if n == 1 else
                 translate("Preview", "{count} pages").format(count=n))
        return pages + (f" · {size}" if size else "")

    def page_count(self) -> int:
        """The pages the preview shows (Qt's own count of what was painted)."""
        return self.view.pageCount()

    def _paint(self, printer: QPrinter) -> None:
        images = self.pages.images
        printing.paint_pages(printer, self.pages.sizes, lambda i, _dpi: images[i],
                             range(self.pages.count))

    def print_document(self, printer: QPrinter | None = None) -> Any:
        """Ask for the printer (unless one is given), then print on the worker."""
        chosen = printer or self.printer
        if printer is None and not ask_printer(chosen, self, self.pages.count):
            return None
        path = self.pages.path
        copy = Path(tempfile.mkdtemp(prefix="cohortdesk-print-")) / path.name
        shutil.copyfile(path, copy)  # the preview may close while the job runs
        job = print_file(self.context, self.printable.title, copy, chosen,
                         lambda _n: _discard(copy))
        job.signals.failed.connect(lambda _exc: _discard(copy))
        self.accept()
        return job

    def save_pdf(self, target: Path | None = None) -> Path | None:
        target = target or ask_save_path(self.context, self, "print",
                                         translate("Preview", "Save as PDF"),
                                         self.printable.file_name,
                                         translate("Preview", "PDF (*.pdf)"))
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pages.path, target)
        except OSError as exc:
            self.context.show_error(exc)
            return None
        offer_open(self.context.host, self.printable.title,
                   translate("Preview", "Wrote {path}.").format(path=target), target)
        return target
