"""People: create, edit, delete, list, validated in the core."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import delete, func, select
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
from cohortdesk.domain.validation import check_email, refusal
from cohortdesk.services.bulk_work import IN_CHUNK, missing_ids
from cohortdesk.services.impact import cascaded, cascaded_counts
from cohortdesk.services.rows import MemorySource, RowSet, RowSource
from cohortdesk.store import Store
from cohortdesk.store.models import Membership, Organization, Person
from cohortdesk.store.models.search import SORT_KEYS

# The same limits as the import and the archive (the columns' own lengths).
PERSON_LIMITS = {"given_name": 200, "family_name": 200, "preferred_name": 200, "pronouns": 60,
                 "title": 300, "email": 320, "phone": 60, "bio": LONG_TEXT_CHARS,
                 "access_needs": LONG_TEXT_CHARS, "dietary_needs": LONG_TEXT_CHARS,
                 "internal_notes": LONG_TEXT_CHARS}

COLUMNS = ("id", "Name", "Preferred", "Pronouns", "Title", "Organization", "Jurisdiction",
           "Email", "Phone", "Shares contact")

# The refusal of an email someone else has (ValidationError key "people: email taken").
EMAIL_TAKEN = "{name} already uses {email}."


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
            raise refusal(
                "email", "people: email taken", EMAIL_TAKEN,
                name=full_name(clash.given_name, clash.family_name), email=email
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


def delete_people(store: Store, person_ids: Sequence[int], *,
                  source: object | None = None) -> int:
    """Delete people, with what is theirs (memberships, registrations, presentations...: the
    workspace's cascades, as for one), in one step. Returns how many were deleted.

    A few statements for them all: 2,000 people chosen in the People list took 1.5 s one by
    one. Someone deleted meanwhile stops it before anything is deleted."""
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        return 0
    with store.read() as session:
        if missing := missing_ids(session, Person.id, wanted):
            raise NotFoundError(f"Person {missing[0]} is not in this workspace.")
    with store.change(f"Delete {len(wanted)} People", source=source) as session:
        for start in range(0, len(wanted), IN_CHUNK):
            session.execute(delete(Person).where(Person.id.in_(wanted[start:start + IN_CHUNK])))
    return len(wanted)


def deletion_impact(store: Store, person_id: int) -> list[str]:
    with store.read() as session:
        return cascaded_counts(session, "person", person_id)


def deletion_counts(store: Store, person_id: int) -> list[tuple[str, int]]:
    """(table, count) of what deleting it also deletes, for the app to word."""
    with store.read() as session:
        return cascaded(session, "person", person_id)


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


def person_choices(store: Store, *, not_in_cohort: int | None = None) -> list[tuple[int, str]]:
    """Everyone (or everyone not yet in a cohort) as (person id, "Name — Organization"), by
    name: what a box that chooses a person offers. Four plain columns and each name put
    together once, so a box for a directory of 100,000 people opens without a wait."""
    stmt = (
        select(Person.id, Person.given_name, Person.family_name, Organization.name)
        .outerjoin(Organization, Organization.id == Person.organization_id)
    )
    if not_in_cohort is not None:
        stmt = stmt.where(Person.id.not_in(select(Membership.person_id)
                                           .where(Membership.cohort_id == not_in_cohort)))
    names: dict[tuple[str, str], str] = {}  # names repeat: each is put together once
    labels = []
    with store.read() as session:
        for pid, given, family, org in session.connection().execute(stmt):
            name = names.get((given, family))
            if name is None:
                name = names[(given, family)] = full_name(given, family)
            labels.append((pid, f"{name} — {org}" if org else name))
    labels.sort(key=lambda row: row[1].casefold())
    return labels


def find_by_email(store: Store, email: str) -> int | None:
    with store.read() as session:
        return session.scalar(select(Person.id).where(Person.email == clean(email).lower()))


def count_people(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


# A row of the people query: the outer join leaves the organization's columns nullable.
_PersonRow = tuple[int, str, str, str, str, str, str | None, str | None, str | None, str | None,
                   str | None, str, bool]
_PEOPLE_SQL = (
    "SELECT p.id, p.given_name, p.family_name, p.preferred_name, p.pronouns, p.title, o.name, "
    "o.kind, o.city, o.state_region, p.email, p.phone, p.consent_share_contact "
    "FROM person p LEFT JOIN organization o ON o.id = p.organization_id"
)


def _people_stmt() -> Any:
    return (
        select(
            Person.id, Person.given_name, Person.family_name, Person.preferred_name,
            Person.pronouns, Person.title, Organization.name, Organization.kind, Organization.city,
            Organization.state_region, Person.email, Person.phone, Person.consent_share_contact,
        )
        .outerjoin(Organization, Person.organization_id == Organization.id)
    )


def _shown(raw: _PersonRow) -> tuple[tuple[Any, ...], str, str]:
    """A person as the People list shows them, their folded search text and family-name key."""
    (pid, given, family, preferred, pronouns, title, org, kind, city, state, email, phone,
     consent) = raw
    place = jurisdiction_of(org, kind, city, state)
    org = org or ""
    name = full_name(given, family)
    row = (pid, name, preferred, pronouns, title, org, place, email or "", phone,
           "Yes" if consent else "No")
    search = fold(f"{name}\t{preferred}\t{email or ''}\t{org}\t{place}")
    return row, search, name_sort_key(given, family)


def name_sort_key(given: str, family: str) -> str:
    """How lists and rosters put people in order by name: family name, then given name
    (someone with one name, by it), accents and case ignored."""
    return fold(f"{family or given}\t{given}")


def list_people(store: Store) -> RowSet:
    """All people as tuples for the People view, with accent-free search keys."""
    rows = []
    keys = []
    by_family: list[str] = []
    with store.read() as session:
        for raw in cast("Iterable[_PersonRow]", session.execute(_people_stmt())):
            row, search, family_key = _shown(raw)
            rows.append(row)
            keys.append(search)
            by_family.append(family_key)
    # Rosters are read by family name; the Name column sorts that way.
    return RowSet(COLUMNS, rows, keys, sort_keys={1: by_family})


# -- the People list's index (store/models/search.py) -----------------------------------------

def _index_row(raw: _PersonRow) -> tuple[Any, ...]:
    row, search, family_key = _shown(raw)
    # The same keys as RowSet sorting: the Name column by family name; others folded, with a
    # blank (None or "") as NULL, which sorts last either way.
    keys = [None if v is None or v == "" else fold(str(v)) for v in row[2:]]
    # The name rosters show (a preferred name where there is one), for a roster read in SQL.
    shown = person_display_name(raw[1], raw[2], raw[3])
    return (row[0], search, family_key, *keys, shown)


# The index's columns, in the order _index_row gives them.
_INDEX_COLUMNS = ("person_id", "search", *SORT_KEYS, "shown_name")


def _raw(session: Session) -> sqlite3.Connection:
    """The session's SQLite connection: 100k ids come back several times faster without
    SQLAlchemy's result rows."""
    return cast("sqlite3.Connection", session.connection().connection.driver_connection)


def index_people(store: Store, among: Iterable[int] | None = None) -> int | None:
    """Compute the search and sort keys of every person who has none (new, edited, or whose
    organization changed: the triggers removed their keys). Returns how many were written, or
    None when the keys cannot be kept here (a read-only workspace missing some, or a hub).

    `among`: the people just changed, where the missing keys are looked for first. Finding
    them among 100,000 takes 0.1 s, which the People list's refresh after an edit or an undo
    spent on the UI thread."""
    if store.is_server:
        return None
    with store.read() as session:
        raw = _raw(session)
        # Two plain counts, which SQLite answers from the tables' b-trees; as subqueries of
        # one SELECT it counted the rows one by one (10 ms).
        missing = (raw.execute("SELECT count(*) FROM person").fetchone()[0]
                   - raw.execute("SELECT count(*) FROM person_search").fetchone()[0])
    if missing <= 0:
        return 0
    if store.read_only:
        return None
    unindexed = " NOT EXISTS (SELECT 1 FROM person_search s WHERE s.person_id = p.id)"
    # Derived keys, not content: written outside the journal, in one write transaction, so a
    # change committed meanwhile cannot leave stale keys behind (its trigger waits for us).
    with Session(store.engine) as session:
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        raw = _raw(session)
        rows: list[Any] = []
        wanted = list(dict.fromkeys(among)) if among is not None else []
        for start in range(0, len(wanted), IN_CHUNK):
            part = wanted[start:start + IN_CHUNK]
            rows += raw.execute(f"{_PEOPLE_SQL} WHERE p.id IN ({', '.join('?' * len(part))}) "
                                f"AND{unindexed}", part).fetchall()
        if len(rows) < missing:  # others have none either: look through everyone
            rows = raw.execute(f"{_PEOPLE_SQL} WHERE{unindexed}").fetchall()
        marks = ", ".join("?" * len(_INDEX_COLUMNS))
        raw.executemany(f"INSERT OR REPLACE INTO person_search ({', '.join(_INDEX_COLUMNS)}) "
                        f"VALUES ({marks})",
                        [_index_row(cast("_PersonRow", r)) for r in rows])
        session.commit()
    return len(rows)


class PeopleIndex(RowSource):
    """The People list read through its index: ids in the order of an indexed key, folded search
    texts, and rows fetched by id for the screen."""

    columns = COLUMNS

    def __init__(self, store: Store) -> None:
        self.store = store

    def order(self, column: int, descending: bool) -> list[int]:
        key = SORT_KEYS[column]
        direction = "DESC" if descending else "ASC"
        with self.store.read() as session:
            raw = _raw(session)
            filled = raw.execute(f"SELECT person_id FROM person_search WHERE {key} IS NOT NULL "
                                 f"ORDER BY {key} {direction}, person_id").fetchall()
            blanks = raw.execute(f"SELECT person_id FROM person_search WHERE {key} IS NULL "
                                 "ORDER BY person_id").fetchall()
        return [r[0] for r in filled] + [r[0] for r in blanks]

    def fetch(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found: dict[int, tuple[Any, ...]] = {}
        with self.store.read() as session:
            raw = _raw(session)
            for start in range(0, len(ids), 500):
                part = list(ids[start:start + 500])
                marks = ", ".join("?" * len(part))
                for r in raw.execute(f"{_PEOPLE_SQL} WHERE p.id IN ({marks})", part):
                    row = _shown(cast("_PersonRow", r))[0]
                    found[row[0]] = row
        return found

    def texts(self) -> dict[int, str]:
        with self.store.read() as session:
            return dict(_raw(session).execute("SELECT person_id, search FROM person_search"))

    def refresh(self, ids: Iterable[int]) -> dict[int, str] | None:
        wanted = list(ids)
        if index_people(self.store, among=wanted) is None:
            return None
        marks = ", ".join("?" * len(wanted))
        with self.store.read() as session:
            return dict(_raw(session).execute(
                f"SELECT person_id, search FROM person_search WHERE person_id IN ({marks})",
                wanted))

    def sort_key(self, column: int, ids: Sequence[int]) -> dict[int, Any]:
        key = SORT_KEYS[column]
        marks = ", ".join("?" * len(ids))
        with self.store.read() as session:
            return dict(_raw(session).execute(
                f"SELECT person_id, {key} FROM person_search WHERE person_id IN ({marks})",
                list(ids)))


def people_source(store: Store) -> RowSource:
    """What the People list reads: its index when it can be kept, else every row in memory (a
    team hub, or a read-only workspace whose keys are not all made yet)."""
    if index_people(store) is None:
        return MemorySource(list_people(store))
    return PeopleIndex(store)


def display_name(store: Store, person_id: int) -> str:
    p = get_person(store, person_id)
    return person_display_name(p.given_name, p.family_name, p.preferred_name)
