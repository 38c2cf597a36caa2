"""Notes on a session or one of its agenda items, and the cohort's compiled minutes.

Note text is plain with light Markdown (**bold**, *italic*, "- " and "1. " lists);
`render_html` turns it into the little HTML that Qt's rich text and reportlab paragraphs show.
Times are stored in UTC (naive) and shown in the session's own time zone, with its
abbreviation ("Oct 14, 2025, 5:30 PM CDT"), wherever the laptop is.

Read API (frozen dataclasses):
    notes_for_session(store, session_id) -> tuple[NoteRecord]
        session-wide notes first, then each agenda item's in agenda order; oldest first within
        NoteRecord: id, session_id, agenda_item_id, item_title, kind, author_id, author_name,
        body, created_at, edited_at (UTC, naive), time_zone (the session's)
    previous_session_id(store, session_id) -> int | None    # the cohort's session before it
    notes_of_previous_session(store, session_id) -> tuple[NoteRecord]
    author_choices(store, session_id, *, keep=None) -> list[(person id, label)]
        the cohort's program staff and facilitators (everyone if it has none), plus `keep`
    session_time(utc_naive, zone) -> aware datetime; format_moment(utc_naive, zone) -> str
    compile_minutes(store, cohort_id) -> str                 # one Markdown document; blank
                                                             # notes are left out
    write_minutes(store, cohort_id, path) -> Path            # written atomically
    render_html(text) -> str

Edits (each one undoable step):
    add_note(store, session_id, data) -> int
    update_note(store, note_id, data); set_note_text(store, note_id, body)  # autosave path
    delete_note(store, note_id)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.domain.agenda import NoteKind, format_clock
from cohortdesk.domain.enums import MembershipRole
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import full_name, person_display_name
from cohortdesk.domain.text import fold
from cohortdesk.services.actions import sessions_in_order
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
from cohortdesk.store.models.agenda import AgendaItem, Note

AUTHOR_ROLES = (MembershipRole.PROGRAM_STAFF, MembershipRole.FACILITATOR)


@dataclass(frozen=True)
class NoteData:
    body: str = ""
    kind: NoteKind = NoteKind.MINUTES
    author_id: int | None = None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class NoteRecord(NoteData):
    id: int = 0
    session_id: int = 0
    item_title: str = ""
    author_name: str = ""
    created_at: dt.datetime = dt.datetime.min
    edited_at: dt.datetime = dt.datetime.min
    time_zone: str = ""

    @property
    def created_text(self) -> str:
        return format_moment(self.created_at, self.time_zone)

    @property
    def edited_text(self) -> str:
        return format_moment(self.edited_at, self.time_zone)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def session_time(utc_naive: dt.datetime, zone: str | None) -> dt.datetime:
    """A stored UTC time in the session's zone (the laptop's when the zone is unknown)."""
    moment = utc_naive.replace(tzinfo=dt.UTC)
    if zone:
        try:
            return moment.astimezone(ZoneInfo(zone))
        except (ValueError, KeyError):
            pass
    return moment.astimezone()


def format_moment(utc_naive: dt.datetime, zone: str | None) -> str:
    """ "Oct 14, 2025, 5:30 PM CDT": a stored UTC time as the session's local time."""
    t = session_time(utc_naive, zone)
    return f"{t:%b} {t.day}, {t.year}, {format_clock(t)} {t.tzname() or ''}".rstrip()


def _session_row(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def _records(session: Session, session_ids: list[int]) -> list[NoteRecord]:
    rows = list(session.execute(
        select(Note, AgendaItem.title, AgendaItem.day, AgendaItem.position,
               Person.given_name, Person.family_name, Person.preferred_name,
               CohortSession.time_zone)
        .join(CohortSession, CohortSession.id == Note.session_id)
        .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .outerjoin(Person, Person.id == Note.author_id)
        .where(Note.session_id.in_(session_ids))
    ).all())
    order = {sid: n for n, sid in enumerate(session_ids)}
    rows.sort(key=lambda r: (order[r[0].session_id], r[0].agenda_item_id is not None,
                             r[2] or 0, r[3] or 0, r[0].created_at, r[0].id))
    return [
        NoteRecord(
            body=n.body, kind=NoteKind(n.kind), author_id=n.author_id,
            agenda_item_id=n.agenda_item_id, id=n.id, session_id=n.session_id,
            item_title=title or "",
            author_name=person_display_name(given or "", family or "", preferred or "")
            if n.author_id else "",
            created_at=n.created_at, edited_at=n.edited_at, time_zone=zone)
        for n, title, _day, _pos, given, family, preferred, zone in rows
    ]


def notes_for_session(store: Store, session_id: int) -> tuple[NoteRecord, ...]:
    with store.read() as session:
        _session_row(session, session_id)
        return tuple(_records(session, [session_id]))


def previous_session_id(store: Store, session_id: int) -> int | None:
    with store.read() as session:
        row = _session_row(session, session_id)
        order = sessions_in_order(session, row.cohort_id)
    at = order.index(session_id)
    return order[at - 1] if at > 0 else None


def notes_of_previous_session(store: Store, session_id: int) -> tuple[NoteRecord, ...]:
    previous = previous_session_id(store, session_id)
    return notes_for_session(store, previous) if previous is not None else ()


def author_choices(store: Store, session_id: int, *,
                   keep: int | None = None) -> list[tuple[int, str]]:
    """(person id, "Name — Organization") of who may author the session's notes, by name:
    the cohort's program staff and facilitators. `keep` (a note's current author) stays in
    the list whoever it is. A cohort with no staff or facilitators yet offers everyone."""
    with store.read() as session:
        cohort_id = _session_row(session, session_id).cohort_id
        person = select(Person.id, Person.given_name, Person.family_name, Organization.name) \
            .outerjoin(Organization, Organization.id == Person.organization_id)
        staff = list(session.execute(
            person.join(Membership, Membership.person_id == Person.id)
            .where(Membership.cohort_id == cohort_id,
                   Membership.role.in_([r.value for r in AUTHOR_ROLES]))))
        if not staff:
            staff = list(session.execute(person))
        if keep is not None and keep not in {row[0] for row in staff}:
            staff += list(session.execute(person.where(Person.id == keep)))
    choices = {pid: (f"{full_name(given, family)} — {org}" if org
                     else full_name(given, family))
               for pid, given, family, org in staff}
    return sorted(choices.items(), key=lambda c: fold(c[1]))


def get_note(store: Store, note_id: int) -> NoteRecord:
    with store.read() as session:
        row = _get(session, note_id)
        found = [r for r in _records(session, [row.session_id]) if r.id == note_id]
    return found[0]


def _get(session: Session, note_id: int) -> Note:
    row = session.get(Note, note_id)
    if row is None:
        raise NotFoundError("That note is no longer in this workspace.")
    return row


def _validate(session: Session, session_id: int, data: NoteData) -> NoteData:
    try:
        kind = NoteKind(data.kind)
    except ValueError:
        raise ValidationError("kind", f"“{data.kind}” is not a kind of note.") from None
    if data.author_id is not None and session.get(Person, data.author_id) is None:
        raise ValidationError("author_id", "That person is no longer in this workspace.")
    if data.agenda_item_id is not None:
        item = session.get(AgendaItem, data.agenda_item_id)
        if item is None or item.session_id != session_id:
            raise ValidationError("agenda_item_id", "That agenda item is not in this session.")
    # Text is kept as typed (trailing spaces included): autosave must never alter it.
    return dataclasses.replace(data, kind=kind)


def add_note(store: Store, session_id: int, data: NoteData, *, source: object | None = None) -> int:
    with store.change(f"Add {NoteKind(data.kind).label} Note", source=source) as session:
        _session_row(session, session_id)
        cleaned = _validate(session, session_id, data)
        now = _now()
        row = Note(session_id=session_id, agenda_item_id=cleaned.agenda_item_id,
                   kind=cleaned.kind.value, author_id=cleaned.author_id, body=cleaned.body,
                   created_at=now, edited_at=now)
        session.add(row)
        session.flush()
        return row.id


def update_note(store: Store, note_id: int, data: NoteData, *,
                source: object | None = None) -> None:
    with store.change(f"Edit {NoteKind(data.kind).label} Note", source=source) as session:
        row = _get(session, note_id)
        cleaned = _validate(session, row.session_id, data)
        row.kind, row.author_id = cleaned.kind.value, cleaned.author_id
        row.agenda_item_id = cleaned.agenda_item_id
        if row.body != cleaned.body:
            row.body, row.edited_at = cleaned.body, _now()


def set_note_text(store: Store, note_id: int, body: str, *, source: object | None = None) -> bool:
    """Write the note's text if it changed (the editor's autosave). Returns whether it wrote."""
    with store.read() as session:
        if _get(session, note_id).body == body:
            return False
    # Autosaves of one note while typing undo together.
    with store.change("Type in Note", source=source, merge_key=("note text", note_id)) as session:
        row = _get(session, note_id)
        row.body, row.edited_at = body, _now()
    return True


def delete_note(store: Store, note_id: int, *, source: object | None = None) -> None:
    with store.change("Delete Note", source=source) as session:
        session.delete(_get(session, note_id))


# -- light Markdown ----------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    escaped = _BOLD.sub(lambda m: f"<b>{m.group(1) or m.group(2)}</b>", escaped)
    return _ITALIC.sub(lambda m: f"<i>{m.group(1) or m.group(2)}</i>", escaped)


def render_html(text: str) -> str:
    """Light Markdown to simple HTML: paragraphs, <b>, <i>, <ul>/<ol> lists. Escapes the rest."""
    out: list[str] = []
    paragraph: list[str] = []
    list_kind: str | None = None

    def close_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br/>".join(paragraph) + "</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for line in text.splitlines():
        bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
        if bullet or numbered:
            kind = "ul" if bullet else "ol"
            close_paragraph()
            if list_kind != kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"<li>{_inline((bullet or numbered).group(1))}</li>")  # type: ignore[union-attr]
        elif not line.strip():
            close_paragraph()
            close_list()
        else:
            close_list()
            paragraph.append(_inline(line.strip()))
    close_paragraph()
    close_list()
    return "".join(out)


# -- compiled minutes --------------------------------------------------------------------


def compile_minutes(store: Store, cohort_id: int) -> str:
    """All notes and decisions of a cohort's sessions, in session order, as Markdown."""
    with store.read() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        order = sessions_in_order(session, cohort_id)
        sessions = {s.id: s for s in session.scalars(
            select(CohortSession).where(CohortSession.id.in_(order)))}
        records = _records(session, order)
        heading = " — ".join(x for x in (cohort.program, cohort.name) if x)
    lines = [f"# Minutes: {heading}", ""]
    by_session: dict[int, list[NoteRecord]] = {}
    for r in records:
        if r.body.strip():  # a note started and never written is not minutes
            by_session.setdefault(r.session_id, []).append(r)
    for sid in order:
        notes = by_session.get(sid)
        if not notes:
            continue
        s = sessions[sid]
        when = (f"{s.starts_at:%B} {s.starts_at.day}, {s.starts_at.year}" if s.starts_at
                else "date not set")
        lines += [f"## {s.title}", f"*{when}*", ""]
        for n in notes:
            about = f" — {n.item_title}" if n.item_title else ""
            by = f" ({n.author_name})" if n.author_name else ""
            lines += [f"### {n.kind.label}{about}{by}", "", n.body.strip(), ""]
    if len(lines) == 2:
        lines.append("No notes yet.")
    return "\n".join(lines).rstrip() + "\n"


def write_minutes(store: Store, cohort_id: int, path: str | Path) -> Path:
    target = Path(path)
    text = compile_minutes(store, cohort_id)
    with atomic_path(target, private=True) as temp:  # internal minutes: 0600
        temp.write_text(text, encoding="utf-8")
    return target
