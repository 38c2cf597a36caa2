"""People operations that combine more than one service call in one undo step."""

from __future__ import annotations

from cohortdesk.domain.records import OrganizationData, PersonData
from cohortdesk.domain.text import clean, fold
from cohortdesk.services import organizations, people
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
