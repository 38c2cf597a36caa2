"""Possible duplicate people and organizations across the workspace (Tools › Find duplicates).

Read API:
- `duplicate_people(store) -> list[DuplicatePeople]`: pairs with ids, names, emails,
  organizations and the reasons, strongest first.
- `duplicate_organizations(store) -> list[DuplicateOrganizations]`.
- `find_duplicates(store, limit=, progress=) -> FoundDuplicates`: both, the strongest `limit`
  of each listed in full and every pair counted (the Find duplicates dialog).
- `index(store) -> DuplicateIndex`: for checking import rows against the workspace.
The rules themselves are in `cohortdesk.domain.duplicates`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.duplicates import (
    DuplicateIndex,
    PersonFacts,
    organization_pairs,
    strongest_person_pairs,
)
from cohortdesk.domain.progress import Progress, no_progress
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


@dataclass(frozen=True)
class FoundDuplicates:
    """The strongest pairs of each kind, and how many pairs there are in all."""

    people: list[DuplicatePeople]
    organizations: list[DuplicateOrganizations]
    people_total: int
    organizations_total: int


def find_duplicates(store: Store, *, limit: int | None = None,
                    progress: Progress | None = None) -> FoundDuplicates:
    """Possible duplicates, strongest first: the first `limit` pairs of each kind in full
    (None: all), and every pair counted. A directory where a common name is shared by dozens
    of people holds a great many pairs; naming and listing them all would take longer than
    finding them, and nobody reads a million rows."""
    step = progress or no_progress
    step(0, 0, "Comparing people")
    people, people_total = _people(store, limit, lambda: step(0, 0, "Comparing people"))
    step(0, 0, "Comparing organizations")
    organizations, organizations_total = _organizations(store, limit)
    return FoundDuplicates(people, organizations, people_total, organizations_total)


def duplicate_people(store: Store) -> list[DuplicatePeople]:
    return _people(store, None, None)[0]


def duplicate_organizations(store: Store) -> list[DuplicateOrganizations]:
    return _organizations(store, None)[0]


def _people(store: Store, limit: int | None,
            tick: Callable[[], None] | None) -> tuple[list[DuplicatePeople], int]:
    with store.read() as session:
        facts = _facts(session)
        orgs = _orgs(session)
    pairs, total = strongest_person_pairs(facts, orgs, tick, limit)
    by_id = {f.id: f for f in facts}

    def shown(f: PersonFacts) -> str:
        return person_display_name(f.given_name, f.family_name, f.preferred_name)

    listed = []
    for pair in pairs:
        a, b = by_id[pair.first], by_id[pair.second]
        listed.append(DuplicatePeople(a.id, shown(a), a.email, a.organization, b.id, shown(b),
                                      b.email, b.organization, pair.reasons, pair.score))
    return listed, total


def _organizations(store: Store, limit: int | None) -> tuple[list[DuplicateOrganizations], int]:
    with store.read() as session:
        orgs = _orgs(session)
        counts = dict(session.execute(
            select(Person.organization_id, func.count()).group_by(Person.organization_id)).all())
    pairs = organization_pairs(orgs)
    names = dict(orgs)
    listed = [DuplicateOrganizations(p.first, names[p.first], int(counts.get(p.first, 0)),
                                     p.second, names[p.second], int(counts.get(p.second, 0)),
                                     p.reasons, p.score)
              for p in pairs[:limit]]
    return listed, len(pairs)
