"""A person's history is theirs alone, though SQLite gives a deleted person's id to the next
person added."""

from __future__ import annotations

import datetime as dt

from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.operations import perform, redo, undo
from cohortdesk.services import cohorts, history, people
from cohortdesk.store import Store


def _told(store: Store, person_id: int) -> str:
    found = history.person_history(store, person_id)
    return "\n".join([e.operation for e in found.events] + [line for e in found.events
                                                            for line in e.lines])


def _alice(store: Store) -> int:
    alice = perform(store, people.create_person, PersonData(
        given_name="Alice", family_name="Abbot", email="alice@example.org",
        internal_notes="Asked us not to share her phone")).value
    cohort = perform(store, cohorts.create_cohort, CohortData(program="Equity",
                                                              name="Cohort 6")).value
    perform(store, cohorts.add_member, cohort, MembershipData(
        person_id=alice, started_on=dt.date(2026, 1, 5)))
    return alice


def test_the_next_person_given_a_deleted_persons_id_sees_none_of_their_history(
        store: Store) -> None:
    alice = _alice(store)
    perform(store, people.delete_person, alice)
    bob = perform(store, people.create_person, PersonData(given_name="Bob",
                                                          family_name="Baker")).value
    assert bob == alice  # the id is reused: this is what the history must see through
    told = _told(store, bob)
    assert "Bob" in told
    for hers in ("Alice", "alice@example.org", "not to share", "Cohort 6"):
        assert hers not in told


def test_an_undone_deletion_brings_the_whole_history_back(store: Store) -> None:
    alice = _alice(store)
    perform(store, people.delete_person, alice)
    undo(store)
    told = _told(store, alice)
    assert "Add Person Alice Abbot" in told and "Cohort 6" in told
    redo(store)
    undo(store)
    assert "Add Person Alice Abbot" in _told(store, alice)


def test_undoing_back_past_the_next_person_gives_the_id_its_first_owner_again(
        store: Store) -> None:
    alice = _alice(store)
    perform(store, people.delete_person, alice)
    bob = perform(store, people.create_person, PersonData(given_name="Bob",
                                                          family_name="Baker")).value
    assert bob == alice
    undo(store)  # Bob's addition
    undo(store)  # Alice's deletion
    told = _told(store, alice)
    assert "Add Person Alice Abbot" in told and "Cohort 6" in told
    assert "Bob" not in told
