"""Results frameworks and technical assistance (issue 10).

A member's framework hangs off (cohort, person) rather than the membership row, so deleting a
person or a cohort names these rows in its confirmation (services/impact.py counts direct
cascades) and a framework survives a member's stage changing.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class FrameworkResult(Base):
    """A population-level result a member works toward ("Race does not predict ...")."""

    __tablename__ = "framework_result"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    statement: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Base):
    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    result_id: Mapped[int] = mapped_column(
        ForeignKey("framework_result.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(60), default="")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    direction: Mapped[str] = mapped_column(String(10), default="up")
    data_source: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Strategy(Base):
    __tablename__ = "strategy"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    result_id: Mapped[int] = mapped_column(
        ForeignKey("framework_result.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(40), default="planned")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProgressUpdate(Base):
    """A dated update from a member, optionally entered at a session."""

    __tablename__ = "progress_update"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    on_date: Mapped[dt.date] = mapped_column(Date)
    narrative: Mapped[str] = mapped_column(Text, default="")
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="SET NULL"), index=True)


class ProgressValue(Base):
    """One indicator's reading within a progress update."""

    __tablename__ = "progress_value"
    __table_args__ = (UniqueConstraint("update_id", "indicator_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    update_id: Mapped[int] = mapped_column(
        ForeignKey("progress_update.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float)


class AssistanceRequest(Base):
    """Technical assistance a partner organization gives a member on one need."""

    __tablename__ = "technical_assistance_request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    need: Mapped[str] = mapped_column(Text)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="requested")
    requested_on: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


__all__ = ["AssistanceRequest", "FrameworkResult", "Indicator", "ProgressUpdate", "ProgressValue",
           "Strategy"]
