"""Pre-read attachments and workspace assets for print (issue 5).

Pre-read PDFs are stored inside the workspace as BLOBs: they are part of the session's record,
travel with the file, are in every backup and archive, and their removal is undoable.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class Preread(Base):
    """A PDF that participants read before or during a session; appended to its packet."""

    __tablename__ = "preread"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(300), default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class PrintAsset(Base):
    """An image used in print, such as the program logo on packet covers (kind "logo")."""

    __tablename__ = "print_asset"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), unique=True)
    filename: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


__all__ = ["Base", "Preread", "PrintAsset"]
