"""Calendar export: one session, or every session of a cohort, as an .ics file.

Each event has the session's own time zone, the venue or meeting link, and the objectives and
agenda in its description (each day of a multi-day convening with that day's agenda). UIDs
are built from the workspace's identity and the session id, so they never change:
re-importing an updated file moves the event instead of copying it, and its SEQUENCE rises
when the event changed (see `documents.ics`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from cohortdesk.documents.ics import CalendarEvent, write_ics
from cohortdesk.domain.agenda import format_clock
from cohortdesk.domain.enums import SessionFormat, SessionStatus
from cohortdesk.domain.errors import NotFoundError
from cohortdesk.domain.records import SessionRecord
from cohortdesk.domain.validation import refusal
from cohortdesk.services import agenda, sessions
from cohortdesk.services.roster import safe_file_stem
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession
from cohortdesk.store.models.exchange import ExchangeIdentity

# Refusals with values in them, by ValidationError key.
REFUSALS = {
    "calendar: no start": "“{session}” has no start time yet.",
    "calendar: nothing scheduled": "{name} has no scheduled sessions to export.",
}

_STATUS = {SessionStatus.PLANNED: "TENTATIVE", SessionStatus.CONFIRMED: "CONFIRMED",
           SessionStatus.HELD: "CONFIRMED", SessionStatus.CANCELLED: "CANCELLED"}


def workspace_uid(store: Store) -> str:
    with store.read() as s:
        uid = s.scalar(select(ExchangeIdentity.workspace_uid).order_by(ExchangeIdentity.id))
    if not uid:
        raise NotFoundError("This workspace has no identity row; reopen it to migrate it.")
    return uid


def event_uid(workspace: str, session_id: int, day: int = 1) -> str:
    # Day 1 keeps the plain form, so a one-day session that grows a second day keeps its event.
    part = f"session-{session_id}" + (f"-day{day}" if day > 1 else "")
    return f"{part}-{workspace}@cohortdesk"


def description(record: SessionRecord, agenda_lines: list[str], *,
                agenda_title: str = "Agenda:") -> str:
    parts = []
    if record.description:
        parts.append(record.description)
    if record.objectives:
        parts.append("Objectives:\n" + "\n".join(f"• {o}" for o in record.objectives))
    if agenda_lines:
        parts.append(agenda_title + "\n" + "\n".join(agenda_lines))
    if record.meeting_link and record.venue:
        parts.append(f"Join online: {record.meeting_link}")
    return "\n\n".join(parts)


def _day_heading(day: agenda.TimedDay) -> str:
    return f"Day {day.number}, {day.date:%A}, {day.date:%B} {day.date.day}"


def _item_lines(timed: agenda.TimedAgenda, day: agenda.TimedDay) -> list[str]:
    lines = []
    for item in day.items:
        who = ", ".join(p.name for p in item.presenters if p.name)
        clock = f"{format_clock(item.start)}  " if timed.has_clock else ""
        lines.append(f"{clock}{item.title}" + (f" ({who})" if who else ""))
    return lines


def agenda_lines(store: Store, session_id: int) -> list[str]:
    """The whole agenda, every day under its heading."""
    timed = agenda.timed_agenda(store, session_id)
    lines: list[str] = []
    many_days = len(timed.days) > 1
    for day in timed.days:
        if not day.items:
            continue
        if many_days:
            if lines:
                lines.append("")
            lines.append(_day_heading(day))
        lines += _item_lines(timed, day)
    return lines


def day_agendas(store: Store, session_id: int) -> list[tuple[dt.date, str, list[str]]]:
    """(date, heading, lines) for each agenda day: the event for that day carries its own."""
    timed = agenda.timed_agenda(store, session_id)
    return [(day.date, _day_heading(day), _item_lines(timed, day)) for day in timed.days]


def day_spans(store: Store, record: SessionRecord) -> list[tuple[dt.datetime, dt.datetime | None]]:
    """One (start, end) per day: a two-day convening is two calendar blocks, not one of 30
    hours. The agenda's day times win; otherwise each day runs the session's daily hours."""
    start, end = record.starts_at, record.ends_at
    assert start is not None
    if end is None or end.date() == start.date():
        return [(start, end)]
    timed = agenda.timed_agenda(store, record.id)
    if timed.has_clock and len(timed.days) > 1 and all(d.items for d in timed.days):
        return [(d.start.replace(tzinfo=None),
                 max(d.end, d.planned_end or d.end).replace(tzinfo=None)) for d in timed.days]
    if end.time() <= start.time():
        return [(start, end)]
    days = (end.date() - start.date()).days + 1
    return [(dt.datetime.combine(start.date() + dt.timedelta(days=n), start.time()),
             dt.datetime.combine(start.date() + dt.timedelta(days=n), end.time()))
            for n in range(days)]


def session_events(store: Store, session_id: int, workspace: str) -> list[CalendarEvent]:
    record = sessions.get_session(store, session_id)
    if record.starts_at is None:
        raise refusal("starts_at", "calendar: no start", REFUSALS["calendar: no start"],
                      session=record.title)
    virtual = SessionFormat(record.format).is_virtual
    location = record.venue or (record.meeting_link if virtual else "")
    spans = day_spans(store, record)
    if len(spans) == 1:
        texts = [description(record, agenda_lines(store, session_id))]
    else:
        # Each day's event carries that day's agenda, not the whole convening's.
        days = day_agendas(store, session_id)
        by_date = {date: (heading, lines) for date, heading, lines in days}
        texts = []
        for n, (start, _end) in enumerate(spans):
            # The agenda day of that date; else the day in the same place.
            fallback = days[n][1:] if n < len(days) else ("", [])
            heading, lines = by_date.get(start.date(), fallback)
            texts.append(description(record, lines, agenda_title=f"Agenda, {heading}:"))
    events = []
    for day, ((start, end), text) in enumerate(zip(spans, texts, strict=True), start=1):
        title = record.title if len(spans) == 1 else f"{record.title} (day {day} of {len(spans)})"
        events.append(CalendarEvent(
            uid=event_uid(workspace, session_id, day),
            title=title,
            time_zone=record.time_zone,
            starts_at=start,
            ends_at=end,
            location=location,
            url=record.meeting_link,
            description=text,
            status=_STATUS.get(SessionStatus(record.status), "CONFIRMED"),
            categories=tuple(x for x in (record.cohort_name, SessionFormat(record.format).label)
                             if x),
        ))
    return events


def export_session(store: Store, session_id: int, path: str | Path) -> Path:
    events = session_events(store, session_id, workspace_uid(store))
    return write_ics(path, events, name=sessions.get_session(store, session_id).title)


def export_cohort(store: Store, cohort_id: int, path: str | Path) -> tuple[Path, list[str]]:
    """Write every scheduled session; returns the path and the titles left out (no start)."""
    with store.read() as s:
        cohort = s.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        name = cohort.name
        rows = s.execute(select(CohortSession.id, CohortSession.title, CohortSession.starts_at)
                         .where(CohortSession.cohort_id == cohort_id)
                         .order_by(CohortSession.starts_at, CohortSession.id)).all()
    workspace = workspace_uid(store)
    events = [e for sid, _t, start in rows if start
              for e in session_events(store, sid, workspace)]
    skipped = [title for _sid, title, start in rows if not start]
    if not events:
        raise refusal("cohort_id", "calendar: nothing scheduled",
                      REFUSALS["calendar: nothing scheduled"], name=name)
    return write_ics(path, events, name=name), skipped


def default_file_name(store: Store, *, cohort_id: int | None = None,
                      session_id: int | None = None,
                      sessions_of: str = "{cohort} sessions") -> str:
    """The file name to suggest; the app gives `sessions_of` in its language."""
    with store.read() as s:
        if session_id is not None:
            row = s.get(CohortSession, session_id)
            name = row.title if row else "Session"
        else:
            cohort = s.get(Cohort, cohort_id)
            name = sessions_of.format(cohort=cohort.name) if cohort else "Sessions"
    return f"{safe_file_stem(name)}.ics"


