"""Roster as CSV: UTF-8 with a byte-order mark (so Excel shows accents), quoted per RFC 4180
(CRLF line ends, fields with a comma, quote or line break in double quotes), and every
formula-like value guarded so that it stays text in Excel and LibreOffice."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from cohortdesk.documents.atomic import atomic_open
from cohortdesk.documents.formula_guard import guard
from cohortdesk.documents.roster_table import Cell, RosterTable, cell_text


def write_rows_csv(
    path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]
) -> Path:
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, dialect="excel", lineterminator="\r\n")
        writer.writerow([guard(h) for h in headers])
        writer.writerows([guard(v) if isinstance(v, str) else guard(cell_text(v)) for v in row]
                         for row in rows)
    return Path(path)


def write_roster_csv(path: str | Path, table: RosterTable) -> Path:
    return write_rows_csv(path, table.headers, table.rows)
