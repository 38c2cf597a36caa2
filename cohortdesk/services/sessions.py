"""Sessions of a cohort: convenings, roundtables, webinars and the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from cohortdesk.documents.i18n import check_language
from cohortdesk.domain.enums import SessionFormat, SessionStatus
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.limits import LONG_TEXT_CHARS, check_length, single_line
from cohortdesk.domain.records import SessionData, SessionRecord
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import check_order, check_time_zone, require_text
from cohortdesk.services.impact import cascaded, cascaded_counts
from cohortdesk.services.rows import RowSet
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession

LANGUAGE_NAMES_EN = {"en": "English", "es": "Spanish"}

COLUMNS = ("id", "Title", "Cohort", "Format", "Starts", "Time zone", "Status")


def validate(session: Session, data: SessionData) -> SessionData:
    if data.cohort_id is None or session.get(Cohort, data.cohort_id) is None:
        raise ValidationError("cohort_id", "Choose the cohort this session belongs to.")
    cleaned = dataclasses.replace(
        data,
        title=single_line(require_text("title", data.title, "Title")),
        format=SessionFormat(data.format),
        status=SessionStatus(data.status),
        time_zone=check_time_zone("time_zone", data.time_zone),
        venue=clean(data.venue),
        # A link pasted from an invitation may carry line breaks; it is one line.
        meeting_link=single_line(clean(data.meeting_link)),
        description=clean(data.description),
        objectives=tuple(o for o in (clean(x) for x in data.objectives) if o),
        document_language=(None if data.document_language is None
                           else check_language(data.document_language)),
    )
    check_order("starts_at", cleaned.starts_at, "ends_at", cleaned.ends_at)
    check_length("title", cleaned.title, 300, "Title")
    check_length("meeting_link", cleaned.meeting_link, 500, "Meeting link")
    check_length("description", cleaned.description, LONG_TEXT_CHARS, "Description")
    check_length("venue", cleaned.venue, LONG_TEXT_CHARS, "Venue")
    return cleaned


def _apply(row: CohortSession, data: SessionData) -> None:
    row.cohort_id = data.cohort_id  # type: ignore[assignment]  # checked in validate()
    row.title = data.title
    row.format = data.format.value
    row.time_zone = data.time_zone
    row.starts_at, row.ends_at = data.starts_at, data.ends_at
    row.venue, row.meeting_link = data.venue, data.meeting_link
    row.objectives = list(data.objectives)
    row.description = data.description
    row.status = data.status.value
    if data.document_language is not None:
        row.document_language = data.document_language
    elif row.document_language is None:
        row.document_language = "en"


def create_session(store: Store, data: SessionData, *, source: object | None = None) -> int:
    with store.change(f"Add Session {clean(data.title)}", source=source) as session:
        row = CohortSession()
        _apply(row, validate(session, data))
        session.add(row)
        session.flush()
        return row.id


def update_session(store: Store, session_id: int, data: SessionData, *, source: object | None = None) -> None:
    with store.change(f"Edit Session {clean(data.title)}", source=source) as session:
        _apply(_get(session, session_id), validate(session, data))


def delete_session(store: Store, session_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        title = _get(session, session_id).title
    with store.change(f"Delete Session {title}", source=source) as session:
        session.delete(_get(session, session_id))


def deletion_impact(store: Store, session_id: int) -> list[str]:
    with store.read() as session:
        return cascaded_counts(session, "cohort_session", session_id)


def deletion_counts(store: Store, session_id: int) -> list[tuple[str, int]]:
    """(table, count) of what deleting it also deletes, for the app to word."""
    with store.read() as session:
        return cascaded(session, "cohort_session", session_id)


def _get(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def get_session(store: Store, session_id: int) -> SessionRecord:
    with store.read() as session:
        row = _get(session, session_id)
        cohort = session.get(Cohort, row.cohort_id)
        return SessionRecord(
            cohort_id=row.cohort_id, title=row.title, format=SessionFormat(row.format),
            time_zone=row.time_zone, starts_at=row.starts_at, ends_at=row.ends_at,
            venue=row.venue, meeting_link=row.meeting_link,
            objectives=tuple(str(o) for o in (row.objectives or [])),
            description=row.description, status=SessionStatus(row.status), id=row.id,
            cohort_name=cohort.name if cohort else "", program=cohort.program if cohort else "",
            document_language=row.document_language,
        )


def set_document_language(store: Store, session_id: int, language: str, *,
                          source: object | None = None) -> None:
    """The language the session's documents print in unless another is chosen."""
    code = check_language(language)
    with store.read() as session:
        title = _get(session, session_id).title
    name = LANGUAGE_NAMES_EN[code]
    with store.change(f"Print {title} in {name}", source=source) as session:
        _get(session, session_id).document_language = code


def zone_abbreviation(time_zone: str, when: dt.datetime | None) -> str:
    """"CST", "EDT"...: the zone as printed beside a local time."""
    if when is None:
        return time_zone
    return when.replace(tzinfo=ZoneInfo(time_zone)).tzname() or time_zone


def list_sessions(store: Store, cohort_id: int | None = None) -> RowSet:
    stmt = (
        select(CohortSession.id, CohortSession.title, Cohort.name, CohortSession.format,
               CohortSession.starts_at, CohortSession.time_zone, CohortSession.status)
        .join(Cohort, Cohort.id == CohortSession.cohort_id)
    )
    if cohort_id is not None:
        stmt = stmt.where(CohortSession.cohort_id == cohort_id)
    rows, keys = [], []
    with store.read() as session:
        for sid, title, cohort, fmt, starts, tz, status in session.execute(stmt):
            fmt_label = SessionFormat(fmt).label
            rows.append((sid, title, cohort, fmt_label, starts, tz, SessionStatus(status).label))
            keys.append(fold(f"{title}\t{cohort}\t{fmt_label}"))
    return RowSet(COLUMNS, rows, keys)
