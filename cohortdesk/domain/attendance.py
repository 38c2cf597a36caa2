"""Attendance rules, free of the store: statuses, rates, absence runs, Zoom minutes, name matching.

The records here are what `services.attendance` hands to the UI, the CLI and other areas.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cohortdesk.domain.enums import Labelled
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.text import fold


class RegistrationStatus(Labelled):
    INVITED = "invited"
    REGISTERED = "registered"
    DECLINED = "declined"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class AttendanceState(Labelled):
    PRESENT = "present"
    LATE = "late"
    LEFT_EARLY = "left_early"
    ABSENT_EXCUSED = "absent_excused"
    ABSENT_UNEXCUSED = "absent_unexcused"

    @property
    def attended(self) -> bool:
        return self in (AttendanceState.PRESENT, AttendanceState.LATE, AttendanceState.LEFT_EARLY)

    @property
    def label(self) -> str:
        return _STATE_LABELS[self.value]

    @property
    def short(self) -> str:
        """One or two letters for a matrix cell and the sign-in keystroke."""
        return _SHORT[self.value]


_SHORT = {"present": "P", "late": "L", "left_early": "E", "absent_excused": "X",
          "absent_unexcused": "A"}
_STATE_LABELS = {"present": "Present", "late": "Late", "left_early": "Left early",
                 "absent_excused": "Absent (excused)", "absent_unexcused": "Absent (unexcused)"}
# The key that records each state when typing back a paper sign-in sheet.
STATE_KEYS: dict[str, AttendanceState] = {v: AttendanceState(k) for k, v in _SHORT.items()}


class AttendanceMode(Labelled):
    IN_PERSON = "in_person"
    REMOTE = "remote"


class AttendanceSource(Labelled):
    """Who set a person's attendance state; a Zoom import never overrides a person's word.

    MARKED_ABSENT is "mark everyone not checked in absent": a default for people nobody
    recorded, not anyone's word about them, so a later Zoom import may replace it.
    """

    CHECK_IN = "check_in"
    MANUAL = "manual"
    SHEET = "sheet"  # typed back from a paper sign-in sheet, row by row with the keyboard
    BULK = "bulk"  # one keystroke or action for many people at once
    ZOOM = "zoom"
    IMPORT = "import"
    MARKED_ABSENT = "marked_absent"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self.value]


_SOURCE_LABELS = {"check_in": "Door check-in", "manual": "Manual", "sheet": "Sign-in sheet",
                  "bulk": "Bulk action", "zoom": "Zoom report", "import": "Import",
                  "marked_absent": "Marked absent (not checked in)"}

# Sources a Zoom import leaves alone: a person checked them in or typed their state.
HUMAN_SOURCES = (AttendanceSource.CHECK_IN, AttendanceSource.MANUAL, AttendanceSource.SHEET)
# Marks that nothing replaces without the user seeing it and choosing to: a door check-in and
# a mark set by hand for this one person.
PROTECTED_SOURCES = (AttendanceSource.CHECK_IN, AttendanceSource.MANUAL)


def _clock(when: dt.datetime | None) -> str:
    return f"{when.hour}:{when.minute:02d}" if when else ""


def mark_origin(source: AttendanceSource | str | None, state: AttendanceState | str | None,
                checked_in_at: dt.datetime | None, marked_at: dt.datetime | None) -> str:
    """Where a mark came from, for "kept: checked in at the door 9:04"."""
    if not source:
        return ""
    src = AttendanceSource(source)
    if src is AttendanceSource.CHECK_IN:
        return " ".join(p for p in ("checked in at the door", _clock(checked_in_at or marked_at)) if p)
    what = AttendanceState(state).label.lower() if state else "recorded"
    how = {AttendanceSource.MANUAL: "by hand", AttendanceSource.SHEET: "from the sign-in sheet",
           AttendanceSource.BULK: "by a bulk action", AttendanceSource.ZOOM: "from a Zoom report",
           AttendanceSource.IMPORT: "by an import",
           AttendanceSource.MARKED_ABSENT: "when everyone not checked in was marked"}[src]
    return " ".join(p for p in (f"marked {what} {how}", _clock(marked_at)) if p)


@dataclass(frozen=True)
class KeptMark:
    """A protected mark that a write left alone, for the user to see and perhaps replace."""

    person_id: int
    name: str
    state: AttendanceState
    origin: str  # "checked in at the door 9:04"
    wanted: AttendanceState | None = None
    # What `origin` says, for an app to word it: the mark's source and its times.
    source: str = ""
    checked_in_at: dt.datetime | None = None
    marked_at: dt.datetime | None = None

    @property
    def text(self) -> str:
        return f"kept: {self.origin}" if self.origin else f"kept: {self.state.label}"


@dataclass(frozen=True)
class BulkMarks:
    """What marking many people did: how many changed, and which protected marks stayed."""

    marked: int
    kept: tuple[KeptMark, ...] = ()


def needs_confirmation(source: AttendanceSource | str | None, current: AttendanceState | str | None,
                       wanted: AttendanceState | str | None) -> bool:
    """Would writing `wanted` replace a protected mark with something else?"""
    if not current or not source or AttendanceSource(source) not in PROTECTED_SOURCES:
        return False
    return (AttendanceState(wanted).value if wanted else None) != AttendanceState(current).value


# Statuses of people who were expected to come, and so are marked absent if they did not.
EXPECTED = (RegistrationStatus.INVITED, RegistrationStatus.REGISTERED)
# Statuses of people who told us beforehand they would not come: an excused absence.
EXCUSED = (RegistrationStatus.DECLINED, RegistrationStatus.CANCELLED)
BRIEF_LABEL = "Joined briefly"


class Brief(Labelled):
    """A matrix cell for someone who joined online for less than the Zoom threshold.

    It has no attendance state (the import records their minutes only), but it is not a
    blank either: in the rate and in a run of absences it counts as a session recorded and
    not attended, like an absence, because the person was not there for enough of it.
    """

    JOINED_BRIEFLY = "joined_briefly"

    @property
    def attended(self) -> bool:
        return False

    @property
    def label(self) -> str:
        return BRIEF_LABEL

    @property
    def short(self) -> str:
        return "brief"


# One session of one person in the attendance record: a state, joined briefly, or nothing.
MatrixCell = AttendanceState | Brief | None


def absence_for(status: RegistrationStatus) -> AttendanceState | None:
    """What "mark everyone not checked in as absent" records for a registration status."""
    if status in EXPECTED:
        return AttendanceState.ABSENT_UNEXCUSED
    if status in EXCUSED:
        return AttendanceState.ABSENT_EXCUSED
    return None  # waitlisted people were never given a seat


def attendance_label(state: AttendanceState | None, minutes: int | None = None) -> str:
    if state is not None:
        return state.label
    if minutes:
        return f"{BRIEF_LABEL} ({minutes} min)"
    return ""


# -- records handed out by services.attendance ----------------------------------------------

@dataclass(frozen=True)
class RegistrationRecord:
    """One person's registration and attendance for one session."""

    id: int
    session_id: int
    person_id: int
    name: str  # display name: preferred or given name, then family name
    given_name: str
    family_name: str
    preferred_name: str
    organization: str
    email: str
    role: str  # MembershipRole value in the session's cohort, or "guest"
    status: RegistrationStatus
    attendance: AttendanceState | None
    mode: AttendanceMode | None
    checked_in_at: dt.datetime | None
    walk_in: bool
    minutes: int | None
    source: AttendanceSource | None
    access_needs: str
    dietary_needs: str
    note: str = ""
    marked_at: dt.datetime | None = None

    @property
    def origin(self) -> str:
        """"checked in at the door 9:04", "marked late by hand 10:15", or ""."""
        return mark_origin(self.source, self.attendance, self.checked_in_at, self.marked_at)

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None

    @property
    def attendance_label(self) -> str:
        return attendance_label(self.attendance, self.minutes)

    @property
    def search_key(self) -> str:
        return fold(f"{self.given_name} {self.family_name} {self.preferred_name}")

    @property
    def sort_key(self) -> tuple[str, str]:
        return (fold(self.family_name), fold(self.preferred_name or self.given_name))


@dataclass(frozen=True)
class UnlistedPerson:
    """Someone in the workspace who is not on a session's list: check-in mode offers them."""

    person_id: int
    name: str
    given_name: str
    family_name: str
    preferred_name: str
    organization: str
    access_needs: str
    dietary_needs: str

    @property
    def search_key(self) -> str:
        return fold(f"{self.given_name} {self.family_name} {self.preferred_name}")

    @property
    def sort_key(self) -> tuple[str, str]:
        return (fold(self.family_name), fold(self.preferred_name or self.given_name))


@dataclass(frozen=True)
class SessionCounts:
    """The counts at the top of a session's attendance page."""

    by_status: dict[str, int]
    by_attendance: dict[str, int]
    checked_in: int
    in_person: int
    remote: int
    joined_briefly: int
    total: int

    @property
    def attended(self) -> int:
        return sum(self.by_attendance.get(s.value, 0) for s in AttendanceState if s.attended)

    @property
    def absent(self) -> int:
        return sum(self.by_attendance.get(s.value, 0) for s in AttendanceState if not s.attended)

    @property
    def excused(self) -> int:
        return self.by_attendance.get(AttendanceState.ABSENT_EXCUSED.value, 0)

    @property
    def not_recorded(self) -> int:
        return self.total - sum(self.by_attendance.values()) - self.joined_briefly

    def summary(self) -> str:
        """"13 invited · 9 attended (8 in person, 1 remote) · 4 absent (1 excused)"."""
        parts = [f"{self.by_status.get(s.value, 0)} {s.label.lower()}" for s in RegistrationStatus
                 if self.by_status.get(s.value)]
        line = ", ".join(parts) or "No one invited yet"
        if self.checked_in or self.by_attendance or self.joined_briefly:
            line += (f" · {self.attended} attended "
                     f"({self.in_person} in person, {self.remote} remote)")
            if self.absent:
                line += f" · {self.absent} absent"
                if self.excused:
                    line += f" ({self.excused} excused)"
            if self.joined_briefly:
                line += f" · {self.joined_briefly} joined briefly"
            if self.not_recorded:
                line += f" · {self.not_recorded} not recorded"
        return line


@dataclass(frozen=True)
class MatrixSession:
    id: int
    title: str
    starts_at: dt.datetime | None
    status: str
    attended: int
    absent: int  # absent, excused or not
    recorded: int  # attended + absent + brief
    brief: int = 0  # joined online for less than the threshold

    @property
    def counts_text(self) -> str:
        """"14 came, 2 absent, 1 brief"; "not recorded" before anything is."""
        if not self.recorded:
            return "not recorded"
        text = f"{self.attended} came, {self.absent} absent"
        return text + (f", {self.brief} brief" if self.brief else "")


@dataclass(frozen=True)
class MatrixRow:
    person_id: int
    name: str
    role: str
    cells: tuple[MatrixCell, ...]  # one per MatrixSession, in order
    attended: int
    recorded: int
    rate: float | None  # attended / recorded; None when nothing is recorded
    consecutive_absences: int  # the current run, ending at the latest recorded session
    last_attended: str  # the session title, or ""
    last_attended_on: dt.date | None

    @property
    def needs_outreach(self) -> bool:
        return self.role == "member" and self.consecutive_absences >= OUTREACH_AFTER


OUTREACH_AFTER = 2


@dataclass(frozen=True)
class AttendanceMatrix:
    cohort_id: int
    sessions: tuple[MatrixSession, ...]
    rows: tuple[MatrixRow, ...]

    @property
    def flagged(self) -> tuple[MatrixRow, ...]:
        return tuple(r for r in self.rows if r.needs_outreach)


# -- arithmetic --------------------------------------------------------------------------------

def attendance_rate(cells: Iterable[MatrixCell]) -> tuple[int, int, float | None]:
    """(attended, recorded, rate). Unrecorded sessions do not count; excused absences do,
    and so does joining briefly (recorded, not attended)."""
    recorded = [c for c in cells if c is not None]
    attended = sum(1 for c in recorded if c.attended)
    return attended, len(recorded), (attended / len(recorded) if recorded else None)


def consecutive_absences(cells: Sequence[MatrixCell]) -> int:
    """Absences (excused or not, or joined briefly) in a row, counted back from the latest
    recorded session."""
    run = 0
    for cell in reversed(cells):
        if cell is None:
            continue
        if cell.attended:
            break
        run += 1
    return run


def format_rate(rate: float | None) -> str:
    return "" if rate is None else f"{round(rate * 100)}%"


# -- Zoom minutes --------------------------------------------------------------------------------

DEFAULT_THRESHOLD = 0.5


def check_threshold(value: float) -> float:
    if not (0 < value <= 1):
        raise ValidationError(
            "threshold", "The threshold is a share of the session, more than 0 and at most 1 "
            "(0.5 means half the session).")
    return float(value)


def threshold_minutes(session_minutes: int, threshold: float = DEFAULT_THRESHOLD) -> int:
    """The minutes a person needs online to count as present."""
    return max(1, math.ceil(session_minutes * check_threshold(threshold) - 1e-9))


@dataclass(frozen=True)
class ZoomLine:
    """One line of a Zoom participants table, as the report gives it."""

    line: int  # 1-based line in the file
    name: str
    original_name: str  # the part in brackets of "Preferred (Original)", or ""
    email: str
    joined: dt.datetime | None
    left: dt.datetime | None
    minutes: int
    is_host: bool = False


@dataclass(frozen=True)
class ZoomAttendee:
    """One person's lines merged: rejoins are one attendee with their minutes summed."""

    key: str
    name: str
    original_name: str
    email: str
    minutes: int
    lines: tuple[int, ...]
    parts: tuple[int, ...]  # minutes of each line, for "19 + 71 = 90"
    joined: dt.datetime | None
    left: dt.datetime | None
    is_host: bool
    overlap: int = 0  # minutes two devices were online at once, counted once
    capped: bool = False  # more than the meeting's length: cut to it

    @property
    def minutes_text(self) -> str:
        if len(self.parts) < 2 and not self.capped:
            return str(self.minutes)
        text = " + ".join(map(str, self.parts))
        if self.overlap:
            text += f" − {self.overlap} overlapping"
        text += f" = {self.minutes}"
        return text + (" (the meeting's length)" if self.capped else "")


def _overlap_minutes(lines: Sequence[ZoomLine]) -> int:
    """Minutes during which two or more of these lines were online at once."""
    spans = sorted((g.joined, g.left) for g in lines if g.joined and g.left and g.left > g.joined)
    if len(spans) < 2:
        return 0
    total = dt.timedelta()
    union = dt.timedelta()
    start, end = spans[0]
    for s, e in spans:
        total += e - s
        if s > end:
            union += end - start
            start, end = s, e
        else:
            end = max(end, e)
    union += end - start
    return round((total - union).total_seconds() / 60)


def attendee_key(line: ZoomLine) -> str:
    """Lines with the same email, or with no email and the same name, are one person."""
    if line.email:
        return "email:" + line.email.lower()
    return "name:" + match_key(line.original_name or line.name)


def merge_lines(lines: Iterable[ZoomLine], meeting_minutes: int | None = None) -> list[ZoomAttendee]:
    """One attendee per person: their minutes are the union of their join intervals (two
    devices online at once count once), at most `meeting_minutes`."""
    groups: dict[str, list[ZoomLine]] = {}
    for line in lines:
        groups.setdefault(attendee_key(line), []).append(line)
    return [merge_group(key, group, meeting_minutes) for key, group in groups.items()]


def merge_group(key: str, group: Sequence[ZoomLine],
                meeting_minutes: int | None = None) -> ZoomAttendee:
    """Lines known to be one person as one attendee, counted as `merge_lines` counts them.
    Also for lines the report does not tie together (an email line and a name line that
    matched the same person): the rule must not depend on how they were found to be one."""
    first = group[0]
    joins = [g.joined for g in group if g.joined]
    leaves = [g.left for g in group if g.left]
    overlap = _overlap_minutes(group)
    minutes = max(0, sum(g.minutes for g in group) - overlap)
    capped = bool(meeting_minutes) and minutes > (meeting_minutes or 0)
    return ZoomAttendee(
        key=key, name=first.name, original_name=first.original_name,
        email=first.email.lower(),
        minutes=min(minutes, meeting_minutes or minutes),
        lines=tuple(g.line for g in group), parts=tuple(g.minutes for g in group),
        joined=min(joins) if joins else None, left=max(leaves) if leaves else None,
        is_host=any(g.is_host for g in group), overlap=overlap, capped=capped,
    )


# -- matching names ------------------------------------------------------------------------------

_NOT_WORD = re.compile(r"[^\w]+")
_DEVICE = re.compile(
    r"^(?P<name>.+?)\s*(?:['’]s?|s)\s+(?:iphone|ipad|android|galaxy|pixel|phone|cell|mobile|"
    r"laptop|macbook(?:\s+(?:air|pro))?|mac|pc|computer|surface|chromebook|tablet|"
    r"zoom\s+room)(?:\s*\d+)?$",
    re.IGNORECASE,
)
_PHONE = re.compile(r"^[+()\d][\d\s().+-]{6,}$")
_PHONE_FIRST = frozenset("+()0123456789")
_HONORIFIC = re.compile(r"^(?:dr|mr|mrs|ms|mx|prof|hon|rev)\.?\s+", re.IGNORECASE)
_ROLE_PREFIX = re.compile(
    r"^(?P<role>guest\s+speaker|speaker|guest|panelist|presenter|moderator|facilitator)\s*"
    r"[-–—:|]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def match_key(name: str) -> str:
    """A name for matching: accents, case and punctuation ignored ("O'Brien" = "obrien")."""
    folded = fold(name.casefold()).replace("'", "").replace("’", "")
    return " ".join(_NOT_WORD.sub(" ", folded).replace("_", " ").split())


def person_keys(given: str, family: str, preferred: str = "") -> set[str]:
    """Every way a person's name may be written in Zoom, as match keys."""
    keys = set()
    for first in {given, preferred} - {""}:
        keys.add(match_key(f"{first} {family}"))
        keys.add(match_key(f"{family} {first}"))
    if not family:
        keys |= {match_key(given), match_key(preferred)}
    return keys - {""}


_ROSTER_NUMBER = re.compile(r"^\s*(?:#\s*\d{1,3}|\d{1,3})(?:\s*[_.:)\-–]\s*|\s+)(?=\D)")


def strip_roster_number(name: str) -> str:
    """A leading roster number is no part of a name: "015_Loki", "015 Loki", "#15 Loki" -> "Loki"."""
    return _ROSTER_NUMBER.sub("", name, count=1).strip()


def split_display_name(raw: str) -> tuple[str, str]:
    """Zoom's "Preferred (Original)" as (name, original); "(Host)", "(Co-host)" are roles.
    A leading roster number ("015_") is stripped from both."""
    text = raw.strip()
    m = re.match(r"^(?P<name>.*?)\s*\((?P<inner>[^()]*)\)\s*$", text)
    if not m:
        return strip_roster_number(text), ""
    inner = m.group("inner").strip()
    if fold(inner) in {"host", "co-host", "cohost", "me", "guest"}:
        return strip_roster_number(m.group("name").strip()), ""
    return strip_roster_number(m.group("name").strip()), strip_roster_number(inner)


def is_host_label(raw: str) -> bool:
    return bool(re.search(r"\((?:co-?)?host\)\s*$", raw, re.IGNORECASE))


def device_owner(name: str) -> str | None:
    """"Lan Nguyen's iPhone" gives "Lan Nguyen"; a plain name gives None."""
    m = _DEVICE.match(name.strip())
    return m.group("name").strip() if m else None


# What _PHONE allows between the digits, in ASCII (its \s and \d also take other scripts').
_PHONE_SEPARATORS = str.maketrans("", "", " ()+-.\t\n\r\f\v")


def phone_digits(text: str) -> str | None:
    """The last ten digits of a phone number, or None when `text` is not one."""
    stripped = text.strip()
    # Most stored numbers are ASCII digits and separators: answered without the regular
    # expressions (a Zoom import reads thousands of candidates' numbers).
    digits = stripped.translate(_PHONE_SEPARATORS)
    if stripped[:1] in _PHONE_FIRST and digits.isascii() and digits.isdigit():
        return digits[-10:] if len(digits) >= 7 else None
    if not _PHONE.match(stripped):
        return None
    digits = re.sub(r"\D", "", text)
    return digits[-10:] if len(digits) >= 7 else None


@dataclass(frozen=True)
class GuestOffer:
    """A person the report names who is not in the workspace, ready to be added."""

    given_name: str
    family_name: str
    email: str
    role: str  # MembershipRole value: "speaker" or "guest"


def guest_offer(name: str, email: str, original: str = "") -> GuestOffer | None:
    """Propose a guest from a Zoom name; None for phone numbers and device names.

    The "(Original Name)" Zoom keeps beside a renamed participant holds the real name, so it
    is offered when it is a name ("Loki (Loki Laufeyson)" offers Loki Laufeyson)."""
    original = strip_roster_number(original)
    if original and not phone_digits(original) and not device_owner(original):
        name = original
    name = strip_roster_number(name)
    if phone_digits(name) or device_owner(name):
        return None
    role = "guest"
    m = _ROLE_PREFIX.match(name.strip())
    if m:
        role = "speaker" if "speak" in m.group("role").lower() or m.group("role").lower() in (
            "panelist", "presenter") else "guest"
        name = m.group("rest")
    name = _HONORIFIC.sub("", name.strip())
    words = name.split()
    if not words:
        return None
    given, family = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (words[0], "")
    return GuestOffer(given_name=given, family_name=family, email=email.lower(), role=role)


@dataclass(frozen=True)
class Candidate:
    """A person the import may match against."""

    person_id: int
    name: str
    email: str
    keys: frozenset[str]
    phone: str | None  # last ten digits
    given_initial: str
    family_key: str
    role: str = ""


@dataclass
class NameIndex:
    """People by email, name key and phone, built once per import."""

    by_email: dict[str, Candidate] = field(default_factory=dict)
    by_key: dict[str, list[Candidate]] = field(default_factory=dict)
    by_phone: dict[str, list[Candidate]] = field(default_factory=dict)
    by_family: dict[str, list[Candidate]] = field(default_factory=dict)
    # Name keys that several people hold, whether or not they are all candidates: a name that
    # a directory's hundreds of people share is known to be nobody's in particular.
    crowded: frozenset[str] = frozenset()

    @classmethod
    def build(cls, candidates: Iterable[Candidate],
              crowded: Iterable[str] = ()) -> NameIndex:
        index = cls(crowded=frozenset(crowded))
        for c in candidates:
            if c.email:
                index.by_email[c.email.lower()] = c
            for k in c.keys:
                index.by_key.setdefault(k, []).append(c)
            if c.phone:
                index.by_phone.setdefault(c.phone, []).append(c)
            if c.family_key:
                index.by_family.setdefault(c.family_key, []).append(c)
        return index

    def by_name(self, *names: str) -> Candidate | None:
        """The one person whose name matches; None when none or several do."""
        if not self.crowded.isdisjoint(match_key(n) for n in names if n):
            return None
        found = {c.person_id: c for n in names if n for c in self.by_key.get(match_key(n), [])}
        return next(iter(found.values())) if len(found) == 1 else None

    def by_initial(self, name: str) -> Candidate | None:
        """ "A. Mensah" suggests the one Mensah whose given name starts with A."""
        family = initial_family(name)
        if family is None:
            return None
        initial = match_key(_HONORIFIC.sub("", name)).split()[0]
        found = [c for c in self.by_family.get(family, []) if c.given_initial == initial]
        return found[0] if len(found) == 1 else None


def initial_family(name: str) -> str | None:
    """The family key `NameIndex.by_initial` looks up for "A. Mensah" ("mensah"), else None."""
    words = match_key(_HONORIFIC.sub("", name)).split()
    if len(words) < 2 or len(words[0]) != 1:
        return None
    return words[-1]


