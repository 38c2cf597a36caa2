"""The command line as a second client of the operations: add, edit, show, delete, undo, redo."""

from __future__ import annotations

from pathlib import Path

import pytest

from cohortdesk.services import people
from cohortdesk.store import Store
from tests.cli_helpers import cli, cli_json


@pytest.fixture
def ws(tmp_path: Path) -> str:
    return str(tmp_path / "team.cohortdesk")


def test_workspace_new_makes_an_empty_workspace_and_refuses_an_existing_file(capsys, ws) -> None:
    code, out, _ = cli(capsys, "workspace", "new", ws)
    assert code == 0 and "Created an empty workspace" in out
    assert cli_json(capsys, "people", "list", "--workspace", ws) == []
    code, _, err = cli(capsys, "workspace", "new", ws)
    assert code == 2 and "already exists" in err


def test_a_reading_command_on_a_missing_workspace_says_how_to_make_one(capsys, tmp_path) -> None:
    missing = tmp_path / "nowhere.cohortdesk"
    code, _, err = cli(capsys, "people", "list", "--workspace", str(missing))
    assert code == 2 and "workspace new" in err
    assert not missing.exists()


def test_add_edit_show_delete_and_undo_across_processes(capsys, ws) -> None:
    added = cli_json(capsys, "people", "add", "--given", "Zoë", "--family", "O'Brien",
                     "--email", "zoe@example.org", "--title", "Director",
                     "--organization", "City of Tucson", "--phone", "520 555 0100",
                     "--workspace", ws)
    assert isinstance(added, dict)
    pid = added["id"]
    shown = cli_json(capsys, "people", "show", str(pid), "--workspace", ws)
    assert isinstance(shown, dict)
    listed = cli_json(capsys, "people", "list", "--workspace", ws)
    assert isinstance(listed, list)
    # `show` names every field of `list` the same way, and has the rest besides.
    assert set(listed[0]) <= set(shown)
    assert {k: shown[k] for k in listed[0]} == listed[0]
    assert shown["organization"] == "City of Tucson" and shown["title"] == "Director"

    cli_json(capsys, "people", "edit", str(pid), "--title", "Chief Equity Officer", "--workspace", ws)
    shown = cli_json(capsys, "people", "show", str(pid), "--workspace", ws)
    assert isinstance(shown, dict)
    assert shown["title"] == "Chief Equity Officer" and shown["email"] == "zoe@example.org"

    # Each command is its own process-like run: undo reads the journal from the file.
    undone = cli_json(capsys, "undo", "--workspace", ws)
    assert undone == {"undo": {"name": "Edit Person Zoë O'Brien", "entry": undone["undo"]["entry"],  # type: ignore[index]
                               "tables": ["person"]}}
    shown = cli_json(capsys, "people", "show", str(pid), "--workspace", ws)
    assert isinstance(shown, dict) and shown["title"] == "Director"
    code, out, _ = cli(capsys, "redo", "--workspace", ws)
    assert code == 0 and out.strip() == "Redid: Edit Person Zoë O'Brien"

    code, out, _ = cli(capsys, "people", "delete", str(pid), "--workspace", ws)
    assert code == 0 and "Deleted Zoë O'Brien" in out
    assert cli_json(capsys, "people", "list", "--workspace", ws) == []
    cli(capsys, "undo", "--workspace", ws)
    shown = cli_json(capsys, "people", "show", str(pid), "--workspace", ws)
    assert isinstance(shown, dict) and shown["title"] == "Chief Equity Officer"

    # The person and their new organization were one operation: one undo removes both.
    cli(capsys, "undo", "--workspace", ws)  # the edit
    code, out, _ = cli(capsys, "undo", "--workspace", ws)
    assert out.strip() == "Undid: Add Person Zoë O'Brien"
    with Store.open(ws) as store:
        assert people.count_people(store) == 0
    code, out, _ = cli(capsys, "undo", "--workspace", ws)
    assert code == 0 and out.strip() == "Nothing to undo."


def test_bad_input_names_the_field_and_writes_nothing(capsys, ws) -> None:
    code, _, err = cli(capsys, "people", "add", "--given", "Ana", "--email", "not-an-email",
                       "--workspace", ws)
    assert code == 2 and "email" in err
    assert cli_json(capsys, "people", "list", "--workspace", ws) == []
    code, _, err = cli(capsys, "people", "edit", "99", "--title", "X", "--workspace", ws)
    assert code == 2 and "99" in err


def test_undo_in_a_reopened_workspace_reverses_a_change_from_an_earlier_session(tmp_path) -> None:
    path = tmp_path / "w.cohortdesk"
    with Store.open(path) as store:
        from cohortdesk.domain.records import PersonData
        from cohortdesk.operations import perform

        pid = perform(store, people.create_person, PersonData(given_name="Ana")).value
    with Store.open(path) as store:
        assert store.undo_label() == "Add Person Ana"
        changes = store.undo()
        assert changes is not None and changes.ids_of("person") == {pid}
        assert people.count_people(store) == 0
        assert store.redo_label() == "Add Person Ana"
    with Store.open(path) as store:
        store.redo()
        assert people.get_person(store, pid).given_name == "Ana"
