"""Badges, table tents, sign-in sheets and the alignment test, read back from the PDFs."""

from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

from cohortdesk.documents import fonts
from cohortdesk.documents import print_materials as pm
from cohortdesk.documents.packet_data import PacketPerson

DATA = Path(__file__).parent / "data" / "packets"
_spec = importlib.util.spec_from_file_location("packet_samples", DATA / "make_data.py")
assert _spec and _spec.loader
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

WANG = PacketPerson(given_name="秀英", family_name="王", pronouns="she/her",
                    title="Community Liaison", jurisdiction="Chicago, IL")


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _filled_rects(reader: PdfReader, page: Any) -> Iterator[list[tuple[float, float]]]:
    """The corners, in page coordinates, of every filled rectangle drawn on `page`."""
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    stack: list[list[float]] = []
    pending: list[list[tuple[float, float]]] = []

    def point(m: list[float], x: float, y: float) -> tuple[float, float]:
        return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]

    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            a, b, c, d, e, f = (float(v) for v in operands)
            m = ctm
            ctm = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                   c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5]]
        elif op == b"re":
            x, y, w, h = (float(v) for v in operands)
            pending.append([point(ctm, x + dx, y + dy) for dx in (0, w) for dy in (0, h)])
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            yield from pending
            pending = []
        elif op in (b"n", b"S", b"s"):
            pending = []


def test_east_asian_names_print_family_name_first_without_a_comma(tmp_path: Path) -> None:
    assert WANG.full_name == "王秀英"
    assert WANG.badge_name == "王秀英"  # the whole name, never the given name alone
    assert WANG.family_first == "王秀英"
    grace = dataclasses.replace(WANG, preferred_name="Grace")
    assert grace.badge_name == "Grace" and grace.family_first == "王秀英 (Grace)"
    renata = PacketPerson(given_name="Renata", family_name="Alvarez")
    assert renata.badge_name == "Renata Alvarez" and renata.family_first == "Alvarez, Renata"
    mati = PacketPerson(given_name="Matías", family_name="Núñez-Ortega", preferred_name="Mati")
    assert mati.family_first == "Núñez-Ortega, Matías (Mati)"

    data = samples.sample_packet([WANG, renata])
    for name, build in (("badges", lambda p: pm.build_badges(data, "avery-5392", p)),
                        ("tents", lambda p: pm.build_tents(data, "letter", p)),
                        ("signin", lambda p: pm.build_sign_in(data, "letter", p))):
        path = tmp_path / f"{name}.pdf"
        build(path)
        text = _text(path)
        assert "王秀英" in text, name
        assert "秀英 王" not in text and "王, 秀英" not in text, name
    assert _text(tmp_path / "tents.pdf").count("王秀英") == 2  # both faces, largest


def test_sign_in_sheet_one_weight_tidy_names_and_access_flags(tmp_path: Path) -> None:
    people = samples.export_people()
    path = tmp_path / "signin.pdf"
    pm.build_sign_in(samples.sample_packet(people), "letter", path, blank_rows=4)
    reader = PdfReader(path)
    text = _text(path)
    # "Sam 🌻" prints as "Sam", the same as the given name: no "(Sam )" after it.
    assert "Whitfield, Sam\n" in text + "\n" and "(Sam" not in text and "Sam )" not in text
    assert "Núñez-Ortega, Matías (Mati)" in text
    # Every name is drawn in the same (bold) face; the Chinese font has only one face.
    names = {p.family_first for p in people} - {"王秀英"}
    name_fonts: dict[str, set[str]] = {}

    def visit(t: str, cm: list, tm: list, font: dict, size: float) -> None:
        if t.strip() in names and font:
            name_fonts.setdefault(t.strip(), set()).add(str(font["/BaseFont"]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert {"Alvarez, Renata", "Núñez-Ortega, Matías (Mati)", "O'Brien, Zoë"} <= set(name_fonts)
    assert len(name_fonts) >= 10
    assert all(f.endswith("NotoSans-Bold") for fs in name_fonts.values() for f in fs), \
        name_fonts
    # A box only for the people who asked for an accommodation, and a line saying what it is.
    needs = [p for p in people if p.access_needs]
    assert len(needs) == 3
    assert text.count("☐") == len(needs)
    assert "asked for an accommodation" in text
    assert f"{len(people)} people registered." in text


def test_sign_in_sheet_says_when_it_lists_cohort_members_instead(tmp_path: Path) -> None:
    data = samples.sample_packet(people_source="members")
    path = tmp_path / "signin.pdf"
    pm.build_sign_in(data, "a4", path)
    text = _text(path)
    assert f"No one has registered yet, so these are the cohort's {len(data.people)} members." \
        in text.replace("\n", " ")
    assert "registered. Walk-ins" not in text
    assert abs(float(PdfReader(path).pages[0].mediabox.width) - 595.28) < 1  # A4


def test_a6_badges_and_tents_keep_ink_inside_the_printable_area(tmp_path: Path) -> None:
    data = samples.sample_packet(samples.export_people()[:5])
    margin = 0.25 * 72 - 0.01  # most printers cannot print closer to the edge
    for name, build in (("badges", lambda p: pm.build_badges(data, "a6", p)),
                        ("tents", lambda p: pm.build_tents(data, "a4", p))):
        path = tmp_path / f"{name}.pdf"
        build(path)
        reader = PdfReader(path)
        page = reader.pages[0]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        rects = list(_filled_rects(reader, page))
        assert rects, name  # the colour bands
        for corners in rects:
            for x, y in corners:
                assert margin <= x <= width - margin, (name, x)
                assert margin <= y <= height - margin, (name, y)


def test_long_names_and_titles_wrap_rather_than_being_cut(tmp_path: Path) -> None:
    long = PacketPerson(given_name="Maximiliana Alexandra", family_name="Featherstonehaugh",
                        pronouns="she/her",
                        title="Director, Office of Equity, Inclusion and Human Rights",
                        jurisdiction="Albuquerque, NM")
    data = samples.sample_packet([long])
    for stock in pm.STOCKS:
        path = tmp_path / f"{stock}.pdf"
        pm.build_badges(data, stock, path)
        text = _text(path)
        assert "…" not in text, (stock, text)
        for word in ("Maximiliana", "Featherstonehaugh", "Human", "Rights"):
            assert word in text, (stock, word)
    tents = tmp_path / "tents.pdf"
    pm.build_tents(data, "letter", tents)
    text = _text(tents)
    assert "…" not in text and text.count("Featherstonehaugh") == 2


def test_a6_alignment_title_stays_clear_of_the_cut_lines(tmp_path: Path) -> None:
    path = tmp_path / "align.pdf"
    pm.build_alignment_test("a6", path)
    page = PdfReader(path).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    runs: list[tuple[float, float, str, float, bool]] = []

    def visit(t: str, cm: list, tm: list, font: dict, size: float) -> None:
        if t.strip():
            runs.append((tm[4] + cm[4], tm[5] + cm[5], t.strip(), size * (tm[0] or 1),
                         "Bold" in str(font.get("/BaseFont", ""))))

    page.extract_text(visitor_text=visit)
    assert any(t.startswith("Alignment test") for _x, _y, t, _s, _b in runs)
    for x, y, t, size, bold in runs:
        right = x + fonts.string_width(t, size, bold=bold)
        assert right <= width / 2 - 4 or x >= width / 2 + 4, t  # not across the middle cut
        assert abs(y - height / 2) > 6, t


def test_badge_stock_keys_match_the_plain_list_the_command_line_offers() -> None:
    from cohortdesk.documents.packet_data import BADGE_STOCKS

    assert tuple(pm.STOCKS) == BADGE_STOCKS
