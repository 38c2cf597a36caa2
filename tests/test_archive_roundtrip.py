"""The portable archive: export, import into an empty workspace, export again: same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cohortdesk.domain.errors import CohortDeskError, WorkspaceError
from cohortdesk.services import archive, calendars, people, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store


def test_export_import_export_gives_identical_files(example_store: Store, tmp_path: Path) -> None:
    first = archive.export_archive(example_store, tmp_path / "first.json")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["format"] == "cohortdesk-archive" and data["format_version"] == 1
    assert "person" in data["tables"] and "undo_step" not in data["tables"]
    with Store.open(tmp_path / "moved.cohortdesk") as moved:
        assert archive.import_archive(moved, first) > 0
        second = archive.export_archive(moved, tmp_path / "second.json")
        assert moved.integrity_problems() == []
        # Same people with the same ids, and the same calendar UIDs on the new laptop.
        assert people.list_people(moved).rows == people.list_people(example_store).rows
        assert calendars.workspace_uid(moved) == calendars.workspace_uid(example_store)
        assert (roster.build_roster(moved, RosterRequest(session_id=1)).rows
                == roster.build_roster(example_store, RosterRequest(session_id=1)).rows)
    assert first.read_bytes() == second.read_bytes()


def test_import_refuses_a_workspace_with_data(example_store: Store, tmp_path: Path) -> None:
    path = archive.export_archive(example_store, tmp_path / "a.json")
    before = people.count_people(example_store)
    with pytest.raises(WorkspaceError, match="not empty"):
        archive.import_archive(example_store, path)
    assert people.count_people(example_store) == before


def test_a_file_that_is_not_an_archive_is_refused(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(CohortDeskError, match="not a CohortDesk archive"):
        archive.import_archive(store, path)
    assert people.count_people(store) == 0


def _damaged_archive(example_store: Store, tmp_path: Path) -> Path:
    """An archive that reads as JSON and passes the first checks, but whose session row has
    a start time no one can read: the import fails halfway through the tables."""
    path = archive.export_archive(example_store, tmp_path / "good.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    block = data["tables"]["cohort_session"]
    block["rows"][0][block["columns"].index("starts_at")] = "next Tuesday-ish"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    return bad


def test_a_failed_import_leaves_no_workspace_behind(example_store: Store, tmp_path: Path) -> None:
    bad = _damaged_archive(example_store, tmp_path)
    new = tmp_path / "new" / "moved.cohortdesk"
    new.parent.mkdir()
    with pytest.raises(CohortDeskError, match="cohort_session row 1, column starts_at"):
        archive.create_from_archive(bad, new)
    assert list(new.parent.iterdir()) == []
    # Nothing is created at all for a file that is not an archive.
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(CohortDeskError, match="not a CohortDesk archive"):
        archive.create_from_archive(other, new)
    assert list(new.parent.iterdir()) == []
    # And a good archive still goes where the bad one failed.
    good = tmp_path / "good.json"
    assert archive.create_from_archive(good, new) > 0
    with Store.open(new) as moved:
        assert people.count_people(moved) == people.count_people(example_store)


def test_the_command_line_leaves_no_file_when_the_import_fails(
    example_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cohortdesk.cli import run

    bad = _damaged_archive(example_store, tmp_path)
    new = tmp_path / "new.cohortdesk"
    assert run(["archive", "import", str(bad), "--workspace", str(new)]) == 2
    assert "is not a valid date or time" in capsys.readouterr().err
    assert not new.exists() and not list(tmp_path.glob("*new.cohortdesk*"))


def test_an_existing_empty_workspace_survives_a_failed_import(
    example_store: Store, tmp_path: Path
) -> None:
    bad = _damaged_archive(example_store, tmp_path)
    empty = tmp_path / "empty.cohortdesk"
    Store.open(empty).close()
    with pytest.raises(CohortDeskError):
        archive.create_from_archive(bad, empty)
    assert empty.exists()
    with Store.open(empty) as store:
        assert archive.workspace_is_empty(store)
