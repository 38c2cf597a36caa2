"""Technical assistance: a member's need, the partner organization that helps, and its status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.results import (
    AssistanceData,
    AssistanceRecord,
    AssistanceStatus,
    validate_assistance,
)
from cohortdesk.domain.text import fold
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, Membership, Organization, Person
from cohortdesk.store.models.results import AssistanceRequest

COLUMNS = ("id", "Member", "Need", "Partner", "Status", "Requested", "Started", "Closed", "Notes")

# The partner filter's value for requests that no partner has taken on yet.
NO_PARTNER = 0


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _validate(session: Session, cohort_id: int, data: AssistanceData) -> AssistanceData:
    cleaned = validate_assistance(data)
    if session.get(Cohort, cohort_id) is None:
        raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
    member = session.scalar(select(Membership.id).where(
        Membership.cohort_id == cohort_id, Membership.person_id == cleaned.person_id))
    if member is None:
        raise ValidationError("person_id", "This person is not a member of the cohort.")
    if cleaned.partner_id is not None and session.get(Organization, cleaned.partner_id) is None:
        raise ValidationError("partner_id", "That partner organization no longer exists.")
    return cleaned


def _apply(row: AssistanceRequest, data: AssistanceData) -> None:
    row.person_id = data.person_id  # type: ignore[assignment]
    row.need, row.partner_id, row.status = data.need, data.partner_id, data.status.value
    row.requested_on, row.started_on = data.requested_on, data.started_on
    row.closed_on = data.closed_on
    row.notes = data.notes


def create_request(store: Store, cohort_id: int, data: AssistanceData, *,
                   source: object | None = None) -> int:
    cleaned = validate_assistance(data)
    with store.change(f"Add Assistance Request “{_short(cleaned.need)}”", source=source) as session:
        cleaned = _validate(session, cohort_id, cleaned)
        row = AssistanceRequest(cohort_id=cohort_id)
        _apply(row, cleaned)
        session.add(row)
        session.flush()
        return row.id


def update_request(store: Store, request_id: int, data: AssistanceData, *,
                   source: object | None = None) -> None:
    cleaned = validate_assistance(data)
    label = f"Edit Assistance Request “{_short(cleaned.need)}”"
    with store.change(label, source=source) as session:
        row = _get(session, request_id)
        _apply(row, _validate(session, row.cohort_id, cleaned))


def set_status(store: Store, request_id: int, status: AssistanceStatus,
               on: dt.date | None = None, *, source: object | None = None) -> None:
    """Move a request along, stamping the start or closing date with `on` (default today)."""
    on = on or dt.date.today()
    current = get_request(store, request_id)
    status = AssistanceStatus(status)
    started, closed = current.started_on, current.closed_on
    if status is AssistanceStatus.IN_PROGRESS:
        started, closed = started or on, None
    elif status is AssistanceStatus.REQUESTED:
        closed = None
    else:
        closed = closed or on
    data = AssistanceData(person_id=current.person_id, need=current.need,
                          partner_id=current.partner_id, status=status,
                          requested_on=current.requested_on, started_on=started,
                          closed_on=closed, notes=current.notes)
    update_request(store, request_id, data, source=source)


def delete_request(store: Store, request_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        need = _get(session, request_id).need
    with store.change(f"Delete Assistance Request “{_short(need)}”", source=source) as session:
        session.delete(_get(session, request_id))


def _get(session: Session, request_id: int) -> AssistanceRequest:
    row = session.get(AssistanceRequest, request_id)
    if row is None:
        raise NotFoundError("That assistance request is no longer in this workspace.")
    return row


def requests(session: Session, cohort_id: int, *, person_id: int | None = None,
             partner_id: int | None = None, status: AssistanceStatus | None = None
             ) -> list[AssistanceRecord]:
    """Requests in a cohort, newest request first. `partner_id=NO_PARTNER` finds unassigned ones."""
    partner = aliased(Organization)
    stmt = (select(AssistanceRequest, Person.given_name, Person.family_name, Person.preferred_name,
                   partner.name)
            .join(Person, Person.id == AssistanceRequest.person_id)
            .outerjoin(partner, partner.id == AssistanceRequest.partner_id)
            .where(AssistanceRequest.cohort_id == cohort_id))
    if person_id is not None:
        stmt = stmt.where(AssistanceRequest.person_id == person_id)
    if partner_id == NO_PARTNER:
        stmt = stmt.where(AssistanceRequest.partner_id.is_(None))
    elif partner_id is not None:
        stmt = stmt.where(AssistanceRequest.partner_id == partner_id)
    if status is not None:
        stmt = stmt.where(AssistanceRequest.status == AssistanceStatus(status).value)
    found = [
        AssistanceRecord(
            person_id=r.person_id, need=r.need, partner_id=r.partner_id,
            status=AssistanceStatus(r.status), requested_on=r.requested_on,
            started_on=r.started_on, closed_on=r.closed_on, notes=r.notes, id=r.id,
            cohort_id=r.cohort_id, person_name=person_display_name(g, f, p),
            partner_name=org or "",
        )
        for r, g, f, p, org in session.execute(stmt)
    ]
    return sorted(found, key=lambda r: (r.requested_on or dt.date.min, r.id), reverse=True)


def get_request(store: Store, request_id: int) -> AssistanceRecord:
    with store.read() as session:
        row = _get(session, request_id)
        for record in requests(session, row.cohort_id, person_id=row.person_id):
            if record.id == request_id:
                return record
    raise NotFoundError("That assistance request is no longer in this workspace.")


def find_requests(store: Store, cohort_id: int, *, partner_id: int | None = None,
                  status: AssistanceStatus | None = None) -> list[AssistanceRecord]:
    """The cohort's requests; an unknown cohort or partner is an error, not an empty list."""
    with store.read() as session:
        if session.get(Cohort, cohort_id) is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        if (partner_id not in (None, NO_PARTNER)
                and session.get(Organization, partner_id) is None):
            raise NotFoundError(f"Organization {partner_id} is not in this workspace.")
        return requests(session, cohort_id, partner_id=partner_id, status=status)


def request_json(r: AssistanceRecord) -> dict[str, Any]:
    def day(d: dt.date | None) -> str | None:
        return d.isoformat() if d else None

    return {"id": r.id, "person_id": r.person_id, "member": r.person_name, "need": r.need,
            "partner_id": r.partner_id, "partner": r.partner_name or None,
            "status": r.status.value, "requested_on": day(r.requested_on),
            "started_on": day(r.started_on), "closed_on": day(r.closed_on), "notes": r.notes}


def list_requests(store: Store, cohort_id: int, *, partner_id: int | None = None,
                  status: AssistanceStatus | None = None) -> RowSet:
    """The cohort's list, filtered by partner (NO_PARTNER for none yet) and status."""
    found = find_requests(store, cohort_id, partner_id=partner_id, status=status)
    rows = [(r.id, r.person_name, r.need, r.partner_name or "—", r.status, r.requested_on,
             r.started_on, r.closed_on, r.notes) for r in found]
    keys = [fold(f"{r.person_name}\t{r.need}\t{r.partner_name}\t{r.notes}") for r in found]
    return RowSet(COLUMNS, rows, keys)


def partner_choices(store: Store, cohort_id: int) -> list[tuple[int, str]]:
    """Organizations for the partner picker: those already helping this cohort first."""
    with store.read() as session:
        helping = set(session.scalars(select(AssistanceRequest.partner_id)
                                      .where(AssistanceRequest.cohort_id == cohort_id)))
        orgs = session.execute(select(Organization.id, Organization.name)).all()
    ordered = sorted(orgs, key=lambda o: (o[0] not in helping, fold(o[1])))
    return [(int(i), str(n)) for i, n in ordered]


def example_data(session: Session, items: list[dict[str, Any]], *, people: dict[str, int],
                 orgs: dict[str, int], cohort_id: int) -> None:
    day = dt.date.fromisoformat
    for item in items:
        cleaned = validate_assistance(AssistanceData(
            person_id=people[item["member"]], need=item["need"],
            partner_id=orgs[item["partner"]] if item.get("partner") else None,
            status=AssistanceStatus(item["status"]),
            requested_on=day(item["requested_on"]) if item.get("requested_on") else None,
            started_on=day(item["started_on"]) if item.get("started_on") else None,
            closed_on=day(item["closed_on"]) if item.get("closed_on") else None,
            notes=item.get("notes", "")))
        row = AssistanceRequest(cohort_id=cohort_id)
        _apply(row, cleaned)
        session.add(row)
