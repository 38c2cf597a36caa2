"""The undo journal, kept next to the data (as Anki does).

Triggers on every data table write, for each changed row, the SQL statement that reverses
it, but only while a labelled change is being recorded (a row in `undo_recording`). Undoing
a step runs its statements newest first; the triggers record the reversal of *that* into a
redo step, so redo needs no code of its own. Because the triggers see every row change,
cascaded deletes and bulk statements are undone exactly, whichever service made them.

This is SQLite-specific and lives in the store with the other SQLite code.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

JOURNAL_TABLES = frozenset({"undo_step", "undo_entry", "undo_recording", "alembic_version"})
TRIGGER_PREFIX = "cd_undo_"
MAX_STEPS = 200


@dataclass(frozen=True)
class StepInfo:
    id: int
    label: str
    tables: frozenset[str]


def _journaled_tables(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA table_list").all()
    names: list[str] = []
    for row in rows:
        schema, name, kind = str(row[0]), str(row[1]), str(row[2])
        if schema != "main" or kind != "table" or name.startswith("sqlite_"):
            continue
        if name in JOURNAL_TABLES:
            continue
        names.append(name)
    return sorted(names)


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _lit(sql: str) -> str:
    """A SQL string literal holding `sql`."""
    return "'" + sql.replace("'", "''") + "'"


def install_triggers(conn: Connection) -> None:
    """(Re)create the undo triggers from the live schema, so migrations never leave them stale."""
    existing = [str(row[0]) for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE ?",
        (TRIGGER_PREFIX + "%",),
    ).all()]
    for name in existing:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
    for table in _journaled_tables(conn):
        cols = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({_q(table)})").all()]
        qt = _q(table)
        step = "(SELECT step_id FROM undo_recording LIMIT 1)"
        when = "WHEN EXISTS (SELECT 1 FROM undo_recording)"
        record = "INSERT INTO undo_entry(step_id, table_name, reverse_sql) VALUES"

        delete_sql = f"{_lit(f'DELETE FROM {qt} WHERE rowid=')} || new.rowid"
        sets = " || ',' || ".join(f"{_lit(_q(c) + '=')} || quote(old.{_q(c)})" for c in cols)
        update_sql = (
            f"{_lit(f'UPDATE {qt} SET ')} || {sets} || {_lit(' WHERE rowid=')} || old.rowid"
        )
        col_list = ",".join(_q(c) for c in cols)
        values = " || ',' || ".join(f"quote(old.{_q(c)})" for c in cols)
        insert_sql = (
            f"{_lit(f'INSERT INTO {qt}(rowid,{col_list}) VALUES(')} || old.rowid || ',' || "
            f"{values} || ')'"
        )
        for event, body in (("INSERT", delete_sql), ("UPDATE", update_sql), ("DELETE", insert_sql)):
            name = _q(f"{TRIGGER_PREFIX}{table}_{event.lower()}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event} ON {qt} {when} BEGIN "
                f"{record} ({step}, {_lit(table)}, {body}); END"
            )


def begin_step(conn: Connection, label: str, kind: str = "undo") -> int:
    step_id = int(
        conn.execute(
            text("INSERT INTO undo_step(label, kind) VALUES (:label, :kind) RETURNING id"),
            {"label": label, "kind": kind},
        ).scalar_one()
    )
    conn.exec_driver_sql("DELETE FROM undo_recording")
    conn.execute(text("INSERT INTO undo_recording(step_id) VALUES (:s)"), {"s": step_id})
    return step_id


def end_step(conn: Connection, step_id: int, *, clears_redo: bool,
             merge_into: int | None = None) -> frozenset[str]:
    """Stop recording. Returns the tables the step touched (empty: the step is dropped).

    With `merge_into`, the step's row changes join that earlier step (typing that autosaves
    every second is one "Type in Note" to undo, not hundreds).
    """
    conn.exec_driver_sql("DELETE FROM undo_recording")
    if merge_into is not None:
        conn.execute(text("UPDATE undo_entry SET step_id=:into WHERE step_id=:s"),
                     {"into": merge_into, "s": step_id})
        conn.execute(text("DELETE FROM undo_step WHERE id=:s"), {"s": step_id})
        step_id = merge_into
    tables: frozenset[str] = frozenset(
        conn.execute(
            text("SELECT DISTINCT table_name FROM undo_entry WHERE step_id=:s"), {"s": step_id}
        ).scalars()
    )
    if not tables:
        conn.execute(text("DELETE FROM undo_step WHERE id=:s"), {"s": step_id})
        return tables
    if clears_redo:
        conn.exec_driver_sql("DELETE FROM undo_step WHERE kind='redo'")
    _trim(conn)
    return tables


def _trim(conn: Connection) -> None:
    conn.execute(
        text(
            "DELETE FROM undo_step WHERE kind='undo' AND id NOT IN "
            "(SELECT id FROM undo_step WHERE kind='undo' ORDER BY id DESC LIMIT :n)"
        ),
        {"n": MAX_STEPS},
    )


def top(conn: Connection, kind: str) -> tuple[int, str] | None:
    row = conn.execute(
        text("SELECT id, label FROM undo_step WHERE kind=:k ORDER BY id DESC LIMIT 1"), {"k": kind}
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def replay(conn: Connection, kind: str) -> StepInfo | None:
    """Reverse the newest step of `kind` ("undo" or "redo") and push its reversal on the other."""
    found = top(conn, kind)
    if found is None:
        return None
    step_id, label = found
    statements = [str(row[0]) for row in conn.execute(
        text("SELECT reverse_sql FROM undo_entry WHERE step_id=:s ORDER BY id DESC"),
        {"s": step_id},
    ).all()]
    # Rows come back in reverse order; a child may be restored before its parent.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    other = "redo" if kind == "undo" else "undo"
    new_step = begin_step(conn, label, other)
    for sql in statements:
        conn.exec_driver_sql(sql)
    conn.execute(text("DELETE FROM undo_step WHERE id=:s"), {"s": step_id})
    tables = end_step(conn, new_step, clears_redo=False)
    return StepInfo(new_step, label, tables)


def clear(conn: Connection) -> None:
    conn.exec_driver_sql("DELETE FROM undo_recording")
    conn.exec_driver_sql("DELETE FROM undo_step")
