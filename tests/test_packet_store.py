"""Pre-reads stored in the workspace, packets and print materials from a real workspace, CLI."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pypdf import PdfReader

from cohortdesk.cli import run
from cohortdesk.documents.packet_data import PacketOptions
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import packets, prereads
from cohortdesk.store import Store

DATA = Path(__file__).parent / "data" / "packets"
_spec = importlib.util.spec_from_file_location("packet_samples", DATA / "make_data.py")
assert _spec and _spec.loader
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

KICKOFF = 1  # the example network's in-person convening


def _pdf(tmp_path: Path, label: str, pages: int) -> Path:
    path = tmp_path / f"{label}.pdf"
    path.write_bytes(samples.pdf_bytes(label, pages))
    return path


def test_prereads_are_stored_in_the_workspace_and_undoable(example_store: Store,
                                                            tmp_path: Path) -> None:
    source = _pdf(tmp_path, "Equity_Toolkit", 3)
    first = prereads.add_preread(example_store, KICKOFF, source)
    second = prereads.add_preread(example_store, KICKOFF, _pdf(tmp_path, "Budget", 1),
                                  title="Budget template")
    source.unlink()  # the workspace keeps its own copy
    listed = prereads.list_prereads(example_store, KICKOFF)
    assert [(p.title, p.page_count) for p in listed] == [("Equity Toolkit", 3),
                                                          ("Budget template", 1)]
    assert prereads.preread_content(example_store, first).startswith(b"%PDF")
    prereads.move_preread(example_store, second, 0)
    assert [p.id for p in prereads.list_prereads(example_store, KICKOFF)] == [second, first]
    prereads.remove_preread(example_store, first)
    assert example_store.undo_label() == "Remove Pre-read Equity Toolkit"
    example_store.undo()
    restored = prereads.preread_content(example_store, first)
    assert PdfReader(__import__("io").BytesIO(restored)).pages[2].extract_text().startswith(
        "Equity_Toolkit page 3")


def test_a_file_that_is_not_a_pdf_is_refused(example_store: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.pdf"
    bogus.write_text("just some notes")
    with pytest.raises(ValidationError) as err:
        prereads.add_preread(example_store, KICKOFF, bogus)
    assert err.value.field == "file"
    assert prereads.list_prereads(example_store, KICKOFF) == []


def test_logo_is_kept_in_the_workspace(example_store: Store, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (14, 95, 102)).save(logo)
    prereads.set_logo(example_store, logo)
    assert prereads.logo(example_store).filename == "logo.png"
    result = packets.generate_packet(example_store, KICKOFF, tmp_path / "p.pdf",
                                     PacketOptions(sections=("cover",)))
    images = list(PdfReader(result.path).pages[0].images)
    assert len(images) == 1


def test_packet_from_the_workspace_has_agenda_roster_and_prereads(example_store: Store,
                                                                  tmp_path: Path) -> None:
    prereads.add_preread(example_store, KICKOFF, _pdf(tmp_path, "Toolkit", 2))
    result = packets.generate_packet(example_store, KICKOFF, tmp_path / "packet.pdf")
    reader = PdfReader(result.path)
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Kickoff Convening" in text
    assert "Toolkit page 2" in reader.pages[-1].extract_text()
    people = packets.participants(example_store, KICKOFF)
    assert people and all(p.display_name in text for p in people if p.display_name.isascii())
    for p in people:
        if p.email and not p.consent_share_contact:
            assert p.email not in text


def test_badges_fill_the_grid_of_each_stock(tmp_path: Path) -> None:
    from cohortdesk.documents import print_materials as pm

    people = samples.export_people()  # 14 people
    data = samples.sample_packet(people)
    for key, per_page in (("avery-5392", 6), ("avery-5395", 8), ("a6", 4)):
        path = tmp_path / f"{key}.pdf"
        pages = pm.build_badges(data, key, path)
        reader = PdfReader(path)
        assert pages == len(reader.pages) == -(-len(people) // per_page)
        first = reader.pages[0].extract_text()
        stock = pm.STOCKS[key]
        assert stock.per_page == per_page
        # Badge slots sit inside the page and do not overlap.
        slots = [stock.origin(i) for i in range(per_page)]
        for x, y in slots:
            assert x >= 0 and x + stock.width <= stock.page[0] + 0.01
            assert y >= 0 and y + stock.height <= stock.page[1] + 0.01
        ordered = sorted(people, key=lambda p: p.family_key)
        for p in ordered[:per_page]:
            assert p.family_name in first or not p.family_name.isascii()
        assert ordered[per_page].badge_name not in first or per_page >= len(people)
    align = tmp_path / "align.pdf"
    assert pm.build_alignment_test("avery-5395", align) == 1
    assert "Badge 8" in PdfReader(align).pages[0].extract_text()


def test_tents_and_sign_in_sheet(tmp_path: Path) -> None:
    from cohortdesk.documents import print_materials as pm

    people = samples.export_people()
    data = samples.sample_packet(people)
    tents = tmp_path / "tents.pdf"
    assert pm.build_tents(data, "a4", tents) == len(people)
    page = PdfReader(tents).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape, folded
    first = sorted(people, key=lambda p: p.family_key)[0]
    assert page.extract_text().count(first.badge_name) >= 2  # readable from both sides
    sheet = tmp_path / "signin.pdf"
    pm.build_sign_in(data, "letter", sheet, blank_rows=6)
    text = "\n".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Signature" in text and "Access\nneeds met" in text
    assert text.index("Alvarez, Renata") < text.index("Whitfield, Sam")
    assert text.count("☐") == len([p for p in people if p.access_needs]) == 3


def test_command_line_writes_every_print(example_store: Store, tmp_path: Path,
                                         workspace_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    example_store.close()
    ws = ["--workspace", str(workspace_path)]
    pdf = _pdf(tmp_path, "Reading", 2)
    assert run(["preread", "add", "--session", "1", str(pdf), *ws]) == 0
    out = tmp_path / "out"
    out.mkdir()
    assert run(["packet", "--session", "1", "-o", str(out / "packet.pdf"), "--sections",
                "cover,agenda,pre-reads", "--paper", "a4", "--large-print", *ws]) == 0
    assert run(["badges", "--session", "1", "--stock", "avery-5395", "-o",
                str(out / "badges.pdf"), *ws]) == 0
    assert run(["tents", "--session", "1", "-o", str(out / "tents.pdf"), *ws]) == 0
    assert run(["signin", "--session", "1", "-o", str(out / "signin.pdf"), *ws]) == 0
    assert run(["agenda", "print", "--session", "1", "-o", str(out / "agenda.pdf"), *ws]) == 0
    for name in ("packet", "badges", "tents", "signin", "agenda"):
        assert PdfReader(out / f"{name}.pdf").pages
    packet = PdfReader(out / "packet.pdf")
    assert "Reading page 2" in packet.pages[-1].extract_text()
    assert run(["packet", "--session", "1", "-o", str(out / "x.pdf"), "--sections", "gossip",
                *ws]) == 2
    assert "Unknown section" in capsys.readouterr().err
    assert not (out / "x.pdf").exists()
    Store.open(workspace_path).close()  # the fixture closes it again


def test_command_line_refuses_a_missing_folder_and_counts_pages_right(
        example_store: Store, tmp_path: Path, workspace_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    example_store.close()
    ws = ["--workspace", str(workspace_path)]
    for command in (["packet"], ["badges"], ["tents"], ["signin"], ["agenda", "print"]):
        code = run([*command, "--session", "1", "-o", str(tmp_path / "typo" / "x.pdf"), *ws])
        assert code == 2, command
        err = capsys.readouterr().err
        assert "does not exist" in err and str(tmp_path / "typo") in err, command
    assert not (tmp_path / "typo").exists()
    assert run(["packet", "--session", "1", "-o", str(tmp_path / "c.pdf"), "--sections", "cover",
                *ws]) == 0
    assert capsys.readouterr().out.startswith("Wrote 1 page to ")
    assert run(["packet", "--session", "1", "-o", str(tmp_path / "p.pdf"), "--note-pages", "0",
                *ws]) == 0
    said = capsys.readouterr().out
    assert "Left out because they are empty: Next steps, Notes from the previous session, " \
           "Pre-reads." in said
    assert "Notes" not in [o.title for o in PdfReader(tmp_path / "p.pdf").outline]
    with pytest.raises(SystemExit):
        run(["packet", "--help"])
    helptext = " ".join(capsys.readouterr().out.split())
    assert "results" in helptext and "pre-reads" in helptext
    Store.open(workspace_path).close()


def test_roster_and_sign_in_say_when_nobody_has_registered(example_store: Store,
                                                           tmp_path: Path) -> None:
    webinar = 3  # nobody registered yet: the cohort's members are printed instead
    data = packets.packet_data(example_store, webinar, with_prereads=False)
    assert data.people_source == "members" and data.people
    result = packets.generate_packet(example_store, webinar, tmp_path / "p.pdf",
                                     PacketOptions(sections=("roster",)))
    text = " ".join(p.extract_text() for p in PdfReader(result.path).pages).replace("\n", " ")
    assert f"No one has registered yet, so these are the cohort's {len(data.people)} members" \
        in text
    packets.generate_sign_in(example_store, webinar, tmp_path / "s.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "s.pdf").pages)
    assert "No one has registered yet" in text.replace("\n", " ")
    assert packets.packet_data(example_store, KICKOFF, with_prereads=False).people_source == \
        "registered"


def test_next_steps_in_a_packet_are_due_on_a_dated_day(example_store: Store,
                                                        tmp_path: Path) -> None:
    # "Due Jun 26" in a December packet read as still to come: the year is printed.
    import re

    result = packets.generate_packet(example_store, 2, tmp_path / "packet.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(result.path).pages)
    due = re.findall(r"Due ([A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)", text)
    assert due and all(re.search(r", \d{4}$", d) for d in due), due
