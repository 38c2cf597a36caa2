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

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from cohortdesk.documents.formula_guard import unguard
from cohortdesk.documents.tabular_read import SourceTable, read_table
from cohortdesk.domain.duplicates import DuplicateIndex, PersonFacts
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.errors import NotFoundError, ValidationError
from cohortdesk.domain.limits import LONG_TEXT_CHARS, is_invisible
from cohortdesk.domain.progress import Progress, ticking
from cohortdesk.domain.records import person_display_name
from cohortdesk.domain.release import release_gradually
from cohortdesk.domain.text import fold, is_valid_email, normalize_email
from cohortdesk.domain.validation import refusal
from cohortdesk.services.people_import_headers import (
    TARGETS,
    consent_answer,
    guess_mapping,
    split_full_name,
)
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, Membership, Organization, Person
from cohortdesk.store.models.merges import PersonMerged

__all__ = ["TARGETS", "guess_mapping", "read_source", "preview", "apply"]

Status = Literal["add", "update", "same", "refuse", "blank"]
Action = Literal["add", "update", "merge", "skip"]

# Whether a row's consent cell held an answer we know (a blank or "peut-être" does not).
CONSENT_GIVEN = "_consent_given"
# Person columns an import can fill, in the order differences are listed.
PERSON_FIELDS = ("given_name", "family_name", "preferred_name", "pronouns", "title",
                 "organization", "email", "phone", "bio", "dietary_needs", "access_needs",
                 "consent_share_contact", "internal_notes")
FIELD_LABELS = {**TARGETS, "consent_share_contact": "Consent to share contact details",
                "name": "Name", "organization": "Organization", "file": "File"}
# The most each field may hold: the same limits as the forms.
FIELD_LIMITS = {"given_name": 200, "family_name": 200, "preferred_name": 200, "pronouns": 60,
                "title": 300, "organization": 300, "email": 320, "phone": 60,
                "city": 200, "state_region": 200, "bio": LONG_TEXT_CHARS,
                "dietary_needs": LONG_TEXT_CHARS, "access_needs": LONG_TEXT_CHARS,
                "internal_notes": LONG_TEXT_CHARS}


@dataclass(frozen=True, slots=True)
class RowIssue:
    """An error refuses the row; a warning asks the user to look; a note only informs
    (this person is already in the workspace, a later row wins)."""

    field: str
    message: str
    severity: Literal["error", "warning", "note"] = "error"
    # MESSAGES[key] with `values` put in is `message`: the app shows the sentence in its own
    # language. No key: the message as it is (a fault in the file's structure).
    key: str = ""
    values: tuple[tuple[str, str], ...] = ()


# Two columns mapped to one field (ValidationError key "import: two columns"); the app is given
# the field's key as {target} and names it itself.
TWO_COLUMNS = "Two columns are mapped to {target}."

# What the preview tells about rows and the file, by key, in English; the app translates the
# same sentences (ui/exchange/import_people_dialog.py IMPORT_MESSAGES, checked by a test).
# {field} is a field's key and {fields} keys joined by commas; the app names them.
MESSAGES = {
    "no email": "No email: allowed, but later imports can match this person only by name.",
    "consent unclear": "“{value}” is neither a yes nor a no: consent is left as it is (no, for "
                       "someone new).",
    "no name": "No name: enter a given or family name.",
    "invisible name": "The name holds only invisible characters (spaces, zero-width or control "
                      "characters).",
    "too long": "{length} characters; {field} may hold at most {limit}.",
    "bad email": "“{value}” is not a valid email address.",
    "ignored value": "Ignored 1 value in a column with no header: {shown}.",
    "ignored values": "Ignored {count} values in a column with no header: {shown}.",
    "same email": "Same email as row {row}: this row fills what that row leaves blank.",
    "same email, differs": "Same email as row {row}: this row fills what that row leaves blank; "
                           "where they differ ({fields}), row {row}'s value stays unless you "
                           "take this row's.",
    "same name": "Same name (and no email) as row {row}: this row fills what that row leaves "
                 "blank.",
    "same name, differs": "Same name (and no email) as row {row}: this row fills what that row "
                          "leaves blank; where they differ ({fields}), row {row}'s value stays "
                          "unless you take this row's.",
    "already here": "Already in the workspace as {name}.",
    "already here by name": "Already in the workspace as {name} (matched by name: this row has "
                            "no email).",
    "already here, adds email": "Already in the workspace as {name} (matched by name; this row "
                                "adds the email {email}).",
    "differs": "Differs from the workspace in {fields}: kept as it is unless you take the file's "
               "value.",
    "possible duplicate": "Possible duplicate of {who}: add, merge into them, or skip.",
    "same name as row": "Same name as row {row}, which is also added, with another email or "
                        "none: add both, merge this row into it, or skip this row.",
    "not imported": "Not imported: {columns}.",
    "no header, row": "Values in a column with no header were ignored (row {rows}).",
    "no header, rows": "Values in a column with no header were ignored (rows {rows}).",
    "empty line": "1 empty line skipped.",
    "empty lines": "{count} empty lines skipped.",
}


def issue(where: str, key: str, severity: Literal["error", "warning", "note"] = "error", /,
          **values: object) -> RowIssue:
    """The RowIssue of field `where` saying MESSAGES[key] with these values."""
    shown = {name: _shown_value(name, value) for name, value in values.items()}
    return RowIssue(where, MESSAGES[key].format(**shown), severity, key,
                    tuple((name, str(value)) for name, value in values.items()))


def note(key: str, **values: object) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """A note on the whole file: (English text, key, values)."""
    shown = {name: _shown_value(name, value) for name, value in values.items()}
    return (MESSAGES[key].format(**shown), key,
            tuple((name, str(value)) for name, value in values.items()))


def _shown_value(name: str, value: object) -> object:
    """A value as the English sentence shows it: fields by their names."""
    if name == "field":
        return FIELD_LABELS.get(str(value), str(value))
    if name == "fields":
        return ", ".join(FIELD_LABELS.get(f, f) for f in str(value).split(","))
    return value


@dataclass(frozen=True, slots=True)
class FieldChange:
    """A field the file gives differently. A blank current value is filled; a non-blank one
    is a *conflict*, kept unless the user takes the file's value."""

    field: str
    current: str
    incoming: str

    @property
    def conflict(self) -> bool:
        return self.current not in ("", "No")


@dataclass(frozen=True)
class Duplicate:
    """Someone in the workspace an added row may be ("possible duplicate of X")."""

    person_id: int
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
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
    # Fields a later row of the file gives for the same existing person: that row wins, so
    # this one never sets them (skipping the later row must not bring back older values).
    superseded: frozenset[str] = frozenset()
    # Matched by name only (no email, or an email the workspace does not have): a guess the
    # user may overrule with Decision("add"), a new person.
    by_name: bool = False
    # A row to add that may be someone already here: add, merge into them, or skip.
    duplicates: tuple[Duplicate, ...] = ()
    # A row to add whose name an earlier row to add has too, with another email or none (the
    # same person registered twice, once without an email): add both, or skip this one.
    same_name_row: int | None = None

    @property
    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if c.conflict)

    @property
    def fills(self) -> tuple[FieldChange, ...]:
        return tuple(c for c in self.changes if not c.conflict)

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

    @property
    def warnings(self) -> tuple[RowIssue, ...]:
        return tuple(i for i in self.issues if i.severity == "warning")


@dataclass(frozen=True)
class ImportPreview:
    source: str
    description: str
    headers: tuple[str, ...]
    mapping: Mapping[int, str]
    rows: tuple[PreviewRow, ...]
    notes: tuple[str, ...] = ()
    # For each note, its MESSAGES key and values ("" for the reader's own notes).
    note_keys: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def count(self, status: Status) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class Decision:
    """What to do with a row that matches someone. `fields` picks the fields for "merge";
    `into` merges a row to add into a possible duplicate instead, and `into_row` into the
    person an earlier row of the file adds (a row with the same name: PreviewRow.same_name_row).
    Either way the row fills what that person leaves blank; values that differ stay theirs."""

    action: Action
    fields: frozenset[str] = frozenset()
    into: int | None = None
    into_row: int | None = None


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
    issues: tuple[RowIssue, ...] = ()  # a refused row's errors, which `reason` lists


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
    # Row number -> the conflicts of that row, each with what was done: "kept" or "taken".
    conflicts: Mapping[int, tuple[tuple[FieldChange, str], ...]] = field(default_factory=dict)

    @property
    def conflicts_kept(self) -> int:
        return sum(1 for items in self.conflicts.values() for _c, done in items if done == "kept")

    def sentence(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{len(self.skipped)} skipped")
        parts.append(f"{len(self.refused)} refused")
        if self.blank_rows:
            parts.append(f"{len(self.blank_rows)} empty line{'s' * (len(self.blank_rows) != 1)}")
        text = ", ".join(parts) + "."
        if self.conflicts_kept:
            one = self.conflicts_kept == 1
            text += (f" {self.conflicts_kept} differing value{'' if one else 's'} kept as "
                     f"{'it was' if one else 'they were'}.")
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
            raise refusal("mapping", "import: two columns", TWO_COLUMNS, target=target,
                          english={"target": TARGETS[target]})
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
    return name_key(values)


def name_key(values: Mapping[str, str | bool]) -> str:
    name = fold(f"{values.get('given_name', '')} {values.get('family_name', '')}")
    return f"name:{name}" if name.strip() else ""


_PERSON_COLUMNS = [getattr(Person, f) for f in PERSON_FIELDS if f not in ("organization",)]


@dataclass
class _Workspace:
    """What the checks need from the workspace: who has which email or name, and the
    current values of the people the file's rows may be. Loaded in a few queries, reading
    every person's id, name and email but the other fields only of possible matches (a
    100,000-person workspace loads in a fraction of a second)."""

    ids: dict[str, int]  # match key (email, or "name:…" for a name only one person has) -> id
    orgs: dict[str, int]  # folded name -> id
    # Name key -> id of the one person of that name who has no email yet: a row with an
    # email that is not in the workspace is that person, and fills the email in.
    without_email: dict[str, int] = field(default_factory=dict)
    values_by_id: dict[int, dict[str, str | bool]] = field(default_factory=dict)
    # id -> (given name, family name): a name is written out only for the few people a row
    # may duplicate, not for everyone in the workspace.
    people: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def name(self, person_id: int) -> str:
        if person_id not in self.people:
            return f"#{person_id}"
        given, family = self.people[person_id]
        return person_display_name(given or "", family or "")

    def release(self) -> None:
        """Let go of the indexes a slice at a time (see domain/release.py)."""
        release_gradually(self.ids, self.values_by_id, self.people, self.without_email)

    @classmethod
    def load(cls, session: Session, rows: Iterable[Mapping[str, str | bool]] = (),
             tick: Callable[[], None] | None = None) -> _Workspace:
        """Index the workspace for `rows` (the file's values); without rows, for everyone.
        `tick()` is called every few thousand people."""
        wanted = list(rows)
        every = not wanted
        wanted_names = {name_key(v) for v in wanted}
        ids: dict[str, int] = {}
        names: dict[str, list[tuple[int, bool]]] = {}  # name key -> [(id, has email)]
        folded = _folder()
        conn = session.connection()  # Core rows: no ORM bookkeeping for 100,000 people
        people: dict[int, tuple[str | None, str | None]] = {}
        for pid, given, family, email in ticking(conn.execute(
                select(Person.id, Person.given_name, Person.family_name, Person.email)).all(),
                tick):
            people[pid] = (given, family)
            if email:
                ids[email] = pid
            g, f = folded(given), folded(family)
            key = f"name:{g} {f}" if g and f else (f"name:{g or f}" if g or f else "")
            if key and (every or key in wanted_names):
                names.setdefault(key, []).append((pid, bool(email)))
        # The email of someone merged into another person finds that person.
        for email, pid in conn.execute(select(PersonMerged.email, PersonMerged.person_id)
                                       .where(PersonMerged.email != "")).all():
            ids.setdefault(str(email), int(pid))
        without_email: dict[str, int] = {}
        for key, found in names.items():
            if len(found) == 1:  # two people of one name: never guess between them
                ids[key] = found[0][0]
            no_email = [pid for pid, has_email in found if not has_email]
            if len(no_email) == 1:
                without_email[key] = no_email[0]
        if every:
            candidates = set(ids.values())
        else:
            candidates = {ids[k] for v in wanted for k in (match_key(v), name_key(v))
                          if k in ids}
            candidates |= {without_email[k] for k in wanted_names if k in without_email}
        orgs = {fold(name): oid
                for oid, name in conn.execute(select(Organization.id, Organization.name))}
        return cls(ids, orgs, without_email, _current_values(session, candidates), people)

    def find(self, values: Mapping[str, str | bool],
             filled: Mapping[int, str]) -> tuple[int, bool] | None:
        """(person id, matched by name only) for the person a row describes, or None.

        By email first. A row whose email is new may be someone imported earlier without an
        email: the one person of that name with no email, unless another email of this file
        has claimed them already (`filled`: person id -> email the file gives them)."""
        key = match_key(values)
        if key in self.ids:
            return self.ids[key], not values.get("email")
        email = str(values.get("email", ""))
        pid = self.without_email.get(name_key(values)) if email else None
        if pid is not None and filled.get(pid, email) == email:
            return pid, True
        return None


def _folder() -> Callable[[str], str]:
    """`fold` with a memory: given and family names repeat across a workspace."""
    return functools.cache(fold)


def _current_values(session: Session, ids: set[int]) -> dict[int, dict[str, str | bool]]:
    """Person id -> the fields an import compares, for these people."""
    fields = [f for f in PERSON_FIELDS if f != "organization"]
    out: dict[int, dict[str, str | bool]] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):  # SQLite's limit on bound parameters
        stmt = (select(Person.id, Organization.name, *_PERSON_COLUMNS)
                .outerjoin(Organization, Person.organization_id == Organization.id)
                .where(Person.id.in_(ordered[start:start + 500])))
        for row in session.execute(stmt):
            values: dict[str, str | bool] = dict(zip(fields, row[2:], strict=True))
            values["organization"] = row[1] or ""
            values["email"] = values["email"] or ""
            out[int(row[0])] = values
    return out


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


_NO_EMAIL = issue("email", "no email", "warning")
_ALWAYS = frozenset({"given_name", "family_name", "email"})


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
    # A blank or unknown answer changes no one's consent (a new person's is no).
    values[CONSENT_GIVEN] = recognized and bool(raw.get("consent", "").strip())
    if not recognized and raw.get("consent", "").strip():
        issues.append(issue("consent", "consent unclear", "warning", value=raw["consent"]))
    if not given and not family:
        issues.append(issue("name", "no name"))
    elif is_invisible(given + family):
        issues.append(issue("name", "invisible name"))
    for name, limit in FIELD_LIMITS.items():
        text = values.get(name, "")
        if isinstance(text, str) and len(text) > limit:
            issues.append(issue(name, "too long", length=f"{len(text):,}", field=name,
                                limit=f"{limit:,}"))
    email = normalize_email(raw.get("email", ""))
    values["email"] = email
    if email and not is_valid_email(email):
        issues.append(issue("email", "bad email", value=raw["email"]))
    elif not email:
        issues.append(_NO_EMAIL)
    # Empty fields are left out (a blank cell never sets anything): 100,000 rows stay small.
    return {k: v for k, v in values.items() if v != "" or k in _ALWAYS}, issues


def _changes(current: Mapping[str, str | bool], incoming: Mapping[str, str | bool],
             mapped: set[str], *, skip: frozenset[str] = frozenset(),
             fill_email: bool = False) -> tuple[FieldChange, ...]:
    """Fields where the file says something new. A blank cell never erases a value.

    `skip`: fields a later row of the file gives for the same person (that row wins).
    `fill_email`: the person was found by name and has no email yet; the row's email fills it.
    """
    out = []
    for f in PERSON_FIELDS:
        if f in skip:
            continue
        if f == "email":
            new_email = str(incoming.get("email", ""))
            if fill_email and new_email and not current.get("email"):
                out.append(FieldChange("email", "", new_email))
            continue
        if f not in mapped and f != "consent_share_contact":
            continue
        if f == "consent_share_contact" and ("consent" not in mapped
                                              or not incoming.get(CONSENT_GIVEN, True)):
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


def _field_keys(fields: set[str] | frozenset[str]) -> str:
    """The fields' keys in the order of a person's fields, joined by commas (a message's
    {fields})."""
    return ",".join(f for f in PERSON_FIELDS if f in fields)


@dataclass(slots=True)
class _Seen:
    """The first accepted row of a person in this file, and that person as the rows so far
    leave them (the workspace's values with the earlier rows' changes, or the new person)."""

    row: PreviewRow
    pending: Mapping[str, str | bool]  # replaced, never changed in place (it may be the row's)
    person_id: int | None


def preview(store: Store, table: SourceTable, mapping: Mapping[int, str] | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Check every row against the file and the workspace. Writes nothing."""
    mapping = dict(guess_mapping(table.headers) if mapping is None else mapping)
    check_mapping(mapping)
    mapped = _mapped_fields(mapping)
    width = len(table.headers)
    total = len(table.rows)

    # First pass: read every row, so each one knows what later rows say about the same person.
    parsed: list[tuple[dict[str, str | bool], list[RowIssue], list[str]] | None] = []
    no_extra: list[str] = []  # shared by the rows with no extra values (never appended to)
    for done, src in enumerate(table.rows, start=1):
        if progress and done % 500 == 0:
            progress(done, total * 2, "Reading rows")
        if src.is_blank:
            parsed.append(None)
            continue
        values, issues = _person_values(_row_values(src.cells, mapping,
                                                    csv_guards=table.is_csv))
        extra = [c for c in src.cells[width:] if c.strip()]
        extra += [src.cells[i] for i, h in enumerate(table.headers)
                  if not h and i < len(src.cells) and src.cells[i].strip() and not mapping.get(i)]
        parsed.append((values, issues, extra or no_extra))
    tick = None if progress is None else partial(progress, total, total * 2, "Checking rows")
    with store.read() as session:
        ws = _Workspace.load(session, [item[0] for item in parsed if item is not None], tick)
    rows: list[PreviewRow] = []
    dupes: DuplicateIndex | None = None  # built when the first row to add needs it
    seen: dict[str, _Seen] = {}  # match key -> first accepted row of that person
    added_names: dict[str, int] = {}  # name key -> the first row to add of that name
    filled: dict[int, str] = {}  # person id -> the email this file fills in
    extra_rows: list[int] = []
    for index, (src, item) in enumerate(zip(table.rows, parsed, strict=True)):
        if progress and index % 500 == 0:
            progress(total + index, total * 2, "Checking rows")
        if src.error:  # the file's structure: nothing of this line is imported
            rows.append(PreviewRow(src.row, src.line, "refuse", {},
                                   (RowIssue("file", src.error[:1].upper() + src.error[1:] + "."),)))
            continue
        if item is None:
            rows.append(PreviewRow(src.row, src.line, "blank", {}))
            continue
        values, issues, extra = item
        if extra:
            extra_rows.append(src.row)
            shown = "; ".join(f"“{_short(c)}”" for c in extra)
            issues.append(issue("", "ignored value" if len(extra) == 1 else "ignored values",
                                "warning", count=len(extra), shown=shown))
        email = str(values["email"])
        if any(i.severity == "error" for i in issues):
            rows.append(PreviewRow(src.row, src.line, "refuse", values, tuple(issues)))
            continue
        key = match_key(values)
        superseded: frozenset[str] = frozenset()
        if key in seen:
            first = seen[key]
            changes = _changes(first.pending, values, mapped)
            same = "same email" if email else "same name"
            differ = [c for c in changes if c.conflict]
            if differ:
                issues.append(issue("email", f"{same}, differs", "warning", row=first.row.row,
                                    fields=_field_keys({c.field for c in differ})))
            else:
                issues.append(issue("email", same, "warning", row=first.row.row))
            status: Status = "update" if changes else "same"
            rows.append(PreviewRow(src.row, src.line, status, values, tuple(issues),
                                   match_person_id=first.person_id, match_row=first.row.row,
                                   match_name=first.row.name, changes=changes))
            # A new dict: `pending` may be the workspace index's own row, shared, never changed.
            first.pending = {**first.pending,
                             **{c.field: values[c.field] for c in changes if not c.conflict}}
            continue
        found = ws.find(values, filled)
        if found is not None:
            pid, by_name = found
            current = ws.values_by_id[pid]
            fill_email = bool(email) and not current["email"]
            changes = _changes(current, values, mapped, skip=superseded, fill_email=fill_email)
            match_name = person_display_name(str(current["given_name"]),
                                             str(current["family_name"]))
            severity: Literal["warning", "note"] = "warning" if by_name else "note"
            if fill_email:
                issues.append(issue("email", "already here, adds email", severity,
                                    name=match_name, email=email))
                filled[pid] = email
            else:
                issues.append(issue("email", "already here by name" if by_name else "already here",
                                    severity, name=match_name))
            differ = [c for c in changes if c.conflict]
            if differ:
                issues.append(issue("", "differs", "note",
                                    fields=_field_keys({c.field for c in differ})))
            status = "update" if changes else "same"
            row = PreviewRow(src.row, src.line, status, values, tuple(issues),
                             match_person_id=pid, match_name=match_name, changes=changes,
                             superseded=superseded, by_name=by_name)
            pending = {**current, **{c.field: values[c.field] for c in changes if not c.conflict}}
            if key:
                seen[key] = _Seen(row, pending, pid)
        else:
            if dupes is None:
                with store.read() as session:
                    facts = _dup_facts(session, tick)
                    dupes = DuplicateIndex(facts, _dup_orgs(session), tick)
                    release_gradually(facts)
            found_dupes = _possible_duplicates(dupes, values, ws)
            if found_dupes:
                who = "; ".join(f"{d.name} (#{d.person_id}, {d.reason})" for d in found_dupes)
                issues.append(issue("name", "possible duplicate", "warning", who=who))
            # Matching goes by email, and by name only without one: a person on two rows, once
            # with an email and once without (or with two emails), would be added twice.
            named = name_key(values)
            earlier = added_names.setdefault(named, src.row) if named else src.row
            if earlier != src.row:
                issues.append(issue("name", "same name as row", "warning", row=earlier))
            row = PreviewRow(src.row, src.line, "add", values, tuple(issues),
                             duplicates=found_dupes,
                             same_name_row=earlier if earlier != src.row else None)
            if key:
                seen[key] = _Seen(row, values, None)
        rows.append(row)
    notes: list[tuple[str, str, tuple[tuple[str, str], ...]]] = [
        (text, "", ()) for text in table.notes]  # the reader's own: no key
    unmapped = [h or f"column {i + 1}" for i, h in enumerate(table.headers) if not mapping.get(i)]
    if unmapped:
        notes.append(note("not imported", columns=", ".join(unmapped)))
    if extra_rows:
        notes.append(note("no header, rows" if len(extra_rows) > 1 else "no header, row",
                          rows=", ".join(str(r) for r in extra_rows)))
    blank = sum(1 for r in rows if r.status == "blank")
    if blank:
        notes.append(note("empty lines" if blank > 1 else "empty line", count=blank))
    # The indexes of everyone in the workspace go a slice at a time, not in one long free.
    if dupes is not None:
        dupes.release()
    ws.release()
    return ImportPreview(table.name, table.description, table.headers, mapping, tuple(rows),
                         tuple(text for text, _key, _values in notes),
                         tuple((key, values) for _text, key, values in notes))


def _dup_facts(session: Session, tick: Callable[[], None] | None = None) -> list[PersonFacts]:
    rows = session.execute(
        select(Person.id, Person.given_name, Person.family_name, Person.preferred_name,
               Person.email, Person.organization_id)).all()
    return [PersonFacts(int(r[0]), r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5])
            for r in ticking(rows, tick)]


def _dup_orgs(session: Session) -> list[tuple[int, str]]:
    return [(int(i), str(n)) for i, n in session.execute(select(Organization.id, Organization.name))]


def _possible_duplicates(index: DuplicateIndex, values: Mapping[str, str | bool],
                         ws: _Workspace) -> tuple[Duplicate, ...]:
    facts = PersonFacts(0, str(values.get("given_name", "")), str(values.get("family_name", "")),
                        str(values.get("preferred_name", "")), str(values.get("email", "")),
                        None, str(values.get("organization", "")))
    out = []
    for match in index.matches(facts)[:3]:
        name = ws.name(match.person_id)
        out.append(Duplicate(match.person_id, name, match.reason))
    return tuple(out)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- 3. apply --------------------------------------------------------------------------------

# Why a row was skipped that the user did not skip themselves.
SKIPPED_WITH_ROW = "same person as a row you skipped"


def default_decision(row: PreviewRow) -> Decision:
    """Add new people and fill blank fields; a value that differs stays as it is."""
    if row.status == "update":
        return Decision("merge", fill_fields(row))
    if row.status == "same":
        return Decision("skip")
    return Decision("add")


def _take(changes: tuple[FieldChange, ...], decision: Decision) -> set[str]:
    """The fields a row writes: every change for "update", the chosen ones for "merge"."""
    if decision.action in ("update", "add"):  # "add" cannot duplicate an email: update
        return {c.field for c in changes}
    if decision.action == "merge":
        return {c.field for c in changes} & set(decision.fields)
    return set()


def fill_fields(row: PreviewRow) -> frozenset[str]:
    """The fields of a row that fill a blank: what "merge" takes unless told more."""
    return frozenset(c.field for c in row.changes if not c.conflict)


def _done(changes: tuple[FieldChange, ...], fields: set[str]) -> tuple[tuple[FieldChange, str], ...]:
    return tuple((c, "taken" if c.field in fields else "kept") for c in changes if c.conflict)


def apply(store: Store, result: ImportPreview, decisions: Mapping[int, Decision] | None = None,
          *, cohort: CohortTarget | None = None, progress: Progress | None = None,
          source: object | None = None) -> ImportSummary:
    """Write the accepted rows in one undoable change and say what happened to each row."""
    decisions = decisions or {}
    mapped = _mapped_fields(result.mapping)
    skipped: list[SkippedRow] = []
    refused: list[SkippedRow] = []
    blank: list[int] = []
    new_people: dict[str, Mapping[str, str | bool]] = {}  # match key -> values
    updates: dict[int, dict[str, str | bool]] = {}  # existing person id -> fields to set
    matched_ids: set[int] = set()
    matched: dict[str, int] = {}  # match key -> existing person id, for later rows
    filled: dict[int, str] = {}  # person id -> email this import fills in
    org_rows: dict[int, Mapping[str, str | bool]] = {}  # person id -> row naming a new org
    outcomes: dict[int, str] = {}
    conflicts: dict[int, tuple[tuple[FieldChange, str], ...]] = {}
    _skipped, going_with = rows_left_out(result, decisions)
    # Where each row's person went: a key of `new_people`, or an existing person's id; for a
    # later row merged into it (Decision.into_row).
    placed: dict[int, str | int] = {}
    statuses = {r.row: r.status for r in result.rows}
    # A merged row's match key -> where its person went, so that a later row with the same
    # email finds that person and does not add them again.
    aliases: dict[str, str | int] = {}
    added = updated = unchanged = 0
    total = len(result.rows)
    label = f"Import People from {result.source}" if result.source else "Import People"
    with store.change(label, source=source) as session:
        if cohort is not None and session.get(Cohort, cohort.cohort_id) is None:
            raise NotFoundError(f"Cohort {cohort.cohort_id} is not in this workspace.")
        # Again: the workspace may have changed since the preview.
        ws = _Workspace.load(session, [r.values for r in result.rows
                                       if r.status not in ("blank", "refuse")])
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
                refused.append(SkippedRow(row.row, row.name, reason, tuple(row.errors)))
                outcomes[row.row] = "refused"
                continue
            if row.row in going_with:  # the same new person as a row the user skipped
                skipped.append(SkippedRow(row.row, row.name, SKIPPED_WITH_ROW))
                outcomes[row.row] = "skipped"
                continue
            decision = decisions.get(row.row, default_decision(row))
            if row.conflicts:
                conflicts[row.row] = _done(row.changes, set())
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
            alias = aliases.get(key) if key else None
            if decision.action == "merge" and decision.into_row is not None:
                if statuses.get(decision.into_row) != "add" or decision.into_row >= row.row:
                    raise ValueError(f"Row {row.row} can be merged only into an earlier row to "
                                     f"add, not row {decision.into_row}.")
                place = placed[decision.into_row]  # placed: a row it goes with would be skipped
                if key and key != place:
                    aliases[key] = place
                if isinstance(place, int):  # that row went to someone already here
                    decision = Decision("merge", frozenset(), into=place)
                else:  # that row's new person, below
                    key = place
            elif isinstance(alias, str):  # the person a merged row of this email went to
                key = alias
            elif isinstance(alias, int) and decision.into is None:
                matched[key] = alias
            if decision.action == "add" and row.by_name and key not in new_people:
                # The user says the name match is someone else: a new person.
                new_people[key or f"#{row.row}"] = row.values  # copied only if a later row changes it
                placed[row.row] = key or f"#{row.row}"
                added += 1
                outcomes[row.row] = "added"
                continue
            if key in new_people and decision.into is None:
                # Copied before it changes: the first row's values are shared, not owned.
                target = new_people[key] = dict(new_people[key])
                if decision.into_row is not None:  # merged into that row: fill its blanks
                    changes = _changes(target, row.values, mapped, fill_email=True)
                    changes += _kept_email(target, row.values)
                    fields = {c.field for c in changes if not c.conflict}
                else:
                    changes = _changes(target, row.values, mapped)
                    fields = _settled(changes, row, _take(changes, decision))
                _fill(target, row.values, fields)
                _record(conflicts, row.row, changes, fields)
                updated += 1 if fields else 0
                unchanged += 0 if fields else 1
                outcomes[row.row] = "updated" if fields else "unchanged"
                placed[row.row] = key
                continue
            pid = decision.into if decision.action == "merge" else None
            if pid is not None and pid not in ws.values_by_id:
                ws.values_by_id.update(_current_values(session, {pid}))
                if pid not in ws.values_by_id:
                    raise NotFoundError(f"Person {pid} is not in this workspace.")
            if pid is None:
                pid = matched.get(key)
            if pid is None:
                found = ws.find(row.values, filled)
                pid = found[0] if found else None
            if pid is not None:
                placed[row.row] = pid
                matched_ids.add(pid)
                if key:
                    matched[key] = pid
                pending = {**ws.values_by_id[pid], **updates.get(pid, {})}  # earlier rows
                email = str(row.values.get("email", ""))
                fill_email = bool(email) and not pending.get("email")
                changes = _changes(pending, row.values, mapped, skip=row.superseded,
                                   fill_email=fill_email)
                fields = _take(changes, decision)
                if decision.into is not None:  # merged into a possible duplicate: fill blanks too
                    fields |= {c.field for c in changes if not c.conflict}
                    changes += _kept_email(pending, row.values)
                fields = _settled(changes, row, fields)
                _record(conflicts, row.row, changes, fields)
                if fields:
                    updates.setdefault(pid, {}).update({f: row.values[f] for f in fields})
                    if "email" in fields:
                        filled[pid] = email
                    if "organization" in fields:
                        org_rows[pid] = row.values  # with its city and state
                    updated += 1
                    outcomes[row.row] = "updated"
                else:
                    unchanged += 1
                    outcomes[row.row] = "unchanged"
                continue
            new_people[key or f"#{row.row}"] = row.values
            placed[row.row] = key or f"#{row.row}"
            added += 1
            outcomes[row.row] = "added"
        org_ids = _organizations(session, ws, [*new_people.values(), *org_rows.values()])
        ws.release()
        new_ids = _insert_people(session, list(new_people.values()), org_ids)
        _update_people(session, updates, org_ids)
        if progress:
            progress(total * 2 - 1, total * 2, "Saving")
        memberships = 0
        person_ids = tuple(new_ids) + tuple(sorted(set(updates) | matched_ids))
        if cohort is not None:
            memberships = _add_memberships(session, cohort, person_ids)
    return ImportSummary(added, updated, unchanged, tuple(skipped), tuple(refused), tuple(blank),
                         memberships, person_ids, outcomes, conflicts)


def rows_left_out(result: ImportPreview, decisions: Mapping[int, Decision]
                  ) -> tuple[set[int], set[int]]:
    """(skipped, going with a skipped row): the rows an import leaves out by the user's
    choices. A row goes with a skipped row when it was previewed as completing it (the same new
    person) or is merged into it: it is never added in that row's place. `apply` follows this,
    and the import dialog counts by it."""
    skipped: set[int] = set()
    going_with: set[int] = set()
    for r in result.rows:
        if r.status in ("blank", "refuse"):
            continue
        d = decisions.get(r.row, default_decision(r))
        if (r.match_person_id is None and r.match_row in skipped
                or d.action == "merge" and d.into_row in skipped):
            going_with.add(r.row)
            skipped.add(r.row)
        elif d.action == "skip" and r.status != "same":
            skipped.add(r.row)
    return skipped, going_with


def _kept_email(current: Mapping[str, str | bool],
                incoming: Mapping[str, str | bool]) -> tuple[FieldChange, ...]:
    """A merged row's email where the person has another: a value kept (a person has one
    email), said in the summary rather than dropped without a word."""
    email, kept = str(incoming.get("email", "")), str(current.get("email", ""))
    return (FieldChange("email", kept, email),) if email and kept and fold(email) != fold(kept) \
        else ()


def _settled(changes: tuple[FieldChange, ...], row: PreviewRow, fields: set[str]) -> set[str]:
    """The fields a row writes, from those chosen, now that earlier rows have been applied.
    The row was previewed against what earlier rows would give, which the user's choices for
    them may have changed: a value previewed as filling a blank that is now in conflict (a row
    merged in since gave it) stays as it is, as no one chose to replace it; a value previewed
    in conflict that now fills a blank (the row that gave the other value was skipped) fills it."""
    shown = {c.field for c in row.changes if c.conflict}
    fields = fields - {c.field for c in changes if c.conflict and c.field not in shown}
    return fields | {c.field for c in changes if not c.conflict and c.field in shown}


def _record(conflicts: dict[int, tuple[tuple[FieldChange, str], ...]], row: int,
            changes: tuple[FieldChange, ...], fields: set[str]) -> None:
    """What the summary says of a row's differing values: as they were applied, not as
    previewed (none may be left once an earlier row was skipped)."""
    if any(c.conflict for c in changes):
        conflicts[row] = _done(changes, fields)
    else:
        conflicts.pop(row, None)


def _fill(target: dict[str, str | bool], incoming: Mapping[str, str | bool],
          fields: set[str]) -> None:
    """A new person's values with a later row's `fields`; an organization comes with the
    city and state that row gives for it (the organization is created from them)."""
    target.update({f: incoming[f] for f in fields})
    if "organization" in fields:
        target.update({k: incoming[k] for k in ("city", "state_region") if k in incoming})


def _organizations(session: Session, ws: _Workspace,
                   people: list[Mapping[str, str | bool]]) -> dict[str, int]:
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


_INSERT_BATCH = 5000  # rows built and inserted at a time: memory stays flat for 100,000


def _insert_people(session: Session, people: list[Mapping[str, str | bool]],
                   org_ids: Mapping[str, int]) -> list[int]:
    ids: list[int] = []
    stmt = insert(Person).returning(Person.id, sort_by_parameter_order=True)
    for start in range(0, len(people), _INSERT_BATCH):
        rows = []
        for values in people[start:start + _INSERT_BATCH]:
            cols: dict[str, object] = {f: "" for f in PERSON_FIELDS
                                       if f not in ("organization", "email")}
            cols["consent_share_contact"] = False
            cols.update(_columns(values, org_ids))
            cols["email"] = str(values.get("email", "")) or None
            rows.append(cols)
        ids += session.scalars(stmt, rows).all()
    return ids


def _update_people(session: Session, updates: Mapping[int, dict[str, str | bool]],
                   org_ids: Mapping[str, int]) -> None:
    # Group people by which columns change, so each group is one executemany.
    groups: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for pid, values in updates.items():
        cols = _columns(values, org_ids)
        if values.get("email"):  # found by name and had no email: this import fills it in
            cols["email"] = str(values["email"])
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

Existing = Literal["fill", "update", "skip", "merge"]
SameName = Literal["add", "merge", "skip"]


def decisions_for(result: ImportPreview, existing: Existing = "fill",
                  same_name: SameName = "add") -> dict[int, Decision]:
    """What to do with rows of people already here, and with rows to add that have an earlier
    row's name (PreviewRow.same_name_row), for a whole file.

    "fill" (the default; "merge" is its older name) adds new people and fills blank fields
    only: a value that differs is a conflict, kept and reported. "update" takes every differing
    non-blank value from the file. "skip" leaves people already here untouched. A blank cell
    never erases a value, in any mode. Two rows for one person stay a conflict between the
    rows in every mode: the first row's value stays.

    `same_name`: such a row is added as another person ("add", the default, as for two people
    who share a name), merged into the earlier row's person ("merge": it fills what that row
    leaves blank), or skipped ("skip")."""
    decisions: dict[int, Decision] = {}
    for r in result.rows:
        if r.status == "add" and r.same_name_row is not None and same_name != "add":
            decisions[r.row] = (Decision("skip") if same_name == "skip" else
                                Decision("merge", frozenset(), into_row=r.same_name_row))
        if r.status != "update":
            continue
        if existing == "skip":
            decisions[r.row] = Decision("skip")
        elif existing == "update" and r.match_row is None:
            decisions[r.row] = Decision("update")
        else:
            decisions[r.row] = Decision("merge", fill_fields(r))
    return decisions


def import_file(store: Store, path: str | Path, *, mapping: Mapping[int, str] | None = None,
                existing: Existing = "fill", same_name: SameName = "add",
                cohort: CohortTarget | None = None,
                dry_run: bool = False, progress: Progress | None = None,
                ) -> tuple[ImportPreview, ImportSummary | None]:
    table: SourceTable | None = read_source(path)
    assert table is not None
    result = preview(store, table, mapping, progress=progress)
    # The preview holds what the import needs: let the file's cells go, a slice at a time.
    rows = list(table.rows)
    table = None
    release_gradually(rows)
    if dry_run:
        return result, None
    return result, apply(store, result, decisions_for(result, existing, same_name), cohort=cohort,
                         progress=progress)
