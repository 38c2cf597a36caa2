"""The plain data a convening packet prints, and the choices made in the packet dialog.

`services/packets.py` gathers a `PacketData` from the workspace; `documents/packet.py` turns it
into a PDF. Nothing here touches the database, so documents can be built and tested from data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import full_name, person_display_name
from cohortdesk.domain.text import fold


def _printed(text: str) -> str:
    from cohortdesk.documents.fonts import printable  # reportlab only once printing starts

    return printable(text) if text else ""

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
# Badge stocks by key, in the order menus list them; their sizes are in print_materials.STOCKS.
BADGE_STOCKS = ("avery-5392", "avery-5395", "a6")
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
    def names(self) -> tuple[str, str, str]:
        """(given, family, preferred) as they print: emoji left out, spaces tidied."""
        return _printed(self.given_name), _printed(self.family_name), _printed(self.preferred_name)

    @property
    def display_name(self) -> str:
        given, family, preferred = self.names
        return person_display_name(given, family, preferred)

    @property
    def full_name(self) -> str:
        """"Zoë O'Brien", "王秀英" (Chinese, Japanese and Korean names family first)."""
        given, family, _ = self.names
        return full_name(given, family) or "(no name)"

    @property
    def nickname(self) -> str:
        """The preferred name when it adds something ("Mati" for Matías), else ""."""
        given, family, preferred = self.names
        if not preferred or fold(preferred) in (fold(given), fold(full_name(given, family))):
            return ""
        return preferred

    @property
    def badge_name(self) -> str:
        """The name a badge or tent prints largest: the preferred name, else the full name."""
        return self.nickname or self.full_name

    @property
    def family_first(self) -> str:
        """For lists sorted by family name: "Alvarez, Renata", "王秀英" (no comma: the family
        name already comes first), with a preferred name after: "Núñez-Ortega, Matías (Mati)".
        """
        given, family, _ = self.names
        name = full_name(given, family)
        if given and family and name != family + given:
            name = f"{family}, {given}"
        if self.nickname:
            name = f"{name} ({self.nickname})" if name else self.nickname
        return name or "(no name)"

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
    # "registered": the people registered for the session; "members": nobody has registered
    # yet, so these are the cohort's selected and active members (a draft).
    people_source: str = "registered"
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


# Sections that always have something to print.
_NEVER_EMPTY = frozenset({"cover", "contents"})


def section_is_empty(key: str, data: PacketData, options: PacketOptions) -> bool:
    """True when section `key` would print only a "nothing here yet" line."""
    if key == "objectives":
        return not data.welcome.strip() and not data.objectives
    if key == "agenda":
        return not any(day.entries for day in data.agenda)
    if key in ("roster", "directory"):
        return not data.people
    if key == "next-steps":
        return not data.next_steps
    if key == "notes":
        return data.previous_notes is None or not data.previous_notes.notes
    if key == "note-pages":
        return options.note_pages == 0
    if key == "pre-reads":
        return not data.prereads
    if key == "results":
        results = data.results
        return results is None or not (getattr(results, "frameworks", ())
                                       or getattr(results.overview, "rows", ()))
    return False


def printed_sections(data: PacketData, options: PacketOptions
                     ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the sections to print, in order; the chosen sections left out because they are empty).

    An empty section would take a page to say there is nothing in it, so it is left out.
    When every chosen section is empty (one chosen alone, say) they print anyway, with their
    "nothing yet" line, so the packet says why it is bare; zero note pages never print.
    """
    chosen = options.sections
    empty = [k for k in chosen if k not in _NEVER_EMPTY and section_is_empty(k, data, options)]
    content = [k for k in chosen if k not in _NEVER_EMPTY]
    if empty and len(empty) == len(content):
        empty = [k for k in empty if k == "note-pages"]
    printed = tuple(k for k in chosen if k not in empty)
    if not printed:
        raise ValidationError("note_pages", "Choose at least one note page, or another section.")
    return printed, tuple(empty)


def parse_sections(text: str) -> tuple[str, ...]:
    """"cover, agenda,roster" -> ("cover", "agenda", "roster"), checked."""
    sections = tuple(s.strip().lower() for s in text.split(",") if s.strip())
    PacketOptions(sections=sections).checked()
    return sections
