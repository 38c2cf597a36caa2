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
