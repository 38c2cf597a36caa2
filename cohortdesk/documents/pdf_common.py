"""What every printed CohortDesk document shares: paper, palette, type scale, page furniture.

- `make_styles(large_print)`: the type scale (body 10 pt, or 14 pt for the large-print edition).
- `PrintCanvas`: a canvas that holds pages until the end, so each page can say "Page X of Y"
  and a table of contents can print page numbers in one layout pass.
- `SectionMark`: a zero-size flowable that records where a section starts (for the TOC and
  the PDF outline).
- `TableOfContents`: a flowable listing the sections, with page numbers filled in at the end.
- `cell(text, style, width)`: a plain string when it fits, a Paragraph only when it must wrap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from cohortdesk.documents import fonts, i18n
from cohortdesk.documents.i18n import _
from cohortdesk.domain.validation import refusal

PAPER: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}

INK = colors.HexColor("#1d2730")
MUTED = colors.HexColor("#5b6770")
ACCENT = colors.HexColor("#0e5f66")
ACCENT_DARK = colors.HexColor("#0a474d")
TINT = colors.HexColor("#e8f1f1")
ZEBRA = colors.HexColor("#f6f8f8")
RULE = colors.HexColor("#c9d3d6")
NOTE_LINE = colors.HexColor("#b9c4c8")


@dataclass(frozen=True)
class Styles:
    size: float
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    header_cell: ParagraphStyle
    toc: ParagraphStyle
    cover_program: ParagraphStyle
    cover_title: ParagraphStyle
    cover_detail: ParagraphStyle
    centered: ParagraphStyle


def make_styles(large_print: bool = False) -> Styles:
    """The type scale. Large print keeps every body and table text at 14 pt or more."""
    f = fonts.register_fonts()
    s = 14.0 if large_print else 10.0
    k = s / 10.0

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": f.regular, "fontSize": s, "leading": s * 1.38, "textColor": INK,
            "splitLongWords": 1, "allowWidows": 0, "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        size=s,
        title=style("title", fontName=f.bold, fontSize=26 * k, leading=31 * k, spaceAfter=8 * k),
        h1=style("h1", fontName=f.bold, fontSize=19 * k, leading=24 * k, textColor=ACCENT_DARK,
                 spaceBefore=0, spaceAfter=10 * k, keepWithNext=1),
        h2=style("h2", fontName=f.bold, fontSize=13.5 * k, leading=18 * k, textColor=ACCENT_DARK,
                 spaceBefore=12 * k, spaceAfter=5 * k, keepWithNext=1),
        h3=style("h3", fontName=f.bold, fontSize=11 * k, leading=15 * k, spaceBefore=6 * k,
                 spaceAfter=2 * k, keepWithNext=1),
        body=style("body", spaceAfter=5 * k),
        body_bold=style("body_bold", fontName=f.bold),
        small=style("small", fontSize=max(8.5 * k, 8.5 if not large_print else 14),
                    leading=max(8.5 * k, 14 if large_print else 8.5) * 1.35),
        muted=style("muted", textColor=MUTED),
        cell=style("cell", fontSize=s * 0.92 if not large_print else s, leading=s * 1.25),
        cell_bold=style("cell_bold", fontName=f.bold, fontSize=s * 0.92 if not large_print else s,
                        leading=s * 1.25),
        cell_muted=style("cell_muted", fontSize=s * 0.92 if not large_print else s,
                         leading=s * 1.25, textColor=MUTED),
        header_cell=style("header_cell", fontName=f.bold, fontSize=s * 0.85 if not large_print
                          else s, leading=s * 1.2, textColor=ACCENT_DARK),
        toc=style("toc", fontSize=s * 1.15, leading=s * 2.1),
        cover_program=style("cover_program", fontName=f.bold, fontSize=11 * k, leading=15 * k,
                            textColor=ACCENT),
        cover_title=style("cover_title", fontName=f.bold, fontSize=32 * k, leading=38 * k,
                          textColor=INK, spaceAfter=10 * k),
        cover_detail=style("cover_detail", fontSize=12.5 * k, leading=18 * k, textColor=INK),
        centered=style("centered", alignment=TA_CENTER),
    )


def cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A table cell: a plain string when it fits on one line in the body font, else a Paragraph.

    Plain strings keep big tables fast; Paragraphs wrap long text and carry fallback fonts.
    """
    if not text:
        return ""
    if ("\n" not in text and not fonts.needs_markup(text)
            and fonts.string_width(text, style.fontSize, bold=style.fontName.endswith("Bold"))
            <= width - 8):
        return fonts.visual_text(text)
    return fonts.text_paragraph(text, style)


# Refusals of a place to save a document, by key (a ValidationError's `key`).
OUTPUT_REFUSALS = {
    "output: a folder": "{path} is a folder; give a file name ending in .pdf.",
    "output: no folder": "The folder {folder} does not exist; choose an existing folder to save "
                         "{file} in.",
}


def check_output(path: str | Path) -> Path:
    """`path` as a Path, or ValidationError("output") when its folder does not exist.

    A typo in a folder name must not quietly create new folders; say so before any work.
    """
    target = Path(path).expanduser()
    folder = target.parent
    if target.is_dir():
        raise refusal("output", "output: a folder", OUTPUT_REFUSALS["output: a folder"],
                      path=target)
    if not folder.is_dir():
        raise refusal("output", "output: no folder", OUTPUT_REFUSALS["output: no folder"],
                      folder=folder, file=target.name)
    return target


def date_range(start: dt.datetime | None, end: dt.datetime | None) -> str:
    """"Tuesday, June 10, 2025" or "June 10–11, 2025" (in the document's language)."""
    if start is None:
        return _("Date to be announced")
    if end is None or end.date() == start.date():
        return i18n.long_date(start)
    return i18n.date_span(start.date(), end.date())


def clock(t: dt.datetime | dt.time) -> str:
    """ "9:00 AM" without a leading zero, on every platform ("9:00" in Spanish)."""
    return i18n.clock(t)


# -- the canvas ------------------------------------------------------------------------------


@dataclass
class PageFurniture:
    """What the canvas draws on every page that is not marked bare (the cover)."""

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    margin_left: float = 0.75 * inch
    margin_right: float = 0.75 * inch
    binding: float = 0.0
    font_size: float = 8.5
    # Documents appended after layout (pre-reads): (key, title, page count), counted in "of Y".
    appended: list[tuple[str, str, int]] = field(default_factory=list)
    outline: list[tuple[str, str, int]] = field(default_factory=list)  # (key, title, level)
    section_pages: dict[str, int] = field(default_factory=dict)
    total_pages: int = 0


class PrintCanvas(Canvas):
    """A canvas that keeps every page until `save()`, then draws the page furniture.

    Holding pages lets the footer say "Page X of Y" and lets a table of contents fill in page
    numbers without laying the document out twice.
    """

    furniture: PageFurniture = PageFurniture()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", fonts.register_fonts().regular)
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self._bare_pages: set[int] = set()
        self._late: dict[int, list[Callable[[Canvas, PageFurniture], None]]] = {}

    def mark_bare(self) -> None:
        """This page has no running header or footer (the cover)."""
        self._bare_pages.add(self.getPageNumber())

    def draw_later(self, fn: Callable[[Canvas, PageFurniture], None]) -> None:
        """Run `fn` on this page once every page exists (for page numbers of later pages)."""
        self._late.setdefault(self.getPageNumber(), []).append(fn)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for key, _title, count in self.furniture.appended:
            self.furniture.section_pages[key] = total + 1
            total += count
        self.furniture.total_pages = total
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            if number not in self._bare_pages:
                self._draw_furniture(number, total)
            for fn in self._late.get(number, ()):
                fn(self, self.furniture)
            Canvas.showPage(self)
        Canvas.save(self)

    def page_count(self) -> int:
        return len(self._held)

    def _draw_furniture(self, number: int, total: int) -> None:
        f = self.furniture
        width, height = self._pagesize
        left, right = page_margins(number, f)
        size = f.font_size
        self.saveState()
        self.setFillColor(MUTED)
        top = height - 0.5 * inch
        left_room, right_room = header_room(f.header_left, f.header_right, size,
                                            width - left - right)
        if f.header_left:
            fonts.draw_string(self, left, top, _fit(f.header_left, size, left_room), size)
        if f.header_right:
            fonts.draw_string(self, width - right, top, _fit(f.header_right, size, right_room),
                              size, anchor="end")
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(left, top - 5, width - right, top - 5)
        bottom = 0.45 * inch
        self.line(left, bottom + size + 5, width - right, bottom + size + 5)
        if f.footer_left:
            fonts.draw_string(self, left, bottom, _fit(f.footer_left, size, width / 2 - left),
                              size)
        self.setFillColor(INK)
        fonts.draw_string(self, width - right, bottom,
                          _("Page {number} of {total}").format(number=number, total=total), size,
                          anchor="end")
        self.restoreState()


HEADER_GAP = 18.0


def header_room(left: str, right: str, size: float, width: float) -> tuple[float, float]:
    """Widths for the left and right header texts on a line `width` wide.

    Each text gets what it measures when both fit; otherwise the shorter keeps its width (if it
    needs no more than half) and the longer is shortened to the rest.
    """
    room = width - (HEADER_GAP if left and right else 0)
    lw = fonts.string_width(left, size) if left else 0.0
    rw = fonts.string_width(right, size) if right else 0.0
    if lw + rw <= room:
        return max(lw, room - rw), max(rw, room - lw)
    if lw <= room / 2:
        return lw, room - lw
    if rw <= room / 2:
        return room - rw, rw
    return room / 2, room / 2


def page_margins(number: int, f: PageFurniture) -> tuple[float, float]:
    """(left, right) margins of page `number`: the binding edge is left on odd pages."""
    if number % 2:
        return f.margin_left + f.binding, f.margin_right
    return f.margin_left, f.margin_right + f.binding


def fit_text(text: str, size: float, width: float, *, bold: bool = False) -> str:
    """`text`, shortened with an ellipsis when it does not fit `width` at `size`.

    A binary search over the length: a 10,000-character title takes a dozen measurements,
    not ten thousand.
    """
    if fonts.string_width(text, size, bold=bold) <= width:
        return text
    lo, hi = 0, len(text) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fonts.string_width(text[:mid].rstrip() + "…", size, bold=bold) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _fit(text: str, size: float, width: float) -> str:
    return fit_text(text, size, width)


def canvas_class(furniture: PageFurniture) -> type[PrintCanvas]:
    """A PrintCanvas subclass bound to `furniture` (platypus builds the canvas itself)."""
    return type("BoundPrintCanvas", (PrintCanvas,), {"furniture": furniture})


class SectionMark(Flowable):
    """Records, when drawn, the page a section starts on (for the TOC and the outline)."""

    width = height = 0

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        furniture = canvas.furniture
        page = canvas.getPageNumber()
        if self.key not in furniture.section_pages:
            furniture.section_pages[self.key] = page
            furniture.outline.append((self.key, self.title, self.level))


class TableOfContents(Flowable):
    """The sections with dotted leaders and page numbers that are filled in at `save()`.

    `entries` are (key, title, level); pages appended after the layout (pre-reads) get their
    numbers from `furniture.section_pages` too, which the packet builder fills in beforehand.
    """

    def __init__(self, entries: list[tuple[str, str, int]], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = entries
        self.style = style
        self.row_height = style.leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.row_height * len(self.entries)

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        origin_x, origin_y = canvas.absolutePosition(0, 0)
        width = self.width
        for i, (key, title, level) in enumerate(self.entries):
            y = self.row_height * (len(self.entries) - i - 1) + self.row_height * 0.3
            indent = level * size * 1.6
            bold = level == 0
            entry_size = size if level == 0 else size * 0.92
            canvas.setFillColor(INK if level == 0 else MUTED)
            text = _fit(title, entry_size, width - indent - 60)
            drawn = fonts.draw_string(canvas, indent, y, text, entry_size, bold=bold)
            canvas.setFillColor(RULE)
            start = indent + drawn + 6
            dots_end = width - 36
            if dots_end > start:
                canvas.setFont(fonts.register_fonts().regular, entry_size)
                dot = canvas.stringWidth(". ", fonts.register_fonts().regular, entry_size)
                count = int((dots_end - start) / dot)
                canvas.drawRightString(dots_end, y, ". " * count)

            def number(c: Canvas, f: PageFurniture, key: str = key, y: float = y,
                       bold: bool = bold, entry_size: float = entry_size) -> None:
                page = f.section_pages.get(key)
                if page is None:
                    return
                c.saveState()
                c.setFillColor(INK)
                fonts.draw_string(c, origin_x + width, origin_y + y, str(page), entry_size,
                                  bold=bold, anchor="end")
                c.restoreState()

            canvas.draw_later(number)


class Rule(Flowable):
    """A thin horizontal rule in the accent colour."""

    def __init__(self, width_fraction: float = 1.0, thickness: float = 0.6,
                 color: Any = RULE, space: float = 4) -> None:
        super().__init__()
        self.fraction, self.thickness, self.color, self.space = (
            width_fraction, thickness, color, space)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width * self.fraction
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "_right", parent=style, alignment=TA_RIGHT)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text (escaped, with fallback fonts)."""
    return fonts.text_paragraph(text, style)


class PagedTable(Flowable):
    """A long table laid out in page-sized pieces, in time linear in its rows.

    A platypus Table re-measures every remaining row each time it splits, which is quadratic
    for a 500-row roster. Here each row is measured once; a split hands a page-sized Table
    (with the header row repeated) to the frame and keeps the rest.
    """

    def __init__(self, header: list[Any], rows: list[list[Any]], col_widths: list[float],
                 style: list[tuple[Any, ...]], *, padding: float = 4,
                 heights: list[float] | None = None, zebra: bool = True) -> None:
        super().__init__()
        self.header, self.rows, self.col_widths = header, rows, col_widths
        self.table_style, self.padding, self.zebra = style, padding, zebra
        self.heights = heights if heights is not None else [self._measure(r) for r in rows]
        self.header_height = self._measure(header)

    def _measure(self, row: list[Any]) -> float:
        tallest = 0.0
        for value, width in zip(row, self.col_widths, strict=False):
            if isinstance(value, Flowable):
                h = value.wrap(width - 2 * self.padding, 1e6)[1]
            elif isinstance(value, list):
                h = sum(v.wrap(width - 2 * self.padding, 1e6)[1] for v in value)
            else:
                h = (str(value).count("\n") + 1) * self._leading()
            tallest = max(tallest, h)
        return tallest + 2 * self.padding

    def _leading(self) -> float:
        for command in self.table_style:
            if command[0] == "LEADING":
                return float(command[3])
        return 12.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.col_widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def _table(self, rows: list[list[Any]], heights: list[float]) -> Any:
        from reportlab.platypus import Table, TableStyle

        commands = list(self.table_style)
        if self.zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        table = Table([self.header, *rows], colWidths=self.col_widths,
                      rowHeights=[self.header_height, *heights], repeatRows=1)
        table.setStyle(TableStyle(commands))
        return table

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        used = 0.0
        count = 0
        for h in self.heights:
            if used + h > room:
                break
            used += h
            count += 1
        if count == 0:
            frame = getattr(self, "_frame", None)
            page = frame._aH if frame is not None else avail_height  # a whole frame's height
            if (self.header_height + self.heights[0] <= page
                    or avail_height < self.header_height + 4 * self._leading()):
                return []  # not even one row fits: let the frame move on to the next page
            return self._split_tall_row(avail_width, avail_height)
        if count == len(self.rows):
            return [self._table(self.rows, self.heights)]
        rest = PagedTable(self.header, self.rows[count:], self.col_widths, self.table_style,
                          padding=self.padding, heights=self.heights[count:], zebra=self.zebra)
        return [self._table(self.rows[:count], self.heights[:count]), rest]

    def _split_tall_row(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """A row taller than a page (a title of thousands of characters) is split inside the
        row by reportlab; the rows after it go on as before."""
        from reportlab.platypus import Table, TableStyle

        table = Table([self.header, self.rows[0]], colWidths=self.col_widths, repeatRows=1,
                      splitInRow=1)
        table.setStyle(TableStyle(list(self.table_style)))
        table.wrap(avail_width, avail_height)
        parts: list[Flowable] = table.split(avail_width, avail_height)
        if not parts:
            return []
        if len(self.rows) > 1:
            parts.append(PagedTable(self.header, self.rows[1:], self.col_widths,
                                    self.table_style, padding=self.padding,
                                    heights=self.heights[1:], zebra=self.zebra))
        return parts

    def draw(self) -> None:
        table = self._table(self.rows, self.heights)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def table_style(styles: Styles, *, header: bool = True) -> list[tuple[Any, ...]]:
    """The house table: tinted header, hairline rules, text top-aligned, room to breathe."""
    f = fonts.register_fonts()
    cell_size = styles.cell.fontSize
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), f.regular, cell_size),
        ("LEADING", (0, 0), (-1, -1), styles.cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("FONT", (0, 0), (-1, 0), f.bold, styles.header_cell.fontSize),
            ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT_DARK),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    return commands


class Lines(Flowable):
    """A few single lines drawn straight onto the canvas: a fast table cell for short text.

    `lines` are (text, bold, size, colour). Use `lines_cell`, which falls back to a Paragraph
    when a line would not fit.
    """

    def __init__(self, lines: list[tuple[str, bool, float, Any]], leading: float) -> None:
        super().__init__()
        self.lines, self.leading = lines, leading

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.leading * len(self.lines)

    def draw(self) -> None:
        y = self.leading * (len(self.lines) - 1) + (self.leading - self.lines[0][2]) * 0.6
        for text, bold, size, color in self.lines:
            self.canv.setFillColor(color)
            fonts.draw_string(self.canv, 0, y + (self.leading - size) * 0.2, text, size,
                              bold=bold)
            y -= self.leading


def lines_cell(lines: list[tuple[str, bool, float, Any]], width: float, leading: float,
               fallback: Callable[[], Flowable]) -> Flowable:
    """`Lines` when every line fits `width`, else what `fallback()` makes (a Paragraph)."""
    for text, bold, size, _color in lines:
        if "\n" in text or fonts.string_width(text, size, bold=bold) > width:
            return fallback()
    return Lines(lines, leading)
