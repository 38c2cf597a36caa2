"""The fictional example network, loaded from resources/example/network.json in one change."""

from __future__ import annotations

import datetime as dt
import json
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, func, select, text
from sqlalchemy.orm import Session

from cohortdesk import paths
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.store import Store
from cohortdesk.store.models import Base, Cohort, CohortSession, Membership, Organization, Person

LABEL = "Load Example Network"
EXAMPLE_LANGUAGES = ("en", "es")
# The language of the load under way: areas' example data pass their JSON through localized().
_language: ContextVar[str] = ContextVar("example_language", default="en")


def example_file() -> Path:
    return paths.resources_dir() / "example" / "network.json"


def example_as_of() -> dt.date:
    """The day the example data describes: the kickoff is held, the roundtable is coming up."""
    data = json.loads(example_file().read_text(encoding="utf-8"))
    return dt.date.fromisoformat(data["as_of"])


def localized(data: Any) -> Any:
    """`data` (parsed example JSON) with the texts staff would type in the language of the load
    under way (resources/example/<language>.json); names and places stay as they are."""
    language = _language.get()
    if language == "en":
        return data
    table = _strings(language)

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return table.get(value, value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    return walk(data)


def _strings(language: str) -> dict[str, str]:
    path = paths.resources_dir() / "example" / f"{language}.json"
    strings: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))["strings"]
    return strings


def load_example_network(store: Store, *, today: dt.date | None = None,
                         language: str = "en") -> int:
    """Add the example network and return its cohort id. Refused if it is already loaded.

    Its dates move forward (or back) by whole weeks so that, seen `today`, the network is
    where it was on its `as_of` day: a held kickoff, a roundtable coming up, actions not yet
    due. Whole weeks keep a Tuesday convening on a Tuesday.
    """
    if language not in EXAMPLE_LANGUAGES:
        raise CohortDeskError(f"The example network comes in English (en) or Spanish (es), "
                              f"not “{language}”.")
    token = _language.set(language)
    try:
        return _load(store, today, language)
    finally:
        _language.reset(token)


def _load(store: Store, today: dt.date | None, language: str) -> int:
    data: dict[str, Any] = localized(json.loads(example_file().read_text(encoding="utf-8")))
    days = ((today or dt.date.today()) - dt.date.fromisoformat(data["as_of"])).days
    shift = 7 * (days // 7)
    with store.change(LABEL) as session:
        already = session.scalar(select(func.count()).where(Cohort.program == data["program"]))
        if already:
            raise CohortDeskError("The example network is already in this workspace.")
        before = _max_ids(session)
        orgs: dict[str, int] = {}
        for o in data["organizations"]:
            org = Organization(name=o["name"], kind=o["kind"], city=o["city"], state_region=o["state_region"])
            session.add(org)
            session.flush()
            orgs[o["key"]] = org.id
        c = data["cohort"]
        start = dt.date.fromisoformat(c["start_date"])
        # Named for the years it will run once its dates have moved ("Inaugural Cohort 2026–2027").
        years = f"{(start + dt.timedelta(days=shift)).year}–" \
            f"{(dt.date.fromisoformat(c['end_date']) + dt.timedelta(days=shift)).year}"
        cohort = Cohort(program=data["program"], name=f"{c['name']} {years}", start_date=start,
                        end_date=dt.date.fromisoformat(c["end_date"]),
                        description=c["description"], goals=c["goals"])
        session.add(cohort)
        session.flush()
        people: dict[str, int] = {}
        for p in data["people"]:
            person = Person(
                given_name=p["given_name"], family_name=p["family_name"],
                preferred_name=p.get("preferred_name", ""), pronouns=p.get("pronouns", ""),
                title=p.get("title", ""), organization_id=orgs.get(p["org"]) if p["org"] else None,
                email=p["email"] or None, phone=p.get("phone", ""), bio=p.get("bio", ""),
                access_needs=p.get("access_needs", ""), dietary_needs=p.get("dietary_needs", ""),
                consent_share_contact=p["consent"], internal_notes=p.get("internal_notes", ""),
            )
            session.add(person)
            session.flush()
            people[p["key"]] = person.id
            session.add(Membership(cohort_id=cohort.id, person_id=person.id, role=p["role"],
                                   stage="active", started_on=start))
        sessions: dict[str, int] = {}
        for s in data["sessions"]:
            row = CohortSession(
                cohort_id=cohort.id, title=s["title"], format=s["format"], time_zone=s["time_zone"],
                starts_at=dt.datetime.fromisoformat(s["starts_at"]),
                ends_at=dt.datetime.fromisoformat(s["ends_at"]), venue=s.get("venue", ""),
                meeting_link=s.get("meeting_link", ""), objectives=s["objectives"],
                description=s.get("description", ""), status=s["status"],
                document_language=language,
            )
            session.add(row)
            session.flush()
            sessions[s["key"]] = row.id
        session.flush()
        _extend(session, data, people=people, sessions=sessions, orgs=orgs, cohort_id=cohort.id)
        if shift:
            _shift_dates(session, before, shift)
        return cohort.id


def _max_ids(session: Session) -> dict[str, int]:
    found = {}
    for table in Base.metadata.sorted_tables:
        if "id" in table.c:
            found[table.name] = int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)
    return found


def _shift_dates(session: Session, before: dict[str, int], days: int) -> None:
    """Move every date and time of the rows this load added (id above the old maximum)."""
    for table in Base.metadata.sorted_tables:
        if table.name not in before:
            continue
        for column in table.c:
            if isinstance(column.type, DateTime):
                fn = "datetime"
            elif isinstance(column.type, Date):
                fn = "date"
            else:
                continue
            session.execute(
                text(f'UPDATE "{table.name}" SET "{column.name}" = {fn}("{column.name}", :offset) '
                     f'WHERE id > :after AND "{column.name}" IS NOT NULL'),
                {"offset": f"{days:+d} days", "after": before[table.name]},
            )


def _extend(session: Any, data: dict[str, Any], **ids: Any) -> None:
    """Later areas (agendas, attendance, frameworks) add their example data here.

    Each area contributes a function `example_data(session, data, **ids)` in its service module,
    listed in EXTENSIONS below, reading its own keys from network.json.
    """
    import importlib

    for module_name in EXTENSIONS:
        module = importlib.import_module(module_name)
        module.example_data(session, data, **ids)


# Service modules that contribute example data; each defines example_data(session, data, **ids).
EXTENSIONS: list[str] = [
    "cohortdesk.services.agenda_example",
    "cohortdesk.services.attendance",
    "cohortdesk.services.results",
]
