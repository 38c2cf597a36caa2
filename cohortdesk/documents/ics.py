"""Calendar files (.ics, RFC 5545) written with the icalendar package.

Events carry their own time zone (TZID plus a VTIMEZONE for it), so a convening at 9:00 in
Chicago shows at 10:00 for someone in New York. UIDs come from the caller and never change,
so importing a re-exported file updates the events instead of adding them again.

Two exports of the same events give the same file apart from DTSTAMP: time zones are listed
by name, before the events.

SEQUENCE tells a calendar that an event it already has was revised. Each event carries a
digest of its content (X-COHORTDESK-DIGEST). Writing over an earlier export, an event whose
digest is unchanged keeps its SEQUENCE; an event that changed, or is new to that file, gets the
number of minutes from 2024 to now (and at least one more than before). So the number only
rises, whichever file a participant imported first, and stays put while nothing changes.
Nothing is written to the workspace, so exporting works on a read-only workspace and never
appears in Undo.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from cohortdesk import __version__
from cohortdesk.documents.atomic import write_bytes

if TYPE_CHECKING:
    import icalendar

PRODID = f"-//CohortDesk//CohortDesk {__version__}//EN"
DIGEST = "X-COHORTDESK-DIGEST"
_SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


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

    @property
    def digest(self) -> str:
        """What the event says, as a short hash: it changes when anything shown changes."""
        parts = (self.uid, self.title, self.time_zone, self.starts_at.isoformat(),
                 self.ends_at.isoformat() if self.ends_at else "", self.location, self.url,
                 self.description, self.status, *self.categories)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def build_calendar(events: Sequence[CalendarEvent], *, name: str = "",
                   stamp: dt.datetime | None = None) -> icalendar.Calendar:
    import icalendar  # loaded on the first calendar export, not when the app starts

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
        ev.add(DIGEST, e.digest)
        cal.add_component(ev)
    if events:
        first = min(e.starts_at for e in events).date() - dt.timedelta(days=366)
        last = max((e.ends_at or e.starts_at) for e in events).date() + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
        # Time zones by name, then the events: the same events always give the same file.
        zones = sorted((c for c in cal.subcomponents if c.name == "VTIMEZONE"),
                       key=lambda c: str(c.get("TZID", "")))
        others = [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
        cal.subcomponents[:] = [*zones, *others]
    return cal


def previous_versions(path: str | Path) -> dict[str, tuple[int, str]]:
    """UID -> (SEQUENCE, digest) of the events in an earlier export at `path`; empty when
    there is none, or it is not a calendar we can read."""
    import icalendar

    found: dict[str, tuple[int, str]] = {}
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        data = Path(path).read_bytes()
        for ev in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            with contextlib.suppress(ValueError, TypeError, KeyError):
                found[str(ev["UID"])] = (int(ev.get("SEQUENCE", 0)), str(ev.get(DIGEST, "")))
    return found


def with_sequences(events: Sequence[CalendarEvent], earlier: dict[str, tuple[int, str]],
                   now: dt.datetime) -> list[CalendarEvent]:
    """Each event with its SEQUENCE: kept when unchanged since `earlier`, else raised."""
    minutes = max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))
    out = []
    for e in events:
        before = earlier.get(e.uid)
        if before is not None and before[1] == e.digest:
            sequence = before[0]
        else:
            sequence = max(minutes, before[0] + 1 if before else 0)
        out.append(replace(e, sequence=sequence))
    return out


def write_ics(path: str | Path, events: Sequence[CalendarEvent], *, name: str = "",
              now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now(dt.UTC)
    events = with_sequences(events, previous_versions(path), now)
    return write_bytes(path, build_calendar(events, name=name, stamp=now).to_ical())
