"""Breakout groups generated for a session (issue 20): mix people who have not met.

Who is placed: everyone registered for the session or recorded as attending it (present, late
or left early), less the people of locked groups, who stay as they are. Facilitators are the
placed people whose cohort role is facilitator, and the breakout item's own facilitators
(agenda presenters with the facilitator role, and the facilitators of the unlocked groups
being replaced), who are placed even when not registered.
History: pairs who shared a breakout group (as members or its facilitator) in an earlier
session of the same cohort (earlier by start, or by id when a start is missing).
Keep-together and keep-apart rules are the cohort's (`breakout_rule`), plus any given.

    generate(store, session_id, *, groups=None, size=None, item_id=None, seed=None,
             together=(), apart=(), keep=()) -> GeneratedGroups
    save(store, generated) -> item_id      # one undoable step, "Generate Breakout Groups"
    set_locked(store, group_id, locked)
    add_rule(store, cohort_id, person_id, other_id, rule, note="") -> int
    remove_rule(store, rule_id); list_rules(store, cohort_id) -> tuple[RuleRecord, ...]

Saving writes the groups as `services.agenda_people` stores them (breakout_group with its
facilitator, breakout_member for the others) on the session's breakout item, which it adds
("Breakout groups") when the session has none. Existing unlocked groups keep their names and
rooms, in order; new ones are named "Group N"; surplus ones are deleted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cohortdesk.domain import breakouts as algo
from cohortdesk.domain.agenda import AgendaItemKind, PresenterRole
from cohortdesk.domain.attendance import AttendanceState, RegistrationStatus
from cohortdesk.domain.enums import Labelled, MembershipRole
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import clean
from cohortdesk.domain.validation import refusal
from cohortdesk.services.agenda import ordered_items, renumber, session_row
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Person
from cohortdesk.store.models.agenda import (
    AgendaItem,
    AgendaPresenter,
    BreakoutGroup,
    BreakoutMember,
)
from cohortdesk.store.models.attendance import Registration
from cohortdesk.store.models.breakouts import BreakoutRule

# Refusals with values in them, by ValidationError key.
REFUSALS = {
    "breakouts: no one": "No one is registered for or attending “{session}” yet, so there is no "
                         "one to place in groups.",
    "breakouts: all locked": "{locked} groups are locked; ask for more than {locked} groups to "
                             "place the other {free}.",
}

ATTENDED = tuple(s.value for s in AttendanceState if s.attended)
NEW_ITEM_TITLE = "Breakout groups"
SAVE_LABEL = "Generate Breakout Groups"


class RuleKind(Labelled):
    TOGETHER = "together"
    APART = "apart"


@dataclass(frozen=True)
class GeneratedGroups:
    session_id: int
    item_id: int | None          # the breakout item the groups are for; None: one is added
    plan: algo.BreakoutPlan
    locked_group_ids: tuple[int, ...]

    @property
    def groups(self) -> tuple[tuple[int, ...], ...]:
        """Every group, locked ones first, as person ids (a group's facilitator first)."""
        return self.plan.all_groups

    def as_json(self) -> dict[str, object]:
        p = self.plan
        return {
            "groups": [list(g) for g in p.all_groups],
            "repeat_pairs": p.repeat_pairs,
            "expected_by_chance": p.expected_by_chance,
            "locked": len(p.locked),
            "facilitators": [None] * len(p.locked) + list(p.facilitators),
            "same_organization_pairs": p.same_organization_pairs,
            "together_split": [list(x) for x in p.together_split],
            "apart_joined": [list(x) for x in p.apart_joined],
            "item_id": self.item_id,
        }


@dataclass(frozen=True)
class RuleRecord:
    id: int
    cohort_id: int
    person_id: int
    other_id: int
    rule: RuleKind
    person: str
    other: str
    note: str


# -- reading ------------------------------------------------------------------------------


def attendees(session: Session, session_id: int) -> list[int]:
    """People registered for the session or recorded as attending it, by id."""
    return list(session.scalars(
        select(Registration.person_id).where(
            Registration.session_id == session_id,
            or_(Registration.status == RegistrationStatus.REGISTERED.value,
                Registration.attendance.in_(ATTENDED)))
        .order_by(Registration.person_id)))


def _sort_key(row: CohortSession) -> tuple[bool, dt.datetime, int]:
    return (row.starts_at is None, row.starts_at or dt.datetime.min, row.id)


def earlier_sessions(session: Session, row: CohortSession) -> list[int]:
    """The cohort's sessions before `row`: by start, then id; without starts, by id alone."""
    others = list(session.scalars(select(CohortSession).where(
        CohortSession.cohort_id == row.cohort_id, CohortSession.id != row.id)))
    if row.starts_at is None:
        return [o.id for o in others if o.id < row.id]
    return [o.id for o in others if o.starts_at is not None and _sort_key(o) < _sort_key(row)]


def met_before(session: Session, session_ids: Sequence[int]) -> dict[algo.Pair, int]:
    """How many times each pair shared a breakout group in these sessions."""
    if not session_ids:
        return {}
    groups = session.execute(
        select(BreakoutGroup.id, BreakoutGroup.facilitator_id)
        .join(AgendaItem, AgendaItem.id == BreakoutGroup.item_id)
        .where(AgendaItem.session_id.in_(session_ids))).all()
    people: dict[int, set[int]] = {gid: ({fac} if fac else set()) for gid, fac in groups}
    if not people:
        return {}
    for gid, pid in session.execute(select(BreakoutMember.group_id, BreakoutMember.person_id)
                                    .where(BreakoutMember.group_id.in_(list(people)))):
        people[gid].add(pid)
    met: dict[algo.Pair, int] = defaultdict(int)
    for members in people.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                met[(a, b)] += 1
    return dict(met)


def breakout_item(session: Session, session_id: int, item_id: int | None) -> AgendaItem | None:
    if item_id is not None:
        item = session.get(AgendaItem, item_id)
        if item is None or item.session_id != session_id:
            raise NotFoundError(f"Agenda item {item_id} is not on session {session_id}'s agenda.")
        return item
    return next((i for i in ordered_items(session, session_id)
                 if i.kind == AgendaItemKind.BREAKOUT.value), None)


def _item_groups(session: Session, item_id: int) -> list[BreakoutGroup]:
    return list(session.scalars(select(BreakoutGroup).where(BreakoutGroup.item_id == item_id)
                                .order_by(BreakoutGroup.position, BreakoutGroup.id)))


def _group_people(session: Session, group: BreakoutGroup) -> list[int]:
    members = list(session.scalars(select(BreakoutMember.person_id)
                                   .where(BreakoutMember.group_id == group.id)
                                   .order_by(BreakoutMember.id)))
    lead = [group.facilitator_id] if group.facilitator_id is not None else []
    return lead + [m for m in members if m != group.facilitator_id]


def _rules(session: Session, cohort_id: int) -> tuple[list[algo.Pair], list[algo.Pair]]:
    together: list[algo.Pair] = []
    apart: list[algo.Pair] = []
    for r in session.scalars(select(BreakoutRule).where(BreakoutRule.cohort_id == cohort_id)):
        (together if r.rule == RuleKind.TOGETHER.value else apart).append(
            algo.pair(r.person_id, r.other_id))
    return together, apart


# -- generating ---------------------------------------------------------------------------


def generate(store: Store, session_id: int, *, groups: int | None = None, size: int | None = None,
             item_id: int | None = None, seed: int | None = None,
             together: Iterable[tuple[int, int]] = (),
             apart: Iterable[tuple[int, int]] = (),
             keep: Iterable[Sequence[int]] = ()) -> GeneratedGroups:
    """Plan the session's breakout groups; `groups` counts every group, locked ones too.

    `keep`: groups of an unsaved proposal to keep as they are (the app's generator locks them
    before regenerating the rest). They are placed like locked groups and come back in
    `plan.locked` after the saved locked groups; whoever saves puts them among `plan.groups`.
    """
    if (groups is None) == (size is None):
        raise ValidationError("groups", "Give either the number of groups or the group size.")
    with store.read() as session:
        row = session_row(session, session_id)
        item = breakout_item(session, session_id, item_id)
        item_groups = _item_groups(session, item.id) if item else []
        locked_rows = [g for g in item_groups if g.locked]
        locked = [_group_people(session, g) for g in locked_rows]
        held = {p for g in locked for p in g}
        locked += [kept for kept in ([p for p in g if p not in held] for g in keep) if kept]
        people = attendees(session, session_id)
        item_facilitators: list[int] = []
        if item is not None:
            item_facilitators = [pid for pid in session.scalars(
                select(AgendaPresenter.person_id).where(
                    AgendaPresenter.item_id == item.id,
                    AgendaPresenter.role == PresenterRole.FACILITATOR.value,
                    AgendaPresenter.person_id.is_not(None))) if pid is not None]
            # Whoever facilitates one of the groups being replaced facilitates again: left
            # out when not registered, they were dropped from the groups without a word.
            item_facilitators += [g.facilitator_id for g in item_groups
                                  if not g.locked and g.facilitator_id is not None
                                  and g.facilitator_id not in held]
        people = list(dict.fromkeys(people + item_facilitators))
        role_facilitators = set(session.scalars(select(Membership.person_id).where(
            Membership.cohort_id == row.cohort_id,
            Membership.role == MembershipRole.FACILITATOR.value)))
        facilitators = frozenset(p for p in people if p in role_facilitators
                                 or p in item_facilitators)
        orgs: dict[int, int | None] = {
            pid: org for pid, org in session.execute(
                select(Person.id, Person.organization_id).where(Person.id.in_(people)))}
        met = met_before(session, earlier_sessions(session, row))
        stored_together, stored_apart = _rules(session, row.cohort_id)
    in_locked = {p for g in locked for p in g}
    free = [p for p in people if p not in in_locked]
    if not people:
        raise refusal("session", "breakouts: no one", REFUSALS["breakouts: no one"],
                      session=row.title)
    if size is not None:
        open_count = algo.groups_for_size(len(free), size)
    else:
        assert groups is not None
        if groups < 1:
            raise ValidationError("groups", "Make at least one group.")
        open_count = groups - len(locked)
        if open_count < 1 and free:
            raise refusal("groups", "breakouts: all locked", REFUSALS["breakouts: all locked"],
                          locked=len(locked), free=len(free))
    problem = algo.BreakoutProblem(
        people=free, group_count=max(open_count, 0), locked=tuple(tuple(g) for g in locked),
        facilitators=facilitators, organization=orgs, met=met,
        together=[algo.pair(*p) for p in (*stored_together, *together)],
        apart=[algo.pair(*p) for p in (*stored_apart, *apart)],
        seed=session_id if seed is None else seed,
    )
    if not free:
        plan = algo.BreakoutPlan((), tuple(tuple(g) for g in locked), (),
                                 algo.count_repeats(locked, met),
                                 float(algo.count_repeats(locked, met)), 0, (), ())
    else:
        plan = algo.plan_groups(problem)
    return GeneratedGroups(session_id, item.id if item else None, plan,
                           tuple(g.id for g in locked_rows))


def save(store: Store, generated: GeneratedGroups, *, source: object | None = None) -> int:
    """Record the generated groups on the breakout item (added if the session has none)."""
    plan = generated.plan
    with store.change(SAVE_LABEL, source=source) as session:
        row = session_row(session, generated.session_id)
        item = (breakout_item(session, row.id, generated.item_id)
                if generated.item_id is not None else breakout_item(session, row.id, None))
        if item is None:
            items = ordered_items(session, row.id)
            item = AgendaItem(session_id=row.id, kind=AgendaItemKind.BREAKOUT.value,
                              title=NEW_ITEM_TITLE, duration_minutes=45,
                              day=items[-1].day if items else 1)
            session.add(item)
            renumber([*items, item])
            session.flush()
        existing = _item_groups(session, item.id)
        if sorted(g.id for g in existing if g.locked) != sorted(generated.locked_group_ids):
            raise ValidationError("groups", "The locked groups changed since these groups were "
                                            "made; generate them again.")
        open_rows = [g for g in existing if not g.locked]
        position = len(existing) - len(open_rows)
        for n, people in enumerate(plan.groups):
            fac = plan.facilitators[n]
            if n < len(open_rows):
                group = open_rows[n]
            else:
                group = BreakoutGroup(item_id=item.id, name=_new_name(existing, n))
                session.add(group)
            group.position = position + n
            group.facilitator_id = fac
            session.flush()
            _set_members(session, group.id, [p for p in people if p != fac])
        for surplus in open_rows[len(plan.groups):]:
            session.delete(surplus)
        return item.id


def _new_name(existing: Sequence[BreakoutGroup], n: int) -> str:
    taken = {g.name for g in existing}
    k = n + 1
    while f"Group {k}" in taken:
        k += 1
    return f"Group {k}"


def _set_members(session: Session, group_id: int, person_ids: Sequence[int]) -> None:
    current = {m.person_id: m for m in session.scalars(
        select(BreakoutMember).where(BreakoutMember.group_id == group_id))}
    for pid, member in current.items():
        if pid not in person_ids:
            session.delete(member)
    session.flush()
    for pid in person_ids:
        if pid not in current:
            if session.get(Person, pid) is None:
                raise ValidationError("members", "A chosen person is no longer here.")
            session.add(BreakoutMember(group_id=group_id, person_id=pid))


def set_locked(store: Store, group_id: int, locked: bool, *, source: object | None = None) -> None:
    with store.read() as session:
        group = session.get(BreakoutGroup, group_id)
        if group is None:
            raise NotFoundError("That breakout group is no longer on the agenda.")
        name = group.name
    label = f"{'Lock' if locked else 'Unlock'} Breakout Group {name}"
    with store.change(label, source=source) as session:
        group = session.get(BreakoutGroup, group_id)
        if group is None:
            raise NotFoundError("That breakout group is no longer on the agenda.")
        group.locked = bool(locked)


# -- keep together / keep apart ----------------------------------------------------------


def _name(session: Session, person_id: int) -> str:
    p = session.get(Person, person_id)
    if p is None:
        raise NotFoundError(f"Person {person_id} is not in this workspace.")
    return person_display_name(p.given_name, p.family_name, p.preferred_name)


def add_rule(store: Store, cohort_id: int, person_id: int, other_id: int,
             rule: RuleKind | str, note: str = "", *, source: object | None = None) -> int:
    """Keep two people together or apart in generated groups; replaces their earlier rule."""
    try:
        kind = RuleKind(rule)
    except ValueError:
        raise ValidationError("rule", f"“{rule}” is neither together nor apart.") from None
    if person_id == other_id:
        raise ValidationError("other_id", "Choose two different people.")
    a, b = algo.pair(person_id, other_id)
    with store.read() as session:
        names = _name(session, a), _name(session, b)
    verb = "Keep Together" if kind is RuleKind.TOGETHER else "Keep Apart"
    with store.change(f"{verb} {names[0]} and {names[1]}", source=source) as session:
        if session.get(Cohort, cohort_id) is None:
            raise NotFoundError(f"Cohort {cohort_id} is not in this workspace.")
        row = session.scalar(select(BreakoutRule).where(
            BreakoutRule.cohort_id == cohort_id, BreakoutRule.person_id == a,
            BreakoutRule.other_id == b))
        if row is None:
            row = BreakoutRule(cohort_id=cohort_id, person_id=a, other_id=b)
            session.add(row)
        row.rule, row.note = kind.value, clean(note)
        session.flush()
        return row.id


def remove_rule(store: Store, rule_id: int, *, source: object | None = None) -> None:
    with store.change("Remove Breakout Rule", source=source) as session:
        row = session.get(BreakoutRule, rule_id)
        if row is not None:
            session.delete(row)


def list_rules(store: Store, cohort_id: int) -> tuple[RuleRecord, ...]:
    with store.read() as session:
        rows = list(session.scalars(select(BreakoutRule).where(BreakoutRule.cohort_id == cohort_id)
                                    .order_by(BreakoutRule.id)))
        return tuple(RuleRecord(r.id, r.cohort_id, r.person_id, r.other_id, RuleKind(r.rule),
                                _name(session, r.person_id), _name(session, r.other_id), r.note)
                     for r in rows)
