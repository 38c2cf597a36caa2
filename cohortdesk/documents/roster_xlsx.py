"""Roster as a real Excel workbook (XlsxWriter, constant-memory mode).

A bold, frozen header row with an autofilter, column widths fitted to the content, dates
stored as dates, document properties, and a landscape page set-up that repeats the header.
Every text value is written with `write_string`, so a value such as `=HYPERLINK(...)` or
`+1 703 555 0110` is a text cell and never a formula.
"""

from __future__ import annotations

import datetime as dt
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.roster_table import Cell, RosterTable, cell_text

if TYPE_CHECKING:
    import xlsxwriter

MAX_CELL = 32767  # Excel's limit for one cell's text
MIN_WIDTH, MAX_WIDTH = 6, 60


def column_widths(table: RosterTable) -> list[float]:
    widths = [float(len(h)) + 2 for h in table.headers]
    for i in range(len(widths)):
        longest = _longest_line(table.rows, i)
        if longest + 1 > widths[i]:
            widths[i] = longest + 1
    return [min(max(w, MIN_WIDTH), MAX_WIDTH) for w in widths]


def _longest_line(rows: list[tuple[Cell, ...]], column: int) -> int:
    """The length of the longest line in a column's cells (0 for none)."""
    if not rows:
        return 0
    cells = itemgetter(column)
    try:
        # Most columns: text without line breaks, measured in C without copying the column.
        if not any(map(str.__contains__, map(cells, rows), repeat("\n"))):
            return max(map(len, map(cells, rows)))
    except (TypeError, IndexError):  # a None or a date in the column, or a short row
        pass
    longest = 0
    for row in rows:
        value = row[column] if column < len(row) else None
        if value is None:
            continue
        text = cell_text(value)
        n = max(len(line) for line in text.split("\n")) if "\n" in text else len(text)
        longest = max(longest, n)
    return longest


def sheet_name(table: RosterTable) -> str:
    return "Roster (confidential)" if table.confidential else "Roster"


def write_roster_xlsx(path: str | Path, table: RosterTable, *,
                      constant_memory: bool = True) -> Path:
    import xlsxwriter  # loaded on the first export, not when the app starts

    with atomic_path(path, private=table.confidential) as temp:
        book = xlsxwriter.Workbook(str(temp), {
            "constant_memory": constant_memory,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        try:
            _fill(book, table)
        finally:
            book.close()
    return Path(path)


def _fill(book: xlsxwriter.Workbook, table: RosterTable) -> None:
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
    for i, width in enumerate(column_widths(table)):
        sheet.set_column(i, i, width)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), max(ncols - 1, 0))
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
    for r, row in enumerate(table.rows, start=1):
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
