"""Zoom participants reports: every line of the sample report, older and odd files, idempotence."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.cli import run
from cohortdesk.domain.attendance import AttendanceMode, AttendanceSource, AttendanceState
from cohortdesk.domain.enums import MembershipRole, SessionFormat
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, PersonData, SessionData
from cohortdesk.services import attendance, cohorts, people, sessions, zoom_import
from cohortdesk.services.zoom_import import MATCHED, STAFF, SUGGESTED, UNMATCHED, ZoomChoice
from cohortdesk.store import Store
from tests.conftest import DATA

FILES = DATA / "attendance"
REPORT = FILES / "roundtable_participants.csv"

# The workspace the sample report meets: people as the registration export adds them.
PEOPLE = {
    "renata": PersonData(given_name="Renata", family_name="Alvarez",
                         email="renata.alvarez@example.org"),
    "mati": PersonData(given_name="Matías", family_name="Núñez-Ortega", preferred_name="Mati",
                       email="matias.nunez@example.org", access_needs="Wheelchair"),
    "zoe": PersonData(given_name="Zoë", family_name="O'Brien", email="Zoe.OBrien@example.org"),
    "lan": PersonData(given_name="Thị Lan", family_name="Nguyễn", preferred_name="Lan",
                      email="lan.nguyen@example.org"),
    "keisha": PersonData(given_name="Keisha", family_name="Washington",
                         email="keisha.washington@example.org"),
    "daniel": PersonData(given_name="Daniel", family_name="Okafor",
                         email="daniel.okafor@example.org"),
    "priya": PersonData(given_name="Priya", family_name="Raman"),  # no email
    "olga": PersonData(given_name="Ольга", family_name="Петренко", preferred_name="Olga",
                       email="olga.petrenko@example.org"),
}


@pytest.fixture
def roundtable(store: Store) -> tuple[Store, int, dict[str, int]]:
    return build(store)


def build(store: Store) -> tuple[Store, int, dict[str, int]]:
    cohort = cohorts.create_cohort(store, CohortData(name="Inaugural Cohort"))
    ids = {}
    for key, data in PEOPLE.items():
        ids[key] = people.create_person(store, data)
        cohorts.add_member(store, cohort, MembershipData(person_id=ids[key]))
    sid = sessions.create_session(store, SessionData(
        cohort_id=cohort, title="Virtual Roundtable: Mental Health and Equity",
        format=SessionFormat.VIRTUAL_ROUNDTABLE, time_zone="America/New_York",
        starts_at=dt.datetime(2026, 5, 14, 13, 0), ends_at=dt.datetime(2026, 5, 14, 14, 30)))
    attendance.invite_cohort(store, sid)
    return store, sid, ids


def by_name(plan: zoom_import.ZoomPreview, name: str) -> zoom_import.ZoomMatch:
    return next(m for m in plan.participants if m.name == name)


def test_every_line_of_the_roundtable_report(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    plan = zoom_import.preview(store, sid, REPORT)
    assert (plan.session_minutes, plan.threshold_minutes) == (90, 45)
    assert len(plan.participants) == 11  # 14 lines, two people rejoined

    host = by_name(plan, "Program Staff")
    assert host.outcome == STAFF and host.person_id is None and "left out" in host.hint

    expected = {  # name: (person, matched how, minutes, status)
        "Renata Alvarez": ("renata", "email", 92, "present"),
        "Mati Núñez-Ortega": ("mati", "email", 90, "present"),
        "Zoë O'Brien": ("zoe", "email", 84, "present"),
        "Keisha Washington": ("keisha", "email", 4, "joined briefly"),
        "Daniel Okafor": ("daniel", "name", 91, "present"),
        "Priya Raman": ("priya", "name", 82, "present"),
        "Olga Petrenko": ("olga", "email", 90, "present"),
    }
    for name, (key, how, minutes, status) in expected.items():
        m = by_name(plan, name)
        assert (m.outcome, m.person_id, m.how, m.minutes, m.status) == (
            MATCHED, ids[key], how, minutes, status), name
    assert by_name(plan, "Mati Núñez-Ortega").minutes_text == "19 + 71 = 90"
    assert by_name(plan, "Mati Núñez-Ortega").original_name == "Matías Núñez-Ortega"
    assert by_name(plan, "Priya Raman").minutes_text == "47 + 35 = 82"

    lan = by_name(plan, "Lan Nguyen's iPhone")
    assert (lan.outcome, lan.how, lan.person_id) == (SUGGESTED, "device name", ids["lan"])
    speaker = by_name(plan, "Guest Speaker - Dr. A. Mensah")
    assert speaker.outcome == UNMATCHED and speaker.guest is not None
    assert (speaker.guest.family_name, speaker.guest.email, speaker.guest.role) == (
        "Mensah", "a.mensah@example.net", MembershipRole.SPEAKER.value)
    phone = by_name(plan, "+15125550150")
    assert (phone.outcome, phone.minutes, phone.guest) == (UNMATCHED, 2, None)

    zoom_import.apply(store, plan)
    regs = {r.person_id: r for r in attendance.registrations(store, sid)}
    assert regs[ids["renata"]].attendance is AttendanceState.PRESENT
    assert regs[ids["renata"]].mode is AttendanceMode.REMOTE
    assert regs[ids["mati"]].minutes == 90
    assert regs[ids["keisha"]].attendance is None
    assert regs[ids["keisha"]].attendance_label == "Joined briefly (4 min)"
    # The suggestion was not applied: Lan is still only invited.
    assert regs[ids["lan"]].attendance is None and regs[ids["lan"]].minutes is None
    assert people.count_people(store) == len(PEOPLE)
    counts = attendance.counts(store, sid)
    assert (counts.attended, counts.remote, counts.joined_briefly) == (6, 6, 1)


def test_reimporting_changes_nothing_and_never_duplicates(
        roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    plan = zoom_import.preview(store, sid, REPORT)
    lan = by_name(plan, "Lan Nguyen's iPhone")
    speaker = by_name(plan, "Guest Speaker - Dr. A. Mensah")
    first = zoom_import.apply(store, plan, {lan.key: ZoomChoice(person_id=ids["lan"]),
                                            speaker.key: ZoomChoice(add_guest=True)})
    assert len(first.guests_added) == 1 and first.recorded == 9
    label = store.undo_label()
    before = attendance.registrations(store, sid)

    again = zoom_import.preview(store, sid, REPORT)
    assert again.changes == 0
    # Hand matches are remembered, the added guest is now matched by email.
    assert by_name(again, "Lan Nguyen's iPhone").how == "remembered"
    assert by_name(again, "Guest Speaker - Dr. A. Mensah").how == "email"
    result = zoom_import.apply(store, again)
    assert (result.recorded, result.guests_added) == (0, ())
    assert attendance.registrations(store, sid) == before
    assert people.count_people(store) == len(PEOPLE) + 1
    assert store.undo_label() == label  # no empty undo step either

    # Asking to add the same guest again finds her by email instead of adding a second one.
    again = zoom_import.preview(store, sid, REPORT)
    phone = by_name(again, "+15125550150")
    zoom_import.apply(store, again, {phone.key: ZoomChoice(add_guest=False)})
    assert people.count_people(store) == len(PEOPLE) + 1


def test_an_import_is_one_undo_step(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, _ids = roundtable
    before = attendance.registrations(store, sid)
    zoom_import.apply(store, zoom_import.preview(store, sid, REPORT))
    assert store.undo_label() == (
        "Import Zoom Report for Virtual Roundtable: Mental Health and Equity")
    store.undo()
    assert attendance.registrations(store, sid) == before


def test_a_state_set_by_hand_is_kept(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    attendance.set_attendance(store, sid, ids["renata"], AttendanceState.LATE)
    plan = zoom_import.preview(store, sid, REPORT)
    assert by_name(plan, "Renata Alvarez").keeps.startswith("kept: marked late by hand")
    zoom_import.apply(store, plan)
    reg = attendance.registration(store, sid, ids["renata"])
    assert reg is not None and reg.attendance is AttendanceState.LATE and reg.minutes == 92


def test_staff_are_not_counted(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, _ids = roundtable
    staff = people.create_person(store, PersonData(given_name="Jordan", family_name="Reyes",
                                                   email="program.staff@example.org"))
    cohort = sessions.get_session(store, sid).cohort_id
    assert cohort is not None
    cohorts.add_member(store, cohort, MembershipData(person_id=staff,
                                                     role=MembershipRole.PROGRAM_STAFF))
    plan = zoom_import.preview(store, sid, REPORT)
    host = by_name(plan, "Program Staff")
    assert (host.outcome, host.person_id) == (STAFF, staff)
    zoom_import.apply(store, plan)
    assert attendance.registration(store, sid, staff) is None


def test_a_report_without_the_meeting_block(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    plan = zoom_import.preview(store, sid, FILES / "participants_only.csv")
    assert plan.meeting is None and plan.session_minutes == 90
    daniel = by_name(plan, "DANIEL OKAFOR")
    assert (daniel.person_id, daniel.how, daniel.minutes_text, daniel.status) == (
        ids["daniel"], "name", "30 + 28 = 58", "present")
    zoe = by_name(plan, "Zoe OBrien")
    assert (zoe.person_id, zoe.how, zoe.status) == (ids["zoe"], "name", "joined briefly")


def test_a_report_with_unknown_columns(roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    plan = zoom_import.preview(store, sid, FILES / "extra_columns.csv")
    assert [m.person_id for m in plan.participants] == [ids["renata"], ids["zoe"], ids["olga"]]
    assert by_name(plan, "Olga Petrenko").status == "joined briefly"  # 44 of 45 minutes
    lenient = zoom_import.preview(store, sid, FILES / "extra_columns.csv", threshold=0.4)
    assert lenient.threshold_minutes == 36
    assert by_name(lenient, "Olga Petrenko").status == "present"


def test_a_file_that_is_not_a_report_is_refused(
        roundtable: tuple[Store, int, dict[str, int]], tmp_path: Path) -> None:
    store, sid, _ids = roundtable
    with pytest.raises(ValidationError) as info:
        zoom_import.preview(store, sid, FILES / "not_a_report.csv")
    assert info.value.field == "file"
    assert "not a Zoom participants report" in info.value.message
    assert "Name (Original Name), User Email, Join Time" in info.value.message
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ValidationError, match="empty"):
        zoom_import.preview(store, sid, empty)
    with pytest.raises(ValidationError) as bad:
        zoom_import.preview(store, sid, REPORT, threshold=1.5)
    assert bad.value.field == "threshold"


def test_command_line_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.cohortdesk"
    with Store.open(path) as store:
        _store, sid, ids = build(store)
    copy = tmp_path / "report.csv"
    shutil.copy(REPORT, copy)
    base = ["attendance", "import-zoom", str(copy), "--session", str(sid),
            "--workspace", str(path), "--json"]
    assert run([*base, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["recorded"] == 0
    rows = {p["name"]: p for p in dry["participants"]}
    assert rows["Priya Raman"]["minutes"] == 82 and rows["Priya Raman"]["matched_by"] == "name"
    assert rows["Lan Nguyen's iPhone"]["outcome"] == "suggested"

    assert run(base) == 0
    assert json.loads(capsys.readouterr().out)["recorded"] == 7
    assert run(base) == 0
    assert json.loads(capsys.readouterr().out)["recorded"] == 0

    assert run(["attendance", "show", "--session", str(sid), "--workspace", str(path),
                "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    renata = next(p for p in shown["people"] if p["person_id"] == ids["renata"])
    assert (renata["attendance"], renata["mode"]) == ("present", "remote")


def test_an_import_replaces_mark_absent_but_not_a_hand_entry(
        roundtable: tuple[Store, int, dict[str, int]], tmp_path: Path) -> None:
    store, sid, ids = roundtable
    attendance.set_attendance(store, sid, ids["zoe"], AttendanceState.ABSENT_EXCUSED)  # by hand
    assert attendance.mark_unchecked_absent(store, sid) == len(PEOPLE) - 1
    plan = zoom_import.preview(store, sid, REPORT)
    assert by_name(plan, "Renata Alvarez").keeps == ""  # "marked absent" is no one's word
    assert by_name(plan, "Zoë O'Brien").keeps.startswith("kept: marked absent (excused) by hand")
    zoom_import.apply(store, plan)
    regs = {r.person_id: r for r in attendance.registrations(store, sid)}
    assert regs[ids["renata"]].attendance is AttendanceState.PRESENT
    assert regs[ids["renata"]].source is AttendanceSource.ZOOM
    assert regs[ids["zoe"]].attendance is AttendanceState.ABSENT_EXCUSED
    # Keisha joined for 4 minutes: the report's "joined briefly" replaces the blanket absence.
    assert regs[ids["keisha"]].attendance_label == "Joined briefly (4 min)"
    # Lan's suggestion was left out, so her absence stands.
    assert regs[ids["lan"]].attendance is AttendanceState.ABSENT_UNEXCUSED
    assert attendance.counts(store, sid).attended == 5  # six present, less Zoë
    assert zoom_import.preview(store, sid, REPORT).changes == 0

    # The other order ends the same: mark-absent leaves people the report gave minutes.
    store2 = Store.open(tmp_path / "other.cohortdesk")
    try:
        _s, sid2, ids2 = build(store2)
        zoom_import.apply(store2, zoom_import.preview(store2, sid2, REPORT))
        attendance.mark_unchecked_absent(store2, sid2)
        keisha = attendance.registration(store2, sid2, ids2["keisha"])
        assert keisha is not None and keisha.attendance_label == "Joined briefly (4 min)"
        assert zoom_import.preview(store2, sid2, REPORT).changes == 0
    finally:
        store2.close()


def test_one_person_on_an_email_line_and_a_name_line_is_one_row(
        roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, ids = roundtable
    plan = zoom_import.preview(store, sid, FILES / "split_identity.csv")
    renata = [m for m in plan.participants if m.person_id == ids["renata"]]
    assert len(renata) == 1
    row = renata[0]
    # 10 + 10 by email and 30 by name: 50 of the 45 needed, so present, and shown so.
    assert (row.minutes, row.minutes_text, row.status, row.effect) == (
        50, "10 + 10 + 30 = 50", "present", "update")
    assert plan.summary().startswith("2 matched (1 present, 1 joined briefly)")
    zoom_import.apply(store, plan)
    reg = attendance.registration(store, sid, ids["renata"])
    assert reg is not None and (reg.attendance, reg.minutes) == (AttendanceState.PRESENT, 50)
    again = zoom_import.preview(store, sid, FILES / "split_identity.csv")
    assert [m.effect for m in again.participants if m.person_id == ids["renata"]] == [
        "unchanged"]


def test_host_and_dial_in_rows_say_what_they_are(
        roundtable: tuple[Store, int, dict[str, int]]) -> None:
    store, sid, _ids = roundtable
    plan = zoom_import.preview(store, sid, REPORT)
    assert by_name(plan, "Program Staff").status == zoom_import.NOT_COUNTED
    phone = by_name(plan, "+15125550150")
    assert phone.outcome == UNMATCHED and "no one in the workspace has this number" in phone.hint
    assert phone.hint_key == "unknown dial-in"
    # Every hint can be written again from its key and values, as the app does in Spanish.
    hinted = [m for m in plan.participants if m.hint]
    assert hinted and all(zoom_import.HINTS[m.hint_key].format(**dict(m.hint_values)) == m.hint
                          for m in hinted)


@pytest.mark.parametrize("typed", ["(512) 555-0150", "512.555.0150", "+1 512 555 0150",
                                   "512\t555\t0150", "\u0665\u0661\u0662 555 0150"])
def test_a_dial_in_points_to_the_person_with_that_number_however_it_was_typed(
        roundtable: tuple[Store, int, dict[str, int]], typed: str) -> None:
    store, sid, _ids = roundtable
    hollis = people.create_person(store, PersonData(given_name="Hollis", family_name="Grant",
                                                    phone=typed))
    plan = zoom_import.preview(store, sid, REPORT)
    phone = by_name(plan, "+15125550150")
    if typed.startswith("\u0665"):  # another script's digits are not the number dialled
        assert phone.outcome == UNMATCHED and "no one in the workspace" in phone.hint
    else:
        assert (phone.outcome, phone.how, phone.person_id) == (SUGGESTED, "phone number", hollis)


def test_command_line_dry_run_says_nothing_was_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "dry.cohortdesk"
    with Store.open(path) as store:
        _store, sid, _ids = build(store)
    base = ["attendance", "import-zoom", str(REPORT), "--session", str(sid),
            "--workspace", str(path), "--dry-run"]
    assert run(base) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert run([*base, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] is False
    with Store.open(path, read_only=True) as store:
        assert all(r.minutes is None for r in attendance.registrations(store, sid))


def test_bulk_matching_answers_as_an_index_of_everyone_would(
        roundtable: tuple[Store, int, dict[str, int]]) -> None:
    """The import loads only the people the report can match; every line must get the answer
    an index of the whole workspace gives, ambiguity included."""
    from sqlalchemy import select

    from cohortdesk.documents.zoom_report import read_report
    from cohortdesk.domain.attendance import (
        Candidate,
        NameIndex,
        match_key,
        merge_lines,
        person_keys,
        phone_digits,
    )
    from cohortdesk.domain.records import person_display_name
    from cohortdesk.store.models import Person

    store, _sid, _ids = roundtable
    extra = [  # namesakes, a second Lan, a family-name-only person, phone numbers, initials
        PersonData(given_name="Renata", family_name="Álvarez"),
        PersonData(given_name="Lan", family_name="Nguyen", phone="(703) 555-0110"),
        PersonData(given_name="", family_name="Raman", phone="+1 703.555.0111"),
        PersonData(given_name="Keisha", family_name="Washington-Reyes", phone="703 555 0112"),
        PersonData(given_name="Kim", family_name="Washington"),
        PersonData(given_name="Dan", family_name="Okafor", preferred_name="Danny"),
        # A crowded name (three people share it whole), one of them known by another name,
        # and a name two people share through different preferred names.
        PersonData(given_name="Sam", family_name="Lee"),
        PersonData(given_name="Sam", family_name="Lee"),
        PersonData(given_name="Sam", family_name="Lee"),
        PersonData(given_name="Samuel", family_name="Lee", preferred_name="Sammy"),
        PersonData(given_name="Ana", family_name="Ruiz"),
        PersonData(given_name="Ana", family_name="Ruiz", preferred_name="Anita"),
        PersonData(given_name="Tomás", family_name="de la Cruz", preferred_name="Tom"),
    ]
    for data in extra:
        people.create_person(store, data)
    report = REPORT.read_text(encoding="utf-8").rstrip("\n").split("\n")
    header_end = next(i for i, line in enumerate(report) if line.startswith("Name (Original"))
    body = report[header_end + 1].split(",")
    rows = []
    for name in ("Renata Alvarez", "Lan Nguyen", "Raman", "K. Washington", "Danny Okafor",
                 "+1 (703) 555-0110", "703-555-0111", "Dan Okafor", "Nobody Here",
                 "Keisha Washington-Reyes", "D. Okafor", "Sam Lee", "Lee Sam", "Sammy Lee",
                 "Samuel Lee", "S. Lee", "Ana Ruiz", "Anita Ruiz", "A. Ruiz",
                 "Tomas De La Cruz", "Tom de la Cruz", "T. de la Cruz"):
        cells = list(body)
        cells[0], cells[1] = name, ""
        rows.append(",".join(f'"{c}"' if "," in c else c for c in cells))
    path = Path(store.path).with_name("bulk.csv")
    path.write_text("\n".join([*report, *rows]) + "\n", encoding="utf-8")
    attendees = merge_lines(read_report(path).lines)
    with store.read() as s:
        index, names, _roles = zoom_import._candidates(s, 1, attendees, ())
        everyone = NameIndex.build(
            Candidate(person_id=p.id, name=person_display_name(p.given_name, p.family_name,
                                                               p.preferred_name),
                      email=(p.email or "").lower(),
                      keys=frozenset(person_keys(p.given_name, p.family_name,
                                                 p.preferred_name)),
                      phone=phone_digits(p.phone) if p.phone else None,
                      given_initial=match_key(p.preferred_name or p.given_name)[:1],
                      family_key=match_key(p.family_name))
            for p in s.scalars(select(Person)))
        all_names = {p.id: "" for p in s.scalars(select(Person))}
    answers = {}
    for a in attendees:
        answers[a.name] = zoom_import._match(a, index, {}, names)
        assert answers[a.name] == zoom_import._match(a, everyone, {}, all_names), a.name
        digits = phone_digits(a.name)
        if digits:
            assert {c.person_id for c in index.by_phone.get(digits, [])} == \
                {c.person_id for c in everyone.by_phone.get(digits, [])}, a.name
    # A name several people share matches none of them; a name one of them goes by matches.
    assert answers["Sam Lee"][0] != zoom_import.MATCHED
    assert answers["Ana Ruiz"][0] != zoom_import.MATCHED
    assert answers["Sammy Lee"][:2] == (zoom_import.MATCHED, "name")
    assert answers["Anita Ruiz"][:2] == (zoom_import.MATCHED, "name")
    assert answers["Tom de la Cruz"][:2] == (zoom_import.MATCHED, "name")


_NAMES = st.text(st.sampled_from("aAéÉ ø'’-_.ß\u0301ıΣς李 \t"), max_size=8)


@given(_NAMES, _NAMES)
def test_a_full_names_key_is_its_two_names_keys_joined(first: str, family: str) -> None:
    """The bulk matching works out "first family" from each name's key, once per name."""
    from cohortdesk.domain.attendance import match_key

    assert zoom_import._joined(match_key(first), match_key(family)) == \
        match_key(f"{first} {family}")
