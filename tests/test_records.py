"""Organizations, cohorts and sessions: create, edit, delete and their validation messages."""

from __future__ import annotations

import datetime as dt

import pytest

from cohortdesk.domain.enums import SessionFormat
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, OrganizationData, SessionData
from cohortdesk.services import cohorts, organizations, sessions
from cohortdesk.store import Store

START = dt.datetime(2026, 5, 14, 13, 0)


def _cohort(store: Store) -> int:
    return cohorts.create_cohort(store, CohortData(program="Network", name="Inaugural",
                                                   start_date=dt.date(2025, 9, 1)))


def test_organization_lifecycle(store: Store) -> None:
    oid = organizations.create_organization(store, OrganizationData(name=" King County ", city="Seattle"))
    assert organizations.get_organization(store, oid).name == "King County"
    organizations.update_organization(store, oid, OrganizationData(name="King County", state_region="WA"))
    assert organizations.get_organization(store, oid).jurisdiction == "WA"
    organizations.delete_organization(store, oid)
    assert organizations.list_organizations(store).rows == []
    with pytest.raises(ValidationError) as info:
        organizations.create_organization(store, OrganizationData(name=""))
    assert info.value.field == "name"


def test_cohort_lifecycle_and_dates(store: Store) -> None:
    cid = _cohort(store)
    with pytest.raises(ValidationError) as info:
        cohorts.update_cohort(store, cid, CohortData(name="Inaugural", start_date=dt.date(2026, 1, 1),
                                                     end_date=dt.date(2025, 1, 1)))
    assert info.value.field == "end_date"
    assert "before the start" in info.value.message
    assert cohorts.get_cohort(store, cid).end_date is None
    cohorts.delete_cohort(store, cid)
    assert cohorts.cohort_choices(store) == []


def test_session_lifecycle(store: Store) -> None:
    cid = _cohort(store)
    data = SessionData(cohort_id=cid, title="Roundtable", format=SessionFormat.VIRTUAL_ROUNDTABLE,
                       time_zone="America/New_York", starts_at=START,
                       ends_at=START + dt.timedelta(minutes=90), objectives=("Share practice", " "))
    sid = sessions.create_session(store, data)
    got = sessions.get_session(store, sid)
    assert got.objectives == ("Share practice",)
    assert sessions.zone_abbreviation(got.time_zone, got.starts_at) == "EDT"
    assert cohorts.deletion_impact(store, cid) == ["1 session"]
    sessions.delete_session(store, sid)
    assert sessions.list_sessions(store).rows == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "  "}, "title", "cannot be empty"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "not a known time zone"),
        ({"ends_at": START - dt.timedelta(hours=1)}, "ends_at", "before the start"),
        ({"cohort_id": None}, "cohort_id", "Choose the cohort"),
    ],
)
def test_session_validation_names_the_field(store: Store, changes: dict, field: str, words: str) -> None:  # type: ignore[type-arg]
    cid = _cohort(store)
    values = {"cohort_id": cid, "title": "Webinar", "time_zone": "America/Chicago",
              "starts_at": START, "ends_at": START + dt.timedelta(hours=1)} | changes
    with pytest.raises(ValidationError) as info:
        sessions.create_session(store, SessionData(**values))
    assert info.value.field == field
    assert words in info.value.message
    assert sessions.list_sessions(store).rows == []


def test_example_network_is_fictional_and_complete(example_store: Store) -> None:
    from cohortdesk.services import people

    rows = people.list_people(example_store).rows
    emails = [r[7] for r in rows]
    assert all(e.endswith("@example.org") for e in emails)
    assert all("555-01" in r[8] or "555 01" in r[8] or not r[8] for r in rows)
    jurisdictions = {r[6] for r in rows}
    for place in ("Asheville, NC", "Fairfax County, VA", "King County, WA", "San Antonio, TX",
                  "Pittsburgh, PA", "Minneapolis, MN",
                  "Albuquerque, NM", "Chicago, IL", "Austin, TX", "Tacoma, WA", "Louisville, KY"):
        assert place in jurisdictions
    cohort_id = cohorts.cohort_choices(example_store)[0][0]
    members = [m for m in cohorts.list_memberships(example_store, cohort_id) if m.role.value == "member"]
    assert len(members) == 11
    formats = {r[3] for r in sessions.list_sessions(example_store).rows}
    assert formats == {"In-person convening", "Virtual roundtable", "Webinar"}


def test_example_network_dates_follow_today_in_whole_weeks(store: Store) -> None:
    from cohortdesk.services import example

    later = example.example_as_of() + dt.timedelta(days=213)  # 30 weeks and 3 days
    example.load_example_network(store, today=later)
    starts = sorted(r[4] for r in sessions.list_sessions(store).rows)
    assert starts[0] == dt.datetime(2025, 10, 14, 9, 0) + dt.timedelta(weeks=30)
    assert starts[0].strftime("%A") == "Tuesday"
    assert starts[0].date() < later < starts[1].date()  # kickoff held, roundtable ahead
    cohort = cohorts.get_cohort(store, cohorts.cohort_choices(store)[0][0])
    assert cohort.start_date == dt.date(2025, 9, 1) + dt.timedelta(weeks=30)
    store.undo()
    assert sessions.list_sessions(store).rows == []


def test_a_county_is_its_own_jurisdiction_not_its_seat_city() -> None:
    from cohortdesk.domain.records import jurisdiction

    assert jurisdiction("Fairfax County", "county", "Fairfax", "VA") == "Fairfax County, VA"
    assert jurisdiction("City of Asheville", "city", "Asheville", "NC") == "Asheville, NC"
    assert jurisdiction(None, None, None, None) == ""


def test_rosters_use_the_same_jurisdiction_rule(example_store: Store) -> None:
    from cohortdesk.services import roster

    request = roster.RosterRequest(cohort_id=1, fields=("name", "jurisdiction"))
    table = roster.build_roster(example_store, request)
    places = {row[1] for row in table.rows}
    assert "Fairfax County, VA" in places
    assert "Asheville, NC" in places
