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
from pathlib import Path
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Numeric, Table, Time, delete, func, select
from sqlalchemy.orm import Session

from cohortdesk.documents.atomic import atomic_open
from cohortdesk.domain.errors import CohortDeskError, WorkspaceError
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.store import Store, migrate, server
from cohortdesk.store.models import Base

FORMAT = "cohortdesk-archive"
FORMAT_VERSION = 1
# Per-app-session bookkeeping, not workspace content.
# The team-sync bookkeeping of one laptop (its id, its outbox, the hub's log) is not content;
# the global ids of rows (sync_row) are, so an archived workspace joins the hub as itself.
SKIPPED_TABLES = frozenset({"undo_step", "undo_entry", "undo_recording",
                            "sync_state", "sync_outbox", "sync_log", "sync_node"})
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
    with store.read() as session, atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
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
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CohortDeskError(
            f"{Path(path).name} is not a readable CohortDesk archive: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CohortDeskError(f"{Path(path).name} is not a CohortDesk archive.")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
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
    for name, block in payload.items():
        _check_block(name, block)
    unknown = sorted(set(payload) - set(known))
    if unknown:
        raise CohortDeskError(
            f"This archive has tables this app does not know: {', '.join(unknown)}.")
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
                session.execute(table.insert(), rows)
                written += len(rows)
        problems = server.foreign_key_problems(session.connection())
        if problems:
            raise CohortDeskError(f"The archive is inconsistent: {problems[0][0]} row "
                                  f"{problems[0][1]} points to a missing {problems[0][2]}.")
    progress(1, 1, "")
    return written
