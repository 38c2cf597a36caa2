"""Session print materials from the workspace: the packet, badges, tents, sign-in, agenda.

Read API:
    packet_data(store, session_id) -> PacketData      # everything a packet can print
    participants(store, session_id) -> tuple[PacketPerson]
Generation (each takes a progress callback, so the UI runs it on the worker thread):
    generate_packet(store, session_id, path, options, progress) -> PacketResult
    generate_badges(store, session_id, path, stock) / generate_alignment_test(path, stock)
    generate_tents(store, session_id, path, paper) / generate_sign_in(store, session_id, path)
    generate_agenda(store, session_id, path, paper)

Who is printed: people registered for the session (walk-ins included); when nobody is
registered yet, the cohort's selected and active members, so a packet can be drafted early
(`PacketData.people_source` says which, and the roster and sign-in sheet say so too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from cohortdesk.documents import i18n
from cohortdesk.documents.i18n import _
from cohortdesk.documents.packet_data import (
    AgendaDay,
    AgendaEntry,
    AgendaGroup,
    NextStep,
    NoteEntry,
    PacketData,
    PacketOptions,
    PacketPerson,
    PrereadFile,
    PreviousNotes,
)
from cohortdesk.domain.enums import MembershipStage, SessionFormat
from cohortdesk.domain.errors import NotFoundError
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.domain.records import jurisdiction as jurisdiction_of
from cohortdesk.services import actions, notes, prereads
from cohortdesk.services import agenda as agenda_service
from cohortdesk.services.sessions import zone_abbreviation
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
from cohortdesk.store.models.attendance import Registration

if TYPE_CHECKING:
    from cohortdesk.documents.packet import PacketResult

_PRINTED_STATUSES = ("registered",)


def participants(store: Store, session_id: int) -> tuple[PacketPerson, ...]:
    return _participants(store, session_id)[0]


def _participants(store: Store, session_id: int) -> tuple[tuple[PacketPerson, ...], str]:
    """(the people printed, "registered" or "members": who they are, for the heading)."""
    source = "registered"
    with store.read() as session:
        row = session.get(CohortSession, session_id)
        if row is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        registered = select(Registration.person_id).where(
            Registration.session_id == session_id,
            (Registration.status.in_(_PRINTED_STATUSES)) | Registration.walk_in,
        )
        ids = set(session.scalars(registered))
        if not ids and not session.scalar(
            select(Registration.id).where(Registration.session_id == session_id).limit(1)
        ):
            source = "members"
            ids = set(session.scalars(select(Membership.person_id).where(
                Membership.cohort_id == row.cohort_id,
                Membership.stage.in_((MembershipStage.ACTIVE.value,
                                      MembershipStage.SELECTED.value)),
            )))
        roles = {pid: role for pid, role in session.execute(
            select(Membership.person_id, Membership.role).where(
                Membership.cohort_id == row.cohort_id))}
        stmt = (
            select(Person, Organization.name, Organization.kind, Organization.city,
                   Organization.state_region)
            .outerjoin(Organization, Person.organization_id == Organization.id)
            .where(Person.id.in_(ids))
        )
        people = []
        for p, org, kind, city, state in session.execute(stmt):
            people.append(PacketPerson(
                person_id=p.id, given_name=p.given_name, family_name=p.family_name,
                preferred_name=p.preferred_name, pronouns=p.pronouns, title=p.title,
                organization=org or "", jurisdiction=jurisdiction_of(org, kind, city, state),
                email=p.email or "", phone=p.phone, consent_share_contact=p.consent_share_contact,
                bio=p.bio, role=roles.get(p.id, "guest"), access_needs=p.access_needs,
            ))
    return tuple(sorted(people, key=lambda x: x.family_key)), source


def _agenda(store: Store, session_id: int) -> tuple[AgendaDay, ...]:
    timed = agenda_service.timed_agenda(store, session_id)
    days = []
    for day in timed.days:
        entries = []
        for item in day.items:
            presenters = tuple(
                ", ".join(x for x in (p.name, p.title, p.jurisdiction or p.organization) if x)
                for p in item.presenters
            )
            groups = tuple(AgendaGroup(g.name, g.room, g.facilitator) for g in item.groups)
            entries.append(AgendaEntry(
                title=item.title, start=item.start if timed.has_clock else None,
                end=item.end if timed.has_clock else None,
                duration_minutes=item.duration_minutes, kind=item.kind.label,
                description=item.description, presenters=presenters, room=item.room,
                groups=groups,
            ))
        days.append(AgendaDay(day.number, day.date if timed.has_clock else None, tuple(entries)))
    return tuple(d for d in days if d.entries)


def _next_steps(store: Store, session_id: int) -> tuple[NextStep, ...]:
    return tuple(
        NextStep(owner=a.owner_name, description=a.description, due=a.due_on,
                 raised_in=a.raised_session_title)
        for a in actions.carried_into(store, session_id)
    )


def _previous_notes(store: Store, session_id: int) -> PreviousNotes | None:
    previous = notes.previous_session_id(store, session_id)
    if previous is None:
        return None
    records = notes.notes_for_session(store, previous)
    if not records:
        return None
    with store.read() as session:
        row = session.get(CohortSession, previous)
        title = row.title if row else ""
        date = row.starts_at.date() if row and row.starts_at else None
    order = {"decision": 0, "minutes": 1, "observation": 2, "reflection": 3}
    ordered = sorted(records, key=lambda n: order.get(str(n.kind), 9))
    # Headings in the plural ("Decisions", "Minutes"), in the catalogue beside the labels.
    plurals = {n.kind: n.kind.label if n.kind.label.endswith("s") else n.kind.label + "s"
               for n in ordered}
    return PreviousNotes(title, date, tuple(
        NoteEntry(kind=_(plurals[n.kind]), body=n.body, about=n.item_title) for n in ordered
    ))


def packet_data(store: Store, session_id: int, *, with_prereads: bool = True,
                with_results: bool = False) -> PacketData:
    with store.read() as session:
        row = session.get(CohortSession, session_id)
        if row is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        cohort = session.get(Cohort, row.cohort_id)
        program = cohort.program if cohort else ""
        cohort_name = cohort.name if cohort else ""
        values = {
            "title": row.title, "starts_at": row.starts_at, "ends_at": row.ends_at,
            "time_zone": row.time_zone, "venue": row.venue, "meeting_link": row.meeting_link,
            "welcome": row.description, "objectives": tuple(str(o) for o in row.objectives or ()),
            "format_label": SessionFormat(row.format).label if row.format else "",
        }
    row_zone, row_start = str(values["time_zone"]), row.starts_at
    files = []
    if with_prereads:
        for record in prereads.list_prereads(store, session_id):
            files.append(PrereadFile(record.title, record.filename, record.page_count,
                                     prereads.preread_content(store, record.id)))
    logo = prereads.logo(store)
    people, source = _participants(store, session_id)
    results_data = None
    if with_results:
        from cohortdesk.services import results

        results_data = results.print_data(store, row.cohort_id)
    return PacketData(
        results=results_data,
        program=program, cohort=cohort_name,
        zone_abbreviation=zone_abbreviation(row_zone, row_start) if row_start else "",
        people=people, people_source=source, agenda=_agenda(store, session_id),
        next_steps=_next_steps(store, session_id),
        previous_notes=_previous_notes(store, session_id), prereads=tuple(files),
        logo=logo.content if logo else None, **values,  # type: ignore[arg-type]
    )


def document_language(store: Store, session_id: int, language: str | None = None) -> str:
    """`language` ("en" or "es") if given, else the session's default document language."""
    if language:
        return i18n.check_language(language)
    with store.read() as session:
        row = session.get(CohortSession, session_id)
        if row is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        return i18n.check_language(row.document_language)


def generate_packet(store: Store, session_id: int, path: str | Path,
                    options: PacketOptions | None = None,
                    progress: Progress = no_progress, *, language: str | None = None
                    ) -> PacketResult:
    options = (options or PacketOptions()).checked()
    progress(0, 1, "Reading the session")
    with i18n.language(document_language(store, session_id, language)):
        data = packet_data(store, session_id, with_prereads="pre-reads" in options.sections,
                           with_results="results" in options.sections)
        from cohortdesk.documents.packet import build_packet  # reportlab, once printing starts

        return build_packet(data, options, path, progress)


def unprintable_names(store: Store, session_id: int) -> list[str]:
    """The session's people whose names have letters no shipped font prints (as typed), for
    the print preview to warn of before badges, tents or a sign-in sheet go out."""
    data = packet_data(store, session_id, with_prereads=False)
    from cohortdesk.documents.fonts import missing_letters  # reportlab, on first print

    names = [" ".join(n for n in (p.given_name, p.family_name) if n) or p.preferred_name
             for p in data.people
             if any(missing_letters(n) for n in (p.given_name, p.family_name,
                                                  p.preferred_name))]
    return sorted(set(names), key=str.casefold)


def generate_badges(store: Store, session_id: int, path: str | Path, stock: str = "avery-5392",
                    progress: Progress = no_progress, *, language: str | None = None) -> int:
    with i18n.language(document_language(store, session_id, language)):
        data = packet_data(store, session_id, with_prereads=False)
        from cohortdesk.documents import print_materials  # reportlab, on first print

        return print_materials.build_badges(data, stock, path, progress)


def generate_tents(store: Store, session_id: int, path: str | Path, paper: str = "letter",
                   progress: Progress = no_progress, *, language: str | None = None) -> int:
    with i18n.language(document_language(store, session_id, language)):
        data = packet_data(store, session_id, with_prereads=False)
        from cohortdesk.documents import print_materials  # reportlab, on first print

        return print_materials.build_tents(data, paper, path, progress)


def generate_sign_in(store: Store, session_id: int, path: str | Path, paper: str = "letter",
                     blank_rows: int = 10, progress: Progress = no_progress, *,
                     language: str | None = None) -> int:
    with i18n.language(document_language(store, session_id, language)):
        data = packet_data(store, session_id, with_prereads=False)
        from cohortdesk.documents import print_materials  # reportlab, on first print

        return print_materials.build_sign_in(data, paper, path, blank_rows=blank_rows,
                                             progress=progress)


def generate_agenda(store: Store, session_id: int, path: str | Path, paper: str = "letter",
                    progress: Progress = no_progress, *, language: str | None = None) -> int:
    with i18n.language(document_language(store, session_id, language)):
        data = packet_data(store, session_id, with_prereads=False)
        from cohortdesk.documents import print_materials  # reportlab, on first print

        return print_materials.build_agenda(data, paper, path, progress)
