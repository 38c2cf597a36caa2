"""`cohortdesk roster export` from a terminal: filters that refuse typos, descending sorts and a
missing output folder."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.store import Store


@pytest.fixture
def ws(example_store: Store) -> str:
    path = str(example_store.path)
    example_store.close()
    return path


def _names(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [row[0] for row in list(csv.reader(fh))[1:]]


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--role", "memebr", "Unknown role “memebr”. Use one of: member, facilitator"),
    ("--stage", "actve", "Unknown stage “actve”"),
    ("--status", "registred", "Unknown registration status “registred”"),
])
def test_a_typo_in_a_filter_fails_with_the_choices(
    ws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str,
    words: str
) -> None:
    target = tmp_path / "r.csv"
    assert run(["roster", "export", "--session", "1", option, value, "-o", str(target),
                "--workspace", ws]) == 2
    assert words in capsys.readouterr().err
    assert not target.exists()


def test_labels_are_read_as_values(ws: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "r.csv"
    assert run(["roster", "export", "--cohort", "1", "--role", "Member,Program staff",
                "--stage", "Active", "-o", str(target), "--workspace", ws]) == 0
    assert "Wrote" in capsys.readouterr().out and len(_names(target)) > 0


def test_descending_sorts_both_ways_of_asking(ws: str, tmp_path: Path) -> None:
    up, down, flag = tmp_path / "up.csv", tmp_path / "down.csv", tmp_path / "flag.csv"
    assert run(["roster", "export", "--cohort", "1", "--sort", "name", "-o", str(up),
                "--workspace", ws]) == 0
    assert run(["roster", "export", "--cohort", "1", "--sort=-name", "-o", str(down),
                "--workspace", ws]) == 0
    assert run(["roster", "export", "--cohort", "1", "--sort", "name", "--descending",
                "-o", str(flag), "--workspace", ws]) == 0
    assert _names(down) == _names(flag) == list(reversed(_names(up)))


def test_a_missing_output_folder_is_refused_by_name(
    ws: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "typo" / "roster.csv"
    assert run(["roster", "export", "--cohort", "1", "-o", str(target), "--workspace", ws]) == 2
    err = capsys.readouterr().err
    assert "Could not save roster.csv: the folder" in err and "does not exist" in err
    assert ".partial" not in err and not target.parent.exists()
