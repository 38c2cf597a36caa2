"""A person's history, read from the change journal: when, what changed (old → new), and by
which operation from which source ("registrations.csv", "Zoom report zoom_0314.csv",
"merge with #12").

`person_history(store, person_id) -> PersonHistory` covers the person's own record and every
row that points at them (registrations, memberships, notes, next steps, results...), and the
history of people merged into them. The journal keeps the newest 500 operations or 90 days,
whichever is more; `PersonHistory.trimmed` says when older changes are gone.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, DateTime, select

from cohortdesk.domain.agenda import ActionStatus, NoteKind, PresenterRole
from cohortdesk.domain.attendance import (
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
    RegistrationStatus,
)
from cohortdesk.domain.enums import Labelled, MembershipRole, MembershipStage
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.results import AssistanceStatus
from cohortdesk.services.merge import FIELD_LABELS, references
from cohortdesk.store import Store, journal
from cohortdesk.store.models import Base, Cohort, CohortSession, Organization, Person

TABLE_LABELS = {
    "person": "Person", "membership": "Membership", "registration": "Attendance",
    "agenda_presenter": "Presenter", "breakout_group": "Breakout facilitator",
    "breakout_member": "Breakout group", "note": "Note", "action_item": "Next step",
    "framework_result": "Result", "progress_update": "Progress update",
    "technical_assistance_request": "Technical assistance", "attendance_alias": "Zoom name",
    "person_merged": "Merged",
}
# Columns whose values are a vocabulary's, shown by their labels ("Absent (excused)", not
# "absent_excused").
VOCABULARY_COLUMNS: dict[tuple[str, str], type[Labelled]] = {
    ("registration", "status"): RegistrationStatus,
    ("registration", "attendance"): AttendanceState,
    ("registration", "mode"): AttendanceMode,
    ("registration", "source"): AttendanceSource,
    ("membership", "role"): MembershipRole,
    ("membership", "stage"): MembershipStage,
    ("agenda_presenter", "role"): PresenterRole,
    ("note", "kind"): NoteKind,
    ("action_item", "status"): ActionStatus,
    ("technical_assistance_request", "status"): AssistanceStatus,
}
# Columns never worth showing: ids that say nothing to a reader.
_HIDDEN = {"id", "person_id", "item_id", "group_id", "position", "update_id", "result_id",
           "merged_id"}
TRIM_NOTE = (f"Older changes are no longer kept: the journal keeps the newest "
             f"{journal.KEEP_ENTRIES} operations or {journal.KEEP_DAYS} days, whichever is more.")


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: str
    new: str
    # How an app words the values in its language: the vocabulary (enum) whose labels they
    # are ("AttendanceState"), "bool" for Yes/No, "" for values shown as they are.
    vocabulary: str = ""


@dataclass(frozen=True)
class HistoryItem:
    """One row's change within an operation: the person's record, or one of their rows."""

    subject: str  # "Person", "Attendance: Spring Convening", "Membership: Cohort 2025"
    action: str  # insert, update, delete
    changes: tuple[FieldChange, ...]
    # The subject's parts, for an app to word it: the row's table ("person" for this person,
    # "merged person" for one merged in, "merged in" for a merge's record), the name after
    # the colon, and the person's number where the subject gives one.
    table: str = ""
    record: str = ""
    number: int | None = None

    @property
    def summary(self) -> str:
        if self.action == "update":
            text = "; ".join(f"{c.label}: {c.old or '—'} → {c.new or '—'}" for c in self.changes)
            return text if self.subject == "Person" else f"{self.subject}: {text}"
        verb = "added" if self.action == "insert" else "removed"
        if self.subject.startswith("Merged in"):
            shown = ", ".join(c.new or c.old for c in self.changes if c.new or c.old)
            return self.subject + (f" ({shown})" if shown else "") + (
                "" if self.action == "insert" else ": separated again")
        if self.subject.startswith("Person"):
            return f"{self.subject} {verb}"
        shown = ", ".join(f"{c.label} {c.new or c.old}" for c in self.changes
                          if (c.new or c.old) and not self.subject.endswith(c.new or c.old))
        return f"{self.subject} {verb}" + (f" ({shown})" if shown else "")


@dataclass(frozen=True)
class HistoryEvent:
    """One operation that changed the person: when, its name and source, and what it did."""

    entry_id: int
    when: str  # ISO 8601, UTC
    operation: str  # "Import People from registrations.csv", "Undo Merge ..."
    source: str  # "registrations.csv", "merge with #12", "command line", ""
    undone: bool  # the operation was undone later
    items: tuple[HistoryItem, ...]

    @property
    def local_time(self) -> str:
        try:
            moment = dt.datetime.fromisoformat(self.when).astimezone()
        except ValueError:
            return self.when
        return moment.strftime("%Y-%m-%d %H:%M")

    @property
    def lines(self) -> list[str]:
        """The items' summaries, a repeated one once with its count ("… (×3)")."""
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.summary] = counts.get(item.summary, 0) + 1
        return [text + (f" (×{n})" if n > 1 else "") for text, n in counts.items()]

    @property
    def summary(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    events: tuple[HistoryEvent, ...]
    merged_ids: tuple[int, ...]  # people merged into this one, whose history is included
    trimmed: bool  # changes older than `kept_since` are no longer kept
    kept_since: str | None  # the oldest change the journal keeps (ISO 8601), if any
    # How much the journal keeps (operations, days), for an app to word `trim_note`.
    keeps: tuple[int, int] = (journal.KEEP_ENTRIES, journal.KEEP_DAYS)

    @property
    def trim_note(self) -> str:
        if not self.trimmed:
            return ""
        since = ""
        if self.kept_since:
            try:
                since = dt.datetime.fromisoformat(self.kept_since).astimezone().strftime("%Y-%m-%d")
            except ValueError:
                since = self.kept_since[:10]
        return (f"Changes before {since} are not shown. " if since else "") + TRIM_NOTE


def _kinds() -> dict[tuple[str, str], str]:
    """(table, column) -> "bool", "datetime" or "date", for the columns shown specially."""
    out = {}
    for table in Base.metadata.sorted_tables:
        for col in table.columns:
            if isinstance(col.type, Boolean):
                out[(table.name, str(col.name))] = "bool"
            elif isinstance(col.type, DateTime):
                out[(table.name, str(col.name))] = "datetime"
    return out


def _text(value: Any, kind: str = "") -> str:
    if value is None:
        return ""
    if kind == "bool" or isinstance(value, bool):
        return "Yes" if value else "No"
    if kind == "datetime" and isinstance(value, str):
        return value[:16].replace("T", " ")
    return str(value)


def _labelled(vocabulary: type[Labelled], value: Any) -> str:
    """A stored value by its label; one the vocabulary no longer has, as it is."""
    if value is None or value == "":
        return ""
    try:
        return vocabulary(value).label
    except ValueError:
        return str(value)


_SESSION_COLUMNS = ("session_id", "raised_session_id", "closed_session_id")


class _Names:
    """Ids shown as names: organizations, sessions, cohorts, people (live or gone). Only the
    ids a history names are read: a card's History is read on every selection, and reading
    all 100,000 names each time kept a worker busy holding the GIL the window needs."""

    def __init__(self, store: Store, found: Iterable[tuple[journal.RowChange, dict[str, Any]]],
                 person_cols: set[str], org_cols: set[str]) -> None:
        people: set[int] = set()
        orgs: set[int] = set()
        sessions: set[int] = set()
        cohorts: set[int] = set()
        for change, full in found:
            if change.table == "person":
                people.add(change.row_id)
            pairs = [(c, v) for c, (old, new) in change.fields.items() for v in (old, new)]
            pairs += list(full.items())
            for column, value in pairs:
                if not isinstance(value, int) or isinstance(value, bool):
                    continue
                if column in org_cols:
                    orgs.add(value)
                elif column in person_cols:
                    people.add(value)
                elif column in _SESSION_COLUMNS:
                    sessions.add(value)
                elif column == "cohort_id":
                    cohorts.add(value)
        with store.read() as session:
            self.orgs = _by_id(session, select(Organization.id, Organization.name),
                               Organization.id, orgs)
            self.sessions = _by_id(session, select(CohortSession.id, CohortSession.title),
                                   CohortSession.id, sessions)
            self.cohorts = _by_id(session, select(Cohort.id, Cohort.name), Cohort.id, cohorts)
            self.people = {int(i): person_display_name(g, f, p) for i, (g, f, p) in _by_id(
                session, select(Person.id, Person.given_name, Person.family_name,
                                Person.preferred_name), Person.id, people, whole=True).items()}

    def value(self, column: str, value: Any, person_cols: set[str], org_cols: set[str],
              kind: str = "") -> str:
        if value is None or value == "":
            return ""
        if column in org_cols:
            return str(self.orgs.get(value, f"organization #{value}"))
        if column in person_cols:
            return str(self.people.get(value, f"#{value}"))
        if column in _SESSION_COLUMNS:
            return str(self.sessions.get(value, f"session #{value}"))
        if column == "cohort_id":
            return str(self.cohorts.get(value, f"cohort #{value}"))
        return _text(value, kind)


def _by_id(session: Any, query: Any, key: Any, ids: set[int], *, whole: bool = False,
           ) -> dict[int, Any]:
    """`query`'s rows for these ids, by id: the row's second column, or (`whole`) the rest."""
    found: dict[int, Any] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        for row in session.execute(query.where(key.in_(wanted[start:start + 500]))):
            found[int(row[0])] = tuple(row[1:]) if whole else row[1]
    return found


def _subject(change: journal.RowChange, names: _Names, full: dict[str, Any],
             person_id: int) -> tuple[str, str, str, int | None]:
    """The subject in English, and its parts (see HistoryItem)."""
    label = TABLE_LABELS.get(change.table, change.table.replace("_", " ").capitalize())
    if change.table == "person":
        if change.row_id == person_id:
            return "Person", "person", "", None
        return f"Person #{change.row_id} (merged)", "merged person", "", change.row_id
    if change.table == "person_merged":
        merged = full.get("merged_id")
        return (f"Merged in person #{merged}", "merged in", "",
                merged if isinstance(merged, int) else None)
    record = ""
    for column in ("session_id", "raised_session_id"):
        if full.get(column) is not None:
            record = str(names.sessions.get(full[column], f"session #{full[column]}"))
            break
    else:
        if full.get("cohort_id") is not None:
            record = str(names.cohorts.get(full["cohort_id"], f"cohort #{full['cohort_id']}"))
    return (f"{label}: {record}" if record else label), change.table, record, None


def _lifetime(own: list[tuple[journal.Entry, journal.RowChange]],
              until: int | None) -> Callable[[int], bool]:
    """Which steps (by entry id) belong to the person who has this id now, or at `until`.

    A deleted person's id is given to the next person added (SQLite reuses the highest rowid),
    so the journal may hold the changes of several people under one id: someone else's email
    and notes must never show in this person's history. Each step that adds the row in its own
    right (not an undo or redo) starts a new person; an undo or redo brings back the person its
    step had removed or added. `own` is the row's changes, newest first."""
    alive: int | None = 0  # whoever had the id before the journal begins
    people_so_far = 0
    added_by: dict[int, int | None] = {}  # a step -> the person it added
    removed_by: dict[int, int | None] = {}  # a step -> the person it removed
    steps: list[int] = []  # entry ids that touched the row, oldest first
    whose: list[int | None] = []  # the person each of those steps concerned
    after: list[int | None] = []  # and who had the id after it
    for entry, change in sorted(own, key=lambda ec: ec[0].id):  # stable: a step's own order
        if until is not None and entry.id > until:
            break
        original = entry.target_id if entry.kind in ("undo", "redo") else entry.id
        concerned = alive
        if change.action == "insert":
            if entry.kind == "undo":
                alive = removed_by.get(original or 0)
            elif entry.kind == "redo":
                alive = added_by.get(original or 0)
            else:
                people_so_far += 1
                alive = added_by[entry.id] = people_so_far
            concerned = alive
        elif change.action == "delete":
            if entry.kind not in ("undo", "redo"):
                removed_by[entry.id] = alive
            alive = None
        if steps and steps[-1] == entry.id:
            whose[-1] = whose[-1] if whose[-1] is not None else concerned
            after[-1] = alive
        else:
            steps.append(entry.id)
            whose.append(concerned)
            after.append(alive)
    if not steps:
        return lambda _entry_id: True
    # The person asked about: who has the id now, or who the merge at `until` removed.
    current = whose[-1] if until is not None and steps[-1] == until else after[-1]
    if current is None:
        current = whose[-1]
    owner = dict(zip(steps, whose, strict=True))

    def lived(entry_id: int) -> bool:
        if entry_id in owner:
            return owner[entry_id] == current
        before = bisect.bisect_left(steps, entry_id)  # the steps before this one
        return (after[before - 1] if before else 0) == current

    return lived


def _one_change_per_row(
    found: list[tuple[journal.Entry, journal.RowChange, dict[str, Any]]],
) -> list[tuple[journal.Entry, journal.RowChange, dict[str, Any]]]:
    """Each row's changes within one step as one change: a membership added and then given
    its start date in one step reads as added with that date, not as a date changed."""
    by_row: dict[tuple[int, str, int], list[tuple[journal.Entry, journal.RowChange,
                                                  dict[str, Any]]]] = {}
    for found_change in found:  # the latest change of a row first
        entry, change, _row = found_change
        by_row.setdefault((entry.id, change.table, change.row_id), []).append(found_change)
    out = []
    for changes in by_row.values():
        entry, _latest, row = changes[0]
        combined = _combined([c for _e, c, _r in reversed(changes)])
        if combined is not None:
            out.append((entry, combined, row))
    return out


def _combined(changes: list[journal.RowChange]) -> journal.RowChange | None:
    """One row's changes, oldest first, as one; None for a row added and removed again."""
    first, last = changes[0], changes[-1]
    if len(changes) == 1:
        return first
    if first.action == "insert" and last.action == "delete":
        return None
    action = ("insert" if first.action == "insert"
              else "delete" if last.action == "delete" else "update")
    fields: dict[str, tuple[Any, Any]] = {}
    for change in changes:
        for column, (old, new) in change.fields.items():
            fields[column] = (fields[column][0] if column in fields else old, new)
    if action == "update":
        fields = {c: (old, new) for c, (old, new) in fields.items() if old != new}
    return journal.RowChange(first.table, first.row_id, action, fields)


def person_history(store: Store, person_id: int) -> PersonHistory:
    refs = references("person")
    person_cols = {r.column for r in refs}
    org_cols = {r.column for r in references("organization")}
    columns: dict[str, list[str]] = {}
    for r in refs:
        columns.setdefault(r.table, []).append(r.column)
    with store.read() as session:
        conn = session.connection()
        ids = {person_id}
        merged: list[int] = []
        found: list[tuple[journal.Entry, journal.RowChange, dict[str, Any]]] = []
        # People merged into this one (and into those...): their history up to the merge.
        # Their ids may be given to someone new afterwards, so nothing later is theirs.
        todo: list[tuple[int, int | None]] = [(person_id, None)]
        while todo:
            pid, until = todo.pop(0)
            own = journal.row_history(conn, "person", [pid])
            lived = _lifetime(own, until)

            def mine(entry: journal.Entry, until: int | None = until,
                     lived: Callable[[int], bool] = lived) -> bool:
                return (until is None or entry.id <= until) and lived(entry.id)

            found += [(e, c, {}) for e, c in own if mine(e)]
            for entry, change, row in journal.referring_history(conn, columns, [pid]):
                if not mine(entry):
                    continue
                found.append((entry, change, row))
                if entry.kind != "op" or entry.state != "done":
                    continue
                was: Any = None
                if change.table == "person_merged" and change.action == "insert":
                    was = change.fields.get("merged_id", (None, None))[1]
                else:
                    for col in columns.get(change.table, []):
                        old, new = change.fields.get(col, (None, None))
                        if new == pid and isinstance(old, int):
                            was = old
                if isinstance(was, int) and was not in ids:
                    ids.add(was)
                    merged.append(was)
                    todo.append((was, entry.id))
        oldest = journal.oldest(conn)
    names = _Names(store, [(change, row) for _e, change, row in found], person_cols, org_cols)
    for _entry, change, _row in found:  # people no longer in the workspace, by their last name
        if change.table == "person" and (change.row_id not in names.people
                                         or change.row_id in merged):
            given = change.fields.get("given_name", (None, None))
            family = change.fields.get("family_name", (None, None))
            shown = person_display_name(str(given[0] or given[1] or ""), str(family[0] or family[1] or ""))
            if shown.strip():
                names.people[change.row_id] = f"{shown} (#{change.row_id})"
    kinds = _kinds()
    grouped: dict[int, tuple[journal.Entry, list[HistoryItem]]] = {}
    found.sort(key=lambda ec: ec[0].id, reverse=True)
    created = False
    for entry, change, row in _one_change_per_row(found):
        if change.table == "person" and change.action == "insert" and change.row_id == person_id:
            created = True
        full = row or {k: (new if new is not None else old) for k, (old, new) in change.fields.items()}
        fields = []
        for column, (old, new) in change.fields.items():
            if column in _HIDDEN and not (column == "person_id" and change.action == "update"):
                continue
            kind = kinds.get((change.table, column), "")
            if change.action != "update" and (old in (None, "") and new in (None, "")):
                continue
            if change.action != "update" and kind == "bool" and not (old or new):
                continue
            label = FIELD_LABELS.get(column, "Person" if column == "person_id"
                                     else column.replace("_", " ").capitalize())
            if label.endswith(" id"):
                label = label[:-3]
            vocabulary = VOCABULARY_COLUMNS.get((change.table, column))
            fields.append(FieldChange(
                column, label, _labelled(vocabulary, old) if vocabulary else
                names.value(column, old, person_cols, org_cols, kind),
                _labelled(vocabulary, new) if vocabulary else
                names.value(column, new, person_cols, org_cols, kind),
                vocabulary.__name__ if vocabulary else "bool" if kind == "bool" else ""))
        subject, table, record, number = _subject(change, names, full, person_id)
        item = HistoryItem(subject, change.action, tuple(fields), table, record, number)
        grouped.setdefault(entry.id, (entry, []))[1].append(item)
    events = []
    for entry, items in grouped.values():
        prefix = {"undo": "Undo ", "redo": "Redo "}.get(entry.kind, "")
        items.sort(key=lambda i: (not i.subject.startswith("Person"), i.subject))
        events.append(HistoryEvent(entry.id, entry.created_at, prefix + entry.name, entry.source,
                                   entry.kind == "op" and entry.state == "undone", tuple(items)))
    events.sort(key=lambda e: e.entry_id, reverse=True)
    return PersonHistory(person_id, tuple(events), tuple(merged), not created,
                         oldest.created_at if oldest else None)
