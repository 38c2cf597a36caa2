"""The benchmark network generator at a tiny scale: consistent, complete and reproducible.

No timing here; speed is measured by `make bench` only.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench import generate
from bench.generate import Plan
from cohortdesk.services import agenda, attendance, people, sessions
from cohortdesk.store import Store
from cohortdesk.store.models import Base

SCALE = 0.002


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, generate.Summary]:
    path = tmp_path_factory.mktemp("bench") / "tiny.cohortdesk"
    return path, generate.generate(path, seed=7, scale=SCALE)


def _count(store: Store, table: str) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Base.metadata.tables[table])))


def test_tiny_network_has_what_the_plan_asks_for(tiny: tuple[Path, generate.Summary]) -> None:
    path, summary = tiny
    plan = Plan.for_scale(SCALE)
    assert summary.skipped == []
    with Store.open(path, read_only=True) as store:
        assert store.integrity_problems() == []
        assert people.count_people(store) == plan.people
        assert _count(store, "organization") == plan.organizations
        assert _count(store, "cohort") == plan.cohorts
        assert len(sessions.list_sessions(store).rows) == plan.sessions
        assert _count(store, "agenda_item") == plan.sessions * plan.agenda_per_session
        assert _count(store, "registration") == plan.attendance
        assert _count(store, "note") == plan.notes
        assert _count(store, "action_item") == plan.actions
        for table, n in summary.counts.items():
            assert _count(store, table) == n, table


def test_flagship_session_opens_with_its_agenda_and_everyone(
    tiny: tuple[Path, generate.Summary],
) -> None:
    path, summary = tiny
    plan = Plan.for_scale(SCALE)
    with Store.open(path, read_only=True) as store:
        timed = agenda.timed_agenda(store, summary.flagship_session_id)
        assert len(timed.items) == plan.agenda_per_session
        assert timed.overrun_minutes == 0
        lunch = next(i for i in timed.items if i.title == "Lunch")
        assert lunch.start.hour == 12
        registered = attendance.registrations(store, summary.flagship_session_id)
        assert len(registered) == plan.flagship_members
        breakout = next(i for i in timed.items if i.kind.value == "breakout")
        assert sum(len(g.members) for g in breakout.groups) == plan.flagship_members


def test_names_are_searchable_and_emails_unique(tiny: tuple[Path, generate.Summary]) -> None:
    path, _summary = tiny
    with Store.open(path, read_only=True) as store:
        rowset = people.list_people(store)
    emails = [r[7] for r in rowset.rows if r[7]]
    assert len(emails) == len(set(emails))
    assert all(e.endswith("@example.org") for e in emails)
    # Accented names are in the mix, and folded keys find them without the accents.
    accented = [r for r in rowset.rows if any(ord(ch) > 127 for ch in r[1])]
    assert accented
    assert all(k == k.casefold() for k in rowset.keys)


def test_same_seed_gives_the_same_network_and_another_seed_does_not(tmp_path: Path) -> None:
    def snapshot(seed: int, name: str) -> list[tuple[object, ...]]:
        path = tmp_path / name
        generate.generate(path, seed=seed, scale=SCALE)
        with Store.open(path, read_only=True) as store:
            return people.list_people(store).rows

    first = snapshot(11, "a.cohortdesk")
    assert snapshot(11, "b.cohortdesk") == first
    assert snapshot(12, "c.cohortdesk") != first


def test_cached_workspace_is_built_once_per_seed_and_scale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(generate, "OUT", tmp_path / "out")
    path, summary = generate.cached_workspace(seed=3, scale=SCALE)
    built = path.stat().st_mtime_ns
    again, summary_again = generate.cached_workspace(seed=3, scale=SCALE)
    assert again == path and again.stat().st_mtime_ns == built
    assert summary_again.counts == summary.counts
    other, _ = generate.cached_workspace(seed=4, scale=SCALE)
    assert other != path

    # Benchmarks that write get a copy that opens as a workspace; the cache is untouched.
    copy = generate.working_copy(path, tmp_path / "copy.cohortdesk")
    with Store.open(copy) as store:
        assert people.count_people(store) == summary.counts["person"]
    assert path.stat().st_mtime_ns == built
