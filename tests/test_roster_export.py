"""Roster export: consent in every format, formula injection, CSV/XLSX/PDF details."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from cohortdesk.documents.formula_guard import guard, unguard
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.services import cohorts, people, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

SHARER = PersonData(given_name="Zoë", family_name="O'Brien", email="zoe.obrien@example.org",
                    phone="+1 703 555 0110", consent_share_contact=True,
                    access_needs="Large-print materials", dietary_needs="Gluten-free",
                    internal_notes="Prefers morning sessions")
PRIVATE = PersonData(given_name="Daniel", family_name="Okafor", email="daniel.okafor@example.org",
                     phone="+1-253-555-0177", consent_share_contact=False,
                     title="=HYPERLINK(\"http://example.invalid\",\"click\")",
                     bio="@SUM(1+1) signs every sheet", dietary_needs="Vegan")


@pytest.fixture
def cohort(store: Store) -> int:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural Cohort",
                                                  start_date=dt.date(2025, 10, 1)))
    for data in (SHARER, PRIVATE):
        pid = people.create_person(store, data)
        cohorts.add_member(store, cid, MembershipData(person_id=pid,
                                                      started_on=dt.date(2025, 10, 1)))
    return cid


def _export(store: Store, tmp_path: Path, fmt: roster.Format, **kw: object) -> Path:
    request = RosterRequest(**kw)  # type: ignore[arg-type]
    path = tmp_path / roster.default_file_name(store, request, fmt)
    return roster.export_roster(store, request, fmt, path)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        records = list(csv.reader(fh))
    if records[0][0].startswith("CONFIDENTIAL"):  # the internal roster's first line
        records = records[1:]
    return [dict(zip(records[0], r, strict=True)) for r in records[1:]]


def _xlsx_rows(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_participants_roster_honours_consent(
    store: Store, cohort: int, tmp_path: Path, fmt: roster.Format
) -> None:
    path = _export(store, tmp_path, fmt, cohort_id=cohort)
    assert "CONFIDENTIAL" not in path.name
    if fmt == "pdf":
        text = "".join(p.extract_text() for p in PdfReader(path).pages)
        assert "zoe.obrien@example.org" in text and "+1 703 555 0110" in text
        assert "daniel.okafor" not in text and "253-555" not in text
        assert "Gluten" not in text and "Vegan" not in text and "CONFIDENTIAL" not in text
        return
    if fmt == "csv":
        assert path.read_text(encoding="utf-8-sig").startswith("Name,")
    rows = _csv_rows(path) if fmt == "csv" else _xlsx_rows(path)
    by_name = {r["Name"]: r for r in rows}
    assert by_name["Zoë O'Brien"]["Email"] == "zoe.obrien@example.org"
    assert by_name["Daniel Okafor"]["Email"] in ("", None)
    assert by_name["Daniel Okafor"]["Phone"] in ("", None)
    assert "Access needs" not in rows[0] and "Dietary needs" not in rows[0]
    assert "Internal notes" not in rows[0]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_internal_roster_has_everything_and_says_confidential(
    store: Store, cohort: int, tmp_path: Path, fmt: roster.Format
) -> None:
    path = _export(store, tmp_path, fmt, cohort_id=cohort, audience="internal")
    assert path.name == f"Inaugural Cohort - roster - CONFIDENTIAL internal.{fmt}"
    if fmt == "pdf":
        reader = PdfReader(path)
        text = " ".join(reader.pages[0].extract_text().split())
        assert "CONFIDENTIAL" in text
        assert "daniel.okafor@example.org" in text and "Prefers morning sessions" in text
        return
    if fmt == "csv":
        first = path.read_text(encoding="utf-8-sig").splitlines()[0]
        assert first == ('"CONFIDENTIAL: internal roster. Contains contact details, access and '
                         'dietary needs and staff notes. Do not forward."')
    rows = _csv_rows(path) if fmt == "csv" else _xlsx_rows(path)
    daniel = next(r for r in rows if r["Name"] == "Daniel Okafor")
    assert daniel["Email"] == "daniel.okafor@example.org"
    assert daniel["Dietary needs"] == "Vegan"
    assert daniel["Shares contact"] == "No"
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path)
        assert "confidential" in book.worksheets[0].title.lower()
        assert "CONFIDENTIAL" in book.worksheets[0].oddHeader.left.text
        assert "Confidential" in (book.properties.category or "")


def test_participants_cannot_ask_for_internal_fields(store: Store, cohort: int) -> None:
    with pytest.raises(ValidationError) as info:
        roster.build_roster(store, RosterRequest(cohort_id=cohort, fields=("name",
                                                                            "dietary_needs")))
    assert info.value.field == "fields"


def test_csv_is_utf8_bom_rfc4180_and_guards_formulas(
    store: Store, cohort: int, tmp_path: Path
) -> None:
    pid = people.find_by_email(store, "zoe.obrien@example.org") or 0
    people.update_person(store, pid, PersonData(
        given_name="Zoë", family_name="O'Brien", email="zoe.obrien@example.org",
        phone="+1 703 555 0110", consent_share_contact=True,
        bio='Says "hello",\nthen leaves.'))
    path = _export(store, tmp_path, "csv", cohort_id=cohort, audience="internal",
                   fields=("name", "title", "phone", "bio"))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and raw.endswith(b"\r\n")
    assert b'"Says ""hello"",\nthen leaves."' in raw
    text = raw.decode("utf-8-sig")
    assert "'+1 703 555 0110" in text
    assert "'=HYPERLINK(" in text
    assert "'@SUM(1+1)" in text
    for row in csv.reader(text.splitlines(keepends=True)):
        for cell in row:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@"))


def test_xlsx_keeps_formula_text_as_text_cells(store: Store, cohort: int, tmp_path: Path) -> None:
    path = _export(store, tmp_path, "xlsx", cohort_id=cohort, audience="internal",
                   fields=("name", "title", "phone", "bio", "member_since"))
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    values = {ws.cell(r, 1).value: [ws.cell(r, c) for c in range(1, 6)] for r in (2, 3)}
    daniel = values["Daniel Okafor"]
    assert daniel[1].value == '=HYPERLINK("http://example.invalid","click")'
    assert daniel[1].data_type == "s"
    assert daniel[2].value == "+1-253-555-0177"
    assert daniel[3].value == "@SUM(1+1) signs every sheet"
    assert daniel[4].is_date and daniel[4].value == dt.datetime(2025, 10, 1)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:E3"
    assert ws.cell(1, 1).font.b is True
    assert ws.column_dimensions["A"].width >= len("Daniel Okafor")
    assert book.properties.title == "Inaugural Cohort: roster"


def test_pdf_repeats_the_header_row_on_every_page(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Big Cohort"))
    for i in range(90):
        pid = people.create_person(store, PersonData(given_name=f"Member{i:02d}",
                                                     family_name="Tester"))
        cohorts.add_member(store, cid, MembershipData(person_id=pid))
    path = _export(store, tmp_path, "pdf", cohort_id=cid)
    pages = PdfReader(path).pages
    assert len(pages) >= 2
    for page in pages:
        text = page.extract_text()
        assert "Name" in text and "Organization" in text and "Jurisdiction" in text


def test_filters_and_sort(store: Store, cohort: int) -> None:
    table = roster.build_roster(store, RosterRequest(cohort_id=cohort, sort=("-name",)))
    assert [r[0] for r in table.rows] == ["Daniel Okafor", "Zoë O'Brien"]
    none = roster.build_roster(store, RosterRequest(cohort_id=cohort, roles=frozenset({"coach"})))
    assert none.rows == []


def test_guard_round_trips_and_keeps_phones_readable() -> None:
    assert guard("+1 703 555 0110") == "'+1 703 555 0110"
    assert guard("  =1+1") == "'  =1+1"
    assert guard("\t=cmd") == "'\t=cmd"
    assert guard("O'Brien") == "O'Brien"
    for value in ("'=x", "''=x", "'abc", "' =x", "=x", "plain"):
        assert unguard(guard(value)) == value


def test_csv_dates_and_guards_in_any_column(store: Store, cohort: int, tmp_path: Path) -> None:
    path = _export(store, tmp_path, "csv", cohort_id=cohort, audience="internal",
                   fields=("member_since", "name", "bio", "title"))
    rows = _csv_rows(path)
    daniel = next(r for r in rows if r["Name"] == "Daniel Okafor")
    assert daniel["Member since"] == "2025-10-01"
    assert daniel["Bio"] == "'@SUM(1+1) signs every sheet"
    assert daniel["Title"].startswith("'=HYPERLINK(")
    zoe = next(r for r in rows if r["Name"] == "Zoë O'Brien")
    assert zoe["Title"] == "" and zoe["Bio"] == ""
