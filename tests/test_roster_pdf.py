"""The roster PDF: words stay whole, no row is left alone on the last page, "Page X of Y"."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from cohortdesk.documents.roster_pdf import layout
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.services import cohorts, people, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_an_internal_roster_keeps_short_values_whole(example_store: Store, tmp_path: Path) -> None:
    for n, fields in enumerate((None, tuple(f.key for f in roster.available_fields(
            session=True, audience="internal")))):
        request = RosterRequest(session_id=1, audience="internal", fields=fields)
        path = roster.export_roster(example_store, request, "pdf", tmp_path / f"r{n}.pdf")
        words = set(" ".join(_pages(path)).split())
        for whole in ("Active", "Registered", "Present", "Registration", "Attendance"):
            assert whole in words, (fields, whole)
        for piece in ("Activ", "Registrati", "Registere", "Attendanc", "Presen"):
            assert piece not in words, (fields, piece)
        table = roster.build_roster(example_store, request)
        page, _size, widths = layout(table)
        assert sum(widths) <= page[0] - 72 + 0.01


def test_twenty_one_columns_go_on_a_wider_page_not_split_words(
    example_store: Store, tmp_path: Path
) -> None:
    fields = tuple(f.key for f in roster.available_fields(session=True, audience="internal"))
    request = RosterRequest(session_id=1, audience="internal", fields=fields)
    path = roster.export_roster(example_store, request, "pdf", tmp_path / "wide.pdf")
    width = float(PdfReader(path).pages[0].mediabox.width)
    assert width > 11 * 72  # legal or tabloid, landscape
    words = set(" ".join(_pages(path)).split())
    assert "renata.alvarez@example.org" in words


def _cohort(store: Store, size: int) -> int:
    cid = cohorts.create_cohort(store, CohortData(name=f"Cohort of {size}"))
    for i in range(size):
        pid = people.create_person(store, PersonData(given_name=f"Member{i:03d}",
                                                     family_name="Tester"))
        cohorts.add_member(store, cid, MembershipData(person_id=pid))
    return cid


def _rows_per_page(path: Path) -> list[int]:
    return [len(re.findall(r"Member\d{3}", text)) for text in _pages(path)]


def test_no_page_holds_a_single_last_row(store: Store, tmp_path: Path) -> None:
    big = roster.export_roster(store, RosterRequest(cohort_id=_cohort(store, 120)), "pdf",
                               tmp_path / "big.pdf")
    first_page = _rows_per_page(big)[0]
    # One more person than the first page holds: the last page would hold just one row.
    size = first_page + 1
    path = roster.export_roster(store, RosterRequest(cohort_id=_cohort(store, size)), "pdf",
                                tmp_path / "orphan.pdf")
    counts = _rows_per_page(path)
    assert sum(counts) == size and len(counts) == 2
    assert counts == [first_page - 1, 2]


def test_every_page_says_page_x_of_y(store: Store, tmp_path: Path) -> None:
    path = roster.export_roster(store, RosterRequest(cohort_id=_cohort(store, 120)), "pdf",
                                tmp_path / "r.pdf")
    pages = _pages(path)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_a_bio_longer_than_a_page_runs_over_instead_of_failing(
    store: Store, tmp_path: Path
) -> None:
    cid = _cohort(store, 2)
    pid = people.create_person(store, PersonData(given_name="Sam", family_name="Whitfield",
                                                 bio="Sam writes long bios. " * 170))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    request = RosterRequest(cohort_id=cid, fields=("name", "title", "organization", "bio"))
    path = roster.export_roster(store, request, "pdf", tmp_path / "long.pdf")
    text = " ".join(_pages(path))
    assert text.count("Sam writes long bios.") >= 100
    assert len(_pages(path)) >= 2
