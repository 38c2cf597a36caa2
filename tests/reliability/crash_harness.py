"""SIGKILL a writer at random points of a burst of edits; check nothing acknowledged is lost.

Run as `python crash_harness.py WORKSPACE TRIALS SEED`; prints one JSON summary line.

Each trial forks a child that opens the workspace and edits as fast as it can: it adds a
person, renames a "counter" person, and deletes every third person it added. After each
change commits, the child writes an acknowledgement to a pipe (before a delete, also its
intention: a delete that commits just before the kill may be in the file or not). The parent
waits for a random number of acknowledgements, sleeps a random fraction of a change, and
SIGKILLs the child; acknowledgements already in the pipe count. Then it reopens the workspace (recovering the
lock the child left), runs `integrity_check`, and checks that every acknowledged write is
there: added people present, deleted ones absent, the counter at least at its last value.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store


def child(workspace: Path, trial: int, out: int) -> None:
    store = Store.open(workspace)
    counter = people.get_person(store, 1)
    value = int(counter.title or 0)
    added: list[int] = []
    n = 0
    while True:
        n += 1
        pid = people.create_person(store, PersonData(given_name=f"T{trial}", family_name=f"N{n}"))
        added.append(pid)
        os.write(out, f"A {pid} T{trial} N{n}\n".encode())
        value += 1
        people.update_person(store, 1, PersonData(given_name="Counter", title=str(value)))
        os.write(out, f"C {value}\n".encode())
        if n % 3 == 0:
            gone = added.pop(0)
            os.write(out, f"d {gone}\n".encode())
            people.delete_person(store, gone)
            os.write(out, f"D {gone}\n".encode())


def run(workspace: Path, trials: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    with Store.open(workspace) as store:
        people.create_person(store, PersonData(given_name="Counter", title="0"))
    present: dict[int, str] = {}
    deleted: set[int] = set()
    maybe_deleted: set[int] = set()
    counter = 0
    acked = lost = bad_integrity = 0
    problems: list[str] = []
    started = time.monotonic()
    for trial in range(trials):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_end)
            try:
                child(workspace, trial, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        wanted = rng.randint(1, 40)
        buffer = b""
        with os.fdopen(read_end, "rb", buffering=0) as pipe:
            while buffer.count(b"\n") < wanted:
                chunk = pipe.read(4096)
                if not chunk:
                    break
                buffer += chunk
            time.sleep(rng.uniform(0, 0.004))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            buffer += pipe.read()  # everything acknowledged before the kill
        for line in buffer.decode().splitlines():
            kind, *rest = line.split()
            acked += 1
            if kind == "A":
                present[int(rest[0])] = f"{rest[1]} {rest[2]}"
            elif kind == "C":
                counter = max(counter, int(rest[0]))
            elif kind == "d":
                acked -= 1  # an intention, not an acknowledgement
                maybe_deleted.add(int(rest[0]))
            elif kind == "D":
                present.pop(int(rest[0]), None)
                maybe_deleted.discard(int(rest[0]))
                deleted.add(int(rest[0]))
        raw = sqlite3.connect(workspace)
        check = raw.execute("PRAGMA integrity_check").fetchone()[0]
        raw.close()
        if check != "ok":
            bad_integrity += 1
            problems.append(f"trial {trial}: {check}")
        with Store.open(workspace) as store:  # recovers the lock the killed child left
            rows = {r[0]: r[1] for r in people.list_people(store).rows}
            value = int(people.get_person(store, 1).title or 0)
        for person_id in maybe_deleted & set(present):
            if person_id not in rows:  # the delete committed; it was not acknowledged yet
                present.pop(person_id)
                deleted.add(person_id)
        maybe_deleted.clear()
        for person_id, name in present.items():
            if rows.get(person_id) != name:
                lost += 1
                problems.append(f"trial {trial}: acknowledged {name} ({person_id}) missing")
        for person_id in deleted:
            if person_id in rows:
                lost += 1
                problems.append(f"trial {trial}: deleted person {person_id} is back")
        if value < counter:
            lost += 1
            problems.append(f"trial {trial}: counter {value} < acknowledged {counter}")
    return {"trials": trials, "acknowledged_writes": acked, "lost": lost,
            "integrity_failures": bad_integrity, "seconds": round(time.monotonic() - started, 1),
            "problems": problems[:20]}


if __name__ == "__main__":
    summary = run(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
    print(json.dumps(summary))
