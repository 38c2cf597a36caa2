"""What goes with a deleted record, found from the schema so every area is counted."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.store.models import Base

# How a table's rows are named in a confirmation ("3 cohort memberships").
NOUNS: dict[str, tuple[str, str]] = {
    "membership": ("cohort membership", "cohort memberships"),
    "cohort_session": ("session", "sessions"),
}


def noun(table: str, count: int) -> str:
    singular, plural = NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
    return f"{count} {singular if count == 1 else plural}"


def cascaded_counts(session: Session, table: str, row_id: int) -> list[str]:
    """Rows in other tables that would be deleted with this one (ON DELETE CASCADE)."""
    found: list[str] = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name != table or fk.ondelete != "CASCADE":
                continue
            count = session.scalar(
                select(func.count()).select_from(other).where(fk.parent == row_id)
            )
            if count:
                found.append(noun(other.name, int(count)))
    return found
