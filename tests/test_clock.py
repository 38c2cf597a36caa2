"""Typed times: every way staff write a clock time reads as the time they meant."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.domain.agenda import format_clock
from cohortdesk.domain.clock import parse_time, try_parse_time
from cohortdesk.domain.errors import ValidationError

times = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
MERIDIEMS = ("a", "am", "a.m.", "A", "AM", "A.M.", "p", "pm", "p.m.", "P", "PM")


@pytest.mark.parametrize(("typed", "meant"), [
    ("9:30", dt.time(9, 30)), ("930", dt.time(9, 30)), ("0930", dt.time(9, 30)),
    ("9.30a", dt.time(9, 30)), ("9.30p", dt.time(21, 30)), ("14h30", dt.time(14, 30)),
    ("14h", dt.time(14, 0)), ("9", dt.time(9, 0)), ("9am", dt.time(9, 0)),
    ("2 pm", dt.time(14, 0)), ("2:15 P.M.", dt.time(14, 15)), ("12am", dt.time(0, 0)),
    ("12 pm", dt.time(12, 0)), ("12:05a", dt.time(0, 5)), ("1430", dt.time(14, 30)),
    ("  9:30 AM ", dt.time(9, 30)), ("0:00", dt.time(0, 0)), ("23:59", dt.time(23, 59)),
    ("noon", dt.time(12, 0)), ("Midnight", dt.time(0, 0)), ("7.05", dt.time(7, 5)),
])
def test_examples(typed: str, meant: dt.time) -> None:
    assert parse_time(typed) == meant


@pytest.mark.parametrize("typed", [
    "", "   ", "24:00", "9:60", "9:5", "13pm", "0am", "abc", "9:30 xm", "12345", "9::30",
    "-1", "9:30:00", "h30", "1 2", "99",
])
def test_what_is_not_a_time_is_refused_with_a_hint(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_time(typed, "starts_at")
    assert caught.value.field == "starts_at"
    assert "9:30" in caught.value.message  # says what to type instead
    assert try_parse_time(typed) is None


@given(times)
def test_what_the_app_writes_reads_back(t: dt.time) -> None:
    assert parse_time(format_clock(t)) == t


@given(times)
def test_the_24_hour_clock_in_every_spelling(t: dt.time) -> None:
    h, m = t.hour, t.minute
    for typed in (f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}h{m:02d}",
                  f"{h:02d}{m:02d}", f"{h}{m:02d}"):
        assert parse_time(typed) == t, typed


@given(times, st.sampled_from(MERIDIEMS), st.sampled_from(["", " "]),
       st.sampled_from([":", ".", ""]))
def test_the_12_hour_clock_in_every_spelling(t: dt.time, meridiem: str, space: str,
                                             sep: str) -> None:
    hour12 = t.hour % 12 or 12
    morning = meridiem.lower().startswith("a")
    typed = f"{hour12}{sep}{t.minute:02d}{space}{meridiem}"
    expected = dt.time((hour12 % 12) + (0 if morning else 12), t.minute)
    assert parse_time(typed) == expected


@given(st.integers(0, 99), st.integers(0, 99))
def test_out_of_range_hours_and_minutes_are_refused(h: int, m: int) -> None:
    typed = f"{h}:{m:02d}"
    if h <= 23 and m <= 59:
        assert parse_time(typed) == dt.time(h, m)
    else:
        with pytest.raises(ValidationError):
            parse_time(typed)


@given(st.text(max_size=12))
def test_any_text_is_a_time_or_a_validation_error(text: str) -> None:
    try:
        result = parse_time(text)
    except ValidationError:
        return
    assert isinstance(result, dt.time)
