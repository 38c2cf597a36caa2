"""Importing again: people first imported without an email, our own roster read back, a new
organization met while updating someone, and one person twice in one file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from cohortdesk.documents.tabular_read import read_table
from cohortdesk.domain.records import CohortData, MembershipData, OrganizationData, PersonData
from cohortdesk.services import cohorts, organizations, people, people_import, roster
from cohortdesk.services.people_import import Decision
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

FORM = Path(__file__).parent / "data" / "import" / "registration_form.csv"
# The registration sample's columns, in its order.
FORM_HEADER = ["Submitted at", "First name", "Last name", "Preferred name", "Pronouns",
               "Job title", "Organization / jurisdiction", "City", "State", "Email address",
               "Phone", "Short bio (max 150 words)", "Dietary needs", "Accessibility needs",
               "May we share your email and phone with other cohort members?"]


def _form(path: Path, *rows: dict[str, str]) -> Path:
    lines = [",".join(FORM_HEADER)]
    for values in rows:
        lines.append(",".join(values.get(h, "") for h in FORM_HEADER))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def _named(store: Store, name: str) -> list[tuple[object, ...]]:
    return [r for r in people.list_people(store).rows if r[1] == name]


def test_someone_imported_without_an_email_gets_it_later_not_a_twin(
    store: Store, tmp_path: Path
) -> None:
    first = _form(tmp_path / "first.csv", {"First name": "Priya", "Last name": "Raman",
                                           "Job title": "Analyst"})
    people_import.import_file(store, first)
    (pid,) = [int(r[0]) for r in _named(store, "Priya Raman")]  # type: ignore[call-overload]

    later = _form(tmp_path / "later.csv", {"First name": "Priya", "Last name": "Raman",
                                           "Email address": "Priya.Raman@example.org",
                                           "Job title": "Senior Analyst"})
    result = people_import.preview(store, read_table(later))
    row = result.rows[0]
    assert row.status == "update" and row.match_person_id == pid
    assert any("adds the email priya.raman@example.org" in i.message for i in row.issues)
    assert {c.field: c.incoming for c in row.changes} == {
        "title": "Senior Analyst", "email": "priya.raman@example.org"}
    summary = people_import.apply(store, result)
    assert (summary.added, summary.updated) == (0, 1)
    assert people.count_people(store) == 1
    assert people.find_by_email(store, "priya.raman@example.org") == pid
    assert people.get_person(store, pid).title == "Analyst"  # a differing value: kept


def test_merge_without_the_email_keeps_the_person_without_one(store: Store, tmp_path: Path) -> None:
    pid = people.create_person(store, PersonData(given_name="Priya", family_name="Raman"))
    later = _form(tmp_path / "later.csv", {"First name": "Priya", "Last name": "Raman",
                                           "Email address": "priya@example.org",
                                           "Job title": "Analyst"})
    result = people_import.preview(store, read_table(later))
    people_import.apply(store, result, {1: Decision("merge", frozenset({"title"}))})
    assert people.count_people(store) == 1
    got = people.get_person(store, pid)
    assert (got.title, got.email) == ("Analyst", "")


def test_two_new_emails_never_land_on_one_person(store: Store, tmp_path: Path) -> None:
    pid = people.create_person(store, PersonData(given_name="Sam", family_name="Lee"))
    path = _form(tmp_path / "two.csv",
                 {"First name": "Sam", "Last name": "Lee", "Email address": "sam.a@example.org"},
                 {"First name": "Sam", "Last name": "Lee", "Email address": "sam.b@example.org"})
    result = people_import.preview(store, read_table(path))
    assert [r.status for r in result.rows] == ["update", "add"]
    people_import.apply(store, result)
    assert people.find_by_email(store, "sam.a@example.org") == pid
    assert people.find_by_email(store, "sam.b@example.org") not in (None, pid)
    assert people.count_people(store) == 2


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_internal_roster_imports_back_with_consent(
    store: Store, tmp_path: Path, fmt: roster.Format
) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural Cohort",
                                                  start_date=dt.date(2025, 10, 1)))
    for given, family, email, consent in (("Zoë", "O'Brien", "zoe@example.org", True),
                                          ("Daniel", "Okafor", "daniel@example.org", False)):
        pid = people.create_person(store, PersonData(
            given_name=given, family_name=family, email=email, phone="+1 703 555 0110",
            consent_share_contact=consent, dietary_needs="Vegan"))
        cohorts.add_member(store, cid, MembershipData(person_id=pid))
    path = roster.export_roster(store, RosterRequest(cohort_id=cid, audience="internal"), fmt,
                                tmp_path / f"internal.{fmt}")

    with Store.open(tmp_path / "other.cohortdesk") as other:
        result = people_import.preview(other, read_table(path))
        mapped = {result.headers[i]: t for i, t in result.mapping.items() if t}
        assert mapped["Shares contact"] == "consent"
        assert not any(i.field == "consent" for r in result.rows for i in r.issues)
        people_import.apply(other, result)
        zoe = people.get_person(other, people.find_by_email(other, "zoe@example.org") or 0)
        daniel = people.get_person(other, people.find_by_email(other, "daniel@example.org") or 0)
        assert (zoe.consent_share_contact, daniel.consent_share_contact) == (True, False)
        assert (zoe.given_name, zoe.family_name, zoe.phone) == ("Zoë", "O'Brien",
                                                                 "+1 703 555 0110")
        assert daniel.dietary_needs == "Vegan"


def test_a_new_organization_met_while_updating_keeps_its_city_and_state(
    store: Store, tmp_path: Path
) -> None:
    old_org = organizations.create_organization(store, OrganizationData(name="Old Town"))
    pid = people.create_person(store, PersonData(given_name="Renata", family_name="Alvarez",
                                                 email="renata@example.org",
                                                 organization_id=old_org))
    path = _form(tmp_path / "moved.csv", {"First name": "Renata", "Last name": "Alvarez",
                                          "Email address": "renata@example.org",
                                          "Organization / jurisdiction": "City of Asheville",
                                          "City": "Asheville", "State": "NC"})
    result = people_import.preview(store, read_table(path))
    assert result.rows[0].status == "update"
    people_import.apply(store, result, {result.rows[0].row: Decision("update")})
    got = people.get_person(store, pid)
    assert got.organization_name == "City of Asheville"
    org = organizations.get_organization(store, got.organization_id or 0)
    assert (org.city, org.state_region) == ("Asheville", "NC")


def test_two_rows_for_one_person_are_a_conflict_between_the_rows(store: Store) -> None:
    result = people_import.preview(store, read_table(FORM))
    later = result.rows[10]
    assert later.match_row == 1 and [c.field for c in later.conflicts] == ["bio"]
    assert any("row 1's value stays" in i.message for i in later.issues)
    # Taking the later row's bio is the user's choice, never last-one-wins.
    people_import.apply(store, result, {11: Decision("merge", frozenset({"bio"}))})
    renata = people.find_by_email(store, "renata.alvarez@example.org") or 0
    assert people.get_person(store, renata).bio.startswith("Newer bio")
    again = people_import.preview(store, read_table(FORM))
    assert again.rows[0].conflicts[0].current.startswith("Newer bio")


def test_an_edit_in_the_app_survives_a_reimport_unless_the_file_is_taken(store: Store) -> None:
    people_import.import_file(store, FORM)
    renata = people.find_by_email(store, "renata.alvarez@example.org") or 0
    record = people.get_person(store, renata)
    people.update_person(store, renata, PersonData(
        given_name=record.given_name, family_name=record.family_name, email=record.email,
        pronouns=record.pronouns, title=record.title, phone=record.phone,
        organization_id=record.organization_id, consent_share_contact=True,
        dietary_needs=record.dietary_needs, bio="Edited in the app"))

    again = people_import.preview(store, read_table(FORM))
    first = again.rows[0]
    assert [(c.field, c.current) for c in first.conflicts] == [("bio", "Edited in the app")]
    summary = people_import.apply(store, again)
    assert people.get_person(store, renata).bio == "Edited in the app"
    assert ("bio", "kept") in {(c.field, d) for c, d in summary.conflicts[1]}
    people_import.import_file(store, FORM, existing="update")
    assert people.get_person(store, renata).bio.startswith("Renata runs")


def test_a_title_line_above_the_headers_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    shutil.copy(FORM, path)
    text = path.read_text(encoding="utf-8-sig")
    path.write_text("Spring registrations; exported by Jotform\r\n" + text, encoding="utf-8-sig")
    table = read_table(path)
    assert table.headers[1] == "First name" and table.delimiter == ","
    assert table.rows[0].row == 1 and table.rows[0].line == 3
    assert any("Spring registrations" in n for n in table.notes)


def test_a_name_match_the_user_rejects_becomes_a_new_person(store: Store, tmp_path: Path) -> None:
    pid = people.create_person(store, PersonData(given_name="Sam", family_name="Lee"))
    path = _form(tmp_path / "sam.csv", {"First name": "Sam", "Last name": "Lee",
                                        "Email address": "sam.lee@example.org"})
    result = people_import.preview(store, read_table(path))
    assert result.rows[0].by_name and result.rows[0].match_person_id == pid
    assert [i.severity for i in result.rows[0].issues if "Already" in i.message] == ["warning"]
    summary = people_import.apply(store, result, {1: Decision("add")})
    assert (summary.added, summary.updated) == (1, 0)
    assert people.get_person(store, pid).email == ""
    assert people.find_by_email(store, "sam.lee@example.org") not in (None, pid)


def test_an_email_match_is_a_note_not_a_warning(store: Store, tmp_path: Path) -> None:
    people.create_person(store, PersonData(given_name="Ana", family_name="Cruz",
                                           email="ana@example.org"))
    path = _form(tmp_path / "ana.csv", {"First name": "Ana", "Last name": "Cruz",
                                        "Email address": "ana@example.org", "Job title": "Lead"})
    row = people_import.preview(store, read_table(path)).rows[0]
    assert not row.by_name and row.warnings == ()
    assert [i.severity for i in row.issues] == ["note"]
