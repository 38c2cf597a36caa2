"""The People list's search and sort keys: derived from `person` and `organization`, never
content. Revision 0011.

One row per person, written by the People list's index (services/people.py `index_people`)
and removed by SQLite triggers (made by the migration) whenever the person or their
organization changes; a missing row means "compute me again". So any writer, a raw SQL
statement included, leaves the keys correct, and no SQL function of ours is needed to write a
person. The table is not journaled, archived or synced: undo restores the person, and the index
follows.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base

# The People list's columns after the id, in order, and the key each sorts by (NULL: blank).
SORT_KEYS = ("name_key", "preferred_key", "pronouns_key", "title_key", "organization_key",
             "jurisdiction_key", "email_key", "phone_key", "consent_key")


class PersonSearch(Base):
    __tablename__ = "person_search"
    __table_args__ = tuple(Index(f"ix_person_search_{k}", k) for k in SORT_KEYS)
    # person.id; no foreign key: the triggers remove the row with its person.
    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    search: Mapped[str] = mapped_column(Text)  # folded name, preferred, email, organization, place
    name_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    preferred_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    pronouns_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    title_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    organization_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    jurisdiction_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    email_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    consent_key: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The name a roster shows (domain.records.person_display_name). Revision 0012.
    shown_name: Mapped[str | None] = mapped_column(Text, nullable=True)
