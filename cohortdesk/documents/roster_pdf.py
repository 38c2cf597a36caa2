"""Roster as a PDF table for print: landscape Letter, the header row repeated on every page,
every name in a font that has its letters (Arabic shaped, Chinese, accents), and for an
internal roster a CONFIDENTIAL mark at the top of every page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.fonts import draw_string, register_fonts, string_width, text_paragraph
from cohortdesk.documents.roster_table import Cell, RosterTable, cell_text

PAGE = landscape(letter)
MARGIN = 0.5 * inch
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
HEAD_FILL = colors.HexColor("#E8EEF4")
RULE = colors.HexColor("#C9D2DC")
CONFIDENTIAL_RED = colors.HexColor("#B42318")
_MAX_COL, _MAX_WORD = 3.4 * inch, 2.1 * inch
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


def column_widths(
    table: RosterTable, available: float, size: float = 8.5
) -> tuple[list[float], bool]:
    """Fit columns to their content: no word (or short value such as a phone number) is split
    when the page allows it; the remaining room goes to the columns with the longest text."""
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
    if sum(floors) >= available:
        return [w * available / sum(floors) for w in floors], False
    widths = list(floors)
    room = available - sum(widths)
    wants = [n - f for n, f in zip(naturals, floors, strict=True)]
    if sum(wants) > 0:
        share = min(1.0, room / sum(wants))
        widths = [w + want * share for w, want in zip(widths, wants, strict=True)]
    room = available - sum(widths)
    if room > 0:  # everything fits on one line: spread what is left evenly
        widths = [w + room / len(widths) for w in widths]
    return widths, True


def write_roster_pdf(path: str | Path, table: RosterTable) -> Path:
    available = PAGE[0] - 2 * MARGIN
    # Wide rosters (the internal one) step down in type size before they split words.
    for size in CELL_SIZES:
        widths, fits = column_widths(table, available, size)
        if fits:
            break
    styles = _styles(size)
    story: list[Any] = [text_paragraph(table.title, styles["title"])]
    if table.subtitle:
        story.append(text_paragraph(table.subtitle, styles["subtitle"]))
    if table.confidential:
        story.append(Spacer(1, 4))
        story.append(text_paragraph("CONFIDENTIAL: internal roster. " + table.notice,
                                    styles["confidential"]))
    elif table.notice:
        story.append(Spacer(1, 4))
        story.append(text_paragraph(table.notice, styles["notice"]))
    story.append(Spacer(1, 10))

    head = [text_paragraph(h, styles["head"]) for h in table.headers]
    body = [[_cell(v, styles["cell"]) for v in row] for row in table.rows]
    if not body:
        body = [[text_paragraph("Nobody matches this roster's filters.", styles["notice"])]
                + [""] * (len(table.headers) - 1)]
    grid = LongTable([head, *body], colWidths=widths, repeatRows=1)
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
    printed = f"{today:%B} {today.day}, {today.year}"

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = PAGE[1] - MARGIN / 2 - 4
        if table.confidential:
            canvas.setFillColor(CONFIDENTIAL_RED)
            draw_string(canvas, MARGIN, top, "CONFIDENTIAL: internal", 8.5, bold=True)
        canvas.setFillColor(MUTED)
        if doc.page > 1:
            draw_string(canvas, PAGE[0] - MARGIN, top, table.title, 8.5, anchor="end")
        draw_string(canvas, MARGIN, MARGIN / 2, f"Printed {printed}", 8)
        draw_string(canvas, PAGE[0] - MARGIN, MARGIN / 2, f"Page {doc.page}", 8, anchor="end")
        canvas.restoreState()

    with atomic_path(path) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=MARGIN, title=table.title, author=table.author,
            subject=("CONFIDENTIAL: " if table.confidential else "") + table.subtitle,
            keywords=list(table.keywords), creator="CohortDesk",
        )
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return Path(path)


def _cell(value: Cell, style: ParagraphStyle) -> Paragraph | str:
    text = cell_text(value)
    return text_paragraph(text, style) if text else ""
