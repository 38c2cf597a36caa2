"""The catering and access summary as a one- or two-page PDF for the venue and caterer contact.
Always internal: it names people and their needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.fonts import draw_string, text_paragraph
from cohortdesk.documents.roster_pdf import (
    CONFIDENTIAL_RED,
    HEAD_FILL,
    INK,
    RULE,
    _styles,
    numbered_canvas,
    page_footer,
)
from cohortdesk.domain.catering import CateringSummary

PAGE = letter
MARGIN = 0.75 * inch


def _table(rows: list[list[Any]], widths: list[float]) -> LongTable:
    t = LongTable(rows, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def write_catering_pdf(path: str | Path, summary: CateringSummary) -> Path:
    st = _styles(10)
    width = PAGE[0] - 2 * MARGIN
    p = text_paragraph
    story: list[Any] = [
        p(summary.title, st["title"]),
        p(summary.subtitle, st["subtitle"]),
        Spacer(1, 4),
        p("CONFIDENTIAL: internal. For the venue and catering contact only; it names people "
          "and their needs.", st["confidential"]),
        Spacer(1, 12),
        p(f"Expected: {summary.headcount} "
          f"{'person' if summary.headcount == 1 else 'people'}"
          + (f" ({summary.excluded} declined or cancelled, not counted)"
             if summary.excluded else ""), st["head"]),
        Spacer(1, 10),
    ]
    diet = [[p("Dietary need", st["head"]), p("Meals", st["head"]), p("Who", st["head"])]]
    for d in summary.dietary:
        diet.append([p(d.need, st["cell"]), p(str(d.count), st["cell"]),
                     p(", ".join(d.names), st["cell"])])
    diet.append([p("No dietary needs stated", st["cell"]),
                 p(str(summary.no_dietary_needs), st["cell"]), ""])
    story.append(_table(diet, [width * 0.3, width * 0.1, width * 0.6]))
    story.append(Spacer(1, 16))
    access = [[p("Access need", st["head"]), p("Person", st["head"]),
               p("Organization", st["head"])]]
    for a in summary.access:
        access.append([p(a.need, st["cell"]), p(a.name, st["cell"]),
                       p(a.organization, st["cell"])])
    if not summary.access:
        access.append([p("No access needs stated.", st["cell"]), "", ""])
    story.append(_table(access, [width * 0.45, width * 0.25, width * 0.3]))

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(CONFIDENTIAL_RED)
        draw_string(canvas, MARGIN, PAGE[1] - MARGIN / 2, "CONFIDENTIAL: internal", 8.5,
                    bold=True)
        canvas.restoreState()

    with atomic_path(path) as temp:
        doc = SimpleDocTemplate(str(temp), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN, title=summary.title,
                                subject="CONFIDENTIAL: catering and access summary",
                                author="CohortDesk", creator="CohortDesk")
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate,
                  canvasmaker=numbered_canvas(page_footer("", MARGIN)))
    return Path(path)
