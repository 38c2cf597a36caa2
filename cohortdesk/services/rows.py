"""Table rows for the list views: plain tuples plus a folded search key, loaded in one query."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

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
