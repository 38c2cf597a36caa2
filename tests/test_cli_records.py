"""The command line for duplicates, merge and history (and attendance marks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cohortdesk.cli import run


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    code, out, err = cli(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def ws(tmp_path: Path) -> str:
    return str(tmp_path / "team.cohortdesk")


def _add(capsys: pytest.CaptureFixture[str], ws: str, *flags: str) -> int:
    found = cli_json(capsys, "people", "add", "--workspace", ws, *flags)
    assert isinstance(found, dict)
    return int(found["id"])


def test_people_duplicates_merge_history_and_undo(capsys, ws) -> None:
    a = _add(capsys, ws, "--given", "Zoe", "--family", "O'Brien", "--email", "zoe@work.example.org",
             "--organization", "City of Tucson")
    b = _add(capsys, ws, "--given", "Zoë", "--family", "OBrien", "--email", "zoe@home.example.org",
             "--title", "Equity Manager", "--organization", "Tucson, City of")
    _add(capsys, ws, "--given", "Someone", "--family", "Else")
    pairs = cli_json(capsys, "people", "duplicates", "--workspace", ws)
    assert pairs == [{
        "first": {"id": a, "name": "Zoe O'Brien", "email": "zoe@work.example.org",
                  "organization": "City of Tucson"},
        "second": {"id": b, "name": "Zoë OBrien", "email": "zoe@home.example.org",
                   "organization": "Tucson, City of"},
        "reason": "same name", "reasons": ["same name", "similar name and organization"],
        "score": 100.0}]
    code, out, _ = cli(capsys, "people", "duplicates", "--workspace", ws)
    assert code == 0 and "1 possible duplicate." in out

    orgs = cli_json(capsys, "organizations", "duplicates", "--workspace", ws)
    assert isinstance(orgs, list) and orgs[0]["reason"] == "same name"
    merged_org = cli_json(capsys, "organizations", "merge", str(orgs[0]["first"]["id"]),
                          str(orgs[0]["second"]["id"]), "--workspace", ws)
    assert isinstance(merged_org, dict) and merged_org["organization"]["people"] == 2

    merged = cli_json(capsys, "people", "merge", str(a), str(b), "--workspace", ws)
    assert isinstance(merged, dict)
    assert merged["keep"] == a and merged["merged"] == b
    assert merged["fields_taken"] == ["title"]
    assert merged["person"]["title"] == "Equity Manager"
    assert cli_json(capsys, "people", "duplicates", "--workspace", ws) == []
    code, _, err = cli(capsys, "people", "show", str(b), "--workspace", ws)
    assert code != 0 and "not in this workspace" in err

    found = cli_json(capsys, "people", "history", str(a), "--workspace", ws)
    assert isinstance(found, dict)
    assert found["merged"] == [b] and found["trimmed"] is False
    newest = found["events"][0]
    assert newest["source"] == f"merge with #{b}"
    person = next(c for c in newest["changes"] if c["subject"] == "Person")
    assert {"field": "title", "label": "Title", "old": "", "new": "Equity Manager"} in person["fields"]
    code, out, _ = cli(capsys, "people", "history", str(a), "--workspace", ws)
    assert "[merge with #" in out and "Title: — → Equity Manager" in out

    code, out, _ = cli(capsys, "undo", "--workspace", ws)
    assert "Undid: Merge" in out
    assert len(cli_json(capsys, "people", "duplicates", "--workspace", ws)) == 1


def test_merge_take_none_keeps_every_field(capsys, ws) -> None:
    a = _add(capsys, ws, "--given", "Ana", "--family", "Lee")
    b = _add(capsys, ws, "--given", "Anna", "--family", "Lee", "--title", "Director")
    merged = cli_json(capsys, "people", "merge", str(a), str(b), "--take", "none", "--workspace", ws)
    assert isinstance(merged, dict) and merged["person"]["title"] == ""
