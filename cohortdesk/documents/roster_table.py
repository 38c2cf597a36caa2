"""The plain data every roster writer takes: a title, columns and rows, nothing from the store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Cell = str | dt.date | dt.datetime | None
Kind = Literal["text", "date", "datetime"]


@dataclass(frozen=True)
class RosterTable:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Cell, ...]]
    kinds: tuple[Kind, ...] = ()
    subtitle: str = ""
    # Printed on every page (PDF) and in the page header (XLSX) of an internal roster.
    confidential: bool = False
    notice: str = ""
    author: str = "CohortDesk"
    keywords: tuple[str, ...] = field(default_factory=tuple)

    def kind(self, column: int) -> Kind:
        return self.kinds[column] if column < len(self.kinds) else "text"


def cell_text(value: Cell) -> str:
    """How a cell reads in CSV and PDF: dates in ISO order, which sorts and never misreads."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
