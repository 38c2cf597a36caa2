"""Import and export bookkeeping (issue 6).

`exchange_identity` holds one row: a random id for the workspace, made when the table is
created. Calendar event UIDs are built from it and the session id, so re-exporting a session
updates the event in people's calendars instead of adding a second one, and two workspaces
never hand out the same UID. The portable archive carries it to another laptop.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class ExchangeIdentity(Base):
    __tablename__ = "exchange_identity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_uid: Mapped[str] = mapped_column(String(64))
