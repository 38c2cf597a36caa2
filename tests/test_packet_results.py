"""The packet's optional "Results framework" section: off by default, a page per member when chosen."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from cohortdesk.documents.packet_data import DEFAULT_SECTIONS, PacketOptions
from cohortdesk.services import packets
from cohortdesk.store import Store


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_results_section_prints_summary_then_members(example_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "packet.pdf"
    packets.generate_packet(example_store, 1, out, PacketOptions(sections=("cover", "results")))
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Results framework" in text
    assert "on track" in text and "off track" in text
    titles = _outline_titles(reader)
    assert "Results framework" in titles
    assert "Zoë O'Brien" in titles  # one bookmark per member with a framework


def test_results_section_is_not_in_the_default_packet(example_store: Store, tmp_path: Path) -> None:
    assert "results" not in DEFAULT_SECTIONS
    out = tmp_path / "packet.pdf"
    packets.generate_packet(example_store, 1, out, PacketOptions(sections=("cover", "contents")))
    assert "Results framework" not in _outline_titles(PdfReader(out))
