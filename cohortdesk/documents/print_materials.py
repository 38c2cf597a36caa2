"""Session print materials besides the packet: name badges, table tents, sign-in sheets and
the agenda alone. Each builder takes plain `PacketData` and writes a PDF atomically.
"""

from __future__ import annotations

import io
import math
import re
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
    TINT,
    PagedTable,
    PageFurniture,
    canvas_class,
    cell,
    check_output,
    date_range,
    fit_text,
    make_styles,
    table_style,
)
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.domain.text import plural

# Most printers leave about this much of each edge of the paper blank.
PRINTABLE_MARGIN = 0.25 * inch


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

    @property
    def inset(self) -> float:
        """How far ink stays inside each badge, so that none of it falls in the strip along
        the paper's edge that printers cannot reach (A6 badges run to the edge of the sheet)."""
        page_w, page_h = self.page
        right = page_w - self.left - (self.columns - 1) * self.pitch_x - self.width
        bottom = page_h - self.top - (self.rows - 1) * self.pitch_y - self.height
        return max(0.0, PRINTABLE_MARGIN - min(self.left, self.top, right, bottom))

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
    return fit_text(text, size, width, bold=bold)


def _words(text: str, hyphens: bool = True) -> list[str]:
    """`text` cut where a line may break: after spaces (and after hyphens)."""
    return [w for w in re.split(r"(?<=[ \-‐–])" if hyphens else r"(?<= )",
                                " ".join(text.split())) if w]


def wrap_lines(text: str, width: float, size: float, *, bold: bool = False,
               max_lines: int = 2, hyphens: bool = True) -> list[str] | None:
    """`text` in at most `max_lines` lines that each fit `width`, broken between words (or
    after a hyphen); None when it cannot be done at this size."""
    lines: list[str] = []
    for word in _words(text, hyphens):
        if lines and fonts.string_width((lines[-1] + word).rstrip(), size, bold=bold) <= width:
            lines[-1] += word
            continue
        if fonts.string_width(word.rstrip(), size, bold=bold) > width:
            return None
        lines.append(word)
        if len(lines) > max_lines:
            return None
    return [line.rstrip() for line in lines] or [""]


def fit_lines(text: str, width: float, start: float, smallest: float, *, bold: bool = False,
              max_lines: int = 2, height: float | None = None,
              leading: float = 1.08) -> tuple[list[str], float]:
    """(lines, size) for `text`: one line at the largest size that fits, else two lines at that
    size, ... and only then a smaller size. At `smallest` the last line is shortened with "…".
    `height` limits the lines' total height (lines × size × `leading`)."""
    for hyphens in (False, True):  # break a hyphenated name only when nothing else fits
        size = start
        while True:
            for count in range(1, max_lines + 1):
                if height is not None and count * size * leading > height + 0.01:
                    break
                lines = wrap_lines(text, width, size, bold=bold, max_lines=count,
                                   hyphens=hyphens)
                if lines is not None:
                    return lines, size
            if size <= smallest:
                break
            size = max(smallest, size - 0.5)
    count = max_lines if height is None else max(1, min(max_lines,
                                                         int(height / (size * leading))))
    lines = []
    rest = _words(text)
    while rest and len(lines) < count - 1:
        line = ""
        while rest and (not line or fonts.string_width((line + rest[0]).rstrip(), size,
                                                       bold=bold) <= width):
            line += rest.pop(0)
        lines.append(_clip(line.rstrip(), width, size, bold=bold))  # one word wider than all
    if rest or not lines:
        lines.append(_clip("".join(rest).strip(), width, size, bold=bold))
    return lines, size


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
    # Keep ink inside the printable area; the badge's own proportions set the type scale.
    x, y, w, h = x + st.inset, y + st.inset, w - 2 * st.inset, h - 2 * st.inset
    pad = max(0.16 * inch, w * 0.055)
    scale = min(h / (3 * inch), w / (3.375 * inch))
    inner = w - 2 * pad
    c.saveState()
    band = 0.42 * inch * scale
    c.setFillColor(ACCENT)
    c.rect(x, y + h - band, w, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    top_text = (data.program or data.cohort or data.title).upper()
    size = _fit_size(top_text, inner, 8.5 * min(max(scale, 0.85), 1.3), 6.5, bold=True)
    fonts.draw_string(c, x + pad, y + h - band + (band - size) / 2 + 1,
                      _clip(top_text, inner, size, bold=True), size, bold=True)

    # The foot: title and jurisdiction, where a lanyard card is read last.
    small = 10 * scale
    title_lines, title_size = (fit_lines(person.title, inner, small, 8 * scale)
                               if person.title else ([], small))
    place = _clip(person.place, inner, small, bold=True) if person.place else ""
    foot = len(title_lines) * title_size * 1.25 + (small * 1.35 if place else 0)
    bottom = y + pad * 0.9
    c.setFillColor(MUTED)
    if place:
        fonts.draw_string(c, x + pad, bottom, place, small, bold=True)
        bottom += small * 1.35
    for line in reversed(title_lines):
        fonts.draw_string(c, x + pad, bottom, line, title_size)
        bottom += title_size * 1.25

    # The head: the name large (on two lines before it shrinks), the full name, pronouns.
    line = 13 * scale
    second = person.full_name if person.full_name != person.badge_name else ""
    second_lines, second_size = (fit_lines(second, inner, line, 10 * scale) if second
                                 else ([], line))
    pill = 10.5 * scale
    below_name = (len(second_lines) * second_size * 1.3 + (pill * 1.9 if person.pronouns else 0))
    top = y + h - band - 0.16 * inch * scale
    room = top - (y + pad * 0.9 + foot + 0.1 * inch * scale) - below_name
    name_lines, big = fit_lines(person.badge_name, inner, 40 * scale, 15 * scale, bold=True,
                                height=room, leading=1.05)
    # On a tall badge (A6) the head sits a little above the middle of the free space.
    spare = room - len(name_lines) * big * 1.05
    cursor = top - max(0.0, spare) * 0.35
    c.setFillColor(INK)
    for n, text in enumerate(name_lines):
        cursor -= big * (1.05 if n else 0.95)
        fonts.draw_string(c, x + pad, cursor, text, big, bold=True)
    cursor -= big * 0.1
    for text in second_lines:
        cursor -= second_size * 1.3
        fonts.draw_string(c, x + pad, cursor, text, second_size)
    if person.pronouns:
        cursor -= pill * 1.9
        label = _clip(person.pronouns, inner - 10, pill)
        pw = fonts.string_width(label, pill) + 10
        c.setFillColor(TINT)
        c.roundRect(x + pad, cursor - 3.5 * scale, pw, pill + 6 * scale, 3, stroke=0, fill=1)
        c.setFillColor(ACCENT_DARK)
        fonts.draw_string(c, x + pad + 5, cursor, label, pill)
    c.restoreState()


def build_badges(data: PacketData, stock_key: str, path: str | Path,
                 progress: Progress = no_progress) -> int:
    """Badges for everyone in `data.people`, sorted by family name. Returns the page count."""
    st = stock(stock_key)
    check_output(path)
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
    check_output(path)
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
    title = f"Alignment test: {st.label}"
    advice = ("Print at 100% (no “fit to page”) on plain paper and hold it against a label "
              "sheet.")
    page_w, page_h = st.page
    c.setFillColor(INK)
    if st.top >= 0.5 * inch:
        # In the top and bottom margins of the sheet.
        fonts.draw_string(c, page_w / 2, page_h - 0.35 * inch, title, 10, bold=True,
                          anchor="middle")
        fonts.draw_string(c, page_w / 2, 0.3 * inch, advice, 8.5, anchor="middle")
    else:
        # The badges cover the sheet: write inside the first badge, clear of every cut line.
        x, y = st.origin(0)
        width = st.width - 2 * max(st.inset, 0.2 * inch)
        cx, cy = x + st.width / 2, y + st.height / 2
        lines = [(t, 10.0, True) for t in fit_lines(title, width, 10, 8, bold=True)[0]]
        lines += [(t, 8.5, False) for t in fit_lines(advice, width, 8.5, 7.5, max_lines=3)[0]]
        top = cy + 30 + sum(size * 1.35 for _t, size, _b in lines)
        for text, size, bold in lines:
            top -= size * 1.35
            c.setFillColor(INK if bold else MUTED)
            fonts.draw_string(c, cx, top, text, size, bold=bold, anchor="middle")
    c.showPage()
    c.save()
    _write(path, buffer.getvalue())
    return 1


# -- table tents -----------------------------------------------------------------------------


def _tent_half(c: Canvas, person: PacketPerson, data: PacketData, width: float,
               height: float) -> None:
    """One face of a tent, drawn upright in a (0, 0, width, height) box; y = 0 is the edge of
    the paper (the tent's foot), y = height the fold."""
    edge = PRINTABLE_MARGIN + 0.05 * inch  # clear of the edge printers cannot reach
    pad = 0.6 * inch
    inner = width - 2 * pad
    c.setFillColor(ACCENT)
    band = 0.12 * inch
    c.rect(edge, edge, width - 2 * edge, band, stroke=0, fill=1)
    c.setFillColor(MUTED)
    footer = " · ".join(x for x in (data.program, data.title) if x)
    foot_y = edge + band + 0.14 * inch
    fonts.draw_string(c, width / 2, foot_y, _clip(footer, inner, 10), 10, anchor="middle")

    details: list[tuple[list[str], float, Any]] = []
    if person.full_name != person.badge_name:
        details.append((*fit_lines(person.full_name, inner, 20, 14), INK))
    detail = " · ".join(x for x in (person.pronouns, person.place) if x)
    if detail:
        details.append((*fit_lines(detail, inner, 18, 12), MUTED))
    details_h = sum(len(lines) * size * 1.3 for lines, size, _color in details)
    top, bottom = height - 0.45 * inch, foot_y + 0.35 * inch
    room = top - bottom - details_h - (0.2 * inch if details else 0)
    names, big = fit_lines(person.badge_name, inner, 72, 26, bold=True, height=room,
                           leading=1.08)
    block = len(names) * big * 1.08 + (0.2 * inch if details else 0) + details_h
    y = bottom + (top - bottom + block) / 2  # the whole block centred on the face
    c.setFillColor(INK)
    for n, text in enumerate(names):
        y -= big * (1.08 if n else 0.9)
        fonts.draw_string(c, width / 2, y, text, big, bold=True, anchor="middle")
    y -= 0.2 * inch + big * 0.18
    for lines, size, color in details:
        c.setFillColor(color)
        for text in lines:
            y -= size * 1.3
            fonts.draw_string(c, width / 2, y + size * 0.3, text, size, anchor="middle")


def build_tents(data: PacketData, paper: str, path: str | Path,
                progress: Progress = no_progress) -> int:
    """One folded tent per person: the name on both faces, the top face turned 180°."""
    _check_paper(paper)
    check_output(path)
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


def _check_paper(paper: str) -> None:
    if paper not in PAPER:
        raise ValidationError("paper", "Choose Letter or A4 paper.")


def _flow(data: PacketData, paper: str, path: str | Path, story: list[Any],
          furniture: PageFurniture, title: str,
          margins: float = 0.6 * inch) -> int:
    _check_paper(paper)
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
    """Registered people by family name, a signature column, a box for access needs met for
    each person who asked for an accommodation, and blank rows for walk-ins."""
    _check_paper(paper)
    check_output(path)
    s = make_styles(False)
    f = fonts.register_fonts()
    width = PAPER[paper][0] - 1.2 * inch
    people = sorted(data.people, key=lambda p: p.family_key)
    num_w, name_w, place_w, access_w = 0.35 * inch, width * 0.30, width * 0.24, 0.75 * inch
    sign_w = width - num_w - name_w - place_w - access_w
    widths = [num_w, name_w, place_w, sign_w, access_w]
    rows: list[list[Any]] = []
    needs = 0
    for i, p in enumerate(people, start=1):
        flag = "☐" if p.access_needs.strip() else ""
        needs += bool(flag)
        rows.append([str(i), cell(p.family_first, s.cell_bold, name_w),
                     cell(p.place, s.cell, place_w), "", flag])
        if i % 100 == 0:
            progress(i, len(people), "Sign-in sheet")
    for _ in range(blank_rows):
        rows.append(["", "", "", "", ""])
    style = table_style(s) + [
        ("FONT", (-1, 1), (-1, -1), f.symbols, 13),
        ("ALIGN", (-1, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("LINEBEFORE", (3, 1), (4, -1), 0.4, RULE),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]
    if people:  # every name in one weight, whether it prints as a string or a Paragraph
        style.append(("FONT", (1, 1), (1, len(people)), f.bold, s.cell_bold.fontSize))
    heights = [0.42 * inch] * len(rows)
    story = _heading(data, "Sign-in sheet", s)
    if data.people_source == "registered":
        who = f"{plural(len(people), 'person', 'people')} registered."
    else:
        who = (f"No one has registered yet, so these are the cohort's "
               f"{plural(len(people), 'member')}.")
    story.append(Paragraph(
        f"{who} Walk-ins: please add your name in the blank rows at the end.", s.muted))
    if needs:
        story.append(Paragraph(
            "A box under “Access needs met” marks someone who asked for an accommodation: "
            "tick it once it is in place.", s.muted))
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
    _check_paper(paper)
    check_output(path)
    s = make_styles(False)
    width = PAPER[paper][0] - 1.2 * inch
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
