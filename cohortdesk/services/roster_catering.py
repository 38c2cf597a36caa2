"""The catering and access summary for a convening: how many meals of each dietary need, and
who needs what to take part. It names people and their needs, so it is always internal."""

from __future__ import annotations

import re
from pathlib import Path

from cohortdesk.documents.i18n import _
from cohortdesk.documents.roster_csv import write_rows_csv
from cohortdesk.documents.roster_table import Cell
from cohortdesk.domain.attendance import RegistrationStatus
from cohortdesk.domain.catering import AccessLine, CateringSummary, DietaryLine
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

# The first line of the CSV, as the PDF's mark: names with access and dietary needs.
CONFIDENTIAL_LINE = ("CONFIDENTIAL: internal catering and access summary. Names people's access "
                     "and dietary needs. Do not forward.")
# Registrations that will not eat or need a seat.
_NOT_COMING = frozenset({RegistrationStatus.DECLINED.value, RegistrationStatus.CANCELLED.value})
_NONE_WORDS = frozenset({"", "none", "no", "n/a", "na", "-", "nothing", "no restrictions"})
_SPLIT = re.compile(r"\s*[;,/]\s*|\s+and\s+")


def dietary_items(text: str) -> list[str]:
    """"Vegetarian; gluten-free" -> ["Vegetarian", "Gluten-free"]; "None" -> []."""
    if fold(text).strip(" .") in _NONE_WORDS:
        return []
    items = [part.strip(" .") for part in _SPLIT.split(text.strip()) if part.strip(" .")]
    return [i[:1].upper() + i[1:] for i in items if fold(i) not in _NONE_WORDS]


def catering_summary(store: Store, session_id: int) -> CateringSummary:
    fields = ("name", "organization", "access_needs", "dietary_needs")
    everyone = roster.build_roster(store, RosterRequest(
        session_id=session_id, audience="internal", fields=fields))
    coming = everyone
    if attendance.registrations(store, session_id):
        coming = roster.build_roster(store, RosterRequest(
            session_id=session_id, audience="internal", fields=fields,
            statuses=frozenset(s.value for s in RegistrationStatus) - _NOT_COMING))
    counts: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    none = 0
    access: list[AccessLine] = []
    for name, org, access_need, diet in coming.rows:
        items = dietary_items(str(diet or ""))
        if not items:
            none += 1
        for item in items:
            key = fold(item)
            shown.setdefault(key, item)
            counts.setdefault(key, []).append(str(name))
        if str(access_need or "").strip():
            access.append(AccessLine(str(name), str(org or ""), str(access_need).strip()))
    dietary = sorted((DietaryLine(shown[k], len(v), tuple(v)) for k, v in counts.items()),
                     key=lambda d: (-d.count, fold(d.need)))
    return CateringSummary(
        title=_("{scope}: catering and access").format(
            scope=roster.scope_name(store, RosterRequest(session_id=session_id))),
        subtitle=everyone.subtitle.rsplit(" · ", 1)[0],
        headcount=len(coming.rows), dietary=tuple(dietary), no_dietary_needs=none,
        access=tuple(access), excluded=len(everyone.rows) - len(coming.rows),
    )


def summary_rows(summary: CateringSummary) -> tuple[tuple[str, ...], list[tuple[Cell, ...]]]:
    """One table for CSV and XLSX: a section column keeps both lists in one sheet."""
    rows: list[tuple[Cell, ...]] = [("Headcount", "Expected", str(summary.headcount), "")]
    for d in summary.dietary:
        rows.append(("Dietary", d.need, str(d.count), "; ".join(d.names)))
    rows.append(("Dietary", "No dietary needs stated", str(summary.no_dietary_needs), ""))
    for a in summary.access:
        rows.append(("Access", a.need, "", f"{a.name} ({a.organization})" if a.organization
                     else a.name))
    return ("Section", "Need", "Count", "People"), rows


def export_catering(store: Store, session_id: int, path: str | Path, *,
                    language: str | None = None) -> Path:
    """The PDF prints in `language` ("en", "es"; the session's default when None); the CSV
    stays in English."""
    from cohortdesk.documents import i18n
    from cohortdesk.documents.roster_catering_pdf import write_catering_pdf

    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        with i18n.language(language or roster.session_language(store, session_id)):
            return write_catering_pdf(path, catering_summary(store, session_id))
    summary = catering_summary(store, session_id)
    if suffix == ".csv":
        headers, rows = summary_rows(summary)
        return write_rows_csv(path, headers, rows, title_line=CONFIDENTIAL_LINE)
    raise ValidationError("path", "Save the catering summary as .pdf or .csv.")


def default_file_name(store: Store, session_id: int, suffix: str = "pdf", *,
                      words: str = "catering and access - CONFIDENTIAL internal") -> str:
    """The file name to suggest; the app gives the words in its language."""
    name = roster.scope_name(store, RosterRequest(session_id=session_id))
    return roster.safe_file_stem(f"{roster.safe_file_stem(name)} - {words}") + f".{suffix}"
