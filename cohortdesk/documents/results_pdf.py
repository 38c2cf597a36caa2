"""The printed "Results framework": a cohort summary page, then one page per member.

Packet integration: `results_section_flowables(data, styles, width=..., heading=False)`
returns the section's flowables (summary first, each member after a page break). `styles` is
the packet's style set (`pdf_common.Styles`, large print included, or anything with the same
attribute names); pass `None` for our own.
`member_mark(key, title)` may return a flowable placed at the top of each member page (the
packet's `SectionMark(key, title, 1)`), so members appear in its table of contents and outline.

`write_results_pdf(path, data)` prints the section on its own, with an outline entry per member.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from cohortdesk.documents import fonts, i18n
from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.i18n import N_, _

# The packet's palette, so the results pages print in the same colours as the rest.
from cohortdesk.documents.pdf_common import ACCENT, ACCENT_DARK, INK, MUTED, RULE, TINT, ZEBRA
from cohortdesk.domain.results import (
    CohortOverview,
    IndicatorRecord,
    MemberFramework,
    ResultsPrintData,
    TrackStatus,
)

# Dark enough to read as text and to tell apart in greyscale print (green darker than red).
STATUS_COLORS = {
    TrackStatus.ON_TRACK: colors.HexColor("#1b6e3a"),
    TrackStatus.OFF_TRACK: colors.HexColor("#b3261e"),
    TrackStatus.NO_DATA: colors.HexColor("#6b7479"),
}
LEGEND_ACTUAL = N_("readings")
LEGEND_PATH = N_("path to target")
RULE_TEXT = N_(
    "How status is worked out: draw a straight line from the baseline to the target and read it "
    "at today's date (before the baseline it is the baseline; after the target date it is the "
    "target). An indicator is on track when its latest reading is at least as good as that "
    "line, given whether higher or lower is better, and off track otherwise. No data means no "
    "reading yet, or a baseline or target without a value or date."
)

MemberMark = Callable[[str, str], Flowable]


@dataclass(frozen=True)
class SectionStyles:
    """Our own type scale, with the attribute names of the packet's `pdf_common.Styles`."""

    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    header_cell: ParagraphStyle


def section_styles() -> SectionStyles:
    f = fonts.register_fonts()

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": f.regular, "fontSize": 10, "leading": 13.8,
                                "textColor": INK, "splitLongWords": 1}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return SectionStyles(
        h1=style("h1", fontName=f.bold, fontSize=19, leading=24, textColor=ACCENT_DARK,
                 spaceAfter=10, keepWithNext=1),
        h2=style("h2", fontName=f.bold, fontSize=13.5, leading=18, textColor=ACCENT_DARK,
                 spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h3=style("h3", fontName=f.bold, fontSize=11, leading=15, spaceBefore=6, spaceAfter=2,
                 keepWithNext=1),
        body=style("body", spaceAfter=5),
        small=style("small", fontSize=8.5, leading=11.5),
        muted=style("muted", textColor=MUTED),
        cell=style("cell", fontSize=9.2, leading=12.5),
        cell_bold=style("cell_bold", fontName=f.bold, fontSize=9.2, leading=12.5),
        cell_muted=style("cell_muted", fontSize=9.2, leading=12.5, textColor=MUTED),
        header_cell=style("header_cell", fontName=f.bold, fontSize=8.5, leading=12,
                          textColor=ACCENT_DARK),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return fonts.text_paragraph(text, style)


def _derived(style: ParagraphStyle, name: str, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_{name}", parent=style, **kw)


def _scale(s: Any) -> float:
    """1 for the regular type scale, 1.4 for large print (the packet's `Styles.size` / 10)."""
    return float(getattr(s, "size", 10.0)) / 10.0


def _note(s: Any, like: ParagraphStyle | None = None) -> ParagraphStyle:
    """Small print under a value (dates, units, sources): the style set's `small` size, so large
    print keeps it at 14 pt."""
    base = like or s.cell_muted
    return _derived(base, "note", fontSize=s.small.fontSize, leading=s.small.leading)


def _long(d: dt.date) -> str:
    """"May 26, 2026" / "26 de mayo de 2026"."""
    if i18n.current() == "en":
        return f"{d:%B} {d.day}, {d.year}"
    return i18n.long_date(d).split(", ", 1)[-1]


def _month(d: dt.date | None) -> str:
    return i18n.month_year(d) if d else ""


def _status_para(status: TrackStatus, style: ParagraphStyle) -> Paragraph:
    bold = fonts.register_fonts().bold
    color = STATUS_COLORS[status].hexval()[2:]
    return Paragraph(f'<font name="{bold}" color="#{color}">{_(status.label)}</font>', style)


def _value_cell(value: float | None, unit: str, when: dt.date | None, s: Any) -> list[Flowable]:
    cells: list[Flowable] = [_p(i18n.reading(value, unit), s.cell)]
    if when:
        cells.append(_p(_month(when), _note(s)))
    return cells


# -- the chart ------------------------------------------------------------------------------

def indicator_chart(ind: IndicatorRecord, today: dt.date, width: float = 190,
                    height: float = 96) -> Drawing:
    """Readings over time against the straight path from baseline to target, with today marked."""
    f = fonts.register_fonts()
    d = Drawing(width, height)
    left, right, bottom, top = 34.0, 8.0, 24.0, 12.0
    plot_w, plot_h = width - left - right, height - top - bottom
    d.add(Rect(left, bottom, plot_w, plot_h, fillColor=colors.white, strokeColor=RULE,
               strokeWidth=0.5))

    points: list[tuple[dt.date, float]] = [(r.on_date, r.value) for r in ind.readings]
    path: list[tuple[dt.date, float]] = []
    if ind.baseline_date and ind.baseline_value is not None:
        path.append((ind.baseline_date, ind.baseline_value))
    if ind.target_date and ind.target_value is not None:
        path.append((ind.target_date, ind.target_value))
    every = points + path
    if not every:
        d.add(String(left + plot_w / 2, bottom + plot_h / 2 - 3, _("no readings yet"),
                     fontName=f.italic, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
        return d
    days = [p[0].toordinal() for p in every] + [today.toordinal()]
    x0, x1 = min(days), max(days)
    if x1 == x0:
        x0, x1 = x0 - 30, x1 + 30
    ticks = nice_ticks(min(p[1] for p in every), max(p[1] for p in every))
    y0, y1 = ticks[0], ticks[-1]

    def xy(when: dt.date, value: float) -> tuple[float, float]:
        return (left + (when.toordinal() - x0) / (x1 - x0) * plot_w,
                bottom + (value - y0) / (y1 - y0) * plot_h)

    label = {"fontName": f.regular, "fontSize": 6.5, "fillColor": MUTED}
    for tick in ticks:
        _tx, ty = xy(today, tick)
        if tick not in (y0, y1):
            d.add(Line(left, ty, left + plot_w, ty, strokeColor=ZEBRA, strokeWidth=0.6))
        d.add(String(left - 3, ty - 2.3, _compact(tick), textAnchor="end", **label))
    # Today, as a faint vertical line labelled at the top.
    tx, _ty = xy(today, y0)
    if left <= tx <= left + plot_w:
        d.add(Line(tx, bottom, tx, bottom + plot_h, strokeColor=RULE, strokeWidth=0.8,
                   strokeDashArray=[1, 2]))
        # Near the right edge the label sits left of the line, clear of the target marker.
        near_end = tx > left + plot_w - 16
        d.add(String(tx - 3 if near_end else tx, bottom + plot_h + 3, _("today"),
                     fontName=f.regular, fontSize=6.5, fillColor=MUTED,
                     textAnchor="end" if near_end else "middle"))
    if len(path) == 2:
        (ax, ay), (bx, by) = xy(*path[0]), xy(*path[1])
        d.add(Line(ax, ay, bx, by, strokeColor=ACCENT, strokeWidth=1, strokeDashArray=[3, 2]))
        d.add(Circle(bx, by, 2.6, fillColor=colors.white, strokeColor=ACCENT, strokeWidth=1))
    if path:
        bx, by = xy(*path[0])
        d.add(Circle(bx, by, 2.2, fillColor=ACCENT, strokeColor=ACCENT, strokeWidth=0.5))
    color = STATUS_COLORS[ind.status]
    coords = [xy(*p) for p in points]
    if path and points:
        coords.insert(0, xy(*path[0]))
    if len(coords) > 1:
        d.add(PolyLine([c for pt in coords for c in pt], strokeColor=color, strokeWidth=1.6))
    for x, y in (xy(*p) for p in points):
        d.add(Circle(x, y, 2.2, fillColor=color, strokeColor=color, strokeWidth=0.5))

    d.add(String(left, bottom - 9, _month(dt.date.fromordinal(x0)), textAnchor="start", **label))
    d.add(String(left + plot_w, bottom - 9, _month(dt.date.fromordinal(x1)), textAnchor="end",
                 **label))
    # Legend under the axis: what the two lines are.
    ly = 3.0
    d.add(Line(left, ly + 2.5, left + 12, ly + 2.5, strokeColor=color, strokeWidth=1.6))
    d.add(String(left + 15, ly, _(LEGEND_ACTUAL), **label))
    lx = left + 62
    d.add(Line(lx, ly + 2.5, lx + 12, ly + 2.5, strokeColor=ACCENT, strokeWidth=1,
               strokeDashArray=[3, 2]))
    d.add(String(lx + 15, ly, _(LEGEND_PATH), **label))
    return d


def nice_ticks(lo: float, hi: float, most: int = 4) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering lo..hi, at most `most`+1."""
    if hi == lo:
        spread = abs(hi) * 0.1 or 1.0
        lo, hi = lo - spread, hi + spread
    raw = (hi - lo) / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power * most >= hi - lo - 1e-12)
    start = math.floor(lo / step + 1e-9) * step
    ticks = [start]
    while ticks[-1] < hi - 1e-9 * step:
        ticks.append(start + step * len(ticks))
    return [round(t, 10) for t in ticks]


def _compact(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if magnitude >= 10_000:
        return f"{value / 1000:.0f}k"
    if magnitude >= 100:
        return f"{value:.0f}"
    if float(value).is_integer():
        return f"{value:.0f}"
    return i18n.reading(round(value, 1))  # "12.5", "12,5" in Spanish


# -- the summary page -----------------------------------------------------------------------

def _counts(overview: CohortOverview, s: Any) -> Table:
    cells = []
    for status in TrackStatus:
        n = overview.count(status)
        color = STATUS_COLORS[status].hexval()[2:]
        bold = fonts.register_fonts().bold
        cells.append(Paragraph(f'<font name="{bold}" size="16" color="#{color}">{n}</font>'
                               f'<br/>{_(status.label).lower()}', _derived(s.cell, "count",
                                                                        leading=17)))
    t = Table([cells], colWidths=[1.3 * inch] * 3, hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT),
                           ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 9)]))
    return t


def _inline_unit(unit: str) -> str:
    """Units short enough to print beside each value in the summary's narrow columns."""
    return unit if unit in ("%", "percent", "$") else ""


def _unit_note(unit: str) -> str:
    return "" if _inline_unit(unit) or not unit else _("in {unit}").format(unit=unit)


def _summary(data: ResultsPrintData, s: Any, width: float, heading: bool) -> list[Flowable]:
    o = data.overview
    out: list[Flowable] = [_p(_("Results framework"), s.h1)] if heading else []
    out += [
        _p(f"{o.cohort_name}{' · ' + o.program if o.program else ''}", s.muted),
        _p(_("Status as of {date}").format(date=_long(o.today)), s.muted),
        Spacer(1, 8), _counts(o, s), Spacer(1, 8),
    ]
    # Who has no framework, and how to read the table, come before it: after a long table
    # they would end up alone on a page of their own.
    if o.rows and o.members_without_framework:
        out += [_p(_("No framework yet:") + " " + ", ".join(o.members_without_framework),
                   s.cell_muted), Spacer(1, 4)]
    out += [_p(_(RULE_TEXT), _derived(s.small, "rule", textColor=MUTED)), Spacer(1, 10)]
    if not o.rows:
        out.append(_p(_("No member has a results framework yet."), s.body))
        return out
    value_w = 0.78 * inch * _scale(s)
    widths = [width - 4 * value_w] + [value_w] * 4
    header = [_p(h, s.header_cell) for h in (_("Indicator"), _("Baseline"), _("Latest"),
                                              _("Target"), _("Status"))]
    rows: list[list[Any]] = [header]
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    previous = None
    for r in o.rows:
        i = r.indicator
        if r.person_id != previous:
            # A member's name on its own row across the table, then their indicators below.
            n = len(rows)
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), TINT),
                      ("TOPPADDING", (0, n), (-1, n), 4)]
            where = f"  ·  {r.jurisdiction}" if r.jurisdiction else ""
            rows.append([Paragraph(fonts.paragraph_text(r.person_name, bold=True)
                                   + f'<font name="{fonts.register_fonts().regular}" '
                                   f'color="#{MUTED.hexval()[2:]}">'
                                   + fonts.paragraph_text(where) + "</font>", s.cell_bold),
                         "", "", "", ""])
        previous = r.person_id
        latest = i.latest
        rows.append([
            [_p(i.name, s.cell), _p(" · ".join(x for x in (
                f"{i.direction.arrow} {_(i.direction.label).lower()}", _unit_note(i.unit)) if x),
                _note(s))],
            _value_cell(i.baseline_value, _inline_unit(i.unit), i.baseline_date, s),
            _value_cell(latest.value if latest else None, _inline_unit(i.unit),
                        latest.on_date if latest else None, s),
            _value_cell(i.target_value, _inline_unit(i.unit), i.target_date, s),
            _status_para(i.status, s.cell),
        ])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    out.append(table)
    return out


# -- a member's page ------------------------------------------------------------------------

def _indicator_block(ind: IndicatorRecord, today: dt.date, s: Any, width: float) -> Table:
    chart = indicator_chart(ind, today)
    text_w = width - chart.width - 8
    latest = ind.latest
    figures = Table([
        [_p(h, s.header_cell) for h in (_("Baseline"), _("Latest"), _("Target"), _("Status"))],
        [_value_cell(ind.baseline_value, _inline_unit(ind.unit), ind.baseline_date, s),
         _value_cell(latest.value if latest else None, _inline_unit(ind.unit),
                     latest.on_date if latest else None, s),
         _value_cell(ind.target_value, _inline_unit(ind.unit), ind.target_date, s),
         _status_para(ind.status, s.cell)],
    ], colWidths=[text_w / 4] * 4)
    figures.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    about = " · ".join(x for x in (f"{ind.direction.arrow} {_(ind.direction.label)}",
                                   _unit_note(ind.unit)) if x)
    if ind.data_source:
        about += " · " + _("Source: {source}").format(source=ind.data_source)
    left = [_p(ind.name, s.cell_bold), _p(about, _note(s)),
            Spacer(1, 5), figures]
    block = Table([[left, chart]], colWidths=[text_w + 8, chart.width])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return block


def _simple_table(header: Sequence[str], rows: list[list[Any]], widths: list[float],
                  s: Any) -> Table:
    t = Table([[_p(h, s.header_cell) for h in header], *rows], colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


class _Continued(KeepTogether):
    """Groups of flowables kept together on a page. When they move on to the next page, that
    page starts with `header()` ("Zoë O'Brien (continued)"); placed right under the member's
    name (`first`), they never move on and leave the name alone on a page.

    Once placed, each group is still kept together, with the same header when it moves on:
    reportlab cannot nest KeepTogether, and its measure of a block is not always exact, so no
    group ever reaches a new page without the member's name above it.
    """

    def __init__(self, groups: list[list[Flowable]], header: Callable[[], Flowable],
                 first: bool = False) -> None:
        super().__init__([f for group in groups for f in group])
        self._groups = groups
        self._header = header
        self._first = first

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 (reportlab's names)
        parts: list[Flowable] = super().split(aW, aH - 4)  # a little slack for its measure
        if not parts:
            return parts
        if len(self._groups) > 1:
            pieces: list[Flowable] = [_Continued([g], self._header) for g in self._groups]
        else:
            pieces = list(self._content)
        if self._first:
            return [self.NullActionFlowable(), *pieces]
        if isinstance(parts[0], type(self.FrameBreak)):  # an instance, called
            return [parts[0], self._header(), *pieces]
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:  # the page before was full: a new page anyway
            return [self.NullActionFlowable(), self._header(), *pieces]
        # An action first, as KeepTogether does: the frame places what comes after it.
        return [self.NullActionFlowable(), *pieces]


def _member_page(fw: MemberFramework, today: dt.date, s: Any, width: float) -> list[Flowable]:
    """A member's name, then each result kept together (each indicator, when a result is
    longer than a page). A member who runs over a page has "Name (continued)" on the next."""
    k = _scale(s)
    out: list[Flowable] = [_p(fw.person_name, s.h1)]
    where = " · ".join(x for x in (fw.organization, fw.jurisdiction) if x)
    if where:
        out.append(_p(where, s.muted))
    continued = _derived(s.h2, "continued", spaceBefore=0, keepWithNext=0)

    def header() -> Flowable:
        return _p(_("{name} (continued)").format(name=fw.person_name), continued)

    heading = len(out)

    def together(*groups: list[Flowable]) -> Flowable:
        # The first block sits right under the name.
        return _Continued(list(groups), header, first=len(out) == heading)

    for n, result in enumerate(fw.results, start=1):
        label = _("Result") if len(fw.results) == 1 else _("Result {n}").format(n=n)
        statement = _derived(s.body, "stmt", fontSize=s.body.fontSize * 1.15,
                             leading=s.body.leading * 1.12, spaceAfter=0)
        box = Table([[[_p(label.upper(), _note(s, s.header_cell)),
                       _p(result.statement, statement)]]], colWidths=[width])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TINT),
                                 ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 10),
                                 ("TOPPADDING", (0, 0), (-1, -1), 6),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        parts: list[list[Flowable]] = [[Spacer(1, 10), box]]
        for i, indicator in enumerate(result.indicators):
            block = _indicator_block(indicator, today, s, width)
            if i == 0:
                parts[0] += [_p(_("Indicators"), s.h2), block]
            else:
                parts.append([block])
        if result.strategies:
            rows = [[_p(st.description, s.cell), _p(st.owner, s.cell_muted),
                     _p(_(st.status.label), s.cell)] for st in result.strategies]
            parts.append([_p(_("Strategies"), s.h2),
                          _simple_table((_("Strategy"), _("Owner"), _("Status")), rows,
                                        [width - 1.9 * inch - k * inch, 1.9 * inch, k * inch],
                                        s)])
        out.append(together(*parts))
    if fw.updates:
        latest = fw.updates[0]
        text = _long(latest.on_date)
        if latest.session_title:
            text += f" ({latest.session_title})"
        out.append(together([_p(_("Latest update"), s.h2), _p(text, s.cell_bold),
                             _p(latest.narrative or _("No narrative."), s.body)]))
    open_requests = [a for a in fw.assistance if a.status.is_open]
    if open_requests:
        rows = [[_p(a.need, s.cell), _p(a.partner_name or _("Not yet assigned"), s.cell_muted),
                 _p(_(a.status.label), s.cell),
                 _p(i18n.medium_date(a.requested_on)
                    if a.requested_on else "", s.cell_muted)] for a in open_requests]
        out.append(together([
            _p(_("Open technical assistance"), s.h2),
            _simple_table((_("Need"), _("Partner"), _("Status"), _("Requested")), rows,
                          [width - 1.9 * inch - 2.2 * k * inch, 1.9 * inch, k * inch,
                           1.2 * k * inch], s)]))
    return out


def results_section_flowables(data: ResultsPrintData, styles: Any = None, *,
                              width: float = 7.0 * inch - 12,
                              member_mark: MemberMark | None = None,
                              heading: bool = True) -> list[Flowable]:
    """The "Results framework" section: the cohort summary page, then a page per member.

    `width` is the frame width the section is laid out for (letter with 0.75 in margins).
    `heading=False` leaves out the section's own title, for a packet that prints it already.
    """
    s = styles if styles is not None else section_styles()
    out = _summary(data, s, width, heading)
    for fw in data.frameworks:
        out.append(PageBreak())
        if member_mark is not None:
            out.append(member_mark(f"results-{fw.person_id}", fw.person_name))
        out += _member_page(fw, data.overview.today, s, width)
    return out


class _Bookmark(Flowable):
    """An outline entry pointing at the page it is drawn on (standalone printing only)."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key, self.title, self.level = key, title, level
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(fonts.visual_text(self.title), self.key, level=self.level)


def write_results_pdf(path: str | Path, data: ResultsPrintData, *, paper: str = "letter",
                      progress: Callable[[int, int], None] | None = None) -> Path:
    """Print the section on its own; each member is an outline entry under the summary.
    A folder that does not exist is refused (ValidationError "output"), not created."""
    from cohortdesk.documents.pdf_common import check_output

    check_output(path)
    pagesize = {"letter": LETTER, "a4": A4}[paper]
    margin = 0.75 * inch
    width = pagesize[0] - 2 * margin - 12  # the frame's own padding
    f = fonts.register_fonts()
    o = data.overview

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(MUTED)
        fonts.draw_string(canvas, margin, 0.45 * inch,
                          f"{o.cohort_name} · " + _("Results framework"), 8.5)
        canvas.setFont(f.regular, 8.5)
        canvas.drawRightString(pagesize[0] - margin, 0.45 * inch, _("Page {number}").format(number=doc.page))
        canvas.restoreState()

    def mark(key: str, title: str) -> Flowable:
        return _Bookmark(key, title, 1)

    story: list[Flowable] = [_Bookmark("results", _("Results framework"), 0)]
    story += results_section_flowables(data, None, width=width, member_mark=mark)
    target = Path(path)
    with atomic_path(target) as temp:
        doc = SimpleDocTemplate(str(temp), pagesize=pagesize, leftMargin=margin,
                                rightMargin=margin, topMargin=margin, bottomMargin=margin,
                                title=_("Results framework: {cohort}").format(
                                    cohort=o.cohort_name), author="CohortDesk")
        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    if progress:
        progress(1, 1)
    return target
