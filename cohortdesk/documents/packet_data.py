"""The plain data a convening packet prints, and the choices made in the packet dialog.

`services/packets.py` gathers a `PacketData` from the workspace; `documents/packet.py` turns it
into a PDF. Nothing here touches the database, so documents can be built and tested from data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import fold

# Section keys in their default order, with the heading each prints under.
SECTIONS: dict[str, str] = {
    "cover": "Cover",
    "contents": "Contents",
    "objectives": "Welcome and objectives",
    "agenda": "Agenda",
    "roster": "Participants",
    "directory": "Directory",
    "next-steps": "Next steps",
    "results": "Results framework",
    "notes": "Notes from the previous session",
    "note-pages": "Notes",
    "pre-reads": "Pre-reads",
}
# A page per member: chosen when wanted, not printed in every packet.
OPTIONAL_SECTIONS = frozenset({"results"})
DEFAULT_SECTIONS = tuple(k for k in SECTIONS if k not in OPTIONAL_SECTIONS)
PAPERS = ("letter", "a4")
ROSTER_SORTS = ("family", "jurisdiction")
NOTE_STYLES = ("lined", "dotted")


@dataclass(frozen=True)
class PacketPerson:
    given_name: str = ""
    family_name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    title: str = ""
    organization: str = ""
    jurisdiction: str = ""
    email: str = ""
    phone: str = ""
    consent_share_contact: bool = False
    bio: str = ""
    role: str = ""
    access_needs: str = ""
    person_id: int = 0

    @property
    def display_name(self) -> str:
        return person_display_name(self.given_name, self.family_name, self.preferred_name)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p) or "(no name)"

    @property
    def badge_name(self) -> str:
        """The name a badge prints largest: the preferred name, else the given name."""
        return self.preferred_name or self.given_name or self.family_name

    @property
    def family_key(self) -> tuple[str, str]:
        return fold(self.family_name or self.given_name), fold(self.given_name)

    @property
    def place(self) -> str:
        """Where they work, as printed: the jurisdiction, else the organization."""
        return self.jurisdiction or self.organization


@dataclass(frozen=True)
class AgendaGroup:
    name: str
    room: str = ""
    facilitator: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    title: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    duration_minutes: int = 0
    kind: str = ""
    description: str = ""
    presenters: tuple[str, ...] = ()  # "Name, Title, Jurisdiction"
    room: str = ""
    groups: tuple[AgendaGroup, ...] = ()


@dataclass(frozen=True)
class AgendaDay:
    number: int
    date: dt.date | None
    entries: tuple[AgendaEntry, ...]


@dataclass(frozen=True)
class NextStep:
    owner: str
    description: str
    due: dt.date | None = None
    raised_in: str = ""


@dataclass(frozen=True)
class NoteEntry:
    kind: str
    body: str
    about: str = ""  # the agenda item it is about, if any


@dataclass(frozen=True)
class PreviousNotes:
    session_title: str
    date: dt.date | None
    notes: tuple[NoteEntry, ...]


@dataclass(frozen=True)
class PrereadFile:
    title: str
    filename: str
    page_count: int
    content: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class PacketData:
    title: str
    program: str = ""
    cohort: str = ""
    format_label: str = ""
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    time_zone: str = ""
    zone_abbreviation: str = ""
    venue: str = ""
    meeting_link: str = ""
    welcome: str = ""
    objectives: tuple[str, ...] = ()
    people: tuple[PacketPerson, ...] = ()
    agenda: tuple[AgendaDay, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    previous_notes: PreviousNotes | None = None
    prereads: tuple[PrereadFile, ...] = ()
    logo: bytes | None = field(default=None, repr=False)
    # The cohort's results frameworks (services.results.print_data), when that section is chosen.
    results: Any = None


@dataclass(frozen=True)
class PacketOptions:
    sections: tuple[str, ...] = DEFAULT_SECTIONS
    paper: str = "letter"
    large_print: bool = False
    binding_margin: bool = False
    roster_sort: str = "family"
    note_pages: int = 2
    note_style: str = "lined"
    agenda_notes_column: bool = False
    author: str = ""

    def checked(self) -> PacketOptions:
        """These options, or ValidationError naming the one that is wrong."""
        unknown = [s for s in self.sections if s not in SECTIONS]
        if unknown:
            raise ValidationError(
                "sections", f"Unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}."
            )
        if not self.sections:
            raise ValidationError("sections", "Choose at least one section.")
        if len(set(self.sections)) != len(self.sections):
            raise ValidationError("sections", "Each section can appear only once.")
        if self.paper not in PAPERS:
            raise ValidationError("paper", "Choose Letter or A4 paper.")
        if self.roster_sort not in ROSTER_SORTS:
            raise ValidationError("roster_sort", "Sort the roster by family name or jurisdiction.")
        if self.note_style not in NOTE_STYLES:
            raise ValidationError("note_style", "Note pages are lined or dotted.")
        if not 0 <= self.note_pages <= 40:
            raise ValidationError("note_pages", "Choose between 0 and 40 note pages.")
        return self


def parse_sections(text: str) -> tuple[str, ...]:
    """"cover, agenda,roster" -> ("cover", "agenda", "roster"), checked."""
    sections = tuple(s.strip().lower() for s in text.split(",") if s.strip())
    PacketOptions(sections=sections).checked()
    return sections
