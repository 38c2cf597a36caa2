"""The convening packet, read back with pypdf: what a participant would notice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader

from cohortdesk.documents.packet import build_packet
from cohortdesk.documents.packet_data import DEFAULT_SECTIONS, SECTIONS, PacketOptions, PrereadFile
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.progress import Cancelled

DATA = Path(__file__).parent / "data" / "packets"


def _samples() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packet_samples", DATA / "make_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


samples = _samples()


def _texts(path: Path) -> list[str]:
    return [unicodedata.normalize("NFC", p.extract_text()) for p in PdfReader(path).pages]


def _outline_titles(reader: PdfReader) -> list[str]:
    out: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)

    walk(reader.outline)
    return out


def test_contact_details_only_for_people_who_consented(tmp_path: Path) -> None:
    data = samples.sample_packet()
    path = tmp_path / "packet.pdf"
    build_packet(data, PacketOptions(sections=("roster", "directory")), path)
    text = "\n".join(_texts(path))
    sharing = [p for p in data.people if p.consent_share_contact and p.email]
    private = [p for p in data.people if not p.consent_share_contact and p.email]
    assert sharing and private
    for p in sharing:
        assert p.email in text, p.email
    for p in private:
        assert p.email not in text, p.email
        if p.phone:
            assert p.phone not in text, p.phone


def test_every_name_in_the_registration_export_prints(tmp_path: Path) -> None:
    data = samples.sample_packet()
    path = tmp_path / "packet.pdf"
    build_packet(data, PacketOptions(sections=("roster",)), path)
    text = "\n".join(_texts(path))
    for name in ("Núñez-Ortega", "Nguyễn", "Ólafsdóttir-Çelik", "Петренко", "王", "Zoë"):
        assert name in text, name
    # Arabic is drawn with joined letters (presentation forms), which read back as typed.
    assert "ﺣﺪﺍﺩ" in text
    assert "ليلى حداد" in unicodedata.normalize("NFKC", text)


def test_page_x_of_y_is_right_on_the_first_and_last_pages(tmp_path: Path) -> None:
    data = samples.sample_packet(prereads=(
        PrereadFile("Racial Equity Toolkit", "toolkit.pdf", 3, samples.pdf_bytes("Toolkit", 3)),
    ))
    path = tmp_path / "packet.pdf"
    result = build_packet(data, PacketOptions(note_pages=1), path)
    texts = _texts(path)
    total = len(texts)
    assert result.pages == total
    assert "Page" not in texts[0]  # the cover is bare
    assert f"Page 2 of {total}" in texts[1]
    assert f"Page {total} of {total}" in texts[-1]
    assert "Spring Convening: Budgeting for Equity" in texts[1]  # running header


def test_a_forty_item_agenda_splits_with_its_header_repeated(tmp_path: Path) -> None:
    data = samples.sample_packet(agenda_items=40)
    path = tmp_path / "agenda.pdf"
    build_packet(data, PacketOptions(sections=("agenda",)), path)
    texts = _texts(path)
    assert len(texts) >= 2
    for page in texts:
        assert "Time (CDT)" in page and "Session" in page
    everything = "\n".join(texts)
    for n in (1, 20, 40):
        assert f"Agenda item {n}\n" in everything + "\n" or f"Agenda item {n}" in everything
    assert everything.index("Agenda item 39") < everything.index("Agenda item 40")


def test_prereads_follow_in_order_each_on_new_pages_with_bookmarks(tmp_path: Path) -> None:
    toolkit = samples.pdf_bytes("Toolkit", 3)
    files = (PrereadFile("Racial Equity Toolkit", "toolkit.pdf", 3, toolkit),
             PrereadFile("Budget Template", "budget.pdf", 2, samples.pdf_bytes("Budget", 2)))
    data = samples.sample_packet(prereads=files)
    path = tmp_path / "packet.pdf"
    build_packet(data, PacketOptions(sections=("cover", "contents", "pre-reads")), path)
    reader = PdfReader(path)
    texts = _texts(path)
    tail = texts[-5:]
    assert [t.split("\n")[0] for t in tail] == [
        "Toolkit page 1", "Toolkit page 2", "Toolkit page 3", "Budget page 1", "Budget page 2"]
    titles = _outline_titles(reader)
    assert titles == ["Contents", "Pre-reads", "Racial Equity Toolkit", "Budget Template"]
    # The contents page lists where each pre-read starts.
    first = len(texts) - 5 + 1
    assert "Racial Equity Toolkit" in texts[1] and str(first) in texts[1]
    assert f"Pre-read: Budget Template  ·  Page {len(texts)} of {len(texts)}" in texts[-1]


def test_outline_metadata_and_embedded_subset_fonts(tmp_path: Path) -> None:
    data = samples.full_packet()
    path = tmp_path / "packet.pdf"
    result = build_packet(data, PacketOptions(author="Program staff", note_pages=1), path)
    reader = PdfReader(path)
    assert _outline_titles(reader) == [SECTIONS[k] for k in DEFAULT_SECTIONS if k != "cover"] + [
        "Racial Equity Toolkit"]
    assert result.left_out == ()
    assert list(result.outline) == _outline_titles(reader)
    meta = reader.metadata
    assert meta.title == data.title
    assert meta.author == "Program staff"
    assert "Convening packet" in meta.subject
    fonts = set()
    for page in reader.pages[:-2]:  # the pre-read's own two pages keep their own fonts
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("+" in f for f in fonts), fonts  # subsets only, nothing unembedded


def test_large_print_keeps_body_text_at_14_points(tmp_path: Path) -> None:
    data = samples.sample_packet()
    path = tmp_path / "large.pdf"
    build_packet(data, PacketOptions(sections=("objectives", "roster", "directory"),
                                     large_print=True, paper="a4", binding_margin=True), path)
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if text.strip():
            sizes[text.strip()] = min(size * abs(tm[0] or 1), sizes.get(text.strip(), 99))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    body = {t: s for t, s in sizes.items() if not t.startswith(("Page ", "Spring Convening",
                                                               "June", "Chief Equity Officers"))}
    small = {t: s for t, s in body.items() if s < 14}
    assert not small, small


def test_user_text_never_breaks_the_layout(tmp_path: Path) -> None:
    people = samples.export_people()
    odd = dataclasses.replace(
        people[0], given_name="Director <Equity> & Inclusion",
        title="x" * 300, bio=("A very long bio sentence about equity work. " * 70)[:3000],
    )
    data = samples.sample_packet([odd, *people[1:]], title="Q&A <draft> session 🎉")
    path = tmp_path / "packet.pdf"
    build_packet(data, PacketOptions(sections=("cover", "roster", "directory")), path)
    text = "\n".join(_texts(path))
    assert "Director <Equity> & Inclusion" in text
    assert "Q&A <draft> session" in text


def test_cancel_leaves_the_older_packet_untouched(tmp_path: Path) -> None:
    path = tmp_path / "packet.pdf"
    path.write_bytes(b"%PDF-1.4 older packet")
    calls = []

    def progress(done: int, total: int, text: str = "") -> None:
        calls.append(done)
        if len(calls) > 3:
            raise Cancelled()

    with pytest.raises(Cancelled):
        build_packet(samples.sample_packet(), PacketOptions(), path, progress)
    assert path.read_bytes() == b"%PDF-1.4 older packet"
    assert [p.name for p in tmp_path.iterdir()] == ["packet.pdf"]


def test_progress_reaches_the_end_for_a_big_convening(tmp_path: Path) -> None:
    people = samples.export_people() * 10
    seen: list[tuple[int, int]] = []
    result = build_packet(samples.sample_packet(people), PacketOptions(),
                          tmp_path / "big.pdf", lambda d, t, x="": seen.append((d, t)))
    assert result.pages > 20
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 5


def test_bad_options_name_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        PacketOptions(sections=("cover", "gossip")).checked()
    assert err.value.field == "sections"
    with pytest.raises(ValidationError) as err:
        PacketOptions(paper="legal").checked()
    assert err.value.field == "paper"


def test_roster_sorted_by_jurisdiction(tmp_path: Path) -> None:
    data = samples.sample_packet()
    path = tmp_path / "r.pdf"
    build_packet(data, PacketOptions(sections=("roster",), roster_sort="jurisdiction"), path)
    text = "\n".join(_texts(path))
    assert text.index("Albuquerque") < text.index("Tacoma, WA")
    assert dt.date.today()  # the packet is dated by its session, not today


# -- what reviewers noticed ----------------------------------------------------------------


def _runs(page: object) -> list[tuple[float, float, str, str]]:
    """(x, y, text, font name) of each piece of text drawn on a page."""
    out: list[tuple[float, float, str, str]] = []

    def visit(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((x, y, text.strip(), name))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return out


def test_no_page_of_a_two_day_agenda_holds_only_a_heading(tmp_path: Path) -> None:
    from cohortdesk.documents.print_materials import build_agenda

    data = samples.sample_packet(agenda=samples.two_day_agenda(30))
    packet = tmp_path / "packet.pdf"
    build_packet(data, PacketOptions(sections=("objectives", "agenda")), packet)
    alone = tmp_path / "agenda.pdf"
    build_agenda(data, "letter", alone)
    for path in (packet, alone):
        texts = _texts(path)
        assert len(texts) >= 3
        for n, text in enumerate(texts, start=1):
            # Every page has agenda rows on it (or, in the packet, the objectives).
            assert "Agenda item" in text or "Objectives" in text, (path.name, n, text)
        everything = "\n".join(texts)
        assert everything.index("Day 1") < everything.index("Day 2")


def test_binding_margin_keeps_text_and_running_header_on_one_margin(tmp_path: Path) -> None:
    data = samples.sample_packet(samples.export_people() * 3)
    path = tmp_path / "bound.pdf"
    build_packet(data, PacketOptions(sections=("contents", "directory"), binding_margin=True),
                 path)
    pages = PdfReader(path).pages
    assert len(pages) >= 4
    height = float(pages[0].mediabox.height)
    for number, page in enumerate(pages, start=1):
        runs = _runs(page)
        header = min(x for x, y, _t, _f in runs if y > height - 0.6 * 72)
        body = min(x for x, y, _t, _f in runs if 72 < y < height - 72)
        # The binding edge is on the left of odd pages and the right of even ones.
        expected = 0.75 * 72 + (0.5 * 72 if number % 2 else 0)
        assert abs(header - expected) < 0.5, (number, header)
        assert abs(body - expected) < 0.5, (number, body)


def test_cover_of_a_two_day_convening_dates_each_time(tmp_path: Path) -> None:
    path = tmp_path / "cover.pdf"
    build_packet(samples.sample_packet(), PacketOptions(sections=("cover", "objectives")), path)
    cover, facts = _texts(path)
    expected = "Tue, Jun 10, 9:00 AM – Wed, Jun 11, 4:30 PM CDT"
    assert expected in cover and expected in facts
    assert "Begins" not in cover


def test_running_header_prints_the_cohort_in_full_when_there_is_room(tmp_path: Path) -> None:
    data = samples.sample_packet(title="Kickoff Convening", cohort="Inaugural Cohort 2025–2026")
    path = tmp_path / "header.pdf"
    build_packet(data, PacketOptions(sections=("roster",)), path)
    first = _texts(path)[0]
    assert "Chief Equity Officers Policy Network · Inaugural Cohort 2025–2026" in first
    assert "…" not in first
    # With no room, both sides are shortened, the longer one more.
    from cohortdesk.documents.pdf_common import header_room

    left, right = header_room("Kickoff Convening", "x" * 400, 8.5, 500)
    assert left > 60 and left + right <= 500


def test_previous_notes_print_light_markdown_as_bold_italic_and_lists(tmp_path: Path) -> None:
    from cohortdesk.documents.packet_data import NoteEntry, PreviousNotes

    body = ("Eleven attended; **all eleven** jurisdictions came.\n\nKeep it at *every* "
            "convening. Typed markup stays: a <b>tag</b> & 5 < 6.\n- housing stability\n"
            "- budget equity")
    notes = PreviousNotes("Kickoff Convening", dt.date(2025, 3, 4), (NoteEntry("Minutes", body),))
    path = tmp_path / "notes.pdf"
    build_packet(samples.sample_packet(previous_notes=notes), PacketOptions(sections=("notes",)),
                 path)
    page = PdfReader(path).pages[0]
    text = page.extract_text()
    assert "**" not in text and "*every*" not in text and "- housing" not in text
    assert "a <b>tag</b> & 5 < 6" in text
    assert "• housing stability\n• budget equity" in text
    fonts_of = {t: f for _x, _y, t, f in _runs(page)}
    assert any("Bold" in f for t, f in fonts_of.items() if "all eleven" in t)
    assert any("Italic" in f for t, f in fonts_of.items() if t == "every")


def test_empty_sections_are_left_out_and_named(tmp_path: Path) -> None:
    data = samples.sample_packet()  # no next steps, no earlier notes, no pre-reads
    path = tmp_path / "packet.pdf"
    result = build_packet(data, PacketOptions(note_pages=1), path)
    assert result.left_out == ("Next steps", "Notes from the previous session", "Pre-reads")
    titles = _outline_titles(PdfReader(path))
    assert not set(result.left_out) & set(titles)
    text = "\n".join(_texts(path))
    assert "There are no open action items" not in text
    assert "Left out because they are empty: Next steps, Notes from the previous session, " \
           "Pre-reads." in result.summary()
    # Chosen alone, an empty section still prints and says why it is bare.
    alone = build_packet(data, PacketOptions(sections=("next-steps",)), tmp_path / "ns.pdf")
    assert alone.pages == 1 and alone.left_out == ()
    assert "There are no open action items" in _texts(tmp_path / "ns.pdf")[0]


def test_zero_note_pages_print_none_and_one_page_is_singular(tmp_path: Path) -> None:
    data = samples.full_packet()
    with_two = build_packet(data, PacketOptions(note_pages=2), tmp_path / "two.pdf")
    with_none = build_packet(data, PacketOptions(note_pages=0), tmp_path / "none.pdf")
    assert with_none.pages == with_two.pages - 2
    assert "Notes" not in _outline_titles(PdfReader(tmp_path / "none.pdf"))
    assert with_none.left_out == ()
    one = build_packet(data, PacketOptions(sections=("cover",)), tmp_path / "cover.pdf")
    assert one.summary().startswith("Wrote 1 page to ")
    with pytest.raises(ValidationError) as err:
        build_packet(data, PacketOptions(sections=("note-pages",), note_pages=0),
                     tmp_path / "x.pdf")
    assert err.value.field == "note_pages"


def test_large_print_roster_breaks_emails_only_before_at_or_after_a_dot(tmp_path: Path) -> None:
    people = [dataclasses.replace(p, email=p.email.replace("@", ".long-department-name@"))
              for p in samples.export_people()]
    data = samples.sample_packet(people)
    path = tmp_path / "large.pdf"
    build_packet(data, PacketOptions(sections=("roster",), large_print=True), path)
    lines = [line.strip() for text in _texts(path) for line in text.split("\n")]
    joined = "\n".join(lines)
    for p in people:
        if not (p.consent_share_contact and p.email):
            continue
        if p.email in lines:
            continue
        # Broken over lines: each break is before "@" or after a ".".
        pieces = [line for line in lines if line and line in p.email]
        start = next(i for i, line in enumerate(lines) if p.email.startswith(line) and line)
        got, i = "", start
        while got != p.email:
            assert p.email.startswith(got + lines[i]), (p.email, lines[i])
            if got:
                assert got.endswith(".") or lines[i].startswith("@"), (got, lines[i])
            got += lines[i]
            i += 1
        assert pieces
    assert "matias.nunez" in joined


def test_a_missing_output_folder_is_refused_not_created(tmp_path: Path) -> None:
    from cohortdesk.documents import print_materials as pm

    data = samples.sample_packet()
    missing = tmp_path / "typo" / "packet.pdf"
    writers = [
        lambda: build_packet(data, PacketOptions(), missing),
        lambda: pm.build_badges(data, "avery-5392", missing),
        lambda: pm.build_tents(data, "letter", missing),
        lambda: pm.build_sign_in(data, "letter", missing),
        lambda: pm.build_agenda(data, "a4", missing),
        lambda: pm.build_alignment_test("a6", missing),
    ]
    for write in writers:
        with pytest.raises(ValidationError) as err:
            write()
        assert err.value.field == "output"
        assert str(tmp_path / "typo") in err.value.message and "does not exist" in \
            err.value.message
    assert not (tmp_path / "typo").exists()
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()
    with pytest.raises(ValidationError, match="is a folder"):
        build_packet(data, PacketOptions(), folder)


def test_a_table_row_taller_than_a_page_is_split_not_refused(tmp_path: Path) -> None:
    people = samples.export_people()
    people[0] = dataclasses.replace(people[0], title="x" * 12000)
    path = tmp_path / "tall.pdf"
    result = build_packet(samples.sample_packet(people), PacketOptions(sections=("roster",)), path)
    texts = _texts(path)
    assert result.pages == len(texts) >= 3
    assert "Renata Alvarez" in texts[0]  # the tall row starts under the heading
    assert "Zoë O'Brien" in "\n".join(texts[-2:])  # and every row after it still prints


def test_ten_thousand_character_texts_print_everywhere(tmp_path: Path) -> None:
    from cohortdesk.documents import print_materials as pm

    x = "x" * 10_000
    people = samples.export_people()
    people[0] = dataclasses.replace(people[0], given_name=x, title=x, bio=x)
    data = samples.full_packet(people=people, title=x, objectives=(x, "A short one", x))
    result = build_packet(data, PacketOptions(sections=tuple(SECTIONS)), tmp_path / "p.pdf")
    text = "\n".join(_texts(tmp_path / "p.pdf"))
    assert result.pages > 10 and "A short one" in text and "Okafor" in text
    for name, build in (("badges", lambda p: pm.build_badges(data, "a6", p)),
                        ("tents", lambda p: pm.build_tents(data, "a4", p)),
                        ("signin", lambda p: pm.build_sign_in(data, "letter", p)),
                        ("agenda", lambda p: pm.build_agenda(data, "letter", p))):
        path = tmp_path / f"{name}.pdf"
        build(path)
        assert PdfReader(path).pages, name
