"""Table rows for the list views: plain tuples plus a folded search key, loaded in one query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RowSet:
    """Rows for a list view. `rows[i][0]` is always the record id; `keys[i]` is folded text."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    keys: list[str]
