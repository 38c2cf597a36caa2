"""Adding many people to a cohort or a session's list at once, as the People list's "Add to
cohort…" and "Invite to session…" do for everyone a search found.

They were written one person at a time (20,000 people: 11 to 12 s); now they are one insert
each. What a user sees must be as before: people already there keep their role or status, one
undo step takes the whole lot back, and a person deleted meanwhile stops the change with a
message, before anything is written.
"""

from __future__ import annotations

import pytest

from cohortdesk.domain.attendance import RegistrationStatus
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform, undo
from cohortdesk.services import attendance, cohorts, people, sessions
from cohortdesk.services.bulk_work import missing_ids
from cohortdesk.store import Store
from cohortdesk.store.models import Person


def _people(store: Store, count: int) -> list[int]:
    return [people.create_person(store, PersonData(given_name=f"Given{i}",
                                                   family_name=f"Family{i}"))
            for i in range(count)]


def _cohort(store: Store) -> int:
    return cohorts.create_cohort(store, CohortData(program="Equity Leaders", name="Cohort 3"))


def test_adding_people_to_a_cohort_keeps_those_already_in_it(store: Store) -> None:
    ids = _people(store, 1200)  # more than one IN (…) chunk of the id check
    cohort_id = _cohort(store)
    staff = cohorts.add_member(store, cohort_id, MembershipData(
        person_id=ids[5], role=MembershipRole.PROGRAM_STAFF, stage=MembershipStage.ALUMNI))

    outcome = perform(store, people_ops.add_people_to_cohort, ids + ids[:10], cohort_id)

    assert outcome.value == 1199
    members = {m.person_id: m for m in cohorts.list_memberships(store, cohort_id)}
    assert set(members) == set(ids)
    assert members[ids[5]].id == staff
    assert members[ids[5]].role == MembershipRole.PROGRAM_STAFF  # left as it was
    assert members[ids[0]].role == MembershipRole.MEMBER
    assert members[ids[0]].stage == MembershipStage.ACTIVE
    assert store.undo_label() == "Add 1199 people to Cohort 3"

    undo(store)
    assert [m.person_id for m in cohorts.list_memberships(store, cohort_id)] == [ids[5]]


def test_adding_nobody_new_to_a_cohort_leaves_no_undo_step(store: Store) -> None:
    ids = _people(store, 3)
    cohort_id = _cohort(store)
    perform(store, people_ops.add_people_to_cohort, ids, cohort_id)
    label = store.undo_label()

    assert perform(store, people_ops.add_people_to_cohort, ids, cohort_id).value == 0
    assert store.undo_label() == label


def test_a_person_deleted_meanwhile_stops_the_whole_addition(store: Store) -> None:
    ids = _people(store, 4)
    cohort_id = _cohort(store)
    people.delete_person(store, ids[2])

    with pytest.raises(ValidationError) as raised:
        perform(store, people_ops.add_people_to_cohort, ids, cohort_id)

    assert raised.value.field == "person_id"
    assert "1 person to add is no longer in this workspace" in str(raised.value)
    assert cohorts.list_memberships(store, cohort_id) == []


def test_inviting_people_keeps_the_status_of_those_already_listed(store: Store) -> None:
    ids = _people(store, 1000)
    cohort_id = _cohort(store)
    session_id = sessions.create_session(store, SessionData(cohort_id=cohort_id,
                                                            title="Spring convening"))
    attendance.invite(store, session_id, [ids[0]])
    attendance.set_status(store, session_id, ids[0], RegistrationStatus.DECLINED)

    outcome = perform(store, people_ops.invite_people, ids, session_id)

    assert outcome.value == 999
    listed = {r.person_id: r for r in attendance.registrations(store, session_id)}
    assert set(listed) == set(ids)
    assert listed[ids[0]].status == RegistrationStatus.DECLINED
    assert listed[ids[1]].status == RegistrationStatus.INVITED
    assert listed[ids[1]].attendance is None and not listed[ids[1]].walk_in
    assert store.undo_label() == "Invite 1000 people to Spring convening"

    undo(store)
    assert [r.person_id for r in attendance.registrations(store, session_id)] == [ids[0]]


def test_inviting_someone_deleted_meanwhile_writes_nothing(store: Store) -> None:
    ids = _people(store, 3)
    session_id = sessions.create_session(store, SessionData(cohort_id=_cohort(store),
                                                            title="Webinar"))
    people.delete_person(store, ids[1])

    with pytest.raises(NotFoundError, match=f"Person {ids[1]} is not in this workspace"):
        perform(store, people_ops.invite_people, ids, session_id)
    assert attendance.registrations(store, session_id) == []


def test_missing_ids_keeps_the_order_asked_for(store: Store) -> None:
    ids = _people(store, 2)
    with store.read() as session:
        assert missing_ids(session, Person.id, [999_999, ids[1], 5_000_000, ids[0],
                                                999_999]) == [999_999, 5_000_000]


def test_deleting_people_together_takes_what_is_theirs_and_undoes_in_one_step(
        store: Store) -> None:
    ids = _people(store, 1000)
    cohort_id = _cohort(store)
    session_id = sessions.create_session(store, SessionData(cohort_id=cohort_id,
                                                            title="Spring convening"))
    cohorts.add_members(store, cohort_id, ids)
    attendance.invite(store, session_id, ids)

    outcome = perform(store, people_ops.delete_together, people.delete_people, ids[:950],
                      "Delete 950 people")

    assert outcome.value == 950
    assert people.count_people(store) == 50
    assert len(cohorts.list_memberships(store, cohort_id)) == 50
    assert len(attendance.registrations(store, session_id)) == 50
    assert store.undo_label() == "Delete 950 people"

    undo(store)
    assert people.count_people(store) == 1000
    assert people.get_person(store, ids[0]).family_name == "Family0"
    assert len(cohorts.list_memberships(store, cohort_id)) == 1000
    assert len(attendance.registrations(store, session_id)) == 1000


def test_deleting_someone_already_gone_deletes_nobody(store: Store) -> None:
    ids = _people(store, 3)
    people.delete_person(store, ids[0])

    with pytest.raises(NotFoundError):
        perform(store, people_ops.delete_together, people.delete_people, ids, "Delete 3 people")
    assert people.count_people(store) == 2


def test_members_are_listed_by_family_name_then_the_name_shown(store: Store) -> None:
    import datetime as dt

    from cohortdesk.domain.records import OrganizationData
    from cohortdesk.services import organizations

    org = organizations.create_organization(store, OrganizationData(name="Ciudad de Málaga"))
    made = {}
    for given, family, preferred in [("Zoë", "García", ""), ("Ana", "Garcia", "Zuzu"),
                                     ("Álvaro", "garcía", ""), ("Li", "", ""),
                                     ("Bea", "Núñez", "Abby"), ("Bea", "Nunez", "")]:
        made[(given, family)] = people.create_person(store, PersonData(
            given_name=given, family_name=family, preferred_name=preferred,
            organization_id=org if given != "Li" else None))
    cohort_id = _cohort(store)
    started = dt.date(2026, 1, 12)
    for pid in made.values():
        cohorts.add_member(store, cohort_id, MembershipData(person_id=pid, started_on=started))

    members = cohorts.list_memberships(store, cohort_id)

    # García, García, Garcia (by the name shown, accents and case ignored), Li, then Núñez:
    # "Abby" before "Bea".
    assert [m.person_name for m in members] == [
        "Álvaro garcía", "Zoë García", "Zuzu Garcia", "Li", "Abby Núñez", "Bea Nunez"]
    assert all(m.started_on == started and m.ended_on is None for m in members)
    assert {m.organization_name for m in members} == {"Ciudad de Málaga", ""}
    assert all(m.cohort_id == cohort_id and m.role == MembershipRole.MEMBER for m in members)
