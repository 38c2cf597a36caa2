"""A seeded team: N laptops edit, delete and create people offline, then sync until quiet.

Used by tests/test_sync.py at a small size and by `make bench` at 10 laptops × 1,000 edits.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text

from cohortdesk.domain.records import PersonData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store

FIELDS = ("title", "phone", "pronouns", "preferred_name", "bio", "dietary_needs")


@dataclass
class Outcome:
    laptops: int
    edits: int
    rounds: int
    seconds: float
    identical: bool
    lost_edits: int
    conflicts: int
    notes: list[str] = field(default_factory=list)


def _gid(store: Store, person_id: int) -> str | None:
    with store.engine.connect() as conn:
        found = conn.execute(text("SELECT gid FROM sync_row WHERE table_name='person' AND row_id=:r"),
                             {"r": person_id}).scalar()
        conn.rollback()
    return None if found is None else str(found)


def simulate(folder: Path, hub_url: str, *, laptops: int = 10, edits: int = 20, people_count: int = 30,
             seed: int = 18) -> Outcome:
    from tests.sync_helpers import content

    rng = random.Random(seed)
    stores = []
    for n in range(laptops):
        s = Store.open(folder / f"laptop{n}.cohortdesk")
        s.strict = True
        stores.append(s)
    try:
        for i in range(people_count):
            perform(stores[0], people.create_person, PersonData(given_name=f"Person{i}", family_name="Seed"))
        for s in stores:
            sync_service.sync_now(s, hub_url)
        # Offline: each laptop's last value per (person, field), and the people it deleted.
        last: dict[tuple[int, str, str], Any] = {}
        deleted_by: dict[int, set[str]] = {n: set() for n in range(laptops)}
        started = time.perf_counter()
        for n, s in enumerate(stores):
            for k in range(edits):
                ids = [int(r[0]) for r in people.list_people(s).rows]
                roll = rng.random()
                if roll < 0.05 or not ids:
                    perform(s, people.create_person,
                            PersonData(given_name=f"New{n}-{k}", family_name="Made"))
                elif roll < 0.10:
                    pid = rng.choice(ids)
                    gid = _gid(s, pid)
                    perform(s, people.delete_person, pid)
                    if gid:
                        deleted_by[n].add(gid)
                else:
                    pid = rng.choice(ids)
                    name = rng.choice(FIELDS)
                    value = f"{name}-{n}-{k}"
                    perform(s, people_ops.edit_person, pid, {name: value})
                    gid = _gid(s, pid)
                    if gid:
                        last[(n, gid, name)] = value
        rounds = 0
        while True:
            rounds += 1
            order = list(range(laptops))
            rng.shuffle(order)
            moved = sum(sync_service.sync_now(stores[i]).sent for i in order)
            moved += sum(sync_service.sync_now(stores[i]).received for i in order)
            if not moved or rounds > 10:
                break
        seconds = time.perf_counter() - started
        views = [content(s, folder) for s in stores]
        with Store.open(hub_url, read_only=True) as hub:
            views.append(content(hub, folder))
        identical = all(v == views[0] for v in views)
        final = {}
        for row in views[0].get("person", []):
            import json

            d = json.loads(row)
            final[d["id"]] = d
        recorded: set[tuple[str, str, str]] = set()
        conflicts = sync_service.list_conflicts(stores[0], include_resolved=True)
        for c in conflicts:
            for side in (c.mine, c.theirs):
                if c.field == "*" and isinstance(side, dict):
                    for k, v in side.items():
                        recorded.add((_row_gid(stores[0], c.id), k, json_text(v)))
                elif c.field != "*":
                    recorded.add((_row_gid(stores[0], c.id), c.field, json_text(side)))
        lost = 0
        notes = []
        for (n, gid, name), value in last.items():
            if gid in deleted_by[n]:
                continue  # this laptop deleted the person after editing them
            if gid in final and final[gid][name] == value:
                continue
            if (gid, name, json_text(value)) in recorded:
                continue
            lost += 1
            notes.append(f"laptop {n}: {gid} {name}={value!r}")
        return Outcome(laptops, sum(1 for _ in last), rounds, seconds, identical, lost, len(conflicts),
                       notes[:5])
    finally:
        for s in stores:
            s.close()


def json_text(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _row_gid(store: Store, conflict_id: int) -> str:
    with store.engine.connect() as conn:
        found = conn.execute(text("SELECT row_gid FROM sync_conflict WHERE id=:i"),
                             {"i": conflict_id}).scalar()
        conn.rollback()
    return str(found)
