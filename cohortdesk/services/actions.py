"""Action items (next steps): who does what, by when, carried from one session to the next.

An item is raised in a session and may be closed (done or dropped) in a later one. It is
*carried into* session S when it was raised in an earlier session of the same cohort and was
still open when S began: it is open now, or it was closed in S or later. Sessions are ordered
by start time (sessions without one last), then by id.

Read API (frozen dataclasses):
    open_items_for_session(store, session_id) -> tuple[OwnerGroup]   # carried in, by owner
        OwnerGroup: owner_id, owner_name, jurisdiction, items: tuple[ActionRecord]
    carried_into(store, session_id) -> tuple[ActionRecord]            # sorted by due date
    raised_in(store, session_id) -> tuple[ActionRecord]
    get_action(store, action_id) -> ActionRecord
        ActionRecord: id, description, owner_id, owner_name, owner_jurisdiction, due_on,
        status, raised_session_id/_title, closed_session_id/_title, is_overdue(today)
    next_steps(store, *, cohort_id=None, open_only=False, owner=None, jurisdiction=None)
        -> tuple[ActionRecord], soonest due first, undated last. `owner`: a person id, or
        NO_OWNER for unassigned items; `jurisdiction`: exactly "Tacoma, WA". An unknown cohort
        raises NotFoundError.
    list_actions(store, *, cohort_id=None, open_only=False, today=None, owner=None,
                 jurisdiction=None) -> RowSet
        columns: id, Due, Description, Owner ("Unassigned" when none), Jurisdiction, Status
        (label), Raised in, Closed in, Overdue ("Overdue" or "")
    filter_choices(store, *, cohort_id=None, open_only=False)
        -> (owners: [(person id or NO_OWNER, name)], jurisdictions: [str]) of those items
    sessions_in_order(session, cohort_id) -> list[int]

Edits (each one undoable step):
    add_action(store, session_id, data) -> int
    update_action(store, action_id, data, *, closing_session_id=None)
    set_status(store, action_id, status, *, closing_session_id=None)
    delete_action(store, action_id)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Literal, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from cohortdesk.domain.agenda import ActionStatus
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import jurisdiction as jurisdiction_of
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import clean, fold
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Organization, Person
from cohortdesk.store.models.agenda import ActionItem

COLUMNS = ("id", "Due", "Description", "Owner", "Jurisdiction", "Status", "Raised in",
           "Closed in", "Overdue")
UNASSIGNED = "Unassigned"
NO_OWNER: Final = "unassigned"
OwnerFilter = int | Literal["unassigned"] | None


@dataclass(frozen=True)
class ActionData:
    description: str = ""
    owner_id: int | None = None
    due_on: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True)
class ActionRecord(ActionData):
    id: int = 0
    owner_name: str = ""
    owner_jurisdiction: str = ""
    owner_organization: str = ""
    raised_session_id: int = 0
    raised_session_title: str = ""
    closed_session_id: int | None = None
    closed_session_title: str = ""

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status == ActionStatus.OPEN and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class OwnerGroup:
    owner_id: int | None
    owner_name: str
    jurisdiction: str
    items: tuple[ActionRecord, ...]


def sessions_in_order(session: Session, cohort_id: int) -> list[int]:
    rows = session.execute(
        select(CohortSession.id, CohortSession.starts_at)
        .where(CohortSession.cohort_id == cohort_id)
    ).all()
    return [sid for sid, _ in sorted(rows, key=lambda r: (r[1] is None, r[1] or dt.datetime.min,
                                                           r[0]))]


def _query() -> Select:
    raised = aliased(CohortSession)
    closed = aliased(CohortSession)
    return (
        select(ActionItem, Person.given_name, Person.family_name, Person.preferred_name,
               Organization.name, Organization.kind, Organization.city, Organization.state_region,
               raised.title, closed.title, raised.cohort_id)
        .join(raised, raised.id == ActionItem.raised_session_id)
        .outerjoin(closed, closed.id == ActionItem.closed_session_id)
        .outerjoin(Person, Person.id == ActionItem.owner_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
    )


# A row of _query(): the outer joins leave the owner's and the closing session's columns nullable.
_ActionRow = tuple[ActionItem, str | None, str | None, str | None, str | None, str | None,
                   str | None, str | None, str, str | None, int]


def _records(session: Session, stmt: Select) -> list[ActionRecord]:
    out = []
    for a, given, family, preferred, org, kind, city, state, raised_title, closed_title, _c in (
            cast("Iterable[_ActionRow]", session.execute(stmt))):
        owner = (person_display_name(given or "", family or "", preferred or "")
                 if a.owner_id else "")
        out.append(ActionRecord(
            description=a.description, owner_id=a.owner_id, due_on=a.due_on,
            status=ActionStatus(a.status), id=a.id, owner_name=owner,
            owner_jurisdiction=jurisdiction_of(org, kind, city, state),
            owner_organization=org or "", raised_session_id=a.raised_session_id,
            raised_session_title=raised_title, closed_session_id=a.closed_session_id,
            closed_session_title=closed_title or ""))
    return out


def _by_due(records: Sequence[ActionRecord]) -> list[ActionRecord]:
    return sorted(records, key=lambda r: (r.due_on is None, r.due_on or dt.date.max, r.id))


def _session_row(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def carried_into(store: Store, session_id: int) -> tuple[ActionRecord, ...]:
    with store.read() as session:
        row = _session_row(session, session_id)
        order = sessions_in_order(session, row.cohort_id)
        at = order.index(session_id)
        earlier, this_or_later = order[:at], set(order[at:])
        if not earlier:
            return ()
        stmt = _query().where(ActionItem.raised_session_id.in_(earlier))
        found = [r for r in _records(session, stmt)
                 if r.status == ActionStatus.OPEN or r.closed_session_id in this_or_later]
    return tuple(_by_due(found))


def open_items_for_session(store: Store, session_id: int) -> tuple[OwnerGroup, ...]:
    """The items carried into the session, grouped by owner (by name; unassigned last)."""
    groups: dict[int | None, list[ActionRecord]] = {}
    for record in carried_into(store, session_id):
        groups.setdefault(record.owner_id, []).append(record)
    out = [OwnerGroup(owner, items[0].owner_name or UNASSIGNED, items[0].owner_jurisdiction,
                      tuple(items)) for owner, items in groups.items()]
    return tuple(sorted(out, key=lambda g: (g.owner_id is None, fold(g.owner_name))))


def raised_in(store: Store, session_id: int) -> tuple[ActionRecord, ...]:
    with store.read() as session:
        _session_row(session, session_id)
        stmt = _query().where(ActionItem.raised_session_id == session_id).order_by(ActionItem.id)
        return tuple(_records(session, stmt))


def get_action(store: Store, action_id: int) -> ActionRecord:
    with store.read() as session:
        found = _records(session, _query().where(ActionItem.id == action_id))
    if not found:
        raise NotFoundError("That action item is no longer in this workspace.")
    return found[0]


def _in_cohort(store: Store, cohort_id: int | None,
               open_only: bool) -> list[ActionRecord]:
    with store.read() as session:
        stmt = _query()
        if cohort_id is not None:
            if session.get(Cohort, cohort_id) is None:
                raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
            stmt = stmt.where(ActionItem.raised_session_id.in_(
                sessions_in_order(session, cohort_id)))
        if open_only:
            stmt = stmt.where(ActionItem.status == ActionStatus.OPEN.value)
        return _by_due(_records(session, stmt))


def next_steps(store: Store, *, cohort_id: int | None = None, open_only: bool = False,
               owner: OwnerFilter = None,
               jurisdiction: str | None = None) -> tuple[ActionRecord, ...]:
    """Action items of a cohort (or all), soonest due first, filtered exactly by owner
    (a person id, or NO_OWNER) and by the owner's jurisdiction."""
    records = _in_cohort(store, cohort_id, open_only)
    if owner == NO_OWNER:
        records = [r for r in records if r.owner_id is None]
    elif owner is not None:
        records = [r for r in records if r.owner_id == owner]
    if jurisdiction is not None:
        records = [r for r in records if r.owner_jurisdiction == jurisdiction]
    return tuple(records)


def filter_choices(store: Store, *, cohort_id: int | None = None, open_only: bool = False,
                   ) -> tuple[list[tuple[int | str, str]], list[str]]:
    """The owners (by name, unassigned last) and jurisdictions of those items, to filter by."""
    records = _in_cohort(store, cohort_id, open_only)
    owners: dict[int | str, str] = {}
    for r in records:
        owners[r.owner_id if r.owner_id is not None else NO_OWNER] = r.owner_name or UNASSIGNED
    ordered = sorted(owners.items(), key=lambda o: (o[0] == NO_OWNER, fold(o[1])))
    places = sorted({r.owner_jurisdiction for r in records if r.owner_jurisdiction}, key=fold)
    return ordered, places


def list_actions(store: Store, *, cohort_id: int | None = None, open_only: bool = False,
                 today: dt.date | None = None, owner: OwnerFilter = None,
                 jurisdiction: str | None = None) -> RowSet:
    """Rows for the Next steps view: sorted by due date, undated last."""
    today = today or dt.date.today()
    rows, keys = [], []
    for r in next_steps(store, cohort_id=cohort_id, open_only=open_only, owner=owner,
                        jurisdiction=jurisdiction):
        name = r.owner_name or UNASSIGNED
        rows.append((r.id, r.due_on, r.description, name, r.owner_jurisdiction,
                     r.status, r.raised_session_title, r.closed_session_title,
                     "Overdue" if r.is_overdue(today) else ""))
        keys.append(fold(f"{r.description}\t{name}\t{r.owner_jurisdiction}"))
    return RowSet(COLUMNS, rows, keys)


def _validate(session: Session, data: ActionData) -> ActionData:
    description = clean(data.description)
    if not description:
        raise ValidationError("description", "Say what is to be done.")
    if data.owner_id is not None and session.get(Person, data.owner_id) is None:
        raise ValidationError("owner_id", "That person is no longer in this workspace.")
    try:
        status = ActionStatus(data.status)
    except ValueError:
        raise ValidationError("status", f"“{data.status}” is not a status.") from None
    return dataclasses.replace(data, description=description, status=status)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def add_action(store: Store, session_id: int, data: ActionData, *,
               source: object | None = None) -> int:
    with store.change(f"Add Action Item {_short(data.description)}", source=source) as session:
        _session_row(session, session_id)
        cleaned = _validate(session, data)
        row = ActionItem(raised_session_id=session_id, description=cleaned.description,
                         owner_id=cleaned.owner_id, due_on=cleaned.due_on,
                         status=cleaned.status.value,
                         created_at=dt.datetime.now(dt.UTC).replace(tzinfo=None))
        if cleaned.status != ActionStatus.OPEN:
            row.closed_session_id = session_id
        session.add(row)
        session.flush()
        return row.id


def _set_status(row: ActionItem, status: ActionStatus, closing_session_id: int | None) -> None:
    if status == ActionStatus.OPEN:
        row.closed_session_id = None
    elif row.status != status.value or row.closed_session_id is None:
        row.closed_session_id = closing_session_id
    row.status = status.value


def update_action(store: Store, action_id: int, data: ActionData, *,
                  closing_session_id: int | None = None, source: object | None = None) -> None:
    with store.change(f"Edit Action Item {_short(data.description)}", source=source) as session:
        row = _get(session, action_id)
        cleaned = _validate(session, data)
        row.description, row.owner_id, row.due_on = (cleaned.description, cleaned.owner_id,
                                                     cleaned.due_on)
        _set_status(row, cleaned.status, closing_session_id)


def set_status(store: Store, action_id: int, status: ActionStatus | str, *,
               closing_session_id: int | None = None, source: object | None = None) -> None:
    """Mark done/dropped (closed in `closing_session_id`, if given) or reopen."""
    status = ActionStatus(status)
    verb = {"open": "Reopen", "done": "Complete", "dropped": "Drop"}[status.value]
    with store.read() as session:
        text = _get(session, action_id).description
    with store.change(f"{verb} Action Item {_short(text)}", source=source) as session:
        _set_status(_get(session, action_id), status, closing_session_id)


def delete_action(store: Store, action_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        text = _get(session, action_id).description
    with store.change(f"Delete Action Item {_short(text)}", source=source) as session:
        session.delete(_get(session, action_id))


def _get(session: Session, action_id: int) -> ActionItem:
    row = session.get(ActionItem, action_id)
    if row is None:
        raise NotFoundError("That action item is no longer in this workspace.")
    return row
