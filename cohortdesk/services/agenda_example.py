"""The example network's agendas, notes, action items and agenda templates.

Read from resources/example/agenda.json and added inside the example network's own change
(`services/example.py` calls `example_data` through its EXTENSIONS list).

The data describes the network on its `as_of` day (resources/example/network.json): the
kickoff is held, the roundtable is coming up and the webinar is planned. So notes and action
items belong to the kickoff only; items closed since were closed between sessions (no closing
session); most open ones fall due after that day and a couple are overdue.
tests/test_agenda_example.py checks this.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from cohortdesk import paths
from cohortdesk.services import agenda_templates
from cohortdesk.store.models import CohortSession
from cohortdesk.store.models.agenda import ActionItem, AgendaDay, AgendaItem, Note


def example_file() -> Path:
    return paths.resources_dir() / "example" / "agenda.json"


def _with_ids(items: list[dict[str, Any]], people: dict[str, int]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        d = dict(item)
        d["presenters"] = [
            {"role": p["role"], "person_id": people[p["person"]] if p.get("person") else None,
             "placeholder": p.get("placeholder", "")}
            for p in item.get("presenters", [])
        ]
        d["groups"] = [
            {"name": g["name"], "room": g.get("room", ""),
             "facilitator_id": people[g["facilitator"]] if g.get("facilitator") else None,
             "members": [people[k] for k in g.get("members", [])]}
            for g in item.get("groups", [])
        ]
        out.append(d)
    return out


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def example_data(session: Session, _network: dict[str, Any], **ids: Any) -> None:
    from cohortdesk.services.example import localized

    data: dict[str, Any] = localized(json.loads(example_file().read_text(encoding="utf-8")))
    people: dict[str, int] = ids["people"]
    sessions: dict[str, int] = ids["sessions"]
    for key, spec in data["agendas"].items():
        sid = sessions[key]
        for day in spec.get("days", []):
            session.add(AgendaDay(session_id=sid, number=day["day"], start_time=_time(
                day.get("start")), end_time=_time(day.get("end"))))
        agenda_templates.copy_rows(session, sid, _with_ids(spec["items"], people))
    for t in data["templates"]:
        agenda_templates.add_template(session, t["name"], t["description"], t["items"],
                                      t.get("days", ()))
    session.flush()
    for n in data["notes"]:
        sid = sessions[n["session"]]
        item_id = None
        if n.get("item"):
            item_id = session.query(AgendaItem.id).filter(
                AgendaItem.session_id == sid, AgendaItem.title == n["item"]).scalar()
        zone = ZoneInfo(session.get(CohortSession, sid).time_zone)  # type: ignore[union-attr]
        at = dt.datetime.fromisoformat(n["at"]).replace(tzinfo=zone).astimezone(dt.UTC)
        at = at.replace(tzinfo=None)
        session.add(Note(session_id=sid, agenda_item_id=item_id, kind=n["kind"],
                         author_id=people[n["author"]], body=n["body"], created_at=at,
                         edited_at=at))
    for a in data["actions"]:
        session.add(ActionItem(
            raised_session_id=sessions[a["raised"]],
            closed_session_id=sessions[a["closed"]] if a.get("closed") else None,
            description=a["description"], owner_id=people[a["owner"]] if a["owner"] else None,
            due_on=dt.date.fromisoformat(a["due"]) if a["due"] else None, status=a["status"],
            created_at=dt.datetime(2025, 10, 15, 16, 0)))
