"""A PostgreSQL hub opened as a workspace: the same models, migrations, journal and commands."""

from __future__ import annotations

import json

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.domain.text import fold
from cohortdesk.services import people
from cohortdesk.store import Store


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert run(list(argv)) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_hub_init_is_safe_twice_and_commands_work_on_the_hub(
        hub_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = _cli(capsys, "hub", "init", hub_url, "--json")
    again = _cli(capsys, "hub", "init", hub_url, "--json")
    assert first["schema"] == again["schema"] and first["schema"]
    added = _cli(capsys, "--workspace", hub_url, "people", "add", "--given", "Zoë",
                 "--family", "O'Brien", "--json")
    pid = added["id"]
    _cli(capsys, "--workspace", hub_url, "people", "edit", str(pid), "--title", "Director", "--json")
    shown = _cli(capsys, "--workspace", hub_url, "people", "show", str(pid), "--json")
    assert shown["title"] == "Director"
    _cli(capsys, "--workspace", hub_url, "undo", "--json")
    shown = _cli(capsys, "--workspace", hub_url, "people", "show", str(pid), "--json")
    assert shown["title"] == ""
    _cli(capsys, "--workspace", hub_url, "redo", "--json")
    shown = _cli(capsys, "--workspace", hub_url, "people", "show", str(pid), "--json")
    assert shown["title"] == "Director"


def test_a_hub_without_schema_is_refused_with_the_fix(hub_url: str) -> None:
    with pytest.raises(WorkspaceError, match="hub init"):
        Store.open(hub_url)


def test_example_network_and_search_folding_on_the_hub(
        hub_url: str, example_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from cohortdesk.services import example

    _cli(capsys, "hub", "init", hub_url, "--json")
    with Store.open(hub_url) as hub:
        example.load_example_network(hub, today=example.example_as_of())
        on_hub, on_file = people.list_people(hub), people.list_people(example_store)
        assert sorted(zip(on_hub.keys, [r[1:] for r in on_hub.rows], strict=True)) == sorted(
            zip(on_file.keys, [r[1:] for r in on_file.rows], strict=True))
        assert any(k != k.upper() and fold(k.upper()) == k for k in on_hub.keys)
        assert hub.undo() is not None


def test_no_network_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["--workspace", "postgresql+psycopg://nobody@127.0.0.1:1/hub", "people", "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "cannot be reached" in err
