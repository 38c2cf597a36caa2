"""Cohorts and their memberships."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import case, func, insert, select
from sqlalchemy.orm import Session

from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import (
    CohortData,
    CohortRecord,
    MembershipData,
    MembershipRecord,
    person_display_name,
)
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import check_order, refusal, require_text
from cohortdesk.services.bulk_work import missing_ids
from cohortdesk.services.impact import cascaded, cascaded_counts
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person

COLUMNS = ("id", "Name", "Program", "Starts", "Ends", "Members", "People", "Sessions")
# People chosen to add who were deleted meanwhile, by key (a ValidationError's `key`).
GONE = {
    "cohorts: person gone": "1 person to add is no longer in this workspace (deleted "
                            "meanwhile?).",
    "cohorts: people gone": "{count} people to add are no longer in this workspace (deleted "
                            "meanwhile?).",
}


def validate(data: CohortData) -> CohortData:
    cleaned = dataclasses.replace(
        data,
        program=clean(data.program),
        name=require_text("name", data.name, "Name"),
        description=clean(data.description),
        goals=clean(data.goals),
    )
    check_order("start_date", cleaned.start_date, "end_date", cleaned.end_date)
    return cleaned


def _apply(cohort: Cohort, data: CohortData) -> None:
    for f in dataclasses.fields(CohortData):
        setattr(cohort, f.name, getattr(data, f.name))


def create_cohort(store: Store, data: CohortData, *, source: object | None = None) -> int:
    cleaned = validate(data)
    with store.change(f"Add Cohort {cleaned.name}", source=source) as session:
        cohort = Cohort()
        _apply(cohort, cleaned)
        session.add(cohort)
        session.flush()
        return cohort.id


def update_cohort(store: Store, cohort_id: int, data: CohortData, *, source: object | None = None) -> None:
    cleaned = validate(data)
    with store.change(f"Edit Cohort {cleaned.name}", source=source) as session:
        _apply(_get(session, cohort_id), cleaned)


def delete_cohort(store: Store, cohort_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _get(session, cohort_id).name
    with store.change(f"Delete Cohort {name}", source=source) as session:
        session.delete(_get(session, cohort_id))


def deletion_impact(store: Store, cohort_id: int) -> list[str]:
    with store.read() as session:
        return cascaded_counts(session, "cohort", cohort_id)


def deletion_counts(store: Store, cohort_id: int) -> list[tuple[str, int]]:
    """(table, count) of what deleting it also deletes, for the app to word."""
    with store.read() as session:
        return cascaded(session, "cohort", cohort_id)


def _get(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
    return cohort


def get_cohort(store: Store, cohort_id: int) -> CohortRecord:
    with store.read() as session:
        c = _get(session, cohort_id)
        everyone = session.scalar(select(func.count()).where(Membership.cohort_id == cohort_id))
        members = session.scalar(select(func.count()).where(
            Membership.cohort_id == cohort_id, Membership.role == MembershipRole.MEMBER.value))
        sessions = session.scalar(select(func.count()).where(CohortSession.cohort_id == cohort_id))
        values = {f.name: getattr(c, f.name) for f in dataclasses.fields(CohortData)}
        return CohortRecord(**values, id=c.id, member_count=int(members or 0),
                            people_count=int(everyone or 0), session_count=int(sessions or 0))


def cohort_choices(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        return [(int(i), str(n)) for i, n in
                session.execute(select(Cohort.id, Cohort.name).order_by(Cohort.start_date, Cohort.name))]


def list_cohorts(store: Store) -> RowSet:
    # Members are people in the member role; staff, partners and speakers count as people.
    is_member = case((Membership.role == MembershipRole.MEMBER.value, 1), else_=0)
    members = (select(Membership.cohort_id, func.sum(is_member).label("m"), func.count().label("n"))
               .group_by(Membership.cohort_id).subquery())
    sessions = (select(CohortSession.cohort_id, func.count().label("n"))
                .group_by(CohortSession.cohort_id).subquery())
    stmt = (
        select(Cohort.id, Cohort.name, Cohort.program, Cohort.start_date, Cohort.end_date,
               func.coalesce(members.c.m, 0), func.coalesce(members.c.n, 0),
               func.coalesce(sessions.c.n, 0))
        .outerjoin(members, members.c.cohort_id == Cohort.id)
        .outerjoin(sessions, sessions.c.cohort_id == Cohort.id)
    )
    rows, keys = [], []
    with store.read() as session:
        for cid, name, program, start, end, m, n, s in cast(
                "Iterable[tuple[int, str, str, dt.date | None, dt.date | None, int, int, int]]",
                session.execute(stmt)):
            rows.append((cid, name, program, start, end, int(m), int(n), int(s)))
            keys.append(fold(f"{name}\t{program}"))
    return RowSet(COLUMNS, rows, keys)


# -- memberships ---------------------------------------------------------------------------

def add_member(store: Store, cohort_id: int, data: MembershipData, *, source: object | None = None) -> int:
    check_order("started_on", data.started_on, "ended_on", data.ended_on)
    with store.read() as session:
        person = session.get(Person, data.person_id)
        if person is None:
            raise ValidationError("person_id", "Choose a person to add.")
        label = f"Add {person.given_name} {person.family_name} to {_get(session, cohort_id).name}"
    with store.change(label, source=source) as session:
        exists = session.scalar(select(Membership.id).where(
            Membership.cohort_id == cohort_id, Membership.person_id == data.person_id))
        if exists:
            raise ValidationError("person_id", "This person is already in the cohort.")
        m = Membership(cohort_id=cohort_id, person_id=data.person_id,
                       role=MembershipRole(data.role).value, stage=MembershipStage(data.stage).value,
                       started_on=data.started_on, ended_on=data.ended_on)
        session.add(m)
        session.flush()
        return m.id


def add_members(store: Store, cohort_id: int, person_ids: Sequence[int], *,
                role: MembershipRole = MembershipRole.MEMBER,
                stage: MembershipStage = MembershipStage.ACTIVE,
                source: object | None = None) -> int:
    """Add people to the cohort with one role and stage, in one step; people already in it
    are left as they are. Returns how many were added.

    One insert for them all: 20,000 people chosen in the People list took 11 s one by one."""
    role_value, stage_value = MembershipRole(role).value, MembershipStage(stage).value
    wanted = list(dict.fromkeys(person_ids))
    with store.read() as session:
        name = _get(session, cohort_id).name
        if missing := missing_ids(session, Person.id, wanted):
            key = "cohorts: person gone" if len(missing) == 1 else "cohorts: people gone"
            raise refusal("person_id", key, GONE[key], count=len(missing),
                          english={"count": f"{len(missing):,}"})
        present = set(session.scalars(select(Membership.person_id).where(
            Membership.cohort_id == cohort_id)))
    rows = [{"cohort_id": cohort_id, "person_id": pid, "role": role_value, "stage": stage_value}
            for pid in wanted if pid not in present]
    if not rows:
        return 0
    # Inside an operation the read above is the operation's own transaction, so nobody can
    # have added one of them since.
    with store.change(f"Add {_plural_people(len(rows))} to {name}", source=source) as session:
        session.execute(insert(Membership), rows)
    return len(rows)


def _plural_people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def update_membership(store: Store, membership_id: int, data: MembershipData, *,
                      source: object | None = None) -> None:
    check_order("started_on", data.started_on, "ended_on", data.ended_on)
    with store.change("Edit Membership", source=source) as session:
        m = session.get(Membership, membership_id)
        if m is None:
            raise NotFoundError("That membership is no longer in this workspace.")
        m.role = MembershipRole(data.role).value
        m.stage = MembershipStage(data.stage).value
        m.started_on, m.ended_on = data.started_on, data.ended_on


def remove_member(store: Store, membership_id: int, *, source: object | None = None) -> None:
    with store.change("Remove Member", source=source) as session:
        m = session.get(Membership, membership_id)
        if m is None:
            raise NotFoundError("That membership is no longer in this workspace.")
        session.delete(m)


def list_memberships(store: Store, cohort_id: int) -> list[MembershipRecord]:
    """The cohort's memberships by family name, then by the name shown (a preferred name
    where there is one), accents and case ignored. Plain columns, and each name worked out
    once: a statewide directory cohort has 100,000 members."""
    stmt = (
        select(Membership.id, Membership.person_id, Membership.role, Membership.stage,
               Membership.started_on, Membership.ended_on, Person.given_name,
               Person.family_name, Person.preferred_name, Organization.name)
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .where(Membership.cohort_id == cohort_id)
    )
    roles: dict[str, MembershipRole] = {r.value: r for r in MembershipRole}
    stages: dict[str, MembershipStage] = {s.value: s for s in MembershipStage}
    names: dict[tuple[str, str, str], tuple[str, str]] = {}  # name -> (shown, sort key)
    keyed = []
    with store.read() as session:
        for mid, pid, role, stage, started, ended, given, family, preferred, org in \
                cast("Iterable[tuple[Any, ...]]", session.connection().execute(stmt)):
            name = names.get((given, family, preferred))
            if name is None:
                shown = person_display_name(given, family, preferred)
                name = names[(given, family, preferred)] = (
                    shown, f"{fold(family or given)}\t{fold(shown)}")
            keyed.append((name[1], mid, MembershipRecord(
                person_id=pid, role=roles.get(role) or MembershipRole(role),
                stage=stages.get(stage) or MembershipStage(stage), started_on=started,
                ended_on=ended, id=mid, cohort_id=cohort_id, person_name=name[0],
                organization_name=org or "")))
    keyed.sort(key=lambda row: row[:2])
    return [row[2] for row in keyed]

