"""Archives edited by hand or by a hostile tool: checked whole before anything is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import archive, people
from cohortdesk.store import Store


def _archive(tmp_path: Path, store: Store) -> dict[str, Any]:
    path = archive.export_archive(store, tmp_path / "good.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


def _set(data: dict[str, Any], table: str, column: str, value: Any, row: int = 0) -> None:
    block = data["tables"][table]
    block["rows"][row][block["columns"].index(column)] = value


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("table", "column", "value", "expected"), [
    ("cohort_session", "status", "postponed-ish", "cohort_session row 1, column status, "
                                                  "“postponed-ish” is not one of"),
    ("cohort_session", "time_zone", "Mars/Olympus_Mons", "cohort_session row 1, column "
                                                         "time_zone, “Mars/Olympus_Mons” is not "
                                                         "a known time zone"),
    ("person", "consent_share_contact", "yes", "person row 1, column consent_share_contact, "
                                               "must be true or false"),
    ("person", "bio", "b" * 30_000, "person row 1, column bio, is 30,000 characters long"),
    ("person", "given_name", 12, "person row 1, column given_name, must be text"),
    ("membership", "person_id", 999_999, "membership row 1, column person_id, points to a "
                                         "person that is not in the archive"),
    ("cohort_session", "starts_at", "2026-13-40T09:00", "column starts_at, “2026-13-40T09:00” "
                                                        "is not a valid date or time"),
])
def test_bogus_values_are_refused_with_table_row_and_column(
        example_store: Store, tmp_path: Path, table: str, column: str, value: Any,
        expected: str) -> None:
    data = _archive(tmp_path, example_store)
    _set(data, table, column, value)
    with Store.open(tmp_path / "new.cohortdesk") as target:
        with pytest.raises(CohortDeskError) as info:
            archive.import_archive(target, _write(tmp_path, data))
        assert expected in str(info.value)
        assert "nothing was written" in str(info.value).lower()
        assert people.count_people(target) == 0


def test_error_never_echoes_other_rows(example_store: Store, tmp_path: Path) -> None:
    data = _archive(tmp_path, example_store)
    _set(data, "person", "consent_share_contact", "yes")
    block = data["tables"]["person"]
    others = [str(r[block["columns"].index("family_name")]) for r in block["rows"][1:]]
    needs = [str(r[block["columns"].index("access_needs")]) for r in block["rows"]]
    with Store.open(tmp_path / "new.cohortdesk") as target, pytest.raises(CohortDeskError) as info:
        archive.import_archive(target, _write(tmp_path, data))
    message = str(info.value)
    assert len(message) < 600
    assert not any(name and name in message for name in others)
    assert not any(len(need) > 3 and need in message for need in needs)
    assert "[parameters" not in message and "INSERT" not in message


def test_command_line_shows_no_sql_parameters(example_store: Store, tmp_path: Path) -> None:
    data = _archive(tmp_path, example_store)
    _set(data, "person", "consent_share_contact", "yes")
    path = _write(tmp_path, data)
    done = subprocess.run([sys.executable, "-m", "cohortdesk", "archive", "import", str(path),
                           "--workspace", str(tmp_path / "cli.cohortdesk")],
                          capture_output=True, text=True, check=False, timeout=120,
                          env=os.environ.copy())
    assert done.returncode != 0
    assert "parameters" not in done.stderr and "Traceback" not in done.stderr
    assert "must be true or false" in done.stderr


def test_deeply_nested_json_is_a_sentence(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(CohortDeskError, match="nested too deeply|not a CohortDesk archive"):
        archive.import_archive(store, path)
