"""Breakout generation (issue 20): pairs of a cohort's people kept together or apart.

A locked breakout group is `breakout_group.locked`; a session's document language is
`cohort_session.document_language`. Both arrive with revision 0007.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class BreakoutRule(Base):
    """Two people of a cohort whom generated breakout groups keep together, or apart."""

    __tablename__ = "breakout_rule"
    __table_args__ = (UniqueConstraint("cohort_id", "person_id", "other_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    # person_id < other_id
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    other_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(20), default="apart")  # "together" | "apart"
    note: Mapped[str] = mapped_column(Text, default="")


__all__ = ["Base", "BreakoutRule"]
