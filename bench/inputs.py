"""Inputs the feature figures need beyond the generated network: a 100,000-member cohort for
the roster, a 1,000-line Zoom report and a 5,000-row people spreadsheet. Built once per run,
from the working copy, with a fixed seed."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from bench.bulk import table, write_rows
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, Organization, Person

if TYPE_CHECKING:
    from bench.core_metrics import Bench

ZOOM_TIME = "%m/%d/%Y %I:%M:%S %p"


def directory_cohort(bench: Bench) -> int:
    """A statewide directory cohort holding every person, for the 100,000-row roster."""
    if "directory" in bench.made:
        return int(bench.made["directory"])
    store = bench.store
    assert store is not None
    membership = table("membership")
    assert membership is not None
    with store.bulk("Bench: statewide directory") as session:
        cid = session.scalar(select(func.max(Cohort.id))) + 1
        session.execute(insert(Cohort).values(
            id=cid, program="Statewide Network", name="Statewide directory",
            start_date=dt.date(2019, 1, 1), end_date=dt.date(2026, 12, 31)))
        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        write_rows(session, membership, ({"cohort_id": cid, "person_id": pid, "role": "member",
                                          "stage": "active", "started_on": dt.date(2019, 1, 1)}
                                         for pid in ids))
    bench.made["directory"] = cid
    return cid


def zoom_report(bench: Bench, store: Store, session_id: int, *, rows: int) -> Path:
    """A Zoom participants report for the session: its registrants with rejoins, a host,
    device names, phone dial-ins and guests, `rows` participant lines in all."""
    key = f"zoom-{session_id}-{rows}"
    if key in bench.made:
        return Path(bench.made[key])
    from cohortdesk.services import attendance, sessions

    rng = random.Random(f"zoom:{session_id}")
    record = sessions.get_session(store, session_id)
    people = attendance.registrations(store, session_id)
    start = record.starts_at or dt.datetime(2024, 3, 14, 9, 0)
    length = int(((record.ends_at or start + dt.timedelta(hours=2)) - start).total_seconds() // 60)
    lines: list[list[str]] = []

    def line(name: str, email: str, joined_min: int, minutes: int, guest: str = "Yes") -> None:
        joined = start + dt.timedelta(minutes=joined_min)
        left = joined + dt.timedelta(minutes=minutes)
        lines.append([name, email, joined.strftime(ZOOM_TIME), left.strftime(ZOOM_TIME),
                      str(minutes), guest, "Y", "No"])

    line("Program Staff (Host)", "host@example.org", -15, length + 20, "No")
    extras = 60
    for n in range(extras):
        if n % 3 == 0:
            line(f"{rng.choice(('Sam', 'Alex', 'Jo'))}'s iPhone", "", rng.randint(0, 30), 60)
        elif n % 3 == 1:
            line(f"+1 312 555 01{n:02d}", "", rng.randint(0, 30), rng.randint(20, 200))
        else:
            line(f"Guest Speaker {n}", f"guest{n}@partner.example.org", 0, length // 2)
    members = rows - 1 - extras
    visits = [1] * len(people)
    for _ in range(max(0, members - len(people))):
        visits[rng.randrange(len(people))] += 1
    for person, count in zip(people, visits, strict=True):
        by_email = bool(person.email) and rng.random() < 0.85
        name = person.name
        if not by_email and person.preferred_name:
            name = f"{person.preferred_name} {person.family_name} " \
                   f"({person.given_name} {person.family_name})"
        total = rng.choice((length - 10, length - 40, length // 3, length - 5))
        share = max(1, total // count)
        for v in range(count):
            line(name, person.email if by_email else "", v * share + v, share)
    rng.shuffle(lines)
    path = bench.scratch / f"zoom-{session_id}.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Meeting ID", "Topic", "Start Time", "End Time", "User Email",
                         "Duration (Minutes)", "Participants"])
        writer.writerow(["84500000000", record.title, start.strftime(ZOOM_TIME),
                         (start + dt.timedelta(minutes=length)).strftime(ZOOM_TIME),
                         "host@example.org", str(length), str(len(lines))])
        writer.writerow([""] * 7)
        writer.writerow(["Name (Original Name)", "User Email", "Join Time", "Leave Time",
                         "Duration (Minutes)", "Guest", "Recording Consent", "In Waiting Room"])
        writer.writerows(lines)
    bench.made[key] = str(path)
    return path


def people_csv(bench: Bench, store: Store, *, rows: int, existing: int) -> Path:
    """A registration export: `rows` people, of whom `existing` are already in the workspace
    (matched by email, with a new job title), the rest new."""
    key = f"people-{rows}-{existing}"
    if key in bench.made:
        return Path(bench.made[key])
    rng = random.Random("people-import")
    with store.read() as session:
        known = session.execute(
            select(Person.given_name, Person.family_name, Person.email)
            .where(Person.email.is_not(None)).order_by(Person.id).limit(existing * 3)).all()
        orgs = session.scalars(select(Organization.name).limit(400)).all()
    from bench import names

    out: list[list[Any]] = []
    for given, family, email in rng.sample(known, existing):
        out.append([given, family, email, rng.choice(orgs), "Deputy Director", "", "", "Yes"])
    for n in range(rows - existing):
        given, family = rng.choice(names.GIVEN), rng.choice(names.FAMILY)
        org = rng.choice(orgs) if rng.random() < 0.9 else f"New Partner Agency {n % 40}"
        out.append([given, family, f"import.{n}@example.org", org, rng.choice(names.TITLES),
                    f"(312) 555-01{n % 100:02d}", rng.choice(names.PRONOUNS),
                    rng.choice(("Yes", "No", "Y", "x", ""))])
    rng.shuffle(out)
    path = bench.scratch / f"people-{rows}.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "Email address", "Organization / jurisdiction",
                         "Job title", "Phone", "Pronouns", "Share my contact details"])
        writer.writerows(out)
    bench.made[key] = str(path)
    return path
