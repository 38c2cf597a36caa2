"""The portable archive: the whole workspace as one JSON file.

For archiving a finished cohort and for moving to another laptop. Every table of every area
is included (found from the models, so new areas are archived without changes here), each row
with its id, so links between records survive. Importing into an empty workspace reproduces
it exactly: export, import, export gives byte-identical files. The undo history is not
archived; it belongs to one app session.

Format: {"format": "cohortdesk-archive", "format_version": 1, "schema_revision": "...",
"tables": {name: {"columns": [...], "rows": [[...], ...]}}}. Dates and times are ISO 8601
text, binary values base64; one row per line, so two archives compare well with `diff`.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
import logging
import math
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Time,
    delete,
    func,
    select,
)
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from cohortdesk.documents.atomic import atomic_open
from cohortdesk.domain.errors import CohortDeskError, ValidationError, WorkspaceError
from cohortdesk.domain.limits import LONG_TEXT_CHARS, MAX_ARCHIVE_BYTES, NOTE_TEXT_CHARS
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.domain.validation import check_time_zone
from cohortdesk.store import Store, migrate, server
from cohortdesk.store.models import Base

FORMAT = "cohortdesk-archive"
FORMAT_VERSION = 1
# The change journal is the workspace's own history, not its records, and the team-sync
# bookkeeping of one laptop (its id, its outbox, the hub's log) is not content either: an archive
# leaves them out, so a workspace made from one starts with nothing to undo. The global ids of
# rows (sync_row) are content, so an archived workspace joins the hub as itself. The People
# list's search keys (person_search) are derived from people and made again on first use.
SKIPPED_TABLES = frozenset({"op_entry", "op_change", "op_recording",
                            "sync_state", "sync_outbox", "sync_log", "sync_node",
                            "person_search"})
# A workspace counts as empty when these hold nothing. Other tables may hold rows that
# migrations wrote (the workspace identity, shipped templates); the archive's rows replace them.
CONTENT_TABLES = ("person", "organization", "cohort", "cohort_session")


def archived_tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def _decoder(column_type: Any) -> Any:
    if isinstance(column_type, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(column_type, Date):
        return dt.date.fromisoformat
    if isinstance(column_type, Time):
        return dt.time.fromisoformat
    if isinstance(column_type, LargeBinary):
        return base64.b64decode
    if isinstance(column_type, Numeric) and getattr(column_type, "asdecimal", False):
        return decimal.Decimal
    return None


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def export_archive(store: Store, path: str | Path, progress: Progress = no_progress) -> Path:
    tables = archived_tables()
    with store.read() as session, atomic_open(path, "w", encoding="utf-8", newline="\n",
                                                   private=True) as fh:
        fh.write("{\n")
        fh.write(f'"format":{_dump(FORMAT)},\n"format_version":{FORMAT_VERSION},\n')
        fh.write(f'"schema_revision":{_dump(store.schema_revision())},\n"tables":{{')
        for n, table in enumerate(tables):
            progress(n, len(tables), f"Archiving {table.name}")
            columns = [c.name for c in table.columns]
            fh.write(("," if n else "") + f"\n{_dump(table.name)}:{{\"columns\":{_dump(columns)},")
            fh.write('"rows":[')
            order = [table.c.id] if "id" in table.c else list(table.primary_key.columns)
            first = True
            for row in session.execute(select(table).order_by(*order)):
                fh.write(("" if first else ",") + "\n" + _dump([_encode(v) for v in row]))
                first = False
            fh.write("\n]}")
        fh.write("\n}\n}\n")
    progress(len(tables), len(tables), "")
    return Path(path)


def read_archive(path: str | Path) -> dict[str, Any]:
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise CohortDeskError(f"{name} is not a file.")
            if info.st_size > MAX_ARCHIVE_BYTES:
                raise CohortDeskError(
                    f"{name} is {info.st_size / 1024 / 1024:,.0f} MB; CohortDesk imports "
                    f"archives of up to {MAX_ARCHIVE_BYTES // 1024 // 1024} MB.")
            data = json.loads(handle.read().decode("utf-8"))
    except OSError as exc:
        raise CohortDeskError(f"{name} cannot be read: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise CohortDeskError(f"{name} is not a readable CohortDesk archive: it holds bytes "
                              f"that are not UTF-8 text (at byte {exc.start:,}).") from exc
    except json.JSONDecodeError as exc:
        raise CohortDeskError(f"{name} is not a readable CohortDesk archive: it is not valid "
                              f"JSON (line {exc.lineno}, column {exc.colno}).") from exc
    except RecursionError as exc:
        raise CohortDeskError(f"{name} is not a CohortDesk archive: it is nested too deeply."
                              ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CohortDeskError(f"{Path(path).name} is not a CohortDesk archive.")
    version = data.get("format_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise CohortDeskError(f"{name} is damaged: its format_version is not a number.")
    if version > FORMAT_VERSION:
        raise CohortDeskError("This archive was written by a newer CohortDesk; update the app "
                              "to import it.")
    return data


def _is_empty(session: Session) -> bool:
    tables = Base.metadata.tables
    return not any(session.scalar(select(func.count()).select_from(tables[name]))
                   for name in CONTENT_TABLES)


def workspace_is_empty(store: Store) -> bool:
    with store.read() as session:
        return _is_empty(session)


def _check_block(name: str, block: Any) -> None:
    """An archive's table block is {"columns": [names], "rows": [[values], ...]}."""
    shape_ok = (
        isinstance(block, dict)
        and isinstance(block.get("columns", []), list)
        and all(isinstance(c, str) for c in block.get("columns", []))
        and isinstance(block.get("rows", []), list)
        and all(isinstance(r, list) for r in block.get("rows", []))
    )
    if not shape_ok:
        raise CohortDeskError(f"The archive's {name} table is damaged: expected columns and rows.")


def import_archive(store: Store, path: str | Path, progress: Progress = no_progress) -> int:
    """Load an archive into an empty workspace; returns the number of rows written."""
    return _load(store, read_archive(path), Path(path).name, progress)


def create_from_archive(source: str | Path, target: str | Path,
                        progress: Progress = no_progress) -> int:
    """Make the workspace `target` from an archive; returns the number of rows written.

    `target` must be new, or an existing workspace with no data. The archive is read and
    checked before anything is created, and if the import fails after all, the files this
    call created (the workspace, its lock, its -wal and -shm) are removed: no half-made or
    empty workspace is left behind to be refused later."""
    target = Path(target).expanduser().resolve()  # as Store.open names it
    data = read_archive(source)
    companions = [target.with_name(target.name + suffix)
                  for suffix in ("", "-wal", "-shm", "-journal", ".lock")]
    companions.append(target.with_name(f".{target.name}.seal"))
    existed = {p for p in companions if p.exists()}
    try:
        with Store.open(target) as store:
            if target in existed and not workspace_is_empty(store):
                raise WorkspaceError(f"{target} already has data; choose a new file.")
            return _load(store, data, Path(source).name, progress)
    except BaseException:
        if target not in existed:
            for made in companions:
                if made not in existed:
                    made.unlink(missing_ok=True)
        raise


def _load(store: Store, data: dict[str, Any], name: str, progress: Progress) -> int:
    ours = migrate.head_revision()
    theirs = data.get("schema_revision")
    if theirs and ours and str(theirs) > str(ours):
        raise CohortDeskError(f"This archive has schema {theirs}, newer than this app's {ours}; "
                              "update CohortDesk to import it.")
    known = {t.name: t for t in archived_tables()}
    payload = data.get("tables") or {}
    if not isinstance(payload, dict):
        raise CohortDeskError(f"{name} is damaged: its tables are not a mapping.")
    for table_name, block in payload.items():
        _check_block(table_name, block)
    unknown = sorted(set(payload) - set(known))
    if unknown:
        raise CohortDeskError(
            f"This archive has tables this app does not know: {', '.join(unknown)}.")
    faults = archive_faults(payload)
    if faults:
        shown = "; ".join(faults[:10])
        more = f" (and {len(faults) - 10:,} more)" if len(faults) > 10 else ""
        raise CohortDeskError(f"{name} was not imported; nothing was written. {len(faults):,} "
                              f"value{'s' * (len(faults) > 1)} would break the workspace: "
                              f"{shown}{more}.")
    written = 0
    with store.bulk("Import Archive") as session:
        if not _is_empty(session):
            raise WorkspaceError(f"{store.path.name} is not empty. Import the archive into a "
                                 "new workspace.")
        server.defer_foreign_keys(session.connection())
        tables = [t for t in archived_tables() if t.name in payload]
        for table in reversed(tables):
            session.execute(delete(table))
        for n, table in enumerate(tables):
            progress(n, len(tables), f"Restoring {table.name}")
            block = payload[table.name]
            columns = list(block.get("columns") or [])
            missing = [c for c in columns if c not in table.c]
            if missing:
                raise CohortDeskError(f"The archive's {table.name} has columns this app does not "
                                      f"know: {', '.join(missing)}.")
            decoders = [_decoder(table.c[c].type) for c in columns]
            rows = []
            for number, raw in enumerate(block.get("rows") or [], start=1):
                try:
                    rows.append({c: (d(v) if d is not None and v is not None else v)
                                 for c, d, v in zip(columns, decoders, raw, strict=True)})
                except (TypeError, ValueError) as exc:
                    raise CohortDeskError(f"The archive's {table.name} row {number} cannot be "
                                          f"read: {exc}") from exc
            if rows:
                try:
                    session.execute(table.insert(), rows)
                except sa_exc.StatementError as exc:
                    # Never the statement's parameters: they hold other people's details.
                    logging.getLogger(__name__).error(
                        "Archive import failed in %s: %s", table.name, type(exc.orig).__name__)
                    raise CohortDeskError(
                        f"The archive's {table.name} table cannot be written: "
                        f"{_reason(exc)}. Nothing was imported.") from None
                written += len(rows)
        problems = server.foreign_key_problems(session.connection())
        if problems:
            table_name, rowid, parent, fk = problems[0]
            column = _fk_column(str(table_name), str(parent), fk if isinstance(fk, int) else 0)
            raise CohortDeskError(f"The archive is inconsistent: {table_name} id {rowid}, "
                                  f"column {column}, points to a missing {parent}. Nothing "
                                  "was imported.")
    progress(1, 1, "")
    return written


def _reason(exc: sa_exc.StatementError) -> str:
    """What the database said, without the statement or its parameters."""
    orig = exc.orig
    if isinstance(orig, sqlite3.IntegrityError):
        text = str(orig)
        return f"a value breaks a rule of the workspace ({text.split(':')[0]})"
    return "a value has the wrong type"


def _fk_column(table: str, parent: str, index: int) -> str:
    found = Base.metadata.tables.get(table)
    if found is None:
        return "?"
    keys = [fk for fk in found.foreign_keys if fk.column.table.name == parent]
    return keys[0].parent.name if keys else "?"


# Columns that hold a domain enum: (table, column) -> allowed values.
def _enum_columns() -> dict[tuple[str, str], frozenset[str]]:
    from cohortdesk.domain import agenda as agenda_domain
    from cohortdesk.domain import attendance as attendance_domain
    from cohortdesk.domain import enums
    from cohortdesk.domain import results as results_domain

    def values(kind: Any, *extra: str) -> frozenset[str]:
        return frozenset({str(m.value) for m in kind} | set(extra))

    return {
        ("organization", "kind"): values(enums.OrganizationKind),
        ("membership", "role"): values(enums.MembershipRole),
        ("membership", "stage"): values(enums.MembershipStage),
        ("cohort_session", "format"): values(enums.SessionFormat),
        ("cohort_session", "status"): values(enums.SessionStatus),
        ("agenda_item", "kind"): values(agenda_domain.AgendaItemKind),
        ("agenda_presenter", "role"): values(agenda_domain.PresenterRole),
        ("note", "kind"): values(agenda_domain.NoteKind),
        ("action_item", "status"): values(agenda_domain.ActionStatus),
        ("registration", "status"): values(attendance_domain.RegistrationStatus),
        ("registration", "attendance"): values(attendance_domain.AttendanceState),
        ("registration", "mode"): values(attendance_domain.AttendanceMode, ""),
        ("registration", "source"): values(attendance_domain.AttendanceSource, ""),
        ("strategy", "status"): values(results_domain.StrategyStatus),
        ("technical_assistance_request", "status"): values(results_domain.AssistanceStatus),
    }


# Text columns that hold documents rather than fields.
_DOCUMENT_COLUMNS = frozenset({("note", "body")})


def _text_limit(table: str, column: Column[Any]) -> int:
    length = getattr(column.type, "length", None)
    if isinstance(length, int):
        return length
    if (table, column.name) in _DOCUMENT_COLUMNS or table in ("agenda_template", "preread"):
        return NOTE_TEXT_CHARS
    return LONG_TEXT_CHARS


def _value_fault(table: str, column: Column[Any], value: Any,
                 enums: dict[tuple[str, str], frozenset[str]]) -> str:
    """Why `value` cannot go in `column` ("" when it can). Never quotes the value of another
    row, and quotes this one only when it is short."""
    kind = column.type
    if value is None:
        if column.nullable or column.primary_key:
            return ""
        return "is empty, but must have a value"
    if isinstance(kind, Boolean):
        return "" if isinstance(value, bool) else "must be true or false"
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            return "must be a whole number"
        return "" if -(2 ** 63) <= value < 2 ** 63 else "is a number too large to store"
    if isinstance(kind, Float | Numeric):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return "must be a number"
        try:
            number = float(value)
        except (ValueError, OverflowError):
            return "must be a number"
        return "" if math.isfinite(number) else "must be a finite number"
    if isinstance(kind, Date | DateTime | Time):
        decoder = _decoder(kind)
        if not isinstance(value, str) or len(value) > 40:
            return "must be a date or time as text (ISO 8601)"
        try:
            decoder(value)
        except ValueError:
            return f"“{value}” is not a valid date or time"
        return ""
    if isinstance(kind, LargeBinary):
        if not isinstance(value, str):
            return "must be base64 text"
        try:
            base64.b64decode(value, validate=True)
        except ValueError:
            return "is not valid base64"
        return ""
    if isinstance(kind, String):  # Text too
        if not isinstance(value, str):
            return "must be text"
        limit = _text_limit(table, column)
        if len(value) > limit:
            return f"is {len(value):,} characters long; the most it may hold is {limit:,}"
        allowed = enums.get((table, column.name))
        if allowed is not None and value not in allowed:
            shown = f"“{value}”" if len(value) <= 40 else "its value"
            return f"{shown} is not one of {', '.join(sorted(v for v in allowed if v))}"
        if column.name == "time_zone":
            try:
                check_time_zone(column.name, value)
            except ValidationError:
                shown = f"“{value}”" if len(value) <= 60 else "its value"
                return f"{shown} is not a known time zone"
        return ""
    return ""


def archive_faults(payload: dict[str, Any], limit: int = 50) -> list[str]:
    """Every value of the archive checked against the domain before anything is written:
    types, enums, time zones, dates, lengths, and links between tables. Each fault names its
    table, row and column."""
    known = {t.name: t for t in archived_tables()}
    enums = _enum_columns()
    faults: list[str] = []
    ids: dict[str, set[Any]] = {}
    for name, block in payload.items():
        table = known[name]
        columns = list(block.get("columns") or [])
        wanted = [table.c[c] for c in columns if c in table.c]
        if len(wanted) != len(columns):
            continue  # reported later with the columns' names
        missing = [c.name for c in table.columns if not c.nullable and c.default is None
                   and c.server_default is None and not c.primary_key and c.name not in columns]
        if missing:
            faults.append(f"{name} lacks the column{'s' * (len(missing) > 1)} "
                          f"{', '.join(missing)}")
        seen: set[Any] = set()
        for number, raw in enumerate(block.get("rows") or [], start=1):
            if len(raw) != len(columns):
                faults.append(f"{name} row {number} has {len(raw)} values for "
                              f"{len(columns)} columns")
                continue
            for column, value in zip(wanted, raw, strict=True):
                fault = _value_fault(name, column, value, enums)
                if fault:
                    faults.append(f"{name} row {number}, column {column.name}, {fault}")
                    if len(faults) >= limit:
                        return faults
                if column.name == "id":
                    seen.add(value)
        ids[name] = seen
    for name, block in payload.items():
        table = known[name]
        columns = list(block.get("columns") or [])
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if fk.parent.name not in columns or parent not in ids or fk.column.name != "id":
                continue
            index = columns.index(fk.parent.name)
            for number, raw in enumerate(block.get("rows") or [], start=1):
                if len(raw) == len(columns) and raw[index] is not None and \
                        raw[index] not in ids[parent]:
                    faults.append(f"{name} row {number}, column {fk.parent.name}, points to a "
                                  f"{parent} that is not in the archive")
                    if len(faults) >= limit:
                        return faults
    return faults
