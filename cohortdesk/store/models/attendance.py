"""Invitations, registrations and attendance (issue 4).

One `registration` row per person per session holds the whole loop: the registration status
(invited ... cancelled), the attendance state once known, how they attended, the check-in time
and the minutes a Zoom report gave them. `attendance_alias` remembers a Zoom name that staff
matched to a person by hand ("Lan Nguyen's iPhone"), so importing the same report again
changes nothing and never asks twice.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class Registration(Base):
    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    # domain.attendance.RegistrationStatus
    status: Mapped[str] = mapped_column(String(20), default="invited")
    # domain.attendance.AttendanceState; NULL until recorded
    attendance: Mapped[str | None] = mapped_column(String(20))
    # domain.attendance.AttendanceMode; "" while unknown
    mode: Mapped[str] = mapped_column(String(20), default="")
    # Local wall-clock time of the session's zone, like the session's own times.
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # Minutes online, summed over rejoins, from a Zoom participants report.
    minutes: Mapped[int | None] = mapped_column(Integer)
    # Who set `attendance`: domain.attendance.AttendanceSource
    source: Mapped[str] = mapped_column(String(20), default="")
    # When `attendance` was set: local wall-clock time of the session's zone.
    marked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class AttendanceAlias(Base):
    """A name seen in a Zoom report, folded, that staff matched to a person by hand."""

    __tablename__ = "attendance_alias"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


__all__ = ["AttendanceAlias", "Base", "Registration"]
