"""Agenda items, presenters, breakouts, notes, action items and agenda templates (issue 3).

Positions are plain integers without a unique constraint: the undo journal replays row
updates one at a time, and a reorder briefly holds two rows at the same position.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from cohortdesk.store.models.base import Base


class AgendaDay(Base):
    """Start (and planned end) clock times of one day of a session, when they differ from the
    session's own. Day 1 defaults to the session's start; the last day ends at the session's end."""

    __tablename__ = "agenda_day"
    __table_args__ = (UniqueConstraint("session_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    day: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(40), default="other")
    title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    # A local wall-clock time in the session's zone ("lunch at 12:00"); NULL when it ripples.
    pinned_time: Mapped[dt.time | None] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(200), default="")
    materials: Mapped[str] = mapped_column(Text, default="")


class AgendaPresenter(Base):
    """A person on an agenda item, or a placeholder ("TBD — speaker from a partner city")."""

    __tablename__ = "agenda_presenter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    placeholder: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(40), default="presenter")


class BreakoutGroup(Base):
    __tablename__ = "breakout_group"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(200), default="")
    facilitator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    # Kept as given when the other groups are generated again (revision 0007).
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class BreakoutMember(Base):
    __tablename__ = "breakout_member"
    __table_args__ = (UniqueConstraint("group_id", "person_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[int] = mapped_column(
        ForeignKey("breakout_group.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class Note(Base):
    """Minutes, an observation, a decision or a reflection, on a session or one agenda item."""

    __tablename__ = "note"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40), default="minutes")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActionItem(Base):
    """A next step: who does what, by when; raised in one session, perhaps closed in a later one."""

    __tablename__ = "action_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    raised_session_id: Mapped[int] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="CASCADE"), index=True
    )
    closed_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("cohort_session.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(40), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AgendaTemplate(Base):
    """A named, reusable agenda: items and day times as JSON (see services/agenda_templates.py)."""

    __tablename__ = "agenda_template"
    __table_args__ = (UniqueConstraint("name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    # {"items": [...], "days": [...]}; templates saved before day times were kept: a bare list.
    items: Mapped[Any] = mapped_column(JSON, default=list)


__all__ = [
    "ActionItem",
    "AgendaDay",
    "AgendaItem",
    "AgendaPresenter",
    "AgendaTemplate",
    "Base",
    "BreakoutGroup",
    "BreakoutMember",
    "Note",
]
