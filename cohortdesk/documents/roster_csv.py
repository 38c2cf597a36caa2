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
        writer.writerows([_cell(v) for v in row] for row in rows)
    return Path(path)


# First characters that may need a guard; most cells start with a letter and skip the call.
_RISKY = frozenset("=+-@\t\r' ")


def _cell(value: Cell) -> str:
    if not isinstance(value, str):
        return cell_text(value)
    return guard(value) if value and value[0] in _RISKY else value


def write_roster_csv(path: str | Path, table: RosterTable) -> Path:
    return write_rows_csv(path, table.headers, table.rows)
