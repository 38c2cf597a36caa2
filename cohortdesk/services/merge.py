"""Merge two people (or two organizations) into one, as one undoable operation.

`merge_people(store, keep_id, other_id, take)` sets KEEP's fields (each from KEEP or from
OTHER: `take` names the fields to take from OTHER; by default a blank field of KEEP is filled
from OTHER), moves everything that points at OTHER onto KEEP and deletes OTHER. What points
at a person is found from the models' foreign keys, so a table added later is moved too.
Where both have a row that may exist only once (a membership of one cohort, a registration
for one session, a place in one breakout group), KEEP's row stays, with the stronger
attendance of the two, and OTHER's goes.

`merge_organizations(store, keep_id, other_id, take)` does the same for organizations.
Run either through `cohortdesk.operations` with `merge_source(other_id)` as the source, so the
journal says "merge with #12".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Column, CursorResult, Table, UniqueConstraint, delete, select, update
from sqlalchemy.orm import Session

from cohortdesk.domain.attendance import (
    AttendanceSource,
    AttendanceState,
    RegistrationStatus,
)
from cohortdesk.domain.enums import MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.records import OrganizationData, PersonData, person_display_name
from cohortdesk.store import Store
from cohortdesk.store.models import Base, Organization, Person
from cohortdesk.store.models.breakouts import BreakoutRule
from cohortdesk.store.models.merges import PersonMerged

PERSON_FIELDS = tuple(f.name for f in dataclasses.fields(PersonData))
ORGANIZATION_FIELDS = tuple(f.name for f in dataclasses.fields(OrganizationData))
FIELD_LABELS = {
    "given_name": "Given name", "family_name": "Family name", "preferred_name": "Preferred name",
    "pronouns": "Pronouns", "title": "Title", "organization_id": "Organization",
    "email": "Email", "phone": "Phone", "bio": "Bio", "access_needs": "Access needs",
    "dietary_needs": "Dietary needs", "consent_share_contact": "Shares contact details",
    "internal_notes": "Internal notes", "name": "Name", "kind": "Kind", "city": "City",
    "state_region": "State / region",
}
# Rows that should exist once per person though no constraint says so: table -> the other
# columns that, with the person, make a row unique.
_ONCE_PER_PERSON = {"agenda_presenter": ("item_id",)}


def merge_source(other_id: int) -> str:
    """What the journal records as the source of a merge: "merge with #12"."""
    return f"merge with #{other_id}"


@dataclass(frozen=True)
class Reference:
    """A column that points at a person or organization, with what a row of it may not repeat."""

    table: str
    column: str
    unique_with: tuple[tuple[str, ...], ...]  # other columns of a unique constraint


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    fields_taken: tuple[str, ...]
    moved: Mapping[str, int]  # "registration.person_id" -> rows moved onto KEEP
    combined: Mapping[str, int]  # rows that both had (KEEP's kept, OTHER's removed)

    def sentence(self, kind: str = "person") -> str:
        moved = sum(self.moved.values())
        text = f"Merged {kind} {self.other_id} into {self.keep_id}: {moved} record"
        text += "s" * (moved != 1) + " moved"
        both = sum(self.combined.values())
        if both:
            text += f", {both} that both had combined"
        return text + "."


def references(target: str) -> list[Reference]:
    """Every column of every table with a foreign key to `target` ("person", "organization")."""
    out = []
    for table in Base.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda f: str(f.parent.name)):
            if fk.column.table.name != target:
                continue
            col = str(fk.parent.name)
            uniques = []
            for c in table.constraints:
                if isinstance(c, UniqueConstraint) and col in c.columns:
                    uniques.append(tuple(str(x.name) for x in c.columns if x.name != col))
            if table.name in _ONCE_PER_PERSON:
                uniques.append(_ONCE_PER_PERSON[table.name])
            out.append(Reference(table.name, col, tuple(uniques)))
    return out


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


# -- choosing the stronger of two registrations -------------------------------------------

_STATE_RANK = {AttendanceState.PRESENT.value: 6, AttendanceState.LATE.value: 5,
               AttendanceState.LEFT_EARLY.value: 4, AttendanceState.ABSENT_EXCUSED.value: 2,
               AttendanceState.ABSENT_UNEXCUSED.value: 1}
_SOURCE_RANK = {AttendanceSource.CHECK_IN.value: 5, AttendanceSource.MANUAL.value: 4,
                AttendanceSource.SHEET.value: 3, AttendanceSource.ZOOM.value: 2}
_STATUS_RANK = {RegistrationStatus.REGISTERED.value: 5, RegistrationStatus.INVITED.value: 4,
                RegistrationStatus.WAITLISTED.value: 3, RegistrationStatus.CANCELLED.value: 2,
                RegistrationStatus.DECLINED.value: 1}
_STAGE_RANK = {MembershipStage.ACTIVE.value: 5, MembershipStage.ALUMNI.value: 4,
               MembershipStage.SELECTED.value: 3, MembershipStage.WITHDRAWN.value: 2,
               MembershipStage.APPLICANT.value: 1}
_ATTENDANCE_COLUMNS = ("attendance", "mode", "checked_in_at", "walk_in", "source", "marked_at")


def attendance_strength(row: Mapping[str, Any]) -> tuple[int, int, int, int]:
    """How strong a registration's attendance is: attended beats absent beats brief beats none,
    then a person's word beats a report."""
    state = row.get("attendance")
    return (_STATE_RANK.get(state or "", 0), 1 if row.get("minutes") else 0,
            _SOURCE_RANK.get(row.get("source") or "", 0), int(row.get("minutes") or 0))


def _combine_registration(keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if attendance_strength(other) > attendance_strength(keep):
        values.update({c: other[c] for c in _ATTENDANCE_COLUMNS if c in other})
        values["minutes"] = other.get("minutes")
    if (other.get("minutes") or 0) > (keep.get("minutes") or 0) and "minutes" not in values:
        values["minutes"] = other["minutes"]
    if _STATUS_RANK.get(other.get("status") or "", 0) > _STATUS_RANK.get(keep.get("status") or "", 0):
        values["status"] = other["status"]
    if other.get("note") and other["note"] not in (keep.get("note") or ""):
        values["note"] = "\n".join(n for n in (keep.get("note"), other["note"]) if n)
    return values


def _combine_membership(keep: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if _STAGE_RANK.get(other.get("stage") or "", 0) > _STAGE_RANK.get(keep.get("stage") or "", 0):
        values["stage"] = other["stage"]
    starts = [d for d in (keep.get("started_on"), other.get("started_on")) if d]
    if starts and min(starts) != keep.get("started_on"):
        values["started_on"] = min(starts)
    if not keep.get("ended_on") and other.get("ended_on") and values.get("stage", keep["stage"]) \
            != MembershipStage.ACTIVE.value:
        values["ended_on"] = other["ended_on"]
    return values


_COMBINE = {"registration": _combine_registration, "membership": _combine_membership}


# -- moving references ------------------------------------------------------------------------

def _move(session: Session, target_refs: Iterable[Reference], keep_id: int,
          other_id: int) -> tuple[dict[str, int], dict[str, int]]:
    moved: dict[str, int] = {}
    combined: dict[str, int] = {}
    for ref in target_refs:
        table = _table(ref.table)
        col: Column[Any] = table.c[ref.column]
        label = f"{ref.table}.{ref.column}"
        for others in ref.unique_with:
            keep_rows = {tuple(r._mapping[c] for c in others): dict(r._mapping)
                         for r in session.execute(select(table).where(col == keep_id))}
            for row in session.execute(select(table).where(col == other_id)).all():
                key = tuple(row._mapping[c] for c in others)
                if None in key or key not in keep_rows:
                    continue
                mine = dict(row._mapping)
                theirs = keep_rows[key]
                combine = _COMBINE.get(ref.table)
                values = combine(theirs, mine) if combine else {}
                values = {k: v for k, v in values.items() if theirs.get(k) != v}
                session.execute(delete(table).where(table.c.id == mine["id"]))
                if values:
                    session.execute(update(table).where(table.c.id == theirs["id"]).values(**values))
                combined[label] = combined.get(label, 0) + 1
        result = cast(CursorResult[Any], session.execute(
            update(table).where(col == other_id).values({ref.column: keep_id})))
        if result.rowcount:
            moved[label] = int(result.rowcount)
    return moved, combined


def _drop_rules_between(session: Session, keep_id: int, other_id: int) -> None:
    """A breakout rule between the two people being merged names one person twice: drop it."""
    session.execute(delete(BreakoutRule).where(
        BreakoutRule.person_id.in_((keep_id, other_id)),
        BreakoutRule.other_id.in_((keep_id, other_id))))


def _order_rule_pairs(session: Session) -> None:
    """A rule names the lower id first; a moved reference may have turned a pair round."""
    session.execute(update(BreakoutRule).where(BreakoutRule.person_id > BreakoutRule.other_id)
                    .values(person_id=BreakoutRule.other_id, other_id=BreakoutRule.person_id))


def _blank(value: object) -> bool:
    return value is None or value == "" or value is False


def default_take(keep: Mapping[str, object], other: Mapping[str, object],
                 fields: Iterable[str]) -> frozenset[str]:
    """The fields a merge takes from OTHER unless told otherwise: those KEEP leaves blank."""
    return frozenset(f for f in fields if _blank(keep.get(f)) and not _blank(other.get(f)))


def person_values(session: Session, person_id: int) -> dict[str, Any]:
    p = session.get(Person, person_id)
    if p is None:
        raise NotFoundError(f"Person {person_id} is not in this workspace.")
    values = {f: getattr(p, f) for f in PERSON_FIELDS}
    values["email"] = values["email"] or ""
    return values


CHANGED_SINCE_SHOWN = ("These records changed since the merge was set up. Check the values "
                      "shown now, and merge again.")


def _check_shown(shown: tuple[Mapping[str, Any], Mapping[str, Any]] | None,
                 keep: Mapping[str, Any], other: Mapping[str, Any]) -> None:
    """Refuse a merge whose choices were made on values that have changed since (a sync, or
    another window): the choice "keep KEEP's phone" would silently write over a phone that
    arrived meanwhile, or drop one OTHER gained."""
    if shown is not None and (dict(shown[0]) != dict(keep) or dict(shown[1]) != dict(other)):
        raise ValidationError("merge", CHANGED_SINCE_SHOWN)


def merge_people(store: Store, keep_id: int, other_id: int,
                 take: Iterable[str] | None = None, *, source: object | None = None,
                 shown: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
                 ) -> MergeResult:
    """Make OTHER part of KEEP, field by field, and delete OTHER. One operation. `shown` is
    (KEEP's, OTHER's) values as `person_values` read them when the choices were made: the
    merge is refused if either has changed since."""
    if keep_id == other_id:
        raise ValidationError("other", "Choose two different people to merge.")
    with store.read() as session:
        keep, other = person_values(session, keep_id), person_values(session, other_id)
    chosen = default_take(keep, other, PERSON_FIELDS) if take is None else frozenset(take)
    unknown = chosen - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError("take", f"Unknown field {sorted(unknown)[0]!r}; choose from "
                                      f"{', '.join(PERSON_FIELDS)}.")
    keep_name = person_display_name(keep["given_name"], keep["family_name"], keep["preferred_name"])
    other_name = person_display_name(other["given_name"], other["family_name"],
                                     other["preferred_name"])
    with store.change(f"Merge {other_name} into {keep_name}", source=source) as session:
        # Read again inside the write: a change that landed since the read above (a sync
        # pulled on the worker) is merged, not written over with the values read before it.
        keep, other = person_values(session, keep_id), person_values(session, other_id)
        _check_shown(shown, keep, other)
        if take is None:
            chosen = default_take(keep, other, PERSON_FIELDS)
        _drop_rules_between(session, keep_id, other_id)
        moved, combined = _move(session, references("person"), keep_id, other_id)
        _order_rule_pairs(session)
        values = {f: other[f] for f in chosen if other[f] != keep[f]}
        if "email" in values:
            # One email per person: OTHER gives it up before KEEP takes it.
            session.execute(update(Person).where(Person.id == other_id).values(email=None))
            values["email"] = values["email"] or None
        session.execute(delete(Person).where(Person.id == other_id))
        if values:
            session.execute(update(Person).where(Person.id == keep_id).values(**values))
        session.add(PersonMerged(person_id=keep_id, merged_id=other_id, name=other_name,
                                 email=other["email"] or ""))
        session.flush()
        session.expire_all()
    return MergeResult(keep_id, other_id, tuple(sorted(chosen)), moved, combined)


def organization_values(session: Session, org_id: int) -> dict[str, Any]:
    o = session.get(Organization, org_id)
    if o is None:
        raise NotFoundError(f"Organization {org_id} is not in this workspace.")
    return {f: getattr(o, f) for f in ORGANIZATION_FIELDS}


def _organization_take(keep: Mapping[str, Any], other: Mapping[str, Any]) -> frozenset[str]:
    """The fields taken from OTHER by default: its values where KEEP has none, and its kind
    where KEEP's is only "other"."""
    chosen = default_take(keep, other, ORGANIZATION_FIELDS)
    if keep.get("kind") == "other" and other.get("kind") != "other":
        chosen |= {"kind"}
    return chosen


def merge_organizations(store: Store, keep_id: int, other_id: int,
                        take: Iterable[str] | None = None, *, source: object | None = None,
                        shown: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
                        ) -> MergeResult:
    """Point everyone and everything at KEEP, take the chosen fields, delete OTHER. `shown`
    is as for `merge_people`."""
    if keep_id == other_id:
        raise ValidationError("other", "Choose two different organizations to merge.")
    with store.read() as session:
        keep, other = organization_values(session, keep_id), organization_values(session, other_id)
    chosen = _organization_take(keep, other) if take is None else frozenset(take)
    unknown = chosen - set(ORGANIZATION_FIELDS)
    if unknown:
        raise ValidationError("take", f"Unknown field {sorted(unknown)[0]!r}; choose from "
                                      f"{', '.join(ORGANIZATION_FIELDS)}.")
    with store.change(f"Merge {other['name']} into {keep['name']}", source=source) as session:
        # Read again inside the write, as merge_people does.
        keep = organization_values(session, keep_id)
        other = organization_values(session, other_id)
        _check_shown(shown, keep, other)
        if take is None:
            chosen = _organization_take(keep, other)
        moved, combined = _move(session, references("organization"), keep_id, other_id)
        session.execute(delete(Organization).where(Organization.id == other_id))
        values = {f: other[f] for f in chosen if other[f] != keep[f]}
        if values:
            session.execute(update(Organization).where(Organization.id == keep_id).values(**values))
        session.expire_all()
    return MergeResult(keep_id, other_id, tuple(sorted(chosen)), moved, combined)
