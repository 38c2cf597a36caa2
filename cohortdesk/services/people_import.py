"""Import people from a registration export or an old spreadsheet (CSV or XLSX).

Three steps, so that nothing is written before the user has seen every row:
1. `read_source(path)` reads the file and `guess_mapping(headers)` proposes which column is which.
2. `preview(store, table, mapping)` checks every row: invalid email, missing name, duplicate
   within the file, already in the workspace. It writes nothing.
3. `apply(store, preview, decisions, ...)` writes all accepted rows in one undoable change, with
   bulk inserts. Cancelling (the progress callback raising) or any failure leaves the workspace
   exactly as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from cohortdesk.documents.formula_guard import unguard
from cohortdesk.documents.tabular_read import SourceTable, read_table
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.progress import Progress
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.text import fold, is_valid_email, normalize_email
from cohortdesk.services.people_import_headers import (
    TARGETS,
    consent_answer,
    guess_mapping,
    split_full_name,
)
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, Membership, Organization, Person

__all__ = ["TARGETS", "guess_mapping", "read_source", "preview", "apply"]

Status = Literal["add", "update", "same", "refuse", "blank"]
Action = Literal["add", "update", "merge", "skip"]

# Person columns an import can fill, in the order differences are listed.
PERSON_FIELDS = ("given_name", "family_name", "preferred_name", "pronouns", "title",
                 "organization", "email", "phone", "bio", "dietary_needs", "access_needs",
                 "consent_share_contact", "internal_notes")
FIELD_LABELS = {**TARGETS, "consent_share_contact": "Consent to share contact details",
                "name": "Name", "organization": "Organization"}


@dataclass(frozen=True)
class RowIssue:
    field: str
    message: str
    severity: Literal["error", "warning"] = "error"


@dataclass(frozen=True)
class FieldChange:
    field: str
    current: str
    incoming: str


@dataclass(frozen=True)
class PreviewRow:
    row: int
    line: int
    status: Status
    values: Mapping[str, str | bool]
    issues: tuple[RowIssue, ...] = ()
    match_person_id: int | None = None
    match_row: int | None = None
    match_name: str = ""
    changes: tuple[FieldChange, ...] = ()

    @property
    def name(self) -> str:
        v = self.values
        return person_display_name(str(v.get("given_name", "")), str(v.get("family_name", "")),
                                   str(v.get("preferred_name", "")))

    @property
    def email(self) -> str:
        return str(self.values.get("email", ""))

    @property
    def errors(self) -> tuple[RowIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "error")


@dataclass(frozen=True)
class ImportPreview:
    source: str
    description: str
    headers: tuple[str, ...]
    mapping: Mapping[int, str]
    rows: tuple[PreviewRow, ...]
    notes: tuple[str, ...] = ()

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class Decision:
    """What to do with a row that matches someone. `fields` picks the fields for "merge"."""

    action: Action
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CohortTarget:
    cohort_id: int
    role: MembershipRole = MembershipRole.MEMBER
    stage: MembershipStage = MembershipStage.ACTIVE


@dataclass(frozen=True)
class SkippedRow:
    row: int
    name: str
    reason: str


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int
    skipped: tuple[SkippedRow, ...]
    refused: tuple[SkippedRow, ...]
    blank_rows: tuple[int, ...]
    memberships_added: int = 0
    person_ids: tuple[int, ...] = field(default_factory=tuple)
    # Row number -> "added", "updated", "unchanged", "skipped", "refused" or "blank".
    outcomes: Mapping[int, str] = field(default_factory=dict)

    def sentence(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already up to date")
        parts.append(f"{len(self.skipped)} skipped")
        parts.append(f"{len(self.refused)} refused")
        if self.blank_rows:
            parts.append(f"{len(self.blank_rows)} empty line{'s' * (len(self.blank_rows) != 1)}")
        text = ", ".join(parts) + "."
        if self.memberships_added:
            text += f" {self.memberships_added} added to the cohort."
        return text


# -- 1. reading ------------------------------------------------------------------------------

def read_source(path: str | Path) -> SourceTable:
    return read_table(path)


def check_mapping(mapping: Mapping[int, str]) -> None:
    targets = [t for t in mapping.values() if t]
    if not {"given_name", "family_name", "full_name"} & set(targets):
        raise ValidationError("mapping", "Choose the column that holds the name.")
    for target in set(targets):
        if targets.count(target) > 1:
            raise ValidationError("mapping", f"Two columns are mapped to {TARGETS[target]}.")
    unknown = set(targets) - set(TARGETS)
    if unknown:
        raise ValidationError("mapping", f"Unknown field {sorted(unknown)[0]!r}.")


# -- 2. preview ------------------------------------------------------------------------------

def match_key(values: Mapping[str, str | bool]) -> str:
    """People are the same when their emails match, ignoring case; without an email, when
    their names match, ignoring case and accents."""
    email = str(values.get("email", ""))
    if email:
        return email
    name = fold(f"{values.get('given_name', '')} {values.get('family_name', '')}")
    return f"name:{name}" if name else ""


_PERSON_COLUMNS = [getattr(Person, f) for f in PERSON_FIELDS if f not in ("organization",)]


@dataclass
class _Workspace:
    """What the checks need from the workspace, loaded in two queries."""

    people: dict[str, dict[str, str | bool]]  # match key -> current values
    ids: dict[str, int]  # match key -> person id
    orgs: dict[str, int]  # folded name -> id

    @classmethod
    def load(cls, session: Session) -> _Workspace:
        people: dict[str, dict[str, str | bool]] = {}
        ids: dict[str, int] = {}
        names: dict[str, list[tuple[int, dict[str, str | bool]]]] = {}
        fields = [f for f in PERSON_FIELDS if f != "organization"]
        stmt = (select(Person.id, Organization.name, *_PERSON_COLUMNS)
                .outerjoin(Organization, Person.organization_id == Organization.id))
        for row in session.execute(stmt):
            pid, org_name, cols = int(row[0]), row[1], row[2:]
            values: dict[str, str | bool] = {f: v for f, v in zip(fields, cols, strict=True)}
            values["organization"] = org_name or ""
            values["email"] = values["email"] or ""
            if values["email"]:
                people[str(values["email"])] = values
                ids[str(values["email"])] = pid
            names.setdefault(match_key({**values, "email": ""}), []).append((pid, values))
        for key, found in names.items():
            if key and len(found) == 1:  # two people of one name: never guess between them
                ids[key], people[key] = found[0]
        orgs = {fold(name): oid
                for oid, name in session.execute(select(Organization.id, Organization.name))}
        return cls(people, ids, orgs)


def _row_values(cells: tuple[str, ...], mapping: Mapping[int, str], *,
                csv_guards: bool) -> dict[str, str]:
    """Mapped cells, trimmed. CSV cells lose the apostrophe our CSV export puts before a
    formula-like value; XLSX text cells never had one."""
    values: dict[str, str] = {}
    for index, target in mapping.items():
        if target and index < len(cells):
            text = cells[index].strip()
            values[target] = unguard(text).strip() if csv_guards else text
    return values


def _person_values(raw: dict[str, str]) -> tuple[dict[str, str | bool], list[RowIssue]]:
    issues: list[RowIssue] = []
    given, family = raw.get("given_name", ""), raw.get("family_name", "")
    if not given and not family and raw.get("full_name"):
        given, family = split_full_name(raw["full_name"])
    values: dict[str, str | bool] = {f: raw.get(f, "") for f in PERSON_FIELDS
                                     if f != "consent_share_contact"}
    values.update(given_name=given, family_name=family,
                  city=raw.get("city", ""), state_region=raw.get("state_region", ""))
    consent, recognized = consent_answer(raw.get("consent", ""))
    values["consent_share_contact"] = consent
    if not recognized:
        issues.append(RowIssue("consent", f"“{raw['consent']}” is not a yes; read as no.",
                               "warning"))
    if not given and not family:
        issues.append(RowIssue("name", "No name: enter a given or family name."))
    email = normalize_email(raw.get("email", ""))
    values["email"] = email
    if email and not is_valid_email(email):
        issues.append(RowIssue("email", f"“{raw['email']}” is not a valid email address."))
    elif not email:
        issues.append(RowIssue("email", "No email: allowed, but later imports can match this "
                                        "person only by name.", "warning"))
    return values, issues


def _changes(current: Mapping[str, str | bool], incoming: Mapping[str, str | bool],
             mapped: set[str]) -> tuple[FieldChange, ...]:
    """Fields where the file says something new. A blank cell never erases a value."""
    out = []
    for f in PERSON_FIELDS:
        if f == "email" or (f not in mapped and f != "consent_share_contact"):
            continue
        if f == "consent_share_contact" and "consent" not in mapped:
            continue
        new, old = incoming.get(f, ""), current.get(f, "")
        if isinstance(new, bool) or isinstance(old, bool):
            if bool(new) != bool(old):
                out.append(FieldChange(f, "Yes" if old else "No", "Yes" if new else "No"))
        elif new and new != old:
            out.append(FieldChange(f, str(old), str(new)))
    return tuple(out)


def _mapped_fields(mapping: Mapping[int, str]) -> set[str]:
    mapped = {t for t in mapping.values() if t}
    if "full_name" in mapped:
        mapped |= {"given_name", "family_name"}
    return mapped


def preview(store: Store, table: SourceTable, mapping: Mapping[int, str] | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Check every row against the file and the workspace. Writes nothing."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    check_mapping(mapping)
    mapped = _mapped_fields(mapping)
    with store.read() as session:
        ws = _Workspace.load(session)
    rows: list[PreviewRow] = []
    seen: dict[str, PreviewRow] = {}  # match key -> first accepted row with it
    width = len(table.headers)
    extra_rows: list[int] = []
    total = len(table.rows)
    for done, src in enumerate(table.rows, start=1):
        if progress and done % 200 == 0:
            progress(done, total, "Checking rows")
        if src.is_blank:
            rows.append(PreviewRow(src.row, src.line, "blank", {}))
            continue
        values, issues = _person_values(_row_values(src.cells, mapping,
                                                    csv_guards=table.is_csv))
        extra = [c for c in src.cells[width:] if c.strip()]
        extra += [src.cells[i] for i, h in enumerate(table.headers)
                  if not h and i < len(src.cells) and src.cells[i].strip() and not mapping.get(i)]
        if extra:
            extra_rows.append(src.row)
            shown = "; ".join(f"“{_short(c)}”" for c in extra)
            issues.append(RowIssue("", f"Ignored {len(extra)} value{'s' * (len(extra) != 1)} in a "
                                       f"column with no header: {shown}.", "warning"))
        email = str(values["email"])
        if any(i.severity == "error" for i in issues):
            rows.append(PreviewRow(src.row, src.line, "refuse", values, tuple(issues)))
            continue
        key = match_key(values)
        if key in seen:
            first = seen[key]
            merged = {**first.values}
            merged.update({k: v for k, v in values.items() if v})
            changes = _changes(first.values, values, mapped)
            same = "email" if email else "name (and no email)"
            issues.append(RowIssue("email", f"Same {same} as row {first.row}: this row updates "
                                            f"that person with its newer values.", "warning"))
            status: Status = "update" if changes else "same"
            rows.append(PreviewRow(src.row, src.line, status, values, tuple(issues),
                                   match_row=first.row, match_name=first.name, changes=changes))
            seen[key] = dataclasses.replace(first, values=merged)
            continue
        if key in ws.people:
            current = ws.people[key]
            changes = _changes(current, values, mapped)
            match_name = person_display_name(str(current["given_name"]),
                                             str(current["family_name"]))
            how = "" if email else " (matched by name: this row has no email)"
            issues.append(RowIssue("email", f"Already in the workspace as {match_name}{how}.",
                                   "warning"))
            status = "update" if changes else "same"
            row = PreviewRow(src.row, src.line, status, values, tuple(issues),
                             match_person_id=ws.ids[key], match_name=match_name, changes=changes)
        else:
            row = PreviewRow(src.row, src.line, "add", values, tuple(issues))
        rows.append(row)
        if key:
            seen[key] = row
    notes = list(table.notes)
    unmapped = [h or f"column {i + 1}" for i, h in enumerate(table.headers) if not mapping.get(i)]
    if unmapped:
        notes.append("Not imported: " + ", ".join(unmapped) + ".")
    if extra_rows:
        listed = ", ".join(str(r) for r in extra_rows)
        plural = "s" * (len(extra_rows) > 1)
        notes.append(f"Values in a column with no header were ignored (row{plural} {listed}).")
    blank = sum(1 for r in rows if r.status == "blank")
    if blank:
        notes.append(f"{blank} empty line{'s' * (blank != 1)} skipped.")
    return ImportPreview(table.name, table.description, table.headers, mapping, tuple(rows),
                         tuple(notes))


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- 3. apply --------------------------------------------------------------------------------

def default_decision(row: PreviewRow) -> Decision:
    if row.status == "update":
        return Decision("update")
    if row.status == "same":
        return Decision("skip")
    return Decision("add")


def _take(changes: tuple[FieldChange, ...], decision: Decision) -> set[str]:
    if decision.action in ("update", "add"):  # "add" cannot duplicate a person: update
        return {c.field for c in changes}
    if decision.action == "merge":
        return {c.field for c in changes} & set(decision.fields)
    return set()


def apply(store: Store, result: ImportPreview, decisions: Mapping[int, Decision] | None = None,
          *, cohort: CohortTarget | None = None, progress: Progress | None = None,
          source: object | None = None) -> ImportSummary:
    """Write the accepted rows in one undoable change and say what happened to each row."""
    decisions = decisions or {}
    mapped = _mapped_fields(result.mapping)
    skipped: list[SkippedRow] = []
    refused: list[SkippedRow] = []
    blank: list[int] = []
    new_people: dict[str, dict[str, str | bool]] = {}  # match key -> values
    updates: dict[int, dict[str, str | bool]] = {}  # existing person id -> fields to set
    matched_ids: set[int] = set()
    outcomes: dict[int, str] = {}
    added = updated = unchanged = 0
    total = len(result.rows)
    label = f"Import People from {result.source}" if result.source else "Import People"
    with store.change(label, source=source) as session:
        if cohort is not None and session.get(Cohort, cohort.cohort_id) is None:
            raise NotFoundError(f"Cohort {cohort.cohort_id} is not in this workspace.")
        ws = _Workspace.load(session)  # again: the workspace may have changed since the preview
        for done, row in enumerate(result.rows, start=1):
            if progress and done % 200 == 0:
                progress(done, total * 2, "Importing people")
            if row.status == "blank":
                blank.append(row.row)
                outcomes[row.row] = "blank"
                continue
            if row.status == "refuse":
                reason = "; ".join(f"{FIELD_LABELS.get(i.field, i.field)}: {i.message}"
                                   for i in row.errors)
                refused.append(SkippedRow(row.row, row.name, reason))
                outcomes[row.row] = "refused"
                continue
            decision = decisions.get(row.row, default_decision(row))
            if decision.action == "skip":
                reason = "already up to date" if row.status == "same" else "skipped by you"
                if row.status == "same":
                    unchanged += 1
                    outcomes[row.row] = "unchanged"
                    if row.match_person_id:
                        matched_ids.add(row.match_person_id)
                else:
                    skipped.append(SkippedRow(row.row, row.name, reason))
                    outcomes[row.row] = "skipped"
                continue
            key = match_key(row.values)
            if key in new_people:
                target = new_people[key]
                fields = _take(_changes(target, row.values, mapped), decision)
                target.update({f: row.values[f] for f in fields})
                updated += 1
                outcomes[row.row] = "updated"
                continue
            if key in ws.people:
                pid = ws.ids[key]
                matched_ids.add(pid)
                pending = {**ws.people[key], **updates.get(pid, {})}  # earlier rows of this file
                fields = _take(_changes(pending, row.values, mapped), decision)
                if fields:
                    updates.setdefault(pid, {}).update({f: row.values[f] for f in fields})
                    updated += 1
                    outcomes[row.row] = "updated"
                else:
                    unchanged += 1
                    outcomes[row.row] = "unchanged"
                continue
            new_people[key or f"#{row.row}"] = dict(row.values)
            added += 1
            outcomes[row.row] = "added"
        org_ids = _organizations(session, ws, list(new_people.values()) + list(updates.values()))
        new_ids = _insert_people(session, list(new_people.values()), org_ids)
        _update_people(session, updates, org_ids)
        if progress:
            progress(total * 2 - 1, total * 2, "Saving")
        memberships = 0
        person_ids = tuple(new_ids) + tuple(sorted(set(updates) | matched_ids))
        if cohort is not None:
            memberships = _add_memberships(session, cohort, person_ids)
    return ImportSummary(added, updated, unchanged, tuple(skipped), tuple(refused), tuple(blank),
                         memberships, person_ids, outcomes)


def _organizations(session: Session, ws: _Workspace,
                   people: list[dict[str, str | bool]]) -> dict[str, int]:
    """Folded organization name -> id, creating the ones not yet in the workspace."""
    wanted: dict[str, dict[str, str]] = {}
    for values in people:
        name = str(values.get("organization", ""))
        key = fold(name)
        if name and key not in ws.orgs and key not in wanted:
            wanted[key] = {"name": name, "kind": "other", "city": str(values.get("city", "")),
                           "state_region": str(values.get("state_region", ""))}
    ids = dict(ws.orgs)
    if wanted:
        new = session.scalars(insert(Organization).returning(Organization.id,
                                                             sort_by_parameter_order=True),
                              list(wanted.values())).all()
        ids.update(zip(wanted, new, strict=True))
    return ids


def _columns(values: Mapping[str, str | bool], org_ids: Mapping[str, int]) -> dict[str, object]:
    cols: dict[str, object] = {f: values[f] for f in PERSON_FIELDS
                               if f in values and f not in ("organization", "email")}
    if "organization" in values:
        name = str(values["organization"])
        cols["organization_id"] = org_ids.get(fold(name)) if name else None
    return cols


def _insert_people(session: Session, people: list[dict[str, str | bool]],
                   org_ids: Mapping[str, int]) -> list[int]:
    if not people:
        return []
    rows = []
    for values in people:
        cols: dict[str, object] = {f: "" for f in PERSON_FIELDS
                                   if f not in ("organization", "email")}
        cols["consent_share_contact"] = False
        cols.update(_columns(values, org_ids))
        cols["email"] = str(values.get("email", "")) or None
        rows.append(cols)
    stmt = insert(Person).returning(Person.id, sort_by_parameter_order=True)
    return list(session.scalars(stmt, rows).all())


def _update_people(session: Session, updates: Mapping[int, dict[str, str | bool]],
                   org_ids: Mapping[str, int]) -> None:
    # Group people by which columns change, so each group is one executemany.
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for pid, values in updates.items():
        cols = _columns(values, org_ids)
        groups.setdefault(tuple(sorted(cols)), []).append({"id": pid, **cols})
    for rows in groups.values():
        session.execute(update(Person), rows)


def _add_memberships(session: Session, cohort: CohortTarget, person_ids: tuple[int, ...]) -> int:
    existing = set(session.scalars(select(Membership.person_id).where(
        Membership.cohort_id == cohort.cohort_id)))
    rows = [{"cohort_id": cohort.cohort_id, "person_id": pid,
             "role": MembershipRole(cohort.role).value,
             "stage": MembershipStage(cohort.stage).value}
            for pid in dict.fromkeys(person_ids) if pid not in existing]
    if rows:
        session.execute(insert(Membership), rows)
    return len(rows)


# -- the whole thing, for the command line ---------------------------------------------------

def import_file(store: Store, path: str | Path, *, mapping: Mapping[int, str] | None = None,
                existing: Action = "update", cohort: CohortTarget | None = None,
                dry_run: bool = False) -> tuple[ImportPreview, ImportSummary | None]:
    table = read_source(path)
    result = preview(store, table, mapping)
    if dry_run:
        return result, None
    decisions = {r.row: Decision(existing) for r in result.rows if r.status == "update"}
    if existing == "merge":
        # Without someone to choose field by field, merge fills only what is empty today.
        decisions = {
            r.row: Decision("merge", frozenset(c.field for c in r.changes if not c.current))
            for r in result.rows if r.status == "update"
        }
    return result, apply(store, result, decisions, cohort=cohort)
