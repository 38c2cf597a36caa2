"""The undo journal's tables. Triggers fill them; see cohortdesk/store/journal.py."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class UndoStep(Base):
    __tablename__ = "undo_step"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(500))
    # "undo": on the undo stack; "redo": on the redo stack.
    kind: Mapped[str] = mapped_column(String(8))


class UndoEntry(Base):
    __tablename__ = "undo_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("undo_step.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(100))
    # The SQL statement that reverses one row change.
    reverse_sql: Mapped[str] = mapped_column(Text)


class UndoRecording(Base):
    """Holds one row (the step being recorded) while a labelled change is in progress."""

    __tablename__ = "undo_recording"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[int] = mapped_column(Integer)
