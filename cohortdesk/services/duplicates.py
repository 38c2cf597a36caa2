"""Possible duplicate people and organizations across the workspace (Tools › Find duplicates).

Read API:
- `duplicate_people(store) -> list[DuplicatePeople]`: pairs with ids, names, emails,
  organizations and the reasons, strongest first.
- `duplicate_organizations(store) -> list[DuplicateOrganizations]`.
- `index(store) -> DuplicateIndex`: for checking import rows against the workspace.
The rules themselves are in `cohortdesk.domain.duplicates`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.duplicates import (
    DuplicateIndex,
    PersonFacts,
    organization_pairs,
    person_pairs,
)
from cohortdesk.domain.records import person_display_name
from cohortdesk.store import Store
from cohortdesk.store.models import Organization, Person


@dataclass(frozen=True)
class DuplicatePeople:
    first_id: int
    first_name: str
    first_email: str
    first_organization: str
    second_id: int
    second_name: str
    second_email: str
    second_organization: str
    reasons: tuple[str, ...]
    score: float

    @property
    def reason(self) -> str:
        return self.reasons[0]


@dataclass(frozen=True)
class DuplicateOrganizations:
    first_id: int
    first_name: str
    first_people: int
    second_id: int
    second_name: str
    second_people: int
    reasons: tuple[str, ...]
    score: float

    @property
    def reason(self) -> str:
        return self.reasons[0]


def _facts(session: Session) -> list[PersonFacts]:
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.email, Person.organization_id, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
    ).all()
    return [PersonFacts(int(r[0]), r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5], r[6] or "")
            for r in rows]


def _orgs(session: Session) -> list[tuple[int, str]]:
    return [(int(i), str(n)) for i, n in session.execute(select(Organization.id, Organization.name))]


def index(store: Store) -> DuplicateIndex:
    with store.read() as session:
        return DuplicateIndex(_facts(session), _orgs(session))


def duplicate_people(store: Store) -> list[DuplicatePeople]:
    with store.read() as session:
        facts = _facts(session)
        orgs = _orgs(session)
    by_id = {f.id: f for f in facts}
    out = []
    for pair in person_pairs(facts, orgs):
        a, b = by_id[pair.first], by_id[pair.second]
        out.append(DuplicatePeople(
            a.id, person_display_name(a.given_name, a.family_name, a.preferred_name), a.email,
            a.organization,
            b.id, person_display_name(b.given_name, b.family_name, b.preferred_name), b.email,
            b.organization, pair.reasons, pair.score))
    return out


def duplicate_organizations(store: Store) -> list[DuplicateOrganizations]:
    with store.read() as session:
        orgs = _orgs(session)
        counts = dict(session.execute(
            select(Person.organization_id, func.count()).group_by(Person.organization_id)).all())
    names = dict(orgs)
    return [DuplicateOrganizations(p.first, names[p.first], int(counts.get(p.first, 0)),
                                   p.second, names[p.second], int(counts.get(p.second, 0)),
                                   p.reasons, p.score)
            for p in organization_pairs(orgs)]
