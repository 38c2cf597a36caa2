"""Zoom minutes as the union of join intervals, and names as a roster gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from cohortdesk.documents.zoom_report import read_report
from cohortdesk.domain.attendance import (
    ZoomLine,
    guest_offer,
    merge_lines,
    split_display_name,
    strip_roster_number,
)
from tests.conftest import DATA

REPORT = DATA / "attendance" / "zoom_0314.csv"


def _line(n: int, start: str, end: str, minutes: int, email: str = "a@example.org") -> ZoomLine:
    day = dt.date(2026, 3, 14)
    return ZoomLine(n, "Ana", "", email, dt.datetime.combine(day, dt.time.fromisoformat(start)),
                    dt.datetime.combine(day, dt.time.fromisoformat(end)), minutes)


def test_two_devices_count_once_and_the_total_is_capped() -> None:
    [a] = merge_lines([_line(1, "10:08", "12:01", 113), _line(2, "10:11", "12:01", 110)],
                      meeting_minutes=120)
    assert (a.minutes, a.overlap, a.capped) == (113, 110, False)
    assert a.minutes_text == "113 + 110 − 110 overlapping = 113"
    [b] = merge_lines([_line(1, "09:40", "12:15", 155)], meeting_minutes=120)
    assert (b.minutes, b.capped) == (120, True)


def test_rejoins_without_overlap_add_up() -> None:
    [a] = merge_lines([_line(1, "10:00", "10:40", 40), _line(2, "10:45", "12:00", 75)])
    assert (a.minutes, a.overlap, a.minutes_text) == (115, 0, "40 + 75 = 115")


@pytest.mark.parametrize(("raw", "name", "original"), [
    ("015_Loki (Loki Laufeyson)", "Loki", "Loki Laufeyson"),
    ("015 Loki", "Loki", ""),
    ("#15 Loki", "Loki", ""),
    ("#15 - Ana Lee", "Ana Lee", ""),
    ("Loki (Host)", "Loki", ""),
    ("2026 Budget Office", "2026 Budget Office", ""),  # a year, not a roster number
    ("+15125550150", "+15125550150", ""),
])
def test_display_names(raw: str, name: str, original: str) -> None:
    assert split_display_name(raw) == (name, original)


def test_the_original_name_is_offered_for_a_guest() -> None:
    offer = guest_offer("Loki", "", "Loki Laufeyson")
    assert offer is not None and (offer.given_name, offer.family_name) == ("Loki", "Laufeyson")
    assert strip_roster_number("015_") == "015_"  # nothing after the number: leave it


def test_a_real_shaped_report_with_rejoins_two_devices_and_roster_numbers() -> None:
    report = read_report(REPORT)
    assert report.meeting is not None and report.meeting.minutes == 120
    found = {a.name: a for a in merge_lines(report.lines, meeting_minutes=report.meeting.minutes)}
    assert set(found) == {"Program Staff", "Renata Alvarez", "Zoë O'Brien", "Keisha Washington",
                          "Loki", "Daniel Okafor", "Priya Raman"}
    assert found["Renata Alvarez"].minutes == 115  # "015_" rejoined: 40 + 75
    assert found["Zoë O'Brien"].minutes == 113  # laptop and iPad at once
    assert found["Keisha Washington"].minutes == 120  # early and late: capped
    assert found["Priya Raman"].minutes == 60  # "031 " rejoined before the first line closed
    assert found["Loki"].original_name == "Loki Laufeyson"
    assert len(found["Daniel Okafor"].lines) == 1  # "#7 " stripped
