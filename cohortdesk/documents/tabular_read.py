"""Read a spreadsheet the way people send them: CSV in whatever encoding and delimiter, or XLSX.

The result is plain text cells with the row and line they came from, so an import can say
"row 9 (line 11)" and the user can find it in their own spreadsheet program.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cohortdesk.domain.errors import CohortDeskError

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
# Enough to be sure of the delimiter, small enough to be instant on a 5,000-row file.
_SNIFF_RECORDS = 50


@dataclass(frozen=True)
class SourceRow:
    """One record. `row` counts data records from 1 (as a spreadsheet user sees them below
    the header); `line` is the physical line in the file where it starts."""

    row: int
    line: int
    cells: tuple[str, ...]

    @property
    def is_blank(self) -> bool:
        return not any(c.strip() for c in self.cells)


@dataclass(frozen=True)
class SourceTable:
    name: str
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    encoding: str = ""
    delimiter: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_csv(self) -> bool:
        return bool(self.delimiter)

    @property
    def description(self) -> str:
        if not self.delimiter:
            return "Excel workbook"
        delimiter = _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))
        return f"{self.encoding}, {delimiter}-separated"


def read_table(path: str | Path) -> SourceTable:
    """Read a .csv/.txt/.tsv or .xlsx file. Raises CohortDeskError with a readable reason."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CohortDeskError(f"Cannot read {path.name}: {exc.strerror or exc}") from exc
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(path)
    return read_csv_bytes(data, name=path.name)


# -- CSV -------------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252, which is what Excel on Windows writes for "CSV"."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; map them through Latin-1 rather than failing.
    text = "".join(
        chunk.decode("cp1252") if i % 2 == 0 else chunk.decode("latin-1")
        for i, chunk in enumerate(_split_undefined_cp1252(data))
    )
    return text, "Windows-1252"


def _split_undefined_cp1252(data: bytes) -> list[bytes]:
    """Alternate runs: [defined, undefined, defined, ...] so each decodes without error."""
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    runs: list[bytes] = []
    start = 0
    state = False
    for i, b in enumerate(data):
        if (b in undefined) != state:
            runs.append(data[start:i])
            start, state = i, not state
    runs.append(data[start:])
    return runs


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most, most consistent columns."""
    best, best_score = ",", (-1, -1)
    for delim in DELIMITERS:
        records = []
        reader = csv.reader(io.StringIO(text), delimiter=delim)
        try:
            for record in reader:
                if any(c.strip() for c in record):
                    records.append(len(record))
                if len(records) >= _SNIFF_RECORDS:
                    break
        except csv.Error:
            continue
        if not records:
            continue
        # The most common width, not the first record's: a title line above the headers
        # ("CONFIDENTIAL: internal roster") is one cell wide whatever the delimiter.
        widths = Counter(n for n in records if n > 1)
        score = widths.most_common(1)[0][::-1] if widths else (0, records[0])
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv_bytes(data: bytes, *, name: str = "") -> SourceTable:
    text, encoding = decode(data)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    headers: tuple[str, ...] | None = None
    rows: list[SourceRow] = []
    start_line = 1
    number = 0
    try:
        for record in reader:
            if headers is None:
                if not any(c.strip() for c in record):
                    start_line = reader.line_num + 1
                    continue
                headers = tuple(c.strip() for c in record)
            else:
                number += 1
                rows.append(SourceRow(number, start_line, tuple(record)))
            start_line = reader.line_num + 1
    except csv.Error as exc:
        raise CohortDeskError(f"{name or 'The file'} is not a readable CSV file: {exc}") from exc
    if headers is None:
        raise CohortDeskError(f"{name or 'The file'} is empty.")
    headers, rows, notes = _skip_title_lines(headers, rows)
    return SourceTable(name, headers, tuple(rows), encoding, delimiter, notes)


_MAX_TITLE_LINES = 3


def _filled(cells: tuple[str, ...]) -> int:
    return sum(1 for c in cells if c.strip())


def _skip_title_lines(
    headers: tuple[str, ...], rows: list[SourceRow]
) -> tuple[tuple[str, ...], list[SourceRow], tuple[str, ...]]:
    """Drop title lines above the real headers: a line with one filled cell followed by a
    line with several (our own internal roster starts "CONFIDENTIAL: internal roster. ...";
    many hand-made spreadsheets start with a title). The rows below are renumbered, the lines
    keep their place in the file."""
    skipped: list[str] = []
    while len(skipped) < _MAX_TITLE_LINES and _filled(headers) == 1:
        following = next((r for r in rows if not r.is_blank), None)
        if following is None or _filled(following.cells) < 2:
            break
        skipped.append(next(c.strip() for c in headers if c.strip()))
        headers = tuple(c.strip() for c in following.cells)
        rows = [SourceRow(r.row - following.row, r.line, r.cells) for r in rows
                if r.row > following.row]
    if not skipped:
        return headers, rows, ()
    shown = "; ".join(f"“{t if len(t) <= 60 else t[:59] + '…'}”" for t in skipped)
    plural = "s" * (len(skipped) > 1)
    return headers, rows, (f"Skipped the title line{plural} above the headers: {shown}.",)


# -- XLSX ------------------------------------------------------------------------------------

def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def read_xlsx(path: Path) -> SourceTable:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise CohortDeskError(f"{path.name} is not a readable Excel workbook: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows: list[SourceRow] = []
        notes: list[str] = []
        if len(book.worksheets) > 1:
            notes.append(f"Only the first sheet, “{sheet.title}”, was read.")
        number = 0
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(cell_text(v) for v in values)
            if headers is None:
                if any(c.strip() for c in cells):
                    headers = tuple(c.strip() for c in cells)
                continue
            number += 1
            rows.append(SourceRow(number, line, cells))
    except Exception as exc:  # noqa: BLE001 - a damaged sheet fails in the XML parser, zip ...
        raise CohortDeskError(
            f"{path.name} cannot be read: part of the workbook is damaged or holds characters "
            f"a spreadsheet may not contain ({exc}). Open it in Excel or LibreOffice, save it "
            "again and retry.") from exc
    finally:
        book.close()
    if headers is None:
        raise CohortDeskError(f"{path.name} has no rows on its first sheet.")
    headers, rows, skipped = _skip_title_lines(headers, rows)
    notes.extend(skipped)
    # Read-only sheets pad every row to the widest one; drop columns with neither header nor data.
    while headers and not headers[-1] and not any(
        len(r.cells) >= len(headers) and r.cells[len(headers) - 1].strip() for r in rows
    ):
        headers = headers[:-1]
    return SourceTable(path.name, headers, tuple(rows), "", "", tuple(notes))
