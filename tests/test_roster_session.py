"""Session rosters: who is on the roster for participants, filters that refuse typos, sorting
with blanks last in both directions."""

from __future__ import annotations

import datetime as dt

import pytest

from cohortdesk.domain.attendance import RegistrationStatus
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.services import attendance, cohorts, people, roster, sessions
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

STATUSES = {"Ana Cruz": RegistrationStatus.REGISTERED, "Ben Diaz": RegistrationStatus.DECLINED,
            "Cleo Evans": RegistrationStatus.CANCELLED, "Dev Fox": RegistrationStatus.INVITED,
            "Eli Gray": RegistrationStatus.WAITLISTED}


@pytest.fixture
def session_id(store: Store) -> int:
    cid = cohorts.create_cohort(store, CohortData(name="Cohort"))
    sid = sessions.create_session(store, SessionData(
        cohort_id=cid, title="Convening", starts_at=dt.datetime(2025, 3, 4, 9),
        ends_at=dt.datetime(2025, 3, 4, 17)))
    for name, status in STATUSES.items():
        given, family = name.split()
        pid = people.create_person(store, PersonData(given_name=given, family_name=family))
        cohorts.add_member(store, cid, MembershipData(person_id=pid))
        attendance.invite(store, sid, [pid], status=status)
    return sid


def test_roster_for_participants_leaves_out_who_declined_or_cancelled(
    store: Store, session_id: int
) -> None:
    table = roster.build_roster(store, RosterRequest(session_id=session_id))
    assert [r[0] for r in table.rows] == ["Ana Cruz", "Dev Fox", "Eli Gray"]
    assert "Declined" not in {c for r in table.rows for c in r}
    assert table.subtitle.endswith("3 people")
    internal = roster.build_roster(store, RosterRequest(session_id=session_id,
                                                        audience="internal"))
    assert [r[0] for r in internal.rows] == list(STATUSES)
    declined = roster.build_roster(store, RosterRequest(
        session_id=session_id, audience="internal", statuses=frozenset({"declined"})))
    assert [r[0] for r in declined.rows] == ["Ben Diaz"]


def test_asking_for_declined_people_on_a_participants_roster_is_refused(
    store: Store, session_id: int
) -> None:
    with pytest.raises(ValidationError) as info:
        roster.build_roster(store, RosterRequest(session_id=session_id,
                                                 statuses=frozenset({"declined"})))
    assert info.value.field == "statuses" and "internal roster" in info.value.message


@pytest.mark.parametrize(("kw", "field", "words"), [
    ({"roles": frozenset({"memebr"})}, "roles", "Unknown role “memebr”"),
    ({"stages": frozenset({"Active"})}, "stages", "Unknown stage “Active”"),
    ({"statuses": frozenset({"registred"})}, "statuses", "Unknown registration status"),
    ({"sort": ("-checkedin",)}, "sort", "Unknown sort field “checkedin”"),
])
def test_a_typo_in_a_filter_is_refused_not_an_empty_roster(
    store: Store, session_id: int, kw: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        roster.build_roster(store, RosterRequest(session_id=session_id, **kw))  # type: ignore[arg-type]
    assert info.value.field == field and words in info.value.message
    assert "member" in info.value.message or field in ("stages", "statuses", "sort")


def test_status_filters_need_a_session(store: Store, session_id: int) -> None:
    cohort_id = sessions.get_session(store, session_id).cohort_id
    with pytest.raises(ValidationError) as info:
        roster.build_roster(store, RosterRequest(cohort_id=cohort_id,
                                                 statuses=frozenset({"registered"})))
    assert info.value.field == "statuses"


@pytest.mark.parametrize("descending", [False, True])
def test_blanks_sort_last_in_both_directions(
    store: Store, session_id: int, descending: bool
) -> None:
    rows = {r.name: r.person_id for r in attendance.registrations(store, session_id)}
    attendance.check_in(store, session_id, rows["Ana Cruz"], when=dt.datetime(2025, 3, 4, 8, 50))
    attendance.check_in(store, session_id, rows["Dev Fox"], when=dt.datetime(2025, 3, 4, 9, 5))
    sort = ("-checked_in" if descending else "checked_in", "name")
    table = roster.build_roster(store, RosterRequest(
        session_id=session_id, fields=("name", "checked_in"), sort=sort))
    names = [r[0] for r in table.rows]
    first = ["Dev Fox", "Ana Cruz"] if descending else ["Ana Cruz", "Dev Fox"]
    assert names == [*first, "Eli Gray"]


def test_sorting_by_a_field_not_on_the_roster(store: Store, session_id: int) -> None:
    ids = {r.name: r.person_id for r in attendance.registrations(store, session_id)}
    attendance.set_status(store, session_id, ids["Eli Gray"], RegistrationStatus.REGISTERED)
    table = roster.build_roster(store, RosterRequest(
        session_id=session_id, fields=("name",), sort=("registration", "-name")))
    assert [r for r in table.rows] == [("Dev Fox",), ("Eli Gray",), ("Ana Cruz",)]
    assert table.headers == ("Name",)
