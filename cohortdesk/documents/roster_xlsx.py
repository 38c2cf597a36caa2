"""Roster as a real Excel workbook (XlsxWriter, constant-memory mode).

A bold, frozen header row with an autofilter, column widths fitted to the content, dates
stored as dates, document properties, and a landscape page set-up that repeats the header.
Every text value is written with `write_string`, so a value such as `=HYPERLINK(...)` or
`+1 703 555 0110` is a text cell and never a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, cast

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.roster_table import Cell, RosterTable, cell_text
from cohortdesk.domain.progress import Progress

if TYPE_CHECKING:
    import xlsxwriter

MAX_CELL = 32767  # Excel's limit for one cell's text
MIN_WIDTH, MAX_WIDTH = 6, 60
PROGRESS_ROWS = 2048  # rows written between progress reports


def column_widths(table: RosterTable,
                  columns: Sequence[Sequence[Cell]] | None = None) -> list[float]:
    """Each column's width in characters: its longest line, within MIN_WIDTH and MAX_WIDTH.
    `columns`, when given, are the table's cells column by column (its rows are not used)."""
    widths = [float(len(h)) + 2 for h in table.headers]
    even = columns is not None or all(len(r) >= len(widths) for r in table.rows)
    for i in range(len(widths)):
        cells: Callable[[], Iterable[Cell]]
        if columns is not None:
            cells = partial(iter, columns[i] if i < len(columns) else ())
        elif even:  # each pass reads the rows again rather than copying the column
            cells = partial(map, itemgetter(i), table.rows)
        else:
            cells = partial(_ragged, table.rows, i)
        longest = _longest_line(cells)
        if longest + 1 > widths[i]:
            widths[i] = longest + 1
    return [min(max(w, MIN_WIDTH), MAX_WIDTH) for w in widths]


def _ragged(rows: list[tuple[Cell, ...]], column: int) -> Iterator[Cell]:
    return (r[column] if column < len(r) else None for r in rows)


# Cells measured per C call: a pass over 100,000 cells in one call would hold the interpreter
# lock for tens of milliseconds, and the window waits for it.
_CHUNK = 4096


def _longest_line(cells: Callable[[], Iterable[Cell]]) -> int:
    """The length of the longest line in a column's cells (0 for none); `cells()` gives
    them, as many times as asked."""
    longest = 0
    try:
        # Most columns: text without line breaks, measured in C a chunk at a time.
        texts = iter(cast(Callable[[], Iterable[str]], cells)())
        while chunk := list(islice(texts, _CHUNK)):
            if any(map(str.__contains__, chunk, repeat("\n"))):
                raise TypeError("a line break")  # measured line by line below
            longest = max(longest, max(map(len, chunk)))
        return longest
    except TypeError:  # a None, a date or a line break in the column
        longest = 0
    for value in cells():
        if value is None:
            continue
        text = cell_text(value)
        n = max(len(line) for line in text.split("\n")) if "\n" in text else len(text)
        longest = max(longest, n)
    return longest


def sheet_name(table: RosterTable) -> str:
    return "Roster (confidential)" if table.confidential else "Roster"


def write_roster_xlsx(path: str | Path, table: RosterTable, *,
                      columns: Sequence[Sequence[Cell]] | None = None,
                      constant_memory: bool = True, progress: Progress | None = None) -> Path:
    """The table as a workbook; `columns`, when given, are its cells column by column (the
    table's rows are then not used): a big roster is written without a tuple per row.
    `progress` hears how many rows are written, every few thousand."""
    import xlsxwriter  # loaded on the first export, not when the app starts

    with atomic_path(path, private=table.confidential) as temp:
        book = xlsxwriter.Workbook(str(temp), {
            "constant_memory": constant_memory,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        try:
            _fill(book, table, columns, progress)
        finally:
            book.close()
    return Path(path)


def _fill(book: xlsxwriter.Workbook, table: RosterTable,
          columns: Sequence[Sequence[Cell]] | None, progress: Progress | None) -> None:
    subject = table.subtitle
    if table.confidential:
        subject = f"CONFIDENTIAL. {table.notice} {subject}".strip()
    book.set_properties({
        "title": table.title,
        "subject": subject,
        "author": table.author,
        "category": "Confidential roster" if table.confidential else "Roster",
        "keywords": ", ".join(table.keywords),
        "comments": table.notice,
        "created": dt.datetime.now(dt.UTC).replace(tzinfo=None),
    })
    sheet = book.add_worksheet(sheet_name(table))
    head = book.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1, "valign": "top",
                            "text_wrap": True})
    date = book.add_format({"num_format": "yyyy-mm-dd", "align": "left", "valign": "top"})
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm", "align": "left", "valign": "top"})
    wrapped = book.add_format({"valign": "top", "text_wrap": True})

    ncols = len(table.headers)
    for i, width in enumerate(column_widths(table, columns)):
        sheet.set_column(i, i, width)
    sheet.freeze_panes(1, 0)
    count = len(columns[0]) if columns else len(table.rows)
    sheet.autofilter(0, 0, max(count, 1), max(ncols - 1, 0))
    sheet.set_landscape()
    sheet.repeat_rows(0)
    sheet.fit_to_pages(1, 0)
    sheet.hide_gridlines(0)
    if table.confidential:
        sheet.set_header(f'&L&"-,Bold"CONFIDENTIAL: internal&R{_escape_hf(table.title)}')
    else:
        sheet.set_header(f"&R{_escape_hf(table.title)}")
    sheet.set_footer("&LPage &P of &N&R&D")

    for c, header in enumerate(table.headers):
        sheet.write_string(0, c, header, head)
    # zip hands out one row at a time (and reuses it): no list of 100,000 tuples.
    rows: Iterable[Sequence[Cell]] = zip(*columns, strict=True) if columns else table.rows
    for r, row in enumerate(rows, start=1):
        if progress is not None and not r % PROGRESS_ROWS:
            progress(r, count, "Writing rows")
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, dt.datetime):
                sheet.write_datetime(r, c, value, stamp)
            elif isinstance(value, dt.date):
                sheet.write_datetime(r, c, value, date)
            else:
                s = value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
                # Plain cells carry no format: it halves the work per cell on big rosters.
                if "\n" in s:
                    sheet.write_string(r, c, s, wrapped)
                else:
                    sheet.write_string(r, c, s)


def _escape_hf(text: str) -> str:
    # "&" starts a control code in Excel headers and footers; the limit is 255 characters.
    return text.replace("&", "&&")[:120]
