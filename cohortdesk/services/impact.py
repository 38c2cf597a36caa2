"""What goes with a deleted record, found from the schema so every area is counted."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.store.models import Base

# How a table's rows are named in a confirmation ("3 cohort memberships"); the app words them
# by table in its own language (ui/widgets/impact_words.py).
NOUNS: dict[str, tuple[str, str]] = {
    "membership": ("cohort membership", "cohort memberships"),
    "cohort_session": ("session", "sessions"),
    "attendance_alias": ("remembered Zoom name", "remembered Zoom names"),
    "person_merged": ("record of a merge", "records of merges"),
    "preread": ("pre-read", "pre-reads"),
}


def noun(table: str, count: int) -> str:
    singular, plural = NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
    return f"{count} {singular if count == 1 else plural}"


def cascaded(session: Session, table: str, row_id: int) -> list[tuple[str, int]]:
    """(table, count) of the rows in other tables that would be deleted with this one (ON
    DELETE CASCADE)."""
    found: list[tuple[str, int]] = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name != table or fk.ondelete != "CASCADE":
                continue
            count = session.scalar(
                select(func.count()).select_from(other).where(fk.parent == row_id)
            )
            if count:
                found.append((other.name, int(count)))
    return found


def cascaded_counts(session: Session, table: str, row_id: int) -> list[str]:
    """The rows `cascaded` finds, in English ("3 sessions")."""
    return [noun(other, count) for other, count in cascaded(session, table, row_id)]
