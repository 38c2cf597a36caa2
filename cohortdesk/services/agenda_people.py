"""Who is on an agenda item: presenters (people or placeholders) and breakout groups.

Edits (each one undoable step; read them back through `agenda.timed_agenda`):
    add_presenter(store, item_id, *, person_id=None, placeholder="", role) -> int
    update_presenter(store, presenter_id, *, person_id, placeholder, role)
    remove_presenter(store, presenter_id)
    add_group(store, item_id, name, *, room="", facilitator_id=None, members=()) -> int
    update_group(store, group_id, name, *, room, facilitator_id, members=None)
    delete_group(store, group_id)
    set_group_members(store, group_id, person_ids)
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.agenda import PresenterRole
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.text import clean
from cohortdesk.services.agenda import item_row
from cohortdesk.store import Store
from cohortdesk.store.models import Person
from cohortdesk.store.models.agenda import AgendaPresenter, BreakoutGroup, BreakoutMember

# -- presenters ---------------------------------------------------------------------------


def _check_presenter(session: Session, person_id: int | None, placeholder: str,
                     role: PresenterRole | str) -> tuple[str, PresenterRole]:
    text = clean(placeholder)
    if person_id is None and not text:
        raise ValidationError("person_id", "Choose a person, or describe the placeholder "
                                           "(“TBD — speaker from a partner city”).")
    if person_id is not None and session.get(Person, person_id) is None:
        raise ValidationError("person_id", "That person is no longer in this workspace.")
    try:
        return text, PresenterRole(role)
    except ValueError:
        raise ValidationError("role", f"“{role}” is not a presenter role.") from None


def add_presenter(store: Store, item_id: int, *, person_id: int | None = None,
                  placeholder: str = "", role: PresenterRole | str = PresenterRole.PRESENTER,
                  source: object | None = None) -> int:
    with store.change("Add Presenter", source=source) as session:
        item_row(session, item_id)
        text, prole = _check_presenter(session, person_id, placeholder, role)
        count = session.scalar(select(func.count()).where(AgendaPresenter.item_id == item_id))
        row = AgendaPresenter(item_id=item_id, person_id=person_id, placeholder=text,
                              role=prole.value, position=int(count or 0))
        session.add(row)
        session.flush()
        return row.id


def update_presenter(store: Store, presenter_id: int, *, person_id: int | None,
                     placeholder: str = "", role: PresenterRole | str = PresenterRole.PRESENTER,
                     source: object | None = None) -> None:
    with store.change("Edit Presenter", source=source) as session:
        row = session.get(AgendaPresenter, presenter_id)
        if row is None:
            raise NotFoundError("That presenter is no longer on the agenda.")
        text, prole = _check_presenter(session, person_id, placeholder, role)
        row.person_id, row.placeholder, row.role = person_id, text, prole.value


def remove_presenter(store: Store, presenter_id: int, *, source: object | None = None) -> None:
    with store.change("Remove Presenter", source=source) as session:
        row = session.get(AgendaPresenter, presenter_id)
        if row is not None:
            session.delete(row)


# -- breakout groups ---------------------------------------------------------------------


def group_name(name: str) -> str:
    """A breakout group's name as saved; refused when blank (a dialog checks before closing)."""
    name = clean(name)
    if not name:
        raise ValidationError("name", "Name the breakout group.")
    return name


def add_group(store: Store, item_id: int, name: str, *, room: str = "",
              facilitator_id: int | None = None, members: Iterable[int] = (),
              source: object | None = None) -> int:
    name = group_name(name)
    with store.change(f"Add Breakout Group {name}", source=source) as session:
        item_row(session, item_id)
        count = session.scalar(select(func.count()).where(BreakoutGroup.item_id == item_id))
        row = BreakoutGroup(item_id=item_id, name=name, room=clean(room),
                            facilitator_id=facilitator_id, position=int(count or 0))
        session.add(row)
        session.flush()
        _set_members(session, row.id, members)
        return row.id


def update_group(store: Store, group_id: int, name: str, *, room: str = "",
                 facilitator_id: int | None = None, members: Iterable[int] | None = None,
                 source: object | None = None) -> None:
    """Rename, move, re-facilitate a group and (unless `members` is None) reassign it."""
    name = group_name(name)
    with store.change(f"Edit Breakout Group {name}", source=source) as session:
        row = _group(session, group_id)
        row.name, row.room, row.facilitator_id = name, clean(room), facilitator_id
        if members is not None:
            _set_members(session, group_id, members)


def delete_group(store: Store, group_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _group(session, group_id).name
    with store.change(f"Delete Breakout Group {name}", source=source) as session:
        session.delete(_group(session, group_id))


def _group(session: Session, group_id: int) -> BreakoutGroup:
    row = session.get(BreakoutGroup, group_id)
    if row is None:
        raise NotFoundError("That breakout group is no longer on the agenda.")
    return row


def set_group_members(store: Store, group_id: int, person_ids: Iterable[int], *,
                      source: object | None = None) -> None:
    with store.read() as session:
        name = _group(session, group_id).name
    with store.change(f"Assign Breakout Group {name}", source=source) as session:
        _group(session, group_id)
        _set_members(session, group_id, person_ids)


def _set_members(session: Session, group_id: int, person_ids: Iterable[int]) -> None:
    wanted = list(dict.fromkeys(person_ids))
    current = {m.person_id: m for m in session.scalars(
        select(BreakoutMember).where(BreakoutMember.group_id == group_id))}
    for pid, member in current.items():
        if pid not in wanted:
            session.delete(member)
    for pid in wanted:
        if pid not in current:
            if session.get(Person, pid) is None:
                raise ValidationError("members", "A chosen person is no longer here.")
            session.add(BreakoutMember(group_id=group_id, person_id=pid))
