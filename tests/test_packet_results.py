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


def test_every_page_of_a_members_results_carries_their_name(example_store: Store,
                                                            tmp_path: Path) -> None:
    from cohortdesk.services import results

    frameworks = results.print_data(example_store, 1).frameworks
    names = [fw.person_name for fw in frameworks]
    for large in (False, True):
        out = tmp_path / f"results-{large}.pdf"
        packets.generate_packet(example_store, 1, out, PacketOptions(
            sections=("results", "note-pages"), note_pages=1, large_print=large))
        reader = PdfReader(out)
        section = reader.outline[1]  # the members, under "Results framework"
        starts = [reader.get_destination_page_number(item) for item in section]
        assert [item.title for item in section] == names
        notes = reader.get_destination_page_number(reader.outline[2])
        ends = [*starts[1:], notes]
        continued = 0
        for name, start, end in zip(names, starts, ends, strict=True):
            for n in range(start, end):
                text = reader.pages[n].extract_text()
                assert name in text, (large, name, n)
                if n > start:
                    assert f"{name} (continued)" in text, (large, name, n)
                    continued += 1
        assert continued >= 1, large  # a member ran over a page, and it says so


def test_results_pdf_refuses_a_missing_folder(example_store: Store, tmp_path: Path) -> None:
    import pytest

    from cohortdesk.documents.results_pdf import write_results_pdf
    from cohortdesk.domain.errors import ValidationError
    from cohortdesk.services import results

    data = results.print_data(example_store, 1)
    with pytest.raises(ValidationError) as err:
        write_results_pdf(tmp_path / "typo" / "results.pdf", data)
    assert err.value.field == "output" and "does not exist" in err.value.message
    assert not (tmp_path / "typo").exists()
