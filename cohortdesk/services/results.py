"""Results frameworks: each member's results, indicators, strategies and progress updates.

Reads hand back frozen records from domain/results.py with each indicator's readings, the value
the straight line expects today and its on-track status already worked out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from cohortdesk import paths
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import jurisdiction as jurisdiction_of
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.results import (
    CohortOverview,
    Direction,
    IndicatorData,
    IndicatorRecord,
    MemberFramework,
    OverviewRow,
    ProgressData,
    ProgressRecord,
    Reading,
    ResultRecord,
    ResultsPrintData,
    StrategyData,
    StrategyRecord,
    StrategyStatus,
    TrackStatus,
    check_reading_dates,
    expected_value,
    format_value,
    track_status,
    validate_indicator,
    validate_progress,
    validate_statement,
    validate_strategy,
)
from cohortdesk.domain.text import fold
from cohortdesk.services import technical_assistance
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
from cohortdesk.store.models.results import (
    FrameworkResult,
    Indicator,
    ProgressUpdate,
    ProgressValue,
    Strategy,
)

TABLES = ("framework_result", "indicator", "strategy", "progress_update", "progress_value",
          "technical_assistance_request")

OVERVIEW_COLUMNS = ("id", "Member", "Jurisdiction", "Indicator", "Baseline", "Latest",
                    "Expected today", "Target", "Status")

Progress = Callable[[int, int], None]


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- members --------------------------------------------------------------------------------

def _member_name(session: Session, person_id: int) -> str:
    p = session.get(Person, person_id)
    if p is None:
        raise NotFoundError(f"Person {person_id} is not in this workspace.")
    return person_display_name(p.given_name, p.family_name, p.preferred_name)


def _check_member(session: Session, cohort_id: int, person_id: int) -> None:
    if session.get(Cohort, cohort_id) is None:
        raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
    found = session.scalar(select(Membership.id).where(
        Membership.cohort_id == cohort_id, Membership.person_id == person_id))
    if found is None:
        raise ValidationError("person_id", "This person is not a member of the cohort.")


def _get(session: Session, model: Any, row_id: int, noun: str) -> Any:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"That {noun} is no longer in this workspace.")
    return row


# -- results --------------------------------------------------------------------------------

def add_result(store: Store, cohort_id: int, person_id: int, statement: str, *,
               source: object | None = None) -> int:
    text = validate_statement(statement)
    with store.read() as session:
        label = f"Add Result for {_member_name(session, person_id)}"
    with store.change(label, source=source) as session:
        _check_member(session, cohort_id, person_id)
        position = session.scalar(select(func.count()).where(
            FrameworkResult.cohort_id == cohort_id, FrameworkResult.person_id == person_id)) or 0
        row = FrameworkResult(cohort_id=cohort_id, person_id=person_id, statement=text,
                              position=int(position))
        session.add(row)
        session.flush()
        return row.id


def update_result(store: Store, result_id: int, statement: str, *,
                  source: object | None = None) -> None:
    text = validate_statement(statement)
    with store.change(f"Edit Result “{_short(text)}”", source=source) as session:
        _get(session, FrameworkResult, result_id, "result").statement = text


def delete_result(store: Store, result_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        text = _get(session, FrameworkResult, result_id, "result").statement
    with store.change(f"Delete Result “{_short(text)}”", source=source) as session:
        session.delete(_get(session, FrameworkResult, result_id, "result"))


# -- indicators -----------------------------------------------------------------------------

def _apply_indicator(row: Indicator, data: IndicatorData) -> None:
    for f in dataclasses.fields(IndicatorData):
        setattr(row, f.name, getattr(data, f.name))
    row.direction = Direction(data.direction).value


def add_indicator(store: Store, result_id: int, data: IndicatorData, *,
                  source: object | None = None) -> int:
    cleaned = validate_indicator(data)
    with store.change(f"Add Indicator {cleaned.name}", source=source) as session:
        _get(session, FrameworkResult, result_id, "result")
        position = session.scalar(select(func.count()).where(Indicator.result_id == result_id)) or 0
        row = Indicator(result_id=result_id, position=int(position))
        _apply_indicator(row, cleaned)
        session.add(row)
        session.flush()
        return row.id


def update_indicator(store: Store, indicator_id: int, data: IndicatorData, *,
                     source: object | None = None) -> None:
    cleaned = validate_indicator(data)
    with store.change(f"Edit Indicator {cleaned.name}", source=source) as session:
        _apply_indicator(_get(session, Indicator, indicator_id, "indicator"), cleaned)


def delete_indicator(store: Store, indicator_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _get(session, Indicator, indicator_id, "indicator").name
    with store.change(f"Delete Indicator {name}", source=source) as session:
        session.delete(_get(session, Indicator, indicator_id, "indicator"))


# -- strategies -----------------------------------------------------------------------------

def add_strategy(store: Store, result_id: int, data: StrategyData, *,
                 source: object | None = None) -> int:
    cleaned = validate_strategy(data)
    with store.change(f"Add Strategy “{_short(cleaned.description)}”", source=source) as session:
        _get(session, FrameworkResult, result_id, "result")
        position = session.scalar(select(func.count()).where(Strategy.result_id == result_id)) or 0
        row = Strategy(result_id=result_id, description=cleaned.description, owner=cleaned.owner,
                       status=cleaned.status.value, position=int(position))
        session.add(row)
        session.flush()
        return row.id


def update_strategy(store: Store, strategy_id: int, data: StrategyData, *,
                    source: object | None = None) -> None:
    cleaned = validate_strategy(data)
    with store.change(f"Edit Strategy “{_short(cleaned.description)}”", source=source) as session:
        row = _get(session, Strategy, strategy_id, "strategy")
        row.description, row.owner = cleaned.description, cleaned.owner
        row.status = cleaned.status.value


def delete_strategy(store: Store, strategy_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        text = _get(session, Strategy, strategy_id, "strategy").description
    with store.change(f"Delete Strategy “{_short(text)}”", source=source) as session:
        session.delete(_get(session, Strategy, strategy_id, "strategy"))


# -- progress updates -----------------------------------------------------------------------

def _check_progress_refs(session: Session, cohort_id: int, person_id: int,
                         data: ProgressData) -> None:
    if data.session_id is not None:
        s = session.get(CohortSession, data.session_id)
        if s is None or s.cohort_id != cohort_id:
            raise ValidationError("session_id", "That session is not one of this cohort's.")
    if data.values:
        owned = {iid: (name, baseline) for iid, name, baseline in session.execute(
            select(Indicator.id, Indicator.name, Indicator.baseline_date)
            .join(FrameworkResult, FrameworkResult.id == Indicator.result_id)
            .where(FrameworkResult.cohort_id == cohort_id, FrameworkResult.person_id == person_id))}
        if not set(data.values) <= set(owned):
            raise ValidationError(
                "values", "A reading is for an indicator this member does not have.")
        assert data.on_date is not None  # validate_progress requires it
        check_reading_dates(data.on_date, owned, data.values)


def _write_values(session: Session, update_id: int, values: dict[int, float]) -> None:
    session.execute(delete(ProgressValue).where(ProgressValue.update_id == update_id))
    for indicator_id, value in sorted(values.items()):
        session.add(ProgressValue(update_id=update_id, indicator_id=indicator_id,
                                  value=float(value)))


def record_progress(store: Store, cohort_id: int, person_id: int, data: ProgressData, *,
                    today: dt.date | None = None, source: object | None = None) -> int:
    """Add a dated update. Refused: a date after `today` (default: the clock's), or a reading
    dated before its indicator's baseline date."""
    cleaned = validate_progress(data, today)
    with store.read() as session:
        label = f"Add Progress Update for {_member_name(session, person_id)}"
    with store.change(label, source=source) as session:
        _check_member(session, cohort_id, person_id)
        _check_progress_refs(session, cohort_id, person_id, cleaned)
        row = ProgressUpdate(cohort_id=cohort_id, person_id=person_id, on_date=cleaned.on_date,
                             narrative=cleaned.narrative, session_id=cleaned.session_id)
        session.add(row)
        session.flush()
        _write_values(session, row.id, cleaned.values)
        return row.id


def update_progress(store: Store, update_id: int, data: ProgressData, *,
                    today: dt.date | None = None, source: object | None = None) -> None:
    cleaned = validate_progress(data, today)
    with store.read() as session:
        row = _get(session, ProgressUpdate, update_id, "progress update")
        label = f"Edit Progress Update for {_member_name(session, row.person_id)}"
    with store.change(label, source=source) as session:
        row = _get(session, ProgressUpdate, update_id, "progress update")
        _check_progress_refs(session, row.cohort_id, row.person_id, cleaned)
        row.on_date, row.narrative, row.session_id = (
            cleaned.on_date, cleaned.narrative, cleaned.session_id)
        _write_values(session, row.id, cleaned.values)


def delete_progress(store: Store, update_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        row = _get(session, ProgressUpdate, update_id, "progress update")
        label = f"Delete Progress Update for {_member_name(session, row.person_id)}"
    with store.change(label, source=source) as session:
        session.delete(_get(session, ProgressUpdate, update_id, "progress update"))


# -- reading frameworks ---------------------------------------------------------------------

def _indicator_record(row: Indicator, readings: list[Reading], today: dt.date) -> IndicatorRecord:
    direction = Direction(row.direction)
    # The newest reading dated on or before today: a later one never decides the status.
    current = [r for r in readings if r.on_date <= today]
    latest = current[-1].value if current else None
    expected = None
    if (row.baseline_value is not None and row.baseline_date and row.target_value is not None
            and row.target_date and row.target_date > row.baseline_date):
        expected = expected_value(row.baseline_value, row.baseline_date, row.target_value,
                                  row.target_date, today)
    return IndicatorRecord(
        name=row.name, unit=row.unit, baseline_value=row.baseline_value,
        baseline_date=row.baseline_date, target_value=row.target_value,
        target_date=row.target_date, direction=direction, data_source=row.data_source,
        id=row.id, result_id=row.result_id, readings=tuple(readings), expected_today=expected,
        status=track_status(direction, row.baseline_value, row.baseline_date, row.target_value,
                            row.target_date, latest, today),
        as_of=today,
    )


def _load_results(session: Session, cohort_id: int, today: dt.date,
                  person_ids: Iterable[int] | None = None) -> dict[int, list[ResultRecord]]:
    """Results by person, with indicators (readings in date order) and strategies, in 4 queries."""
    where = [FrameworkResult.cohort_id == cohort_id]
    if person_ids is not None:
        where.append(FrameworkResult.person_id.in_(list(person_ids)))
    results = session.scalars(select(FrameworkResult).where(*where)
                              .order_by(FrameworkResult.position, FrameworkResult.id)).all()
    ids = [r.id for r in results]
    indicators: dict[int, list[Indicator]] = defaultdict(list)
    for ind in session.scalars(select(Indicator).where(Indicator.result_id.in_(ids))
                               .order_by(Indicator.position, Indicator.id)):
        indicators[ind.result_id].append(ind)
    strategies: dict[int, list[StrategyRecord]] = defaultdict(list)
    for s in session.scalars(select(Strategy).where(Strategy.result_id.in_(ids))
                             .order_by(Strategy.position, Strategy.id)):
        strategies[s.result_id].append(StrategyRecord(
            description=s.description, owner=s.owner, status=StrategyStatus(s.status),
            id=s.id, result_id=s.result_id))
    readings: dict[int, list[Reading]] = defaultdict(list)
    stmt = (select(ProgressValue.indicator_id, ProgressUpdate.on_date, ProgressValue.value)
            .join(ProgressUpdate, ProgressUpdate.id == ProgressValue.update_id)
            .join(Indicator, Indicator.id == ProgressValue.indicator_id)
            .where(Indicator.result_id.in_(ids))
            .order_by(ProgressUpdate.on_date, ProgressUpdate.id))
    for indicator_id, on_date, value in session.execute(stmt):
        readings[indicator_id].append(Reading(on_date, float(value)))
    by_person: dict[int, list[ResultRecord]] = defaultdict(list)
    for r in results:
        by_person[r.person_id].append(ResultRecord(
            id=r.id, statement=r.statement,
            indicators=tuple(_indicator_record(i, readings[i.id], today) for i in indicators[r.id]),
            strategies=tuple(strategies[r.id]),
        ))
    return by_person


def _members(session: Session, cohort_id: int, person_ids: Iterable[int] | None = None
             ) -> list[tuple[int, str, str, str]]:
    """(person id, display name, organization, jurisdiction) of the cohort's members by name."""
    stmt = (select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
                   Organization.name, Organization.kind, Organization.city,
                   Organization.state_region)
            .join(Membership, Membership.person_id == Person.id)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Membership.cohort_id == cohort_id, Membership.role == "member"))
    if person_ids is not None:
        stmt = stmt.where(Person.id.in_(list(person_ids)))
    rows = []
    for pid, given, family, preferred, org, kind, city, state in session.execute(stmt):
        rows.append((pid, person_display_name(given, family, preferred), org or "",
                     jurisdiction_of(org, kind, city, state)))
    return sorted(rows, key=lambda r: fold(r[1]))


def _updates(session: Session, cohort_id: int, person_id: int) -> tuple[ProgressRecord, ...]:
    rows = session.execute(
        select(ProgressUpdate, CohortSession.title)
        .outerjoin(CohortSession, CohortSession.id == ProgressUpdate.session_id)
        .where(ProgressUpdate.cohort_id == cohort_id, ProgressUpdate.person_id == person_id)
        .order_by(ProgressUpdate.on_date.desc(), ProgressUpdate.id.desc())).all()
    values: dict[int, dict[int, float]] = defaultdict(dict)
    for uid, iid, v in session.execute(
            select(ProgressValue.update_id, ProgressValue.indicator_id, ProgressValue.value)
            .where(ProgressValue.update_id.in_([u.id for u, _ in rows]))):
        values[uid][iid] = float(v)
    return tuple(ProgressRecord(id=u.id, on_date=u.on_date, narrative=u.narrative,
                                session_id=u.session_id, session_title=title or "",
                                values=values[u.id]) for u, title in rows)


def get_framework(store: Store, cohort_id: int, person_id: int,
                  today: dt.date | None = None) -> MemberFramework:
    """One member's framework page: results, indicators, strategies, updates and assistance."""
    today = today or dt.date.today()
    with store.read() as session:
        if session.get(Cohort, cohort_id) is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        p = session.get(Person, person_id)
        if p is None:
            raise NotFoundError(f"Person {person_id} is not in this workspace.")
        org = p.organization
        results = _load_results(session, cohort_id, today, [person_id]).get(person_id, [])
        updates = _updates(session, cohort_id, person_id)
        return MemberFramework(
            cohort_id=cohort_id, person_id=person_id,
            person_name=person_display_name(p.given_name, p.family_name, p.preferred_name),
            organization=org.name if org else "",
            jurisdiction=jurisdiction_of(org.name, org.kind, org.city, org.state_region) if org else "",
            results=tuple(results), updates=updates,
            assistance=tuple(
                technical_assistance.requests(session, cohort_id, person_id=person_id)),
        )


def cohort_overview(store: Store, cohort_id: int, today: dt.date | None = None) -> CohortOverview:
    """Members by indicators: baseline, latest and target with each indicator's status."""
    today = today or dt.date.today()
    with store.read() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        results = _load_results(session, cohort_id, today)
        rows: list[OverviewRow] = []
        without: list[str] = []
        for pid, name, _org, jurisdiction in _members(session, cohort_id):
            found = [(r, i) for r in results.get(pid, []) for i in r.indicators]
            if not found:
                without.append(name)
            rows += [OverviewRow(pid, name, jurisdiction, r.statement, i) for r, i in found]
        return CohortOverview(cohort_id=cohort.id, cohort_name=cohort.name,
                              program=cohort.program, today=today, rows=tuple(rows),
                              members_without_framework=tuple(without))


def overview_rows(store: Store, cohort_id: int, today: dt.date | None = None) -> RowSet:
    """The overview as table rows; the id column is the person id (double-click opens the page)."""
    return overview_rowset(cohort_overview(store, cohort_id, today))


def overview_rowset(overview: CohortOverview) -> RowSet:
    """Table rows of an overview already read, in its order (one row per member and indicator).

    "Expected today" is the straight line from baseline to target read at the overview's day:
    the value the latest reading is compared with.
    """
    rows, keys = [], []
    for r in overview.rows:
        i = r.indicator
        latest = i.latest
        shown = f"{format_value(latest.value, i.unit)} ({latest.on_date:%b %Y})" if latest else "—"
        expected = (format_value(round(i.expected_today, 2), i.unit)
                    if i.expected_today is not None else "—")
        rows.append((r.person_id, r.person_name, r.jurisdiction, i.name,
                     format_value(i.baseline_value, i.unit), shown, expected,
                     format_value(i.target_value, i.unit), i.status.label))
        keys.append(fold(f"{r.person_name}\t{r.jurisdiction}\t{i.name}\t{r.result}"))
    return RowSet(OVERVIEW_COLUMNS, rows, keys)


def members_with_frameworks(store: Store, cohort_id: int) -> list[tuple[int, str]]:
    """Members of the cohort (person id, name) for pickers, those with a framework first."""
    with store.read() as session:
        having = set(session.scalars(select(FrameworkResult.person_id)
                                     .where(FrameworkResult.cohort_id == cohort_id)))
        members = _members(session, cohort_id)
    return [(pid, name) for pid, name, *_ in sorted(members, key=lambda m: m[0] not in having)]


def print_data(store: Store, cohort_id: int, today: dt.date | None = None,
               progress: Progress | None = None) -> ResultsPrintData:
    """What the printed section needs: the overview, then each member with a framework."""
    today = today or dt.date.today()
    overview = cohort_overview(store, cohort_id, today)
    person_ids = list(dict.fromkeys(r.person_id for r in overview.rows))
    frameworks = []
    for n, pid in enumerate(person_ids):
        if progress:
            progress(n, len(person_ids))
        frameworks.append(get_framework(store, cohort_id, pid, today))
    if progress:
        progress(len(person_ids), len(person_ids))
    return ResultsPrintData(overview=overview, frameworks=tuple(frameworks))


def overview_json(overview: CohortOverview) -> dict[str, Any]:
    """The overview as plain JSON-ready data, for the command line."""
    def day(d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    members: dict[int, dict[str, Any]] = {}
    for r in overview.rows:
        member = members.setdefault(r.person_id, {
            "person_id": r.person_id, "name": r.person_name, "jurisdiction": r.jurisdiction,
            "indicators": []})
        i = r.indicator
        member["indicators"].append({
            "id": i.id, "result": r.result, "name": i.name, "unit": i.unit,
            "direction": i.direction.value,
            "baseline": {"value": i.baseline_value, "date": day(i.baseline_date)},
            "target": {"value": i.target_value, "date": day(i.target_date)},
            "latest": ({"value": i.latest.value, "date": day(i.latest.on_date)}
                       if i.latest else None),
            "expected_today": i.expected_today, "status": i.status.value,
            "data_source": i.data_source,
        })
    return {
        "cohort_id": overview.cohort_id, "cohort": overview.cohort_name,
        "program": overview.program,
        "today": overview.today.isoformat(),
        "summary": {s.value: overview.count(s) for s in TrackStatus},
        "members": list(members.values()),
        "members_without_framework": list(overview.members_without_framework),
    }


# -- example network ------------------------------------------------------------------------

def example_file() -> Any:
    return paths.resources_dir() / "example" / "results.json"


def example_data(session: Session, data: dict[str, Any], **ids: Any) -> None:
    """Frameworks and assistance requests for a few members, from resources/example/results.json."""
    del data  # this area keeps its example data in its own file
    example = json.loads(example_file().read_text(encoding="utf-8"))
    people: dict[str, int] = ids["people"]
    sessions: dict[str, int] = ids["sessions"]
    orgs: dict[str, int] = ids["orgs"]
    cohort_id: int = ids["cohort_id"]
    day = dt.date.fromisoformat
    for member in example["frameworks"]:
        person_id = people[member["member"]]
        indicator_ids: dict[str, int] = {}
        for position, res in enumerate(member["results"]):
            result = FrameworkResult(cohort_id=cohort_id, person_id=person_id,
                                     statement=res["statement"], position=position)
            session.add(result)
            session.flush()
            for n, ind in enumerate(res["indicators"]):
                cleaned = validate_indicator(IndicatorData(
                    name=ind["name"], unit=ind.get("unit", ""),
                    baseline_value=ind["baseline"][0], baseline_date=day(ind["baseline"][1]),
                    target_value=ind["target"][0], target_date=day(ind["target"][1]),
                    direction=Direction(ind["direction"]), data_source=ind.get("data_source", "")))
                row = Indicator(result_id=result.id, position=n)
                _apply_indicator(row, cleaned)
                session.add(row)
                session.flush()
                indicator_ids[ind["key"]] = row.id
            for n, s in enumerate(res.get("strategies", [])):
                session.add(Strategy(result_id=result.id, description=s["description"],
                                     owner=s.get("owner", ""), status=s["status"], position=n))
        for upd in member.get("updates", []):
            update = ProgressUpdate(
                cohort_id=cohort_id, person_id=person_id, on_date=day(upd["date"]),
                narrative=upd.get("narrative", ""),
                session_id=sessions[upd["session"]] if upd.get("session") else None)
            session.add(update)
            session.flush()
            _write_values(session, update.id, {indicator_ids[k]: v for k, v in upd["values"].items()})
    technical_assistance.example_data(session, example.get("assistance", []), people=people,
                                      orgs=orgs, cohort_id=cohort_id)
