"""People merged into another (issue 16).

When OTHER is merged into KEEP, one `person_merged` row remembers OTHER's id, name and email
on KEEP: a later import that still has OTHER's email finds KEEP instead of adding OTHER
again, and KEEP's history includes OTHER's. Undo of the merge removes the row with the rest.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class PersonMerged(Base):
    __tablename__ = "person_merged"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    merged_id: Mapped[int] = mapped_column(Integer)  # the id OTHER had
    name: Mapped[str] = mapped_column(String(400), default="")
    # Stored lower-case, like person.email; "" when OTHER had none.
    email: Mapped[str] = mapped_column(String(320), default="", index=True)


__all__ = ["PersonMerged"]
