"""People: create, edit, delete, list, validated in the core."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.limits import LONG_TEXT_CHARS, check_length, is_invisible
from cohortdesk.domain.records import (
    PersonData,
    PersonRecord,
    full_name,
    person_display_name,
)
from cohortdesk.domain.records import jurisdiction as jurisdiction_of
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import check_email
from cohortdesk.services.impact import cascaded_counts
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Organization, Person

# The same limits as the import and the archive (the columns' own lengths).
PERSON_LIMITS = {"given_name": 200, "family_name": 200, "preferred_name": 200, "pronouns": 60,
                 "title": 300, "email": 320, "phone": 60, "bio": LONG_TEXT_CHARS,
                 "access_needs": LONG_TEXT_CHARS, "dietary_needs": LONG_TEXT_CHARS,
                 "internal_notes": LONG_TEXT_CHARS}

COLUMNS = ("id", "Name", "Preferred", "Pronouns", "Title", "Organization", "Jurisdiction",
           "Email", "Phone", "Shares contact")


def validate(session: Session, data: PersonData, person_id: int | None = None) -> PersonData:
    """Return the cleaned person, or raise ValidationError naming the field."""
    text_fields: dict[str, Any] = {
        f.name: clean(getattr(data, f.name))
        for f in dataclasses.fields(data)
        if isinstance(getattr(data, f.name), str)
    }
    cleaned = dataclasses.replace(data, **text_fields)
    if not cleaned.given_name and not cleaned.family_name:
        raise ValidationError("given_name", "Enter a given name or a family name.")
    if is_invisible(cleaned.given_name + cleaned.family_name):
        raise ValidationError("given_name", "The name holds only invisible characters.")
    for name, limit in PERSON_LIMITS.items():
        value = text_fields.get(name)
        if isinstance(value, str):
            check_length(name, value, limit, name.replace("_", " ").capitalize())
    email = check_email("email", cleaned.email)
    if email:
        clash = session.execute(
            select(Person.id, Person.given_name, Person.family_name).where(
                Person.email == email, Person.id != (person_id or 0)
            )
        ).first()
        if clash:
            raise ValidationError(
                "email", f"{full_name(clash.given_name, clash.family_name)} already uses {email}."
            )
    if cleaned.organization_id is not None and session.get(Organization, cleaned.organization_id) is None:
        raise ValidationError("organization_id", "That organization no longer exists.")
    return dataclasses.replace(cleaned, email=email)


def _apply(person: Person, data: PersonData) -> None:
    for f in dataclasses.fields(PersonData):
        setattr(person, f.name, getattr(data, f.name))
    person.email = data.email or None


def create_person(store: Store, data: PersonData, *, source: object | None = None) -> int:
    label = f"Add Person {data.full_name.strip() or data.display_name}"
    with store.change(label, source=source) as session:
        cleaned = validate(session, data)
        person = Person()
        _apply(person, cleaned)
        session.add(person)
        session.flush()
        return person.id


def update_person(store: Store, person_id: int, data: PersonData, *, source: object | None = None) -> None:
    with store.change(f"Edit Person {data.full_name}", source=source) as session:
        person = _get(session, person_id)
        _apply(person, validate(session, data, person_id))


def delete_person(store: Store, person_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _get(session, person_id)
        label = f"Delete Person {full_name(name.given_name, name.family_name)}"
    with store.change(label, source=source) as session:
        session.delete(_get(session, person_id))


def deletion_impact(store: Store, person_id: int) -> list[str]:
    with store.read() as session:
        return cascaded_counts(session, "person", person_id)


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"Person {person_id} is not in this workspace.")
    return person


def get_person(store: Store, person_id: int) -> PersonRecord:
    with store.read() as session:
        p = _get(session, person_id)
        org = p.organization
        values = {f.name: getattr(p, f.name) for f in dataclasses.fields(PersonData)}
        values["email"] = p.email or ""
        return PersonRecord(
            **values,
            id=p.id,
            organization_name=org.name if org else "",
            jurisdiction=jurisdiction_of(org.name, org.kind, org.city, org.state_region) if org else "",
        )


def find_by_email(store: Store, email: str) -> int | None:
    with store.read() as session:
        return session.scalar(select(Person.id).where(Person.email == clean(email).lower()))


def count_people(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


# A row of list_people()'s query: the outer join leaves the organization's columns nullable.
_PersonRow = tuple[int, str, str, str, str, str, str | None, str | None, str | None, str | None,
                   str | None, str, bool]


def list_people(store: Store) -> RowSet:
    """All people as tuples for the People view, with accent-free search keys."""
    stmt = (
        select(
            Person.id, Person.given_name, Person.family_name, Person.preferred_name,
            Person.pronouns, Person.title, Organization.name, Organization.kind, Organization.city,
            Organization.state_region, Person.email, Person.phone, Person.consent_share_contact,
        )
        .outerjoin(Organization, Person.organization_id == Organization.id)
    )
    rows = []
    keys = []
    by_family: list[str] = []
    with store.read() as session:
        for (pid, given, family, preferred, pronouns, title, org, kind, city, state, email, phone,
             consent) in cast("Iterable[_PersonRow]", session.execute(stmt)):
            place = jurisdiction_of(org, kind, city, state)
            org = org or ""
            name = full_name(given, family)
            rows.append((pid, name, preferred, pronouns, title, org, place, email or "",
                         phone, "Yes" if consent else "No"))
            keys.append(fold(f"{name}\t{preferred}\t{email or ''}\t{org}\t{place}"))
            by_family.append(fold(f"{family or given}\t{given}"))
    # Rosters are read by family name; the Name column sorts that way.
    return RowSet(COLUMNS, rows, keys, sort_keys={1: by_family})


def display_name(store: Store, person_id: int) -> str:
    p = get_person(store, person_id)
    return person_display_name(p.given_name, p.family_name, p.preferred_name)
