"""Results frameworks in a real workspace: editing, undo, the member page, the cohort overview."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from cohortdesk.cli import run
from cohortdesk.cli.common import display_width
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.domain.results import (
    Direction,
    IndicatorData,
    ProgressData,
    StrategyData,
    StrategyStatus,
    TrackStatus,
    explain_status,
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


# -- readings dated after today or before the baseline ---------------------------------------

def test_a_future_dated_reading_never_becomes_the_latest(store: Store) -> None:
    cid, pid = _member(store)
    _rid, iid = _housing(store, cid, pid)
    results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 30}))
    # Typed on a machine whose clock said 2062 (or in a workspace judged as of an earlier day).
    results.record_progress(store, cid, pid, ProgressData(on_date=dt.date(2062, 1, 5),
                                                          values={iid: 20}),
                            today=dt.date(2062, 1, 5))
    (indicator,) = results.get_framework(store, cid, pid, TODAY).indicators
    assert [r.value for r in indicator.readings] == [30, 20]  # kept, and still listed
    assert indicator.latest is not None and indicator.latest.value == 30
    assert indicator.status is TrackStatus.OFF_TRACK  # 30 is above the line's 27.61
    overview = results.cohort_overview(store, cid, TODAY)
    assert results.overview_json(overview)["members"][0]["indicators"][0]["latest"] == {
        "value": 30.0, "date": TODAY.isoformat()}
    assert results.overview_rows(store, cid, TODAY).rows[0][5] == "30 per 1,000 (Apr 2026)"
    # Judged in 2062 the later reading is the latest.
    later = results.get_framework(store, cid, pid, dt.date(2062, 6, 1)).indicators[0]
    assert later.latest is not None and later.latest.value == 20


def test_an_update_dated_after_today_is_refused(store: Store) -> None:
    cid, pid = _member(store)
    _rid, iid = _housing(store, cid, pid)
    tomorrow = TODAY + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as e:
        results.record_progress(store, cid, pid, ProgressData(on_date=tomorrow, values={iid: 20}),
                                today=TODAY)
    assert e.value.field == "on_date"
    assert "21 Apr 2026 is after today (20 Apr 2026)" in e.value.message
    assert store.undo_label() == "Add Indicator Evictions per 1,000 renters"
    uid = results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 30}),
                                  today=TODAY)
    with pytest.raises(ValidationError) as e:
        results.update_progress(store, uid, ProgressData(on_date=tomorrow, values={iid: 20}),
                                today=TODAY)
    assert e.value.field == "on_date"
    # Without a day given, the clock decides: a year ahead of it is always refused.
    with pytest.raises(ValidationError):
        results.record_progress(store, cid, pid, ProgressData(
            on_date=dt.date.today() + dt.timedelta(days=366), values={iid: 20}))
    assert results.get_framework(store, cid, pid, TODAY).indicators[0].readings[-1].value == 30


def test_a_reading_before_the_baseline_date_is_refused(store: Store) -> None:
    cid, pid = _member(store)
    _rid, iid = _housing(store, cid, pid)  # baseline 1 Jan 2025
    before = dt.date(2024, 12, 15)
    with pytest.raises(ValidationError) as e:
        results.record_progress(store, cid, pid, ProgressData(on_date=before, values={iid: 40}))
    assert e.value.field == "on_date"
    assert "before the baseline date of “Evictions per 1,000 renters” (1 Jan 2025)" in \
        e.value.message
    uid = results.record_progress(store, cid, pid, ProgressData(
        on_date=dt.date(2025, 1, 1), values={iid: 38}))  # on the baseline day is fine
    with pytest.raises(ValidationError):
        results.update_progress(store, uid, ProgressData(on_date=before, values={iid: 38}))
    # A narrative alone has no reading to misplace.
    results.record_progress(store, cid, pid, ProgressData(on_date=before,
                                                          narrative="Council briefed."))
    assert len(results.get_framework(store, cid, pid, TODAY).updates) == 2


# -- the expected value, said out loud -------------------------------------------------------

def test_overview_shows_the_expected_value_and_explains_each_status(
        example_store: Store) -> None:
    cid = cohorts.cohort_choices(example_store)[0][0]
    table = results.overview_rows(example_store, cid, TODAY)
    assert table.columns[5:] == ("Latest", "Expected today", "Target", "Status")
    row = next(r for r in table.rows if r[3] == "Median days from posting to offer")
    assert row[5:] == ("63 days (Apr 2026)", "60 days", "60 days", "Off track")
    overview = results.cohort_overview(example_store, cid, TODAY)
    why = {r.indicator.name: explain_status(r.indicator) for r in overview.rows}
    assert why["Median days from posting to offer"] == (
        "Off track: the latest reading, 63 days (1 Apr 2026), is above 60 days, the value the "
        "straight line from baseline to target expects on 20 Apr 2026 (lower is better). "
        "The target date has passed, so only the target itself counts.")
    assert why["Eviction filings per 1,000 Black renter households"].startswith(
        "On track: the latest reading, 30.6 per 1,000 (1 Apr 2026), is at or below 31.06 per "
        "1,000")
    assert why["Summer job placements for West Louisville youth"] == "No data: no reading yet."


# -- the example network's dates --------------------------------------------------------------

def test_example_frameworks_are_dated_coherently_on_the_as_of_day() -> None:
    data = json.loads(results.example_file().read_text(encoding="utf-8"))
    as_of = example.example_as_of()
    day = dt.date.fromisoformat
    # One target has passed on purpose: the update of 1 Apr 2026 says it was missed.
    passed_on_purpose = {"days"}
    for member in data["frameworks"]:
        baselines = {}
        for res in member["results"]:
            for ind in res["indicators"]:
                baseline, target = day(ind["baseline"][1]), day(ind["target"][1])
                assert baseline <= as_of < target or ind["key"] in passed_on_purpose, ind["key"]
                baselines[ind["key"]] = baseline
        for upd in member["updates"]:
            assert day(upd["date"]) <= as_of, upd["date"]
            for key in upd["values"]:
                assert day(upd["date"]) >= baselines[key], (key, upd["date"])
    for item in data["assistance"]:
        for field in ("requested_on", "started_on", "closed_on"):
            if item.get(field):
                assert day(item[field]) <= as_of, (item["need"], field)


@pytest.mark.parametrize("days_later", [0, 3, 200])
def test_example_loaded_on_any_day_has_no_reading_after_it(workspace_path: Path,
                                                           days_later: int) -> None:
    today = example.example_as_of() + dt.timedelta(days=days_later)
    with Store.open(workspace_path) as store:
        cid = example.load_example_network(store, today=today)
        overview = results.cohort_overview(store, cid, today)
        for row in overview.rows:
            ind = row.indicator
            assert all(r.on_date <= today for r in ind.readings), ind.name
            assert ind.latest is None or ind.latest == ind.readings[-1], ind.name
            assert ind.baseline_date is not None and ind.baseline_date <= today
        for state in TrackStatus:
            assert overview.count(state) >= 1, state


# -- the command line ---------------------------------------------------------------------------

def test_cli_show_lines_up_columns_after_wide_names(example_store: Store,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    cid = cohorts.cohort_choices(example_store)[0][0]
    ws = str(example_store.path)
    example_store.close()
    assert run(["results", "show", "--workspace", ws, "--cohort", str(cid),
                "--today", "2026-04-20"]) == 0
    lines = capsys.readouterr().out.splitlines()
    head = lines[0]
    assert "Expected today" in head
    grace = next(line for line in lines if "王秀英" in line)
    assert display_width("Grace (王秀英)") == 14
    for column, text in (("Jurisdiction", "Louisville, KY"), ("Status", "No data"),
                         ("Expected today", "565.27 placements")):
        assert display_width(grace[:grace.index(text)]) == head.index(column), column
    olga = next(line for line in lines if "Петренко" in line)  # Cyrillic is one column wide
    assert display_width(olga[:olga.index("Austin, TX")]) == head.index("Jurisdiction")


def test_cli_refuses_an_unknown_cohort_everywhere(example_store: Store, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    ws = str(example_store.path)
    example_store.close()
    for args in (["results", "show"], ["results", "show", "--json"],
                 ["results", "export", "-o", str(tmp_path / "x.xlsx")],
                 ["results", "print", "-o", str(tmp_path / "x.pdf")],
                 ["ta", "list"], ["ta", "list", "--json"]):
        assert run([*args, "--workspace", ws, "--cohort", "99"]) == 2, args
        captured = capsys.readouterr()
        assert captured.out == "", args
        assert "Cohort 99 is not in this workspace" in captured.err, args
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()
