"""Technical assistance requests: per member, filtered by partner and status, undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, OrganizationData, PersonData
from cohortdesk.domain.results import AssistanceData, AssistanceStatus
from cohortdesk.services import cohorts, organizations, people, results
from cohortdesk.services import technical_assistance as ta
from cohortdesk.store import Store

TODAY = dt.date(2026, 11, 22)


def _setup(store: Store) -> tuple[int, int, int]:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    pid = people.create_person(store, PersonData(given_name="Lan", family_name="Nguyễn"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    org = organizations.create_organization(store, OrganizationData(name="Civic Results Institute"))
    return cid, pid, org


def test_request_moves_through_its_statuses_with_dates(store: Store) -> None:
    cid, pid, org = _setup(store)
    rid = ta.create_request(store, cid, AssistanceData(
        person_id=pid, need="Structured interview coaching", partner_id=org,
        requested_on=dt.date(2026, 1, 15)))
    ta.set_status(store, rid, AssistanceStatus.IN_PROGRESS, dt.date(2026, 2, 1))
    ta.set_status(store, rid, AssistanceStatus.DONE, dt.date(2026, 5, 1))
    done = ta.get_request(store, rid)
    assert (done.status, done.started_on, done.closed_on) == (
        AssistanceStatus.DONE, dt.date(2026, 2, 1), dt.date(2026, 5, 1))
    assert done.partner_name == "Civic Results Institute"
    store.undo()
    again = ta.get_request(store, rid)
    assert (again.status, again.closed_on) == (AssistanceStatus.IN_PROGRESS, None)
    assert store.undo_label() == "Edit Assistance Request “Structured interview coaching”"


def test_member_page_shows_their_requests(store: Store) -> None:
    cid, pid, org = _setup(store)
    ta.create_request(store, cid, AssistanceData(person_id=pid, need="Data dashboard",
                                                 partner_id=org))
    page = results.get_framework(store, cid, pid, TODAY)
    assert [(a.need, a.status.label) for a in page.assistance] == [("Data dashboard", "Requested")]


def test_refusals_name_the_field(store: Store) -> None:
    cid, _pid, org = _setup(store)
    stranger = people.create_person(store, PersonData(given_name="Ruth"))
    with pytest.raises(ValidationError) as e:
        ta.create_request(store, cid, AssistanceData(person_id=stranger, need="Help"))
    assert e.value.field == "person_id"
    with pytest.raises(ValidationError) as e:
        ta.create_request(store, cid, AssistanceData(person_id=stranger, need=" "))
    assert e.value.field == "need"


def test_deleting_the_partner_leaves_the_request_unassigned(store: Store) -> None:
    cid, pid, org = _setup(store)
    rid = ta.create_request(store, cid, AssistanceData(person_id=pid, need="Help", partner_id=org))
    organizations.delete_organization(store, org)
    assert ta.get_request(store, rid).partner_name == ""
    assert [r[0] for r in ta.list_requests(store, cid, partner_id=ta.NO_PARTNER).rows] == [rid]
    store.undo()
    assert ta.get_request(store, rid).partner_name == "Civic Results Institute"


def test_cohort_list_filters_by_partner_and_status(example_store: Store) -> None:
    cid = cohorts.cohort_choices(example_store)[0][0]
    everything = ta.list_requests(example_store, cid)
    assert len(everything.rows) == 7
    choices = dict((name, oid) for oid, name in ta.partner_choices(example_store, cid))
    institute = choices["Civic Results Institute"]
    by_institute = ta.list_requests(example_store, cid, partner_id=institute)
    assert {r[3] for r in by_institute.rows} == {"Civic Results Institute"}
    assert len(by_institute.rows) == 4
    open_institute = ta.list_requests(example_store, cid, partner_id=institute,
                                      status=AssistanceStatus.REQUESTED)
    names = sorted(r[1] for r in open_institute.rows)
    assert len(names) == 2 and "王" in names[0] and names[1] == "Zoë O'Brien"
    declined = ta.list_requests(example_store, cid, status=AssistanceStatus.DECLINED)
    assert [r[2] for r in declined.rows] == ["Grant for a tree-planting workforce program"]
    unassigned = ta.list_requests(example_store, cid, partner_id=ta.NO_PARTNER)
    assert [r[3] for r in unassigned.rows] == ["—"]
    # Partners already helping this cohort come first in the picker.
    assert [n for _i, n in ta.partner_choices(example_store, cid)[:2]] == [
        "Civic Results Institute", "Lakeshore Community Fund"]


def test_an_unknown_cohort_or_partner_is_an_error_not_an_empty_list(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    cid, pid, org = _setup(store)
    ta.create_request(store, cid, AssistanceData(person_id=pid, need="Help", partner_id=org))
    with pytest.raises(NotFoundError, match="Cohort 99 is not in this workspace"):
        ta.list_requests(store, 99)
    with pytest.raises(NotFoundError, match="Organization 999 is not in this workspace"):
        ta.find_requests(store, cid, partner_id=999)
    assert len(ta.list_requests(store, cid, partner_id=ta.NO_PARTNER).rows) == 0
    assert len(ta.list_requests(store, cid, partner_id=org).rows) == 1
    ws = str(store.path)
    store.close()
    assert run(["ta", "list", "--workspace", ws, "--cohort", str(cid), "--partner", "999"]) == 2
    assert "Organization 999 is not in this workspace" in capsys.readouterr().err
    assert run(["ta", "list", "--workspace", ws, "--cohort", str(cid)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "Member", "Need"]
    assert "Lan Nguyễn" in lines[1] and "Civic Results Institute" in lines[1]
