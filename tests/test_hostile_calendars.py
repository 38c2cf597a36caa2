"""Calendar fields with line breaks, lone CRs, backslashes and long text: every generated
calendar parses with icalendar and passes a strict RFC 5545 line check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest

from cohortdesk.documents.ics import CalendarEvent, escape_text, write_ics
from cohortdesk.domain.enums import SessionFormat
from cohortdesk.domain.records import CohortData, SessionData
from cohortdesk.services import calendars, cohorts, sessions
from cohortdesk.store import Store

BACKSLASH_N = chr(92) + "N"
HOSTILE = [
    "Kickoff\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Injected",
    "Line one\nLine two\r\nLine three\rLine four",
    r"Path C:\New\Nothing \N here; and, commas\\",
    "Émilie's café ☕ " * 20,
    "x" * 300,
]


def strict_lines(data: bytes) -> list[str]:
    """The unfolded content lines; fails on any bare CR or LF, a line over 75 octets, or a
    continuation that does not start with a space."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\r" not in line and b"\n" not in line, line
        assert len(line) <= 75, (len(line), line)
        line.decode("utf-8")  # folding never splits a character
    unfolded: list[bytes] = []
    for line in physical:
        if line.startswith(b" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    return [u.decode("utf-8") for u in unfolded]


def rfc_unescape(value: str) -> str:
    """RFC 5545 3.3.11, read strictly left to right (icalendar's reader is not)."""
    return re.sub(r"\\([\\;,nN])",
                  lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def properties(path: Path) -> dict[str, str]:
    """name -> unescaped value of the first event's properties (no parameters in ours)."""
    out: dict[str, str] = {}
    inside = False
    for line in strict_lines(path.read_bytes()):
        if line == "BEGIN:VEVENT":
            inside = True
        elif inside and ":" in line:
            name, _, value = line.partition(":")
            out.setdefault(name.split(";")[0], rfc_unescape(value))
    return out


def check_calendar(path: Path, expected_events: int) -> list[icalendar.Event]:
    data = path.read_bytes()
    lines = strict_lines(data)
    assert sum(1 for u in lines if u == "BEGIN:VEVENT") == expected_events
    assert sum(1 for u in lines if u == "END:VEVENT") == expected_events
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == expected_events
    return events


@pytest.mark.parametrize("text", HOSTILE)
def test_text_fields_round_trip(tmp_path: Path, text: str) -> None:
    event = CalendarEvent(uid="u-1@cohortdesk", title=text, time_zone="America/Chicago",
                          starts_at=dt.datetime(2026, 3, 2, 9), ends_at=None,
                          location=text, url="https://example.org/j/1\n?pwd=2\r\n",
                          description=text, categories=(text, "Virtual"))
    path = write_ics(tmp_path / "c.ics", [event])
    (parsed,) = check_calendar(path, 1)
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    values = properties(path)
    assert values["SUMMARY"] == values["DESCRIPTION"] == values["LOCATION"] == normalized
    assert str(parsed["URL"]) == "https://example.org/j/1?pwd=2"
    if BACKSLASH_N not in text:  # icalendar's reader turns a literal backslash-N into a break
        assert str(parsed["SUMMARY"]) == normalized


def test_escape_text() -> None:
    assert escape_text("a\r\nb\rc\nd") == r"a\nb\nc\nd"
    assert escape_text(r"C:\N;x,y") == r"C:\\N\;x\,y"


def test_session_with_a_multi_line_link_exports(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Cohort, with; odd\\chars",
                                                  start_date=dt.date(2026, 1, 5)))
    sid = sessions.create_session(store, SessionData(
        cohort_id=cid, title="Kickoff\rEND:VEVENT", format=SessionFormat.VIRTUAL_ROUNDTABLE,
        time_zone="America/Chicago", starts_at=dt.datetime(2026, 3, 2, 9),
        ends_at=dt.datetime(2026, 3, 2, 10),
        meeting_link="https://zoom.us/j/123\nPasscode: 456\r\n",
        description="First\rSecond\nThird \\N fourth"))
    assert "\n" not in sessions.get_session(store, sid).meeting_link
    path = calendars.export_session(store, sid, tmp_path / "s.ics")
    (event,) = check_calendar(path, 1)
    assert str(event["SUMMARY"]) == "Kickoff END:VEVENT"  # a title is one line
    assert properties(path)["DESCRIPTION"] == "First\nSecond\nThird \\N fourth"
    cohort_path, _ = calendars.export_cohort(store, cid, tmp_path / "c.ics")
    check_calendar(cohort_path, 1)


def test_every_example_calendar_passes_the_strict_check(example_store: Store,
                                                       tmp_path: Path) -> None:
    cohort_path, _ = calendars.export_cohort(example_store, 1, tmp_path / "all.ics")
    events = check_calendar(cohort_path, len(list(icalendar.Calendar.from_ical(
        cohort_path.read_bytes()).walk("VEVENT"))))
    assert events
