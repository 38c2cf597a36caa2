"""Action items: raised in a session, carried forward while open, listed cohort-wide."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.agenda import ActionStatus
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import CohortData, PersonData, SessionData
from cohortdesk.services import actions, cohorts, example, people, sessions
from cohortdesk.store import Store


def three_sessions(store: Store) -> list[int]:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    # Created out of order on purpose: carrying forward follows the dates, not the ids.
    dates = ["2026-03-01T09:00", "2025-10-01T09:00", "2026-06-01T09:00"]
    ids = [sessions.create_session(store, SessionData(
        cohort_id=cid, title=f"S{n}", starts_at=dt.datetime.fromisoformat(d)))
        for n, d in enumerate(dates)]
    return [ids[1], ids[0], ids[2]]  # in date order


def test_open_items_are_carried_into_later_sessions_until_closed(store: Store) -> None:
    first, second, third = three_sessions(store)
    owner = people.create_person(store, PersonData(given_name="Imani", family_name="Caldwell"))
    a = actions.add_action(store, first, actions.ActionData("Draft a result", owner,
                                                            dt.date(2025, 11, 1)))
    b = actions.add_action(store, first, actions.ActionData("Share the toolkit"))
    assert [r.description for r in actions.raised_in(store, first)] == [
        "Draft a result", "Share the toolkit"]
    assert actions.carried_into(store, first) == ()
    assert {r.id for r in actions.carried_into(store, second)} == {a, b}

    actions.set_status(store, a, ActionStatus.DONE, closing_session_id=second)
    # Closed in the second session: it was still open coming into it, but not into the third.
    assert {r.id for r in actions.carried_into(store, second)} == {a, b}
    assert [r.id for r in actions.carried_into(store, third)] == [b]
    assert store.undo_label() == "Complete Action Item Draft a result"
    store.undo()
    assert {r.id for r in actions.carried_into(store, third)} == {a, b}


def test_open_items_group_by_owner_with_unassigned_last(example_store: Store) -> None:
    groups = actions.open_items_for_session(example_store, 3)  # the webinar
    names = [g.owner_name for g in groups]
    assert names[-1] == "Unassigned"
    caldwell = next(g for g in groups if g.owner_name == "Imani Caldwell")
    assert caldwell.jurisdiction == "Asheville, NC"
    assert [i.description for i in caldwell.items] == [
        "Share a draft population-level result with your coach"]
    # Items closed since the kickoff are not carried into the sessions after it.
    all_items = [i.description for g in groups for i in g.items]
    assert "Schedule the monthly peer calls for the cohort" not in all_items
    assert "Circulate Fairfax County's community mental health survey instrument" in all_items


def test_next_steps_sorted_by_due_date_with_overdue_marked(example_store: Store) -> None:
    rowset = actions.list_actions(example_store, cohort_id=1, open_only=True,
                                  today=example.example_as_of())
    dues = [r[1] for r in rowset.rows]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[-1] is None
    overdue = {r[2] for r in rowset.rows if r[8] == "Overdue"}
    assert overdue == {"Share a draft population-level result with your coach",
                       "Hold a technical-assistance intake call with each member"}
    assert all(r[5] is ActionStatus.OPEN and r[5].label == "Open" for r in rowset.rows)
    assert rowset.rows[-1][3] == "Unassigned"
    assert len(actions.list_actions(example_store).rows) > len(rowset.rows)


def person_id(store: Store, name: str) -> int:
    return next(int(r[0]) for r in people.list_people(store).rows if r[1] == name)


def test_next_steps_filter_exactly_by_owner_and_jurisdiction(example_store: Store) -> None:
    def described(**kw: object) -> list[str]:
        return [r.description for r in actions.next_steps(example_store, cohort_id=1, **kw)]  # type: ignore[arg-type]

    # Free text "chicago" would also find Chicago's budget office in a description; the
    # jurisdiction filter finds only the items of owners in Chicago.
    assert described(jurisdiction="Chicago, IL") == [
        "Convene Chicago's budget office on an equity review of the capital plan"]
    assert described(jurisdiction="Washington, DC") == [
        "Schedule the monthly peer calls for the cohort",
        "Book the venue for the second in-person convening"]
    assert described(jurisdiction="Washington, DC", open_only=True) == [
        "Book the venue for the second in-person convening"]
    raman = person_id(example_store, "Priya Raman")
    assert described(owner=raman) == ["Draft Tacoma's indicators with baselines and targets"]
    assert described(owner=actions.NO_OWNER) == [
        "Find a budget office speaker from a partner city for the webinar"]
    assert described(owner=raman, jurisdiction="Chicago, IL") == []

    owners, places = actions.filter_choices(example_store, cohort_id=1, open_only=True)
    assert owners[-1] == (actions.NO_OWNER, "Unassigned")
    assert (raman, "Priya Raman") in owners
    assert "Jordan Reyes" not in [name for _o, name in owners]  # his item is done
    assert places == sorted(places) and "Tacoma, WA" in places and "" not in places


def test_an_unknown_cohort_is_refused(example_store: Store) -> None:
    with pytest.raises(NotFoundError, match="Cohort 9 is not in this workspace"):
        actions.list_actions(example_store, cohort_id=9)


def test_an_action_needs_a_description(store: Store) -> None:
    first, _second, _third = three_sessions(store)
    with pytest.raises(ValidationError) as err:
        actions.add_action(store, first, actions.ActionData("   "))
    assert err.value.field == "description"


def test_cli_lists_actions_and_shows_the_agenda_as_json(
        example_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(example_store.path)
    example_store.close()
    assert run(["actions", "list", "--cohort", "1", "--open", "--json", "--workspace", path]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["due"] == "2025-11-14" and listed[0]["owner"] == "Imani Caldwell"
    # Machine-readable: the stored status and a real boolean.
    assert listed[0]["status"] == "open" and listed[0]["overdue"] is True
    assert {type(i["overdue"]) for i in listed} == {bool}
    unassigned = listed[-1]
    assert unassigned["owner"] is None and unassigned["due"] is None
    assert unassigned["overdue"] is False
    assert run(["actions", "list", "--json", "--workspace", path]) == 0
    statuses = {i["status"] for i in json.loads(capsys.readouterr().out)}
    assert statuses == {"open", "done", "dropped"}
    assert run(["actions", "list", "--cohort", "9", "--workspace", path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Cohort 9 is not in this workspace." in captured.err
    assert run(["agenda", "show", "1", "--json", "--workspace", path]) == 0
    shown = json.loads(capsys.readouterr().out)
    first = shown["items"][0]
    assert (first["start"], first["end"]) == ("2025-10-14T09:00:00-05:00",
                                              "2025-10-14T09:30:00-05:00")
    lunch = next(i for i in shown["items"] if i["title"] == "Lunch" and i["day"] == 2)
    assert lunch["pinned"] is True and lunch["start"] == "2025-10-15T12:00:00-05:00"
    panel = next(i for i in shown["items"] if i["kind"] == "panel")
    assert {"name": "TBD — speaker from a partner city", "role": "panelist", "person_id": None,
            "placeholder": True, "title": "", "jurisdiction": ""} in panel["presenters"]
    assert [(d["day"], d["zone_abbreviation"]) for d in shown["days"]] == [(1, "CDT"), (2, "CDT")]
    assert run(["agenda", "show", "1", "--workspace", path]) == 0
    text = capsys.readouterr().out
    assert "Day 2:" in text and "12:00 PM" in text and "(pinned)" in text
