"""People operations that combine more than one service call in one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cohortdesk.domain.records import OrganizationData, PersonData
from cohortdesk.domain.text import clean, fold
from cohortdesk.services import attendance, cohorts, organizations, people, sessions
from cohortdesk.store import Store


def organization_named(store: Store, name: str) -> int:
    """The organization called `name` (accents and case ignored), added if there is none."""
    wanted = fold(clean(name))
    for org_id, existing in organizations.organization_choices(store):
        if fold(existing) == wanted:
            return org_id
    return organizations.create_organization(store, OrganizationData(name=clean(name)))


def add_person(store: Store, data: PersonData, organization: str | None = None) -> int:
    """Add a person, and their organization by name if it is new: one operation."""
    store.name_operation(f"Add Person {data.full_name.strip() or data.display_name}")
    if organization:
        data = PersonData(**{**data.__dict__, "organization_id": organization_named(store, organization)})
    return people.create_person(store, data)


def edit_person(store: Store, person_id: int, changes: dict[str, object],
                organization: str | None = None) -> None:
    """Change the given fields of a person (others are kept), as one operation."""
    current = people.get_person(store, person_id)
    store.name_operation(f"Edit Person {current.full_name}")
    values = {name: getattr(current, name) for name in PersonData.__dataclass_fields__}
    values.update(changes)
    if organization is not None:
        values["organization_id"] = organization_named(store, organization) if organization else None
    people.update_person(store, person_id, PersonData(**values))


def add_people_to_cohort(store: Store, person_ids: Sequence[int], cohort_id: int) -> int:
    """Add each person to the cohort as a participant (members already in it are left as they
    are): one operation, one undo step. Returns how many were added."""
    return cohorts.add_members(store, cohort_id, person_ids)


def invite_people(store: Store, person_ids: Sequence[int], session_id: int) -> int:
    """Invite each person to the session (those already on its list keep their status)."""
    title = sessions.get_session(store, session_id).title
    store.name_operation(f"Invite {plural(len(person_ids), 'person', 'people')} to {title}")
    return attendance.invite(store, session_id, list(person_ids))


def delete_each(store: Store, delete: Callable[[Store, int], None], record_ids: Sequence[int],
                name: str) -> int:
    """Delete several records as one operation named `name` ("Delete 3 people")."""
    store.name_operation(name)
    for record_id in record_ids:
        delete(store, record_id)
    return len(record_ids)


def delete_together(store: Store, delete_many: Callable[[Store, Sequence[int]], int],
                    record_ids: Sequence[int], name: str) -> int:
    """Delete several records as one operation named `name`, through a service that deletes
    them all at once (`people.delete_people`)."""
    store.name_operation(name)
    return delete_many(store, record_ids)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
