"""Hostile and careless import files: bounded, structural errors reported by line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from cohortdesk.documents.tabular_read import read_csv_bytes, read_table
from cohortdesk.documents.zoom_report import read_report
from cohortdesk.domain.errors import CohortDeskError, ValidationError
from cohortdesk.domain.limits import MAX_IMPORT_ROWS
from cohortdesk.services import people, people_import
from cohortdesk.store import Store

HEADER = "Given name,Family name,Email\n"


def _csv(tmp_path: Path, text: str | bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_unterminated_quote_is_reported_and_swallows_no_row(store: Store, tmp_path: Path) -> None:
    rows = "".join(f"P{i},Person{i},p{i}@example.org\n" for i in range(999))
    path = _csv(tmp_path, HEADER + 'Ann,"Lee, unterminated\n' + rows)
    result = people_import.preview(store, read_table(path))
    refused = [r for r in result.rows if r.status == "refuse"]
    assert len(refused) == 1
    assert refused[0].line == 2
    assert "Line 2 opens a quote" in refused[0].errors[0].message
    assert result.count("add") == 999
    summary = people_import.apply(store, result)
    assert summary.added == 999 and len(summary.refused) == 1
    from sqlalchemy import func, select

    from cohortdesk.store.models import Person

    with store.read() as session:
        assert session.scalar(select(func.max(func.length(Person.family_name)))) < 40


def test_a_quote_closed_far_below_is_still_unterminated(tmp_path: Path) -> None:
    rows = "".join(f"P{i},Person{i},p{i}@example.org\n" for i in range(400))
    table = read_csv_bytes((HEADER + 'Ann,"Lee\n' + rows + 'Bo,"Closed"\n').encode(),
                           name="p.csv")
    errors = [r for r in table.rows if r.error]
    assert errors and errors[0].line == 2
    assert all(len(c) < 40 for r in table.rows for c in r.cells)


def test_a_legitimate_multi_line_cell_still_reads(tmp_path: Path) -> None:
    table = read_csv_bytes((HEADER + 'Ann,"Lee\nSmith",a@example.org\nBo,Chan,b@x.org\n')
                           .encode(), name="p.csv")
    assert [r.cells for r in table.rows] == [("Ann", "Lee\nSmith", "a@example.org"),
                                              ("Bo", "Chan", "b@x.org")]
    assert [r.line for r in table.rows] == [2, 4]


def test_runaway_field_count_is_an_error_with_its_line() -> None:
    table = read_csv_bytes((HEADER + "Ann,Lee,a@x.org\n" + ",x" * 60 + "\n").encode(),
                           name="p.csv")
    assert table.rows[1].error.startswith("line 3 has")


def test_nul_bytes_are_refused_with_line_numbers(store: Store) -> None:
    data = (HEADER + "Ann,Lee,a@x.org\n").encode() + b"\0\0\0,\0\0,\0\n" + b"Bo,Chan,b@x.org\n"
    table = read_csv_bytes(data, name="p.csv")
    assert "line 3 holds NUL" in table.rows[1].error
    result = people_import.preview(store, table)
    assert [r.status for r in result.rows] == ["add", "refuse", "add"]


def test_a_binary_file_is_not_text() -> None:
    with pytest.raises(CohortDeskError, match="not a text file.*NUL bytes on lines 1, 2"):
        read_csv_bytes("Given,Family\nAnn,Lee\n".encode("utf-16-le"), name="p.csv")


def test_invisible_names_are_refused(store: Store) -> None:
    table = read_csv_bytes((HEADER + "\u200b,\u200e,a@x.org\n").encode(), name="p.csv")
    row = people_import.preview(store, table).rows[0]
    assert row.status == "refuse" and "invisible" in row.errors[0].message


def test_mixed_encodings_are_named() -> None:
    data = HEADER.encode() + "Zoë,Ünal,z@x.org\n".encode() + "René,Côté,r@x.org\n".encode(
        "cp1252")
    table = read_csv_bytes(data, name="p.csv")
    assert [r.cells[0] for r in table.rows] == ["Zoë", "René"]
    assert any("line 3 was read as Windows-1252" in n for n in table.notes)


def test_cell_longer_than_the_limit_refuses_its_row(store: Store) -> None:
    table = read_csv_bytes((HEADER + "Ann," + "L" * 20_000 + ",a@x.org\n").encode(),
                           name="p.csv")
    assert "20,000 characters" in table.rows[0].error
    long_name = read_csv_bytes((HEADER + "Ann," + "L" * 300 + ",a@x.org\n").encode(),
                               name="p.csv")
    row = people_import.preview(store, long_name).rows[0]
    assert row.status == "refuse" and "at most 200" in row.errors[0].message


def test_row_limit_refuses_early(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(MAX_IMPORT_ROWS + 5):
            fh.write(f"A{i},B,\n")
    with pytest.raises(CohortDeskError, match="more than 100,000 rows"):
        read_table(path)


def test_a_folder_is_not_an_import_file(tmp_path: Path) -> None:
    with pytest.raises(CohortDeskError):
        read_table(tmp_path)


def _bomb(path: Path, part_bytes: int) -> Path:
    """An XLSX whose sheet unpacks to `part_bytes` of repetitive XML (a few hundred KB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1"/></sheets>'
                   "</workbook>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            row = b'<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>'
            chunk = row * (1 << 14)
            written = 0
            while written < part_bytes:
                sheet.write(chunk)
                written += len(chunk)
    return path


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "bomb.xlsx", 300 * 1024 * 1024)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(CohortDeskError, match="over the limit of 200 MB") as info:
        read_table(path)
    assert "sheet1.xml" in str(info.value)


def test_highly_compressed_part_is_refused(tmp_path: Path) -> None:
    path = _bomb(tmp_path / "ratio.xlsx", 40 * 1024 * 1024)
    with pytest.raises(CohortDeskError, match="compressed .* to 1, over the limit"):
        read_table(path)


def test_one_huge_cell_in_a_workbook_refuses_its_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Given name", "Family name", "Email"])
    sheet.append(["Ann", "x" * 30_000, "a@x.org"])
    sheet.append(["Bo", "Chan", "b@x.org"])
    book.save(tmp_path / "p.xlsx")
    table = read_table(tmp_path / "p.xlsx")
    assert "30,000 characters" in table.rows[0].error
    assert table.rows[1].cells == ("Bo", "Chan", "b@x.org")


def test_zoom_report_with_one_nul_is_not_utf16(tmp_path: Path) -> None:
    text = ("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
            "Ann Lee,ann@x.org,01/05/2026 09:00:00 AM,01/05/2026 10:00:00 AM,60,No\n"
            "Bo Chan,bo@x.org,01/05/2026 09:00:00 AM,01/05/2026 10:00:00 AM,55,No\n")
    data = bytearray(text.encode())
    data[data.index(b"Bo") + 1] = 0
    path = tmp_path / "zoom.csv"
    path.write_bytes(bytes(data))
    report = read_report(path)
    assert [line.name for line in report.lines] == ["Ann Lee"]
    assert any("Line 3" in p and "NUL" in p for p in report.problems)


def test_zoom_report_unterminated_quote(tmp_path: Path) -> None:
    text = ("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
            '"Ann Lee,ann@x.org,01/05/2026 09:00:00 AM,01/05/2026 10:00:00 AM,60,No\n'
            "Bo Chan,bo@x.org,01/05/2026 09:00:00 AM,01/05/2026 10:00:00 AM,55,No\n")
    path = tmp_path / "zoom.csv"
    path.write_text(text, encoding="utf-8")
    report = read_report(path)
    assert [line.name for line in report.lines] == ["Bo Chan"]
    assert any("Line 2" in p and "quote" in p for p in report.problems)


def test_form_refuses_invisible_and_overlong_names(store: Store) -> None:
    from cohortdesk.domain.records import PersonData

    with pytest.raises(ValidationError, match="invisible"):
        people.create_person(store, PersonData(given_name="\u200b\u200b"))
    with pytest.raises(ValidationError, match="most it may hold is 200"):
        people.create_person(store, PersonData(given_name="x" * 201))


def test_unreadable_stream_bytes_are_plain(tmp_path: Path) -> None:
    assert read_csv_bytes(io.BytesIO(b"a,b\n").getvalue(), name="x.csv").headers == ("a", "b")
