"""Figures of the Qt-free core: opening a session's data, exports, imports, print and backups.

Each function takes a `Bench` (the workspace and its ids) and returns Metric rows. A feature
that has not landed raises NotAvailable through `need()`, which becomes a row saying so.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
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
    store: Store | None = None  # the open working copy
    made: dict[str, Any] = field(default_factory=dict)  # inputs built once per run

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


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


__all__ = ["Bench", "median_of", "session_services", "timed"]
