"""The change journal's tables. Operations open entries; triggers fill in the row changes.

See cohortdesk/store/journal.py.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class OpEntry(Base):
    """One operation ("Import people from registrations.csv"), or an undo or redo of one."""

    __tablename__ = "op_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # "op", "undo", "redo" or "bulk" (a large write recorded without its rows).
    kind: Mapped[str] = mapped_column(String(8))
    # For an op: "done" (on the undo stack), "undone" (on the redo stack) or "dropped".
    state: Mapped[str] = mapped_column(String(8))
    # The op that an undo or redo entry reverses or repeats.
    target_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Where the change came from: a file name, "merge with #12", "command line".
    source: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[str] = mapped_column(String(40), index=True)


class OpChange(Base):
    """One row changed by an entry: the whole row before and after, as JSON."""

    __tablename__ = "op_change"
    __table_args__ = (Index("ix_op_change_row", "table_name", "row_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("op_entry.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(100))
    row_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)


class OpRecording(Base):
    """Holds one row (the entry being recorded) while an operation runs."""

    __tablename__ = "op_recording"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer)
