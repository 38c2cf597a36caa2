"""Attendance marks keep their source and time; protected marks are never replaced silently."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.attendance import AttendanceSource, AttendanceState, mark_origin
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import attendance, cohorts, history, people, sessions, zoom_import
from cohortdesk.store import Store

P, A, L = AttendanceState.PRESENT, AttendanceState.ABSENT_UNEXCUSED, AttendanceState.LATE


def _session(store: Store) -> tuple[int, dict[str, int]]:
    cohort = cohorts.create_cohort(store, CohortData(name="Cohort"))
    ids = {}
    for given in ("Renata", "Keisha", "Zoë"):
        ids[given] = people.create_person(store, PersonData(given_name=given, family_name="X"))
        cohorts.add_member(store, cohort, MembershipData(person_id=ids[given]))
    sid = sessions.create_session(store, SessionData(
        cohort_id=cohort, title="Kickoff", time_zone="America/Chicago",
        starts_at=dt.datetime(2026, 5, 26, 9), ends_at=dt.datetime(2026, 5, 26, 12)))
    attendance.invite_cohort(store, sid)
    return sid, ids


def test_the_origin_of_a_mark_reads_as_a_sentence() -> None:
    at = dt.datetime(2026, 5, 26, 9, 4)
    assert mark_origin("check_in", "present", at, at) == "checked in at the door 9:04"
    assert mark_origin("manual", "late", None, dt.datetime(2026, 5, 26, 10, 15)) == (
        "marked late by hand 10:15")
    assert mark_origin(None, None, None, None) == ""


def test_a_check_in_survives_a_keyboard_mark_and_a_bulk_action_until_replaced(store: Store) -> None:
    sid, ids = _session(store)
    door = dt.datetime(2026, 5, 26, 9, 4)
    attendance.check_in(store, sid, ids["Renata"], when=door)
    attendance.set_attendance(store, sid, ids["Keisha"], L, how=AttendanceSource.MANUAL)

    kept = attendance.set_attendance(store, sid, ids["Renata"], A, how=AttendanceSource.SHEET)
    assert kept is not None and kept.text == "kept: checked in at the door 9:04"
    result = attendance.mark_many(store, sid, list(ids.values()), A)
    assert result.marked == 1  # Zoë only
    assert {k.person_id: k.text for k in result.kept} == {
        ids["Renata"]: "kept: checked in at the door 9:04",
        ids["Keisha"]: kept_manual(store, sid, ids["Keisha"])}
    regs = {r.person_id: r for r in attendance.registrations(store, sid)}
    assert (regs[ids["Renata"]].attendance, regs[ids["Renata"]].source) == (P, AttendanceSource.CHECK_IN)
    assert regs[ids["Keisha"]].attendance is L
    assert (regs[ids["Zoë"]].attendance, regs[ids["Zoë"]].source) == (A, AttendanceSource.BULK)
    assert regs[ids["Zoë"]].marked_at is not None

    # The user saw what stayed, and chose to replace Renata's.
    again = attendance.mark_many(store, sid, list(ids.values()), A, replace=[ids["Renata"]])
    assert again.marked == 1 and [k.person_id for k in again.kept] == [ids["Keisha"]]
    renata = attendance.registration(store, sid, ids["Renata"])
    assert renata is not None and renata.attendance is A and renata.checked_in_at is None
    store.undo()
    renata = attendance.registration(store, sid, ids["Renata"])
    assert renata is not None and renata.checked_in_at == door and renata.attendance is P


def kept_manual(store: Store, sid: int, pid: int) -> str:
    r = attendance.registration(store, sid, pid)
    assert r is not None and r.marked_at is not None
    return f"kept: marked late by hand {r.marked_at.hour}:{r.marked_at.minute:02d}"


def test_the_same_state_again_changes_nothing(store: Store) -> None:
    sid, ids = _session(store)
    attendance.check_in(store, sid, ids["Renata"], when=dt.datetime(2026, 5, 26, 9, 4))
    assert attendance.set_attendance(store, sid, ids["Renata"], P, how=AttendanceSource.SHEET) is None
    r = attendance.registration(store, sid, ids["Renata"])
    assert r is not None and r.source is AttendanceSource.CHECK_IN


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    code = run([*argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    found = json.loads(out)
    assert isinstance(found, dict)
    return found


def test_attendance_mark_on_the_command_line(capsys, workspace_path) -> None:
    with Store.open(workspace_path) as store:
        sid, ids = _session(store)
        attendance.check_in(store, sid, ids["Renata"], when=dt.datetime(2026, 5, 26, 9, 4))
    ws = ["--workspace", str(workspace_path)]
    base = ["attendance", "mark", "--session", str(sid)]
    done = _cli(capsys, *base, "--person", str(ids["Zoë"]), "--status", "present",
                "--mode", "remote", *ws)
    assert (done["changed"], done["attendance"], done["mode"], done["source"]) == (
        True, "present", "remote", "manual")
    kept = _cli(capsys, *base, "--person", str(ids["Renata"]), "--status", "absent", *ws)
    assert (kept["changed"], kept["kept"], kept["attendance"]) == (
        False, "kept: checked in at the door 9:04", "present")
    code = run([*base, "--person", str(ids["Renata"]), "--status", "absent", *ws])
    assert code == 0 and "--replace" in capsys.readouterr().out
    replaced = _cli(capsys, *base, "--person", str(ids["Renata"]), "--status", "excused",
                    "--replace", *ws)
    assert (replaced["changed"], replaced["attendance"]) == (True, "absent_excused")


ZOOM = Path(__file__).parent / "data" / "attendance" / "zoom_0314.csv"


def _call(store: Store) -> tuple[int, dict[str, int]]:
    cohort = cohorts.create_cohort(store, CohortData(name="Cohort"))
    ids = {}
    for key, data in {
        "renata": PersonData(given_name="Renata", family_name="Alvarez",
                             email="renata.alvarez@example.org"),
        "zoe": PersonData(given_name="Zoë", family_name="O'Brien", email="zoe.obrien@example.org"),
        "keisha": PersonData(given_name="Keisha", family_name="Washington",
                             email="keisha.washington@example.org"),
        "daniel": PersonData(given_name="Daniel", family_name="Okafor"),
        "priya": PersonData(given_name="Priya", family_name="Raman"),
    }.items():
        ids[key] = people.create_person(store, data)
        cohorts.add_member(store, cohort, MembershipData(person_id=ids[key]))
    sid = sessions.create_session(store, SessionData(
        cohort_id=cohort, title="Peer Exchange Call", time_zone="America/New_York",
        starts_at=dt.datetime(2026, 3, 14, 10), ends_at=dt.datetime(2026, 3, 14, 12)))
    attendance.invite_cohort(store, sid)
    return sid, ids


def test_a_door_check_in_survives_a_zoom_report_until_the_user_replaces_it(store: Store) -> None:
    sid, ids = _call(store)
    attendance.check_in(store, sid, ids["zoe"], when=dt.datetime(2026, 3, 14, 9, 4))
    attendance.set_attendance(store, sid, ids["daniel"], AttendanceState.ABSENT_EXCUSED)
    plan = zoom_import.preview(store, sid, ZOOM)
    found = {m.person_id: m for m in plan.participants if m.person_id}
    assert found[ids["zoe"]].keeps == "kept: checked in at the door 9:04"
    assert found[ids["zoe"]].minutes == 113  # two devices at once count once
    assert found[ids["keisha"]].minutes == 120  # capped at the meeting's length
    assert found[ids["renata"]].minutes == 115  # "015_Renata Alvarez" matched by name
    assert found[ids["daniel"]].keeps.startswith("kept: marked absent (excused) by hand")
    loki = next(m for m in plan.participants if m.name == "Loki")
    assert loki.guest is not None and loki.guest.family_name == "Laufeyson"

    perform_as(store, OpInfo(source="Zoom report zoom_0314.csv"), zoom_import.apply, plan)
    zoe = attendance.registration(store, sid, ids["zoe"])
    assert zoe is not None and zoe.source is AttendanceSource.CHECK_IN and zoe.minutes == 113
    daniel = attendance.registration(store, sid, ids["daniel"])
    assert daniel is not None and daniel.attendance is AttendanceState.ABSENT_EXCUSED

    # The user saw "kept: …" and chose to replace Daniel's with the report's.
    again = zoom_import.preview(store, sid, ZOOM)
    key = next(m.key for m in again.participants if m.person_id == ids["daniel"])
    perform_as(store, OpInfo(source="Zoom report zoom_0314.csv"), zoom_import.apply, again,
               {key: zoom_import.ZoomChoice(replace=True)})
    daniel = attendance.registration(store, sid, ids["daniel"])
    assert daniel is not None and (daniel.attendance, daniel.source) == (P, AttendanceSource.ZOOM)
    zoe = attendance.registration(store, sid, ids["zoe"])
    assert zoe is not None and zoe.source is AttendanceSource.CHECK_IN
    events = history.person_history(store, ids["daniel"]).events
    assert events[0].source == "Zoom report zoom_0314.csv"
    assert any("Attendance: Peer Exchange Call" in line for line in events[0].lines)


def test_a_row_added_and_changed_in_one_step_reads_as_added(store: Store) -> None:
    # The history once said "Membership: …: Started on: 2025-09-01 → 2026-04-13" for a
    # membership that one step had added and then dated, as if a date had been changed.
    person = people.create_person(store, PersonData(given_name="Ana", family_name="Ruiz"))
    cohort = cohorts.create_cohort(store, CohortData(program="Equity", name="Cohort 4"))
    with store.operation("Enrol Ana"):
        membership = cohorts.add_member(store, cohort, MembershipData(
            person_id=person, started_on=dt.date(2025, 9, 1)))
        cohorts.update_membership(store, membership, MembershipData(
            person_id=person, started_on=dt.date(2026, 4, 13)))
    lines = history.person_history(store, person).events[0].lines
    assert [line for line in lines if line.startswith("Membership")] == [
        "Membership: Cohort 4 added (Role Member, Stage Active, Started on 2026-04-13)"]
    with store.operation("Enrol and remove Ana"):
        again = cohorts.create_cohort(store, CohortData(program="Equity", name="Cohort 5"))
        gone = cohorts.add_member(store, again, MembershipData(person_id=person))
        cohorts.remove_member(store, gone)
    assert not any("Cohort 5" in line for line in history.person_history(store, person)
                   .events[0].lines)
