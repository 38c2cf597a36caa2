"""Read a spreadsheet the way people send them: CSV in whatever encoding and delimiter, or XLSX.

The result is plain text cells with the row and line they came from, so an import can say
"row 9 (line 11)" and the user can find it in their own spreadsheet program.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import math
import os
import re
import stat
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.domain.limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_IMPORT_CHARS,
    MAX_IMPORT_ROWS,
    MAX_LINE_BYTES,
    MAX_XLSX_PART_BYTES,
    MAX_XLSX_RATIO,
    MAX_XLSX_SHARED_STRINGS_BYTES,
    MAX_XLSX_TOTAL_BYTES,
)

DELIMITERS = (",", ";", "\t")
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
# Enough to be sure of the delimiter, small enough to be instant on a 5,000-row file.
_SNIFF_RECORDS = 50


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record. `row` counts data records from 1 (as a spreadsheet user sees them below
    the header); `line` is the physical line in the file where it starts."""

    row: int
    line: int
    cells: tuple[str, ...]
    # Why the record cannot be a row (an unterminated quote, NUL bytes, a cell too long):
    # the import refuses it and shows this, naming the line.
    error: str = ""

    @property
    def is_blank(self) -> bool:
        return not self.error and not any(c.strip() for c in self.cells)


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
    """Read a .csv/.txt/.tsv or .xlsx file. Raises CohortDeskError with a readable reason.

    Reading is bounded whatever the file holds: at most MAX_IMPORT_ROWS rows, MAX_COLUMNS
    columns and MAX_CELL_CHARS characters a cell (a longer cell refuses its row), and a
    workbook's parts are measured before anything unpacks them."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise CohortDeskError(f"{path.name} is not a file.")
            if handle.read(4) == b"PK\x03\x04":
                handle.close()
                return read_xlsx(path)
            handle.seek(0)
            return read_csv_stream(handle, name=path.name)
    except OSError as exc:
        raise CohortDeskError(f"Cannot read {path.name}: {exc.strerror or exc}") from exc


# -- CSV -------------------------------------------------------------------------------------

_UNDEFINED_CP1252 = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})


def decode_cp1252(data: bytes) -> str:
    """Windows-1252, with its five undefined bytes mapped through Latin-1 rather than failing."""
    if not _UNDEFINED_CP1252.intersection(data):
        return data.decode("cp1252")
    return "".join(chunk.decode("cp1252") if i % 2 == 0 else chunk.decode("latin-1")
                   for i, chunk in enumerate(_split_undefined_cp1252(data)))


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). UTF-8 (with or without BOM), UTF-16 with BOM, else
    Windows-1252, which is what Excel on Windows writes for "CSV"."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    return decode_cp1252(data), "Windows-1252"


def _split_undefined_cp1252(data: bytes) -> list[bytes]:
    """Alternate runs: [defined, undefined, defined, ...] so each decodes without error."""
    runs: list[bytes] = []
    start = 0
    state = False
    for i, b in enumerate(data):
        if (b in _UNDEFINED_CP1252) != state:
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
        count, width = widths.most_common(1)[0][::-1] if widths else (0, records[0])
        # The cells the commonest width explains, not how many records have it: a quoted value
        # spanning two lines is one record to the right delimiter but two to a wrong one (a
        # roster whose bios hold ";" and a line break once read as ";"-separated).
        score = (count * width, count)
        if score > best_score:
            best, best_score = delim, score
    return best


@dataclass
class _Line:
    number: int
    text: str
    problem: str = ""  # a line that cannot be read: it holds NULs, or is far too long


_LONE_CR = re.compile(rb"(?<=\r)(?!\n)")


class _Lines:
    """The physical lines of a CSV file, decoded one by one, never more than one in memory.

    Each line is UTF-8 when it decodes as UTF-8, else Windows-1252: a file pasted together
    from two sources reads right on every line, and the lines read as Windows-1252 are
    remembered so that the import can name them."""

    def __init__(self, handle: IO[bytes], name: str) -> None:
        self.name = name
        head = handle.read(4)
        self.utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
        self.bom = head.startswith(b"\xef\xbb\xbf")
        handle.seek(3 if self.bom else 0)
        self._text: IO[str] | None = None
        self._raw = handle
        if self.utf16:
            self._text = io.TextIOWrapper(handle, encoding="utf-16", errors="replace",
                                          newline="")
        self.number = 0
        self.utf8_lines = 0  # lines with non-ASCII text that decoded as UTF-8
        self.cp1252_lines: list[int] = []
        self.nul_lines: list[int] = []
        self.long_lines: list[int] = []

    @property
    def encoding(self) -> str:
        if self.utf16:
            return "UTF-16"
        if self.cp1252_lines and not self.utf8_lines:
            return "Windows-1252"
        if self.cp1252_lines:
            return "UTF-8 and Windows-1252"
        return "UTF-8 with BOM" if self.bom else "UTF-8"

    def __iter__(self) -> Iterator[_Line]:
        for raw in self._pieces():
            self.number += 1
            if isinstance(raw, tuple):  # (text so far, too long)
                self.long_lines.append(self.number)
                yield _Line(self.number, "\n", f"line {self.number} is longer than "
                                                f"{MAX_LINE_BYTES // (1024 * 1024)} MB")
                continue
            if isinstance(raw, bytes):
                if b"\0" in raw:
                    self.nul_lines.append(self.number)
                    yield _Line(self.number, "\n", f"line {self.number} holds NUL bytes, "
                                                    "which text never contains")
                    continue
                try:
                    text = raw.decode("utf-8")
                    if not raw.isascii():
                        self.utf8_lines += 1
                except UnicodeDecodeError:
                    text = decode_cp1252(raw)
                    self.cp1252_lines.append(self.number)
            else:
                text = raw
                if "\0" in text:
                    self.nul_lines.append(self.number)
                    yield _Line(self.number, "\n", f"line {self.number} holds NUL characters, "
                                                    "which text never contains")
                    continue
            yield _Line(self.number, text)

    def _pieces(self) -> Iterator[bytes | str | tuple[str, bool]]:
        if self._text is not None:
            while True:
                line = self._text.readline(MAX_LINE_BYTES // 2)
                if not line:
                    return
                if len(line) >= MAX_LINE_BYTES // 2 and not line.endswith(("\n", "\r")):
                    while True:
                        more = self._text.readline(MAX_LINE_BYTES // 2)
                        if not more or more.endswith(("\n", "\r")):
                            break
                    yield ("", True)
                    continue
                yield line
        while True:
            chunk: bytes = self._raw.readline(MAX_LINE_BYTES)
            if not chunk:
                return
            if len(chunk) >= MAX_LINE_BYTES and not chunk.endswith(b"\n"):
                while True:
                    rest: bytes = self._raw.readline(MAX_LINE_BYTES)
                    if not rest or rest.endswith(b"\n"):
                        break
                yield ("", True)
                continue
            if b"\r" in chunk.rstrip(b"\r\n"):
                yield from (part for part in _LONE_CR.split(chunk) if part)
            else:
                yield chunk


@dataclass(frozen=True)
class _Record:
    line: int
    cells: tuple[str, ...]
    error: str = ""


# A quoted cell still open after this many lines is an unterminated quote, not a long cell.
_MAX_QUOTED_LINES = 200


def _records(lines: Iterator[_Line], delimiter: str) -> Iterator[_Record]:
    """Records built from physical lines. A quote that is never closed (by the end of the
    file, within MAX_CELL_CHARS characters or _MAX_QUOTED_LINES lines) is reported on the line
    that opened it, and reading starts again on the next line: no row swallows another."""
    queue: deque[_Line] = deque()
    source = iter(lines)
    pending: list[_Line] = []
    size = 0

    def next_line() -> _Line | None:
        if queue:
            return queue.popleft()
        return next(source, None)

    while True:
        line = next_line()
        if line is None:
            if not pending:
                return
            # The end of the file inside a quoted cell.
            first = pending[0]
            yield _Record(first.number, (), f"line {first.number} opens a quote (\") that is "
                                            "never closed")
            queue.extend(pending[1:])
            pending, size = [], 0
            continue
        if line.problem:
            if pending:
                first = pending[0]
                yield _Record(first.number, (), f"line {first.number} opens a quote (\") that "
                                                "is never closed")
                queue.extendleft(reversed([*pending[1:], line]))
                pending, size = [], 0
                continue
            yield _Record(line.number, (), line.problem)
            continue
        pending.append(line)
        size += len(line.text)
        try:
            record = next(csv.reader([p.text for p in pending], delimiter=delimiter,
                                     strict=True), [])
        except csv.Error as exc:
            if "unexpected end of data" not in str(exc):
                try:
                    record = next(csv.reader([p.text for p in pending], delimiter=delimiter),
                                  [])
                except csv.Error as again:
                    first = pending[0]
                    yield _Record(first.number, (), f"line {first.number} cannot be read as "
                                                    f"CSV ({again})")
                    pending, size = [], 0
                    continue
            elif len(pending) > _MAX_QUOTED_LINES or size > MAX_CELL_CHARS * 2:
                first = pending[0]
                yield _Record(first.number, (), f"line {first.number} opens a quote (\") "
                                                "that is never closed")
                queue.extendleft(reversed(pending[1:]))
                pending, size = [], 0
                continue
            else:
                continue
        first = pending[0]
        pending, size = [], 0
        yield _Record(first.number, tuple(record))


def _trimmed_width(cells: tuple[str, ...]) -> int:
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _row_problem(cells: tuple[str, ...], headers: tuple[str, ...], line: int) -> str:
    """Why a record cannot be a row: too many fields, or a cell longer than any field."""
    width = _trimmed_width(cells)
    if width > MAX_COLUMNS:
        return (f"line {line} has {width:,} fields; CohortDesk reads at most {MAX_COLUMNS} "
                "columns (a quote or delimiter may be out of place)")
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            column = headers[index] if index < len(headers) and headers[index] else \
                f"column {index + 1}"
            return (f"{column} on line {line} holds {len(cell):,} characters; a cell may hold "
                    f"at most {MAX_CELL_CHARS:,}")
    return ""


def _runaway(row: SourceRow, width: int) -> SourceRow:
    """A row with far more fields than the header: a quote or delimiter out of place."""
    found = _trimmed_width(row.cells)
    if found <= width + max(10, width):
        return row
    return SourceRow(row.row, row.line, (), f"line {row.line} has {found:,} fields where the "
                                            f"header has {width} (a quote or delimiter may be "
                                            "out of place)")


class _Budget:
    """Counts rows and characters, and refuses a file past the import limits."""

    def __init__(self, name: str) -> None:
        self.name = name or "The file"
        self.rows = 0
        self.chars = 0

    def add(self, cells: tuple[str, ...]) -> None:
        self.rows += 1
        if self.rows > MAX_IMPORT_ROWS:
            raise CohortDeskError(
                f"{self.name} has more than {MAX_IMPORT_ROWS:,} rows; CohortDesk imports at "
                f"most {MAX_IMPORT_ROWS:,} people at a time. Split the file and import each part.")
        self.chars += sum(map(len, cells))
        if self.chars > MAX_IMPORT_CHARS:
            raise CohortDeskError(
                f"{self.name} holds more than {MAX_IMPORT_CHARS // 1_000_000} million characters "
                "of text, more than an import of people can hold. Split the file, or remove "
                "columns you do not import.")


def csv_records(handle: IO[bytes], name: str = "", delimiter: str = ","
                ) -> Iterator[tuple[int, tuple[str, ...], str]]:
    """(line, cells, problem) for each record of a CSV file, read one line at a time: a
    record that cannot be read (an unterminated quote, NUL bytes) has a problem and no cells."""
    lines = _Lines(handle, name)
    for record in _records(iter(lines), delimiter):
        problem = record.error or _row_problem(record.cells, (), record.line)
        yield record.line, (() if problem else record.cells), problem


def read_csv_bytes(data: bytes, *, name: str = "") -> SourceTable:
    return read_csv_stream(io.BytesIO(data), name=name)


_SNIFF_LINES = 200


def read_csv_stream(handle: IO[bytes], *, name: str = "") -> SourceTable:
    """Read CSV from a binary file, one line at a time (see read_table for the limits)."""
    lines = _Lines(handle, name)
    stream = iter(lines)
    first = list(itertools.islice(stream, _SNIFF_LINES))
    delimiter = sniff_delimiter("".join(line.text for line in first if not line.problem))
    headers: tuple[str, ...] | None = None
    rows: list[SourceRow] = []
    budget = _Budget(name)
    number = 0
    for record in _records(itertools.chain(first, stream), delimiter):
        if headers is None:
            if record.error:
                # Nothing can be read above the header: refuse the file.
                if lines.nul_lines:
                    _refuse_binary(lines, name, always=True)
                raise CohortDeskError(f"{name or 'The file'} cannot be read: {record.error}.")
            if not any(c.strip() for c in record.cells):
                continue
            width = _trimmed_width(record.cells)
            if width > MAX_COLUMNS:
                raise CohortDeskError(
                    f"{name or 'The file'} has {width:,} columns; CohortDesk reads at most "
                    f"{MAX_COLUMNS}.")
            headers = tuple(c.strip()[:MAX_CELL_CHARS] for c in record.cells[:width] or
                            record.cells)
            continue
        number += 1
        problem = record.error or _row_problem(record.cells, headers, record.line)
        cells = () if problem else record.cells
        budget.add(cells)
        rows.append(SourceRow(number, record.line, cells, problem))
    _refuse_binary(lines, name)
    if headers is None:
        raise CohortDeskError(f"{name or 'The file'} is empty.")
    headers, rows, notes = _skip_title_lines(headers, rows)
    rows = [_runaway(r, len(headers)) for r in rows]
    extra = list(notes)
    if lines.cp1252_lines and lines.utf8_lines:
        extra.append(f"The file mixes two encodings: {_lines(lines.cp1252_lines)} "
                     f"{'were' if len(lines.cp1252_lines) > 1 else 'was'} read as "
                     "Windows-1252, the rest as UTF-8. Check the accents in those rows.")
    return SourceTable(name, headers, tuple(rows), lines.encoding, delimiter, tuple(extra))


def _lines(numbers: list[int], shown: int = 10) -> str:
    listed = ", ".join(str(n) for n in numbers[:shown])
    more = f" and {len(numbers) - shown:,} more" if len(numbers) > shown else ""
    return f"line{'s' * (len(numbers) > 1)} {listed}{more}"


def _refuse_binary(lines: _Lines, name: str, *, always: bool = False) -> None:
    """A file where most lines hold NULs is not text (a binary file, or UTF-16 without its
    byte-order mark): refuse it whole, naming the lines."""
    if lines.nul_lines and (always or len(lines.nul_lines) * 2 > lines.number):
        raise CohortDeskError(
            f"{name or 'The file'} is not a text file: it holds NUL bytes on "
            f"{_lines(lines.nul_lines)}. Save it from your spreadsheet program as "
            "“CSV UTF-8” and try again.")


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


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
_M = "{" + _NS["m"] + "}"
_BUILTIN_DATE_FORMATS = frozenset({*range(14, 23), *range(45, 48), 27, 30, 36, 50, 57})


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def check_xlsx_parts(book: zipfile.ZipFile, name: str) -> None:
    """Refuse a workbook whose parts would unpack past the limits, before unpacking any.

    The sizes come from the ZIP directory; Python's zipfile never unpacks more than a part
    declares, so a lying directory cannot get past them either."""
    total = 0
    for info in book.infolist():
        total += info.file_size
        limit = (MAX_XLSX_SHARED_STRINGS_BYTES if info.filename.endswith("sharedStrings.xml")
                 else MAX_XLSX_PART_BYTES)
        if info.file_size > limit:
            raise CohortDeskError(
                f"{name} cannot be imported: its part {info.filename} would unpack to "
                f"{_mb(info.file_size)}, over the limit of {_mb(limit)} for one part of a "
                "workbook.")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_XLSX_RATIO * max(
                info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise CohortDeskError(
                f"{name} cannot be imported: its part {info.filename} is compressed "
                f"{ratio:,} to 1, over the limit of {MAX_XLSX_RATIO} to 1. A spreadsheet "
                "compresses far less; this file is made to exhaust memory (a zip bomb).")
    if total > MAX_XLSX_TOTAL_BYTES:
        raise CohortDeskError(
            f"{name} cannot be imported: it would unpack to {_mb(total)}, over the limit of "
            f"{_mb(MAX_XLSX_TOTAL_BYTES)} for a workbook.")


def _part(book: zipfile.ZipFile, name: str) -> str | None:
    names = set(book.namelist())
    name = name.lstrip("/")
    return name if name in names else None


def _first_sheet(book: zipfile.ZipFile) -> tuple[str, str, int]:
    """(sheet title, part name, number of sheets)."""
    root = ET.fromstring(book.read("xl/workbook.xml"))
    sheets = root.findall("m:sheets/m:sheet", _NS)
    if not sheets:
        raise ValueError("the workbook lists no sheets")
    first = sheets[0]
    rid = first.get("{" + _NS["r"] + "}id", "")
    target = "xl/worksheets/sheet1.xml"
    if _part(book, "xl/_rels/workbook.xml.rels"):
        rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        for rel in rels.findall("rel:Relationship", _NS):
            if rel.get("Id") == rid:
                found = rel.get("Target", "")
                target = found.lstrip("/") if found.startswith("/") else "xl/" + found
    return first.get("name", "Sheet1"), target, len(sheets)


def _date1904(book: zipfile.ZipFile) -> bool:
    root = ET.fromstring(book.read("xl/workbook.xml"))
    pr = root.find("m:workbookPr", _NS)
    return pr is not None and pr.get("date1904", "").lower() in ("1", "true")


def _date_styles(book: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles that show a number as a date or time."""
    from openpyxl.styles.numbers import is_date_format

    if not _part(book, "xl/styles.xml"):
        return set()
    root = ET.fromstring(book.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
              for f in root.findall("m:numFmts/m:numFmt", _NS)}
    dates: set[int] = set()
    for index, xf in enumerate(root.findall("m:cellXfs/m:xf", _NS)):
        fmt = int(xf.get("numFmtId", "0"))
        if fmt in _BUILTIN_DATE_FORMATS or (fmt in custom and is_date_format(custom[fmt])):
            dates.add(index)
    return dates


# Excel writes characters XML cannot hold (a carriage return, a vertical tab) as _xHHHH_, and
# a typed "_x0041_" as "_x005F_x0041_". A surrogate pair is one character written as two
# escapes; a lone surrogate or a NUL is no character at all, so it stays as written.
_OOXML_ESCAPE = re.compile("_x([Dd][89ABab][0-9A-Fa-f]{2})__x([Dd][C-Fc-f][0-9A-Fa-f]{2})_"
                           "|_x([0-9A-Fa-f]{4})_")


def _unescape_match(match: re.Match[str]) -> str:
    high, low, single = match.groups()
    if single is None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    code = int(single, 16)
    # A NUL is no text either (the CSV reader refuses it): kept as written, like a lone half.
    return match.group(0) if code == 0 or 0xD800 <= code <= 0xDFFF else chr(code)


def ooxml_unescape(text: str) -> str:
    """Text of a workbook's string as Excel shows it: "_x000D_" is a carriage return and
    "_x005F_x0041_" the literal "_x0041_" (one pass, so a decoded underscore starts nothing)."""
    return _OOXML_ESCAPE.sub(_unescape_match, text) if "_x" in text else text


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    part = _part(book, "xl/sharedStrings.xml")
    if part is None:
        return []
    strings: list[str] = []
    pieces: list[str] = []
    phonetic = False
    with book.open(part) as source:
        for event, element in ET.iterparse(source, events=("start", "end")):
            tag = element.tag
            if tag == _M + "si":
                if event == "start":
                    pieces, phonetic = [], False
                    continue
                strings.append("".join(pieces))
                element.clear()
            elif tag == _M + "rPh":
                # A phonetic guide (furigana) is a reading shown above the text, not part of
                # it; its <t> ends before the <rPh> does, so it is skipped while inside.
                phonetic = event == "start"
            elif event == "end" and tag == _M + "t" and not phonetic:
                pieces.append(ooxml_unescape(element.text or ""))
    return strings


def _column(ref: str) -> int:
    """1 for "A7", 27 for "AA3"; 0 when the reference is missing or odd."""
    number = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            number = number * 26 + ord(ch) - 64
        else:
            break
    return number


def _cell_value(kind: str, text: str, style: int, shared: list[str], dates: set[int],
                epoch: dt.datetime) -> object:
    if kind == "s":
        index = int(text)
        return shared[index] if 0 <= index < len(shared) else ""
    if kind == "str":  # a formula's text result, escaped as any other string
        return ooxml_unescape(text)
    if kind in ("inlineStr", "e"):  # inline text was unescaped run by run
        return text
    if kind == "b":
        return text.strip() in ("1", "true")
    if not text:
        return None
    number = float(text)
    if style in dates and math.isfinite(number) and -1 < number < 2_958_466:
        moment = epoch + dt.timedelta(days=number)
        moment = moment.replace(microsecond=0) + dt.timedelta(
            seconds=round(moment.microsecond / 1_000_000))
        return moment.date() if moment.time() == dt.time() else moment
    return number


def _sheet_rows(book: zipfile.ZipFile, part: str, shared: list[str], dates: set[int],
                epoch: dt.datetime, name: str) -> Iterator[tuple[int, tuple[str, ...], str]]:
    """(row number, cell texts, problem) for each row of the sheet, streamed: only one row's
    cells are in memory at a time, and a row or cell past the limits stops early."""
    cells: dict[int, str] = {}
    problem = ""
    row_number = 0
    next_column = 1
    value_text: str | None = None
    inline: list[str] = []
    phonetic = False  # inside an inline string's phonetic guide, which is not its text
    sheet_data: ET.Element | None = None
    row_element: ET.Element | None = None
    with book.open(part) as source:
        for event, element in ET.iterparse(source, events=("start", "end")):
            tag = element.tag
            if event == "start":
                if tag == _M + "row":
                    row_element = element
                    cells, problem, next_column = {}, "", 1
                    row_number = int(element.get("r") or row_number + 1)
                elif tag == _M + "sheetData":
                    sheet_data = element
                elif tag == _M + "c":
                    value_text, inline, phonetic = None, [], False
                elif tag == _M + "rPh":
                    phonetic = True
                continue
            if tag == _M + "v":
                value_text = element.text or ""
            elif tag == _M + "rPh":
                phonetic = False
            elif tag == _M + "t" and not phonetic:
                inline.append(ooxml_unescape(element.text or ""))
            elif tag == _M + "c":
                column = _column(element.get("r", "")) or next_column
                next_column = column + 1
                kind = element.get("t", "n")
                text = "".join(inline) if kind == "inlineStr" else (value_text or "")
                if row_element is not None:
                    row_element.clear()
                if column > MAX_COLUMNS:
                    if text.strip():
                        raise CohortDeskError(
                            f"{name} has values beyond column {MAX_COLUMNS} (row {row_number}); "
                            f"CohortDesk reads at most {MAX_COLUMNS} columns.")
                    continue
                try:
                    value = cell_text(_cell_value(kind, text, int(element.get("s", "0")),
                                                  shared, dates, epoch))
                except (ValueError, OverflowError):
                    value = text
                if len(value) > MAX_CELL_CHARS and not problem:
                    problem = (f"column {column} of row {row_number} holds {len(value):,} "
                               f"characters; a cell may hold at most {MAX_CELL_CHARS:,}")
                if not problem:
                    cells[column] = value
            elif tag == _M + "row":
                width = max(cells) if cells else 0
                yield row_number, tuple(cells.get(i, "") for i in range(1, width + 1)), problem
                if sheet_data is not None:
                    sheet_data.clear()
                row_element = None


def read_xlsx(path: Path) -> SourceTable:
    try:
        book = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise CohortDeskError(f"{path.name} is not a readable Excel workbook: "
                              f"{_plain(exc)}") from exc
    with book:
        check_xlsx_parts(book, path.name)
        try:
            title, part, count = _first_sheet(book)
            if _part(book, part) is None:
                raise ValueError(f"its first sheet ({part}) is missing")
            epoch = dt.datetime(1904, 1, 1) if _date1904(book) else dt.datetime(1899, 12, 30)
            shared = _shared_strings(book)
            dates = _date_styles(book)
        except CohortDeskError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged workbook fails in zip or XML
            raise CohortDeskError(f"{path.name} is not a readable Excel workbook: "
                                  f"{_plain(exc)}") from exc
        headers: tuple[str, ...] | None = None
        rows: list[SourceRow] = []
        notes: list[str] = []
        if count > 1:
            notes.append(f"Only the first sheet, “{title}”, was read.")
        budget = _Budget(path.name)
        number = 0
        last_line = 0
        try:
            for line, cells, problem in _sheet_rows(book, part, shared, dates, epoch,
                                                    path.name):
                if headers is None:
                    if problem:
                        raise CohortDeskError(f"{path.name} cannot be read: {problem}.")
                    if any(c.strip() for c in cells):
                        headers = tuple(c.strip() for c in cells)
                    last_line = line
                    continue
                for blank in range(last_line + 1, line):  # rows the sheet leaves out
                    number += 1
                    budget.add(())
                    rows.append(SourceRow(number, blank, ()))
                last_line = line
                number += 1
                budget.add(() if problem else cells)
                rows.append(SourceRow(number, line, () if problem else cells, problem))
        except CohortDeskError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged sheet fails in the XML parser, zip ...
            raise CohortDeskError(
                f"{path.name} cannot be read: part of the workbook is damaged or holds "
                f"characters a spreadsheet may not contain ({_plain(exc)}). Open it in Excel "
                "or LibreOffice, save it again and retry.") from exc
    del shared
    if headers is None:
        raise CohortDeskError(f"{path.name} has no rows on its first sheet.")
    headers, rows, skipped = _skip_title_lines(headers, rows)
    notes.extend(skipped)
    while headers and not headers[-1] and not any(
        len(r.cells) >= len(headers) and r.cells[len(headers) - 1].strip() for r in rows
    ):
        headers = headers[:-1]
    return SourceTable(path.name, headers, tuple(rows), "", "", tuple(notes))


def _plain(exc: BaseException) -> str:
    """An exception as words, never a bare class name."""
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    if isinstance(exc, UnicodeDecodeError):
        return "it holds bytes that are not text"
    if isinstance(exc, OverflowError):
        return "it holds a number too large to read"
    if isinstance(exc, MemoryError):
        return "it is too large to read"
    text = str(exc).strip()
    return text or "its contents are damaged"
