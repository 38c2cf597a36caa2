"""Invitations, registration, check-in and the cohort's attendance record.

Read API (frozen records from `cohortdesk.domain.attendance`, safe to hold in any thread):

- `registrations(store, session_id) -> list[RegistrationRecord]`: everyone invited to or
  attending a session, sorted by family name. Each has `person_id`, `name` (display name),
  `given_name`, `family_name`, `preferred_name`, `organization`, `email`, `role` (their
  membership role in the cohort, or "guest"), `status` (RegistrationStatus), `attendance`
  (AttendanceState or None), `mode` (AttendanceMode or None), `checked_in_at`, `walk_in`,
  `minutes` (Zoom), `access_needs`, `dietary_needs`, and `attendance_label` for print.
- `registration(store, session_id, person_id) -> RegistrationRecord | None`.
- `counts(store, session_id) -> SessionCounts`: per status, per state, in person / remote.
- `unlisted(store, session_id) -> list[UnlistedPerson]`: everyone else, for check-in mode.
- `people_named(store, name) -> list[int]`: people whose name is `name` (accents, case and
  punctuation ignored, either name order).
- `matrix(store, cohort_id) -> AttendanceMatrix`: people by sessions (in date order) with
  each person's rate, current run of consecutive absences, last session attended and
  `needs_outreach`; a cell is a state, `Brief.JOINED_BRIEFLY` (Zoom minutes below the
  threshold: counts as recorded and not attended) or None. `export_matrix_csv(matrix, path)`
  writes it, with per-session count rows under the people.

Writes, each one undoable step: `invite`, `invite_cohort`, `set_status`, `check_in`,
`add_walk_in`, `set_attendance`, `set_attendance_many`, `mark_many`, `set_mode`,
`mark_unchecked_absent`. A door check-in or a mark set by hand is never replaced by another
mark unless the caller says `replace` (after showing the user what stays).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.documents.formula_guard import guard
from cohortdesk.domain.attendance import (
    PROTECTED_SOURCES,
    AttendanceMatrix,
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
    Brief,
    BulkMarks,
    KeptMark,
    MatrixCell,
    MatrixRow,
    MatrixSession,
    RegistrationRecord,
    RegistrationStatus,
    SessionCounts,
    UnlistedPerson,
    absence_for,
    attendance_rate,
    consecutive_absences,
    format_rate,
    mark_origin,
    match_key,
    needs_confirmation,
    person_keys,
)
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import refusal
from cohortdesk.services.bulk_work import missing_ids
from cohortdesk.store import Store
from cohortdesk.store.models import CohortSession, Membership, Organization, Person
from cohortdesk.store.models.attendance import Registration

# A walk-in whose name several people share (key "attendance: several named").
SEVERAL_NAMED = ("{count} people are named {name}: choose one from the list instead of adding "
                 "a walk-in.")

# -- reading -----------------------------------------------------------------------------------


def _session_row(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def _records(
    session: Session, session_id: int, person_id: int | None = None
) -> list[RegistrationRecord]:
    cohort_id = _session_row(session, session_id).cohort_id
    # Columns, not entities: a convening's 500 rows without the ORM's per-object bookkeeping
    # (about a third of the time), since a list is read again after each change to it.
    stmt = (
        select(Registration.id, Registration.session_id, Registration.status,
               Registration.attendance, Registration.mode, Registration.checked_in_at,
               Registration.walk_in, Registration.minutes, Registration.source, Registration.note,
               Registration.marked_at, Person.id, Person.given_name, Person.family_name,
               Person.preferred_name, Person.email, Person.access_needs, Person.dietary_needs,
               Organization.name, Membership.role)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organization, Organization.id == Person.organization_id)
        .outerjoin(Membership,
                   (Membership.person_id == Person.id) & (Membership.cohort_id == cohort_id))
        .where(Registration.session_id == session_id)
    )
    if person_id is not None:
        stmt = stmt.where(Registration.person_id == person_id)
    out = []
    rows: Iterable[Any] = session.execute(stmt)  # twenty columns: past what Row's types spell
    for (reg_id, reg_session, status, state, mode, checked_in_at, walk_in, minutes, source, note,
         marked_at, pid, given, family, preferred, email, access, dietary, org, role) in rows:
        out.append(RegistrationRecord(
            id=reg_id, session_id=reg_session, person_id=pid,
            name=person_display_name(given, family, preferred),
            given_name=given, family_name=family, preferred_name=preferred,
            organization=org or "", email=email or "", role=role or "guest",
            status=RegistrationStatus(status),
            attendance=AttendanceState(state) if state else None,
            mode=AttendanceMode(mode) if mode else None,
            checked_in_at=checked_in_at, walk_in=walk_in, minutes=minutes,
            source=AttendanceSource(source) if source else None,
            access_needs=access, dietary_needs=dietary, note=note,
            marked_at=marked_at,
        ))
    out.sort(key=lambda r: r.sort_key)
    return out


def registrations(store: Store, session_id: int) -> list[RegistrationRecord]:
    with store.read() as session:
        return _records(session, session_id)


def registration(store: Store, session_id: int, person_id: int) -> RegistrationRecord | None:
    with store.read() as session:
        found = _records(session, session_id, person_id)
    return found[0] if found else None


def tally(records: Iterable[RegistrationRecord]) -> SessionCounts:
    by_status: dict[str, int] = {}
    by_attendance: dict[str, int] = {}
    checked = in_person = remote = brief = total = 0
    for r in records:
        total += 1
        by_status[r.status.value] = by_status.get(r.status.value, 0) + 1
        if r.attendance is not None:
            by_attendance[r.attendance.value] = by_attendance.get(r.attendance.value, 0) + 1
            if r.attendance.attended:
                if r.mode is AttendanceMode.REMOTE:
                    remote += 1
                else:
                    in_person += 1
        elif r.minutes:
            brief += 1
        checked += r.checked_in
    return SessionCounts(by_status, by_attendance, checked, in_person, remote, brief, total)


def counts(store: Store, session_id: int) -> SessionCounts:
    return tally(registrations(store, session_id))


def unlisted(store: Store, session_id: int) -> list[UnlistedPerson]:
    """Everyone in the workspace who is not on the session's list, sorted by family name."""
    with store.read() as session:
        _session_row(session, session_id)
        listed = select(Registration.person_id).where(Registration.session_id == session_id)
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
                   Organization.name, Person.access_needs, Person.dietary_needs)
            .outerjoin(Organization, Organization.id == Person.organization_id)
            .where(Person.id.not_in(listed))
        ).all()
    out = [UnlistedPerson(
        person_id=pid, name=person_display_name(g, f, p), given_name=g, family_name=f,
        preferred_name=p, organization=org or "", access_needs=access or "",
        dietary_needs=diet or "") for pid, g, f, p, org, access, diet in rows]
    out.sort(key=lambda u: u.sort_key)
    return out


def _people_named(session: Session, name: str) -> list[int]:
    key = match_key(name)
    if not key:
        return []
    found = []
    for pid, given, family, preferred in session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.preferred_name)):
        if key in person_keys(given, family, preferred):
            found.append(int(pid))
    return found


def people_named(store: Store, name: str) -> list[int]:
    """People whose full name is `name`, ignoring accents, case, punctuation and name order."""
    with store.read() as session:
        return _people_named(session, name)


def matrix(store: Store, cohort_id: int) -> AttendanceMatrix:
    """People by sessions. Rows: the cohort's members and everyone with a registration."""
    with store.read() as session:
        sess_rows = list(session.execute(
            select(CohortSession.id, CohortSession.title, CohortSession.starts_at,
                   CohortSession.status)
            .where(CohortSession.cohort_id == cohort_id)
        ).all())
        sess_rows.sort(key=lambda s: (s.starts_at is None, s.starts_at or dt.datetime.min, s.id))
        index = {s.id: i for i, s in enumerate(sess_rows)}
        people: dict[int, tuple[str, str, str, str]] = {}
        for pid, g, f, p, role in session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
                   Membership.role)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.cohort_id == cohort_id,
                   Membership.stage.not_in([MembershipStage.APPLICANT.value]))
        ):
            people[pid] = (person_display_name(g, f, p), role, f, p or g)
        cells: dict[int, list[MatrixCell]] = {}
        for pid, sid, state, minutes, g, f, p in session.execute(
            select(Registration.person_id, Registration.session_id, Registration.attendance,
                   Registration.minutes, Person.given_name, Person.family_name,
                   Person.preferred_name)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.session_id.in_(list(index)))
        ):
            if pid not in people:
                people[pid] = (person_display_name(g, f, p), "guest", f, p or g)
            row = cells.setdefault(pid, [None] * len(sess_rows))
            row[index[sid]] = (AttendanceState(state) if state
                               else Brief.JOINED_BRIEFLY if minutes else None)
    role_order = {r.value: i for i, r in enumerate(MembershipRole)}
    rows = []
    for pid, (name, role, family, first) in people.items():
        row_cells = tuple(cells.get(pid, [None] * len(sess_rows)))
        attended, recorded, rate = attendance_rate(row_cells)
        last = max((i for i, c in enumerate(row_cells) if c is not None and c.attended),
                   default=None)
        last_s = sess_rows[last] if last is not None else None
        rows.append((
            (role_order.get(role, 99), fold(family), fold(first)),
            MatrixRow(
                person_id=pid, name=name, role=role, cells=row_cells, attended=attended,
                recorded=recorded, rate=rate, consecutive_absences=consecutive_absences(row_cells),
                last_attended=last_s.title if last_s else "",
                last_attended_on=last_s.starts_at.date() if last_s and last_s.starts_at else None,
            ),
        ))
    rows.sort(key=lambda t: t[0])
    ordered = tuple(r for _k, r in rows)
    sessions = tuple(
        MatrixSession(
            id=s.id, title=s.title, starts_at=s.starts_at, status=s.status,
            attended=sum(1 for r in ordered if (c := r.cells[i]) is not None and c.attended),
            absent=sum(1 for r in ordered
                       if isinstance(c := r.cells[i], AttendanceState) and not c.attended),
            recorded=sum(1 for r in ordered if r.cells[i] is not None),
            brief=sum(1 for r in ordered if r.cells[i] is Brief.JOINED_BRIEFLY),
        )
        for i, s in enumerate(sess_rows)
    )
    return AttendanceMatrix(cohort_id=cohort_id, sessions=sessions, rows=ordered)


MATRIX_FIXED = ("Person", "Role")
MATRIX_TAIL = ("Attended", "Recorded", "Rate", "Consecutive absences", "Last attended",
               "Needs outreach")
COUNT_ROLE = "Session count"


def matrix_table(m: AttendanceMatrix) -> tuple[list[str], list[list[str]]]:
    """The matrix as text cells: the CSV export and the CLI print this."""
    header = list(MATRIX_FIXED)
    for s in m.sessions:
        when = s.starts_at.date().isoformat() if s.starts_at else "undated"
        header.append(f"{s.title} ({when})")
    header += list(MATRIX_TAIL)
    body = []
    for r in m.rows:
        last = r.last_attended
        if last and r.last_attended_on:
            last = f"{last} ({r.last_attended_on.isoformat()})"
        body.append([r.name, role_label(r.role),
                     *(c.label if c else "" for c in r.cells),
                     str(r.attended), str(r.recorded), format_rate(r.rate),
                     str(r.consecutive_absences), last, "Yes" if r.needs_outreach else ""])
    # Per-session counts under the people, one row per measure, so they stay numbers.
    blank = [""] * len(MATRIX_TAIL)
    for label, values in (
            ("Attended", [s.attended for s in m.sessions]),
            ("Absent", [s.absent for s in m.sessions]),
            ("Joined briefly", [s.brief for s in m.sessions]),
            ("Not recorded", [len(m.rows) - s.recorded for s in m.sessions])):
        body.append([label, COUNT_ROLE, *map(str, values), *blank])
    return header, body


def role_label(role: str) -> str:
    try:
        return MembershipRole(role).label
    except ValueError:
        return role.capitalize()


def export_matrix_csv(m: AttendanceMatrix, path: str | Path) -> Path:
    """UTF-8 with a byte-order mark, so Excel shows accents; written atomically."""
    target = Path(path)
    header, body = matrix_table(m)
    with atomic_path(target) as temp, temp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([guard(h) for h in header])
        writer.writerows([[guard(c) for c in row] for row in body])
    return target


# -- writing ------------------------------------------------------------------------------------


def _person(session: Session, person_id: int) -> Person:
    p = session.get(Person, person_id)
    if p is None:
        raise NotFoundError(f"Person {person_id} is not in this workspace.")
    return p


def _name(p: Person) -> str:
    return person_display_name(p.given_name, p.family_name, p.preferred_name)


def _reg(session: Session, session_id: int, person_id: int) -> Registration | None:
    return session.scalar(select(Registration).where(
        Registration.session_id == session_id, Registration.person_id == person_id))


def _ensure(session: Session, session_id: int, person_id: int,
            status: RegistrationStatus = RegistrationStatus.INVITED) -> Registration:
    reg = _reg(session, session_id, person_id)
    if reg is None:
        reg = Registration(session_id=session_id, person_id=person_id, status=status.value,
                           attendance=None, mode="", walk_in=False, source="", note="")
        session.add(reg)
        session.flush()
    return reg


def invite(store: Store, session_id: int, person_ids: Sequence[int], *,
           status: RegistrationStatus = RegistrationStatus.INVITED,
           source: object | None = None) -> int:
    """Invite people (members or guests). People already on the list keep their status.

    Returns how many were added."""
    status = RegistrationStatus(status)
    wanted = list(dict.fromkeys(person_ids))
    if not wanted:
        return 0
    with store.read() as session:
        title = _session_row(session, session_id).title
        if missing := missing_ids(session, Person.id, wanted):
            raise NotFoundError(f"Person {missing[0]} is not in this workspace.")
        names = [_name(_person(session, pid)) for pid in wanted[:1]]
    label = (f"Invite {names[0]} to {title}" if len(wanted) == 1
             else f"Invite {len(wanted)} People to {title}")
    return _add_registrations(store, label, session_id, wanted, status, source)


def _add_registrations(store: Store, label: str, session_id: int, person_ids: Sequence[int],
                       status: RegistrationStatus, source: object | None) -> int:
    """Put on the session's list those of `person_ids` not on it yet, with `status`: one
    insert, where one by one 20,000 people took 12 s. Returns how many were added."""
    with store.read() as session:
        listed = set(session.scalars(select(Registration.person_id).where(
            Registration.session_id == session_id)))
    rows = [{"session_id": session_id, "person_id": pid, "status": status.value,
             "attendance": None, "mode": "", "walk_in": False, "source": "", "note": ""}
            for pid in person_ids if pid not in listed]
    if rows:
        # Inside an operation the read above is the operation's own transaction: nobody has
        # listed one of them since.
        with store.change(label, source=source) as session:
            session.execute(insert(Registration), rows)
    return len(rows)


def invite_cohort(store: Store, session_id: int, *,
                  roles: Iterable[MembershipRole] = (MembershipRole.MEMBER,),
                  source: object | None = None) -> int:
    """Invite the selected and active people of the session's cohort in one step.

    Only members by default: program staff, facilitators, partners and speakers are invited
    when their role is named in `roles`. Returns how many were added."""
    wanted = [MembershipRole(r).value for r in roles]
    if not wanted:
        raise ValidationError("roles", "Choose whom to invite: members, staff or others.")
    with store.read() as session:
        cohort_id = _session_row(session, session_id).cohort_id
        pids = list(session.scalars(select(Membership.person_id).where(
            Membership.cohort_id == cohort_id, Membership.role.in_(wanted),
            Membership.stage.in_([MembershipStage.SELECTED.value, MembershipStage.ACTIVE.value]))))
        title = _session_row(session, session_id).title
    who = ("Cohort" if wanted == [MembershipRole.MEMBER.value]
           else ", ".join(MembershipRole(r).label for r in wanted))
    return _add_registrations(store, f"Invite {who} to {title}", session_id, pids,
                              RegistrationStatus.INVITED, source)


def set_status(store: Store, session_id: int, person_id: int, status: RegistrationStatus, *,
               source: object | None = None) -> None:
    status = RegistrationStatus(status)
    with store.read() as session:
        name = _name(_person(session, person_id))
    with store.change(f"Mark {name} {status.label}", source=source) as session:
        _ensure(session, session_id, person_id, status).status = status.value


def remove(store: Store, session_id: int, person_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        name = _name(_person(session, person_id))
    with store.change(f"Remove {name} from the Session", source=source) as session:
        reg = _reg(session, session_id, person_id)
        if reg is not None:
            session.delete(reg)


def now_in_zone(time_zone: str) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(time_zone)).replace(tzinfo=None, microsecond=0)


def check_in(store: Store, session_id: int, person_id: int, *, when: dt.datetime | None = None,
             mode: AttendanceMode = AttendanceMode.IN_PERSON, source: object | None = None) -> None:
    """Mark a person present now (the session's local time) and register them if needed."""
    with store.read() as session:
        name = _name(_person(session, person_id))
        zone = _session_row(session, session_id).time_zone
    when = when or now_in_zone(zone)
    with store.change(f"Check In {name}", source=source) as session:
        reg = _ensure(session, session_id, person_id, RegistrationStatus.REGISTERED)
        if reg.status != RegistrationStatus.REGISTERED.value:
            reg.status = RegistrationStatus.REGISTERED.value
        reg.checked_in_at = when
        reg.marked_at = when
        reg.attendance = AttendanceState.PRESENT.value
        reg.mode = AttendanceMode(mode).value
        reg.source = AttendanceSource.CHECK_IN.value


def split_name(text: str) -> tuple[str, str]:
    words = clean(text).split()
    if not words:
        raise ValidationError("name", "Type the walk-in's name.")
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (words[0], "")


def add_walk_in(store: Store, session_id: int, name: str, *, when: dt.datetime | None = None,
                source: object | None = None) -> int:
    """Check in someone not on the list, as one undo step. Returns the person id.

    When `name` is an existing person's full name (accents, case, punctuation and name
    order ignored) that person is checked in, never a second one added; when it is the name
    of several people, ValidationError("name") asks to choose one from the list."""
    given, family = split_name(name)
    with store.read() as session:
        zone = _session_row(session, session_id).time_zone
        existing = _people_named(session, name)
    when = when or now_in_zone(zone)
    if len(existing) > 1:
        raise refusal("name", "attendance: several named", SEVERAL_NAMED, count=len(existing),
                      name=clean(name))
    if existing:
        return _walk_in_existing(store, session_id, existing[0], when, source)
    label = f"Check In Walk-in {' '.join(x for x in (given, family) if x)}"
    with store.change(label, source=source) as session:
        person = Person(given_name=given, family_name=family, preferred_name="", pronouns="",
                        title="", email=None, phone="", bio="", access_needs="",
                        dietary_needs="", consent_share_contact=False, internal_notes="")
        session.add(person)
        session.flush()
        session.add(Registration(
            session_id=session_id, person_id=person.id, status=RegistrationStatus.REGISTERED.value,
            attendance=AttendanceState.PRESENT.value, mode=AttendanceMode.IN_PERSON.value,
            checked_in_at=when, walk_in=True, source=AttendanceSource.CHECK_IN.value, note="",
            marked_at=when))
        return person.id


def _walk_in_existing(store: Store, session_id: int, person_id: int, when: dt.datetime,
                      source: object | None) -> int:
    with store.read() as session:
        name = _name(_person(session, person_id))
        reg = _reg(session, session_id, person_id)
        listed, checked = reg is not None, reg is not None and reg.checked_in_at is not None
    if checked:
        return person_id  # already in: nothing to change
    if listed:
        check_in(store, session_id, person_id, when=when, source=source)
        return person_id
    with store.change(f"Check In Walk-in {name}", source=source) as session:
        session.add(Registration(
            session_id=session_id, person_id=person_id,
            status=RegistrationStatus.REGISTERED.value, attendance=AttendanceState.PRESENT.value,
            mode=AttendanceMode.IN_PERSON.value, checked_in_at=when, walk_in=True,
            source=AttendanceSource.CHECK_IN.value, note="", marked_at=when))
    return person_id


_PROTECTED = tuple(s.value for s in PROTECTED_SOURCES)


def _kept(reg: Registration | None, name: str,
          state: AttendanceState | None) -> KeptMark | None:
    """The protected mark `reg` holds that writing `state` would replace, or None."""
    if reg is None or reg.attendance is None or not needs_confirmation(
            reg.source, reg.attendance, state):
        return None
    return kept_mark(reg, name, AttendanceState(state) if state else None)


def kept_mark(reg: Registration, name: str = "",
              wanted: AttendanceState | None = None) -> KeptMark:
    """The protected mark `reg` holds (it holds one), with where it came from."""
    return KeptMark(reg.person_id, name, AttendanceState(str(reg.attendance)),
                    mark_origin(reg.source, reg.attendance, reg.checked_in_at, reg.marked_at),
                    wanted, reg.source or "", reg.checked_in_at, reg.marked_at)


def _mark(reg: Registration, state: AttendanceState | None, mode: AttendanceMode | None,
          how: AttendanceSource, when: dt.datetime) -> None:
    reg.attendance = AttendanceState(state).value if state else None
    if mode is not None:
        reg.mode = AttendanceMode(mode).value
    elif state and AttendanceState(state).attended and not reg.mode:
        reg.mode = AttendanceMode.IN_PERSON.value
    reg.source = AttendanceSource(how).value if state else ""
    reg.marked_at = when if state else None
    if state is None or not AttendanceState(state).attended:
        reg.checked_in_at = None


def set_attendance(store: Store, session_id: int, person_id: int, state: AttendanceState | None, *,
                   mode: AttendanceMode | None = None,
                   how: AttendanceSource = AttendanceSource.MANUAL,
                   replace: bool = False,
                   source: object | None = None) -> KeptMark | None:
    """Record (or with None, clear) one person's attendance state.

    A door check-in or a mark set by hand is replaced only with `replace`: otherwise nothing
    changes and the mark that stayed is returned ("kept: checked in at the door 9:04"), for
    the user to see and perhaps replace."""
    with store.read() as session:
        name = _name(_person(session, person_id))
        zone = _session_row(session, session_id).time_zone
        kept = None if replace else _kept(_reg(session, session_id, person_id), name, state)
    if kept is not None:
        return kept
    label = (f"Mark {name} {AttendanceState(state).label}" if state
             else f"Clear Attendance of {name}")
    with store.change(label, source=source) as session:
        reg = _ensure(session, session_id, person_id, RegistrationStatus.REGISTERED)
        unchanged = (reg.attendance == (AttendanceState(state).value if state else None)
                     and (mode is None or reg.mode == AttendanceMode(mode).value)
                     and (reg.source == AttendanceSource(how).value
                          or reg.source in _PROTECTED or not state))
        if not unchanged:
            _mark(reg, state, mode, how, now_in_zone(zone))
    return None


def mark_many(store: Store, session_id: int, person_ids: Sequence[int],
              state: AttendanceState | None, *, mode: AttendanceMode | None = None,
              how: AttendanceSource = AttendanceSource.BULK, replace: Iterable[int] = (),
              source: object | None = None) -> BulkMarks:
    """Mark several people at once, as one step. Door check-ins and marks set by hand stay
    unless their person is in `replace`; they come back as `kept`, for the user to see."""
    allowed = set(replace)
    with store.read() as session:
        row = _session_row(session, session_id)
        title, zone = row.title, row.time_zone
    what = AttendanceState(state).label if state else "Not Recorded"
    kept: list[KeptMark] = []
    marked = 0
    when = now_in_zone(zone)
    with store.change(f"Mark {len(person_ids)} People {what} ({title})", source=source) as session:
        for pid in dict.fromkeys(person_ids):
            p = _person(session, pid)
            reg = _reg(session, session_id, pid)
            found = _kept(reg, _name(p), state)
            if found is not None and pid not in allowed:
                kept.append(found)
                continue
            reg = reg or _ensure(session, session_id, pid, RegistrationStatus.REGISTERED)
            if reg.attendance == (AttendanceState(state).value if state else None) and (
                    mode is None or reg.mode == AttendanceMode(mode).value):
                continue
            _mark(reg, state, mode, how, when)
            marked += 1
    return BulkMarks(marked, tuple(kept))


def set_attendance_many(store: Store, session_id: int, person_ids: Sequence[int],
                        state: AttendanceState | None, *,
                        how: AttendanceSource = AttendanceSource.MANUAL,
                        replace: Iterable[int] = (),
                        source: object | None = None) -> BulkMarks:
    """Record (or with None, clear) the same state for several people, as one step. As for
    one person (`set_attendance`), a door check-in or a mark set by hand stays unless its
    person is in `replace`; those come back as `kept`, for the user to see."""
    ids = list(dict.fromkeys(person_ids))
    allowed = set(replace)
    kept: list[KeptMark] = []
    if len(ids) == 1:
        found = set_attendance(store, session_id, ids[0], state, how=how,
                               replace=ids[0] in allowed, source=source)
        return BulkMarks(0, (found,)) if found is not None else BulkMarks(1)
    label = (f"Mark {len(ids)} People {AttendanceState(state).label}" if state
             else f"Clear Attendance of {len(ids)} People")
    with store.change(label, source=source):
        for pid in ids:
            found = set_attendance(store, session_id, pid, state, how=how,
                                   replace=pid in allowed, source=source)
            if found is not None:
                kept.append(found)
    return BulkMarks(len(ids) - len(kept), tuple(kept))


def set_mode(store: Store, session_id: int, person_id: int, mode: AttendanceMode, *,
             source: object | None = None) -> None:
    """Record how a person attends (in person or remote) without touching their state."""
    mode = AttendanceMode(mode)
    with store.read() as session:
        name = _name(_person(session, person_id))
    with store.change(f"Mark {name} {mode.label}", source=source) as session:
        _ensure(session, session_id, person_id).mode = mode.value


def mark_unchecked_absent(store: Store, session_id: int, *, source: object | None = None) -> int:
    """After the event: everyone with no attendance recorded becomes absent, in one step.

    Invited and registered people are absent (unexcused); people who declined or cancelled
    are absent (excused); the waitlist is left alone, and so are program staff (never
    participants) and people a Zoom report gave minutes (they joined briefly). The marks
    carry their own source, MARKED_ABSENT, so a Zoom report imported later replaces them.
    Returns how many were marked."""
    with store.read() as session:
        row = _session_row(session, session_id)
        title, cohort_id = row.title, row.cohort_id
    marked = 0
    when = now_in_zone(row.time_zone)
    with store.change(f"Mark Everyone Not Checked In Absent ({title})", source=source) as session:
        staff = set(session.scalars(select(Membership.person_id).where(
            Membership.cohort_id == cohort_id,
            Membership.role == MembershipRole.PROGRAM_STAFF.value)))
        for reg in session.scalars(select(Registration).where(
                Registration.session_id == session_id, Registration.attendance.is_(None))):
            state = absence_for(RegistrationStatus(reg.status))
            if state is None or reg.person_id in staff or reg.minutes:
                continue
            reg.attendance = state.value
            reg.source = AttendanceSource.MARKED_ABSENT.value
            reg.marked_at = when
            marked += 1
    return marked


# -- the example network ------------------------------------------------------------------------


def example_data(session: Session, data: dict[str, Any], **ids: Any) -> None:
    """Registrations and attendance for the example network's held sessions."""
    import json

    from cohortdesk import paths

    path = paths.resources_dir() / "example" / "attendance.json"
    if not path.exists():
        return
    extra = json.loads(path.read_text(encoding="utf-8"))
    people: dict[str, int] = ids["people"]
    sessions: dict[str, int] = ids["sessions"]
    for s_key, entries in extra["sessions"].items():
        sid = sessions[s_key]
        for e in entries:
            checked = e.get("checked_in_at")
            session.add(Registration(
                session_id=sid, person_id=people[e["person"]], status=e["status"],
                attendance=e.get("attendance"), mode=e.get("mode", ""),
                checked_in_at=dt.datetime.fromisoformat(checked) if checked else None,
                walk_in=False, minutes=e.get("minutes"), source=e.get("source", ""),
                note=e.get("note", ""),
            ))
    session.flush()
