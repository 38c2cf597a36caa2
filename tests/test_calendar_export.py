"""Calendar export: real time zones, location, objectives and agenda, stable UIDs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest

from cohortdesk.documents.ics import CalendarEvent, with_sequences
from cohortdesk.domain.enums import SessionFormat
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, SessionData
from cohortdesk.services import calendars, cohorts, sessions
from cohortdesk.store import Store


def _events(path: Path) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_cohort_calendar_has_zones_places_objectives_and_agenda(
    example_store: Store, tmp_path: Path
) -> None:
    path, skipped = calendars.export_cohort(example_store, 1, tmp_path / "cohort.ics")
    assert skipped == []
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    zones = {str(z["TZID"]) for z in cal.walk("VTIMEZONE")}
    assert {"America/Chicago", "America/New_York", "America/Los_Angeles"} <= zones
    events = _events(path)
    kickoff = [e for e in events if str(e["SUMMARY"]).startswith("Kickoff Convening")]
    # A two-day convening is one block per day, in Chicago time.
    assert len(kickoff) == 2
    start = kickoff[0].decoded("DTSTART")
    assert start.tzinfo is not None and str(start.tzinfo) == "America/Chicago"
    assert (start.hour, start.minute) == (9, 0)
    assert "Lakeshore Conference Center" in str(kickoff[0]["LOCATION"])
    text = str(kickoff[0]["DESCRIPTION"])
    assert "Objectives:" in text and "Build relationships and trust among members" in text
    assert "Agenda, Day 1, Tuesday, October 14:" in text
    assert "Welcome and today's objectives" in text
    roundtable = next(e for e in events if "Roundtable" in str(e["SUMMARY"]))
    assert str(roundtable["LOCATION"]).startswith("https://")
    assert roundtable.decoded("DTSTART").utcoffset() == dt.timedelta(hours=-4)


def test_uids_are_stable_so_a_reexport_updates_events(example_store: Store, tmp_path: Path) -> None:
    first = calendars.export_session(example_store, 2, tmp_path / "a.ics")
    record = sessions.get_session(example_store, 2)
    sessions.update_session(example_store, 2, SessionData(
        cohort_id=record.cohort_id, title="Renamed roundtable", format=record.format,
        time_zone=record.time_zone, starts_at=record.starts_at, ends_at=record.ends_at,
        venue=record.venue, meeting_link=record.meeting_link, objectives=record.objectives))
    second = calendars.export_session(example_store, 2, tmp_path / "b.ics")
    a, b = _events(first)[0], _events(second)[0]
    assert str(a["UID"]) == str(b["UID"])
    assert str(b["SUMMARY"]) == "Renamed roundtable"
    other = _events(calendars.export_session(example_store, 3, tmp_path / "c.ics"))[0]
    assert str(other["UID"]) != str(a["UID"])


def test_two_workspaces_never_share_uids(store: Store, tmp_path: Path) -> None:
    other = Store.open(tmp_path / "other.cohortdesk")
    try:
        assert calendars.workspace_uid(store) != calendars.workspace_uid(other)
    finally:
        other.close()


def test_a_session_without_a_start_cannot_be_exported(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="New"))
    sid = sessions.create_session(store, SessionData(cohort_id=cid, title="Someday",
                                                     format=SessionFormat.WEBINAR))
    with pytest.raises(ValidationError) as info:
        calendars.export_session(store, sid, tmp_path / "x.ics")
    assert info.value.field == "starts_at"
    assert not (tmp_path / "x.ics").exists()


def test_each_day_of_a_convening_carries_its_own_agenda(
    example_store: Store, tmp_path: Path
) -> None:
    path = calendars.export_session(example_store, 1, tmp_path / "kickoff.ics")
    day1, day2 = (str(e["DESCRIPTION"]) for e in _events(path))
    assert "Agenda, Day 1, Tuesday, October 14:" in day1 and "Day 2" not in day1
    assert "Agenda, Day 2, Wednesday, October 15:" in day2 and "Day 1" not in day2
    assert "Welcome and today's objectives" in day1
    assert "Welcome and today's objectives" not in day2
    assert "Objectives:" in day1 and "Objectives:" in day2


def test_time_zones_come_in_name_order_before_the_events(
    example_store: Store, tmp_path: Path
) -> None:
    path, _ = calendars.export_cohort(example_store, 1, tmp_path / "cohort.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    names = [c.name for c in cal.subcomponents]
    zones = [str(z["TZID"]) for z in cal.walk("VTIMEZONE")]
    assert zones == sorted(zones) and len(zones) >= 3
    assert names[: len(zones)] == ["VTIMEZONE"] * len(zones)
    again, _ = calendars.export_cohort(example_store, 1, tmp_path / "again.ics")
    stamp = re.compile(rb"DTSTAMP:\S+|SEQUENCE:\d+")
    assert stamp.sub(b"", path.read_bytes()) == stamp.sub(b"", again.read_bytes())


def _sequence(path: Path) -> int:
    return int(_events(path)[0]["SEQUENCE"])


def test_sequence_rises_when_the_event_changes_and_only_then(
    example_store: Store, tmp_path: Path
) -> None:
    target = tmp_path / "roundtable.ics"
    first = _sequence(calendars.export_session(example_store, 2, target))
    assert first > 0
    assert _sequence(calendars.export_session(example_store, 2, target)) == first
    record = sessions.get_session(example_store, 2)
    assert record.starts_at is not None
    sessions.update_session(example_store, 2, SessionData(
        cohort_id=record.cohort_id, title=record.title, format=record.format,
        time_zone=record.time_zone, starts_at=record.starts_at + dt.timedelta(hours=1),
        ends_at=record.ends_at and record.ends_at + dt.timedelta(hours=1), venue=record.venue,
        meeting_link=record.meeting_link, objectives=record.objectives))
    moved = _sequence(calendars.export_session(example_store, 2, target))
    assert moved > first
    assert _sequence(calendars.export_session(example_store, 2, target)) == moved


def test_sequence_is_the_minute_of_the_change_so_any_later_file_is_newer() -> None:
    event = CalendarEvent("u@x", "Roundtable", "America/New_York", dt.datetime(2025, 3, 4, 9),
                          None)
    noon = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
    (first,) = with_sequences([event], {}, noon)
    (later,) = with_sequences([replace(event, title="Moved")], {},
                              noon + dt.timedelta(days=2))
    assert later.sequence > first.sequence > 0
    (same,) = with_sequences([event], {"u@x": (first.sequence, event.digest)},
                             noon + dt.timedelta(days=9))
    assert same.sequence == first.sequence
