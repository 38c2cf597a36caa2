"""Packet test data: hard names from the registration export, and small PDFs to attach."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cohortdesk.documents.packet_data import (
    AgendaDay,
    AgendaEntry,
    AgendaGroup,
    NextStep,
    NoteEntry,
    PacketData,
    PacketPerson,
    PrereadFile,
    PreviousNotes,
)

HERE = Path(__file__).parent


def export_people() -> list[PacketPerson]:
    """The people of registration_export.csv (accents, Vietnamese, Cyrillic, Arabic, Chinese)."""
    with open(HERE / "registration_export.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    people = []
    for r in rows:
        if not (r["First name"].strip() or r["Last name"].strip()):
            continue
        people.append(PacketPerson(
            given_name=r["First name"].strip(), family_name=r["Last name"].strip(),
            preferred_name=r["Preferred name"].strip(), pronouns=r["Pronouns"].strip(),
            title=r["Job title"].strip(), organization=r["Organization / jurisdiction"].strip(),
            jurisdiction=", ".join(x for x in (r["City"].strip(), r["State"].strip()) if x),
            email=r["Email address"].strip(), phone=r["Phone"].strip(),
            bio=r["Short bio (max 150 words)"].strip(),
            access_needs=r["Accessibility needs"].strip(),
            consent_share_contact=r[
                "May we share your email and phone with other cohort members?"
            ].strip().lower().startswith("y"),
        ))
    return people


def pdf_bytes(label: str, pages: int) -> bytes:
    """A small PDF whose page n says "<label> page n"."""
    buffer = io.BytesIO()
    c = Canvas(buffer)
    for n in range(1, pages + 1):
        c.setFont("Helvetica", 24)
        c.drawString(72, 700, f"{label} page {n}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def agenda_days(items: int, start: dt.datetime) -> tuple[AgendaDay, ...]:
    entries = []
    t = start
    for n in range(1, items + 1):
        end = t + dt.timedelta(minutes=15)
        entries.append(AgendaEntry(
            title=f"Agenda item {n}", start=t, end=end, duration_minutes=15,
            description="Peers compare notes on budget equity tools." if n % 3 == 0 else "",
            presenters=("ليلى حداد, Director, Minneapolis, MN",) if n % 5 == 0 else (),
            room="Ballroom B",
            groups=(AgendaGroup("Group A", "Room 201", "王秀英"),) if n % 7 == 0 else (),
        ))
        t = end
    return (AgendaDay(1, start.date(), tuple(entries)),)


def two_day_agenda(items_a_day: int, start: dt.datetime = dt.datetime(2025, 6, 10, 9, 0)
                   ) -> tuple[AgendaDay, ...]:
    first = agenda_days(items_a_day, start)[0]
    second = agenda_days(items_a_day, start + dt.timedelta(days=1))[0]
    return first, AgendaDay(2, second.date, second.entries)


def sample_packet(people: list[PacketPerson] | None = None, *, agenda_items: int = 6,
                  **changes: object) -> PacketData:
    start = dt.datetime(2025, 6, 10, 9, 0)
    values: dict[str, object] = dict(
        title="Spring Convening: Budgeting for Equity",
        program="Chief Equity Officers Policy Network", cohort="Inaugural Cohort",
        format_label="In-person convening", starts_at=start,
        ends_at=dt.datetime(2025, 6, 11, 16, 30), time_zone="America/Chicago",
        zone_abbreviation="CDT", venue="Hotel Ivy, Minneapolis, MN",
        welcome="Welcome to Minneapolis.",
        objectives=("Test each results framework with a peer.", "Agree on shared outcomes."),
        people=tuple(export_people() if people is None else people),
        agenda=agenda_days(agenda_items, start),
    )
    values.update(changes)
    return PacketData(**values)  # type: ignore[arg-type]


def full_packet(**changes: object) -> PacketData:
    """A sample packet with something in every default section: next steps, notes from the
    previous session and a pre-read too."""
    values: dict[str, object] = dict(
        next_steps=(NextStep("Renata Alvarez", "Share the budget equity tool",
                             dt.date(2025, 6, 1), "Kickoff Convening"),),
        previous_notes=PreviousNotes("Kickoff Convening", dt.date(2025, 3, 4), (
            NoteEntry("Decisions", "The cohort meets for a **monthly peer call**."),)),
        prereads=(PrereadFile("Racial Equity Toolkit", "toolkit.pdf", 2,
                              pdf_bytes("Toolkit", 2)),),
    )
    values.update(changes)
    return sample_packet(**values)
