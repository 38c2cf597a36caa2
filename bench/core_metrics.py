"""Figures of the Qt-free core: opening a session's data, exports, imports, print and backups.

Each function takes a `Bench` (the workspace and its ids) and returns Metric rows. A feature
that has not landed raises NotAvailable through `need()`, which becomes a row saying so.
"""

from __future__ import annotations

import shutil
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.generate import Summary, working_copy
from bench.measure import RUNS, Aim, Metric, median_seconds, need, timed
from cohortdesk.store import Store


@dataclass
class Bench:
    """The large workspace for one run: the cached original and a scratch folder."""

    cached: Path
    summary: Summary
    scratch: Path

    def copy(self, name: str = "work.cohortdesk") -> Path:
        return working_copy(self.cached, self.scratch / name)

    def open_copy(self, name: str = "work.cohortdesk") -> Store:
        return Store.open(self.copy(name))


def session_services(store: Store, session_id: int) -> Metric:
    """What a session page reads: the session, its timed agenda, its registrations and counts."""
    from cohortdesk.services import sessions

    agenda = need("cohortdesk.services.agenda", "timed_agenda")
    attendance = need("cohortdesk.services.attendance", "registrations", "counts")

    def open_session() -> None:
        sessions.get_session(store, session_id)
        agenda.timed_agenda(store, session_id)
        attendance.registrations(store, session_id)
        attendance.counts(store, session_id)

    items = len(agenda.timed_agenda(store, session_id).items)
    people = len(attendance.registrations(store, session_id))
    value = median_seconds(open_session, runs=RUNS * 2)
    return Metric(f"Open a session's data ({items}-item agenda, {people} attendees), services only",
                  value * 1000, "ms", aim=Aim(200), runs=RUNS * 2,
                  note="get_session + timed_agenda + registrations + counts.")


def backup(bench: Bench, store: Store) -> list[Metric]:
    """The large workspace copied with SQLite's backup API, against a plain file copy."""
    size_mb = bench.cached.stat().st_size / 1e6
    target = bench.scratch / "backup.cohortdesk"
    floor = median_seconds(lambda: shutil.copyfile(bench.cached, target))
    out = []
    backups = _optional("cohortdesk.store.backups")
    if backups is not None and hasattr(backups, "back_up"):
        value = median_seconds(lambda: backups.back_up(store))
        out.append(Metric(f"Verified backup of the large workspace ({size_mb:.0f} MB), "
                          "store.backups.back_up", value, "s", floor=floor,
                          floor_name="shutil.copyfile of the file", runs=RUNS,
                          note="Backup API, quick_check of the copy, rotation."))
    else:
        out.append(Metric("Verified backup of the large workspace (store.backups)", None, "s",
                          status="not available yet",
                          note="not available yet: cohortdesk.store.backups has not landed"))
    value = median_seconds(lambda: store.backup_to(target))
    out.append(Metric(f"Copy of the large workspace ({size_mb:.0f} MB) with Store.backup_to",
                      value, "s", floor=floor, floor_name="shutil.copyfile of the file", runs=RUNS,
                      note="SQLite's online backup API, as Save a copy… and backups use it."))
    target.unlink(missing_ok=True)
    return out


def _optional(module: str) -> Any:
    try:
        return need(module)
    except Exception:  # noqa: BLE001 - absent or broken: the caller reports it
        return None


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


__all__ = ["Bench", "backup", "median_of", "session_services", "timed"]
