"""Table rows for the list views: plain tuples plus a folded search key, loaded in one query
(RowSet), or ids in order with rows read by id for what is on screen (RowSource)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from cohortdesk.domain.text import fold
from cohortdesk.store import Store
from cohortdesk.store.models import Base


@dataclass(frozen=True)
class RowSet:
    """Rows for a list view. `rows[i][0]` is always the record id; `keys[i]` is folded text.

    `sort_keys[c][i]`, where given, is what row i sorts by in column c instead of its shown
    value (a name shown "Given Family" sorts by family name).
    """

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    keys: list[str]
    sort_keys: dict[int, list[Any]] = field(default_factory=dict)


def table_size(store: Store, table: str) -> int:
    """How many rows a table holds: lets a view decide to load its list in the background."""
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Base.metadata.tables[table])) or 0)


class RowSource:
    """Rows a list shows a page at a time: ids in order, folded search text per id, and the
    rows themselves fetched by id for what is on screen (a RowSet holds them all instead).

    `order(c, descending)` gives every id sorted by visible column c (0 is the first column
    after the id), blanks last in either direction, ties in id order. `refresh(ids)` reads the
    search text of those ids again after an edit (None: it cannot, reload the whole list).
    """

    columns: tuple[str, ...] = ()

    def order(self, column: int, descending: bool) -> list[int]:
        raise NotImplementedError

    def fetch(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        raise NotImplementedError

    def texts(self) -> dict[int, str]:
        raise NotImplementedError

    def refresh(self, ids: Iterable[int]) -> dict[int, str] | None:
        return None

    def sort_key(self, column: int, ids: Sequence[int]) -> dict[int, Any]:
        """The sort key of each of these ids in column c (None for a blank)."""
        raise NotImplementedError


def _sort_value(value: Any) -> Any:
    """What a cell sorts by: numbers as numbers, dates in order, text without accents or case."""
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return fold(str(value))


class MemorySource(RowSource):
    """A RowSet as a RowSource: everything in memory, sorted in Python."""

    def __init__(self, rowset: RowSet) -> None:
        self.columns = rowset.columns
        self.rowset = rowset
        self._by_id = {int(row[0]): row for row in rowset.rows}
        self._keys: dict[int, list[Any]] = {}

    def _column_keys(self, column: int) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            c = column + 1
            given = self.rowset.sort_keys.get(c)
            if given is not None:
                keys = list(given)
            else:
                keys = [None if (v := row[c]) is None or v == "" else _sort_value(v)
                        for row in self.rowset.rows]
            self._keys[column] = keys
        return keys

    def order(self, column: int, descending: bool) -> list[int]:
        keys = self._column_keys(column)
        filled = [i for i, k in enumerate(keys) if k is not None]
        blanks = [i for i, k in enumerate(keys) if k is None]
        try:
            filled.sort(key=keys.__getitem__, reverse=descending)
        except TypeError:  # a column mixing numbers and text: compare as text
            filled.sort(key=lambda i: str(keys[i]), reverse=descending)
        rows = self.rowset.rows
        return [int(rows[i][0]) for i in filled + blanks]

    def fetch(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        return {i: self._by_id[i] for i in ids if i in self._by_id}

    def texts(self) -> dict[int, str]:
        return {int(row[0]): key for row, key in zip(self.rowset.rows, self.rowset.keys, strict=True)}

    def sort_key(self, column: int, ids: Sequence[int]) -> dict[int, Any]:
        keys = self._column_keys(column)
        position = {int(row[0]): i for i, row in enumerate(self.rowset.rows)}
        return {i: keys[position[i]] for i in ids if i in position}
