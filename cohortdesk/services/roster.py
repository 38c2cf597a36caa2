"""Attendee rosters for a cohort or a session, for two audiences.

"For participants" (the default) honours contact-sharing consent: no email or phone for anyone
who did not agree, and no access, dietary or internal-notes fields at all. "Internal" has
everything and is marked confidential in its file name and on every page.

`build_roster(store, request)` returns plain data (`RosterTable`); `export_roster` writes it as
CSV, XLSX or PDF with the writers in `cohortdesk.documents`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from sqlalchemy import select

from cohortdesk.documents.roster_csv import write_roster_csv
from cohortdesk.documents.roster_pdf import write_roster_pdf
from cohortdesk.documents.roster_table import Cell, Kind, RosterTable
from cohortdesk.documents.roster_xlsx import write_roster_xlsx
from cohortdesk.domain.attendance import RegistrationRecord, RegistrationStatus
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person

Audience = Literal["participants", "internal"]
Format = Literal["csv", "xlsx", "pdf"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "pdf")
AUDIENCES: tuple[Audience, ...] = ("participants", "internal")


@dataclass(frozen=True)
class RosterField:
    key: str
    label: str
    # "all": any roster; "contact": only with consent on a participants roster; "internal".
    audience: Literal["all", "contact", "internal"] = "all"
    kind: Kind = "text"
    session_only: bool = False


FIELDS: tuple[RosterField, ...] = (
    RosterField("name", "Name"),
    RosterField("given_name", "Given name"),
    RosterField("family_name", "Family name"),
    RosterField("preferred_name", "Preferred name"),
    RosterField("pronouns", "Pronouns"),
    RosterField("title", "Title"),
    RosterField("organization", "Organization"),
    RosterField("jurisdiction", "Jurisdiction"),
    RosterField("email", "Email", "contact"),
    RosterField("phone", "Phone", "contact"),
    RosterField("role", "Role"),
    RosterField("stage", "Stage"),
    RosterField("member_since", "Member since", kind="date"),
    RosterField("registration", "Registration", session_only=True),
    RosterField("attendance", "Attendance", session_only=True),
    RosterField("checked_in", "Checked in", kind="datetime", session_only=True),
    RosterField("bio", "Bio"),
    RosterField("access_needs", "Access needs", "internal"),
    RosterField("dietary_needs", "Dietary needs", "internal"),
    RosterField("consent", "Shares contact", "internal"),
    RosterField("internal_notes", "Internal notes", "internal"),
)
BY_KEY = {f.key: f for f in FIELDS}

DEFAULT_FIELDS = ("name", "pronouns", "title", "organization", "jurisdiction", "email", "phone",
                  "role")
DEFAULT_INTERNAL_FIELDS = ("name", "pronouns", "title", "organization", "email", "phone", "role",
                           "stage", "registration", "attendance", "access_needs", "dietary_needs",
                           "consent", "internal_notes")

PARTICIPANTS_NOTICE = ("Email and phone appear only for people who agreed to share them with "
                       "the cohort.")
INTERNAL_NOTICE = ("Contains contact details, access and dietary needs and staff notes. "
                   "Do not forward.")


@dataclass(frozen=True)
class RosterRequest:
    cohort_id: int | None = None
    session_id: int | None = None
    fields: tuple[str, ...] | None = None
    audience: Audience = "participants"
    roles: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    # Field keys; "-key" sorts that key descending. Name sorts by family, then given name.
    sort: tuple[str, ...] = ("name",)

    @property
    def internal(self) -> bool:
        return self.audience == "internal"


def available_fields(*, session: bool, audience: Audience) -> tuple[RosterField, ...]:
    return tuple(f for f in FIELDS if (session or not f.session_only)
                 and (audience == "internal" or f.audience != "internal"))


def default_fields(*, session: bool, audience: Audience) -> tuple[str, ...]:
    keys = DEFAULT_INTERNAL_FIELDS if audience == "internal" else DEFAULT_FIELDS
    if session and audience == "participants":
        keys = (*keys, "registration")
    return tuple(k for k in keys if session or not BY_KEY[k].session_only)


def check_request(request: RosterRequest) -> tuple[RosterField, ...]:
    if (request.cohort_id is None) == (request.session_id is None):
        raise ValidationError("scope", "Choose a cohort or a session for the roster.")
    if request.audience not in AUDIENCES:
        raise ValidationError("audience", f"Unknown audience “{request.audience}”.")
    session = request.session_id is not None
    keys = request.fields or default_fields(session=session, audience=request.audience)
    chosen = []
    for key in keys:
        f = BY_KEY.get(key)
        if f is None:
            known = ", ".join(BY_KEY)
            raise ValidationError("fields", f"Unknown field “{key}”. Fields: {known}.")
        if f.audience == "internal" and not request.internal:
            raise ValidationError("fields", f"{f.label} is for the internal roster only.")
        if f.session_only and not session:
            raise ValidationError("fields", f"{f.label} belongs to a session roster.")
        chosen.append(f)
    if not chosen:
        raise ValidationError("fields", "Choose at least one field.")
    for key in request.sort:
        if key.lstrip("-") not in BY_KEY:
            raise ValidationError("sort", f"Unknown sort field “{key}”.")
    return tuple(chosen)


@dataclass(frozen=True)
class _Person:
    values: dict[str, Cell]
    consent: bool
    sort_name: tuple[str, str]
    role: str
    stage: str
    status: str = ""
    extra: dict[str, Cell] = field(default_factory=dict)


def _people(store: Store, request: RosterRequest) -> tuple[str, str, list[_Person]]:
    """(title, subtitle, people) for the roster's scope."""
    regs: dict[int, RegistrationRecord] = {}
    with store.read() as s:
        if request.session_id is not None:
            row = s.get(CohortSession, request.session_id)
            if row is None:
                raise NotFoundError(f"Session {request.session_id} is not in this workspace.")
            cohort = s.get(Cohort, row.cohort_id)
            cohort_id = row.cohort_id
            title = row.title
            subtitle = " · ".join(x for x in (cohort.name if cohort else "", _when(row)) if x)
        else:
            cohort = s.get(Cohort, request.cohort_id)
            if cohort is None:
                raise NotFoundError(f"Cohort {request.cohort_id} is not in this workspace.")
            cohort_id = cohort.id
            title = cohort.name
            subtitle = cohort.program
    if request.session_id is not None:
        regs = {r.person_id: r for r in attendance.registrations(store, request.session_id)}
    stmt = (
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.pronouns, Person.title, Person.email, Person.phone, Person.bio,
               Person.access_needs, Person.dietary_needs, Person.consent_share_contact,
               Person.internal_notes, Organization.name, Organization.city,
               Organization.state_region, Membership.role, Membership.stage,
               Membership.started_on)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .outerjoin(Membership, (Membership.person_id == Person.id)
                   & (Membership.cohort_id == cohort_id))
    )
    if regs:
        stmt = stmt.where(Person.id.in_(list(regs)))
    else:
        stmt = stmt.where(Membership.id.is_not(None))
    people = []
    with store.read() as s:
        for found in s.execute(stmt):
            record: tuple[Any, ...] = tuple(found)
            (pid, given, family, preferred, pronouns, job, email, phone, bio, access, diet,
             consent, notes, org, city, state, role, stage, since) = record
            role = role or "guest"
            values: dict[str, Cell] = {
                "name": person_display_name(given, family, preferred),
                "given_name": given, "family_name": family, "preferred_name": preferred,
                "pronouns": pronouns, "title": job, "organization": org or "",
                "jurisdiction": ", ".join(x for x in (city, state) if x),
                "email": email or "", "phone": phone, "bio": bio,
                "role": _label(MembershipRole, role), "stage": _label(MembershipStage, stage),
                "member_since": since, "access_needs": access, "dietary_needs": diet,
                "consent": "Yes" if consent else "No", "internal_notes": notes,
            }
            status = ""
            reg = regs.get(pid)
            if reg is not None:
                status = reg.status.value
                values["registration"] = reg.status.label
                values["attendance"] = reg.attendance_label
                values["checked_in"] = reg.checked_in_at
            people.append(_Person(values, bool(consent), (fold(family), fold(given)),
                                  role, stage or "", status))
    return title, subtitle, people


def _label(enum: type[MembershipRole] | type[MembershipStage], value: str | None) -> str:
    if not value:
        return ""
    try:
        return enum(value).label
    except ValueError:
        return value


def _when(row: CohortSession) -> str:
    start, end = row.starts_at, row.ends_at
    if start is None:
        return ""
    day = f"{start:%B} {start.day}, {start.year}"
    if end is not None and end.date() != start.date():
        if (end.year, end.month) == (start.year, start.month):
            day = f"{start:%B} {start.day}–{end.day}, {start.year}"
        else:
            day = f"{start:%B} {start.day} – {end:%B} {end.day}, {end.year}"
    return day


def _sort_key(key: str) -> Callable[[_Person], tuple[int, str | tuple[str, str]]]:
    def value(p: _Person) -> tuple[int, str | tuple[str, str]]:
        if key == "name":
            return (0, p.sort_name)
        v = p.values.get(key)
        if v is None or v == "":
            return (1, "")  # blanks last
        if isinstance(v, dt.datetime | dt.date):
            return (0, v.isoformat())
        return (0, fold(str(v)))

    return value


def build_roster(store: Store, request: RosterRequest) -> RosterTable:
    chosen = check_request(request)
    title, subtitle, people = _people(store, request)
    if request.roles:
        people = [p for p in people if p.role in request.roles]
    if request.stages:
        people = [p for p in people if p.stage in request.stages]
    if request.statuses:
        people = [p for p in people if p.status in request.statuses]
    for key in reversed(request.sort or ("name",)):
        people.sort(key=_sort_key(key.lstrip("-")), reverse=key.startswith("-"))
    rows: list[tuple[Cell, ...]] = []
    hide_contact = not request.internal
    for p in people:
        rows.append(tuple(
            "" if (hide_contact and f.audience == "contact" and not p.consent)
            else p.values.get(f.key, "")
            for f in chosen
        ))
    count = f"{len(rows)} {'person' if len(rows) == 1 else 'people'}"
    return RosterTable(
        title=f"{title}: roster",
        headers=tuple(f.label for f in chosen),
        kinds=tuple(f.kind for f in chosen),
        rows=rows,
        subtitle=" · ".join(x for x in (subtitle, count) if x),
        confidential=request.internal,
        notice=INTERNAL_NOTICE if request.internal else PARTICIPANTS_NOTICE,
        keywords=("roster", "internal" if request.internal else "for participants"),
    )


def scope_name(store: Store, request: RosterRequest) -> str:
    with store.read() as s:
        if request.session_id is not None:
            row = s.get(CohortSession, request.session_id)
            return row.title if row else "Session"
        cohort = s.get(Cohort, request.cohort_id)
        return cohort.name if cohort else "Cohort"


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_stem(text: str) -> str:
    return _UNSAFE.sub(" ", text).strip(" .") or "Roster"


def default_file_name(store: Store, request: RosterRequest, fmt: Format) -> str:
    stem = f"{safe_file_stem(scope_name(store, request))} - roster"
    if request.internal:
        stem += " - CONFIDENTIAL internal"
    return f"{stem}.{fmt}"


def export_roster(store: Store, request: RosterRequest, fmt: Format, path: str | Path) -> Path:
    table = build_roster(store, request)
    return write_table(table, fmt, path)


def write_table(table: RosterTable, fmt: Format, path: str | Path) -> Path:
    if fmt == "csv":
        return write_roster_csv(path, table)
    if fmt == "xlsx":
        return write_roster_xlsx(path, table)
    if fmt == "pdf":
        return write_roster_pdf(path, table)
    raise ValidationError("format", f"Unknown format “{fmt}”; use csv, xlsx or pdf.")


def format_for(path: str | Path, given: str | None = None) -> Format:
    fmt = (given or Path(path).suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError("format", f"Unknown format “{fmt}”; use csv, xlsx or pdf.")
    return cast(Format, fmt)


def role_choices() -> list[tuple[str, str]]:
    return [(r.value, r.label) for r in MembershipRole]


def stage_choices() -> list[tuple[str, str]]:
    return [(s.value, s.label) for s in MembershipStage]


def status_choices() -> list[tuple[str, str]]:
    return [(s.value, s.label) for s in RegistrationStatus]


def field_labels(keys: Sequence[str]) -> list[str]:
    return [BY_KEY[k].label for k in keys]
