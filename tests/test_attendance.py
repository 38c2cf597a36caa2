"""Invitations, check-in, recording attendance and the cohort's record, on real workspaces."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.attendance import (
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
    Brief,
    RegistrationStatus,
)
from cohortdesk.domain.enums import MembershipRole
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.services import attendance, cohorts, people, sessions
from cohortdesk.store import Store
from cohortdesk.store.models.attendance import Registration

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


def test_invite_cohort_invites_members_unless_others_are_chosen(store: Store) -> None:
    cohort_id, sids, ids = _cohort(store)
    staff = people.create_person(store, PersonData(given_name="Jordan", family_name="Reyes"))
    speaker = people.create_person(store, PersonData(given_name="Adjoa", family_name="Mensah"))
    cohorts.add_member(store, cohort_id, MembershipData(person_id=staff,
                                                        role=MembershipRole.PROGRAM_STAFF))
    cohorts.add_member(store, cohort_id, MembershipData(person_id=speaker,
                                                        role=MembershipRole.SPEAKER))
    assert attendance.invite_cohort(store, sids[0]) == 3
    assert {r.person_id for r in attendance.registrations(store, sids[0])} == set(ids.values())
    assert store.undo_label() == "Invite Cohort to Session 1"
    assert attendance.invite_cohort(store, sids[0], roles=[MembershipRole.PROGRAM_STAFF]) == 1
    assert store.undo_label() == "Invite Program staff to Session 1"
    with pytest.raises(ValidationError) as info:
        attendance.invite_cohort(store, sids[0], roles=[])
    assert info.value.field == "roles"
    # Staff invited by choice are still never marked absent from their own program.
    assert attendance.mark_unchecked_absent(store, sids[0]) == 3
    assert attendance.registration(store, sids[0], staff).attendance is None  # type: ignore[union-attr]
    row = next(r for r in attendance.matrix(store, cohort_id).rows if r.person_id == staff)
    assert row.recorded == 0
    assert attendance.matrix(store, cohort_id).sessions[0].absent == 3
    assert attendance.invite_cohort(store, sids[1], roles=list(MembershipRole)) == 5


def test_mark_absent_shows_in_the_counts_and_can_be_replaced(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    attendance.invite_cohort(store, sids[0])
    attendance.check_in(store, sids[0], ids["Renata"])
    attendance.set_status(store, sids[0], ids["Keisha"], RegistrationStatus.DECLINED)
    attendance.mark_unchecked_absent(store, sids[0])
    reg = attendance.registration(store, sids[0], ids["Zoë"])
    assert reg is not None and reg.source is AttendanceSource.MARKED_ABSENT
    assert attendance.counts(store, sids[0]).summary() == (
        "1 invited, 1 registered, 1 declined · 1 attended (1 in person, 0 remote) · "
        "2 absent (1 excused)")


def test_walk_in_with_an_existing_name_checks_that_person_in(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    attendance.invite(store, sids[0], [ids["Renata"]])
    before = people.count_people(store)
    at = dt.datetime(2026, 1, 10, 9, 5)
    # Not on the list: typed without accents or apostrophe, in either name order.
    assert attendance.add_walk_in(store, sids[0], "zoe obrien", when=at) == ids["Zoë"]
    assert attendance.add_walk_in(store, sids[0], "Washington Keisha", when=at) == ids["Keisha"]
    # On the list already: checked in as usual, not a walk-in.
    assert attendance.add_walk_in(store, sids[0], "Renata Alvarez", when=at) == ids["Renata"]
    assert people.count_people(store) == before
    regs = {r.person_id: r for r in attendance.registrations(store, sids[0])}
    assert regs[ids["Zoë"]].walk_in and regs[ids["Zoë"]].checked_in_at == at
    assert regs[ids["Zoë"]].attendance is P
    assert not regs[ids["Renata"]].walk_in and regs[ids["Renata"]].checked_in
    assert store.undo_label() == "Check In Renata Alvarez"
    # Checking in again changes nothing; two people of one name must be chosen from the list.
    label = store.undo_label()
    attendance.add_walk_in(store, sids[0], "Zoë O'Brien")
    assert store.undo_label() == label
    people.create_person(store, PersonData(given_name="Renata", family_name="Alvarez"))
    with pytest.raises(ValidationError, match="2 people are named"):
        attendance.add_walk_in(store, sids[0], "Renata Alvarez")


def test_set_mode_keeps_the_state(store: Store) -> None:
    _cohort_id, sids, ids = _cohort(store)
    attendance.invite_cohort(store, sids[0])
    attendance.set_mode(store, sids[0], ids["Zoë"], AttendanceMode.REMOTE)
    reg = attendance.registration(store, sids[0], ids["Zoë"])
    assert reg is not None and (reg.attendance, reg.mode) == (None, AttendanceMode.REMOTE)
    assert store.undo_label() == "Mark Zoë O'Brien Remote"
    attendance.set_attendance(store, sids[0], ids["Zoë"], AttendanceState.LATE)
    attendance.set_mode(store, sids[0], ids["Zoë"], AttendanceMode.IN_PERSON)
    reg = attendance.registration(store, sids[0], ids["Zoë"])
    assert reg is not None and (reg.attendance, reg.mode) == (
        AttendanceState.LATE, AttendanceMode.IN_PERSON)


def test_matrix_shows_joined_briefly_and_session_counts(store: Store, tmp_path: Path) -> None:
    cohort_id, sids, ids = _cohort(store, 2)
    attendance.set_attendance(store, sids[0], ids["Renata"], P)
    attendance.set_attendance(store, sids[0], ids["Keisha"], A)
    attendance.set_attendance(store, sids[1], ids["Renata"], P)
    with store.change("Zoom minutes") as session:  # what a Zoom import leaves for 4 minutes
        session.add(Registration(session_id=sids[1], person_id=ids["Keisha"], status="registered",
                                 attendance=None, mode="remote", walk_in=False, minutes=4,
                                 source="zoom", note=""))
    m = attendance.matrix(store, cohort_id)
    keisha = next(r for r in m.rows if r.person_id == ids["Keisha"])
    assert keisha.cells == (A, Brief.JOINED_BRIEFLY)
    # Joining briefly counts as a session recorded and missed.
    assert (keisha.attended, keisha.recorded, keisha.rate, keisha.consecutive_absences) == (
        0, 2, 0.0, 2)
    assert keisha.needs_outreach
    s2 = m.sessions[1]
    assert (s2.attended, s2.absent, s2.brief, s2.recorded) == (1, 0, 1, 2)
    assert s2.counts_text == "1 came, 0 absent, 1 brief"

    path = attendance.export_matrix_csv(m, tmp_path / "matrix.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    keisha_row = next(r for r in table if r[0] == "Keisha Washington")
    assert keisha_row[2:4] == ["Absent (unexcused)", "Joined briefly"]
    counts = {r[0]: r[2:4] for r in table if r[1] == "Session count"}
    assert counts == {"Attended": ["1", "1"], "Absent": ["1", "0"],
                      "Joined briefly": ["0", "1"], "Not recorded": ["1", "1"]}
    assert not list(tmp_path.glob("*.partial"))


def test_matrix_export_error_names_the_file_not_a_temporary_one(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cohort_id, _sids, _ids = _cohort(store, 1)
    store.close()
    not_a_folder = tmp_path / "report.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    target = not_a_folder / "matrix.csv"
    code = run(["attendance", "matrix", "--cohort", str(cohort_id), "-o", str(target),
                "--workspace", str(store.path)])
    err = capsys.readouterr().err
    assert code != 0 and "report.txt" in err and ".partial" not in err
    assert not list(tmp_path.glob("**/*.partial"))
