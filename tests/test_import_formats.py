"""People import: encodings, delimiters, XLSX, header synonyms, names, consent, existing people,
one transaction, cohort membership."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cohortdesk.documents.tabular_read import read_table
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import CohortDeskError, ValidationError
from cohortdesk.domain.progress import Cancelled
from cohortdesk.domain.records import CohortData, PersonData
from cohortdesk.services import cohorts, people, people_import
from cohortdesk.services.people_import import CohortTarget, Decision
from cohortdesk.services.people_import_headers import (
    consent_answer,
    guess_mapping,
    guess_target,
    split_full_name,
)
from cohortdesk.store import Store

ROWS = [
    ["Given name", "Surname", "E-mail", "Organisation", "Consent"],
    ["Zoë", "O'Brien", "zoe@example.org", "Fairfax County", "x"],
    ["Søren", "Çelik", "soren@example.org", "Ville de Montréal", "no"],
]


def _write(path: Path, rows: list[list[str]], delimiter: str, encoding: str) -> Path:
    text = "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_encoding_and_delimiter_reads_the_same_people(
    store: Store, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    path = _write(tmp_path / "people.csv", ROWS, delimiter, encoding)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == tuple(ROWS[0])
    _, summary = people_import.import_file(store, path)
    assert summary is not None and summary.added == 2
    zoe = people.get_person(store, people.find_by_email(store, "zoe@example.org") or 0)
    assert zoe.given_name == "Zoë" and zoe.consent_share_contact is True
    soren = people.get_person(store, people.find_by_email(store, "soren@example.org") or 0)
    assert soren.family_name == "Çelik"
    assert soren.organization_name == "Ville de Montréal"
    assert soren.consent_share_contact is False


def test_windows_1252_smart_quotes_and_euro_sign(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes("Name;Title\r\nJosé Núñez;“Lead” – €\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "Windows-1252"
    assert table.rows[0].cells == ("José Núñez", "“Lead” – €")


def test_xlsx_with_a_single_name_column(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["Full name", "Email address", "Job title", "Phone"],
                ["Ana de la Cruz", "ana@example.org", "Budget Analyst", "+1 512 555 0101"],
                ["王秀英", "wang@example.org", "Liaison", None],
                ["Okafor, Daniel", "daniel@example.org", "Equity Officer", 5125550102]]:
        sheet.append(row)
    path = tmp_path / "people.xlsx"
    book.save(path)
    result = people_import.preview(store, people_import.read_source(path))
    assert result.description == "Excel workbook"
    names = [(r.values["given_name"], r.values["family_name"]) for r in result.rows]
    assert names == [("Ana", "de la Cruz"), ("秀英", "王"), ("Daniel", "Okafor")]
    assert result.rows[2].values["phone"] == "5125550102"
    people_import.apply(store, result)
    assert people.count_people(store) == 3


@pytest.mark.parametrize(
    ("header", "target"),
    [("Email address", "email"), ("E-mail", "email"), ("First name", "given_name"),
     ("Given name", "given_name"), ("Last name", "family_name"), ("Surname", "family_name"),
     ("Organization / jurisdiction", "organization"), ("Job title", "title"),
     ("Name", "full_name"), ("Full name", "full_name"), ("Preferred name", "preferred_name"),
     ("Dietary restrictions", "dietary_needs"), ("Accessibility needs", "access_needs"),
     ("Do you consent to sharing your contact details?", "consent"),
     ("What is your e-mail?", "email"), ("Short bio (max 150 words)", "bio"),
     ("Timestamp", "")],
)
def test_header_synonyms(header: str, target: str) -> None:
    assert guess_target(header) == target


def test_each_field_is_mapped_only_once() -> None:
    assert guess_mapping(["Email", "Work email", "Name"]) == {0: "email", 1: "", 2: "full_name"}


@pytest.mark.parametrize("answer", ["Yes", "Y", "TRUE", "1", "x", " yes ", "X"])
def test_consent_yes_answers(answer: str) -> None:
    assert consent_answer(answer)[0] is True


@pytest.mark.parametrize("answer", ["No", "no", "", "FALSE", "0", "maybe", "Yes please"])
def test_anything_else_means_no(answer: str) -> None:
    assert consent_answer(answer)[0] is False


def test_split_full_name() -> None:
    assert split_full_name("  Keisha   Washington ") == ("Keisha", "Washington")
    assert split_full_name("Prince") == ("Prince", "")
    assert split_full_name("Ludwig van Beethoven") == ("Ludwig", "van Beethoven")
    # A suffix stays with the family name, never becomes it.
    assert split_full_name("Ana María de la Cruz Jr.") == ("Ana María", "de la Cruz Jr.")
    assert split_full_name("Martin Luther King, Jr.") == ("Martin Luther", "King, Jr.")
    assert split_full_name("Ana Lee, MD, PhD") == ("Ana", "Lee, MD, PhD")
    assert split_full_name("John Smith III") == ("John", "Smith III")
    assert split_full_name("Lee, Ana") == ("Ana", "Lee")
    assert split_full_name("Sam V") == ("Sam", "V")  # two words: a name, not a suffix


def test_user_can_correct_the_mapping(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "p.csv", [["Who", "Contact"], ["Priya Raman", "priya@example.org"]],
                  ",", "utf-8")
    table = read_table(path)
    with pytest.raises(ValidationError) as info:
        people_import.preview(store, table)
    assert info.value.field == "mapping"
    result = people_import.preview(store, table, {0: "full_name", 1: "email"})
    assert result.rows[0].values["family_name"] == "Raman"


def test_missing_name_and_duplicates_within_the_file(store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "p.csv", [["First name", "Last name", "Email"],
                                       ["", "", "nobody@example.org"],
                                       ["Ana", "Cruz", "ana@example.org"],
                                       ["Ana", "Cruz", "ANA@example.org"]], ",", "utf-8")
    result = people_import.preview(store, read_table(path))
    assert [r.status for r in result.rows] == ["refuse", "add", "same"]
    assert result.rows[0].errors[0].field == "name"
    assert "row 2" in result.rows[2].issues[-1].message


@pytest.fixture
def zoe(store: Store) -> int:
    return people.create_person(store, PersonData(
        given_name="Zoë", family_name="O'Brien", email="zoe@example.org", title="Manager",
        phone="", bio="Original bio"))


def _zoe_file(tmp_path: Path) -> Path:
    return _write(tmp_path / "z.csv", [["First name", "Last name", "Email", "Job title", "Phone",
                                        "Bio"],
                                       ["Zoë", "O'Brien", "ZOE@example.org", "Director",
                                        "555-0110", ""]], ",", "utf-8")


def test_existing_person_is_offered_for_update_never_duplicated(
    store: Store, zoe: int, tmp_path: Path
) -> None:
    result = people_import.preview(store, read_table(_zoe_file(tmp_path)))
    row = result.rows[0]
    assert row.status == "update" and row.match_person_id == zoe
    assert {c.field: (c.current, c.incoming) for c in row.changes} == {
        "title": ("Manager", "Director"), "phone": ("", "555-0110")}
    summary = people_import.apply(store, result)
    assert (summary.added, summary.updated, summary.conflicts_kept) == (0, 1, 1)
    got = people.get_person(store, zoe)
    # The blank phone is filled; the title staff set stays until the user takes the file's.
    assert (got.title, got.phone, got.bio) == ("Manager", "555-0110", "Original bio")
    people_import.apply(store, people_import.preview(store, read_table(_zoe_file(tmp_path))),
                        {row.row: people_import.Decision("update")})
    assert people.get_person(store, zoe).title == "Director"
    assert people.count_people(store) == 1


def test_skip_leaves_the_existing_person_alone(store: Store, zoe: int, tmp_path: Path) -> None:
    result = people_import.preview(store, read_table(_zoe_file(tmp_path)))
    summary = people_import.apply(store, result, {1: Decision("skip")})
    assert [s.reason for s in summary.skipped] == ["skipped by you"]
    assert people.get_person(store, zoe).title == "Manager"


def test_merge_field_by_field(store: Store, zoe: int, tmp_path: Path) -> None:
    result = people_import.preview(store, read_table(_zoe_file(tmp_path)))
    people_import.apply(store, result, {1: Decision("merge", frozenset({"phone"}))})
    got = people.get_person(store, zoe)
    assert (got.title, got.phone) == ("Manager", "555-0110")


def test_cancelling_leaves_the_workspace_exactly_as_it_was(store: Store, tmp_path: Path) -> None:
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.org"] for i in range(600)]
    result = people_import.preview(store, read_table(_write(tmp_path / "big.csv", rows, ",",
                                                            "utf-8")))

    def cancel(done: int, total: int, text: str = "") -> None:
        if done >= 400:
            raise Cancelled()

    with pytest.raises(Cancelled):
        people_import.apply(store, result, progress=cancel)
    assert people.count_people(store) == 0
    assert store.undo_label() is None


def test_everyone_can_join_a_cohort_with_a_role_and_stage(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    summary = people_import.apply(
        store, people_import.preview(store, read_table(_write(tmp_path / "p.csv", ROWS, ",",
                                                              "utf-8"))),
        cohort=CohortTarget(cid, MembershipRole.FACILITATOR, MembershipStage.SELECTED))
    assert summary.memberships_added == 2
    members = cohorts.list_memberships(store, cid)
    assert {(m.role, m.stage) for m in members} == {("facilitator", "selected")}
    assert "2 added to the cohort" in summary.sentence()


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CohortDeskError, match="not a readable Excel workbook"):
        read_table(path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CohortDeskError, match="empty"):
        read_table(empty)


def test_a_roster_whose_values_hold_semicolons_and_line_breaks_is_read_comma_separated() -> None:
    # Found by the round-trip property test: counted by records, ";" won, because each
    # two-line quoted bio is two records when read with the wrong delimiter.
    from cohortdesk.documents.tabular_read import sniff_delimiter

    text = ('Given name,Family name,Email,Title,Bio,Phone\n'
            'X,,p0@example.org,,;,\n'
            'X,,p1@example.org,;,"0\n0",;\n'
            'X,,p2@example.org,;,"0\n0",;\n')
    assert sniff_delimiter(text) == ","
