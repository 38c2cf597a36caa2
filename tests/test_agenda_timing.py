"""Ripple arithmetic of an agenda: pure, no database."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.domain.agenda import (
    DayFrame,
    Slot,
    SlotTime,
    format_clock,
    format_minutes,
    local_time,
    schedule,
)

CHICAGO = "America/Chicago"
DAY = dt.date(2025, 10, 14)


def elapsed(a: dt.datetime, b: dt.datetime) -> dt.timedelta:
    # Python subtracts datetimes sharing one tzinfo as wall-clock times; count real time.
    return b.astimezone(dt.UTC) - a.astimezone(dt.UTC)


def clocks(result_slots: tuple[SlotTime, ...]) -> list[str]:
    return [f"{format_clock(s.start)}–{format_clock(s.end)}" for s in result_slots]


def test_items_start_when_the_one_before_ends() -> None:
    sched = schedule([DayFrame(1, DAY, dt.time(9), dt.time(12))],
                     [Slot(1, 30), Slot(1, 45), Slot(1, 15)], CHICAGO)
    assert clocks(sched.slots) == ["9:00 AM–9:30 AM", "9:30 AM–10:15 AM", "10:15 AM–10:30 AM"]
    assert sched.total_minutes == 90
    assert sched.end == local_time(DAY, dt.time(10, 30), CHICAGO)
    assert sched.warnings == ()


def test_a_pinned_item_after_short_items_leaves_a_gap() -> None:
    sched = schedule([DayFrame(1, DAY, dt.time(9))],
                     [Slot(1, 60), Slot(1, 60, pinned=dt.time(12)), Slot(1, 30)], CHICAGO)
    assert clocks(sched.slots) == ["9:00 AM–10:00 AM", "12:00 PM–1:00 PM", "1:00 PM–1:30 PM"]
    assert sched.slots[1].gap_before_minutes == 120
    assert sched.slots[1].overrun_minutes == 0
    assert sched.warnings == ()


def test_items_running_past_a_pinned_time_warn_of_the_overrun() -> None:
    sched = schedule([DayFrame(1, DAY, dt.time(9))],
                     [Slot(1, 200), Slot(1, 60, pinned=dt.time(12)), Slot(1, 30)], CHICAGO)
    lunch = sched.slots[1]
    assert format_clock(lunch.start) == "12:00 PM"
    assert lunch.overrun_minutes == 20
    assert lunch.warnings == ("The items before run 20 min past the pinned 12:00 PM.",)
    # What follows ripples from the pinned item, not from the overrunning one.
    assert format_clock(sched.slots[2].start) == "1:00 PM"


def test_a_day_running_past_its_planned_end_says_by_how_much() -> None:
    sched = schedule([DayFrame(1, DAY, dt.time(13), dt.time(14, 30))],
                     [Slot(1, 60), Slot(1, 45)], "America/New_York")
    day = sched.days[0]
    assert day.overrun_minutes == 15
    assert day.warnings == ("Day 1 runs 15 min past its planned end at 2:30 PM.",)


def test_each_day_restarts_at_its_own_start_time() -> None:
    frames = [DayFrame(1, DAY, dt.time(9), dt.time(17)),
              DayFrame(2, DAY + dt.timedelta(days=1), dt.time(8, 30), dt.time(15, 30))]
    slots = [Slot(1, 60), Slot(2, 30), Slot(1, 30), Slot(2, 90)]
    sched = schedule(frames, slots, CHICAGO)
    assert clocks(sched.slots) == ["9:00 AM–10:00 AM", "8:30 AM–9:00 AM",
                                   "10:00 AM–10:30 AM", "9:00 AM–10:30 AM"]
    assert [d.total_minutes for d in sched.days] == [90, 120]
    assert sched.slots[1].start.date() == DAY + dt.timedelta(days=1)


def test_a_two_day_session_across_the_autumn_change_keeps_local_starts() -> None:
    # Clocks go back at 2:00 AM on Sunday 2 November 2025 in Chicago.
    sat, sun = dt.date(2025, 11, 1), dt.date(2025, 11, 2)
    sched = schedule([DayFrame(1, sat, dt.time(9)), DayFrame(2, sun, dt.time(9))],
                     [Slot(1, 60), Slot(2, 60)], CHICAGO)
    day1, day2 = sched.slots
    assert day1.start.isoformat() == "2025-11-01T09:00:00-05:00"
    assert day2.start.isoformat() == "2025-11-02T09:00:00-06:00"
    assert [d.start.tzname() for d in sched.days] == ["CDT", "CST"]


def test_an_item_across_the_change_lasts_its_real_minutes() -> None:
    night = dt.date(2025, 11, 1)
    sched = schedule([DayFrame(1, night, dt.time(23))], [Slot(1, 150), Slot(1, 60)], CHICAGO)
    first, second = sched.slots
    # 11 PM CDT + 150 min is 1:30 AM CDT; one hour later it is 1:30 AM again, now CST.
    assert first.end.isoformat() == "2025-11-02T01:30:00-05:00"
    assert second.end.isoformat() == "2025-11-02T01:30:00-06:00"
    assert elapsed(first.end, second.end) == dt.timedelta(hours=1)
    assert "Runs past midnight." in first.warnings


def test_a_pin_in_the_skipped_spring_hour_lands_on_the_real_time() -> None:
    spring = dt.date(2026, 3, 8)
    sched = schedule([DayFrame(1, spring, dt.time(1))],
                     [Slot(1, 30), Slot(1, 30, pinned=dt.time(2, 30))], CHICAGO)
    assert sched.slots[1].start.isoformat() == "2026-03-08T03:30:00-05:00"
    # 1:30 AM CST to 3:30 AM CDT is one real hour.
    assert sched.slots[1].gap_before_minutes == 60


def test_a_first_item_pinned_before_the_day_starts_is_flagged() -> None:
    sched = schedule([DayFrame(1, DAY, dt.time(9))], [Slot(1, 30, pinned=dt.time(8))], CHICAGO)
    assert sched.slots[0].warnings == ("Pinned at 8:00 AM, before the day starts at 9:00 AM.",)


def test_formatting() -> None:
    assert format_clock(dt.time(0, 5)) == "12:05 AM"
    assert format_clock(dt.time(12, 0)) == "12:00 PM"
    assert format_minutes(90) == "1 h 30 min"
    assert format_minutes(120) == "2 h"
    assert format_minutes(5) == "5 min"


slots_strategy = st.lists(
    st.builds(Slot, day=st.integers(1, 3), duration_minutes=st.integers(0, 240),
              pinned=st.one_of(st.none(), st.times(dt.time(6), dt.time(20)).map(
                  lambda t: t.replace(second=0, microsecond=0)))),
    max_size=25,
)
zones = st.sampled_from([CHICAGO, "America/New_York", "Asia/Tokyo", "Europe/Berlin", "UTC"])
first_days = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


def frames_from(first: dt.date) -> list[DayFrame]:
    return [DayFrame(n, first + dt.timedelta(days=n - 1), dt.time(8, 30), dt.time(17))
            for n in (1, 2, 3)]


@given(slots_strategy, zones, first_days)
def test_every_item_starts_where_the_one_before_ends_unless_pinned(
        slots: list[Slot], zone: str, first: dt.date) -> None:
    frames = frames_from(first)
    sched = schedule(frames, slots, zone)
    assert len(sched.slots) == len(slots)
    previous_end: dict[int, dt.datetime] = {f.number: local_time(f.date, f.start, zone)
                                            for f in frames}
    for slot, timed in zip(slots, sched.slots, strict=True):
        assert elapsed(timed.start, timed.end) == dt.timedelta(minutes=slot.duration_minutes)
        before = previous_end[slot.day]
        if slot.pinned is None:
            assert timed.start == before
        else:
            assert timed.start == local_time(frames[slot.day - 1].date, slot.pinned, zone)
            # Gap and overrun account exactly for the distance from the item before.
            if timed.gap_before_minutes or timed.overrun_minutes:
                assert elapsed(before, timed.start) == dt.timedelta(
                    minutes=timed.gap_before_minutes - timed.overrun_minutes)
            assert not (timed.gap_before_minutes and timed.overrun_minutes)
        previous_end[slot.day] = timed.end
    for day in sched.days:
        assert day.total_minutes == sum(s.duration_minutes for s in slots if s.day == day.number)
        assert day.end == previous_end[day.number]


@given(slots_strategy.map(lambda ss: [Slot(1, s.duration_minutes) for s in ss]), zones,
       first_days, st.randoms(use_true_random=False))
def test_reordering_unpinned_items_keeps_the_day_total_and_end(
        slots: list[Slot], zone: str, first: dt.date, rnd: random.Random) -> None:
    frames = frames_from(first)
    shuffled = list(slots)
    rnd.shuffle(shuffled)
    a, b = schedule(frames, slots, zone), schedule(frames, shuffled, zone)
    assert a.days[0].total_minutes == b.days[0].total_minutes
    assert a.days[0].end == b.days[0].end
    assert a.days[0].overrun_minutes == b.days[0].overrun_minutes
