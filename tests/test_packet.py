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
    data = samples.sample_packet()
    path = tmp_path / "packet.pdf"
    result = build_packet(data, PacketOptions(author="Program staff", note_pages=1), path)
    reader = PdfReader(path)
    assert _outline_titles(reader) == [SECTIONS[k] for k in DEFAULT_SECTIONS if k != "cover"]
    assert list(result.outline) == _outline_titles(reader)
    meta = reader.metadata
    assert meta.title == data.title
    assert meta.author == "Program staff"
    assert "Convening packet" in meta.subject
    fonts = set()
    for page in reader.pages:
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
