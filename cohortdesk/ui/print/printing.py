"""Printing our PDFs, so that what prints is exactly the PDF that "Save as PDF" writes.

Every printable (packet, agenda, badges, tents, sign-in sheet, roster, results) is first written
as a PDF, then its pages are rendered with PDFium (pypdfium2) at the printer's resolution and
painted onto a `QPrinter` page of the PDF's own size. Qt's print dialog chooses the printer,
copies, page range and duplex. Painting onto a QPrinter is allowed off the UI thread, so the
rendering and the printing run on the worker with progress and Cancel.

The paper (US Letter or A4) is one setting, `print/paper`, that every document honours.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.print.paper import PAPERS, default_paper, paper, set_paper

translate = QCoreApplication.translate

# Higher than any office printer needs for text; a Letter page at 600 dpi is ~100 MB of pixels.
MAX_DPI = 600
PREVIEW_DPI = 110  # sharp on screen at the preview's usual zoom

Progress = Callable[[int, int, str], None]


class PrintError(CohortDeskError):
    """The printer could not be started (no printer, or it refused the job)."""


# -- pages ---------------------------------------------------------------------------------------

def page_sizes(path: str | Path) -> list[tuple[float, float]]:
    """Each page's size in points (width, height), as the PDF says."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf.get_page_size(i) for i in range(len(pdf))]
    finally:
        pdf.close()


def page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """A borderless page of exactly this size; a known size (Letter, A4) keeps its name."""
    landscape = width_pt > height_pt
    short, long_ = (height_pt, width_pt) if landscape else (width_pt, height_pt)
    size = QPageSize(QSizeF(short, long_), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def paper_name(width_pt: float, height_pt: float) -> str:
    """"US Letter", "A4, landscape", "11 × 17 in"…: how staff name a page size."""
    layout = page_layout(width_pt, height_pt)
    known = {QPageSize.PageSizeId.Letter: QT_TRANSLATE_NOOP("Paper", "US Letter"),
             QPageSize.PageSizeId.A4: "A4",
             QPageSize.PageSizeId.Legal: QT_TRANSLATE_NOOP("Paper", "US Legal"),
             QPageSize.PageSizeId.Tabloid: QT_TRANSLATE_NOOP("Paper", "Tabloid"),
             QPageSize.PageSizeId.A3: "A3", QPageSize.PageSizeId.A6: "A6"}
    name = known.get(layout.pageSize().id())
    if name is None:
        return translate("Paper", "{width} × {height} in").format(
            width=f"{width_pt / 72:.4g}", height=f"{height_pt / 72:.4g}")
    name = translate("Paper", name)
    if layout.orientation() == QPageLayout.Orientation.Landscape:
        name = translate("Paper", "{paper}, landscape").format(paper=name)
    return name


def render_page(pdf: Any, index: int, dpi: float) -> QImage:
    """Page `index` of an open pypdfium2 document as an RGB image at `dpi`."""
    page = pdf[index]
    try:
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
        try:
            data = bytes(bitmap.buffer)
            fmt = (QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                   else QImage.Format.Format_RGBA8888)
            return QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()


@dataclass(frozen=True)
class PreviewPages:
    """A written PDF and its pages rendered for the screen (made on the worker)."""

    path: Path
    sizes: tuple[tuple[float, float], ...]
    images: tuple[QImage, ...]

    @property
    def count(self) -> int:
        return len(self.sizes)


def preview_pages(path: Path, progress: Progress | None = None,
                  dpi: float = PREVIEW_DPI) -> PreviewPages:
    pdf = pdfium.PdfDocument(str(path))
    try:
        total = len(pdf)
        sizes, images = [], []
        for i in range(total):
            if progress is not None:
                progress(i, total, translate("Printing", "Page {page} of {total}").format(
                    page=i + 1, total=total))
            sizes.append(pdf.get_page_size(i))
            images.append(render_page(pdf, i, dpi))
        return PreviewPages(path, tuple(sizes), tuple(images))
    finally:
        pdf.close()


# -- painting onto a printer ---------------------------------------------------------------------

def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The page indexes to print, in order, with copies and collation as the printer asks.

    Copies are repeated here only when the printer cannot make them itself (PDF output)."""
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        wanted = [i for i in range(count) if ranges.contains(i + 1)]
    elif printer.fromPage() > 0:
        wanted = [i for i in range(count) if printer.fromPage() <= i + 1 <= printer.toPage()]
    else:
        wanted = list(range(count))
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return wanted * copies
    return [i for i in wanted for _ in range(copies)]


def paint_pages(printer: QPrinter, sizes: Sequence[tuple[float, float]],
                page_image: Callable[[int, float], QImage], order: Sequence[int],
                progress: Progress | None = None) -> int:
    """Paint the pages in `order` onto `printer`, each on a page of its own size; the number of
    pages painted. `page_image(index, dpi)` gives a page's picture."""
    if not order:
        return 0
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(*sizes[order[0]]))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("Printing", "The printer could not start printing. Check "
                                   "that it is on and connected, then try again."))
    done = 0
    try:
        for n, index in enumerate(order):
            if progress is not None:
                progress(n, len(order), translate("Printing", "Printing page {page} of {total}").format(
                    page=n + 1, total=len(order)))
            if n:
                layout = page_layout(*sizes[index])
                if not layout.isEquivalentTo(printer.pageLayout()):
                    printer.setPageLayout(layout)
                printer.newPage()
            dpi = min(printer.resolution(), MAX_DPI)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            painter.drawImage(QRectF(0, 0, target.width(), target.height()),
                              page_image(index, dpi))
            done += 1
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    return done


def print_pdf(path: str | Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Print the PDF at `path` on `printer`, rendered at the printer's resolution (at most
    MAX_DPI). Runs on any thread; returns the number of pages sent."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        sizes = [pdf.get_page_size(i) for i in range(len(pdf))]
        order = pages_to_print(printer, len(sizes))
        return paint_pages(printer, sizes, lambda i, dpi: render_page(pdf, i, dpi), order,
                           progress)
    finally:
        pdf.close()


def prepare_printer(printer: QPrinter, path: Path, title: str) -> None:
    """Give the printer the document's name and its first page's size, for the print dialog."""
    sizes = page_sizes(path)
    printer.setDocName(title)
    if sizes:
        printer.setPageLayout(page_layout(*sizes[0]))
    printer.setFromTo(0, 0)


__all__ = ["PAPERS", "default_paper", "paper", "set_paper"]
