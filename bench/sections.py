"""The later areas' part of the synthetic network: agendas, attendance, notes, action items.

Each section names the tables it fills. While an area has not landed (its table is missing
from the models), its section returns None and the benchmarks that need it say so.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from bench.bulk import table, write_rows

if TYPE_CHECKING:
    from bench.generate import Network, Plan

@dataclass(frozen=True)
class Section:
    name: str
    tables: tuple[str, ...]
    fill: Callable[..., dict[str, int]]

    def available(self) -> bool:
        return all(table(t) is not None for t in self.tables)

    def build(self, session: Session, rng: random.Random, plan: Plan, network: Network,
              progress: Callable[[str], None]) -> dict[str, int] | None:
        if not self.available():
            return None
        progress(self.name)
        return self.fill(session, rng, plan, network)


# A working day of 12 items (480 minutes), lunch pinned at noon: (kind, minutes, title).
DAY = (
    ("welcome", 30, "Welcome and today's objectives"),
    ("presentation", 45, "Member spotlight"),
    ("discussion", 45, "Peer consultancy"),
    ("break", 15, "Break"),
    ("panel", 60, "Panel: what changed in our jurisdictions"),
    ("meal", 60, "Lunch"),
    ("breakout", 60, "Breakouts by policy area"),
    ("presentation", 45, "Results framework clinic"),
    ("break", 15, "Break"),
    ("discussion", 45, "Working session on next steps"),
    ("reflection", 30, "Reflection"),
    ("other", 30, "Closing and evaluation"),
)
MARKDOWN = ("**Decision:** ", "- ", "*Observation:* ", "", "")


def _sentence(rng: random.Random, words: int) -> str:
    from bench.names import WORDS

    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _item_id(session_id: int, position: int) -> int:
    return (session_id - 1) * len(DAY) + position + 1


def fill_agenda(session: Session, rng: random.Random, plan: Plan,
                network: Network) -> dict[str, int]:
    items, presenters, groups, members = [], [], [], []
    per = min(plan.agenda_per_session, len(DAY))
    group_id = 0
    for sid, cid, _starts, _ends in network.sessions:
        cohort = network.cohort_members[cid]
        for pos, (kind, minutes, title) in enumerate(DAY[:per]):
            iid = _item_id(sid, pos)
            items.append({
                "id": iid, "session_id": sid, "position": pos, "day": 1, "kind": kind,
                "title": title, "description": _sentence(rng, 12) if kind != "break" else "",
                "duration_minutes": minutes,
                "pinned_time": dt.time(12, 0) if kind == "meal" else None,
                "room": "Main hall" if kind != "breakout" else "", "materials": "",
            })
            if kind in ("presentation", "panel", "welcome"):
                for n in range(3 if kind == "panel" else 1):
                    named = rng.random() < 0.85
                    presenters.append({
                        "item_id": iid, "position": n,
                        "person_id": rng.choice(cohort) if named else None,
                        "placeholder": "" if named else "TBD — speaker from a partner city",
                        "role": "panelist" if kind == "panel" else "presenter",
                    })
            if kind == "breakout":
                # Named groups everywhere; members only in the flagship session, whose
                # 500 attendees are split into ten groups.
                count = 10 if sid == network.flagship_session else 4
                for g in range(count):
                    group_id += 1
                    groups.append({"id": group_id, "item_id": iid, "position": g,
                                   "name": f"Group {g + 1}", "room": f"Room {101 + g}",
                                   "facilitator_id": cohort[0]})
                    if sid == network.flagship_session:
                        members += [{"group_id": group_id, "person_id": pid}
                                    for pid in cohort[g::count]]
    return {
        "agenda_item": write_rows(session, _t("agenda_item"), items),
        "agenda_presenter": write_rows(session, _t("agenda_presenter"), presenters),
        "breakout_group": write_rows(session, _t("breakout_group"), groups),
        "breakout_member": write_rows(session, _t("breakout_member"), members),
    }


def _trimmed_rosters(plan: Plan, network: Network) -> list[tuple[int, int, list[int]]]:
    """Each session's invitees (its cohort's members), trimmed to the planned total of rows.

    Rows are dropped from the newest sessions of the non-flagship cohorts."""
    rosters = [(sid, cid, list(network.cohort_members[cid]))
               for sid, cid, _s, _e in network.sessions]
    excess = sum(len(r) for _s, _c, r in rosters) - plan.attendance
    for _sid, cid, roster in reversed(rosters):
        if excess <= 0:
            break
        if cid == 1:
            continue
        drop = min(excess, len(roster) - 1)
        del roster[len(roster) - drop:]
        excess -= drop
    return rosters


def fill_attendance(session: Session, rng: random.Random, plan: Plan,
                    network: Network) -> dict[str, int]:
    starts_of = {sid: starts for sid, _c, starts, _e in network.sessions}
    held_before = dt.datetime(2025, 6, 1)

    def rows() -> Any:
        for sid, _cid, roster in _trimmed_rosters(plan, network):
            starts = starts_of[sid]
            held = starts < held_before
            for pid in roster:
                roll = rng.random()
                status = ("registered" if roll < 0.8 else "declined" if roll < 0.9
                          else "invited" if roll < 0.97 else "waitlisted")
                if sid == network.flagship_session:
                    status = "registered"  # the packet and badge figures print all 500
                state, mode, checked, source = None, "", None, ""
                if held and status == "registered":
                    state = rng.choice(("present", "present", "present", "late", "left_early",
                                        "absent_unexcused"))
                    mode = "in_person" if rng.random() < 0.7 else "remote"
                    source = "check_in" if mode == "in_person" else "zoom"
                    if state != "absent_unexcused" and mode == "in_person":
                        checked = starts + dt.timedelta(minutes=rng.randint(-20, 40))
                elif held and status == "declined":
                    state, source = "absent_excused", "manual"
                yield {"session_id": sid, "person_id": pid, "status": status, "attendance": state,
                       "mode": mode, "checked_in_at": checked, "walk_in": False,
                       "minutes": rng.randint(20, 90) if mode == "remote" else None,
                       "source": source, "note": ""}

    return {"registration": write_rows(session, _t("registration"), rows())}


def fill_notes(session: Session, rng: random.Random, plan: Plan,
               network: Network) -> dict[str, int]:
    kinds = ("minutes", "minutes", "observation", "decision", "reflection")
    sessions = network.sessions

    def rows() -> Any:
        for n in range(plan.notes):
            sid, cid, starts, _ends = sessions[n % len(sessions)]
            members = network.cohort_members[cid]
            on_item = rng.random() < 0.5
            at = starts + dt.timedelta(minutes=rng.randint(0, 480))
            body = "\n".join(rng.choice(MARKDOWN) + _sentence(rng, rng.randint(8, 20))
                             for _ in range(rng.randint(1, 5)))
            yield {"session_id": sid,
                   "agenda_item_id": _item_id(sid, rng.randrange(len(DAY))) if on_item else None,
                   "kind": rng.choice(kinds), "author_id": members[min(1, len(members) - 1)],
                   "body": body, "created_at": at, "edited_at": at}

    if table("agenda_item") is None:
        raise RuntimeError("notes need the agenda items")
    return {"note": write_rows(session, _t("note"), rows())}


def fill_actions(session: Session, rng: random.Random, plan: Plan,
                 network: Network) -> dict[str, int]:
    by_cohort: dict[int, list[int]] = {}
    for sid, cid, _s, _e in network.sessions:
        by_cohort.setdefault(cid, []).append(sid)
    sessions = network.sessions
    held_before = dt.datetime(2025, 6, 1)

    def rows() -> Any:
        for n in range(plan.actions):
            sid, cid, starts, _ends = sessions[n % len(sessions)]
            later = [s for s in by_cohort[cid] if s > sid]
            roll = rng.random()
            status = "open" if roll < 0.4 or starts >= held_before else (
                "done" if roll < 0.9 else "dropped")
            closed = later[0] if status == "done" and later else None
            yield {"raised_session_id": sid, "closed_session_id": closed,
                   "description": _sentence(rng, rng.randint(6, 14)),
                   "owner_id": rng.choice(network.cohort_members[cid]),
                   "due_on": (starts + dt.timedelta(days=rng.randint(14, 60))).date(),
                   "status": status, "created_at": starts + dt.timedelta(hours=7)}

    return {"action_item": write_rows(session, _t("action_item"), rows())}


def _t(name: str) -> Table:
    found = table(name)
    assert found is not None, name
    return found


SECTIONS: tuple[Section, ...] = (
    Section("agenda", ("agenda_item", "agenda_presenter", "breakout_group", "breakout_member"),
            fill_agenda),
    Section("attendance", ("registration",), fill_attendance),
    Section("notes", ("note", "agenda_item"), fill_notes),
    Section("action items", ("action_item",), fill_actions),
)
