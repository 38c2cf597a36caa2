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
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from sqlalchemy import case, func, select

from cohortdesk.documents import i18n
from cohortdesk.documents.formula_guard import guard
from cohortdesk.documents.i18n import N_, _, ngettext
from cohortdesk.documents.roster_csv import (
    RISKY_FIRST_CHARACTERS,
    Layout,
    confidential_line,
    csv_cell,
    write_chunks_csv,
    write_roster_csv,
)
from cohortdesk.documents.roster_table import Cell, Kind, RosterTable
from cohortdesk.domain.attendance import RegistrationRecord, RegistrationStatus
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.domain.records import NAMED_JURISDICTION_KINDS, person_display_name
from cohortdesk.domain.release import release_gradually
from cohortdesk.domain.slices import as_columns, distinct, in_slices
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance
from cohortdesk.services.bulk_work import no_cycle_collection
from cohortdesk.services.people import name_sort_key
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
from cohortdesk.store.models.search import PersonSearch

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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

PARTICIPANTS_NOTICE = N_("Email and phone appear only for people who agreed to share them with "
                       "the cohort.")
INTERNAL_NOTICE = N_("Contains contact details, access and dietary needs and staff notes. "
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
            known = ", ".join(BY_KEY)
            raise ValidationError("sort", f"Unknown sort field “{key.lstrip('-')}”. "
                                          f"Fields: {known}.")
        if BY_KEY[key.lstrip("-")].session_only and not session:
            raise ValidationError("sort", f"{BY_KEY[key.lstrip('-')].label} belongs to a "
                                          "session roster.")
    _check_values("roles", "role", request.roles, [r.value for r in MembershipRole])
    _check_values("stages", "stage", request.stages, [s.value for s in MembershipStage])
    _check_values("statuses", "registration status", request.statuses,
                  [s.value for s in RegistrationStatus])
    if request.statuses and not session:
        raise ValidationError("statuses", "Registration statuses filter a session roster; "
                                          "choose a session.")
    hidden = request.statuses & NOT_ATTENDING
    if hidden and not request.internal:
        raise ValidationError("statuses", "People who declined or cancelled appear only on "
                                          "the internal roster.")
    return tuple(chosen)


def _check_values(field_name: str, what: str, given: frozenset[str], known: list[str]) -> None:
    """A typo in a filter must not quietly give an empty roster."""
    for value in sorted(given):
        if value not in known:
            raise ValidationError(field_name, f"Unknown {what} “{value}”. Use one of: "
                                              f"{', '.join(known)}.")


# Registrations that never appear on a roster for participants: people who said no.
NOT_ATTENDING = frozenset({RegistrationStatus.DECLINED.value, RegistrationStatus.CANCELLED.value})
# Fields filled from the session's registrations; every other field comes from the query.
_REGISTRATION_FIELDS = ("registration", "attendance", "checked_in")


@dataclass(frozen=True)
class _Scope:
    title: str
    subtitle: str
    cohort_id: int
    # Person id -> registration, for a session roster whose session has a registration list.
    regs: dict[int, RegistrationRecord] | None


def _scope(store: Store, request: RosterRequest) -> _Scope:
    with store.read() as s:
        if request.session_id is not None:
            row = s.get(CohortSession, request.session_id)
            if row is None:
                raise NotFoundError(f"Session {request.session_id} is not in this workspace.")
            cohort = s.get(Cohort, row.cohort_id)
            subtitle = " · ".join(x for x in (cohort.name if cohort else "", _when(row)) if x)
            title, cohort_id = row.title, row.cohort_id
        else:
            cohort = s.get(Cohort, request.cohort_id)
            if cohort is None:
                raise NotFoundError(f"Cohort {request.cohort_id} is not in this workspace.")
            title, subtitle, cohort_id = cohort.name, cohort.program, cohort.id
    regs = None
    if request.session_id is not None:
        regs = {r.person_id: r for r in attendance.registrations(store, request.session_id)}
        regs = regs or None  # no registration list yet: the cohort's members
    return _Scope(title, subtitle, cohort_id, regs)


def _field_heading(f: RosterField) -> str:
    """A roster column's heading in the document's language; a person's title is their job."""
    return i18n.pgettext("person", f.label) if f.key == "title" else _(f.label)


def _label_map(enum: type[MembershipRole] | type[MembershipStage]) -> dict[Cell, Cell]:
    """Stored value -> the label a roster shows."""
    return {m.value: _(m.label) for m in enum}


def _shared(column: Any, internal: bool) -> Any:
    """Email or phone: on a roster for participants, only for people who agreed to share."""
    value = func.coalesce(column, "")
    return value if internal else case((Person.consent_share_contact, value), else_="")


# Fields whose cells come from the person's organization: the query fetches the organization's
# id and each organization is worked out once (a statewide roster has 100,000 people in a few
# thousand organizations).
_ORGANIZATION_FIELDS = ("organization", "jurisdiction")
# Fields whose cells are an enum's label: the query fetches the stored value (blank when there
# is no membership) and a value it does not know stays as is.
_LABEL_FIELDS: dict[str, tuple[type[MembershipRole] | type[MembershipStage], Any]] = {
    "role": (MembershipRole, func.coalesce(Membership.role, MembershipRole.GUEST.value)),
    "stage": (MembershipStage, func.coalesce(Membership.stage, "")),
}


def _column(key: str, internal: bool) -> Any:
    """The SQL that gives a field's cell, for the fields the query can fill."""
    columns: dict[str, Any] = {
        "given_name": Person.given_name, "family_name": Person.family_name,
        "preferred_name": Person.preferred_name, "pronouns": Person.pronouns,
        "title": Person.title, "bio": Person.bio, "access_needs": Person.access_needs,
        "dietary_needs": Person.dietary_needs, "internal_notes": Person.internal_notes,
        "email": _shared(Person.email, internal), "phone": _shared(Person.phone, internal),
        "member_since": Membership.started_on,
        "consent": case((Person.consent_share_contact, _("Yes")), else_=_("No")),
    }
    if key in _LABEL_FIELDS:
        return _LABEL_FIELDS[key][1]
    return columns[key]


def _organizations(store: Store, ids: Sequence[int | None]) -> dict[int | None, tuple[str, str]]:
    """Organization id -> (organization, jurisdiction) cells; None (no organization) -> blanks."""
    wanted = {i for i in ids if i is not None}
    with store.read() as s:  # a small roster reads its organizations only, a large one all
        return _organization_cells(s, wanted if len(wanted) <= 500 else None)


def _organization_cells(s: Session, wanted: set[int] | None) -> dict[int | None, tuple[str, str]]:
    """`_organizations` read in the session's transaction; every organization when `wanted`
    is None."""
    stmt = select(Organization.id, Organization.name, Organization.kind, Organization.city,
                  Organization.state_region)
    if wanted is not None:
        return _cells_of_organizations(
            s.connection().execute(stmt.where(Organization.id.in_(sorted(wanted)))))
    # Every organization (a few thousand) as the driver's tuples: SQLAlchemy's rows would
    # cost as much again as the cells.
    raw = cast("sqlite3.Connection", s.connection().connection.driver_connection)
    return _cells_of_organizations(raw.execute(str(stmt.compile(dialect=s.get_bind().dialect))))


def _cells_of_organizations(rows: Iterable[Any]) -> dict[int | None, tuple[str, str]]:
    """Id -> (organization, jurisdiction) cells. The jurisdiction follows
    domain.records.jurisdiction: a county is named for itself."""
    found: dict[int | None, tuple[str, str]] = {None: ("", "")}
    for oid, name, kind, city, state in rows:
        place = (name if kind in NAMED_JURISDICTION_KINDS else city) or ""
        state = state or ""
        found[oid] = (name or "", f"{place}, {state}" if place and state else place + state)
    return found


def _folded(column: Sequence[Cell]) -> list[str]:
    """Each cell's sort text (`fold`, dates in ISO order, blanks ""), worked out once per
    distinct value: names and organizations repeat on big rosters."""
    distinct = {v: (v.isoformat() if isinstance(v, dt.datetime | dt.date) else (fold(v) if v else ""))
                for v in set(column)}
    return in_slices(partial(map, distinct.__getitem__), column)


def _ranks(*columns: Sequence[str]) -> list[int]:
    """Each row's place among the distinct tuples of `columns` (equal tuples, equal ranks): a
    sort on small integers gives the order a sort on the tuples would."""
    rows = in_slices(_zip, *columns)
    rank = {row: i for i, row in enumerate(sorted(set(rows)))}
    return in_slices(partial(map, rank.__getitem__), rows)


def _zip(*columns: Sequence[Any]) -> Iterable[tuple[Any, ...]]:
    return zip(*columns, strict=True)


def _sort(count: int, keys: Sequence[tuple[Sequence[Cell] | None, bool]],
          names: list[int] | None, pids: Sequence[int]) -> list[int]:
    """The order of the rows (indexes) for (column, descending) keys, most important first.
    A column of None is the name (`names`: each row's rank by family, then given name).
    Blanks go last either way; rows that tie stay in the order of their person ids."""
    order = sorted(range(count), key=pids.__getitem__)
    for column, descending in reversed(keys):
        if column is None:
            assert names is not None
            order.sort(key=names.__getitem__, reverse=descending)
            continue
        values = _ranks(_folded(column))
        order.sort(key=values.__getitem__, reverse=descending)
        # Blanks last, ascending or descending, in the order the earlier keys gave them.
        blank = [i for i in order if column[i] in ("", None)]
        if blank:
            order = [i for i in order if column[i] not in ("", None)] + blank
    return order


@dataclass(frozen=True)
class _Built:
    """A roster's columns, in the roster's field order and its rows' sorted order."""

    chosen: tuple[RosterField, ...]
    scope: _Scope
    columns: list[Sequence[Cell]]
    count: int

    def rows(self) -> list[tuple[Cell, ...]]:
        return list(zip(*self.columns, strict=True)) if self.count else []


@no_cycle_collection()
def _build(store: Store, request: RosterRequest, progress: Progress | None = None,
           scope: _Scope | None = None) -> _Built:
    """The roster, column by column: the query fills most cells, then the name and the
    registration cells are added and the rows put in order, each a pass over whole columns
    (C speed on 100,000 rows) rather than a loop over rows."""
    chosen = check_request(request)
    scope = scope or _scope(store, request)
    keys = [f.key for f in chosen]
    sort_keys = [(k.lstrip("-"), k.startswith("-")) for k in request.sort or ("name",)]
    # Sort fields not on the roster are fetched too, to sort by.
    columns = keys + [k for k, _ in dict.fromkeys(sort_keys) if k not in keys and k != "name"]
    sql_keys = [k for k in columns if k != "name" and k not in _REGISTRATION_FIELDS
                and k not in _ORGANIZATION_FIELDS]
    by_organization = any(k in _ORGANIZATION_FIELDS for k in columns)
    stmt = (
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.organization_id, *(_column(k, request.internal) for k in sql_keys))
        .outerjoin(Membership, (Membership.person_id == Person.id)
                   & (Membership.cohort_id == scope.cohort_id))
    )
    regs = scope.regs
    if regs is not None:
        wanted = regs
        if not request.internal:
            wanted = {p: r for p, r in wanted.items() if r.status.value not in NOT_ATTENDING}
        if request.statuses:
            wanted = {p: r for p, r in wanted.items() if r.status.value in request.statuses}
        stmt = stmt.where(Person.id.in_(list(wanted)))
    else:
        stmt = stmt.where(Membership.id.is_not(None))
        if request.statuses:  # no registration list yet: nobody has a status
            stmt = stmt.where(Person.id.in_([]))
    if request.roles:
        stmt = stmt.where(func.coalesce(Membership.role, MembershipRole.GUEST.value)
                          .in_(sorted(request.roles)))
    if request.stages:
        stmt = stmt.where(func.coalesce(Membership.stage, "").in_(sorted(request.stages)))

    step = progress or no_progress
    step(0, 0, "Reading the roster")
    with store.read() as s:
        found = s.connection().execute(stmt).all()
    step(0, 0, "Reading the roster")
    fetched: list[list[Any]] = as_columns(found, 5 + len(sql_keys))  # rows to columns
    count = len(found)
    release_gradually(found)  # the row objects go as soon as they are columns
    del found
    if not count:
        return _Built(chosen, scope, [() for _ in keys], 0)
    pids, given, family, preferred, org_ids = fetched[:5]
    by_key: dict[str, Sequence[Cell]] = {k: fetched[5 + i] for i, k in enumerate(sql_keys)}
    for key in sql_keys:
        if key in _LABEL_FIELDS:
            labels = _label_map(_LABEL_FIELDS[key][0])
            by_key[key] = list(map(labels.get, by_key[key], by_key[key]))  # unknown: as is
    if by_organization:
        orgs = _organizations(store, org_ids)
        for i, key in enumerate(_ORGANIZATION_FIELDS):
            if key in columns:
                cell = {oid: cells[i] for oid, cells in orgs.items()}
                by_key[key] = list(map(cell.get, org_ids, repeat("")))
    if "name" in columns:
        # Worked out once per distinct name: many people share a given and a family name.
        triples = in_slices(_zip, given, family, preferred)
        shown = {t: person_display_name(*t) for t in distinct(triples)}
        by_key["name"] = in_slices(partial(map, shown.__getitem__), triples)
        release_gradually(triples)
        step(0, 0, "Reading the roster")
    for key in columns:
        if key in _REGISTRATION_FIELDS:
            by_key[key] = [_registration_cell(regs.get(pid) if regs is not None else None, key)
                           for pid in pids]
    names = None
    if any(k == "name" for k, _ in sort_keys):
        # The People list's order (and the streamed roster's): family, then given name.
        pairs = in_slices(_zip, given, family)
        keyed = {pair: name_sort_key(*pair) for pair in distinct(pairs)}
        names = _ranks(in_slices(partial(map, keyed.__getitem__), pairs))
        release_gradually(pairs)
    step(0, 0, "Sorting the roster")
    order = _sort(count, [(None if k == "name" else by_key[k], desc)
                               for k, desc in sort_keys], names, pids)
    picked = [by_key[k] for k in keys]
    if count > 1:
        picked = [in_slices(partial(map, column.__getitem__), order) for column in picked]
        # The columns in the query's order go a slice at a time, not all at once on return.
        release_gradually(order, *fetched, *by_key.values(), names or [])
    return _Built(chosen, scope, picked, count)


def _table(built: _Built, request: RosterRequest,
           rows: list[tuple[Cell, ...]]) -> RosterTable:
    return _titled(built.chosen, built.scope, built.count, request, rows)


def _titled(chosen: tuple[RosterField, ...], scope: _Scope, n: int, request: RosterRequest,
            rows: list[tuple[Cell, ...]]) -> RosterTable:
    count = ngettext("{n} person", "{n} people", n).format(n=n)
    return RosterTable(
        title=_("{scope}: roster").format(scope=scope.title),
        headers=tuple(_field_heading(f) for f in chosen),
        kinds=tuple(f.kind for f in chosen),
        rows=rows,
        subtitle=" · ".join(x for x in (scope.subtitle, count) if x),
        confidential=request.internal,
        notice=_(INTERNAL_NOTICE if request.internal else PARTICIPANTS_NOTICE),
        keywords=("roster", "internal" if request.internal else "for participants"),
    )


def build_roster(store: Store, request: RosterRequest) -> RosterTable:
    built = _build(store, request)
    return _table(built, request, built.rows())


def _registration_cell(reg: RegistrationRecord | None, key: str) -> Cell:
    if reg is None:
        return None if key == "checked_in" else ""
    if key == "registration":
        return _(reg.status.label)
    if key == "attendance":
        return _(reg.attendance_label) if reg.attendance_label else reg.attendance_label
    return reg.checked_in_at


def _when(row: CohortSession) -> str:
    start, end = row.starts_at, row.ends_at
    if start is None:
        return ""
    if i18n.current() != "en":
        if end is not None and end.date() != start.date():
            return i18n.date_span(start.date(), end.date())
        return i18n.long_date(start).split(", ", 1)[-1]
    day = f"{start:%B} {start.day}, {start.year}"
    if end is not None and end.date() != start.date():
        if (end.year, end.month) == (start.year, start.month):
            day = f"{start:%B} {start.day}–{end.day}, {start.year}"
        else:
            day = f"{start:%B} {start.day} – {end:%B} {end.day}, {end.year}"
    return day


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


def default_file_name(store: Store, request: RosterRequest, fmt: Format, *,
                      roster_word: str = "roster",
                      internal_words: str = "CONFIDENTIAL internal") -> str:
    """The file name to suggest; the app gives the words in its language."""
    stem = f"{safe_file_stem(scope_name(store, request))} - {roster_word}"
    if request.internal:
        stem += f" - {internal_words}"
    return safe_file_stem(stem) + f".{fmt}"


def export_roster(store: Store, request: RosterRequest, fmt: Format, path: str | Path, *,
                  language: str | None = None) -> Path:
    return export_roster_counted(store, request, fmt, path, language=language)[0]


def export_roster_counted(store: Store, request: RosterRequest, fmt: Format,
                          path: str | Path, *, language: str | None = None,
                          progress: Progress | None = None) -> tuple[Path, int]:
    """Write the roster; the path and how many people it lists. CSV and XLSX go from the
    query's columns to the file without building a table of rows first. A PDF prints in `language`
    ("en" or "es"; the session's default when None); CSV and XLSX stay in English, with the
    headers other programs read."""
    if fmt != "csv" and fmt != "xlsx":
        with i18n.language(language or session_language(store, request.session_id)):
            built = _build(store, request)
            return write_table(_table(built, request, built.rows()), fmt, path), built.count
    from cohortdesk.documents.roster_xlsx import write_roster_xlsx

    check_request(request)  # a bad request is refused before anything is read
    scope = _scope(store, request)  # read once (a session's registrations), for either way
    # Writing makes a short-lived object or more per cell and no garbage cycles: no collector
    # passes over the roster's columns (or the rows of the cursor's chunks, and whatever else
    # the app holds) until the file is written and they are gone.
    if fmt == "csv":
        with no_cycle_collection():
            streamed = _stream_csv(store, request, path, progress, scope)
        if streamed is not None:
            return Path(path), streamed
    with no_cycle_collection():
        built = _build(store, request, progress, scope)
        count, table = built.count, _table(built, request, [])
        if fmt == "csv":
            written = write_roster_csv(path, table, built.columns, progress=progress)
        else:
            written = write_roster_xlsx(path, table, columns=built.columns, progress=progress)
        release_gradually(*built.columns)  # gone before the collector comes back, which
        del built  # then has nothing to walk
    return written, count


# -- a CSV roster straight from SQL -------------------------------------------------------------
# The usual roster (a cohort's, or a session's before it has a registration list, in name
# order) goes from one SQL cursor to the file: SQLite applies consent, the labels and the
# formula guard, and puts the rows in order by the People list's indexed name key; an
# organization's cells are looked up by its id as the rows are written (read in the same
# transaction); each chunk of rows becomes CSV text in C (roster_csv.plain_lines), the csv
# module writing only a chunk with a cell that is not text. No column is held in memory. It
# needs the People list's index complete (store/models/search.py: every person's shown name
# and name key); until the People list has made it (after an upgrade, or a person added
# since), on a hub, and for every other roster, `_build` makes the same file column by column
# (tests/test_roster_stream.py compares them).

_STREAM_CHUNK = 4096  # rows fetched and written between progress reports


def _stream_csv(store: Store, request: RosterRequest, path: str | Path,
                progress: Progress | None, scope: _Scope | None = None) -> int | None:
    """Write the CSV roster from one query and return how many people it lists; None (and
    nothing written) when this roster is built column by column instead."""
    if store.is_server or tuple(request.sort) not in ((), ("name",)) or request.statuses:
        return None
    chosen = check_request(request)
    if any(f.key in _REGISTRATION_FIELDS for f in chosen):
        return None
    scope = scope or _scope(store, request)
    if scope.regs is not None:
        return None
    stmt = _streamed_query(request, chosen, scope.cohort_id)
    step = progress or no_progress
    step(0, 0, "Reading the roster")
    with store.read() as s:
        raw = cast("sqlite3.Connection", s.connection().connection.driver_connection)
        if raw.execute("SELECT (SELECT count(*) FROM person) - "
                       "(SELECT count(*) FROM person_search)").fetchone()[0]:
            return None  # the index is not complete: built column by column
        raw.create_function("cd_guard", 1, guard, deterministic=True)
        compiled = stmt.compile(dialect=s.get_bind().dialect,
                                compile_kwargs={"render_postcompile": True})
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        total = 0
        if progress is not None:
            total = raw.execute(f"SELECT count(*) FROM ({compiled})", params).fetchone()[0]
        layout = _stream_layout(s, chosen)
        cursor = raw.execute(str(compiled), params)
        table = _titled(chosen, scope, total, request, [])
        return write_chunks_csv(path, table.headers, iter(partial(cursor.fetchmany,
                                                                  _STREAM_CHUNK), []),
                                title_line=confidential_line(table), progress=progress,
                                total=total, layout=layout)


def _stream_layout(s: Session, chosen: tuple[RosterField, ...]) -> Layout:
    """Which column of `_streamed_query` makes each of the roster's: the organization's
    cells are looked up from the one id column, read in the same transaction as the rows (so
    every id they carry is here)."""
    keys = [f.key for f in chosen]
    fetched = _streamed_columns(chosen)  # a field asked for twice is selected once
    if "organization_id" not in fetched:
        return [fetched.index(k) for k in keys]
    organizations = _organization_cells(s, None)
    texts = dict(zip(_ORGANIZATION_FIELDS, zip(*organizations.values(), strict=True),
                     strict=True))
    at = fetched.index("organization_id")
    return [(at, dict(zip(organizations, map(csv_cell, texts[k]), strict=True)))
            if k in _ORGANIZATION_FIELDS else fetched.index(k) for k in keys]


def _streamed_columns(chosen: tuple[RosterField, ...]) -> list[str]:
    """The fields `_streamed_query` selects, in order: an organization's cells as its id,
    once."""
    out: list[str] = []
    for f in chosen:
        key = "organization_id" if f.key in _ORGANIZATION_FIELDS else f.key
        if key not in out:
            out.append(key)
    return out


# The first characters that may need a guard, as code points: SQLite's unicode() reads a
# text's first one without making a new text as substr() would (0.15 → 0.13 s to the first
# row of a 100,000-person roster).
_RISKY_CODES = sorted(ord(ch) for ch in RISKY_FIRST_CHARACTERS)


def _guarded(cell: Any) -> Any:
    """A text cell as write_roster_csv writes it: a formula-like value becomes text. The
    Python guard runs only for the few cells whose first character may need it."""
    return case((func.unicode(cell).in_(_RISKY_CODES), func.cd_guard(cell)), else_=cell)


def _streamed_query(request: RosterRequest, chosen: tuple[RosterField, ...],
                    cohort_id: int) -> Any:
    """The roster's cells as CSV text, in name order, from one query (see `_stream_csv`).
    Each cell is guarded where it is read, so no expression is worked out twice per row. An
    organization's cells are its id, selected once: the few thousand organizations' texts are
    worked out once and looked up as the rows are written (`_stream_layout`), which spares
    SQLite a join and the driver two texts a row."""

    def shared(column: Any) -> Any:
        value = _guarded(func.coalesce(column, ""))
        return value if request.internal else case((Person.consent_share_contact, value),
                                                  else_="")

    columns: list[Any] = []
    fields = {f.key: f for f in chosen}
    for key in _streamed_columns(chosen):
        cell: Any
        if key == "organization_id":
            columns.append(Person.organization_id)  # looked up: _stream_layout
            continue
        f = fields[key]
        if f.key in _LABEL_FIELDS:
            enum, value = _LABEL_FIELDS[f.key]
            labels = {stored: guard(str(shown)) for stored, shown in _label_map(enum).items()}
            cell = case(labels, value=value, else_=_guarded(value))
        elif f.key in ("email", "phone"):
            cell = shared(getattr(Person, f.key))
        elif f.key == "name":
            cell = _guarded(PersonSearch.shown_name)
        else:
            cell = _column(f.key, request.internal)
            if f.kind == "text":
                cell = _guarded(cell)
        # A blank is "", as the csv module writes None: a chunk of text cells only goes to
        # the file without the csv writer (roster_csv.plain_lines).
        columns.append(func.coalesce(cell, ""))
    stmt = (
        select(*columns)
        .select_from(Membership)
        .join(Person, Person.id == Membership.person_id)
        .join(PersonSearch, PersonSearch.person_id == Person.id)
        .where(Membership.cohort_id == cohort_id)
        .order_by(PersonSearch.name_key, Person.id)
    )
    if request.roles:
        stmt = stmt.where(func.coalesce(Membership.role, MembershipRole.GUEST.value)
                          .in_(sorted(request.roles)))
    if request.stages:
        stmt = stmt.where(func.coalesce(Membership.stage, "").in_(sorted(request.stages)))
    return stmt


def session_language(store: Store, session_id: int | None) -> str:
    """The session's default document language ("en" when there is no session)."""
    if session_id is None:
        return "en"
    with store.read() as s:
        row = s.get(CohortSession, session_id)
        return row.document_language if row is not None else "en"


def write_table(table: RosterTable, fmt: Format, path: str | Path, paper: str = "letter") -> Path:
    """Write the roster as CSV, XLSX or PDF; `paper` ("letter" or "a4") lays out the PDF."""
    if fmt == "csv":
        return write_roster_csv(path, table)
    # The XLSX and PDF writers load their libraries, so they are imported on first use.
    if fmt == "xlsx":
        from cohortdesk.documents.roster_xlsx import write_roster_xlsx

        return write_roster_xlsx(path, table)
    if fmt == "pdf":
        from cohortdesk.documents.roster_pdf import write_roster_pdf

        return write_roster_pdf(path, table, paper)
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


