"""Results frameworks: vocabularies, records, and the rule for whether an indicator is on track.

## The on-track rule

An indicator has a baseline (value, date), a target (value, date) and a direction: *up* when a
higher value is better, *down* when a lower value is better. Its *latest* reading is the value of
the most recent progress update (by date) that gives one and is dated on or before *today*: a
reading dated later (typed by mistake, or in a workspace opened "as of" an earlier day) never
decides the status. New updates dated after today, and readings dated before an indicator's
baseline date, are refused when they are recorded.

1. **No data** when there is no latest reading, or the baseline or the target lacks a value or a
   date, or the target date is not after the baseline date (there is no line to draw).
2. Otherwise draw the straight line from (baseline date, baseline value) to (target date, target
   value) and read it at *today*: the **expected** value. Before the baseline date the line is
   flat at the baseline; after the target date it is flat at the target, so once the target date
   has passed only reaching the target counts.
3. **On track** when the latest reading is at least as good as the expected value: at or above it
   when up is good, at or below it when down is good. Otherwise **off track**. Equal counts as on
   track (a small tolerance absorbs floating-point noise).

The latest reading is compared with the line at today's date, not at the reading's own date, so a
reading that has not been refreshed for a while drifts off track as the line moves on: that is
the prompt to ask the member for an update.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from cohortdesk.domain.enums import Labelled
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.text import clean
from cohortdesk.domain.validation import check_order, refusal, require_text

# Refusals with values in them, by ValidationError key; {…_day} are days.
REFUSALS = {
    "results: after today": "{reading_day} is after today ({today_day}). Record a reading once it "
                            "has been taken.",
    "results: before baseline": "{reading_day} is before the baseline date of “{indicator}” "
                                "({baseline_day}). Record earlier figures as the baseline, or "
                                "leave this reading blank.",
}

# Relative tolerance for "equal to the line": readings are typed by people, and the line is
# computed in floating point, so a reading exactly on the line must never show as off track.
TOLERANCE = 1e-9


class Direction(Labelled):
    UP = "up"
    DOWN = "down"

    @property
    def label(self) -> str:
        return "Higher is better" if self is Direction.UP else "Lower is better"

    @property
    def arrow(self) -> str:
        return "↑" if self is Direction.UP else "↓"


class TrackStatus(Labelled):
    ON_TRACK = "on_track"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


class StrategyStatus(Labelled):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    PAUSED = "paused"


class AssistanceStatus(Labelled):
    REQUESTED = "requested"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DECLINED = "declined"

    @property
    def is_open(self) -> bool:
        return self in (AssistanceStatus.REQUESTED, AssistanceStatus.IN_PROGRESS)


# -- the rule --------------------------------------------------------------------------------

def expected_value(
    baseline_value: float, baseline_date: dt.date,
    target_value: float, target_date: dt.date, on: dt.date,
) -> float:
    """The straight line from baseline to target, read at `on` (flat outside the two dates)."""
    if target_date <= baseline_date:
        raise ValueError("The target date must be after the baseline date.")
    if on <= baseline_date:
        return baseline_value
    if on >= target_date:
        return target_value
    share = (on - baseline_date).days / (target_date - baseline_date).days
    return baseline_value + (target_value - baseline_value) * share


def track_status(
    direction: Direction | str,
    baseline_value: float | None, baseline_date: dt.date | None,
    target_value: float | None, target_date: dt.date | None,
    latest_value: float | None, today: dt.date,
) -> TrackStatus:
    """On track, off track or no data, by the rule in this module's docstring."""
    if (latest_value is None or baseline_value is None or baseline_date is None
            or target_value is None or target_date is None or target_date <= baseline_date):
        return TrackStatus.NO_DATA
    expected = expected_value(baseline_value, baseline_date, target_value, target_date, today)
    slack = TOLERANCE * max(1.0, abs(baseline_value), abs(target_value), abs(latest_value))
    if Direction(direction) is Direction.UP:
        good = latest_value >= expected - slack
    else:
        good = latest_value <= expected + slack
    return TrackStatus.ON_TRACK if good else TrackStatus.OFF_TRACK


# -- what forms send -------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorData:
    name: str = ""
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    target_value: float | None = None
    target_date: dt.date | None = None
    direction: Direction = Direction.UP
    data_source: str = ""


@dataclass(frozen=True)
class StrategyData:
    description: str = ""
    owner: str = ""
    status: StrategyStatus = StrategyStatus.PLANNED


@dataclass(frozen=True)
class ProgressData:
    """One progress update of a member: a date, readings by indicator id, a short narrative."""

    on_date: dt.date | None = None
    narrative: str = ""
    session_id: int | None = None
    values: dict[int, float] = field(default_factory=dict)


@dataclass(frozen=True)
class AssistanceData:
    person_id: int | None = None
    need: str = ""
    partner_id: int | None = None
    status: AssistanceStatus = AssistanceStatus.REQUESTED
    requested_on: dt.date | None = None
    started_on: dt.date | None = None
    closed_on: dt.date | None = None
    notes: str = ""


def validate_statement(statement: str) -> str:
    return require_text("statement", statement, "The result statement")


def validate_indicator(data: IndicatorData) -> IndicatorData:
    """Return the cleaned indicator, or raise ValidationError naming the field."""
    direction = Direction(data.direction)
    cleaned = IndicatorData(
        name=require_text("name", data.name, "The indicator name"),
        unit=clean(data.unit), baseline_value=data.baseline_value,
        baseline_date=data.baseline_date, target_value=data.target_value,
        target_date=data.target_date, direction=direction, data_source=clean(data.data_source),
    )
    for name in ("baseline_value", "target_value"):
        value = getattr(cleaned, name)
        if value is not None and not math.isfinite(value):
            raise ValidationError(name, "Enter a number.")
    start, end = cleaned.baseline_date, cleaned.target_date
    if start and end and end <= start:
        raise ValidationError("target_date", "The target date must be after the baseline date.")
    b, t = cleaned.baseline_value, cleaned.target_value
    if b is not None and t is not None:
        if direction is Direction.UP and t < b:
            raise ValidationError(
                "target_value", "The target is below the baseline, but higher is better.")
        if direction is Direction.DOWN and t > b:
            raise ValidationError(
                "target_value", "The target is above the baseline, but lower is better.")
    return cleaned


def validate_strategy(data: StrategyData) -> StrategyData:
    return StrategyData(
        description=require_text("description", data.description, "The strategy"),
        owner=clean(data.owner), status=StrategyStatus(data.status),
    )


def validate_progress(data: ProgressData, today: dt.date | None = None) -> ProgressData:
    """Return the cleaned update. Refused: no date, a date after `today` (default: the clock's)."""
    if data.on_date is None:
        raise ValidationError("on_date", "Enter the date of the update.")
    today = today or dt.date.today()
    if data.on_date > today:
        raise refusal("on_date", "results: after today", REFUSALS["results: after today"],
                      reading_day=data.on_date.isoformat(), today_day=today.isoformat(),
                      english={"reading_day": _day(data.on_date), "today_day": _day(today)})
    for value in data.values.values():
        if not math.isfinite(value):
            raise ValidationError("values", "Each reading must be a number.")
    narrative = clean(data.narrative)
    if not narrative and not data.values:
        raise ValidationError("values", "Enter at least one reading or a narrative.")
    return ProgressData(on_date=data.on_date, narrative=narrative, session_id=data.session_id,
                        values=dict(data.values))


def check_reading_dates(on_date: dt.date,
                        baselines: dict[int, tuple[str, dt.date | None]],
                        values: dict[int, float]) -> None:
    """Refuse a reading dated before its indicator's baseline date, naming the date field.

    `baselines` maps indicator id to (name, baseline date) for the indicators read in `values`.
    """
    for indicator_id in sorted(values):
        name, baseline = baselines.get(indicator_id, ("", None))
        if baseline is not None and on_date < baseline:
            raise refusal(
                "on_date", "results: before baseline", REFUSALS["results: before baseline"],
                reading_day=on_date.isoformat(), indicator=name,
                baseline_day=baseline.isoformat(),
                english={"reading_day": _day(on_date), "baseline_day": _day(baseline)})


def validate_assistance(data: AssistanceData) -> AssistanceData:
    if data.person_id is None:
        raise ValidationError("person_id", "Choose the member who needs the assistance.")
    status = AssistanceStatus(data.status)
    cleaned = AssistanceData(
        person_id=data.person_id, need=require_text("need", data.need, "The need"),
        partner_id=data.partner_id, status=status, requested_on=data.requested_on,
        started_on=data.started_on, closed_on=data.closed_on, notes=clean(data.notes),
    )
    check_order("requested_on", cleaned.requested_on, "started_on", cleaned.started_on)
    check_order("requested_on", cleaned.requested_on, "closed_on", cleaned.closed_on)
    check_order("started_on", cleaned.started_on, "closed_on", cleaned.closed_on)
    if status.is_open and cleaned.closed_on is not None:
        raise ValidationError(
            "closed_on", "Only a request that is done or declined has a closing date.")
    return cleaned


# -- what views and print receive ------------------------------------------------------------

@dataclass(frozen=True)
class Reading:
    on_date: dt.date
    value: float


@dataclass(frozen=True)
class IndicatorRecord(IndicatorData):
    id: int = 0
    result_id: int = 0
    readings: tuple[Reading, ...] = ()
    expected_today: float | None = None
    status: TrackStatus = TrackStatus.NO_DATA
    # The day the status was judged; readings dated after it are never the latest.
    as_of: dt.date | None = None

    @property
    def latest(self) -> Reading | None:
        """The newest reading dated on or before `as_of` (readings are in date order)."""
        for reading in reversed(self.readings):
            if self.as_of is None or reading.on_date <= self.as_of:
                return reading
        return None


@dataclass(frozen=True)
class StrategyRecord(StrategyData):
    id: int = 0
    result_id: int = 0


@dataclass(frozen=True)
class ResultRecord:
    id: int
    statement: str
    indicators: tuple[IndicatorRecord, ...] = ()
    strategies: tuple[StrategyRecord, ...] = ()


@dataclass(frozen=True)
class ProgressRecord:
    id: int
    on_date: dt.date
    narrative: str
    session_id: int | None
    session_title: str
    values: dict[int, float]


@dataclass(frozen=True)
class AssistanceRecord(AssistanceData):
    id: int = 0
    cohort_id: int = 0
    person_name: str = ""
    partner_name: str = ""


@dataclass(frozen=True)
class MemberFramework:
    cohort_id: int
    person_id: int
    person_name: str
    organization: str
    jurisdiction: str
    results: tuple[ResultRecord, ...]
    updates: tuple[ProgressRecord, ...]
    assistance: tuple[AssistanceRecord, ...]

    @property
    def indicators(self) -> tuple[IndicatorRecord, ...]:
        return tuple(i for r in self.results for i in r.indicators)


@dataclass(frozen=True)
class OverviewRow:
    person_id: int
    person_name: str
    jurisdiction: str
    result: str
    indicator: IndicatorRecord


@dataclass(frozen=True)
class CohortOverview:
    cohort_id: int
    cohort_name: str
    program: str
    today: dt.date
    rows: tuple[OverviewRow, ...]
    members_without_framework: tuple[str, ...] = ()

    def count(self, status: TrackStatus) -> int:
        return sum(1 for r in self.rows if r.indicator.status is status)


@dataclass(frozen=True)
class ResultsPrintData:
    """Everything the printed "Results framework" section needs, read in one go."""

    overview: CohortOverview
    frameworks: tuple[MemberFramework, ...]


def _day(value: dt.date) -> str:
    return f"{value.day} {value:%b %Y}"


# Why an indicator has its status, by key; explain_status fills in the values. An app words
# the same sentences in its own language (ui/results/status_words.py).
STATUS_REASONS = {
    "no data: incomplete": "No data: the baseline or the target lacks a value or a date.",
    "no data: dates": "No data: the target date is not after the baseline date.",
    "no data: no reading": "No data: no reading yet.",
    "status": "{status}",
    "reading": "{status}: the latest reading, {reading} ({reading_day}), is {comparison} "
               "{expected}, the value the straight line from baseline to target expects{when} "
               "({direction}).{passed}",
}
COMPARISONS = ("at or above", "below", "at or below", "above")
TARGET_PASSED = " The target date has passed, so only the target itself counts."


@dataclass(frozen=True)
class StatusReason:
    """Why an indicator has its status: a STATUS_REASONS key and what goes in it."""

    key: str
    status: TrackStatus
    reading: str = ""
    reading_day: dt.date | None = None
    comparison: str = ""  # one of COMPARISONS
    expected: str = ""
    as_of: dt.date | None = None  # None: today
    direction: Direction = Direction.UP
    passed: bool = False  # the target date has passed


def status_reason(ind: IndicatorRecord) -> StatusReason:
    """Why an indicator has its status (see `explain_status`)."""
    if ind.status is TrackStatus.NO_DATA:
        if (ind.baseline_value is None or ind.baseline_date is None
                or ind.target_value is None or ind.target_date is None):
            return StatusReason("no data: incomplete", ind.status)
        if ind.target_date <= ind.baseline_date:
            return StatusReason("no data: dates", ind.status)
        return StatusReason("no data: no reading", ind.status)
    latest = ind.latest
    if latest is None or ind.expected_today is None:  # not reached: the status needs both
        return StatusReason("status", ind.status)
    on_track = ind.status is TrackStatus.ON_TRACK
    if ind.direction is Direction.UP:
        comparison = COMPARISONS[0] if on_track else COMPARISONS[1]
    else:
        comparison = COMPARISONS[2] if on_track else COMPARISONS[3]
    return StatusReason(
        "reading", ind.status, reading=format_value(latest.value, ind.unit),
        reading_day=latest.on_date, comparison=comparison,
        expected=format_value(round(ind.expected_today, 2), ind.unit),
        as_of=ind.as_of if ind.as_of is not None and ind.as_of != dt.date.today() else None,
        direction=ind.direction,
        passed=bool(ind.as_of and ind.target_date and ind.as_of >= ind.target_date))


def explain_status(ind: IndicatorRecord) -> str:
    """Why an indicator has its status, in a sentence or two: the expected value, the latest."""
    why = status_reason(ind)
    if why.key == "status":
        return why.status.label
    if why.key != "reading" or why.reading_day is None:
        return STATUS_REASONS[why.key]
    return STATUS_REASONS[why.key].format(
        status=why.status.label, reading=why.reading, reading_day=_day(why.reading_day),
        comparison=why.comparison, expected=why.expected,
        when=" today" if why.as_of is None else f" on {_day(why.as_of)}",
        direction=why.direction.label.lower(), passed=TARGET_PASSED if why.passed else "")


def format_value(value: float | None, unit: str = "") -> str:
    """A reading as people write it: no trailing ".0", the unit after it ("42.5 %")."""
    if value is None:
        return "—"
    if float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return with_unit(text, unit)


def with_unit(text: str, unit: str) -> str:
    """A number already written out, with its unit: "42.5%", "$30", "63 days"."""
    if not unit:
        return text
    if unit in ("%", "percent"):
        return f"{text}%"
    if unit == "$":
        return f"${text}"
    return f"{text} {unit}"
