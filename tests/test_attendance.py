"""Invitations, check-in, recording attendance and the cohort's record, on real workspaces."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from cohortdesk.domain.attendance import (
    AttendanceMode,
    AttendanceState,
    RegistrationStatus,
)
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.services import attendance, cohorts, people, sessions
from cohortdesk.store import Store

P, A, X = AttendanceState.PRESENT, AttendanceState.ABSENT_UNEXCUSED, AttendanceState.ABSENT_EXCUSED


def _cohort(store: Store, n_sessions: int = 3) -> tuple[int, list[int], dict[str, int]]:
    cohort = cohorts.create_cohort(store, CohortData(name="Inaugural Cohort"))
    ids = {}
    for given, family, extra in (("Renata", "Alvarez", {}),
                                 ("Keisha", "Washington", {"dietary_needs": "Vegan"}),
                                 ("Zoë", "O'Brien", {"access_needs": "Large-print materials"})):
        ids[given] = people.create_person(store, PersonData(given_name=given, family_name=family,
                                                            **extra))
        cohorts.add_member(store, cohort, MembershipData(person_id=ids[given]))
    sids = [sessions.create_session(store, SessionData(
        cohort_id=cohort, title=f"Session {i + 1}", time_zone="America/Chicago",
        starts_at=dt.datetime(2026, 1 + i, 10, 9), ends_at=dt.datetime(2026, 1 + i, 10, 12)))
        for i in range(n_sessions)]
    return cohort, sids, ids


def test_invite_cohort_and_guests_with_counts(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    assert attendance.invite_cohort(store, sids[0]) == 3
    assert attendance.invite_cohort(store, sids[0]) == 0  # nobody twice
    guest = people.create_person(store, PersonData(given_name="Adjoa", family_name="Mensah"))
    attendance.invite(store, sids[0], [guest])
    attendance.set_status(store, sids[0], ids["Renata"], RegistrationStatus.REGISTERED)
    attendance.set_status(store, sids[0], ids["Keisha"], RegistrationStatus.DECLINED)
    regs = attendance.registrations(store, sids[0])
    assert [r.name for r in regs] == ["Renata Alvarez", "Adjoa Mensah", "Zoë O'Brien",
                                      "Keisha Washington"]
    assert {r.name: r.role for r in regs}["Adjoa Mensah"] == "guest"
    counts = attendance.counts(store, sids[0])
    assert counts.by_status == {"registered": 1, "declined": 1, "invited": 2}
    assert counts.summary() == "2 invited, 1 registered, 1 declined"


def test_check_in_records_time_and_flags_and_undoes(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    attendance.invite_cohort(store, sids[0])
    at = dt.datetime(2026, 1, 10, 8, 51)
    attendance.check_in(store, sids[0], ids["Zoë"], when=at)
    reg = attendance.registration(store, sids[0], ids["Zoë"])
    assert reg is not None
    assert (reg.attendance, reg.mode, reg.checked_in_at, reg.status) == (
        P, AttendanceMode.IN_PERSON, at, RegistrationStatus.REGISTERED)
    assert reg.access_needs == "Large-print materials"
    assert store.undo_label() == "Check In Zoë O'Brien"
    store.undo()
    reg = attendance.registration(store, sids[0], ids["Zoë"])
    assert reg is not None and reg.checked_in_at is None and reg.attendance is None


def test_walk_in_is_added_and_checked_in_in_one_step(store: Store) -> None:
    _cohort_id, sids, _ids = _cohort(store)
    before = people.count_people(store)
    pid = attendance.add_walk_in(store, sids[0], "  Sam  Whitfield ")
    reg = attendance.registration(store, sids[0], pid)
    assert reg is not None and reg.walk_in and reg.attendance is P and reg.checked_in
    assert (reg.given_name, reg.family_name) == ("Sam", "Whitfield")
    assert store.undo_label() == "Check In Walk-in Sam Whitfield"
    store.undo()
    assert people.count_people(store) == before
    with pytest.raises(ValidationError) as info:
        attendance.add_walk_in(store, sids[0], "   ")
    assert info.value.field == "name"


def test_mark_everyone_not_checked_in_absent(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    attendance.invite_cohort(store, sids[0])
    waitlisted = people.create_person(store, PersonData(given_name="Priya", family_name="Raman"))
    attendance.invite(store, sids[0], [waitlisted], status=RegistrationStatus.WAITLISTED)
    attendance.check_in(store, sids[0], ids["Renata"])
    attendance.set_status(store, sids[0], ids["Keisha"], RegistrationStatus.DECLINED)
    assert attendance.mark_unchecked_absent(store, sids[0]) == 2
    states = {r.person_id: r.attendance for r in attendance.registrations(store, sids[0])}
    assert states == {ids["Renata"]: P, ids["Keisha"]: X, ids["Zoë"]: A, waitlisted: None}
    store.undo()
    states = {r.person_id: r.attendance for r in attendance.registrations(store, sids[0])}
    assert states[ids["Zoë"]] is None and states[ids["Renata"]] is P


def test_matrix_rates_runs_and_outreach(store: Store, tmp_path: Path) -> None:
    cohort_id, sids, ids = _cohort(store)
    record = {"Renata": (P, P, P), "Keisha": (P, A, X), "Zoë": (A, AttendanceState.LATE, None)}
    for name, states in record.items():
        for sid, state in zip(sids, states, strict=True):
            if state:
                attendance.set_attendance(store, sid, ids[name], state)
    m = attendance.matrix(store, cohort_id)
    assert [s.title for s in m.sessions] == ["Session 1", "Session 2", "Session 3"]
    assert [(s.attended, s.absent) for s in m.sessions] == [(2, 1), (2, 1), (1, 1)]
    rows = {r.name: r for r in m.rows}
    keisha = rows["Keisha Washington"]
    assert (keisha.attended, keisha.recorded, keisha.consecutive_absences) == (1, 3, 2)
    assert keisha.needs_outreach and keisha.last_attended == "Session 1"
    zoe = rows["Zoë O'Brien"]
    assert (zoe.rate, zoe.consecutive_absences, zoe.needs_outreach) == (0.5, 0, False)
    assert zoe.last_attended_on == dt.date(2026, 2, 10)
    assert [r.name for r in m.flagged] == ["Keisha Washington"]

    path = attendance.export_matrix_csv(m, tmp_path / "matrix.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:3] == ["Person", "Role", "Session 1 (2026-01-10)"]
    keisha_row = next(r for r in table if r[0] == "Keisha Washington")
    assert keisha_row[2:5] == ["Present", "Absent (unexcused)", "Absent (excused)"]
    assert keisha_row[-6:] == ["1", "3", "33%", "2", "Session 1 (2026-01-10)", "Yes"]


def test_matrix_csv_never_holds_a_live_formula(store: Store, tmp_path: Path) -> None:
    cohort_id, sids, _ids = _cohort(store, 1)
    pid = people.create_person(store, PersonData(given_name="=HYPERLINK(\"x\")", family_name=""))
    attendance.set_attendance(store, sids[0], pid, P)
    path = attendance.export_matrix_csv(attendance.matrix(store, cohort_id), tmp_path / "m.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text


def test_example_network_has_its_kickoff_record(example_store: Store) -> None:
    kickoff = next(r for r in sessions.list_sessions(example_store).rows
                   if r[1] == "Kickoff Convening")[0]
    counts = attendance.counts(example_store, kickoff)
    assert counts.attended == 14 and counts.remote == 1
    regs = {r.name: r for r in attendance.registrations(example_store, kickoff)}
    assert regs["Keisha Washington"].attendance is AttendanceState.LATE
    assert regs["Mati Núñez-Ortega"].access_needs.startswith("Wheelchair")
