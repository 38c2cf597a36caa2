"""A large synthetic network, reproducible from a seed, written with the normal store in bulk.

At scale 1: 100,000 people, 5,000 organizations, 200 cohorts with their memberships, 5,000
sessions with 12-item agendas, 500,000 attendance rows, 50,000 notes and 30,000 action items.
One "flagship" cohort has 500 members, so that its sessions have 500 attendees.

Tables of areas that have not landed yet are skipped; the cache key includes the schema, so a
new table or column gives a new workspace. `python -m bench.generate --scale 0.01` writes one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bench import names
from bench.bulk import table, write_rows
from bench.sections import SECTIONS
from cohortdesk.domain.text import fold
from cohortdesk.store import Store
from cohortdesk.store.models import Base

OUT = Path(__file__).resolve().parent / "out"
DEFAULT_SEED = 20250914
# Bump when the generator's output changes for the same seed, scale and schema.
GENERATOR_VERSION = 2

Progress = Callable[[str], None]


@dataclass(frozen=True)
class Plan:
    """How many of each thing a scale asks for."""

    people: int
    organizations: int
    cohorts: int
    sessions: int
    agenda_per_session: int
    attendance: int
    notes: int
    actions: int
    flagship_members: int

    @classmethod
    def for_scale(cls, scale: float) -> Plan:
        def n(base: int, least: int) -> int:
            return max(least, round(base * scale))

        people = n(100_000, 60)
        cohorts = n(200, 2)
        sessions = max(n(5_000, 4), cohorts)
        flagship = min(n(500, 5), people // 2)
        return cls(
            people=people, organizations=n(5_000, 5), cohorts=cohorts, sessions=sessions,
            agenda_per_session=12, attendance=n(500_000, sessions * 2), notes=n(50_000, 10),
            actions=n(30_000, 6), flagship_members=flagship,
        )


@dataclass
class Summary:
    """What was written, with the ids the benchmarks reach for. Saved beside the workspace."""

    seed: int
    scale: float
    plan: dict[str, int]
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    flagship_cohort_id: int = 0
    flagship_session_id: int = 0
    seconds: float = 0.0


@dataclass
class Network:
    """The ids and shape of the foundation, handed to the later areas' sections."""

    people: int
    cohort_members: dict[int, list[int]]
    sessions: list[tuple[int, int, dt.datetime, dt.datetime]]  # id, cohort, starts, ends
    flagship_session: int


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(names.WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def _organizations(rng: random.Random, count: int) -> Iterator[dict[str, Any]]:
    departments = ("Office of Equity", "Department of Housing", "Budget Office",
                   "Human Resources", "Public Health", "Planning Department",
                   "Office of the Manager", "Community Services", "Parks and Recreation",
                   "Workforce Board", "Transit Authority", "Library System", "Police Department",
                   "Water Utility", "Office of Innovation", "Human Rights Commission",
                   "Neighborhood Services", "Economic Development", "Sustainability Office",
                   "Fire Department", "Office of Immigrant Affairs", "Data Office",
                   "Procurement", "Youth Services", "Aging and Disability Services")
    areas = ("", " North", " South", " East", " West", " Central", " Metro")
    for oid in range(1, count + 1):
        city, state = names.PLACES[(oid - 1) % len(names.PLACES)]
        dept = departments[((oid - 1) // len(names.PLACES)) % len(departments)]
        area = areas[((oid - 1) // (len(names.PLACES) * len(departments))) % len(areas)]
        yield {"id": oid, "name": f"{city}{area} {dept}", "kind": rng.choice(names.ORG_KINDS),
               "city": city, "state_region": state}


def _people(rng: random.Random, plan: Plan, bios_for: set[int]) -> Iterator[dict[str, Any]]:
    for pid in range(1, plan.people + 1):
        given = rng.choice(names.GIVEN)
        family = rng.choice(names.FAMILY)
        local = ".".join(x for x in (_slug(given), _slug(family)) if x) or "member"
        area = rng.randrange(201, 990)
        bio = ""
        if pid in bios_for:
            bio = " ".join(_sentence(rng, rng.randint(10, 18)) for _ in range(rng.randint(4, 7)))
        elif rng.random() < 0.1:
            bio = _sentence(rng, rng.randint(10, 20))
        yield {
            "id": pid, "given_name": given, "family_name": family,
            "preferred_name": rng.choice(names.PREFERRED), "pronouns": rng.choice(names.PRONOUNS),
            "title": rng.choice(names.TITLES),
            "organization_id": rng.randint(1, plan.organizations) if rng.random() < 0.95 else None,
            "email": f"{local}.{pid}@example.org" if rng.random() < 0.97 else None,
            "phone": f"({area}) 555-01{pid % 100:02d}", "bio": bio,
            "access_needs": rng.choice(names.ACCESS), "dietary_needs": rng.choice(names.DIETARY),
            "consent_share_contact": rng.random() < 0.6, "internal_notes": "",
        }


def _cohort_sizes(rng: random.Random, plan: Plan, sessions_per: list[int]) -> list[int]:
    """Member counts whose attendance (members x sessions) reaches the planned total."""
    sizes = [plan.flagship_members]
    rest = max(0, plan.attendance - plan.flagship_members * sessions_per[0])
    weights = [rng.uniform(0.5, 1.5) for _ in range(plan.cohorts - 1)]
    total_weight = sum(w * s for w, s in zip(weights, sessions_per[1:], strict=True)) or 1.0
    for w in weights:
        # Round up so the rows can be trimmed to the exact total afterwards.
        sizes.append(min(plan.people, max(2, int(rest * w / total_weight) + 1)))
    return sizes


def build_foundation(session: Session, rng: random.Random, plan: Plan, summary: Summary,
                     progress: Progress) -> Network:
    t = {name: table(name) for name in ("organization", "person", "cohort", "membership",
                                        "cohort_session")}
    assert all(v is not None for v in t.values()), "the foundation tables are missing"
    progress("organizations")
    summary.counts["organization"] = write_rows(session, t["organization"],  # type: ignore[arg-type]
                                                _organizations(rng, plan.organizations))

    # Cohort c owns sessions c, c + cohorts, c + 2*cohorts... so every cohort has a history.
    sessions_per = [len(range(c, plan.sessions, plan.cohorts)) for c in range(plan.cohorts)]
    sizes = _cohort_sizes(rng, plan, sessions_per)
    flagship_people = set(range(1, plan.flagship_members + 1))
    progress("people")
    summary.counts["person"] = write_rows(session, t["person"],  # type: ignore[arg-type]
                                          _people(rng, plan, flagship_people))

    progress("cohorts and memberships")
    cohorts, memberships = [], []
    cohort_members: dict[int, list[int]] = {}
    first_start = dt.date(2019, 1, 7)
    for c in range(plan.cohorts):
        cid = c + 1
        start = first_start + dt.timedelta(days=(c * 2557) // plan.cohorts)
        topic = names.TOPICS[c % len(names.TOPICS)]
        cohorts.append({
            "id": cid, "program": f"{topic} Learning Network", "name": f"Cohort {cid} · {topic}",
            "start_date": start, "end_date": start + dt.timedelta(days=548),
            "description": _sentence(rng, 16),
            "goals": "\n".join(_sentence(rng, 8) for _ in range(3)),
        })
        if c == 0:
            members = sorted(flagship_people)
        else:
            members = sorted(rng.sample(range(1, plan.people + 1), sizes[c]))
        cohort_members[cid] = members
        past = start + dt.timedelta(days=548) < dt.date(2025, 6, 1)
        for i, pid in enumerate(members):
            role = ("facilitator" if i == 0 else "program_staff" if i == 1
                    else "speaker" if i % 97 == 5 else "member")
            memberships.append({
                "cohort_id": cid, "person_id": pid, "role": role,
                "stage": "alumni" if past else ("withdrawn" if i % 41 == 7 else "active"),
                "started_on": start, "ended_on": start + dt.timedelta(days=548) if past else None,
            })
    summary.counts["cohort"] = write_rows(session, t["cohort"], cohorts)  # type: ignore[arg-type]
    summary.counts["membership"] = write_rows(session, t["membership"], memberships)  # type: ignore[arg-type]

    progress("sessions")
    rows, listed = [], []
    for s in range(plan.sessions):
        sid = s + 1
        c = s % plan.cohorts
        nth = s // plan.cohorts
        cohort_start = cohorts[c]["start_date"]
        day = cohort_start + dt.timedelta(days=14 + (nth * 530) // max(1, sessions_per[c]))
        fmt = names.SESSION_FORMATS[(s * 7 + c) % len(names.SESSION_FORMATS)]
        starts = dt.datetime.combine(day, dt.time(9, 0))
        # A 12-item agenda fills a working day; every session gets one.
        ends = starts + dt.timedelta(hours=8)
        topic = names.TOPICS[(c + nth) % len(names.TOPICS)]
        rows.append({
            "id": sid, "cohort_id": c + 1, "title": f"{topic} — session {nth + 1}", "format": fmt,
            "time_zone": ("America/New_York", "America/Chicago", "America/Denver",
                          "America/Los_Angeles")[c % 4],
            "starts_at": starts, "ends_at": ends,
            "venue": "" if fmt in ("virtual_roundtable", "webinar", "peer_exchange_call")
            else f"{100 + c} Example Avenue, {names.PLACES[c % len(names.PLACES)][0]}",
            "meeting_link": f"https://meet.example.org/j/{8_000_000 + sid}",
            "objectives": [_sentence(rng, 7) for _ in range(rng.randint(2, 4))],
            "description": _sentence(rng, 14),
            "status": "held" if day < dt.date(2025, 6, 1) else "planned",
        })
        listed.append((sid, c + 1, starts, ends))
    summary.counts["cohort_session"] = write_rows(session, t["cohort_session"], rows)  # type: ignore[arg-type]
    summary.flagship_cohort_id = 1
    # The flagship's most recent held session: the one a user opens to check people in.
    summary.flagship_session_id = max(sid for sid, cid, _s, _e in listed if cid == 1)
    return Network(people=plan.people, cohort_members=cohort_members, sessions=listed,
                   flagship_session=summary.flagship_session_id)


def generate(path: Path, *, seed: int = DEFAULT_SEED, scale: float = 1.0,
             progress: Progress | None = None) -> Summary:
    """Write a new workspace at `path` (replacing one there) and return what it holds."""
    say = progress or (lambda _msg: None)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.with_name(f".{path.name}.seal").unlink(missing_ok=True)
    started = time.perf_counter()
    plan = Plan.for_scale(scale)
    summary = Summary(seed=seed, scale=scale, plan=asdict(plan))
    rng = random.Random(seed)
    store = Store.open(path)
    try:
        with store.bulk("Generate benchmark network") as session:
            network = build_foundation(session, rng, plan, summary, say)
            for section in SECTIONS:
                written = section.build(session, random.Random(f"{seed}:{section.name}"), plan,
                                        network, say)
                if written is None:
                    summary.skipped.append(section.name)
                else:
                    summary.counts.update(written)
        # The People list's search and sort keys, as the first People list would make them.
        say("the People list's index")
        from cohortdesk.services.people import index_people

        index_people(store)
        # Outside any transaction: fresh statistics for the planner, and an empty WAL so the
        # cached file can be copied on its own.
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA optimize")  # type: ignore[union-attr]
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()
    finally:
        store.close()
    summary.seconds = round(time.perf_counter() - started, 1)
    return summary


def schema_fingerprint() -> str:
    """Changes when any table or column changes, so the cache never serves a stale schema."""
    tables = Base.metadata.tables.values()
    shape = sorted((t.name, sorted(c.name for c in t.columns)) for t in tables)
    raw = json.dumps([GENERATOR_VERSION, shape, [s.name for s in SECTIONS]])
    return hashlib.sha1(raw.encode()).hexdigest()[:10]


def cache_path(seed: int, scale: float) -> Path:
    return OUT / f"network-s{seed}-x{scale:g}-{schema_fingerprint()}.cohortdesk"


def cached_workspace(*, seed: int = DEFAULT_SEED, scale: float = 1.0,
                     progress: Progress | None = None) -> tuple[Path, Summary]:
    """The generated workspace for seed+scale, built once and kept in bench/out/."""
    path = cache_path(seed, scale)
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        data = json.loads(meta.read_text(encoding="utf-8"))
        return path, Summary(**data)
    OUT.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    summary = generate(building, seed=seed, scale=scale, progress=progress)
    building.replace(path)
    # The seal names the file it was made for; the cache is only ever copied, never opened.
    building.with_name(f".{building.name}.seal").unlink(missing_ok=True)
    meta.write_text(json.dumps(asdict(summary), indent=1), encoding="utf-8")
    return path, summary


def working_copy(source: Path, target: Path) -> Path:
    """A throwaway copy, so that benchmarks which write never touch the cached workspace."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    # A seal left by an earlier copy would call this one damaged.
    target.with_name(f".{target.name}.seal").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("-o", "--output", type=Path, help="write here instead of the cache")
    args = parser.parse_args(argv)

    def say(msg: str) -> None:
        print(f"  generating {msg}…", flush=True)

    if args.output:
        summary = generate(args.output, seed=args.seed, scale=args.scale, progress=say)
        where = args.output
    else:
        where, summary = cached_workspace(seed=args.seed, scale=args.scale, progress=say)
    print(json.dumps({"path": str(where), **asdict(summary)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
