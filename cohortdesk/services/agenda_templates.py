"""Named agenda templates: save a session's agenda for reuse, and apply one to a session.

A template keeps each item's day, kind, title, description, duration, pinned time, room,
materials, presenter roles (named people become "TBD" placeholders: a template is not about
who) and breakout group names, and each day's own start and end clock times.

Stored JSON (`AgendaTemplate.items`): {"items": [item dicts], "days": [{"day", "start", "end"}]}.
Templates saved before day times were kept hold the bare list of item dicts; both are read.

A copy or a template carries the day times a session set for itself (the Agenda tab's Day
times): replacing an agenda replaces them; adding to one fills only the days it has not set.

API:
    copy_agenda(store, from_session_id, to_session_id, *, replace=True) -> int (items copied)
    list_templates(store) -> tuple[TemplateRecord]      # id, name, description, item_count,
                                                        # total_minutes, days
    save_template(store, session_id, name, *, description="", replace=False) -> int
    template_exists(store, name) -> bool
    apply_template(store, template_id, session_id, *, replace=True) -> int (items added)
    delete_template(store, template_id)
    add_template(session, name, description, items, days=())  # inside a change (example data)
    item_dicts(session, session_id) / copy_rows(session, session_id, items)  # inside a change
    day_dicts(session, session_id) / copy_days(session, session_id, days, replace=...)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cohortdesk.domain.agenda import AgendaItemKind, PresenterRole
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.text import clean
from cohortdesk.domain.validation import refusal
from cohortdesk.services.agenda import (
    ItemData,
    apply_item,
    keep_notes,
    ordered_items,
    renumber,
    session_row,
    validate_item,
)
from cohortdesk.store import Store
from cohortdesk.store.models import CohortSession, Person
from cohortdesk.store.models.agenda import (
    AgendaDay,
    AgendaItem,
    AgendaPresenter,
    AgendaTemplate,
    BreakoutGroup,
    BreakoutMember,
)

# A template name in use (ValidationError key "templates: name taken").
NAME_TAKEN = "There is already a template named “{name}”."


@dataclass(frozen=True)
class TemplateRecord:
    id: int
    name: str
    description: str
    item_count: int
    total_minutes: int
    days: int


# -- copying agendas -------------------------------------------------------------------------------


def copy_rows(session: Session, to_session_id: int, items: Sequence[dict[str, Any]]) -> int:
    """Append items (as produced by `item_dicts`) to a session's agenda inside a change."""
    start = len(ordered_items(session, to_session_id))
    for offset, d in enumerate(items):
        data = validate_item(ItemData(
            title=d["title"], kind=AgendaItemKind(d.get("kind", "other")),
            duration_minutes=int(d.get("duration_minutes", 30)),
            description=d.get("description", ""),
            pinned_time=dt.time.fromisoformat(d["pinned_time"]) if d.get("pinned_time") else None,
            room=d.get("room", ""), materials=d.get("materials", ""), day=int(d.get("day", 1))))
        row = AgendaItem(session_id=to_session_id, position=start + offset)
        apply_item(row, data)
        session.add(row)
        session.flush()
        for n, p in enumerate(d.get("presenters", [])):
            person = p.get("person_id")
            if person is not None and session.get(Person, person) is None:
                person = None
            text = p.get("placeholder", "") or ("" if person else "TBD")
            session.add(AgendaPresenter(item_id=row.id, position=n, person_id=person,
                                        placeholder=text, role=PresenterRole(p.get("role",
                                                                                   "presenter"))))
        for n, g in enumerate(d.get("groups", [])):
            group = BreakoutGroup(item_id=row.id, position=n, name=g["name"],
                                  room=g.get("room", ""), facilitator_id=g.get("facilitator_id"))
            session.add(group)
            session.flush()
            for pid in dict.fromkeys(g.get("members", [])):
                session.add(BreakoutMember(group_id=group.id, person_id=pid))
    renumber(sorted(ordered_items(session, to_session_id),
                     key=lambda i: (i.day, i.position, i.id)))
    return len(items)


def item_dicts(session: Session, session_id: int, *,
               with_people: bool = True) -> list[dict[str, Any]]:
    """A session's agenda as plain dicts: what a copy or a template carries."""
    out = []
    for i in ordered_items(session, session_id):
        presenters = session.scalars(select(AgendaPresenter).where(AgendaPresenter.item_id == i.id)
                                     .order_by(AgendaPresenter.position, AgendaPresenter.id))
        groups = session.scalars(select(BreakoutGroup).where(BreakoutGroup.item_id == i.id)
                                 .order_by(BreakoutGroup.position, BreakoutGroup.id))
        out.append({
            "day": i.day, "kind": i.kind, "title": i.title, "description": i.description,
            "duration_minutes": i.duration_minutes,
            "pinned_time": i.pinned_time.strftime("%H:%M") if i.pinned_time else None,
            "room": i.room, "materials": i.materials,
            "presenters": [
                {"role": p.role, "person_id": p.person_id if with_people else None,
                 "placeholder": p.placeholder}
                for p in presenters
            ],
            "groups": [
                {"name": g.name, "room": g.room,
                 "facilitator_id": g.facilitator_id if with_people else None,
                 "members": list(session.scalars(select(BreakoutMember.person_id)
                                                 .where(BreakoutMember.group_id == g.id)
                                                 .order_by(BreakoutMember.id)))
                 if with_people else []}
                for g in groups
            ],
        })
    return out


def clear_agenda(session: Session, session_id: int) -> None:
    keep_notes(session, session.scalars(select(AgendaItem.id)
                                        .where(AgendaItem.session_id == session_id)))
    session.execute(delete(AgendaItem).where(AgendaItem.session_id == session_id))


def _clock(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _parse_clock(text: Any) -> dt.time | None:
    if not text:
        return None
    try:
        return dt.time.fromisoformat(str(text)).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        return None


def day_dicts(session: Session, session_id: int) -> list[dict[str, Any]]:
    """The day times a session set for itself: [{"day": 2, "start": "08:30", "end": None}]."""
    rows = session.scalars(select(AgendaDay).where(AgendaDay.session_id == session_id)
                           .order_by(AgendaDay.number))
    return [{"day": d.number, "start": _clock(d.start_time), "end": _clock(d.end_time)}
            for d in rows if d.start_time or d.end_time]


def copy_days(session: Session, to_session_id: int, days: Sequence[dict[str, Any]], *,
              replace: bool) -> None:
    """Give a session the day times of a copied agenda or template, inside a change.

    Replacing: the session's own day times become the copied ones. Adding: only the days the
    session has not set for itself take the copied times."""
    existing = {d.number: d for d in session.scalars(
        select(AgendaDay).where(AgendaDay.session_id == to_session_id))}
    if replace:
        for row in existing.values():
            session.delete(row)
        session.flush()
        existing = {}
    for d in days:
        number = int(d.get("day", 0) or 0)
        start, end = _parse_clock(d.get("start")), _parse_clock(d.get("end"))
        if number < 1 or (start is None and end is None):
            continue
        if start is not None and end is not None and end <= start:
            end = None
        found = existing.get(number)
        if found is not None and (found.start_time or found.end_time):
            continue
        row = found or AgendaDay(session_id=to_session_id, number=number)
        if found is None:
            session.add(row)
        row.start_time, row.end_time = start, end


def copy_agenda(store: Store, from_session_id: int, to_session_id: int, *, replace: bool = True,
                source: object | None = None) -> int:
    """Copy another session's agenda (items, presenters, breakout groups); returns the count."""
    if from_session_id == to_session_id:
        raise ValidationError("from_session_id", "Choose a different session to copy from.")
    with store.read() as session:
        title = session_row(session, from_session_id).title
        session_row(session, to_session_id)
    with store.change(f"Copy Agenda from {title}", source=source) as session:
        items = item_dicts(session, from_session_id)
        days = day_dicts(session, from_session_id)
        if replace:
            clear_agenda(session, to_session_id)
        copy_days(session, to_session_id, days, replace=replace)
        return copy_rows(session, to_session_id, items)


# -- templates ---------------------------------------------------------------------------


def template_parts(stored: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(items, days) of a template's stored JSON, in either the current or the older form."""
    if isinstance(stored, dict):
        return list(stored.get("items") or []), list(stored.get("days") or [])
    return list(stored or []), []


def list_templates(store: Store) -> tuple[TemplateRecord, ...]:
    with store.read() as session:
        rows = session.scalars(select(AgendaTemplate).order_by(AgendaTemplate.name)).all()
        out = []
        for t in rows:
            items, _days = template_parts(t.items)
            out.append(TemplateRecord(
                t.id, t.name, t.description, len(items),
                sum(int(i.get("duration_minutes", 0)) for i in items),
                max((int(i.get("day", 1)) for i in items), default=1)))
        return tuple(out)


def template_exists(store: Store, name: str) -> bool:
    with store.read() as session:
        return session.scalar(select(AgendaTemplate.id).where(
            AgendaTemplate.name == clean(name))) is not None


def _template_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for i in items:
        item = dict(i)
        item["presenters"] = [
            {"role": p.get("role", "presenter"), "person_id": None,
             "placeholder": p.get("placeholder") or "TBD"}
            for p in i.get("presenters", [])
        ]
        item["groups"] = [{"name": g["name"], "room": g.get("room", ""), "facilitator_id": None,
                           "members": []} for g in i.get("groups", [])]
        out.append(item)
    return out


def _stored(items: list[dict[str, Any]], days: Sequence[dict[str, Any]]) -> dict[str, Any]:
    return {"items": _template_items(items),
            "days": [{"day": int(d["day"]), "start": d.get("start"), "end": d.get("end")}
                     for d in days]}


def add_template(session: Session, name: str, description: str,
                 items: list[dict[str, Any]], days: Sequence[dict[str, Any]] = ()) -> int:
    row = AgendaTemplate(name=name, description=description, items=_stored(items, days))
    session.add(row)
    session.flush()
    return row.id


def save_template(store: Store, session_id: int, name: str, *, description: str = "",
                  replace: bool = False, source: object | None = None) -> int:
    name = clean(name)
    if not name:
        raise ValidationError("name", "Name the template.")
    with store.change(f"Save Agenda Template {name}", source=source) as session:
        if session.get(CohortSession, session_id) is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        items = item_dicts(session, session_id, with_people=False)
        if not items:
            raise ValidationError("session_id", "This session has no agenda to save yet.")
        days = day_dicts(session, session_id)
        existing = session.scalar(select(AgendaTemplate).where(AgendaTemplate.name == name))
        if existing is not None:
            if not replace:
                raise refusal("name", "templates: name taken", NAME_TAKEN, name=name)
            existing.items = _stored(items, days)
            existing.description = clean(description) or existing.description
            return existing.id
        return add_template(session, name, clean(description), items, days)


def apply_template(store: Store, template_id: int, session_id: int, *, replace: bool = True,
                   source: object | None = None) -> int:
    with store.read() as session:
        template = _get(session, template_id)
        name = template.name
        items, days = template_parts(template.items)
    with store.change(f"Apply Agenda Template {name}", source=source) as session:
        if session.get(CohortSession, session_id) is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        if replace:
            clear_agenda(session, session_id)
        copy_days(session, session_id, days, replace=replace)
        return copy_rows(session, session_id, items)


def delete_template(store: Store, template_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _get(session, template_id).name
    with store.change(f"Delete Agenda Template {name}", source=source) as session:
        session.delete(_get(session, template_id))


def _get(session: Session, template_id: int) -> AgendaTemplate:
    row = session.get(AgendaTemplate, template_id)
    if row is None:
        raise NotFoundError("That agenda template is no longer in this workspace.")
    return row
