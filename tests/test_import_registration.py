"""The worked example: a registration form's export, imported row by row as the field sample's
README describes (tests/data/import/README.md mirrors it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cohortdesk.domain.records import PersonRecord
from cohortdesk.services import people, people_import
from cohortdesk.services.people_import import ImportPreview
from cohortdesk.store import Store

FORM = Path(__file__).parent / "data" / "import" / "registration_form.csv"


@pytest.fixture
def checked(store: Store) -> ImportPreview:
    return people_import.preview(store, people_import.read_source(FORM))


def _person(store: Store, email: str) -> PersonRecord:
    pid = people.find_by_email(store, email)
    assert pid is not None, email
    return people.get_person(store, pid)


def test_file_is_read_as_utf8_with_bom_and_headers_are_mapped(checked: ImportPreview) -> None:
    assert checked.description == "UTF-8 with BOM, comma-separated"
    mapped = {checked.headers[i]: t for i, t in checked.mapping.items()}
    assert mapped["First name"] == "given_name"
    assert mapped["Organization / jurisdiction"] == "organization"
    assert mapped["Short bio (max 150 words)"] == "bio"
    assert mapped["May we share your email and phone with other cohort members?"] == "consent"
    assert mapped["Email address"] == "email"
    assert mapped["Submitted at"] == ""
    assert "Not imported: Submitted at." in checked.notes


def test_preview_shows_every_row_before_anything_is_written(
    store: Store, checked: ImportPreview
) -> None:
    statuses = [r.status for r in checked.rows]
    assert statuses == ["add", "add", "add", "add", "add", "blank", "add", "add", "refuse",
                        "add", "update", "add", "add", "add", "add"]
    assert people.count_people(store) == 0
    maria = checked.rows[8]
    assert (maria.row, maria.name) == (9, "Maria Lopez")
    assert [(i.field, i.severity) for i in maria.issues] == [("email", "error")]
    assert "maria.lopez@" in maria.issues[0].message
    # The embedded line break in row 2 does not shift the row count, but the line number does.
    assert (checked.rows[2].row, checked.rows[2].line) == (3, 5)
    priya = checked.rows[9]
    assert any(i.field == "email" and i.severity == "warning" for i in priya.issues)
    renata_again = checked.rows[10]
    assert renata_again.match_row == 1
    assert [c.field for c in renata_again.changes] == ["bio"]
    sam = checked.rows[14]
    assert any("unexpected extra column" in i.message for i in sam.issues)
    assert any("row 15" in n for n in checked.notes)


def test_every_row_becomes_what_the_sample_says(store: Store, checked: ImportPreview) -> None:
    summary = people_import.apply(store, checked)
    # Row 11 is Renata again with another bio: a conflict between the rows, the first one kept.
    assert (summary.added, summary.updated, summary.unchanged) == (12, 0, 1)
    assert [(c.field, done) for c, done in summary.conflicts[11]] == [("bio", "kept")]
    assert [(s.row, s.name) for s in summary.refused] == [(9, "Maria Lopez")]
    assert "Email" in summary.refused[0].reason
    assert summary.blank_rows == (6,)
    assert summary.skipped == ()
    assert people.count_people(store) == 12
    assert store.undo_label() == "Import People from registration_form.csv"

    renata = _person(store, "renata.alvarez@example.org")
    assert not renata.bio.startswith("Newer bio")
    assert renata.consent_share_contact is True

    mati = _person(store, "matias.nunez@example.org")
    assert mati.preferred_name == "Mati"
    assert '"Equity Lens"' in mati.bio and "\n" in mati.bio
    assert mati.access_needs == "Wheelchair access; aisle seat"
    assert mati.consent_share_contact is True

    zoe = _person(store, "ZOE.OBRIEN@EXAMPLE.ORG")
    assert zoe.email == "zoe.obrien@example.org"
    assert zoe.consent_share_contact is True
    assert zoe.phone == "+1 703 555 0110"

    lan = _person(store, "lan.nguyen@example.org")
    assert lan.title == "Deputy Director <Equity & Inclusion>"
    assert lan.given_name == "Thị Lan"
    assert lan.consent_share_contact is False

    soren = _person(store, "soren.celik@example.org")
    assert soren.bio.startswith("@SUM")
    assert soren.consent_share_contact is True
    assert soren.phone == ""

    keisha = _person(store, "keisha.washington@example.org")
    assert keisha.organization_name == '=HYPERLINK("http://example.invalid","click here")'

    daniel = _person(store, "daniel.okafor@example.org")
    assert (daniel.given_name, daniel.family_name, daniel.title) == ("Daniel", "Okafor",
                                                                     "Equity Officer")
    assert daniel.organization_name == "City of Tacoma"
    assert daniel.consent_share_contact is False

    assert people.find_by_email(store, "maria.lopez@") is None

    priya = [r for r in people.list_people(store).rows if r[1] == "Priya Raman"]
    assert len(priya) == 1 and priya[0][7] == ""

    wang = _person(store, "xiuying.wang@example.org")
    assert (wang.given_name, wang.family_name) == ("秀英", "王")
    layla = _person(store, "layla.haddad@example.org")
    assert (layla.given_name, layla.family_name, layla.preferred_name) == ("ليلى", "حداد", "Layla")
    olga = _person(store, "olga.petrenko@example.org")
    assert olga.family_name == "Петренко" and olga.consent_share_contact is False

    sam = _person(store, "sam.whitfield@example.org")
    assert sam.preferred_name == "Sam 🌻"
    assert len(sam.bio) > 3500
    assert "unexpected" not in sam.bio


def test_importing_the_same_file_again_creates_nobody(store: Store) -> None:
    people_import.import_file(store, FORM)
    _, summary = people_import.import_file(store, FORM)
    assert summary is not None
    assert (summary.added, summary.updated) == (0, 0)
    assert set(summary.outcomes.values()) == {"unchanged", "refused", "blank"}
    assert "unchanged" in summary.sentence()
    assert people.count_people(store) == 12
    assert not _person(store, "renata.alvarez@example.org").bio.startswith("Newer bio")


def test_undo_takes_the_whole_import_out(store: Store) -> None:
    people_import.import_file(store, FORM)
    store.undo()
    assert people.count_people(store) == 0
