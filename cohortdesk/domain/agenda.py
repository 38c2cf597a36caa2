"""Agenda vocabulary and the pure timing of an agenda: no database, no Qt.

Timing rules (issue 3):
- Items of a day run in order; each starts when the one before it ends, counting from the
  day's start clock time. Days are independent: times restart at each day's start.
- An item pinned to a clock time starts then, whatever came before. The items before it
  leave either a gap (idle minutes) or an overrun (they run past the pinned time).
- Durations are real elapsed minutes. Clock times are the session's local wall-clock times,
  so a session across a daylight-saving change keeps each day's start at its local time,
  and an item across the change lasts its minutes (a 60-minute item from 1:30 AM on the
  autumn change day ends at 1:30 AM again, one hour later).

API:
    schedule(days: Sequence[DayFrame], slots: Sequence[Slot], zone: str) -> Schedule
    local_time(date, clock, zone) -> aware datetime
    format_clock(t: dt.time | dt.datetime) -> str           # "9:00 AM", "12:30 PM"
    format_minutes(minutes: int) -> str                     # "1 h 30 min"
    format_day(date) -> str                                 # "Jun 12, 2026"
    AgendaItemKind, PresenterRole, NoteKind, ActionStatus     # the stored vocabularies
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from cohortdesk.domain.enums import Labelled
from cohortdesk.domain.errors import ValidationError

UTC = dt.UTC
MAX_DURATION_MINUTES = 24 * 60


class AgendaItemKind(Labelled):
    WELCOME = "welcome"
    PRESENTATION = "presentation"
    PANEL = "panel"
    DISCUSSION = "discussion"
    BREAKOUT = "breakout"
    BREAK = "break"
    MEAL = "meal"
    REFLECTION = "reflection"
    OTHER = "other"


class PresenterRole(Labelled):
    PRESENTER = "presenter"
    FACILITATOR = "facilitator"
    MODERATOR = "moderator"
    PANELIST = "panelist"


class NoteKind(Labelled):
    MINUTES = "minutes"
    OBSERVATION = "observation"
    DECISION = "decision"
    REFLECTION = "reflection"


class ActionStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


def check_duration(field: str, minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise ValidationError(field, "Enter the duration as whole minutes.")
    if minutes < 0:
        raise ValidationError(field, "A duration cannot be negative.")
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(field, "An agenda item cannot last more than 24 hours.")
    return minutes


@dataclass(frozen=True)
class DayFrame:
    """One day of a session: its date and local start clock time, and its planned end if known."""

    number: int
    date: dt.date
    start: dt.time
    end: dt.time | None = None


@dataclass(frozen=True)
class Slot:
    """An agenda item as far as timing goes."""

    day: int
    duration_minutes: int
    pinned: dt.time | None = None


@dataclass(frozen=True)
class SlotTime:
    """When one item runs. `start`/`end` are aware datetimes in the session's zone."""

    start: dt.datetime
    end: dt.datetime
    gap_before_minutes: int = 0
    overrun_minutes: int = 0
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DayTime:
    number: int
    date: dt.date
    start: dt.datetime
    end: dt.datetime
    planned_end: dt.datetime | None
    total_minutes: int
    overrun_minutes: int
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schedule:
    slots: tuple[SlotTime, ...]
    days: tuple[DayTime, ...]

    @property
    def total_minutes(self) -> int:
        return sum(d.total_minutes for d in self.days)

    @property
    def end(self) -> dt.datetime | None:
        return self.days[-1].end if self.days else None

    @property
    def warnings(self) -> tuple[str, ...]:
        found: list[str] = []
        for day in self.days:
            found += day.warnings
        for slot in self.slots:
            found += slot.warnings
        return tuple(found)


def format_clock(t: dt.time | dt.datetime) -> str:
    hour = t.hour % 12 or 12
    return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def format_day(date: dt.date) -> str:
    """ "Jun 12, 2026": how agendas, notes and next steps write a date."""
    return f"{date:%b} {date.day}, {date.year}"


def format_minutes(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else ""
    if hours and rest:
        return f"{sign}{hours} h {rest} min"
    if hours:
        return f"{sign}{hours} h"
    return f"{sign}{rest} min"


def _local(date: dt.date, clock: dt.time, zone: ZoneInfo) -> dt.datetime:
    # Normalized through UTC so that a clock time skipped by a spring-forward change comes
    # out as the real time it names (2:30 AM → 3:30 AM) and arithmetic stays consistent.
    return dt.datetime.combine(date, clock, tzinfo=zone).astimezone(UTC).astimezone(zone)


def local_time(date: dt.date, clock: dt.time, zone: str) -> dt.datetime:
    """The aware datetime of a local wall-clock time in `zone`."""
    return _local(date, clock, ZoneInfo(zone))


def _plus(moment: dt.datetime, minutes: int, zone: ZoneInfo) -> dt.datetime:
    return (moment.astimezone(UTC) + dt.timedelta(minutes=minutes)).astimezone(zone)


def _minutes_between(a: dt.datetime, b: dt.datetime) -> int:
    return int((b.astimezone(UTC) - a.astimezone(UTC)).total_seconds() // 60)


def schedule(days: Sequence[DayFrame], slots: Sequence[Slot], zone: str) -> Schedule:
    """Time every slot. `slots` are in agenda order; a slot's `day` must be one of `days`.

    Returns one SlotTime per slot, in the same order, and one DayTime per DayFrame.
    """
    tz = ZoneInfo(zone)
    frames = {d.number: d for d in days}
    missing = sorted({s.day for s in slots} - frames.keys())
    if missing:
        raise ValueError(f"No day frame for day(s) {missing}")
    cursors: dict[int, dt.datetime] = {d.number: _local(d.date, d.start, tz) for d in days}
    first_in_day: dict[int, bool] = {d.number: True for d in days}
    totals: dict[int, int] = {d.number: 0 for d in days}
    out: list[SlotTime] = []
    for slot in slots:
        frame = frames[slot.day]
        cursor = cursors[slot.day]
        gap = overrun = 0
        warnings: list[str] = []
        start = cursor
        if slot.pinned is not None:
            start = _local(frame.date, slot.pinned, tz)
            difference = _minutes_between(cursor, start)
            if difference > 0:
                gap = difference
            elif difference < 0:
                if first_in_day[slot.day]:
                    warnings.append(
                        f"Pinned at {format_clock(slot.pinned)}, before the day starts at "
                        f"{format_clock(frame.start)}."
                    )
                else:
                    overrun = -difference
                    warnings.append(
                        f"The items before run {format_minutes(overrun)} past the pinned "
                        f"{format_clock(slot.pinned)}."
                    )
        end = _plus(start, slot.duration_minutes, tz)
        midnight = _local(frame.date + dt.timedelta(days=1), dt.time(0), tz)
        if _minutes_between(midnight, end) > 0:
            warnings.append("Runs past midnight.")
        out.append(SlotTime(start, end, gap, overrun, tuple(warnings)))
        cursors[slot.day] = end
        first_in_day[slot.day] = False
        totals[slot.day] += slot.duration_minutes

    day_times: list[DayTime] = []
    for d in sorted(days, key=lambda f: f.number):
        start = _local(d.date, d.start, tz)
        end = cursors[d.number]
        planned = _local(d.date, d.end, tz) if d.end is not None else None
        over = max(0, _minutes_between(planned, end)) if planned is not None else 0
        warnings = []
        if over:
            warnings.append(
                f"Day {d.number} runs {format_minutes(over)} past its planned end at "
                f"{format_clock(planned)}."  # type: ignore[arg-type]  # set when over > 0
            )
        day_times.append(DayTime(d.number, d.date, start, end, planned, totals[d.number], over,
                                 tuple(warnings)))
    return Schedule(tuple(out), tuple(day_times))
