"""Results frameworks in a real workspace: editing, undo, the member page, the cohort overview."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.domain.results import (
    Direction,
    IndicatorData,
    ProgressData,
    StrategyData,
    StrategyStatus,
    TrackStatus,
)
from cohortdesk.services import cohorts, example, people, results, sessions
from cohortdesk.store import Store
from cohortdesk.store.models import Base

# The example network's own "today" (conftest loads it as of this day, unshifted).
TODAY = example.example_as_of()
MY_TABLES = set(results.TABLES)


def _member(store: Store) -> tuple[int, int]:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    pid = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    return cid, pid


def _housing(store: Store, cid: int, pid: int) -> tuple[int, int]:
    rid = results.add_result(store, cid, pid, "Race does not predict housing stability.")
    iid = results.add_indicator(store, rid, IndicatorData(
        name="Evictions per 1,000 renters", unit="per 1,000", baseline_value=38,
        baseline_date=dt.date(2025, 1, 1), target_value=22, target_date=dt.date(2027, 1, 1),
        direction=Direction.DOWN, data_source="Court filings"))
    return rid, iid


def test_migration_creates_exactly_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diffs if any(t in repr(d) for t in MY_TABLES)]
    assert mine == []


def test_build_a_framework_and_read_the_member_page(store: Store) -> None:
    cid, pid = _member(store)
    rid, iid = _housing(store, cid, pid)
    results.add_strategy(store, rid, StrategyData(
        description="Right to counsel", owner="Housing", status=StrategyStatus.IN_PROGRESS))
    sid = sessions.create_session(store, SessionData(cohort_id=cid, title="Kickoff Convening"))
    results.record_progress(store, cid, pid, ProgressData(
        on_date=dt.date(2025, 10, 14), narrative="Dashboard drafted.", session_id=sid,
        values={iid: 35.0}))
    results.record_progress(store, cid, pid, ProgressData(
        on_date=dt.date(2026, 3, 1), narrative="Pilot running.", values={iid: 22.5}))

    page = results.get_framework(store, cid, pid, TODAY)
    assert page.person_name == "Zoë O'Brien"
    (result,) = page.results
    assert result.statement == "Race does not predict housing stability."
    (indicator,) = result.indicators
    assert [r.value for r in indicator.readings] == [35.0, 22.5]
    assert indicator.latest is not None and indicator.latest.value == 22.5
    assert indicator.status is TrackStatus.ON_TRACK
    assert result.strategies[0].owner == "Housing"
    assert [u.session_title for u in page.updates] == ["", "Kickoff Convening"]


def test_overview_lists_members_by_indicator_and_those_without_a_framework(store: Store) -> None:
    cid, pid = _member(store)
    other = people.create_person(store, PersonData(given_name="Imani", family_name="Caldwell"))
    cohorts.add_member(store, cid, MembershipData(person_id=other))
    _rid, iid = _housing(store, cid, pid)
    overview = results.cohort_overview(store, cid, TODAY)
    assert [(r.person_name, r.indicator.name) for r in overview.rows] == [
        ("Zoë O'Brien", "Evictions per 1,000 renters")]
    assert overview.count(TrackStatus.NO_DATA) == 1
    assert overview.members_without_framework == ("Imani Caldwell",)
    results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 30}))
    assert results.cohort_overview(store, cid, TODAY).count(TrackStatus.OFF_TRACK) == 1
    table = results.overview_rows(store, cid, TODAY)
    assert table.rows[0][5] == "30 per 1,000 (Apr 2026)"
    assert table.rows[0][6] == "27.61 per 1,000"  # 38 → 22 over 730 days, read at day 474
    assert table.rows[0][8] == "Off track"


def test_undo_and_redo_framework_edits(store: Store) -> None:
    cid, pid = _member(store)
    rid, iid = _housing(store, cid, pid)
    uid = results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 30}))
    results.update_progress(store, uid, ProgressData(on_date=TODAY, values={iid: 20}))
    assert store.undo_label() == "Edit Progress Update for Zoë O'Brien"
    store.undo()
    assert results.get_framework(store, cid, pid, TODAY).indicators[0].latest.value == 30  # type: ignore[union-attr]
    store.redo()
    assert results.get_framework(store, cid, pid, TODAY).indicators[0].latest.value == 20  # type: ignore[union-attr]

    results.delete_result(store, rid)
    assert results.get_framework(store, cid, pid, TODAY).results == ()
    assert store.undo_label() == "Delete Result “Race does not predict housing stability.”"
    store.undo()
    page = results.get_framework(store, cid, pid, TODAY)
    assert page.indicators[0].name == "Evictions per 1,000 renters"
    assert page.indicators[0].latest.value == 20  # type: ignore[union-attr]


def test_edit_indicator_changes_the_status(store: Store) -> None:
    cid, pid = _member(store)

    def status() -> TrackStatus:
        return results.get_framework(store, cid, pid, TODAY).indicators[0].status

    _rid, iid = _housing(store, cid, pid)
    results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 30}))
    assert status() is TrackStatus.OFF_TRACK
    results.update_indicator(store, iid, IndicatorData(
        name="Evictions per 1,000 renters", baseline_value=38, baseline_date=dt.date(2025, 1, 1),
        target_value=22, target_date=dt.date(2029, 1, 1), direction=Direction.DOWN))
    assert status() is TrackStatus.ON_TRACK
    store.undo()
    assert status() is TrackStatus.OFF_TRACK


def test_refusals_name_the_field(store: Store) -> None:
    cid, pid = _member(store)
    outsider = people.create_person(store, PersonData(given_name="Guest"))
    with pytest.raises(ValidationError) as e:
        results.add_result(store, cid, outsider, "A result")
    assert e.value.field == "person_id"
    _rid, iid = _housing(store, cid, pid)
    cohorts.add_member(store, cid, MembershipData(person_id=outsider))
    with pytest.raises(ValidationError) as e:
        results.record_progress(store, cid, outsider, ProgressData(on_date=TODAY, values={iid: 1}))
    assert e.value.field == "values"
    other_cohort = cohorts.create_cohort(store, CohortData(name="Second"))
    sid = sessions.create_session(store, SessionData(cohort_id=other_cohort, title="Elsewhere"))
    with pytest.raises(ValidationError) as e:
        results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, session_id=sid,
                                                              values={iid: 1}))
    assert e.value.field == "session_id"
    assert store.undo_label() == "Add Session Elsewhere"  # the refused updates left no step


def test_deleting_a_person_names_their_framework(store: Store) -> None:
    cid, pid = _member(store)
    _housing(store, cid, pid)
    impact = people.deletion_impact(store, pid)
    assert "1 framework result" in impact
    people.delete_person(store, pid)
    assert results.cohort_overview(store, cid, TODAY).rows == ()
    store.undo()
    assert len(results.cohort_overview(store, cid, TODAY).rows) == 1


def test_example_network_has_frameworks_in_every_state(example_store: Store) -> None:
    cid = cohorts.cohort_choices(example_store)[0][0]
    overview = results.cohort_overview(example_store, cid, TODAY)
    assert {r.person_name for r in overview.rows} >= {"Imani Caldwell", "Zoë O'Brien"}
    for state in TrackStatus:
        assert overview.count(state) >= 1, state
    data = results.overview_json(overview)
    assert data["summary"] == {s.value: overview.count(s) for s in TrackStatus}
    imani = next(m for m in data["members"] if m["name"] == "Imani Caldwell")
    assert imani["indicators"][0]["latest"] == {"value": 30.6, "date": "2026-04-01"}
