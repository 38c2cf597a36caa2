"""Import never overwrites silently: fill, update and skip; blanks never erase; conflicts
reported; duplicates within the file and in the workspace; unknown consent words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.documents.tabular_read import read_table
from cohortdesk.domain.records import OrganizationData, PersonData
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import history, merge, organizations, people, people_import
from cohortdesk.services.people_import import Decision
from cohortdesk.store import Store

HEADER = ["First name", "Last name", "Email", "Job title", "Phone", "Organization",
          "Dietary needs", "May we share your email and phone with other cohort members?"]


def _csv(path: Path, *rows: dict[str, str]) -> Path:
    lines = [",".join(HEADER)]
    lines += [",".join(r.get(h, "") for h in HEADER) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


ZOE = {"First name": "Zoë", "Last name": "O'Brien", "Email": "zoe@example.org"}
CONSENT = HEADER[-1]


@pytest.fixture
def zoe(store: Store) -> int:
    org = organizations.create_organization(store, OrganizationData(name="Fairfax County"))
    return people.create_person(store, PersonData(
        given_name="Zoë", family_name="O'Brien", email="zoe@example.org", title="Manager",
        phone="", organization_id=org, dietary_needs="Vegan", consent_share_contact=True))


def _file(tmp_path: Path) -> Path:
    # A title that differs, a phone that fills a blank, blank dietary needs and consent.
    return _csv(tmp_path / "export.csv", {**ZOE, "Job title": "Director", "Phone": "555-0110",
                                          "Organization": "Fairfax County"})


def _get(store: Store, pid: int) -> PersonData:
    return people.get_person(store, pid)


def test_fill_is_the_default_and_reports_each_conflict(store: Store, zoe: int, tmp_path: Path) -> None:
    result, summary = people_import.import_file(store, _file(tmp_path))
    row = result.rows[0]
    assert [(c.field, c.current, c.incoming) for c in row.conflicts] == [
        ("title", "Manager", "Director")]
    assert [c.field for c in row.fills] == ["phone"]
    assert summary is not None and summary.outcomes == {1: "updated"}
    assert [(c.field, done) for c, done in summary.conflicts[1]] == [("title", "kept")]
    got = _get(store, zoe)
    # Filled: phone. Kept: title. Blank cells erase nothing: dietary needs, consent.
    assert (got.title, got.phone, got.dietary_needs, got.consent_share_contact) == (
        "Manager", "555-0110", "Vegan", True)


def test_update_takes_every_differing_value_but_blanks_never_erase(
        store: Store, zoe: int, tmp_path: Path) -> None:
    _, summary = people_import.import_file(store, _file(tmp_path), existing="update")
    assert summary is not None
    assert [(c.field, done) for c, done in summary.conflicts[1]] == [("title", "taken")]
    got = _get(store, zoe)
    assert (got.title, got.phone, got.dietary_needs, got.consent_share_contact) == (
        "Director", "555-0110", "Vegan", True)


def test_skip_leaves_people_already_here_alone(store: Store, zoe: int, tmp_path: Path) -> None:
    _, summary = people_import.import_file(store, _file(tmp_path), existing="skip")
    assert summary is not None and summary.outcomes == {1: "skipped"}
    got = _get(store, zoe)
    assert (got.title, got.phone) == ("Manager", "")


def test_keep_or_take_per_field(store: Store, zoe: int, tmp_path: Path) -> None:
    path = _csv(tmp_path / "x.csv", {**ZOE, "Job title": "Director",
                                     "Organization": "King County", "Phone": "555-0110"})
    result = people_import.preview(store, read_table(path))
    row = result.rows[0]
    assert {c.field for c in row.conflicts} == {"title", "organization"}
    take = people_import.fill_fields(row) | {"organization"}
    summary = people_import.apply(store, result, {row.row: Decision("merge", take)})
    got = people.get_person(store, zoe)
    assert (got.title, got.organization_name, got.phone) == ("Manager", "King County", "555-0110")
    assert dict((c.field, d) for c, d in summary.conflicts[1]) == {
        "title": "kept", "organization": "taken"}


def test_reimporting_the_same_file_changes_nothing_and_says_unchanged(
        store: Store, zoe: int, tmp_path: Path) -> None:
    people_import.import_file(store, _file(tmp_path))
    label = store.undo_label()
    result, summary = people_import.import_file(store, _file(tmp_path))
    assert summary is not None and summary.outcomes == {1: "unchanged"}
    assert summary.updated == 0 and "1 unchanged" in summary.sentence()
    assert store.undo_label() == label  # no new step: nothing was written


def test_two_rows_for_one_person_conflict_instead_of_the_last_winning(
        store: Store, tmp_path: Path) -> None:
    path = _csv(tmp_path / "twice.csv", {**ZOE, "Job title": "Manager"},
                {**ZOE, "Job title": "Director", "Phone": "555-0110"})
    result = people_import.preview(store, read_table(path))
    second = result.rows[1]
    assert second.match_row == 1
    assert [(c.field, c.current, c.incoming) for c in second.conflicts] == [
        ("title", "Manager", "Director")]
    summary = people_import.apply(store, result)
    pid = people.find_by_email(store, "zoe@example.org") or 0
    assert (_get(store, pid).title, _get(store, pid).phone) == ("Manager", "555-0110")
    assert [(c.field, d) for c, d in summary.conflicts[2]] == [("title", "kept")]


@pytest.mark.parametrize("word", ["Oui", "peut-être"])
def test_an_unknown_consent_word_is_flagged_and_changes_nothing(
        store: Store, zoe: int, tmp_path: Path, word: str) -> None:
    path = _csv(tmp_path / "c.csv", {**ZOE, CONSENT: word},
                {"First name": "Ana", "Last name": "Lee", "Email": "ana@example.org", CONSENT: word})
    result = people_import.preview(store, read_table(path))
    assert all(any(i.field == "consent" and word in i.message for i in r.warnings)
               for r in result.rows)
    assert result.rows[0].status == "same"
    people_import.apply(store, result)
    assert _get(store, zoe).consent_share_contact is True
    ana = people.find_by_email(store, "ana@example.org") or 0
    assert _get(store, ana).consent_share_contact is False


def test_a_possible_duplicate_may_be_added_merged_into_or_skipped(
        store: Store, zoe: int, tmp_path: Path) -> None:
    path = _csv(tmp_path / "d.csv", {"First name": "Zoe", "Last name": "OBrien",
                                     "Email": "zoe.personal@example.org", "Phone": "555-0199"})
    result = people_import.preview(store, read_table(path))
    row = result.rows[0]
    assert row.status == "add"
    assert [(d.person_id, d.reason) for d in row.duplicates] == [(zoe, "same name")]
    assert any("Possible duplicate of Zoë O'Brien" in i.message for i in row.warnings)
    people_import.apply(store, result, {row.row: Decision("merge", people_import.fill_fields(row)
                                                          | {"phone"}, into=zoe)})
    assert people.count_people(store) == 1
    assert _get(store, zoe).phone == "555-0199"


def test_a_merged_persons_email_finds_who_they_were_merged_into(store: Store, tmp_path: Path) -> None:
    keep = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                                  email="zoe@work.example.org"))
    other = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien",
                                                   email="zoe@home.example.org"))
    perform_as(store, OpInfo(source=merge.merge_source(other)), merge.merge_people, keep, other)
    path = _csv(tmp_path / "again.csv", {"First name": "Zoe", "Last name": "OBrien",
                                         "Email": "zoe@home.example.org", "Phone": "555-0110"})
    result, _ = perform_as(store, OpInfo(source="again.csv"), people_import.import_file,
                           path).value
    assert result.rows[0].match_person_id == keep
    assert people.count_people(store) == 1
    found = history.person_history(store, keep)
    assert found.events[0].source == "again.csv"
    assert "Phone: — → 555-0110" in found.events[0].lines


def test_the_json_report_lists_conflicts_and_what_was_done(capsys, zoe: int, store: Store,
                                                           tmp_path: Path) -> None:
    path = _file(tmp_path)
    ws = str(store.path)
    store.close()
    assert run(["people", "import", str(path), "--workspace", ws, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    row = report["rows"][0]
    assert row["outcome"] == "updated"
    assert row["conflicts"] == [{"field": "title", "current": "Manager", "file": "Director",
                                 "done": "kept"}]
    assert row["changes"] == [{"field": "phone", "from": "", "to": "555-0110"}]
    assert run(["people", "import", str(path), "--workspace", ws, "--json",
                "--existing", "update"]) == 0
    again = json.loads(capsys.readouterr().out)["rows"][0]
    assert again["conflicts"][0]["done"] == "taken"
    assert run(["people", "import", str(path), "--workspace", ws, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"][0]["outcome"] == "unchanged"
    found = json.loads(_history(capsys, ws, zoe))
    assert [e["source"] for e in found["events"][:2]] == ["export.csv", "export.csv"]


def _history(capsys: pytest.CaptureFixture[str], ws: str, pid: int) -> str:
    assert run(["people", "history", str(pid), "--workspace", ws, "--json"]) == 0
    return capsys.readouterr().out


def test_the_command_line_merges_or_skips_a_row_with_an_earlier_rows_name(
        capsys: pytest.CaptureFixture[str], store: Store, tmp_path: Path) -> None:
    path = tmp_path / "sign-in.csv"
    path.write_text("First name,Last name,Email,Phone\n"
                    "Aroha,Ngata,aroha@example.org,\n"
                    "Aroha,Ngata,aroha@home.example,555-0101\n", encoding="utf-8")
    ws = str(store.path)
    store.close()
    assert run(["people", "import", str(path), "--workspace", ws, "--json",
                "--same-name", "merge"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[1]["same_name_as_row"] == 1 and rows[1]["outcome"] == "updated"
    assert rows[1]["conflicts"] == [{"field": "email", "current": "aroha@example.org",
                                     "file": "aroha@home.example", "done": "kept"}]
    again = Store.open(Path(ws))
    try:
        assert people.count_people(again) == 1
        only = people.list_people(again).rows[0][0]
        assert people.get_person(again, only).phone == "555-0101"
    finally:
        again.close()
    other = tmp_path / "other.cohortdesk"
    Store.open(other).close()
    assert run(["people", "import", str(path), "--workspace", str(other),
                "--same-name", "skip"]) == 0
    assert "skipped" in capsys.readouterr().out
    again = Store.open(other)
    try:
        assert people.count_people(again) == 1
    finally:
        again.close()
