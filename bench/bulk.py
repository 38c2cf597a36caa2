"""Bulk writing through the normal store: SQLAlchemy Core `insert` executemany, in chunks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from cohortdesk.store.models import Base

CHUNK = 20_000


def table(name: str) -> Table | None:
    """A table from the live models, or None while its area has not landed."""
    return Base.metadata.tables.get(name)


def write_rows(session: Session, tbl: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert the rows in chunks, without one ORM object per row."""
    written = 0
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            session.execute(insert(tbl), chunk)
            written += len(chunk)
            chunk = []
    if chunk:
        session.execute(insert(tbl), chunk)
        written += len(chunk)
    return written
