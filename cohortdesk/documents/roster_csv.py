"""Roster as CSV: UTF-8 with a byte-order mark (so Excel shows accents), quoted per RFC 4180
(CRLF line ends, fields with a comma, quote or line break in double quotes), and every
formula-like value guarded so that it stays text in Excel and LibreOffice.

A confidential table (the internal roster, the catering summary) starts with one line saying
so, above the headers: CSV has no pages or sheet names to carry the mark, and a file that is
forwarded must still say what it is. CohortDesk's own import skips that line.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any, cast

from cohortdesk.documents.atomic import atomic_open
from cohortdesk.documents.formula_guard import guard
from cohortdesk.documents.roster_table import Cell, Kind, RosterTable, cell_text
from cohortdesk.domain.progress import Progress

CONFIDENTIAL_LINE = "CONFIDENTIAL: internal roster."
PROGRESS_ROWS = 4096  # rows written between progress reports

# First characters that may need a guard; most cells start with a letter and skip the call.
RISKY_FIRST_CHARACTERS = frozenset("=+-@\t\r' \n\u00a0\u3000")
_RISKY = RISKY_FIRST_CHARACTERS
_FIRST = itemgetter(slice(0, 1))  # a text's first character ("" for "")


def write_rows_csv(
    path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]], *,
    kinds: Sequence[Kind] = (), title_line: str = "",
) -> Path:
    rows = list(rows)
    width = len(headers)
    if any(len(r) != width for r in rows):  # ragged: cell by cell
        return _write(path, headers, ([csv_cell(v) for v in row] for row in rows), title_line)
    columns: list[Sequence[Cell]] = list(zip(*rows, strict=True)) if rows else []
    return write_columns_csv(path, headers, columns, kinds=kinds, title_line=title_line)


def write_columns_csv(
    path: str | Path, headers: Sequence[str], columns: Sequence[Sequence[Cell]], *,
    kinds: Sequence[Kind] = (), title_line: str = "", progress: Progress | None = None,
) -> Path:
    """The same file as `write_rows_csv`, from the table's columns (all of one length),
    written a slice of rows at a time, never held as a list of rows. `progress` hears how many
    rows are written, every few thousand."""
    if not columns or not len(columns[0]):
        return _write(path, headers, (), title_line)
    if len(columns) != len(headers):
        raise ValueError(f"{len(columns)} columns for {len(headers)} headers")
    guarded, total, width = _guarded(columns, kinds), len(columns[0]), len(headers)
    with _csv_file(path, headers, title_line) as writer:
        # A slice of rows at a time, joined in C as the streamed roster's are (`plain_lines`).
        for start in range(0, total, PROGRESS_ROWS):
            part = [column[start:start + PROGRESS_ROWS] for column in guarded]
            lines = _column_lines(list(part), width)  # its own list: `part` stays unquoted
            if lines is None:
                writer.writerows(zip(*part, strict=True))
            else:
                writer.fh.write(lines)
            if progress is not None:
                progress(min(start + PROGRESS_ROWS, total), total, "Writing rows")
    return Path(path)


# Where each column of the file comes from, in a chunk of fetched rows: a fetched column's
# index (its cells taken as they are), or (index, texts): that column's cells are keys, and
# the file's cells are their texts (an organization's id gives its name and jurisdiction).
Layout = Sequence[int | tuple[int, Mapping[Any, str]]]


def write_chunks_csv(path: str | Path, headers: Sequence[str],
                     chunks: Iterable[Sequence[Sequence[Cell]]], *, title_line: str = "",
                     progress: Progress | None = None, total: int = 0,
                     layout: Layout | None = None) -> int:
    """Write rows that come in chunks (a database cursor's `fetchmany`), whose cells are CSV
    text already (guarded, dates written out, "" for blank); how many rows were written.
    `layout` says which fetched column makes each of the file's (the texts it looks up are
    guarded already); without one, the rows are the file's."""
    written = 0
    width = len(headers)
    shape = list(range(width)) if layout is None else list(layout)
    if len(shape) != width:
        raise ValueError(f"a layout of {len(shape)} columns for {len(headers)} headers")
    quoted = [spec if isinstance(spec, int) else
              (spec[0], dict(zip(spec[1], map(_quoted, spec[1].values()), strict=True)))
              for spec in shape]
    ready = {i for i, spec in enumerate(shape) if not isinstance(spec, int)}
    with _csv_file(path, headers, title_line) as writer:
        for chunk in chunks:
            if not chunk:
                continue
            if layout is None:  # rows of another width go to the csv module as they are
                lines = plain_lines(chunk, width)
            else:
                lines = _column_lines(_laid_out(chunk, quoted), width, ready)
            if lines is None:
                writer.writerows(chunk if layout is None else
                                 zip(*_laid_out(chunk, shape), strict=True))
            else:
                writer.fh.write(lines)
            written += len(chunk)
            if progress is not None:
                progress(written, total, "Writing rows")
    return written


def _laid_out(chunk: Sequence[Sequence[Cell]], layout: Layout) -> list[Sequence[Any]]:
    """The chunk's rows as the file's columns, each looked-up column's keys made texts."""
    fetched = list(zip(*chunk, strict=True))
    return [fetched[spec] if isinstance(spec, int) else
            list(map(spec[1].__getitem__, fetched[spec[0]])) for spec in layout]


def plain_lines(chunk: Sequence[Sequence[Cell]], width: int) -> str | None:
    """The chunk's rows exactly as the csv module writes them (excel dialect, CRLF), made
    column by column: a column whose cells hold no comma, quote or line break is taken as it
    is, and any other has its cells quoted through a table of the values seen (a title
    repeats for many people); then the lines are joined, all in C. The csv writer costs about
    2 µs a row, the larger share of a 100,000-row export (docs/PERFORMANCE.md, #14); this
    costs a third of that. None when a cell is not text (None, a number) or the table has one
    column (csv writes a lone blank cell as ""): the chunk then goes to the csv module."""
    if not chunk or width < 2:
        return None
    return _column_lines(list(zip(*cast(Sequence[Sequence[str]], chunk), strict=True)), width)


def _column_lines(columns: list[Sequence[Any]], width: int,
                  ready: Collection[int] = ()) -> str | None:
    """`plain_lines` of rows given as their columns; `columns` is the caller's own list, its
    entries replaced by their quoted cells. The columns in `ready` are CSV text already."""
    if not columns or not len(columns[0]) or width < 2 or len(columns) != width:
        return None
    for i, column in enumerate(columns):
        if i in ready:
            continue
        try:
            text = "".join(column)
        except TypeError:  # a None or a number among the cells
            return None
        if "," in text or '"' in text or "\n" in text or "\r" in text:
            columns[i] = list(map(_Quoted().__getitem__, column))
    return "\r\n".join(map(",".join, zip(*columns, strict=True))) + "\r\n"


def _quoted(value: str) -> str:
    """A cell as the csv module's QUOTE_MINIMAL writes it."""
    if "," in value or '"' in value or "\n" in value or "\r" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


class _Quoted(dict[str, str]):
    """A cell as the csv module's QUOTE_MINIMAL writes it, worked out once per value."""

    def __missing__(self, value: str) -> str:
        quoted = self[value] = _quoted(value)
        return quoted


class _Writer:
    """A csv writer that keeps its file, so joined lines can go to the file directly."""

    def __init__(self, fh: Any) -> None:
        self.fh = fh
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        self.writerow = writer.writerow
        self.writerows = writer.writerows


@contextmanager
def _csv_file(path: str | Path, headers: Sequence[str], title_line: str) -> Iterator[_Writer]:
    """A csv writer on the file, its first lines written; the file lands when the block ends."""
    # The BOM by hand, then plain UTF-8: Python's "utf-8-sig" codec is Python code called on
    # every write, plain "utf-8" is encoded in C.
    # A confidential table (its first line says so) is private to the user: 0600.
    with atomic_open(path, "w", encoding="utf-8", newline="", private=bool(title_line)) as fh:
        fh.write("\ufeff")
        writer = _Writer(fh)
        if title_line:
            writer.writerow([guard(title_line)])
        writer.writerow([guard(h) for h in headers])
        yield writer


def _write(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]],
           title_line: str) -> Path:
    with _csv_file(path, headers, title_line) as writer:
        writer.writerows(rows)
    return Path(path)


def _guarded(columns: Sequence[Sequence[Cell]],
             kinds: Sequence[Kind]) -> list[Sequence[Cell]]:
    """The columns as CSV text, formula-like values guarded. Most columns (names, titles,
    organizations) hold nothing risky: one C-speed pass over their first characters each, and
    they pass untouched."""
    out = list(columns)
    for i, column in enumerate(out):
        kind = kinds[i] if i < len(kinds) else "text"
        if kind != "text":
            out[i] = [cell_text(v) for v in column]
            continue
        try:
            firsts = set(map(_FIRST, cast(Sequence[str], column)))  # a None or a date: TypeError
        except TypeError:  # a None or a date in a text column
            out[i] = [csv_cell(v) for v in column]
            continue
        if not _RISKY.isdisjoint(firsts):
            out[i] = [csv_cell(v) for v in column]
    return out


def csv_cell(value: Cell) -> str:
    """A cell as the CSV writes it: dates written out, a formula-like text guarded."""
    if not isinstance(value, str):
        return cell_text(value)
    return guard(value) if value and value[0] in _RISKY else value


def confidential_line(table: RosterTable) -> str:
    """The first line of a confidential CSV: the same words as the PDF's mark."""
    return f"{CONFIDENTIAL_LINE} {table.notice}".strip() if table.confidential else ""


def write_roster_csv(path: str | Path, table: RosterTable,
                     columns: Sequence[Sequence[Cell]] | None = None, *,
                     progress: Progress | None = None) -> Path:
    """The table as CSV; `columns`, when given, are its cells column by column (the table's
    rows are then not used)."""
    if columns is None:
        return write_rows_csv(path, table.headers, table.rows, kinds=table.kinds,
                              title_line=confidential_line(table))
    return write_columns_csv(path, table.headers, columns, kinds=table.kinds,
                             title_line=confidential_line(table), progress=progress)


def guarded_columns(table: RosterTable) -> dict[str, int]:
    """For each column, how many of its cells a CSV export guards with an apostrophe."""
    found: dict[str, int] = {}
    for row in table.rows:
        for i, value in enumerate(row):
            kind = table.kinds[i] if i < len(table.kinds) else "text"
            if (kind == "text" and isinstance(value, str) and value and value[0] in _RISKY
                    and guard(value) != value):
                found[table.headers[i]] = found.get(table.headers[i], 0) + 1
    return found


def guard_notice(columns: dict[str, int]) -> str:
    """Why some cells of a CSV roster start with an apostrophe, and what keeps them plain."""
    count = sum(columns.values())
    if not count:
        return ""
    cells = "1 cell" if count == 1 else f"{count} cells"
    verb = "starts" if count == 1 else "start"
    where = ", ".join(columns)
    return (f"{cells} ({where}) {verb} with +, -, = or @, like a phone number written "
            "+1 312 555 0100. A spreadsheet would read such a value as a formula, so the CSV "
            "puts an apostrophe in front of it. Export as XLSX to keep these values as plain "
            "text, with no apostrophe.")
