"""Organizations, most of them jurisdictions."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.enums import OrganizationKind
from cohortdesk.domain.errors import NotFoundError
from cohortdesk.domain.records import OrganizationData, OrganizationRecord
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import require_text
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Organization, Person

COLUMNS = ("id", "Name", "Kind", "City", "State / region", "People")


def validate(data: OrganizationData) -> OrganizationData:
    return dataclasses.replace(
        data,
        name=require_text("name", data.name, "Name"),
        kind=OrganizationKind(data.kind),
        city=clean(data.city),
        state_region=clean(data.state_region),
    )


def _apply(org: Organization, data: OrganizationData) -> None:
    org.name, org.kind, org.city, org.state_region = (
        data.name, data.kind.value, data.city, data.state_region,
    )


def create_organization(store: Store, data: OrganizationData, *, source: object | None = None) -> int:
    cleaned = validate(data)
    with store.change(f"Add Organization {cleaned.name}", source=source) as session:
        org = Organization()
        _apply(org, cleaned)
        session.add(org)
        session.flush()
        return org.id


def update_organization(
    store: Store, org_id: int, data: OrganizationData, *, source: object | None = None
) -> None:
    cleaned = validate(data)
    with store.change(f"Edit Organization {cleaned.name}", source=source) as session:
        _apply(_get(session, org_id), cleaned)


def delete_organization(store: Store, org_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _get(session, org_id).name
    with store.change(f"Delete Organization {name}", source=source) as session:
        session.delete(_get(session, org_id))


def deletion_impact(store: Store, org_id: int) -> list[str]:
    with store.read() as session:
        count = session.scalar(
            select(func.count()).select_from(Person).where(Person.organization_id == org_id)
        )
    return [f"{count} {'person loses' if count == 1 else 'people lose'} their organization"] if count else []


def deletion_counts(store: Store, org_id: int) -> list[tuple[str, int]]:
    """What deleting it changes, for the app to word: the people who lose it."""
    with store.read() as session:
        count = session.scalar(
            select(func.count()).select_from(Person).where(Person.organization_id == org_id))
    return [("organization_people", int(count))] if count else []


def _get(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise NotFoundError(f"Organization {org_id} is not in this workspace.")
    return org


def get_organization(store: Store, org_id: int) -> OrganizationRecord:
    with store.read() as session:
        o = _get(session, org_id)
        count = session.scalar(
            select(func.count()).select_from(Person).where(Person.organization_id == org_id)
        )
        return OrganizationRecord(
            name=o.name, kind=OrganizationKind(o.kind), city=o.city, state_region=o.state_region,
            id=o.id, people_count=int(count or 0),
        )


def organization_choices(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        return [(int(i), str(n)) for i, n in
                session.execute(select(Organization.id, Organization.name).order_by(Organization.name))]


def list_organizations(store: Store) -> RowSet:
    counts = (
        select(Person.organization_id, func.count().label("n"))
        .group_by(Person.organization_id).subquery()
    )
    stmt = select(
        Organization.id, Organization.name, Organization.kind, Organization.city,
        Organization.state_region, func.coalesce(counts.c.n, 0),
    ).outerjoin(counts, counts.c.organization_id == Organization.id)
    rows, keys = [], []
    with store.read() as session:
        for oid, name, kind, city, state, n in cast(
                "Iterable[tuple[int, str, str, str, str, int]]", session.execute(stmt)):
            member = OrganizationKind(kind)  # the app words its label in its language
            rows.append((oid, name, member, city, state, int(n)))
            keys.append(fold(f"{name}\t{city}\t{state}\t{member.label}"))
    return RowSet(COLUMNS, rows, keys)
