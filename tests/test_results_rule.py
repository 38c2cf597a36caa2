"""The on-track rule: direction, the straight line at today's date, missing data, passed targets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.results import (
    AssistanceData,
    AssistanceStatus,
    Direction,
    IndicatorData,
    ProgressData,
    TrackStatus,
    expected_value,
    format_value,
    track_status,
    validate_assistance,
    validate_indicator,
    validate_progress,
)

ON, OFF, NONE = TrackStatus.ON_TRACK, TrackStatus.OFF_TRACK, TrackStatus.NO_DATA
B_DATE, T_DATE = dt.date(2025, 1, 1), dt.date(2027, 1, 1)
HALFWAY = dt.date(2026, 1, 1)  # 365 of 730 days


def status(direction: str, latest: float | None, today: dt.date, baseline: float = 40,
           target: float = 80) -> TrackStatus:
    return track_status(direction, baseline, B_DATE, target, T_DATE, latest, today)


def test_up_is_on_track_at_or_above_the_line_today() -> None:
    assert expected_value(40, B_DATE, 80, T_DATE, HALFWAY) == 60
    assert status("up", 60, HALFWAY) is ON
    assert status("up", 61, HALFWAY) is ON
    assert status("up", 59.9, HALFWAY) is OFF


def test_down_is_on_track_at_or_below_the_line_today() -> None:
    assert status("down", 60, HALFWAY, baseline=80, target=40) is ON
    assert status("down", 55, HALFWAY, baseline=80, target=40) is ON
    assert status("down", 60.1, HALFWAY, baseline=80, target=40) is OFF


def test_the_same_reading_goes_off_track_as_the_line_moves_on() -> None:
    assert status("up", 55, dt.date(2025, 9, 1)) is ON
    assert status("up", 55, dt.date(2026, 6, 1)) is OFF


def test_before_the_baseline_date_the_line_is_the_baseline() -> None:
    assert status("up", 40, dt.date(2024, 6, 1)) is ON
    assert status("up", 39, dt.date(2024, 6, 1)) is OFF


def test_a_passed_target_date_needs_the_target_itself() -> None:
    later = dt.date(2028, 3, 1)
    assert expected_value(40, B_DATE, 80, T_DATE, later) == 80
    assert status("up", 79, later) is OFF
    assert status("up", 80, later) is ON
    assert status("down", 41, later, baseline=80, target=40) is OFF
    assert status("down", 40, later, baseline=80, target=40) is ON


@pytest.mark.parametrize("missing", ["latest", "baseline_value", "baseline_date", "target_value",
                                     "target_date"])
def test_missing_data_is_no_data(missing: str) -> None:
    args = {"baseline_value": 40.0, "baseline_date": B_DATE, "target_value": 80.0,
            "target_date": T_DATE, "latest_value": 70.0}
    args["latest_value" if missing == "latest" else missing] = None
    assert track_status(Direction.UP, today=HALFWAY, **args) is NONE  # type: ignore[arg-type]


def test_a_target_date_not_after_the_baseline_is_no_data() -> None:
    assert track_status("up", 40, B_DATE, 80, B_DATE, 90, HALFWAY) is NONE


def test_a_reading_on_a_computed_line_is_never_off_track_by_rounding() -> None:
    # 0.1 + (0.3 - 0.1) * share is not exactly representable; the reading typed is.
    today = dt.date(2025, 7, 2)
    line = expected_value(0.1, B_DATE, 0.3, T_DATE, today)
    assert status("up", round(line, 12), today, baseline=0.1, target=0.3) is ON


# -- properties ----------------------------------------------------------------------------

values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))
directions = st.sampled_from(list(Direction))


@given(directions, values, dates, values, st.integers(1, 5000), values, dates)
def test_mirroring_values_swaps_directions(direction: Direction, b: float, bd: dt.date, t: float,
                                           span: int, latest: float, today: dt.date) -> None:
    td = bd + dt.timedelta(days=span)
    other = Direction.DOWN if direction is Direction.UP else Direction.UP
    assert track_status(direction, b, bd, t, td, latest, today) is \
        track_status(other, -b, bd, -t, td, -latest, today)


@given(directions, values, dates, values, st.integers(1, 5000), values, dates,
       st.floats(min_value=0, max_value=1e6))
def test_a_better_reading_is_never_worse_off(direction: Direction, b: float, bd: dt.date, t: float,
                                             span: int, latest: float, today: dt.date,
                                             gain: float) -> None:
    td = bd + dt.timedelta(days=span)
    better = latest + gain if direction is Direction.UP else latest - gain
    if track_status(direction, b, bd, t, td, latest, today) is ON:
        assert track_status(direction, b, bd, t, td, better, today) is ON


@given(directions, values, dates, values, st.integers(1, 5000), dates)
def test_a_reading_on_the_line_is_on_track(direction: Direction, b: float, bd: dt.date, t: float,
                                           span: int, today: dt.date) -> None:
    td = bd + dt.timedelta(days=span)
    line = expected_value(b, bd, t, td, today)
    assert track_status(direction, b, bd, t, td, line, today) is ON


@given(values, dates, values, st.integers(1, 5000), dates)
def test_the_line_stays_between_baseline_and_target(b: float, bd: dt.date, t: float, span: int,
                                                    today: dt.date) -> None:
    td = bd + dt.timedelta(days=span)
    line = expected_value(b, bd, t, td, today)
    slack = 1e-9 * max(1.0, abs(b), abs(t))
    assert min(b, t) - slack <= line <= max(b, t) + slack
    if today >= td:
        assert line == t
    if today <= bd:
        assert line == b


@given(directions, values, dates, values, st.integers(1, 5000), values, st.integers(0, 3000))
def test_after_the_target_date_only_reaching_the_target_counts(
        direction: Direction, b: float, bd: dt.date, t: float, span: int, latest: float,
        days_late: int) -> None:
    td = bd + dt.timedelta(days=span)
    assume(abs(latest - t) > 1e-6 * max(1.0, abs(t), abs(b), abs(latest)))
    reached = latest > t if direction is Direction.UP else latest < t
    got = track_status(direction, b, bd, t, td, latest, td + dt.timedelta(days=days_late))
    assert got is (ON if reached else OFF)


# -- validation ----------------------------------------------------------------------------

def test_indicator_needs_a_name_and_a_target_in_the_good_direction() -> None:
    with pytest.raises(ValidationError) as e:
        validate_indicator(IndicatorData(name="  "))
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        validate_indicator(IndicatorData(name="Evictions", baseline_value=38, target_value=22,
                                         direction=Direction.UP))
    assert e.value.field == "target_value"
    with pytest.raises(ValidationError) as e:
        validate_indicator(IndicatorData(name="Evictions", baseline_date=T_DATE,
                                         target_date=B_DATE))
    assert e.value.field == "target_date"
    with pytest.raises(ValidationError) as e:
        validate_indicator(IndicatorData(name="Evictions", baseline_value=float("nan")))
    assert e.value.field == "baseline_value"
    ok = validate_indicator(IndicatorData(name=" Evictions ", baseline_value=38, target_value=22,
                                          direction=Direction.DOWN))
    assert ok.name == "Evictions"


def test_progress_needs_a_date_and_something_to_say() -> None:
    with pytest.raises(ValidationError) as e:
        validate_progress(ProgressData(values={1: 3.0}))
    assert e.value.field == "on_date"
    with pytest.raises(ValidationError) as e:
        validate_progress(ProgressData(on_date=HALFWAY, narrative="  "))
    assert e.value.field == "values"


def test_an_open_request_has_no_closing_date() -> None:
    with pytest.raises(ValidationError) as e:
        validate_assistance(AssistanceData(person_id=1, need="Dashboard", closed_on=HALFWAY,
                                           status=AssistanceStatus.IN_PROGRESS))
    assert e.value.field == "closed_on"
    with pytest.raises(ValidationError) as e:
        validate_assistance(AssistanceData(person_id=1, need="Dashboard", requested_on=HALFWAY,
                                           started_on=B_DATE))
    assert e.value.field == "started_on"


def test_values_print_as_people_write_them() -> None:
    assert format_value(42.0, "%") == "42%"
    assert format_value(27.25, "per 1,000") == "27.25 per 1,000"
    assert format_value(1500, "$") == "$1,500"
    assert format_value(None, "%") == "—"
