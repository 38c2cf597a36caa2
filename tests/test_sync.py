"""Team sync through a real PostgreSQL hub: two or more laptops, offline edits, merges."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.records import PersonData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store


@pytest.fixture
def hub(hub_url: str) -> str:
    assert run(["hub", "init", hub_url]) == 0
    return hub_url


def laptop(tmp_path: Path, name: str) -> Store:
    store = Store.open(tmp_path / f"{name}.cohortdesk")
    store.strict = True
    return store


def only_person(store: Store) -> int:
    rows = people.list_people(store).rows
    assert len(rows) == 1
    return int(rows[0][0])


def edit(store: Store, pid: int, **values: object) -> None:
    perform(store, people_ops.edit_person, pid, dict(values))


def test_different_fields_both_survive(tmp_path: Path, hub: str) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    perform(a, people.create_person, PersonData(given_name="Zoë", family_name="O'Brien"))
    sync_service.sync_now(a, hub)
    summary = sync_service.sync_now(b, hub)
    assert summary.received == 1
    pa, pb = only_person(a), only_person(b)
    edit(a, pa, title="Director")
    edit(b, pb, phone="555 0100")
    for s in (a, b, a):
        sync_service.sync_now(s)
    for s, pid in ((a, pa), (b, pb)):
        p = people.get_person(s, pid)
        assert (p.title, p.phone) == ("Director", "555 0100")
        assert sync_service.list_conflicts(s) == []
    a.close()
    b.close()


def _two_with_one_person(tmp_path: Path, hub: str) -> tuple[Store, Store, int, int]:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    perform(a, people.create_person, PersonData(given_name="Amara", family_name="Okafor"))
    sync_service.sync_now(a, hub)
    sync_service.sync_now(b, hub)
    return a, b, only_person(a), only_person(b)


def test_same_field_converges_and_keeps_both_values(tmp_path: Path, hub: str) -> None:
    a, b, pa, pb = _two_with_one_person(tmp_path, hub)
    edit(a, pa, title="Program Officer")
    edit(b, pb, title="Director of Programs")  # later: its clock wins
    sync_service.sync_now(a)
    summary = sync_service.sync_now(b)
    assert summary.conflicts == 1
    sync_service.sync_now(a)
    assert people.get_person(a, pa).title == people.get_person(b, pb).title == "Director of Programs"
    (ca,), (cb,) = sync_service.list_conflicts(a), sync_service.list_conflicts(b)
    assert (ca.field, ca.table, ca.row_id) == ("title", "person", pa)
    assert (ca.mine, ca.theirs, ca.kept) == ("Program Officer", "Director of Programs", "theirs")
    assert (cb.mine, cb.theirs, cb.kept) == ("Director of Programs", "Program Officer", "mine")
    assert ca.mine_by and ca.theirs_by and ca.mine_at <= ca.theirs_at

    # Resolving is an undoable operation, and the choice reaches the other laptop.
    a.close()
    assert run(["sync", "resolve", str(ca.id), "--take", "mine", "--workspace", str(a.path)]) == 0
    a = laptop(tmp_path, "a")
    assert people.get_person(a, pa).title == "Program Officer"
    assert sync_service.list_conflicts(a) == []
    assert a.undo() is not None
    assert people.get_person(a, pa).title == "Director of Programs"
    assert a.redo() is not None
    sync_service.sync_now(a)
    sync_service.sync_now(b)
    assert people.get_person(b, pb).title == "Program Officer"
    assert sync_service.list_conflicts(b) == []
    a.close()
    b.close()


def test_delete_against_edit_deletes_and_records_the_edit(tmp_path: Path, hub: str) -> None:
    a, b, pa, pb = _two_with_one_person(tmp_path, hub)
    perform(a, people.delete_person, pa)
    edit(b, pb, title="Coordinator")
    sync_service.sync_now(a)
    sync_service.sync_now(b)
    sync_service.sync_now(a)
    assert people.list_people(a).rows == [] and people.list_people(b).rows == []
    (ca,) = sync_service.list_conflicts(a)
    (cb,) = sync_service.list_conflicts(b)
    assert ca.field == cb.field == "*"
    assert ca.mine is None and ca.theirs["title"] == "Coordinator"
    assert cb.theirs is None and cb.mine["title"] == "Coordinator"
    # Keeping the edit brings the person back everywhere.
    perform(b, sync_service.resolve_conflict, cb.id, "mine")
    sync_service.sync_now(b)
    sync_service.sync_now(a)
    assert [r[4] for r in people.list_people(a).rows] == ["Coordinator"]
    a.close()
    b.close()


def test_a_new_empty_workspace_receives_everything(tmp_path: Path, hub: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from cohortdesk.services import example

    a = laptop(tmp_path, "a")
    perform(a, example.load_example_network, today=example.example_as_of())
    first = sync_service.sync_now(a, hub)
    assert first.sent > 50
    new = tmp_path / "new.cohortdesk"
    assert run(["sync", "--workspace", str(new), "--hub", hub, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert set(summary) >= {"sent", "received", "conflicts", "seconds"}
    assert summary["received"] == first.sent and summary["sent"] == 0
    b = laptop(tmp_path, "new")
    assert _content(a) == _content(b)
    # The hub opened directly holds the same.
    with Store.open(hub) as h:
        assert _content(h) == _content(a)
    a.close()
    b.close()


def _content(store: Store) -> dict[str, list[str]]:
    """Every synced row, keyed by global id, with links written as global ids (local integer
    ids differ from laptop to laptop by design)."""
    from tests.sync_helpers import content

    return content(store)


def _cli_sync(workspace: Path, hub: str, kill_at: str | None = None) -> int:
    import os
    import subprocess
    import sys

    env = {**os.environ}
    env.pop("COHORTDESK_TEST_KILL_AT", None)
    if kill_at:
        env["COHORTDESK_TEST_KILL_AT"] = kill_at
    done = subprocess.run([sys.executable, "-m", "cohortdesk", "--workspace", str(workspace), "sync",
                           "--hub", hub, "--json"], env=env, capture_output=True, text=True)
    return done.returncode


@pytest.mark.parametrize("step", ["prepared", "sent", "pulling"])
def test_killed_during_sync_the_next_sync_finishes_and_nothing_doubles(
        tmp_path: Path, hub: str, step: str) -> None:
    import signal

    from sqlalchemy import text

    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    for i in range(5):
        perform(a, people.create_person, PersonData(given_name=f"P{i}", family_name="Kill"))
    sync_service.sync_now(b, hub)
    perform(b, people.create_person, PersonData(given_name="From", family_name="B"))
    a.close()
    b.close()
    assert _cli_sync(tmp_path / "b.cohortdesk", hub) == 0
    assert _cli_sync(tmp_path / "a.cohortdesk", hub, kill_at=step) == -signal.SIGKILL
    assert _cli_sync(tmp_path / "a.cohortdesk", hub) == 0
    assert _cli_sync(tmp_path / "b.cohortdesk", hub) == 0
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    assert len(people.list_people(a).rows) == len(people.list_people(b).rows) == 6
    assert _content(a) == _content(b)
    with Store.open(hub) as h, h.engine.connect() as conn:
        assert len(people.list_people(h).rows) == 6
        counts = conn.execute(text("SELECT COUNT(*), COUNT(DISTINCT gid) FROM sync_log")).one()
        assert counts[0] == counts[1] == 6
    a.close()
    b.close()


def test_ten_laptops_converge_with_no_lost_edit(tmp_path: Path, hub: str) -> None:
    from bench.sync_sim import simulate

    outcome = simulate(tmp_path, hub, laptops=10, edits=8, people_count=12, seed=18)
    assert outcome.identical
    assert outcome.lost_edits == 0, outcome.notes
    assert outcome.conflicts > 0


def test_the_same_email_added_on_two_laptops_becomes_a_conflict_not_a_refusal(
        tmp_path: Path, hub: str) -> None:
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    sync_service.sync_now(a, hub)
    sync_service.sync_now(b, hub)
    perform(a, people.create_person, PersonData(given_name="Amara", family_name="Okafor",
                                                email="amara@example.org"))
    perform(b, people.create_person, PersonData(given_name="Amara", family_name="Okafor-Mensah",
                                                email="amara@example.org"))
    perform(b, people.create_person, PersonData(given_name="Kofi", family_name="Mensah",
                                                email="kofi@example.org"))
    sync_service.sync_now(a)
    summary = sync_service.sync_now(b)  # the hub takes the batch; the clash is a conflict
    assert summary.conflicts == 1
    sync_service.sync_now(a)
    emails = {f"{r.given_name} {r.family_name}": r.email
              for r in (people.get_person(b, int(x[0])) for x in people.list_people(b).rows)}
    assert emails == {"Amara Okafor": "amara@example.org", "Amara Okafor-Mensah": "",
                      "Kofi Mensah": "kofi@example.org"}
    assert _content(a) == _content(b)
    (cb,) = sync_service.list_conflicts(b)
    assert (cb.table, cb.field, cb.mine, cb.theirs, cb.kept) == (
        "person", "email", "amara@example.org", None, "theirs")
    assert "already the email of another person" in cb.theirs_by
    assert cb.label == "Person Amara Okafor-Mensah"
    # Syncing goes on as usual afterwards.
    edit(b, int(cb.row_id or 0), email="amara.om@example.org")
    sync_service.sync_now(b)
    sync_service.sync_now(a)
    assert _content(a) == _content(b)
    a.close()
    b.close()


def _example_laptop(tmp_path: Path, name: str) -> Store:
    from cohortdesk.services import example

    store = laptop(tmp_path, name)
    perform(store, example.load_example_network, today=example.example_as_of())
    return store


def test_a_first_sync_of_a_whole_network_then_edits_elsewhere_round_trip(
        tmp_path: Path, hub: str) -> None:
    a = _example_laptop(tmp_path, "a")
    first = sync_service.sync_now(a, hub)  # everything at once, as the hub's first of this laptop
    b = laptop(tmp_path, "b")
    assert sync_service.sync_now(b, hub).received == first.sent
    pa, pa_other = (int(r[0]) for r in people.list_people(a).rows[:2])
    name = people.get_person(a, pa).given_name
    pb = next(int(r[0]) for r in people.list_people(b).rows
              if people.get_person(b, int(r[0])).given_name == name)
    edit(b, pb, title="Head of Partnerships")
    edit(a, pa, phone="555 0199")
    perform(a, people.delete_person, pa_other)
    for s in (b, a, b):
        sync_service.sync_now(s)
    assert (people.get_person(a, pa).title, people.get_person(a, pa).phone) == (
        "Head of Partnerships", "555 0199")
    assert (people.get_person(b, pb).title, people.get_person(b, pb).phone) == (
        "Head of Partnerships", "555 0199")
    assert len(people.list_people(a).rows) == len(people.list_people(b).rows)
    assert sync_service.list_conflicts(a) == sync_service.list_conflicts(b) == []
    assert _content(a) == _content(b)
    with Store.open(hub) as h:
        assert _content(h) == _content(a)
    a.close()
    b.close()


@pytest.mark.parametrize("step", ["prepared", "hub-merged", "sent"])
def test_a_first_sync_killed_midway_completes_next_time_without_doubles(
        tmp_path: Path, hub: str, step: str) -> None:
    import signal

    from sqlalchemy import text

    a = _example_laptop(tmp_path, "a")
    count = len(people.list_people(a).rows)
    a.close()
    assert _cli_sync(tmp_path / "a.cohortdesk", hub, kill_at=step) == -signal.SIGKILL
    assert _cli_sync(tmp_path / "a.cohortdesk", hub) == 0
    assert _cli_sync(tmp_path / "b.cohortdesk", hub) == 0
    a, b = laptop(tmp_path, "a"), laptop(tmp_path, "b")
    assert len(people.list_people(b).rows) == count
    assert _content(a) == _content(b)
    with Store.open(hub) as h, h.engine.connect() as conn:
        assert _content(h) == _content(a)
        logged, distinct = conn.execute(text("SELECT COUNT(*), COUNT(DISTINCT gid) FROM sync_log")).one()
        rows = conn.execute(text("SELECT COUNT(*) FROM sync_row")).scalar()
        assert logged == distinct == rows
    a.close()
    b.close()


def test_clocks_stay_in_order_past_a_hundred_thousand_in_one_millisecond() -> None:
    # A first sync stamps every row of a large workspace with the same millisecond; the
    # clock's text is what the hub sorts and compares, so it must order as the clock does.
    from cohortdesk.store.sync import MAX_COUNTER, Hlc, clock_parts

    hlc = Hlc("node-a", None)
    clocks = [hlc.tick(1_700_000_000_000) for _ in range(MAX_COUNTER + 5)]
    assert clocks == sorted(clocks)
    assert len(set(clocks)) == len(clocks)
    assert clock_parts(clocks[-1])[:2] == (1_700_000_000_001, 3)
    # The wall clock catching up never takes the clock back.
    assert hlc.tick(1_700_000_000_001) > clocks[-1]
