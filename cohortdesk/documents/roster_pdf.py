"""Roster as a PDF table for print: landscape Letter, the header row repeated on every page,
every name in a font that has its letters (Arabic shaped, Chinese, accents), and for an
internal roster a CONFIDENTIAL mark at the top of every page.

Columns fit their content without splitting words: the type steps down, then long-text
columns narrow while short ones (a stage, a status, a date) keep their width; a roster with
too many columns for that goes on a legal or tabloid page. No page holds a single last row,
and every footer says "Page X of Y"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape, legal, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from cohortdesk.documents import i18n
from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.fonts import draw_string, register_fonts, string_width, text_paragraph
from cohortdesk.documents.i18n import _
from cohortdesk.documents.roster_table import Cell, RosterTable, cell_text

PAGE = landscape(letter)
MARGIN = 0.5 * inch
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
HEAD_FILL = colors.HexColor("#E8EEF4")
RULE = colors.HexColor("#C9D2DC")
CONFIDENTIAL_RED = colors.HexColor("#B42318")
_MAX_COL, _MAX_WORD = 3.4 * inch, 2.1 * inch
_MIN_LONG = 0.55 * inch  # the narrowest a long-text column gets when the page is full
_LONG_WORD = 1.2 * inch  # a single word this wide (an email) counts as long text
TABLOID = (11 * inch, 17 * inch)
# Rows this tall (the header and two rows) surely fit on a new page: worth moving them there.
_FRESH = 4 * inch
PAGES = (landscape(letter), landscape(legal), landscape(TABLOID))
# On A4 paper: A4, then A3 for a roster too wide for it.
PAGES_FOR = {"letter": PAGES, "a4": (landscape(A4), landscape(A3))}
CELL_SIZES = (8.5, 7.5, 6.5)


def _styles(size: float = 8.5) -> dict[str, ParagraphStyle]:
    fonts = register_fonts()
    cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=size, leading=size * 1.25,
                          textColor=INK)
    return {
        "title": ParagraphStyle("title", fontName=fonts.bold, fontSize=17, leading=21,
                                textColor=INK, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", fontName=fonts.regular, fontSize=10, leading=13,
                                   textColor=MUTED),
        "notice": ParagraphStyle("notice", fontName=fonts.regular, fontSize=9, leading=12,
                                 textColor=MUTED),
        "confidential": ParagraphStyle("confidential", fontName=fonts.bold, fontSize=9.5,
                                       leading=12, textColor=CONFIDENTIAL_RED),
        "cell": cell,
        "head": ParagraphStyle("head", parent=cell, fontName=fonts.bold),
    }


def _measure(table: RosterTable, size: float) -> tuple[list[float], list[float]]:
    """(floors, naturals) per column: the width below which a word (or a short value such as
    a phone number) would be split, and the width that puts every value on one line."""
    pad = 8.0
    sample = table.rows[:400]
    floors, naturals = [], []
    for i, header in enumerate(table.headers):
        floor = max(string_width(w, size, bold=True) for w in header.split() or [""]) + pad
        natural = string_width(header, size, bold=True) + pad
        for row in sample:
            text = cell_text(row[i]) if i < len(row) else ""
            if not text:
                continue
            unbreakable = [text] if len(text) <= 16 else text.split()
            floor = max(floor, min(max(string_width(w, size) for w in unbreakable) + pad,
                                   _MAX_WORD))
            natural = max(natural, min(max(string_width(line, size) for line in text.split("\n"))
                                       + pad, _MAX_COL))
        floors.append(floor)
        naturals.append(max(natural, floor))
    return floors, naturals


def column_widths(
    table: RosterTable, available: float, size: float = 8.5
) -> tuple[list[float], bool]:
    """Fit columns to their content: no word (or short value such as a phone number) is split
    when the page allows it; the remaining room goes to the columns with the longest text.

    When the words alone are wider than the page (`fits` is False), short columns (a stage, a
    status, a date, a phone number) keep the width their longest word needs, and only the
    long-text columns (bios, notes, titles, emails) narrow and may break a word."""
    floors, naturals = _measure(table, size)
    if sum(floors) >= available:
        return _squeeze(floors, naturals, available), False
    return _spread(floors, naturals, available), True


def _spread(floors: list[float], naturals: list[float], available: float) -> list[float]:
    widths = list(floors)
    room = available - sum(widths)
    wants = [n - f for n, f in zip(naturals, floors, strict=True)]
    if sum(wants) > 0:
        share = min(1.0, room / sum(wants))
        widths = [w + want * share for w, want in zip(widths, wants, strict=True)]
    room = available - sum(widths)
    if room > 0:  # everything fits on one line: spread what is left evenly
        widths = [w + room / len(widths) for w in widths]
    return widths


def _squeeze(floors: list[float], naturals: list[float], available: float) -> list[float]:
    """Widths when the words do not fit: long-text columns narrow, short ones keep their
    words whole; a roster too wide even for that narrows every column alike."""
    widths = _squeeze_long(floors, naturals, available)
    return widths if widths is not None else [w * available / sum(floors) for w in floors]


def _squeeze_long(floors: list[float], naturals: list[float],
                  available: float) -> list[float] | None:
    # Long text: prose that wraps (a bio, a title), or a long single word (an email). A short
    # value (a stage, a status, a date, a phone number) is never a candidate.
    long_text = sorted((i for i in range(len(floors))
                        if naturals[i] > floors[i] + 1 or floors[i] > _LONG_WORD),
                       key=lambda i: naturals[i], reverse=True)
    taken: list[int] = []
    room = 0.0
    for i in long_text:  # take the widest until the others fit
        taken.append(i)
        room = available - sum(floors[j] for j in range(len(floors)) if j not in taken)
        if room >= _MIN_LONG * len(taken):
            break
    else:
        return None
    # Share the room by each long column's floor, never below the usable minimum.
    widths = list(floors)
    fixed: set[int] = set()
    while True:
        free = [i for i in taken if i not in fixed]
        rest = room - _MIN_LONG * len(fixed)
        want = sum(floors[i] for i in free)
        low = [i for i in free if floors[i] * rest / want < _MIN_LONG]
        if not low:
            for i in free:
                widths[i] = floors[i] * rest / want
            for i in fixed:
                widths[i] = _MIN_LONG
            return widths
        fixed.update(low)


def layout(table: RosterTable,
           paper: str = "letter") -> tuple[tuple[float, float], float, list[float]]:
    """(page size, type size, column widths). Letter first, stepping down the type size, then
    narrowing long-text columns; a roster still too wide goes on a legal, then a tabloid page
    (which print shrunk to fit) rather than splitting short values. On A4: A4, then A3."""
    pages = PAGES_FOR[paper]
    floors: list[float] = []
    naturals: list[float] = []
    for number, page in enumerate(pages):
        available = page[0] - 2 * MARGIN
        for size in CELL_SIZES:
            floors, naturals = _measure(table, size)
            if sum(floors) < available:
                return page, size, _spread(floors, naturals, available)
        if number in (0, len(pages) - 1):  # Letter (A4), or nothing bigger left
            squeezed = _squeeze_long(floors, naturals, available)
            if squeezed is not None:
                return page, CELL_SIZES[-1], squeezed
    available = pages[-1][0] - 2 * MARGIN
    return pages[-1], CELL_SIZES[-1], [w * available / sum(floors) for w in floors]


class _RosterTable(LongTable):
    """A LongTable that never leaves one row alone on a page: a split that would carry only
    the last row over takes one more row with it, and no page starts a part with just one
    row at its foot (the part moves to the next page instead)."""

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> Any:  # noqa: N802, N803
        if not isinstance(self.repeatRows, int):
            return super()._splitRows(availHeight, doInRowSplit)
        heights, head = self._rowHeights, self.repeatRows
        n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=doInRowSplit)
        if doInRowSplit:
            # Split inside a row only when it may not fit on a page of its own (a very long
            # bio); a shorter row moves to the next page whole.
            if n < len(heights) and heights[n] < _FRESH:
                return []
        else:
            if n - head == 1 and len(heights) - n >= 1 and sum(heights[: head + 2]) < _FRESH:
                return []  # one row at the foot of the page: start on the next page
            if n == len(heights) - 1 and n - head >= 2:
                availHeight = sum(heights[: n - 1]) + 1e-6  # noqa: N806
        return super()._splitRows(availHeight, doInRowSplit)


def numbered_canvas(footer: Callable[[Any, int, int], None]) -> type[Canvas]:
    """A canvas class that holds its pages until the end, so each footer can say
    "Page X of Y": `footer(canvas, page, pages)` draws it."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                footer(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_footer(left: str, margin: float = MARGIN) -> Callable[[Any, int, int], None]:
    """A footer with `left` at the left and "Page X of Y" at the right."""

    def draw(canvas: Any, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        width = canvas._pagesize[0]
        if left:
            draw_string(canvas, margin, margin / 2, left, 8)
        text = _("Page {number} of {total}").format(number=page, total=pages)
        draw_string(canvas, width - margin, margin / 2, text, 8, anchor="end")
        canvas.restoreState()

    return draw


def write_roster_pdf(path: str | Path, table: RosterTable, paper: str = "letter") -> Path:
    page, size, widths = layout(table, paper)
    styles = _styles(size)
    story: list[Any] = [text_paragraph(table.title, styles["title"])]
    if table.subtitle:
        story.append(text_paragraph(table.subtitle, styles["subtitle"]))
    if table.confidential:
        story.append(Spacer(1, 4))
        story.append(text_paragraph(_("CONFIDENTIAL: internal roster.") + " " + table.notice,
                                    styles["confidential"]))
    elif table.notice:
        story.append(Spacer(1, 4))
        story.append(text_paragraph(table.notice, styles["notice"]))
    story.append(Spacer(1, 10))

    head = [text_paragraph(h, styles["head"]) for h in table.headers]
    body = [[_cell(v, styles["cell"]) for v in row] for row in table.rows]
    if not body:
        body = [[text_paragraph(_("Nobody matches this roster's filters."), styles["notice"])]
                + [""] * (len(table.headers) - 1)]
    # splitInRow: a very long bio may run over a page break instead of failing the export.
    grid = _RosterTable([head, *body], colWidths=widths, repeatRows=1, splitInRow=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(grid)

    today = dt.date.today()
    printed = i18n.long_date(today) if i18n.current() != "en" else \
        f"{today:%B} {today.day}, {today.year}"

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = page[1] - MARGIN / 2 - 4
        if table.confidential:
            canvas.setFillColor(CONFIDENTIAL_RED)
            draw_string(canvas, MARGIN, top, _("CONFIDENTIAL: internal"), 8.5, bold=True)
        canvas.setFillColor(MUTED)
        if doc.page > 1:
            draw_string(canvas, page[0] - MARGIN, top, table.title, 8.5, anchor="end")
        canvas.restoreState()

    with atomic_path(path, private=table.confidential) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=MARGIN, title=table.title, author=table.author,
            subject=(_("CONFIDENTIAL:") + " " if table.confidential else "") + table.subtitle,
            keywords=list(table.keywords), creator="CohortDesk",
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate,
                  canvasmaker=numbered_canvas(page_footer(_("Printed {date}").format(date=printed))))
    return Path(path)


def _cell(value: Cell, style: ParagraphStyle) -> Paragraph | str:
    text = cell_text(value)
    return text_paragraph(text, style) if text else ""
