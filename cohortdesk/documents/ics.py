"""Calendar files (.ics, RFC 5545) written with the icalendar package.

Events carry their own time zone (TZID plus a VTIMEZONE for it), so a convening at 9:00 in
Chicago shows at 10:00 for someone in New York. UIDs come from the caller and never change,
so importing a re-exported file updates the events instead of adding them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from cohortdesk import __version__
from cohortdesk.documents.atomic import write_bytes

PRODID = f"-//CohortDesk//CohortDesk {__version__}//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    title: str
    time_zone: str
    starts_at: dt.datetime  # naive wall-clock time in time_zone
    ends_at: dt.datetime | None
    location: str = ""
    url: str = ""
    description: str = ""
    status: str = "CONFIRMED"  # TENTATIVE, CONFIRMED or CANCELLED
    sequence: int = 0
    categories: tuple[str, ...] = ()


def build_calendar(events: Sequence[CalendarEvent], *, name: str = "",
                   stamp: dt.datetime | None = None) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("x-wr-calname", name)
    stamp = stamp or dt.datetime.now(dt.UTC)
    for e in events:
        zone = ZoneInfo(e.time_zone)
        ev = icalendar.Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", stamp)
        ev.add("summary", e.title)
        ev.add("dtstart", e.starts_at.replace(tzinfo=zone))
        end = e.ends_at
        if end is None or end <= e.starts_at:
            end = e.starts_at + dt.timedelta(hours=1)
        ev.add("dtend", end.replace(tzinfo=zone))
        ev.add("sequence", e.sequence)
        ev.add("status", e.status)
        if e.location:
            ev.add("location", e.location)
        if e.url:
            ev.add("url", e.url)
        if e.description:
            ev.add("description", e.description)
        if e.categories:
            ev.add("categories", list(e.categories))
        cal.add_component(ev)
    if events:
        first = min(e.starts_at for e in events).date() - dt.timedelta(days=366)
        last = max((e.ends_at or e.starts_at) for e in events).date() + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal


def write_ics(path: str | Path, events: Sequence[CalendarEvent], *, name: str = "") -> Path:
    return write_bytes(path, build_calendar(events, name=name).to_ical())
