"""A session's agenda: timed reading for print and screen, and undoable edits.

Read API (frozen dataclasses, times are aware datetimes in the session's own zone):
    timed_agenda(store, session_id) -> TimedAgenda
        .days -> tuple[TimedDay]: number, date, start, end, planned_end, total_minutes,
                 overrun_minutes, warnings, items, zone_abbreviation (each day its own:
                 "CDT" then "CST" across the autumn change)
        .items -> every TimedItem in order: id, day, kind, title, description, duration_minutes,
                 pinned_time, room, materials, start, end, gap_before_minutes, overrun_minutes,
                 warnings, presenters (PresenterRecord: name, title, organization, jurisdiction,
                 role, is_placeholder), groups (BreakoutGroupRecord: name, room, facilitator,
                 members: tuple[GroupMember])
        .total_minutes, .starts_at, .ends_at, .planned_end, .overrun_minutes, .time_zone,
        .zone_abbreviation ("CDT"), .warnings, .has_clock (False when the session has no start)
    get_item(store, item_id) -> ItemData

Edits (each one undoable step through store.change):
    add_item(store, session_id, data, *, after_item_id=None) -> int
    update_item(store, item_id, data); set_duration(store, item_id, minutes)
    set_pinned_time(store, item_id, time | None); delete_item(store, item_id)
    move_item(store, item_id, index, *, day=None)    # drag and drop: index in the session order
    move_up(store, item_id) / move_down(store, item_id)   # Alt+Up/Down, crossing day boundaries
    set_day_times(store, session_id, day, start, end)
Presenters and breakout groups are edited in services/agenda_people.py; copying agendas and
templates in services/agenda_templates.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cohortdesk.domain import agenda as timing
from cohortdesk.domain.agenda import AgendaItemKind, PresenterRole, check_duration
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.limits import single_line
from cohortdesk.domain.records import jurisdiction as jurisdiction_of
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import clean
from cohortdesk.domain.validation import refusal
from cohortdesk.services.sessions import zone_abbreviation
from cohortdesk.store import Store
from cohortdesk.store.models import CohortSession, Organization, Person
from cohortdesk.store.models.agenda import (
    AgendaDay,
    AgendaItem,
    AgendaPresenter,
    BreakoutGroup,
    BreakoutMember,
    Note,
)

NOMINAL_START = dt.time(9, 0)
MAX_DAYS = 14
# A day out of range (ValidationError key "agenda: day").
DAY_RANGE = "Choose a day from 1 to {last}."


# -- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemData:
    """An agenda item as entered in the editor."""

    title: str = ""
    kind: AgendaItemKind = AgendaItemKind.OTHER
    duration_minutes: int = 30
    description: str = ""
    pinned_time: dt.time | None = None
    room: str = ""
    materials: str = ""
    day: int = 1


@dataclass(frozen=True)
class PresenterRecord:
    id: int
    person_id: int | None
    placeholder: str
    role: PresenterRole
    name: str
    title: str = ""
    organization: str = ""
    jurisdiction: str = ""

    @property
    def is_placeholder(self) -> bool:
        return self.person_id is None


@dataclass(frozen=True)
class GroupMember:
    person_id: int
    name: str
    jurisdiction: str = ""
    double_booked: bool = False


@dataclass(frozen=True)
class BreakoutGroupRecord:
    id: int
    name: str
    room: str
    facilitator_id: int | None
    facilitator: str
    members: tuple[GroupMember, ...]


@dataclass(frozen=True)
class TimedItem(ItemData):
    id: int = 0
    position: int = 0
    start: dt.datetime = dt.datetime.min
    end: dt.datetime = dt.datetime.min
    gap_before_minutes: int = 0
    overrun_minutes: int = 0
    warnings: tuple[str, ...] = ()
    presenters: tuple[PresenterRecord, ...] = ()
    groups: tuple[BreakoutGroupRecord, ...] = ()

    @property
    def is_pinned(self) -> bool:
        return self.pinned_time is not None


@dataclass(frozen=True)
class TimedDay:
    number: int
    date: dt.date
    start: dt.datetime
    end: dt.datetime
    planned_end: dt.datetime | None
    total_minutes: int
    overrun_minutes: int
    warnings: tuple[str, ...]
    items: tuple[TimedItem, ...]
    zone_abbreviation: str = ""


@dataclass(frozen=True)
class TimedAgenda:
    session_id: int
    session_title: str
    time_zone: str
    zone_abbreviation: str
    has_clock: bool
    days: tuple[TimedDay, ...]
    planned_end: dt.datetime | None
    warnings: tuple[str, ...]

    @property
    def items(self) -> tuple[TimedItem, ...]:
        return tuple(i for d in self.days for i in d.items)

    @property
    def total_minutes(self) -> int:
        return sum(d.total_minutes for d in self.days)

    @property
    def starts_at(self) -> dt.datetime | None:
        return self.days[0].start if self.days else None

    @property
    def ends_at(self) -> dt.datetime | None:
        return self.days[-1].end if self.days else None

    @property
    def overrun_minutes(self) -> int:
        """Minutes the agenda runs past the session's planned end (0 when it fits)."""
        return self.days[-1].overrun_minutes if self.days else 0


# -- reading -----------------------------------------------------------------------------


def session_row(session: Session, session_id: int) -> CohortSession:
    row = session.get(CohortSession, session_id)
    if row is None:
        raise NotFoundError(f"Session {session_id} is not in this workspace.")
    return row


def item_row(session: Session, item_id: int) -> AgendaItem:
    row = session.get(AgendaItem, item_id)
    if row is None:
        raise NotFoundError(f"Agenda item {item_id} is no longer in this workspace.")
    return row


def ordered_items(session: Session, session_id: int) -> list[AgendaItem]:
    return list(session.scalars(
        select(AgendaItem).where(AgendaItem.session_id == session_id)
        .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.id)
    ))


def session_day_count(row: CohortSession) -> int:
    if row.starts_at is None or row.ends_at is None:
        return 1
    return max(1, min(MAX_DAYS, (row.ends_at.date() - row.starts_at.date()).days + 1))


def _frames(session: Session, row: CohortSession, highest_item_day: int) -> list[timing.DayFrame]:
    overrides = {d.number: d for d in session.scalars(
        select(AgendaDay).where(AgendaDay.session_id == row.id))}
    session_days = session_day_count(row)
    count = max(session_days, highest_item_day, max(overrides, default=1))
    first = row.starts_at.date() if row.starts_at else dt.date.today()
    default_start = row.starts_at.time() if row.starts_at else NOMINAL_START
    frames = []
    for n in range(1, count + 1):
        o = overrides.get(n)
        start = o.start_time if o and o.start_time else default_start
        end = o.end_time if o and o.end_time else None
        if end is None and n == session_days and row.ends_at is not None:
            end = row.ends_at.time()
        frames.append(timing.DayFrame(n, first + dt.timedelta(days=n - 1), start, end))
    return frames


def _people(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str, str, str]]:
    """person id -> (display name, title, organization, jurisdiction)."""
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.title, Organization.name, Organization.kind, Organization.city,
               Organization.state_region)
        .outerjoin(Organization, Person.organization_id == Organization.id)
        .where(Person.id.in_(wanted))
    )
    return {
        pid: (person_display_name(given, family, preferred), title, org or "",
              jurisdiction_of(org, kind, city, state))
        for pid, given, family, preferred, title, org, kind, city, state in rows
    }


def timed_agenda(store: Store, session_id: int) -> TimedAgenda:
    with store.read() as session:
        row = session_row(session, session_id)
        items = ordered_items(session, session_id)
        frames = _frames(session, row, max((i.day for i in items), default=1))
        item_ids = [i.id for i in items]
        presenters = list(session.scalars(
            select(AgendaPresenter).where(AgendaPresenter.item_id.in_(item_ids))
            .order_by(AgendaPresenter.position, AgendaPresenter.id)))
        groups = list(session.scalars(
            select(BreakoutGroup).where(BreakoutGroup.item_id.in_(item_ids))
            .order_by(BreakoutGroup.position, BreakoutGroup.id)))
        members = list(session.execute(
            select(BreakoutMember.group_id, BreakoutMember.person_id)
            .where(BreakoutMember.group_id.in_([g.id for g in groups]))
            .order_by(BreakoutMember.id)))
        person_ids = {p.person_id for p in presenters if p.person_id is not None}
        person_ids |= {g.facilitator_id for g in groups if g.facilitator_id is not None}
        person_ids |= {pid for _gid, pid in members}
        people = _people(session, person_ids)
        title, zone, starts_at, ends_at = row.title, row.time_zone, row.starts_at, row.ends_at

    sched = timing.schedule(frames, [timing.Slot(i.day, i.duration_minutes, i.pinned_time)
                                     for i in items], zone)
    by_item_presenters: dict[int, list[PresenterRecord]] = defaultdict(list)
    for p in presenters:
        name, ptitle, org, jur = people.get(p.person_id, ("", "", "", "")) if p.person_id else (
            "", "", "", "")
        by_item_presenters[p.item_id].append(PresenterRecord(
            p.id, p.person_id, p.placeholder, PresenterRole(p.role),
            name or p.placeholder or "TBD", ptitle, org, jur))

    members_by_group: dict[int, list[int]] = defaultdict(list)
    for gid, pid in members:
        members_by_group[gid].append(pid)
    slot_of = {i.id: s for i, s in zip(items, sched.slots, strict=True)}
    clashes, clash_warnings = _double_bookings(groups, members_by_group, slot_of, people)

    by_item_groups: dict[int, list[BreakoutGroupRecord]] = defaultdict(list)
    for g in groups:
        fac = people.get(g.facilitator_id)[0] if g.facilitator_id in people else ""  # type: ignore[index]
        by_item_groups[g.item_id].append(BreakoutGroupRecord(
            g.id, g.name, g.room, g.facilitator_id, fac,
            tuple(GroupMember(pid, people[pid][0], people[pid][3], (g.id, pid) in clashes)
                  for pid in members_by_group[g.id] if pid in people)))

    timed: dict[int, list[TimedItem]] = defaultdict(list)
    for item, slot in zip(items, sched.slots, strict=True):
        timed[item.day].append(TimedItem(
            title=item.title, kind=AgendaItemKind(item.kind),
            duration_minutes=item.duration_minutes,
            description=item.description, pinned_time=item.pinned_time, room=item.room,
            materials=item.materials, day=item.day, id=item.id, position=item.position,
            start=slot.start, end=slot.end, gap_before_minutes=slot.gap_before_minutes,
            overrun_minutes=slot.overrun_minutes,
            warnings=slot.warnings + tuple(clash_warnings.get(item.id, ())),
            presenters=tuple(by_item_presenters[item.id]), groups=tuple(by_item_groups[item.id])))

    days = tuple(
        TimedDay(d.number, d.date, d.start, d.end, d.planned_end, d.total_minutes,
                 d.overrun_minutes, d.warnings, tuple(timed[d.number]),
                 d.start.tzname() or zone)
        for d in sched.days
    )
    warnings: list[str] = []
    if starts_at is None:
        warnings.append("The session has no start time; times count from 9:00 AM.")
    session_days = len([f for f in frames if starts_at is None or ends_at is None
                        or f.date <= ends_at.date()])
    if len(frames) > session_days:
        warnings.append(f"Items are planned on day {len(frames)}, after the session ends.")
    for d in days:
        warnings += d.warnings
        for i in d.items:
            warnings += [f"{i.title}: {w}" for w in i.warnings]
    planned_end = None
    if ends_at is not None:
        planned_end = timing.local_time(ends_at.date(), ends_at.time(), zone)
    return TimedAgenda(session_id, title, zone, zone_abbreviation(zone, starts_at),
                       starts_at is not None, days, planned_end, tuple(warnings))


def _double_bookings(
    groups: Sequence[BreakoutGroup], members: dict[int, list[int]],
    slot_of: dict[int, timing.SlotTime], people: dict[int, tuple[str, str, str, str]],
) -> tuple[set[tuple[int, int]], dict[int, list[str]]]:
    """People in two breakout groups at once (same item, or items whose times overlap)."""
    who: dict[int, set[int]] = {
        g.id: set(members[g.id]) | ({g.facilitator_id} if g.facilitator_id else set())
        for g in groups
    }
    clashes: set[tuple[int, int]] = set()
    warnings: dict[int, list[str]] = defaultdict(list)
    for a, b in combinations(groups, 2):
        if a.item_id != b.item_id:
            sa, sb = slot_of[a.item_id], slot_of[b.item_id]
            if not (sa.start < sb.end and sb.start < sa.end):
                continue
        for pid in sorted(who[a.id] & who[b.id]):
            clashes |= {(a.id, pid), (b.id, pid)}
            name = people.get(pid, ("Someone",))[0]
            text = f"{name} is in two groups at once: {a.name} and {b.name}."
            for item_id in {a.item_id, b.item_id}:
                warnings[item_id].append(text)
    return clashes, warnings


def get_item(store: Store, item_id: int) -> ItemData:
    with store.read() as session:
        i = item_row(session, item_id)
        return ItemData(i.title, AgendaItemKind(i.kind), i.duration_minutes, i.description,
                        i.pinned_time, i.room, i.materials, i.day)


# -- editing -----------------------------------------------------------------------------


def validate_item(data: ItemData) -> ItemData:
    title = single_line(clean(data.title))
    if not title:
        raise ValidationError("title", "Give the agenda item a title.")
    if not 1 <= data.day <= MAX_DAYS:
        raise refusal("day", "agenda: day", DAY_RANGE, last=MAX_DAYS)
    try:
        kind = AgendaItemKind(data.kind)
    except ValueError:
        raise ValidationError("kind", f"“{data.kind}” is not a kind of agenda item.") from None
    return dataclasses.replace(
        data, title=title, kind=kind, description=clean(data.description),
        duration_minutes=check_duration("duration_minutes", data.duration_minutes),
        room=single_line(clean(data.room)), materials=clean(data.materials),
        pinned_time=data.pinned_time.replace(second=0, microsecond=0, tzinfo=None)
        if data.pinned_time else None,
    )


def apply_item(row: AgendaItem, data: ItemData) -> None:
    row.title, row.kind, row.description = data.title, data.kind.value, data.description
    row.duration_minutes, row.pinned_time = data.duration_minutes, data.pinned_time
    row.room, row.materials, row.day = data.room, data.materials, data.day


def renumber(items: Sequence[AgendaItem]) -> None:
    for index, item in enumerate(items):
        if item.position != index:
            item.position = index


def _by_day(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Stable sort by day: the list order stands within each day."""
    return [i for _n, i in sorted(enumerate(items), key=lambda pair: (pair[1].day, pair[0]))]


def add_item(store: Store, session_id: int, data: ItemData, *, after_item_id: int | None = None,
             source: object | None = None) -> int:
    cleaned = validate_item(data)
    with store.change(f"Add Agenda Item {cleaned.title}", source=source) as session:
        session_row(session, session_id)
        items = ordered_items(session, session_id)
        row = AgendaItem(session_id=session_id)
        apply_item(row, cleaned)
        index = len(items)
        if after_item_id is not None:
            after = next((n for n, i in enumerate(items) if i.id == after_item_id), None)
            if after is not None:
                index = after + 1
                row.day = items[after].day
        else:
            later = [n for n, i in enumerate(items) if i.day > row.day]
            index = later[0] if later else len(items)
        session.add(row)
        items.insert(index, row)
        renumber(items)
        session.flush()
        return row.id


def update_item(store: Store, item_id: int, data: ItemData, *,
                source: object | None = None) -> None:
    cleaned = validate_item(data)
    with store.change(f"Edit Agenda Item {cleaned.title}", source=source) as session:
        row = item_row(session, item_id)
        day_changed = row.day != cleaned.day
        apply_item(row, cleaned)
        if day_changed:
            renumber(sorted(ordered_items(session, row.session_id),
                             key=lambda i: (i.day, i.position, i.id)))


def set_duration(store: Store, item_id: int, minutes: int, *, source: object | None = None) -> None:
    """Steps of the Length spin box on one item, one after another, undo as one step."""
    minutes = check_duration("duration_minutes", minutes)
    with store.change("Change Duration", source=source,
                      merge_key=("item length", item_id)) as session:
        item_row(session, item_id).duration_minutes = minutes


def set_pinned_time(store: Store, item_id: int, pinned: dt.time | None, *,
                    source: object | None = None) -> None:
    label = f"Pin to {timing.format_clock(pinned)}" if pinned else "Unpin Agenda Item"
    with store.change(label, source=source) as session:
        item_row(session, item_id).pinned_time = (
            pinned.replace(second=0, microsecond=0, tzinfo=None) if pinned else None)


def delete_item(store: Store, item_id: int, *, source: object | None = None) -> None:
    with store.read() as session:
        title = item_row(session, item_id).title
    with store.change(f"Delete Agenda Item {title}", source=source) as session:
        row = item_row(session, item_id)
        session_id = row.session_id
        keep_notes(session, [item_id])
        session.delete(row)
        session.flush()
        renumber(ordered_items(session, session_id))


def keep_notes(session: Session, item_ids: Iterable[int]) -> None:
    """Notes taken about agenda items that are going: kept, as notes about the whole session
    (the database would delete them with their item; they may hold a cohort's decision)."""
    session.execute(update(Note).where(Note.agenda_item_id.in_(list(item_ids)))
                    .values(agenda_item_id=None))


def move_item(store: Store, item_id: int, index: int, *, day: int | None = None,
              source: object | None = None) -> None:
    """Put the item at `index` of the session's order; it takes the day of where it lands,
    unless `day` says otherwise (dropping onto a day header)."""
    with store.read() as session:
        title = item_row(session, item_id).title
    with store.change(f"Move Agenda Item {title}", source=source) as session:
        row = item_row(session, item_id)
        items = [i for i in ordered_items(session, row.session_id) if i.id != item_id]
        index = max(0, min(index, len(items)))
        if day is None:
            before = items[index - 1] if index > 0 else None
            after = items[index] if index < len(items) else None
            day = (before or after or row).day
        if not 1 <= day <= MAX_DAYS:
            raise refusal("day", "agenda: day", DAY_RANGE, last=MAX_DAYS)
        row.day = day
        items.insert(index, row)
        renumber(_by_day(items))


def _step(store: Store, item_id: int, direction: int, source: object | None) -> bool:
    with store.read() as session:
        row = item_row(session, item_id)
        items = ordered_items(session, row.session_id)
        days = session_day_count(session_row(session, row.session_id))
        at = next(n for n, i in enumerate(items) if i.id == item_id)
        title, day = row.title, row.day
        neighbour = items[at + direction] if 0 <= at + direction < len(items) else None
    label = f"Move Agenda Item {title} {'Up' if direction < 0 else 'Down'}"
    if neighbour is not None and neighbour.day == day:
        target_day, index = day, at + direction
    elif direction < 0 and day > 1:
        target_day, index = day - 1, at  # to the end of the day before
    elif direction > 0 and (neighbour is not None or day < days):
        target_day, index = day + 1, at  # to the start of the next day
    else:
        return False
    with store.change(label, source=source) as session:
        row = item_row(session, item_id)
        others = [i for i in ordered_items(session, row.session_id) if i.id != item_id]
        row.day = target_day
        others.insert(index, row)
        renumber(_by_day(others))
    return True


def move_up(store: Store, item_id: int, *, source: object | None = None) -> bool:
    """Alt+Up: one place earlier; from the top of a day, to the end of the day before."""
    return _step(store, item_id, -1, source)


def move_down(store: Store, item_id: int, *, source: object | None = None) -> bool:
    """Alt+Down: one place later; from the end of a day, to the start of the next day."""
    return _step(store, item_id, 1, source)


def check_day_times(start: dt.time | None, end: dt.time | None) -> None:
    """A day's planned times, as `set_day_times` takes them (a dialog checks before closing)."""
    if start is not None and end is not None and end <= start:
        raise ValidationError("end_time", "The day must end after it starts.")


def set_day_times(store: Store, session_id: int, day: int, start: dt.time | None,
                  end: dt.time | None, *, source: object | None = None) -> None:
    check_day_times(start, end)
    with store.change(f"Change Day {day} Times", source=source) as session:
        session_row(session, session_id)
        row = session.scalar(select(AgendaDay).where(
            AgendaDay.session_id == session_id, AgendaDay.number == day))
        if row is None:
            row = AgendaDay(session_id=session_id, number=day)
            session.add(row)
        row.start_time, row.end_time = start, end


def day_times(store: Store, session_id: int, day: int) -> tuple[dt.time | None, dt.time | None]:
    with store.read() as session:
        row = session.scalar(select(AgendaDay).where(
            AgendaDay.session_id == session_id, AgendaDay.number == day))
        return (row.start_time, row.end_time) if row else (None, None)
