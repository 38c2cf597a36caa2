"""The sections of a convening packet, each a list of platypus flowables."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cohortdesk.documents import fonts, i18n
from cohortdesk.documents.i18n import _, ngettext
from cohortdesk.documents.packet_data import (
    AgendaDay,
    AgendaEntry,
    NextStep,
    PacketData,
    PacketPerson,
    PrereadFile,
    PreviousNotes,
)
from cohortdesk.documents.pdf_common import (
    ACCENT,
    ACCENT_DARK,
    INK,
    MUTED,
    NOTE_LINE,
    RULE,
    TINT,
    PagedTable,
    Rule,
    Styles,
    cell,
    clock,
    date_range,
    lines_cell,
    para,
    table_style,
)
from cohortdesk.domain.text import fold

Tick = Callable[[str], None]


def _esc(text: str, bold: bool = False) -> str:
    return fonts.paragraph_text(text, bold=bold)


# -- cover ---------------------------------------------------------------------------------


def time_line(data: PacketData) -> str:
    """"9:00 AM – 4:30 PM EDT" for one day; over several days each time has its date:
    "Tue, Oct 14, 9:00 AM – Wed, Oct 15, 3:30 PM CDT". "" without a clock."""
    if data.starts_at is None:
        return ""
    zone = f" {data.zone_abbreviation}" if data.zone_abbreviation else ""
    if data.ends_at is None:
        return _("Starts {time}").format(time=clock(data.starts_at)) + zone
    if data.ends_at.date() != data.starts_at.date():
        return (f"{_day(data.starts_at)}, {clock(data.starts_at)} – "
                f"{_day(data.ends_at)}, {clock(data.ends_at)}{zone}")
    return f"{clock(data.starts_at)} – {clock(data.ends_at)}{zone}"


def _day(t: dt.datetime) -> str:
    """"Tue, Oct 14"."""
    return i18n.short_day(t)


class CoverPage(Flowable):
    """The whole first page, drawn directly: accent band, logo, program, title, when, where."""

    def __init__(self, data: PacketData, styles: Styles, subtitle: str) -> None:
        super().__init__()
        self.data, self.styles, self.subtitle = data, styles, subtitle

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height

    def draw(self) -> None:
        c = self.canv
        c.mark_bare()
        page_w, page_h = c._pagesize
        ox, oy = c.absolutePosition(0, 0)
        d, s = self.data, self.styles
        c.saveState()
        c.translate(-ox, -oy)  # draw in page coordinates
        band = page_h * 0.36
        c.setFillColor(ACCENT)
        c.rect(0, page_h - band, page_w, band, stroke=0, fill=1)
        c.setFillColor(ACCENT_DARK)
        c.rect(0, page_h - band - 6, page_w, 6, stroke=0, fill=1)
        left = ox
        width = self.width
        y = page_h - 0.9 * inch
        if d.logo:
            try:
                image = ImageReader(io.BytesIO(d.logo))
                iw, ih = image.getSize()
                h = 0.75 * inch
                w = min(iw * h / ih, 2.6 * inch)
                h = w * ih / iw
                # A white card so any logo reads on the accent band.
                c.setFillColor(colors.white)
                c.roundRect(left - 8, y - h - 8, w + 16, h + 16, 6, stroke=0, fill=1)
                c.drawImage(image, left, y - h, w, h, mask="auto")
                y -= h + 0.35 * inch
            except Exception:  # noqa: BLE001 - a broken logo must not stop the packet
                pass
        white = _recolor(s.cover_program, colors.white)
        program = " · ".join(x for x in (d.program, d.cohort) if x)
        if program:
            p = Paragraph(_esc(program.upper(), bold=True), white)
            _w, h = p.wrap(width, band)
            p.drawOn(c, left, y - h)
            y -= h + 6
        label = _recolor(_bold(s.cover_title), colors.white)
        p = Paragraph(_esc(self.subtitle, bold=True), label)
        _w, h = p.wrap(width, band)
        p.drawOn(c, left, page_h - band + 0.4 * inch)
        # Title below the band, large; shrinks for very long titles.
        title_style = s.cover_title
        y = page_h - band - 0.7 * inch
        for _step in range(6):
            title = fonts.text_paragraph(d.title or _("Untitled session"), title_style)
            _w, h = title.wrap(width, page_h)
            if h <= title_style.leading * 3 or title_style.fontSize < 18:
                break
            title_style = _smaller(title_style)
        title.drawOn(c, left, y - h)
        y -= h + 0.25 * inch
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2)
        c.line(left, y, left + 1.1 * inch, y)
        y -= 0.35 * inch
        details = [(date_range(d.starts_at, d.ends_at), True), (time_line(d), False)]
        if d.venue:
            details.append((d.venue, False))
        if d.meeting_link:
            details.append((d.meeting_link, False))
        if d.format_label:
            details.append((_(d.format_label), False))
        for text, bold in details:
            if not text:
                continue
            style = s.cover_detail
            p = Paragraph(_esc(text, bold=bold), _bold(style) if bold else style)
            _w, h = p.wrap(width, page_h)
            p.drawOn(c, left, y - h)
            y -= h + 4
        c.restoreState()


def _recolor(style: Any, color: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_c", parent=style, textColor=color)


def _bold(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_b", parent=style, fontName=fonts.register_fonts().bold)


def _smaller(style: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_s", parent=style, fontSize=style.fontSize * 0.86,
                          leading=style.leading * 0.86)


# -- welcome and objectives -----------------------------------------------------------------


def objectives(data: PacketData, s: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    facts = [(_("When"), date_range(data.starts_at, data.ends_at)), (_("Time"), time_line(data)),
             (_("Where"), data.venue), (_("Online"), data.meeting_link),
             (_("Cohort"), data.cohort)]
    rows = [[Paragraph(label.upper(), _recolor(s.small, ACCENT_DARK)), para(value, s.body)]
            for label, value in facts if value]
    if rows:
        box = Table(rows, colWidths=[1.0 * inch * s.size / 10, width - 1.0 * inch * s.size / 10])
        box.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), s.body.fontName, s.size),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, 0), 10),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -2), 1),
        ]))
        out += [box, Spacer(1, 14)]
    if data.welcome:
        out.append(Paragraph(_("Welcome"), s.h2))
        for chunk in data.welcome.split("\n\n"):
            out.append(para(chunk.strip(), s.body))
    if data.objectives:
        out.append(Paragraph(_("Objectives"), s.h2))
        # Numbered paragraphs, not a table: an objective of any length can run over a page.
        from reportlab.lib.styles import ParagraphStyle

        number_w = s.size * 2.4
        item = ParagraphStyle("objective", parent=s.body, leftIndent=number_w, bulletIndent=0,
                              bulletFontName=fonts.register_fonts().bold,
                              bulletFontSize=s.body.fontSize, bulletColor=ACCENT)
        out += [fonts.text_paragraph(o, item, bulletText=str(i))
                for i, o in enumerate(data.objectives, start=1)]
    if not data.welcome and not data.objectives:
        out.append(Paragraph(_("Objectives for this session have not been written yet."), s.muted))
    return out


# -- agenda ----------------------------------------------------------------------------------


def agenda(days: tuple[AgendaDay, ...], s: Styles, width: float, *,
           notes_column: bool = False, zone: str = "") -> list[Flowable]:
    if not any(d.entries for d in days):
        return [Paragraph(_("The agenda has not been set yet."), s.muted)]
    out: list[Flowable] = []
    time_w = s.size * 11.5
    room_w = s.size * 9 if any(e.room for d in days for e in d.entries) else 0
    notes_w = width * 0.28 if notes_column else 0
    item_w = width - time_w - room_w - notes_w
    widths = [time_w, item_w] + ([room_w] if room_w else []) + ([notes_w] if notes_w else [])
    header = ([_("Time"), _("Session")] + ([_("Room")] if room_w else [])
              + ([_("Notes")] if notes_w else []))
    if zone:
        header[0] = _("Time ({zone})").format(zone=zone)
    style = table_style(s)
    if notes_w:
        style.append(("LINEBEFORE", (-1, 0), (-1, -1), 0.4, RULE))
    for day in days:
        if len(days) > 1:
            label = _("Day {number}").format(number=day.number)
            if day.date:
                label += " · " + i18n.weekday_month_day(day.date)
            # The CondPageBreak keeps the heading off the foot of a page; keepWithNext would
            # glue it to a table that cannot fit, leaving a page with only a heading on it.
            out.append(CondPageBreak(1.6 * inch))
            out.append(Paragraph(_esc(label), _day_heading(s)))
        rows = [_agenda_row(e, s, room_w, notes_w, item_w) for e in day.entries]
        out.append(PagedTable(header, rows, widths, style, zebra=False))
    return out


def _day_heading(s: Styles) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(s.h2.name + "_day", parent=s.h2, keepWithNext=0)


def _agenda_row(e: AgendaEntry, s: Styles, room_w: float, notes_w: float,
                item_w: float) -> list[Any]:
    if e.start is not None:
        when = clock(e.start) + (f" – {clock(e.end)}" if e.end else "")
    else:
        when = ""
    minutes = _("{minutes} min").format(minutes=e.duration_minutes) if e.duration_minutes else ""
    time_cell = [Paragraph(f"<b>{_esc(when, bold=True)}</b>" if when else "", s.cell),
                 Paragraph(minutes, s.cell_muted)]
    parts = [f"<b>{_esc(e.title or _('Untitled'), bold=True)}</b>"]
    if e.description:
        parts.append(_esc(e.description))
    if e.presenters:
        parts.append('<font color="#5b6770">' + "<br/>".join(_esc(p) for p in e.presenters)
                     + "</font>")
    if e.groups:
        groups = []
        for g in e.groups:
            bits = [f"<b>{_esc(g.name, bold=True)}</b>"]
            if g.room:
                bits.append(_esc(g.room))
            if g.facilitator:
                bits.append(_("with {facilitator}").format(facilitator=_esc(g.facilitator)))
            groups.append(" · ".join(bits))
        parts.append(_("Breakouts:") + "<br/>" + "<br/>".join("• " + g for g in groups))
    item = Paragraph("<br/>".join(parts), s.cell)
    row: list[Any] = [time_cell, item]
    if room_w:
        row.append(cell(e.room, s.cell, room_w))
    if notes_w:
        row.append("")
    return row


# -- roster and directory --------------------------------------------------------------------


def sort_people(people: tuple[PacketPerson, ...], by: str) -> list[PacketPerson]:
    if by == "jurisdiction":
        return sorted(people, key=lambda p: (fold(p.place) or "\uffff", p.family_key))
    return sorted(people, key=lambda p: p.family_key)


def roster(people: list[PacketPerson], s: Styles, width: float, tick: Tick, *,
           source: str = "registered") -> list[Flowable]:
    if not people:
        return [Paragraph(_("No one is registered for this session yet."), s.muted)]
    large = s.size >= 14
    # Large print needs room for an email address on one line at 14 pt.
    name_w, contact_w = (width * 0.27, width * 0.41) if large else (width * 0.28, width * 0.34)
    role_w = width - name_w - contact_w
    widths = [name_w, role_w, contact_w]
    rows = []
    shared = 0
    for i, p in enumerate(people):
        extra = []
        if p.nickname and p.full_name not in p.display_name:
            extra.append(p.full_name)
        if p.pronouns:
            extra.append(p.pronouns)
        name = _name_cell(p.display_name, " · ".join(extra), s, name_w)
        role = " · ".join(x for x in (p.title, p.organization) if x)
        where = p.jurisdiction if p.jurisdiction != p.organization else ""
        role_text = role + (("\n" + where) if where else "")
        if p.consent_share_contact and (p.email or p.phone):
            lines = break_email(p.email, s.cell.fontSize, contact_w - 8) if p.email else []
            contact = "\n".join(lines + ([p.phone] if p.phone else []))
            shared += 1
        else:
            contact = ""
        rows.append([name, cell(role_text, s.cell, role_w),
                     cell(contact, s.cell, contact_w) if contact else ""])
        if i % 100 == 99:
            tick(_("Participants"))
    n = len(people)
    who = (ngettext("{n} participant.", "{n} participants.", n) if source == "registered" else
           ngettext("No one has registered yet, so this is the cohort's {n} member.",
                    "No one has registered yet, so these are the cohort's {n} members.", n))
    consent = ngettext("Email and phone are shown for the {shared} who agreed to share them "
                       "with the cohort.", "Email and phone are shown for the {shared} who agreed "
                       "to share them with the cohort.", shared)
    out: list[Flowable] = [
        Paragraph(who.format(n=n) + " " + consent.format(shared=shared), s.muted),
        Spacer(1, 6),
        PagedTable([_("Name"), _("Title and jurisdiction"), _("Contact")], rows, widths,
                   table_style(s)),
    ]
    return out


def break_email(email: str, size: float, width: float) -> list[str]:
    """An email address as lines that fit `width`, broken before "@" or after a "." when it
    must be (never inside a word); a part that still does not fit is left for the cell to wrap.
    """
    def fits(text: str) -> bool:
        return fonts.string_width(text, size) <= width

    if fits(email):
        return [email]
    local, at, domain = email.partition("@")
    if at and fits(local) and fits(at + domain):
        return [local, at + domain]
    pieces = [x for x in re.split(r"(?=@)|(?<=\.)", email) if x]
    lines: list[str] = []
    for piece in pieces:
        if lines and fits(lines[-1] + piece):
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


def _name_cell(name: str, extra: str, s: Styles, width: float) -> Flowable:
    size = s.cell.fontSize
    lines = [(name, True, size, INK)] + ([(extra, False, size, MUTED)] if extra else [])

    def paragraph() -> Flowable:
        markup = f"<b>{_esc(name, bold=True)}</b>"
        if extra:
            markup += f'<br/><font color="#5b6770">{_esc(extra)}</font>'
        return Paragraph(markup, s.cell)

    return lines_cell(lines, width - 8, s.cell.leading, paragraph)


def directory(people: list[PacketPerson], s: Styles, width: float, tick: Tick) -> list[Flowable]:
    if not people:
        return [Paragraph(_("No one is registered for this session yet."), s.muted)]
    out: list[Flowable] = []
    for i, p in enumerate(people):
        head = f"<b>{_esc(p.display_name, bold=True)}</b>"
        if p.pronouns:
            head += (f'  <font size="{max(s.size * 0.9, s.small.fontSize):.1f}" color="#5b6770">'
                     f'{_esc(p.pronouns)}</font>')
        block: list[Flowable] = [Paragraph(head, s.h3)]
        role = " · ".join(x for x in (p.title, p.organization) if x)
        if p.jurisdiction and p.jurisdiction != p.organization:
            role = " · ".join(x for x in (role, p.jurisdiction) if x)
        if role:
            block.append(para(role, _recolor(s.body, MUTED)))
        if p.consent_share_contact and (p.email or p.phone):
            block.append(para("  ·  ".join(x for x in (p.email, p.phone) if x), s.small))
        if p.bio:
            block.append(Spacer(1, 2))
            block += [para(chunk.strip(), s.body) for chunk in p.bio.split("\n\n") if chunk.strip()]
        block.append(Rule(space=5))
        out.append(KeepTogether(block))
        if i % 100 == 99:
            tick(_("Directory"))
    return out


# -- next steps and previous notes -----------------------------------------------------------


def next_steps(steps: tuple[NextStep, ...], s: Styles, width: float) -> list[Flowable]:
    if not steps:
        return [Paragraph(_("There are no open action items carried into this session."), s.muted)]
    unassigned = _("Unassigned")
    by_owner: dict[str, list[NextStep]] = {}
    for step in steps:
        by_owner.setdefault(step.owner or unassigned, []).append(step)
    out: list[Flowable] = [Paragraph(
        _("Open action items carried into this session, by owner."), s.muted)]
    box_w, due_w = s.size * 2.2, s.size * 10
    for owner in sorted(by_owner, key=lambda o: (o == unassigned, fold(o))):
        rows = []
        for step in sorted(by_owner[owner], key=lambda x: (x.due is None, x.due or 0)):
            # With its year: items carried for months read "Due Jun 26" in a December packet,
            # as if still to come.
            due = (_("Due {date}").format(date=i18n.medium_date(step.due)) if step.due
                   else _("No date"))
            text = _esc(step.description)
            if step.raised_in:
                text += ('<br/><font color="#5b6770">'
                         + _("From {session}").format(session=_esc(step.raised_in)) + "</font>")
            rows.append([_Checkbox(s.size), Paragraph(text, s.cell), cell(due, s.cell_muted,
                                                                          due_w)])
        t = Table(rows, colWidths=[box_w, width - box_w - due_w, due_w])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONT", (0, 0), (-1, -1), s.cell.fontName, s.cell.fontSize),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TEXTCOLOR", (-1, 0), (-1, -1), MUTED),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        out.append(KeepTogether([Paragraph(_esc(owner, bold=True), s.h3), t]))
    return out


class _Checkbox(Flowable):
    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size * 0.95

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size + 2

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, -self.size * 0.15, self.size, self.size, stroke=1, fill=0)


def previous_notes(notes: PreviousNotes | None, s: Styles) -> list[Flowable]:
    if notes is None or not notes.notes:
        return [Paragraph(_("There are no notes from the previous session."), s.muted)]
    when = f" · {i18n.long_date(notes.date)}" if notes.date else ""
    out: list[Flowable] = [para(notes.session_title + when, _recolor(s.body, MUTED))]
    kind = None
    for note in notes.notes:
        if note.kind != kind:
            kind = note.kind
            out.append(Paragraph(_esc(_(kind)), s.h2))
        if note.about:
            out.append(para(note.about, s.h3))
        out += markdown_flowables(note.body, s.body)
    return out


# Light Markdown, as the Notes tab writes it (services.notes.render_html shows the same).
_MD_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_MD_ITALIC = re.compile(
    r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_MD_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_MD_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[str, bool]]:
    """`text` cut into (piece, matched) by `pattern`, the markers left out of matched pieces."""
    out: list[tuple[str, bool]] = []
    at = 0
    for m in pattern.finditer(text):
        if m.start() > at:
            out.append((text[at:m.start()], False))
        out.append((m.group(1) or m.group(2) or "", True))
        at = m.end()
    if at < len(text):
        out.append((text[at:], False))
    return out


def markdown_markup(line: str) -> str:
    """One line of light Markdown as Paragraph markup: **bold** and *italic* become <b> and
    <i>; everything else is the user's text, escaped and with fallback fonts."""
    out = []
    for piece, bold in _spans(line, _MD_BOLD):
        for text, italic in _spans(piece, _MD_ITALIC):
            markup = fonts.paragraph_text(text, bold=bold, italic=italic)
            if italic:
                markup = f"<i>{markup}</i>"
            out.append(f"<b>{markup}</b>" if bold else markup)
    return "".join(out)


def markdown_flowables(text: str, style: Any) -> list[Flowable]:
    """Light Markdown (paragraphs, **bold**, *italic*, "- " and "1. " lists) as Paragraphs."""
    from reportlab.lib.styles import ParagraphStyle

    item = ParagraphStyle(style.name + "_item", parent=style, leftIndent=style.fontSize * 1.5,
                          bulletIndent=style.fontSize * 0.3, spaceAfter=style.spaceAfter * 0.4,
                          bulletFontName=style.fontName, bulletFontSize=style.fontSize)
    out: list[Flowable] = []
    lines: list[str] = []

    def close() -> None:
        if lines:
            out.append(Paragraph("<br/>".join(markdown_markup(x) for x in lines), style))
            lines.clear()

    for line in text.replace("\r\n", "\n").split("\n"):
        bullet, numbered = _MD_BULLET.match(line), _MD_NUMBERED.match(line)
        if bullet:
            close()
            out.append(Paragraph(markdown_markup(bullet.group(1)), item, bulletText="•"))
        elif numbered:
            close()
            out.append(Paragraph(markdown_markup(numbered.group(2)), item,
                                 bulletText=f"{numbered.group(1)}."))
        elif not line.strip():
            close()
        else:
            lines.append(line.strip())
    close()
    return out


# -- note pages and pre-reads ----------------------------------------------------------------


class NotePage(Flowable):
    """One page of ruled or dotted space for notes."""

    def __init__(self, style: str, spacing: float) -> None:
        super().__init__()
        self.style, self.spacing = style, spacing

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(NOTE_LINE)
        c.setFillColor(NOTE_LINE)
        y = self.height - self.spacing
        if self.style == "dotted":
            step = self.spacing / 1.5
            while y > 0:
                x = 0.0
                while x <= self.width:
                    c.circle(x, y, 0.55, stroke=0, fill=1)
                    x += step
                y -= step
        else:
            c.setLineWidth(0.4)
            while y > 0:
                c.line(0, y, self.width, y)
                y -= self.spacing


def prereads_list(files: tuple[PrereadFile, ...], s: Styles, width: float) -> list[Flowable]:
    if not files:
        return [Paragraph(_("No pre-reads are attached to this session."), s.muted)]
    rows = [[str(i), para(f.title, s.cell), cell(f.filename, s.cell_muted, width * 0.35),
             str(f.page_count)] for i, f in enumerate(files, start=1)]
    num_w, pages_w = s.size * 2.5, s.size * 5
    title_w = width - num_w - pages_w - width * 0.35
    style = table_style(s) + [("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                              ("TEXTCOLOR", (0, 1), (0, -1), MUTED)]
    return [
        Paragraph(_("Each pre-read follows, starting on a new page, in this order."), s.muted),
        Spacer(1, 6),
        PagedTable(["#", _("Title"), _("File"), _("Pages")], rows,
                   [num_w, title_w, width * 0.35, pages_w], style),
    ]


__all__ = ["INK"]
