"""Session print materials besides the packet: name badges, table tents, sign-in sheets and
the agenda alone. Each builder takes plain `PacketData` and writes a PDF atomically.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from cohortdesk.documents import fonts
from cohortdesk.documents import packet_sections as sec
from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.packet_data import PacketData, PacketPerson
from cohortdesk.documents.pdf_common import (
    ACCENT,
    ACCENT_DARK,
    INK,
    MUTED,
    PAPER,
    RULE,
    PagedTable,
    PageFurniture,
    canvas_class,
    cell,
    date_range,
    make_styles,
    table_style,
)
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.progress import Progress, no_progress


@dataclass(frozen=True)
class BadgeStock:
    """A sheet of pre-cut badges: page size, grid, margins and pitch (all in points)."""

    key: str
    label: str
    page: tuple[float, float]
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Bottom-left corner of badge `index` (0-based, left to right, top to bottom)."""
        col, row = index % self.columns, index // self.columns
        x = self.left + col * self.pitch_x
        y = self.page[1] - self.top - row * self.pitch_y - self.height
        return x, y


STOCKS: dict[str, BadgeStock] = {
    s.key: s for s in (
        BadgeStock("avery-5392", "Avery 5392 (4″ × 3″, 6 per Letter sheet)", LETTER, 2, 3,
                   4 * inch, 3 * inch, 0.25 * inch, 1 * inch, 4 * inch, 3 * inch),
        BadgeStock("avery-5395", "Avery 5395 (3⅜″ × 2⅓″, 8 per Letter sheet)", LETTER, 2, 4,
                   3.375 * inch, 2.3333 * inch, 0.6875 * inch, 0.59375 * inch, 3.75 * inch,
                   2.5 * inch),
        BadgeStock("a6", "A6 (105 × 148 mm, 4 per A4 sheet)", A4, 2, 2,
                   105 * mm, 148.5 * mm, 0, 0, 105 * mm, 148.5 * mm),
    )
}


def stock(key: str) -> BadgeStock:
    try:
        return STOCKS[key]
    except KeyError:
        raise ValidationError("stock", f"Unknown badge stock {key!r}; choose from "
                              f"{', '.join(STOCKS)}.") from None


def _write(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as temp:
        temp.write_bytes(data)


def _fit_size(text: str, width: float, start: float, smallest: float, *, bold: bool) -> float:
    size = start
    while size > smallest and fonts.string_width(text, size, bold=bold) > width:
        size -= 0.5
    return size


def _clip(text: str, width: float, size: float, *, bold: bool = False) -> str:
    if fonts.string_width(text, size, bold=bold) <= width:
        return text
    while text and fonts.string_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _metadata(c: Canvas, title: str, data: PacketData) -> None:
    c.setTitle(f"{title} · {data.title}")
    c.setSubject(title)
    c.setAuthor(data.program or "CohortDesk")
    c.setCreator("CohortDesk")


# -- badges ----------------------------------------------------------------------------------


def _draw_badge(c: Canvas, st: BadgeStock, index: int, person: PacketPerson,
                data: PacketData) -> None:
    x, y = st.origin(index)
    w, h = st.width, st.height
    pad = max(0.16 * inch, w * 0.055)
    scale = h / (3 * inch)
    c.saveState()
    band = 0.42 * inch * scale
    c.setFillColor(ACCENT)
    c.rect(x, y + h - band, w, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    top_text = data.program or data.cohort or data.title
    size = 8.5 * min(max(scale, 0.85), 1.3)
    fonts.draw_string(c, x + pad, y + h - band + (band - size) / 2 + 1,
                      _clip(top_text.upper(), w - 2 * pad, size, bold=True), size, bold=True)
    inner = w - 2 * pad
    cursor = y + h - band - 0.2 * inch * scale
    big = _fit_size(person.badge_name, inner, 40 * scale, 16 * scale, bold=True)
    cursor -= big * 0.95
    c.setFillColor(INK)
    fonts.draw_string(c, x + pad, cursor, _clip(person.badge_name, inner, big, bold=True), big,
                      bold=True)
    second = person.full_name if person.full_name != person.badge_name else ""
    line = 13 * scale
    if second:
        cursor -= line * 1.45
        fonts.draw_string(c, x + pad, cursor, _clip(second, inner, line), line)
    if person.pronouns:
        cursor -= line * 1.5
        size = 10.5 * scale
        label = _clip(person.pronouns, inner - 10, size)
        pw = fonts.string_width(label, size) + 10
        c.setFillColor(colors.HexColor("#e8f1f1"))
        c.roundRect(x + pad, cursor - 3.5 * scale, pw, size + 6 * scale, 3, stroke=0, fill=1)
        c.setFillColor(ACCENT_DARK)
        fonts.draw_string(c, x + pad + 5, cursor, label, size)
    # Title and jurisdiction sit on the bottom edge, where a lanyard card is read last.
    bottom = y + pad * 0.9
    size = 10 * scale
    c.setFillColor(MUTED)
    if person.place:
        fonts.draw_string(c, x + pad, bottom, _clip(person.place, inner, size, bold=True), size,
                          bold=True)
        bottom += size * 1.35
    if person.title:
        fonts.draw_string(c, x + pad, bottom, _clip(person.title, inner, size), size)
    c.restoreState()


def build_badges(data: PacketData, stock_key: str, path: str | Path,
                 progress: Progress = no_progress) -> int:
    """Badges for everyone in `data.people`, sorted by family name. Returns the page count."""
    st = stock(stock_key)
    people = sec.sort_people(data.people, "family")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=st.page, initialFontName=fonts.register_fonts().regular)
    _metadata(c, "Name badges", data)
    pages = max(1, math.ceil(len(people) / st.per_page))
    for n, person in enumerate(people):
        slot = n % st.per_page
        if n and slot == 0:
            c.showPage()
            progress(n, len(people), "Badges")
        _draw_badge(c, st, slot, person, data)
    c.showPage()
    c.save()
    _write(path, buffer.getvalue())
    return pages


def build_alignment_test(stock_key: str, path: str | Path) -> int:
    """One page with every badge outlined, to hold against a label sheet before printing."""
    st = stock(stock_key)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=st.page, initialFontName=fonts.register_fonts().regular)
    c.setTitle(f"Alignment test · {st.label}")
    for i in range(st.per_page):
        x, y = st.origin(i)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.6)
        c.rect(x, y, st.width, st.height, stroke=1, fill=0)
        c.setStrokeColor(RULE)
        cx, cy = x + st.width / 2, y + st.height / 2
        c.line(cx - 10, cy, cx + 10, cy)
        c.line(cx, cy - 10, cx, cy + 10)
        c.setFillColor(MUTED)
        fonts.draw_string(c, cx, cy - 24, f"Badge {i + 1}", 9, anchor="middle")
    c.setFillColor(INK)
    fonts.draw_string(c, st.page[0] / 2, st.page[1] - 0.35 * inch if st.top >= 0.5 * inch
                      else st.page[1] / 2 + 4,
                      f"Alignment test: {st.label}", 10, bold=True, anchor="middle")
    fonts.draw_string(c, st.page[0] / 2, 0.3 * inch if st.top >= 0.5 * inch
                      else st.page[1] / 2 - 10,
                      "Print at 100% (no “fit to page”) on plain paper and hold it against "
                      "a label sheet.", 8.5, anchor="middle")
    c.showPage()
    c.save()
    _write(path, buffer.getvalue())
    return 1


# -- table tents -----------------------------------------------------------------------------


def _tent_half(c: Canvas, person: PacketPerson, data: PacketData, width: float,
               height: float) -> None:
    """One face of a tent, drawn upright in a (0, 0, width, height) box."""
    pad = 0.6 * inch
    inner = width - 2 * pad
    big = _fit_size(person.badge_name, inner, 72, 28, bold=True)
    c.setFillColor(INK)
    name_y = height * 0.5
    fonts.draw_string(c, width / 2, name_y, _clip(person.badge_name, inner, big, bold=True),
                      big, bold=True, anchor="middle")
    lines = []
    if person.full_name != person.badge_name:
        lines.append((person.full_name, 20, INK))
    detail = " · ".join(x for x in (person.pronouns, person.place) if x)
    if detail:
        lines.append((detail, 18, MUTED))
    y = name_y - 0.55 * inch
    for text, size, color in lines:
        c.setFillColor(color)
        fonts.draw_string(c, width / 2, y, _clip(text, inner, size), size, anchor="middle")
        y -= size * 1.5
    c.setFillColor(ACCENT)
    c.rect(0, 0, width, 0.14 * inch, stroke=0, fill=1)
    c.setFillColor(MUTED)
    footer = " · ".join(x for x in (data.program, data.title) if x)
    fonts.draw_string(c, width / 2, 0.35 * inch, _clip(footer, inner, 10), 10, anchor="middle")


def build_tents(data: PacketData, paper: str, path: str | Path,
                progress: Progress = no_progress) -> int:
    """One folded tent per person: the name on both faces, the top face turned 180°."""
    if paper not in PAPER:
        raise ValidationError("paper", "Choose Letter or A4 paper.")
    page_w, page_h = landscape(PAPER[paper])
    people = sec.sort_people(data.people, "family")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(page_w, page_h), initialFontName=fonts.register_fonts().regular)
    _metadata(c, "Table tents", data)
    half = page_h / 2
    for n, person in enumerate(people):
        _tent_half(c, person, data, page_w, half)
        c.saveState()
        c.translate(page_w, page_h)
        c.rotate(180)
        _tent_half(c, person, data, page_w, half)
        c.restoreState()
        c.setStrokeColor(RULE)
        c.setDash(4, 4)
        c.setLineWidth(0.5)
        c.line(0.3 * inch, half, page_w - 0.3 * inch, half)
        c.setDash()
        c.showPage()
        if n % 20 == 19:
            progress(n + 1, len(people), "Table tents")
    if not people:
        fonts.draw_string(c, page_w / 2, page_h / 2, "No one is registered yet.", 14,
                          anchor="middle")
        c.showPage()
    c.save()
    _write(path, buffer.getvalue())
    return max(1, len(people))


# -- documents laid out with platypus --------------------------------------------------------


def _flow(data: PacketData, paper: str, path: str | Path, story: list[Any],
          furniture: PageFurniture, title: str,
          margins: float = 0.6 * inch) -> int:
    if paper not in PAPER:
        raise ValidationError("paper", "Choose Letter or A4 paper.")
    page_w, page_h = PAPER[paper]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=(page_w, page_h), title=f"{title} · {data.title}",
                          author=data.program or "CohortDesk", subject=title,
                          creator="CohortDesk", initialFontName=fonts.register_fonts().regular)
    frame = Frame(margins, 0.8 * inch, page_w - 2 * margins, page_h - 1.6 * inch, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    furniture.margin_left = furniture.margin_right = margins
    doc.build(story, canvasmaker=canvas_class(furniture))
    _write(path, buffer.getvalue())
    return furniture.total_pages


def _heading(data: PacketData, title: str, s: Any) -> list[Any]:
    when = date_range(data.starts_at, data.ends_at) if data.starts_at else ""
    line = " · ".join(x for x in (when, sec.time_line(data), data.venue) if x)
    return [Paragraph(fonts.paragraph_text(data.title, bold=True), s.h1),
            Paragraph(fonts.paragraph_text(f"{title}  ·  {line}" if line else title), s.muted),
            Spacer(1, 8)]


def build_sign_in(data: PacketData, paper: str, path: str | Path, *, blank_rows: int = 10,
                  progress: Progress = no_progress) -> int:
    """Registered people by family name, a signature column, access needs met, walk-in rows."""
    s = make_styles(False)
    width = PAPER.get(paper, LETTER)[0] - 1.2 * inch
    people = sorted(data.people, key=lambda p: p.family_key)
    num_w, name_w, place_w, access_w = 0.35 * inch, width * 0.30, width * 0.24, 0.75 * inch
    sign_w = width - num_w - name_w - place_w - access_w
    widths = [num_w, name_w, place_w, sign_w, access_w]
    rows: list[list[Any]] = []
    for i, p in enumerate(people, start=1):
        family_first = ", ".join(x for x in (p.family_name, p.given_name) if x)
        if p.preferred_name and p.preferred_name != p.given_name:
            family_first += f" ({p.preferred_name})"
        rows.append([str(i), cell(family_first or p.display_name, s.cell_bold, name_w),
                     cell(p.place, s.cell, place_w), "", "☐"])
        if i % 100 == 0:
            progress(i, len(people), "Sign-in sheet")
    for _ in range(blank_rows):
        rows.append(["", "", "", "", "☐"])
    style = table_style(s) + [
        ("FONT", (-1, 1), (-1, -1), fonts.register_fonts().symbols, 13),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("LINEBEFORE", (3, 1), (3, -1), 0.4, RULE),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]
    heights = [0.42 * inch] * len(rows)
    story = _heading(data, "Sign-in sheet", s)
    story.append(Paragraph(
        f"{len(people)} registered. Walk-ins: please add your name in the blank rows at the end.",
        s.muted))
    story.append(Spacer(1, 6))
    header = ["#", "Name", "Jurisdiction", "Signature",
              Paragraph("Access needs met", ParagraphStyle("h", parent=s.header_cell,
                                                           alignment=TA_CENTER))]
    story.append(PagedTable(header, rows, widths, style, heights=heights))
    furniture = PageFurniture(header_left=data.title, header_right="Sign-in sheet")
    return _flow(data, paper, path, story, furniture, "Sign-in sheet")


def build_agenda(data: PacketData, paper: str, path: str | Path,
                 progress: Progress = no_progress) -> int:
    """The agenda alone, on one page where it fits."""
    s = make_styles(False)
    width = PAPER.get(paper, LETTER)[0] - 1.2 * inch
    story = _heading(data, "Agenda", s)
    if data.objectives:
        story.append(Paragraph("Objectives", s.h3))
        for i, o in enumerate(data.objectives, start=1):
            story.append(Paragraph(f"{i}. " + fonts.paragraph_text(o), s.body))
        story.append(Spacer(1, 6))
    story += sec.agenda(data.agenda, s, width, zone=data.zone_abbreviation)
    progress(1, 2, "Agenda")
    furniture = PageFurniture(header_left=data.title, header_right="Agenda")
    return _flow(data, paper, path, story, furniture, "Agenda")


__all__ = ["STOCKS", "BadgeStock", "build_agenda", "build_alignment_test", "build_badges",
           "build_sign_in", "build_tents"]
