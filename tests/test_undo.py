"""Undo and redo reverse creates, edits and deletes, including what a delete cascades to."""

from __future__ import annotations

import pytest

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.services import cohorts, people
from cohortdesk.store import Store
from cohortdesk.store.models import Person


def test_undo_redo_create_edit_delete(store: Store) -> None:
    pid = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien"))
    assert store.undo_label() == "Add Person Zoë O'Brien"

    people.update_person(store, pid, PersonData(given_name="Zoë", family_name="O'Brien",
                                                title="Manager"))
    people.delete_person(store, pid)
    assert store.undo_label() == "Delete Person Zoë O'Brien"

    store.undo()
    assert people.get_person(store, pid).title == "Manager"
    store.undo()
    assert people.get_person(store, pid).title == ""
    assert store.redo_label() == "Edit Person Zoë O'Brien"
    store.redo()
    assert people.get_person(store, pid).title == "Manager"
    store.redo()
    assert people.count_people(store) == 0
    assert store.redo_label() is None


def test_undo_delete_restores_cascaded_rows(store: Store) -> None:
    pid = people.create_person(store, PersonData(given_name="Lan", family_name="Nguyễn"))
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    people.delete_person(store, pid)
    assert cohorts.list_memberships(store, cid) == []
    store.undo()
    assert [m.person_name for m in cohorts.list_memberships(store, cid)] == ["Lan Nguyễn"]


def test_a_new_change_clears_redo(store: Store) -> None:
    people.create_person(store, PersonData(given_name="A"))
    store.undo()
    assert store.redo_label() == "Add Person A"
    people.create_person(store, PersonData(given_name="B"))
    assert store.redo_label() is None


def test_failed_change_leaves_nothing_to_undo(store: Store) -> None:
    people.create_person(store, PersonData(given_name="A", email="a@example.org"))
    with pytest.raises(ValidationError):
        people.create_person(store, PersonData(given_name="B", email="A@example.org"))
    assert store.undo_label() == "Add Person A"
    assert people.count_people(store) == 1


def test_changes_with_one_merge_key_undo_together(store: Store) -> None:
    pid = people.create_person(store, PersonData(given_name="Sam"))
    for bio in ("D", "Dr", "Dra", "Draft"):
        with store.change("Type in Bio", merge_key=("bio", pid)) as session:
            session.get(Person, pid).bio = bio  # type: ignore[union-attr]
    assert store.undo_label() == "Type in Bio"
    store.undo()
    assert people.get_person(store, pid).bio == ""
    assert store.undo_label() == "Add Person Sam"
    store.redo()
    assert people.get_person(store, pid).bio == "Draft"
    # After an undo/redo, typing again starts a new step rather than joining the old one.
    with store.change("Type in Bio", merge_key=("bio", pid)) as session:
        session.get(Person, pid).bio = "Drafts"  # type: ignore[union-attr]
    store.undo()
    assert people.get_person(store, pid).bio == "Draft"


def test_the_journal_keeps_500_operations_or_90_days_whichever_is_more(store: Store) -> None:
    from sqlalchemy import text

    from cohortdesk.store import journal

    pid = people.create_person(store, PersonData(given_name="Sam"))
    for i in range(520):
        with store.change(f"Rename {i}") as session:
            session.get(Person, pid).title = f"T{i}"  # type: ignore[union-attr]
    # Everything is recent: nothing is forgotten, however many.
    with store.engine.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM op_entry")).scalar_one() == 521
        # Make the first 100 entries four months old: beyond the newest 500, they go.
        conn.execute(text("UPDATE op_entry SET created_at='2020-01-01T00:00:00.000+00:00' "
                          "WHERE id <= 100"))
        assert journal.trim(conn) == 21
        assert conn.execute(text("SELECT count(*) FROM op_entry")).scalar_one() == 500
        assert conn.execute(text("SELECT count(*) FROM op_change WHERE entry_id <= 21")).scalar_one() == 0
    assert store.undo_label() == "Rename 519"
