"""Import a Zoom participants report into a session's attendance: preview first, then apply.

`preview(store, session_id, path, threshold)` reads the file and the workspace and writes
nothing. It merges rejoins, matches people (email, then name, then a hand match remembered
from an earlier import) and lists suggestions (device names, phone numbers, initials) and
unmatched names, each with what applying would do. `apply(store, preview, choices)` writes
it all in one undoable change; suggestions only count when `choices` accepts them.
Applying the same report again changes nothing and never adds a person twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select, union
from sqlalchemy.orm import Session

from cohortdesk.documents.zoom_report import MeetingInfo, read_report
from cohortdesk.domain.attendance import (
    HUMAN_SOURCES,
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
    Candidate,
    GuestOffer,
    KeptMark,
    NameIndex,
    RegistrationStatus,
    ZoomAttendee,
    ZoomLine,
    check_threshold,
    device_owner,
    guest_offer,
    initial_family,
    match_key,
    merge_group,
    merge_lines,
    person_keys,
    phone_digits,
    threshold_minutes,
)
from cohortdesk.domain.enums import MembershipRole
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.validation import refusal
from cohortdesk.services.attendance import kept_mark, now_in_zone
from cohortdesk.store import Store
from cohortdesk.store.models import CohortSession, Membership, Person
from cohortdesk.store.models.attendance import AttendanceAlias, Registration

Progress = Callable[[int, int, str], None]

# Outcomes of one merged participant.
MATCHED, SUGGESTED, UNMATCHED, STAFF = "matched", "suggested", "unmatched", "staff"
PRESENT, BRIEF, NOT_COUNTED = "present", "joined briefly", "not counted"
# What applying does to a matched person's registration.
NEW, UPDATE, UNCHANGED = "new", "update", "unchanged"
# A state someone set by hand survives an import; "marked absent" is no one's word, so a
# report showing the person online replaces it.
_HUMAN_SOURCES = tuple(s.value for s in HUMAN_SOURCES)


# Why a line needs a second look: a key, and the sentence with the values it takes.
# The warning that the report is of another day than the session (its English words are in
# `preview`); the app words it with the days written its own way.
OTHER_DAY = "other day"

# Refusals of the choices made in the review, by key (a ValidationError's `key`).
REFUSALS = {
    "zoom: person gone": "The person chosen for “{name}” is no longer in this workspace "
                         "(deleted meanwhile?); choose again.",
    "zoom: no guest name": "“{name}” has no name to add as a guest; match it to a person "
                           "instead.",
}

HINTS = {
    "host without staff": "The host; no staff member has this email, so they are left out.",
    "also in the report": "{person} is also “{other}” in this report; their minutes are "
                          "counted together.",
    "already matched": "The {how} points to {person}, who is already matched as “{other}”.",
    "unknown dial-in": "A phone dial-in; no one in the workspace has this number.",
    "shared dial-in": "A phone dial-in; {count} people have this number.",
}


def _hint(key: str, **values: object) -> dict[str, Any]:
    """A ZoomMatch's hint fields: the English sentence, its key and its values."""
    return {"hint": HINTS[key].format(**values), "hint_key": key,
            "hint_values": tuple((name, str(value)) for name, value in values.items())}


@dataclass(frozen=True)
class ZoomMatch:
    """One person in the report and what the import makes of them."""

    key: str
    name: str
    original_name: str
    email: str
    minutes: int
    minutes_text: str  # "19 + 71 = 90" for rejoins
    lines: tuple[int, ...]
    outcome: str  # matched, suggested, unmatched, staff
    how: str  # email, name, remembered, chosen | device name, phone number, initial | host
    person_id: int | None  # the match, or the suggestion
    person_name: str
    status: str  # present, joined briefly; not counted (host and staff)
    effect: str = ""  # new, update, unchanged (matched only)
    keeps: str = ""  # a state set by hand that the import leaves alone ("Late")
    kept: KeptMark | None = None  # that mark, for an app to word `keeps`
    guest: GuestOffer | None = None
    hint: str = ""
    parts: tuple[int, ...] = ()  # minutes of each report line, for "19 + 71 = 90"
    overlap: int = 0  # minutes two of those lines were online at once, counted once
    capped: bool = False  # the total was cut to the meeting's length
    # The hint as a key of HINTS and the values put into it, for a client that shows it in
    # another language.
    hint_key: str = ""
    hint_values: tuple[tuple[str, str], ...] = ()

    @property
    def shown_name(self) -> str:
        return f"{self.name} ({self.original_name})" if self.original_name else self.name


@dataclass(frozen=True)
class ZoomPreview:
    session_id: int
    session_title: str
    path: str
    meeting: MeetingInfo | None
    session_minutes: int
    threshold: float
    threshold_minutes: int
    participants: tuple[ZoomMatch, ...]
    warnings: tuple[str, ...]
    # For each warning, its key (zoom_report.PROBLEMS or OTHER_DAY) and values.
    warning_keys: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    # The report's lines: `apply` counts the rows a choice gives one person from their times.
    report_lines: tuple[ZoomLine, ...] = ()

    def of(self, outcome: str) -> tuple[ZoomMatch, ...]:
        return tuple(p for p in self.participants if p.outcome == outcome)

    @property
    def changes(self) -> int:
        return sum(1 for p in self.of(MATCHED) if p.effect != UNCHANGED)

    def summary(self) -> str:
        matched = self.of(MATCHED)
        present = sum(1 for p in matched if p.status == PRESENT)
        return (f"{len(matched)} matched ({present} present, {len(matched) - present} joined "
                f"briefly), {len(self.of(SUGGESTED))} suggested, {len(self.of(UNMATCHED))} "
                f"unmatched, {len(self.of(STAFF))} host or staff; {self.changes} to record.")


@dataclass(frozen=True)
class ZoomChoice:
    """A decision on a suggested or unmatched participant: a person, or add them as a guest."""

    person_id: int | None = None
    add_guest: bool = False
    # For a matched person whose state was set at the door or by hand ("kept: checked in at
    # the door 9:04"): record the report's state instead.
    replace: bool = False


@dataclass(frozen=True)
class ImportResult:
    recorded: int
    unchanged: int
    guests_added: tuple[int, ...]
    left_out: tuple[str, ...]


# -- preview -----------------------------------------------------------------------------------


def _session_minutes(row: CohortSession, meeting: MeetingInfo | None,
                     attendees: list[ZoomAttendee]) -> int:
    if row.starts_at and row.ends_at and row.ends_at > row.starts_at:
        minutes = int((row.ends_at - row.starts_at).total_seconds() // 60)
        if minutes <= 24 * 60:
            return minutes
    if meeting and meeting.start and meeting.end and meeting.end > meeting.start:
        return int((meeting.end - meeting.start).total_seconds() // 60)
    if meeting and meeting.minutes:
        return meeting.minutes
    return max((a.minutes for a in attendees), default=60) or 60


def _meeting_minutes(meeting: MeetingInfo | None) -> int | None:
    """The meeting's length by the report, if it says: no one is online longer."""
    if meeting and meeting.start and meeting.end and meeting.end > meeting.start:
        return int((meeting.end - meeting.start).total_seconds() // 60) or None
    return meeting.minutes if meeting and meeting.minutes else None


def _values(values: Iterable[str]) -> Any:
    """A subquery of the given strings (SQLite's json_each): one bound parameter however many
    there are."""
    table = func.json_each(json.dumps(sorted(values))).table_valued("value")
    return select(table.c.value)


# The separators phone_digits allows, in ASCII; a number with anything else left (another
# script's digits or spaces) is checked by phone_digits itself.
_SEPARATORS = str.maketrans("", "", " ()+-.\t\n\r\f\v")


def _dialled_people(connection: Any, dialled: set[str]) -> list[int]:
    """Ids of the people whose phone number has one of the `dialled` digit strings. SQLite
    narrows them down in one cheap pass: a number whose digits end with a dialled string and
    that ends in four digits ends in that string's last four; a number that ends otherwise
    is kept for the check here."""
    last_four = func.substr(Person.phone, -4)
    rows = connection.execute(
        select(Person.id, Person.phone).where(Person.phone != "").where(or_(
            last_four.in_(sorted({d[-4:] for d in dialled})),
            last_four.op("NOT GLOB")("[0-9][0-9][0-9][0-9]")))).all()
    out = []
    for pid, phone in rows:
        digits = phone.translate(_SEPARATORS)
        if digits.isascii() and digits.isdigit():
            if digits[-10:] in dialled:
                out.append(pid)
        elif phone_digits(phone) in dialled:
            out.append(pid)
    return out


def _joined(left: str, right: str) -> str:
    """The match key of two names written one after the other, from their keys."""
    return f"{left} {right}" if left and right else left or right


def _remembering(fn: Callable[[str], str]) -> Callable[[str], str]:
    """`fn`, working each answer out once: names repeat across people."""
    return functools.cache(fn)


def _candidates(session: Session, cohort_id: int, attendees: list[ZoomAttendee],
                remembered: Iterable[int]) -> tuple[NameIndex, dict[int, str], dict[int, str]]:
    """The people the report can match, found in bulk: one query for the workspace's distinct
    names, one cheap pass over phone numbers for its dial-ins, one indexed query for its
    emails, the dial-ins' people and the people an earlier import remembered, and one pass
    over the people for the names it looks up (whose folded names spell one, or whose family
    name an initial points to), counted per distinct name. Nobody else in the workspace could
    match any line (nor make a match ambiguous), so the index answers as if it held everyone."""
    connection = session.connection()  # plain rows: no ORM work per row
    roles = {int(pid): str(role) for pid, role in connection.execute(
        select(Membership.person_id, Membership.role).where(Membership.cohort_id == cohort_id))}
    emails = {a.email for a in attendees if a.email}
    keys: set[str] = set()  # the name keys the matching looks up
    initials: set[str] = set()
    dialled: set[str] = set()
    for a in attendees:
        for text in (a.name, a.original_name, device_owner(a.original_name or a.name) or ""):
            if text:
                keys.add(match_key(text))
        family = initial_family(_offer_name(a.name))
        if family:
            initials.add(family)
        digits = phone_digits(a.name)
        if digits:
            dialled.add(digits)

    # Every distinct name in the workspace by its match key (one query; names repeat).
    by_key: dict[str, list[str]] = {}
    for (text,) in connection.execute(union(select(Person.family_name), select(Person.given_name),
                                         select(Person.preferred_name))):
        by_key.setdefault(match_key(text or ""), []).append(text or "")
    # A person's keys are their given (or preferred) name's words next to their family
    # name's, either way round (person_keys), so each looked-up key splits into the
    # (family, first) pairs that can spell it.
    pairs: set[str] = set()
    for key in keys:
        words = key.split()
        for cut in range(len(words) + 1):
            left, right = " ".join(words[:cut]), " ".join(words[cut:])
            for first_key, family_key in ((left, right), (right, left)):
                for first in by_key.get(first_key, ()):
                    for family in by_key.get(family_key, ()):
                        pairs.add(f"{family}\x1f{first}")
    initial_families = {t for k in initials for t in by_key.get(k, ())}

    # The people a report points at by email, by phone or through an earlier import, whole.
    columns = (Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.email, Person.phone)
    found: dict[int, Any] = {}
    exact: list[Any] = []
    if emails:
        exact.append(Person.email.in_(_values(emails)))
    ids = sorted(set(remembered) | set(_dialled_people(connection, dialled) if dialled else ()))
    if ids:
        exact.append(Person.id.in_(ids))
    if exact:
        for row in connection.execute(select(*columns).where(or_(*exact))):
            found[row[0]] = row
    # The people a report points at by name, one row per distinct name (given, family,
    # preferred): everyone with the same name has the same keys. A name only matches when it
    # is one person's, so the rows say which looked-up keys are one person's (a candidate)
    # and which are crowded (nobody's). A statewide directory holds hundreds of people with
    # a common name; they are counted here, not read one by one.
    named_by: list[Any] = []
    if pairs:
        spelled = _values(pairs)
        named_by.append((Person.family_name + "\x1f" + Person.given_name).in_(spelled)
                        | (Person.family_name + "\x1f" + Person.preferred_name).in_(spelled))
    if initial_families:
        named_by.append(Person.family_name.in_(_values(initial_families)))
    groups: list[Any] = []
    if named_by:  # one query: the name conditions need a pass over everyone, so pass once
        name_columns = (Person.given_name, Person.family_name, Person.preferred_name)
        groups = list(connection.execute(
            select(*name_columns, func.min(Person.id), func.max(Person.id))
            .where(or_(*named_by)).group_by(*name_columns)))

    names: dict[int, str] = {}
    cands = []
    named: dict[tuple[str, str, str], tuple[str, frozenset[str], str, str]] = {}
    key_of = _remembering(match_key)
    pair_keys: dict[tuple[str, str], frozenset[str]] = {}

    def keys_of(given: str, family: str, preferred: str) -> frozenset[str]:
        """person_keys, put together from each (first name, family name) pair's keys, which
        many people share (the same given name with different preferred names)."""
        if not family:
            return frozenset(person_keys(given, family, preferred))
        out: frozenset[str] = frozenset()
        for first in {given, preferred} - {""}:
            pair = pair_keys.get((first, family))
            if pair is None:
                # match_key of "first family" is the two names' keys joined by a space
                # (tests/test_zoom_import.py checks it), and names repeat: each is worked
                # out once.
                first_key, family_key = key_of(first), key_of(family)
                pair = pair_keys[(first, family)] = frozenset(
                    {_joined(first_key, family_key), _joined(family_key, first_key)} - {""})
            out |= pair
        return out

    def add(pid: int, given_name: str, family_name: str, preferred: str, email: str | None,
            phone: str | None) -> None:
        # People who share a name share its keys: work them out once per name.
        full = (given_name, family_name, preferred)
        known = named.get(full)
        if known is None:
            known = named[full] = (
                person_display_name(given_name, family_name, preferred),
                keys_of(given_name, family_name, preferred),
                key_of(preferred or given_name)[:1], key_of(family_name))
        names[pid] = known[0]
        cands.append(Candidate(
            person_id=pid, name=known[0], email=(email or "").lower(), keys=known[1],
            phone=phone_digits(phone) if phone else None,
            given_initial=known[2], family_key=known[3], role=roles.get(pid, ""),
        ))

    # Who holds each key the report looks up (two ids are enough to know it is crowded).
    holders: dict[str, set[int]] = {}
    for given_name, family_name, preferred, low, high in groups:
        for key in keys_of(given_name, family_name, preferred) & keys:
            held = holders.setdefault(key, set())
            if len(held) < 2:
                held.update((low, high))
    for pid, given_name, family_name, preferred, _email, _phone in found.values():
        for key in keys_of(given_name, family_name, preferred) & keys:
            held = holders.setdefault(key, set())
            if len(held) < 2:
                held.add(pid)
    crowded = {key for key, held in holders.items() if len(held) > 1}
    sole = {next(iter(held)) for held in holders.values() if len(held) == 1}

    for row in found.values():
        add(*row)
    added = set(found)
    # A name's only holder, and the people an initial points to ("A. Mensah": the Mensahs,
    # two per distinct name, which answers "several" as all of them would). None of them
    # needs an email or a phone: anyone the report names by email or dials is in `found`.
    for given_name, family_name, preferred, low, high in groups:
        wanted = {low, high} if family_name in initial_families else {low} & sole
        for pid in wanted - added:
            added.add(pid)
            add(pid, given_name, family_name, preferred, None, None)
    return NameIndex.build(cands, crowded), names, roles


def _match(a: ZoomAttendee, index: NameIndex, aliases: Mapping[str, int],
           names: Mapping[int, str]) -> tuple[str, str, int | None]:
    """(outcome, how, person_id) before staff and duplicate checks."""
    if a.email and a.email in index.by_email:
        return MATCHED, "email", index.by_email[a.email].person_id
    found = index.by_name(a.name, a.original_name)
    if found:
        return MATCHED, "name", found.person_id
    if a.key in aliases and aliases[a.key] in names:
        return MATCHED, "remembered", aliases[a.key]
    owner = device_owner(a.original_name or a.name)
    if owner and (found := index.by_name(owner)):
        return SUGGESTED, "device name", found.person_id
    digits = phone_digits(a.name)
    if digits:
        hits = index.by_phone.get(digits, [])
        if len(hits) == 1:
            return SUGGESTED, "phone number", hits[0].person_id
        return UNMATCHED, "phone number", None
    found = index.by_initial(_offer_name(a.name))
    if found:
        return SUGGESTED, "initial", found.person_id
    return UNMATCHED, "", None


def _offer_name(name: str) -> str:
    offer = guest_offer(name, "")
    return f"{offer.given_name} {offer.family_name}".strip() if offer else name


def _effect(reg: Registration | None, minutes: int,
            present: bool) -> tuple[str, str, KeptMark | None]:
    """(effect, keeps, the kept mark) of recording `minutes` for an existing or missing
    registration."""
    if reg is None:
        return NEW, "", None
    target = _target(reg, minutes, present)
    current = (reg.attendance, reg.mode, reg.minutes, reg.source, reg.status)
    keeps, kept = "", None
    if reg.source in _HUMAN_SOURCES and reg.attendance:
        kept = kept_mark(reg)
        keeps = kept.text
    return (UNCHANGED if target == current else UPDATE), keeps, kept


def _target(reg: Registration, minutes: int, present: bool,
            replace: bool = False) -> tuple[str | None, str, int, str, str]:
    """The (attendance, mode, minutes, source, status) the import leaves behind. A state set
    by a person stays, with the report's minutes beside it, unless the user chose `replace`."""
    if reg.source in _HUMAN_SOURCES and reg.attendance and not replace:
        return (reg.attendance, reg.mode, minutes, reg.source, reg.status)
    status = reg.status
    if present and status != RegistrationStatus.REGISTERED.value:
        status = RegistrationStatus.REGISTERED.value
    if present:
        return (AttendanceState.PRESENT.value, AttendanceMode.REMOTE.value, minutes,
                AttendanceSource.ZOOM.value, status)
    return (None, AttendanceMode.REMOTE.value, minutes, AttendanceSource.ZOOM.value, status)


def preview(store: Store, session_id: int, path: str | Path,
            threshold: float = 0.5, progress: Progress | None = None) -> ZoomPreview:
    """Read the report and say what importing it would do. Writes nothing."""
    threshold = check_threshold(threshold)
    report = read_report(path)
    meeting_minutes = _meeting_minutes(report.meeting)
    attendees = merge_lines(report.lines, meeting_minutes)
    if progress:
        progress(0, len(attendees), "Matching participants")
    with store.read() as session:
        row = session.get(CohortSession, session_id)
        if row is None:
            raise NotFoundError(f"Session {session_id} is not in this workspace.")
        keys = {a.key for a in attendees}
        aliases = {str(k): int(v) for k, v in session.execute(
            select(AttendanceAlias.name_key, AttendanceAlias.person_id)
            .where(AttendanceAlias.name_key.in_(_values(keys))))}
        index, names, roles = _candidates(session, row.cohort_id, attendees, aliases.values())
        regs = {r.person_id: r for r in session.scalars(
            select(Registration).where(Registration.session_id == session_id))}
        session_minutes = _session_minutes(row, report.meeting, attendees)
        needed = threshold_minutes(session_minutes, threshold)
        raw = [_match(a, index, aliases, names) for a in attendees]
        # Definite matches first, so a suggestion never points at someone already matched.
        taken: dict[int, str] = {}
        for a, (outcome, _how, pid) in zip(attendees, raw, strict=True):
            if outcome == MATCHED and pid is not None and not a.is_host:
                taken.setdefault(pid, a.name)
        out: list[ZoomMatch] = []
        for i, (a, (outcome, how, pid)) in enumerate(zip(attendees, raw, strict=True)):
            status = PRESENT if a.minutes >= needed else BRIEF
            hint: dict[str, Any] = {}
            if a.is_host or (pid is not None and outcome == MATCHED
                             and roles.get(pid) == MembershipRole.PROGRAM_STAFF.value):
                outcome, how = STAFF, "host" if a.is_host else "staff"
                status = NOT_COUNTED
                if pid is None:
                    hint = _hint("host without staff")
            elif outcome == MATCHED and pid is not None and taken.get(pid) != a.name:
                hint = _hint("also in the report", person=names[pid], other=taken[pid])
            elif outcome == SUGGESTED and pid in taken:
                hint = _hint("already matched", how=how, person=names[pid], other=taken[pid])
                outcome, pid = UNMATCHED, None
            elif outcome == UNMATCHED and how == "phone number":
                sharing = len(index.by_phone.get(phone_digits(a.name) or "", []))
                hint = (_hint("unknown dial-in") if not sharing
                        else _hint("shared dial-in", count=sharing))
            effect, keeps, kept = "", "", None
            if outcome == MATCHED and pid is not None:
                effect, keeps, kept = _effect(regs.get(pid), a.minutes, status == PRESENT)
            offer = (guest_offer(a.name, a.email, a.original_name)
                     if outcome in (UNMATCHED, SUGGESTED) else None)
            out.append(ZoomMatch(
                key=a.key, name=a.name, original_name=a.original_name, email=a.email,
                minutes=a.minutes, minutes_text=a.minutes_text, lines=a.lines, outcome=outcome,
                how=how, person_id=pid, person_name=names.get(pid, "") if pid else "",
                status=status, effect=effect, keeps=keeps, kept=kept, guest=offer, parts=a.parts,
                overlap=a.overlap, capped=a.capped, **hint,
            ))
            if progress:
                progress(i + 1, len(attendees), a.name)
        title = row.title
        warnings = list(report.problems)
        warning_keys = list(report.problem_keys)
        if report.meeting and report.meeting.start and row.starts_at and \
                report.meeting.start.date() != row.starts_at.date():
            warnings.append(
                f"The report's meeting was on {report.meeting.start:%d %b %Y} but {title} is on "
                f"{row.starts_at:%d %b %Y}. Check that this is the right session.")
            # The days as ISO dates: the app writes them its own way.
            warning_keys.append((OTHER_DAY, (
                ("meeting_day", report.meeting.start.date().isoformat()), ("session", title),
                ("session_day", row.starts_at.date().isoformat()))))
        out = _merge_same_person(out, needed, regs, {g.line: g for g in report.lines},
                                 meeting_minutes)
    return ZoomPreview(session_id, title, str(path), report.meeting, session_minutes, threshold,
                       needed, tuple(out), tuple(warnings), tuple(warning_keys),
                       report.lines)


def _hint_of(m: ZoomMatch) -> dict[str, Any]:
    return {"hint": m.hint, "hint_key": m.hint_key, "hint_values": m.hint_values}


def _merge_same_person(matches: list[ZoomMatch], needed: int,
                       regs: Mapping[int, Registration], by_line: Mapping[int, ZoomLine],
                       meeting_minutes: int | None) -> list[ZoomMatch]:
    """Two report identities matched to one person (email and a name line) are one row, their
    lines counted together as `merge_lines` counts one identity's: a second device online at
    the same time adds nothing, and the total is at most the meeting's length.

    The merged row is what `apply` records: its status, effect and minutes are recomputed
    from the merged minutes, so the preview never disagrees with what is saved."""
    first: dict[int, int] = {}
    result: list[ZoomMatch] = []
    for m in matches:
        if m.outcome == MATCHED and m.person_id is not None:
            if m.person_id in first:
                i = first[m.person_id]
                prev = result[i]
                lines = prev.lines + m.lines
                merged = merge_group(prev.key, [by_line[n] for n in lines], meeting_minutes)
                minutes = merged.minutes
                status = PRESENT if minutes >= needed else BRIEF
                effect, keeps, kept = _effect(regs.get(m.person_id), minutes, status == PRESENT)
                result[i] = dataclasses.replace(
                    prev, minutes=minutes, parts=merged.parts, minutes_text=merged.minutes_text,
                    overlap=merged.overlap, capped=merged.capped,
                    lines=lines, status=status, effect=effect, keeps=keeps, kept=kept,
                    **_hint_of(m if m.hint else prev))
                continue
            first[m.person_id] = len(result)
        result.append(m)
    return result


# -- apply ---------------------------------------------------------------------------------------


def apply(store: Store, plan: ZoomPreview, choices: Mapping[str, ZoomChoice] | None = None, *,
          progress: Progress | None = None, source: object | None = None) -> ImportResult:
    """Record the previewed report in one change. `choices` is keyed by ZoomMatch.key."""
    choices = dict(choices or {})
    known = {m.key for m in plan.participants}
    for key in choices:
        if key not in known:
            raise ValidationError("choices", f"“{key}” is not a participant of this report.")
    recorded = unchanged = 0
    added: list[int] = []
    left_out: list[str] = []
    todo = [m for m in plan.participants if m.outcome != STAFF]
    label = f"Import Zoom Report for {plan.session_title}"
    with store.change(label, source=source) as session:
        row = session.get(CohortSession, plan.session_id)
        if row is None:
            raise NotFoundError(f"Session {plan.session_id} is not in this workspace.")
        now = now_in_zone(row.time_zone)
        per_person: dict[int, list[ZoomMatch]] = {}
        replace: set[int] = set()
        for i, m in enumerate(todo):
            choice = choices.get(m.key)
            if m.outcome == MATCHED and choice is not None and choice.replace and \
                    choice.person_id is None and not choice.add_guest:
                choice = None  # the match stands; only its kept state is replaced
                if m.person_id is not None:
                    replace.add(m.person_id)
            pid = _resolve(session, row.cohort_id, m, choice, added)
            if pid is None:
                left_out.append(m.shown_name)
            else:
                per_person.setdefault(pid, []).append(m)
                if choice is not None and choice.replace:
                    replace.add(pid)
            if progress:
                progress(i + 1, len(todo), m.name)
        # The session's registrations in one query, then every change in one flush.
        regs = {r.person_id: r for r in session.scalars(
            select(Registration).where(Registration.session_id == plan.session_id))}
        by_line = {g.line: g for g in plan.report_lines}
        meeting_minutes = _meeting_minutes(plan.meeting)
        for pid, rows in per_person.items():
            minutes = _chosen_minutes(rows, by_line, meeting_minutes)
            if _record(session, regs, plan.session_id, pid, minutes,
                       minutes >= plan.threshold_minutes, replace=pid in replace, when=now):
                recorded += 1
            else:
                unchanged += 1
        session.flush()
    return ImportResult(recorded, unchanged, tuple(added), tuple(left_out))


def _chosen_minutes(rows: list[ZoomMatch], by_line: Mapping[int, ZoomLine],
                    meeting_minutes: int | None) -> int:
    """The minutes of the rows the import gives one person. Rows a choice puts together (a
    device's line chosen for someone already matched) are counted as the preview counts the
    rows it merges: a second device online at the same time does not double their time."""
    numbers = [n for m in rows for n in m.lines]
    if len(rows) == 1 or not all(n in by_line for n in numbers):
        # One row is counted already; a plan without the report's lines can only add.
        return sum(m.minutes for m in rows)
    return merge_group(rows[0].key, [by_line[n] for n in numbers], meeting_minutes).minutes


def _resolve(session: Session, cohort_id: int, m: ZoomMatch, choice: ZoomChoice | None,
             added: list[int]) -> int | None:
    if m.outcome == MATCHED and choice is None:
        return m.person_id
    if choice is None:
        return None  # suggestions and unmatched names wait for a person's decision
    pid = choice.person_id
    if pid is not None and session.get(Person, pid) is None:
        raise refusal("choices", "zoom: person gone", REFUSALS["zoom: person gone"],
                      name=m.shown_name)
    if choice.add_guest:
        pid = _add_guest(session, cohort_id, m, added)
    if pid is not None and m.outcome != MATCHED:
        _remember(session, m.key, pid)
    return pid


def _add_guest(session: Session, cohort_id: int, m: ZoomMatch, added: list[int]) -> int:
    offer = m.guest or guest_offer(m.name, m.email)
    if offer is None:
        raise refusal("choices", "zoom: no guest name", REFUSALS["zoom: no guest name"],
                      name=m.shown_name)
    if offer.email:  # never a second person with the same email
        existing = session.scalar(select(Person.id).where(Person.email == offer.email))
        if existing is not None:
            return int(existing)
    person = Person(given_name=offer.given_name, family_name=offer.family_name, preferred_name="",
                    pronouns="", title="", email=offer.email or None, phone="", bio="",
                    access_needs="", dietary_needs="", consent_share_contact=False,
                    internal_notes=f"Added from a Zoom report as “{m.name}”.")
    session.add(person)
    session.flush()
    session.add(Membership(cohort_id=cohort_id, person_id=person.id, role=offer.role,
                           stage="active"))
    added.append(person.id)
    return person.id


def _remember(session: Session, key: str, person_id: int) -> None:
    alias = session.scalar(select(AttendanceAlias).where(AttendanceAlias.name_key == key))
    if alias is None:
        session.add(AttendanceAlias(name_key=key, person_id=person_id))
    elif alias.person_id != person_id:
        alias.person_id = person_id


def _record(session: Session, regs: dict[int, Registration], session_id: int, person_id: int,
            minutes: int, present: bool, *, replace: bool = False,
            when: dt.datetime | None = None) -> bool:
    """Set one person's minutes (`regs`: the session's registrations by person, kept up to
    date); False when nothing needed to change. The caller flushes. A state set by a person
    is replaced only with `replace`."""
    reg = regs.get(person_id)
    new = reg is None
    if reg is None:
        reg = regs[person_id] = Registration(
            session_id=session_id, person_id=person_id,
            status=RegistrationStatus.REGISTERED.value, attendance=None, mode="", walk_in=False,
            source="", note="")
        session.add(reg)
    target = _target(reg, minutes, present, replace)
    current = (reg.attendance, reg.mode, reg.minutes, reg.source, reg.status)
    if target == current and not new:
        return False
    if (target[0], target[3]) != (reg.attendance, reg.source):
        reg.marked_at = when
        if replace and reg.checked_in_at is not None:
            reg.checked_in_at = None  # the report's word replaces the door's
    reg.attendance, reg.mode, reg.minutes, reg.source, reg.status = target
    return True
