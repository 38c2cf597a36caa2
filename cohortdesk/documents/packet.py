"""The convening packet: sections laid out with platypus, pre-reads appended with pypdf.

`build_packet(data, options, path, progress)` writes the PDF atomically: a failure or a Cancel
leaves no partial file and an older packet untouched. Layout happens in one pass: the canvas
holds pages until the end to print "Page X of Y" and the contents' page numbers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph

from cohortdesk.documents import fonts
from cohortdesk.documents import packet_sections as sec
from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.packet_data import (
    SECTIONS,
    PacketData,
    PacketOptions,
    printed_sections,
)
from cohortdesk.documents.pdf_common import (
    MUTED,
    PAPER,
    PageFurniture,
    SectionMark,
    TableOfContents,
    canvas_class,
    check_output,
    date_range,
    make_styles,
    page_margins,
)
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.domain.text import plural

MARGIN = 0.75 * inch
BINDING = 0.5 * inch


@dataclass(frozen=True)
class PacketResult:
    path: Path
    pages: int
    outline: tuple[str, ...]
    # Headings of chosen sections left out because they had nothing to print.
    left_out: tuple[str, ...] = ()

    def summary(self) -> str:
        """"Wrote 12 pages to …", and which empty sections were left out."""
        text = f"Wrote {plural(self.pages, 'page')} to {self.path}."
        if self.left_out:
            text += (" Left out because they are empty: " + ", ".join(self.left_out) + ".")
        return text


class _Tick(Flowable):
    """Reports layout progress when the frame reaches it (and lets Cancel stop the layout)."""

    def __init__(self, report: Any, text: str) -> None:
        super().__init__()
        self.report, self.text = report, text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.report(self.text)


class _Progress:
    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0

    def __call__(self, text: str) -> None:
        self.done = min(self.done + 1, self.total - 1)
        self.progress(self.done, self.total, text)


def _doc(buffer: io.BytesIO, options: PacketOptions, data: PacketData,
         furniture: PageFurniture) -> BaseDocTemplate:
    page_w, page_h = PAPER[options.paper]
    binding = BINDING if options.binding_margin else 0.0
    top, bottom = 0.85 * inch, 0.85 * inch
    width = page_w - 2 * MARGIN - binding
    body = Frame(MARGIN + binding, bottom, width, page_h - top - bottom, id="body",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def place_frame(canvas: Canvas, doc: BaseDocTemplate) -> None:
        # The binding edge alternates; the frame takes the same margins as the header and
        # footer rules of this page (pdf_common.page_margins), so they always agree.
        body.x1 = page_margins(doc.page, furniture)[0]

    doc = BaseDocTemplate(
        buffer, pagesize=(page_w, page_h), leftMargin=MARGIN + binding, rightMargin=MARGIN,
        topMargin=top, bottomMargin=bottom, title=data.title, author=options.author,
        initialFontName=fonts.register_fonts().regular,
    )
    doc.addPageTemplates([PageTemplate("page", [body], onPage=place_frame)])
    return doc


def _story(data: PacketData, options: PacketOptions, chosen: tuple[str, ...],
           furniture: PageFurniture, width: float, tick: _Progress) -> list[Flowable]:
    s = make_styles(options.large_print)
    people = sec.sort_people(data.people, options.roster_sort)
    story: list[Flowable] = []
    toc_entries = [(k, SECTIONS[k], 0) for k in chosen if k not in ("cover", "contents")]
    if "pre-reads" in chosen:
        i = toc_entries.index(("pre-reads", SECTIONS["pre-reads"], 0))
        toc_entries[i + 1:i + 1] = [(f"preread-{n}", f.title, 1)
                                    for n, f in enumerate(data.prereads)]
    for key in chosen:
        if story:
            story.append(PageBreak())
        story.append(_Tick(tick, SECTIONS[key]))
        title = SECTIONS[key]
        if key == "cover":
            story.append(sec.CoverPage(data, s, "Convening packet"))
            continue
        story.append(SectionMark(key, title))
        if key != "note-pages":
            story.append(Paragraph(title, s.h1))
        if key == "contents":
            story.append(TableOfContents(toc_entries, s.toc))
        elif key == "objectives":
            story += sec.objectives(data, s, width)
        elif key == "agenda":
            story += sec.agenda(data.agenda, s, width, notes_column=options.agenda_notes_column,
                                zone=data.zone_abbreviation)
        elif key == "roster":
            story += sec.roster(people, s, width, tick, source=data.people_source)
        elif key == "directory":
            story += sec.directory(people[:50], s, width, tick)
            for start in range(50, len(people), 50):
                story.append(_Tick(tick, "Directory"))
                story += sec.directory(people[start:start + 50], s, width, tick)
        elif key == "next-steps":
            story += sec.next_steps(data.next_steps, s, width)
        elif key == "results":
            story += _results(data, s, width)
        elif key == "notes":
            story += sec.previous_notes(data.previous_notes, s)
        elif key == "note-pages":
            spacing = 0.36 * inch * (1.25 if options.large_print else 1)
            for n in range(options.note_pages):
                if n:
                    story.append(PageBreak())
                story.append(Paragraph(title, s.h1) if n == 0 else Paragraph("", s.small))
                story.append(sec.NotePage(options.note_style, spacing))
        elif key == "pre-reads":
            story += sec.prereads_list(data.prereads, s, width)
            furniture.appended = [(f"preread-{n}", f.title, f.page_count)
                                  for n, f in enumerate(data.prereads)]
    return story


def _results(data: PacketData, s: Any, width: float) -> list[Flowable]:
    from cohortdesk.documents.results_pdf import results_section_flowables

    if data.results is None:
        return [Paragraph("No results frameworks have been entered for this cohort yet.", s.body)]
    return results_section_flowables(data.results, s, width=width, heading=False,
                                     member_mark=lambda k, t: SectionMark(k, t, 1))


def build_packet(data: PacketData, options: PacketOptions, path: str | Path,
                 progress: Progress = no_progress) -> PacketResult:
    """Write the packet PDF to `path`. Raises ValidationError for bad options or a folder that
    does not exist. Chosen sections with nothing in them are left out (`PacketResult.left_out`).
    """
    options = options.checked()
    check_output(path)
    chosen, empty = printed_sections(data, options)
    fonts.register_fonts()
    steps = len(chosen) + 2 * (len(data.people) // 50 + 1) + len(data.prereads) + 3
    tick = _Progress(progress, steps)
    progress(0, tick.total, "Laying out the packet")
    page_w, _ = PAPER[options.paper]
    width = page_w - 2 * MARGIN - (BINDING if options.binding_margin else 0)
    furniture = PageFurniture(
        header_left=data.title,
        header_right=" · ".join(x for x in (data.program, data.cohort) if x),
        footer_left=date_range(data.starts_at, data.ends_at) if data.starts_at else "",
        margin_left=MARGIN, margin_right=MARGIN,
        binding=BINDING if options.binding_margin else 0.0,
        font_size=11 if options.large_print else 8.5,
    )
    story = _story(data, options, chosen, furniture, width, tick)
    buffer = io.BytesIO()
    doc = _doc(buffer, options, data, furniture)
    doc.build(story, canvasmaker=canvas_class(furniture))
    tick("Adding pre-reads")
    result = _finish(buffer.getvalue(), data, chosen, options, furniture, path, tick)
    progress(tick.total, tick.total, "Done")
    # Zero note pages were asked for: not worth a mention.
    left_out = tuple(SECTIONS[k] for k in empty if k != "note-pages")
    return dataclasses.replace(result, left_out=left_out)


def _subject(data: PacketData) -> str:
    bits = ["Convening packet", data.title]
    if data.starts_at:
        bits.append(date_range(data.starts_at, data.ends_at))
    return " · ".join(b for b in bits if b)


def _finish(main: bytes, data: PacketData, chosen: tuple[str, ...], options: PacketOptions,
            furniture: PageFurniture, path: str | Path, tick: _Progress) -> PacketResult:
    """Append pre-reads (stamped with the packet's page numbers), add outline and metadata."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(main)))
    main_pages = len(writer.pages)
    total = furniture.total_pages or main_pages
    appended = "pre-reads" in chosen
    if appended:
        number = main_pages
        for f in data.prereads:
            tick(f"Pre-read {f.title}")
            reader = PdfReader(io.BytesIO(f.content))
            for source_page in reader.pages:
                number += 1
                page = writer.add_page(source_page)
                if page.get("/Rotate"):
                    page.transfer_rotation_to_content()
                box = page.mediabox
                stamp = _stamp(float(box.width), float(box.height), f.title, number, total,
                               options.large_print)
                page.merge_translated_page(stamp, float(box.left), float(box.bottom))
    titles: list[str] = []
    parents: dict[int, Any] = {}
    for key, title, level in furniture.outline:
        index = furniture.section_pages[key] - 1
        item = writer.add_outline_item(title=title, page_number=index,
                                       parent=parents.get(level - 1))
        parents[level] = item
        titles.append(title)
        if key == "pre-reads" and appended:
            for n, f in enumerate(data.prereads):
                writer.add_outline_item(
                    title=f.title, page_number=furniture.section_pages[f"preread-{n}"] - 1,
                    parent=item)
                titles.append(f.title)
    writer.add_metadata({
        "/Title": data.title or "Convening packet",
        "/Subject": _subject(data),
        "/Author": options.author or data.program or "CohortDesk",
        "/Creator": "CohortDesk",
        "/Producer": "CohortDesk (reportlab, pypdf)",
        "/CreationDate": dt.datetime.now().strftime("D:%Y%m%d%H%M%S"),
    })
    writer.page_mode = "/UseOutlines"
    with atomic_path(path) as temp, open(temp, "wb") as fh:
        writer.write(fh)
    return PacketResult(Path(path), len(writer.pages), tuple(titles))


def _stamp(width: float, height: float, title: str, number: int, total: int,
           large: bool) -> Any:
    """A one-page overlay with the packet's footer, for a pre-read page."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.register_fonts().regular)
    size = 11 if large else 8
    text = f"Pre-read: {title}  ·  Page {number} of {total}"
    w = fonts.string_width(text, size)
    x = width - 0.5 * inch
    c.setFillColorRGB(1, 1, 1)
    c.roundRect(x - w - 6, 0.22 * inch - 4, w + 12, size + 8, 3, stroke=0, fill=1)
    c.setFillColor(MUTED)
    fonts.draw_string(c, x, 0.22 * inch, text, size, anchor="end")
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
