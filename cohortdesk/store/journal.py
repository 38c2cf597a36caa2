"""The change journal, kept in the workspace next to the data.

Every operation writes one entry (`op_entry`: its name, source, time) and, for each row it
changed, one `op_change` with the row's table, id, and the whole row before and after as JSON.
SQLite triggers write the `op_change` rows, so cascaded deletes, `SET NULL`s and bulk
statements are recorded whichever service made them; the operation only opens and closes the
entry. We record values rather than SQL so that one journal serves three readers: undo and
redo (apply the old or the new values), a person's history (field by field, old → new), and
team sync (send the field changes made since the last sync).

Undo of an entry applies its old values newest first, redo applies its new values oldest
first; both are themselves journaled, as entries of kind "undo" and "redo" that name their
target, so the journal only ever grows at its end and survives a restart. The undo stack is
the "op" entries whose state is "done"; the redo stack is those "undone" since the newest
"done" one; a new operation drops the redo stack.

The triggers here are SQLite's; a PostgreSQL workspace (a team hub) gets the same record
from a PL/pgSQL trigger (cohortdesk/store/server.py). Everything else here runs on both.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

from cohortdesk.store import server
from cohortdesk.store.journal_names import JOURNAL_TABLES, TRIGGER_PREFIX  # noqa: F401 - re-exported

# The journal keeps the newest KEEP_ENTRIES operations or KEEP_DAYS days, whichever is more.
KEEP_ENTRIES = 500
KEEP_DAYS = 90
# Bytes are not JSON: a BLOB column is stored as {"$hex": "..."}.
_HEX = "$hex"
# json_object() writes a REAL with 15 significant digits, which rounds 100/3 and 0.1+0.2:
# such values are written with the 17 that give back the same double.
_REAL = "CASE WHEN typeof({ref})='real' AND abs({ref})<=1.7976931348623157e308 " \
    "THEN json(printf('%!.17g', {ref})) ELSE {ref} END"


@dataclass(frozen=True)
class Entry:
    """One journal entry: an operation, or the undo or redo of one."""

    id: int
    name: str
    kind: str  # "op", "undo", "redo", "bulk"
    state: str  # "done", "undone", "dropped" (an op); "done" otherwise
    target_id: int | None
    source: str
    created_at: str


@dataclass(frozen=True)
class RowChange:
    """One row's change: fields holds each changed column's (old, new)."""

    table: str
    row_id: int
    action: str  # "insert", "update", "delete"
    fields: Mapping[str, tuple[Any, Any]]


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def journaled_tables(conn: Connection) -> list[str]:
    rows = conn.exec_driver_sql("PRAGMA table_list").all()
    names: list[str] = []
    for row in rows:
        schema, name, kind = str(row[0]), str(row[1]), str(row[2])
        if schema != "main" or kind != "table" or name.startswith("sqlite_"):
            continue
        if name in JOURNAL_TABLES or name.startswith("undo_"):
            continue
        names.append(name)
    return sorted(names)


def _columns(conn: Connection, table: str) -> list[tuple[str, str]]:
    return [(str(r[1]), str(r[2]).upper())
            for r in conn.exec_driver_sql(f"PRAGMA table_info({_q(table)})").all()]


def _row_json(alias: str, cols: list[tuple[str, str]]) -> str:
    parts = []
    for name, decl in cols:
        ref = f"{alias}.{_q(name)}"
        if "BLOB" in decl:
            ref = f"CASE WHEN {ref} IS NULL THEN NULL ELSE json_object('{_HEX}', hex({ref})) END"
        elif not any(t in decl for t in ("CHAR", "CLOB", "TEXT")):  # text never holds a REAL
            ref = _REAL.format(ref=ref)
        parts.append(f"{_lit(name)}, {ref}")
    return "json_object(" + ", ".join(parts) + ")"


def install_triggers(conn: Connection) -> None:
    """(Re)create the journal triggers from the live schema, so migrations never leave them stale."""
    if server.is_server(conn):
        server.install_triggers(conn)
        return
    existing = [str(row[0]) for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND (name LIKE ? OR name LIKE ?)",
        (TRIGGER_PREFIX + "%", "cd_undo_%"),
    ).all()]
    for name in existing:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {_q(name)}")
    entry = "(SELECT entry_id FROM op_recording LIMIT 1)"
    when = "EXISTS (SELECT 1 FROM op_recording)"
    record = "INSERT INTO op_change(entry_id, table_name, row_id, action, old, new) VALUES"
    for table in journaled_tables(conn):
        cols = _columns(conn, table)
        qt, lt = _q(table), _lit(table)
        differs = " OR ".join(f"old.{_q(c)} IS NOT new.{_q(c)}" for c, _ in cols)
        bodies = {
            "INSERT": (when, f"({entry}, {lt}, new.rowid, 'insert', NULL, {_row_json('new', cols)})"),
            "UPDATE": (f"{when} AND ({differs})",
                       f"({entry}, {lt}, old.rowid, 'update', {_row_json('old', cols)}, "
                       f"{_row_json('new', cols)})"),
            "DELETE": (when, f"({entry}, {lt}, old.rowid, 'delete', {_row_json('old', cols)}, NULL)"),
        }
        for event, (condition, values) in bodies.items():
            name = _q(f"{TRIGGER_PREFIX}{table}_{event.lower()}")
            conn.exec_driver_sql(
                f"CREATE TRIGGER {name} AFTER {event} ON {qt} WHEN {condition} BEGIN "
                f"{record} {values}; END"
            )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def begin(conn: Connection, name: str, *, kind: str = "op", target_id: int | None = None,
          source: str = "", record: bool = True) -> int:
    """Open an entry and (unless `record` is false, for a bulk write) record row changes into it."""
    entry_id = int(conn.execute(
        text("INSERT INTO op_entry(name, kind, state, target_id, source, created_at) "
             "VALUES (:name, :kind, 'done', :target, :source, :at) RETURNING id"),
        {"name": name[:500], "kind": kind, "target": target_id, "source": source[:500], "at": _now()},
    ).scalar_one())
    conn.exec_driver_sql("DELETE FROM op_recording")
    if record:
        conn.execute(text("INSERT INTO op_recording(entry_id) VALUES (:e)"), {"e": entry_id})
    return entry_id


def finish(conn: Connection, entry_id: int, *, merge_into: int | None = None) -> int | None:
    """Stop recording. Returns the entry that holds the changes, or None when nothing changed.

    An entry that changed nothing is dropped, so it never shows in Undo. With `merge_into`, the
    row changes join that earlier entry (typing that autosaves every second is one "Type in
    Note" to undo, not hundreds). A new operation empties the redo stack.
    """
    conn.exec_driver_sql("DELETE FROM op_recording")
    if merge_into is not None:
        conn.execute(text("UPDATE op_change SET entry_id=:into WHERE entry_id=:e"),
                     {"into": merge_into, "e": entry_id})
        conn.execute(text("DELETE FROM op_entry WHERE id=:e"), {"e": entry_id})
        return merge_into
    kind: str = conn.execute(text("SELECT kind FROM op_entry WHERE id=:e"), {"e": entry_id}).scalar_one()
    changed = conn.execute(text("SELECT 1 FROM op_change WHERE entry_id=:e LIMIT 1"),
                           {"e": entry_id}).first()
    if changed is None and kind != "bulk":
        conn.execute(text("DELETE FROM op_entry WHERE id=:e"), {"e": entry_id})
        return None
    if kind in ("op", "bulk"):
        conn.execute(text("UPDATE op_entry SET state='dropped' WHERE kind='op' AND state='undone'"))
    if kind == "bulk":
        # Rows changed without a record: nothing before this point can be undone safely.
        conn.execute(text("UPDATE op_entry SET state='dropped' WHERE kind='op' AND id<:e"),
                     {"e": entry_id})
    trim(conn)
    return entry_id


def trim(conn: Connection, *, keep: int = KEEP_ENTRIES, days: int = KEEP_DAYS) -> int:
    """Forget entries beyond the newest `keep` that are also older than `days`; returns how many."""
    cutoff_id = conn.execute(
        text("SELECT id FROM op_entry ORDER BY id DESC LIMIT 1 OFFSET :n"), {"n": keep - 1}
    ).scalar()
    if cutoff_id is None:
        return 0
    since = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="milliseconds")
    params = {"cut": cutoff_id, "since": since}
    old = "SELECT id FROM op_entry WHERE id < :cut AND created_at < :since"
    conn.execute(text(f"DELETE FROM op_change WHERE entry_id IN ({old})"), params)
    gone = conn.execute(text("DELETE FROM op_entry WHERE id < :cut AND created_at < :since"), params)
    return int(gone.rowcount or 0)


def _entry(row: Any) -> Entry:
    return Entry(int(row.id), str(row.name), str(row.kind), str(row.state),
                 None if row.target_id is None else int(row.target_id), str(row.source or ""),
                 str(row.created_at))


_ENTRY_COLUMNS = "id, name, kind, state, target_id, source, created_at"


def get(conn: Connection, entry_id: int) -> Entry | None:
    row = conn.execute(text(f"SELECT {_ENTRY_COLUMNS} FROM op_entry WHERE id=:e"),
                       {"e": entry_id}).first()
    return _entry(row) if row else None


def undoable(conn: Connection, *, before: int | None = None) -> Entry | None:
    """The op that Undo reverses: the newest one still done (older than `before`, if given)."""
    row = conn.execute(text(
        f"SELECT {_ENTRY_COLUMNS} FROM op_entry WHERE kind='op' AND state='done' AND id < :b "
        "ORDER BY id DESC LIMIT 1"), {"b": before if before is not None else 2**62}).first()
    return _entry(row) if row else None


def redoable(conn: Connection) -> Entry | None:
    row = conn.execute(text(
        f"SELECT {_ENTRY_COLUMNS} FROM op_entry WHERE kind='op' AND state='undone' AND id > "
        "COALESCE((SELECT max(id) FROM op_entry WHERE kind='op' AND state='done'), 0) "
        "ORDER BY id LIMIT 1")).first()
    return _entry(row) if row else None


def entries(conn: Connection, limit: int = 50) -> list[Entry]:
    rows = conn.execute(text(f"SELECT {_ENTRY_COLUMNS} FROM op_entry ORDER BY id DESC LIMIT :n"),
                        {"n": limit}).all()
    return [_entry(r) for r in rows]


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_HEX}:
        return bytes.fromhex(str(value[_HEX]))
    return value


def _load(raw: str | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    return {k: _decode(v) for k, v in json.loads(raw).items()}


class _SqliteRows:
    """Makes rows hold given values on SQLite, through the driver's own cursor.

    Undoing the deletion of 2,000 people puts back some 16,000 rows (their memberships,
    registrations, presenters...). Through SQLAlchemy each statement cost 0.1 ms to compile
    and bind, more than SQLite took to run it: 4.8 s in all. Here the statements are made once
    per table and shape, and deletes in a row go in one executemany."""

    def __init__(self, conn: Connection) -> None:
        self.cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        self.sql: dict[tuple[str, str, tuple[str, ...]], str] = {}
        self.deletes: list[tuple[int]] = []
        self.deleting = ""

    def _statement(self, kind: str, table: str, names: tuple[str, ...] = ()) -> str:
        key = (kind, table, names)
        if (sql := self.sql.get(key)) is None:
            qt = _q(table)
            if kind == "delete":
                sql = f"DELETE FROM {qt} WHERE rowid=?"
            elif kind == "exists":
                sql = f"SELECT 1 FROM {qt} WHERE rowid=?"
            elif kind == "update":
                sql = f"UPDATE {qt} SET {', '.join(f'{_q(n)}=?' for n in names)} WHERE rowid=?"
            else:
                sql = (f"INSERT INTO {qt}({', '.join(_q(n) for n in names)}) "
                       f"VALUES ({', '.join('?' for _ in names)})")
            self.sql[key] = sql
        return sql

    def apply(self, table: str, row_id: int, values: dict[str, Any] | None) -> None:
        """Make row `row_id` of `table` hold `values` (None: no such row)."""
        if values is None:
            if table != self.deleting:
                self.flush()
                self.deleting = table
            self.deletes.append((row_id,))
            return
        self.flush()
        names = tuple(values)
        exists = self.cursor.execute(self._statement("exists", table), (row_id,)).fetchone()
        if exists:
            self.cursor.execute(self._statement("update", table, names),
                                (*values.values(), row_id))
        else:
            self.cursor.execute(self._statement("insert", table, names), tuple(values.values()))

    def flush(self) -> None:
        """Run the deletes waiting to run, in the order they came."""
        if self.deletes:
            self.cursor.executemany(self._statement("delete", self.deleting), self.deletes)
            self.deletes = []
        self.deleting = ""


def _replay(conn: Connection, entry_id: int, *, backwards: bool) -> None:
    order = "DESC" if backwards else "ASC"
    rows: Any = conn.execute(text(
        f"SELECT table_name, row_id, old, new FROM op_change WHERE entry_id=:e ORDER BY id {order}"
    ), {"e": entry_id})
    # A child may be restored before its parent; checked again at commit.
    server.defer_foreign_keys(conn)
    if server.is_server(conn):
        for table, row_id, old, new in rows.all():
            server.apply_row(conn, str(table), int(row_id), _load(old if backwards else new))
        return
    target = _SqliteRows(conn)
    for table, row_id, old, new in rows.all():
        target.apply(str(table), int(row_id), _load(old if backwards else new))
    target.flush()


def undo(conn: Connection, target: Entry, *, source: str = "") -> int:
    """Reverse `target` (an op that is done) as a new "undo" entry; returns the new entry's id."""
    new_id = begin(conn, target.name, kind="undo", target_id=target.id, source=source)
    _replay(conn, target.id, backwards=True)
    conn.execute(text("UPDATE op_entry SET state='undone' WHERE id=:e"), {"e": target.id})
    conn.exec_driver_sql("DELETE FROM op_recording")
    return new_id


def redo(conn: Connection, target: Entry, *, source: str = "") -> int:
    """Apply `target` (an op that was undone) again as a new "redo" entry."""
    new_id = begin(conn, target.name, kind="redo", target_id=target.id, source=source)
    _replay(conn, target.id, backwards=False)
    conn.execute(text("UPDATE op_entry SET state='done' WHERE id=:e"), {"e": target.id})
    conn.exec_driver_sql("DELETE FROM op_recording")
    return new_id


def touched(conn: Connection, entry_id: int) -> dict[str, frozenset[int]]:
    """Each table the entry changed, with the ids of its changed rows."""
    found: dict[str, set[int]] = {}
    result: Any = conn.execute(
        text("SELECT table_name, row_id FROM op_change WHERE entry_id=:e"), {"e": entry_id})
    for table, row_id in result:
        found.setdefault(str(table), set()).add(int(row_id))
    return {t: frozenset(ids) for t, ids in found.items()}


def _diff(action: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> dict[str, tuple[Any, Any]]:
    before, after = old or {}, new or {}
    names = list(after) if new is not None else list(before)
    return {n: (before.get(n), after.get(n)) for n in names
            if action != "update" or before.get(n) != after.get(n)}


def row_changes(conn: Connection, entry_id: int) -> list[RowChange]:
    rows: Any = conn.execute(text(
        "SELECT table_name, row_id, action, old, new FROM op_change WHERE entry_id=:e ORDER BY id"
    ), {"e": entry_id}).all()
    return [RowChange(str(t), int(r), str(a), _diff(str(a), _load(o), _load(n)))
            for t, r, a, o, n in rows]


def row_history(conn: Connection, table: str, row_ids: Iterable[int]) -> list[tuple[Entry, RowChange]]:
    """Every recorded change to these rows, newest first, with its entry."""
    ids = sorted(set(row_ids))
    if not ids:
        return []
    marks = ", ".join(str(int(i)) for i in ids)
    rows: Any = conn.execute(text(
        f"SELECT e.id, e.name, e.kind, e.state, e.target_id, e.source, e.created_at, "
        f"c.row_id, c.action, c.old, c.new FROM op_change c JOIN op_entry e ON e.id = c.entry_id "
        f"WHERE c.table_name=:t AND c.row_id IN ({marks}) ORDER BY c.id DESC"
    ), {"t": table}).all()
    return [(_entry(r), RowChange(table, int(r.row_id), str(r.action),
                                  _diff(str(r.action), _load(r.old), _load(r.new))))
            for r in rows]


def referring_history(conn: Connection, columns: Mapping[str, Iterable[str]],
                      row_ids: Iterable[int]) -> list[tuple[Entry, RowChange, dict[str, Any]]]:
    """Every recorded change to a row whose `columns` (table -> column names) held one of
    `row_ids` before or after it, newest first: a person's registrations, memberships...
    Each comes with the row's whole values (after the change; before it, for a delete)."""
    ids = ", ".join(str(int(i)) for i in sorted(set(row_ids)))
    if not ids or not columns:
        return []
    tests = []
    for table, cols in columns.items():
        either = " OR ".join(
            f"json_extract(c.{side}, {_lit('$.' + col)}) IN ({ids})"
            for col in cols for side in ("old", "new"))
        if either:
            tests.append(f"(c.table_name = {_lit(table)} AND ({either}))")
    if not tests:
        return []
    rows: Any = conn.execute(text(
        f"SELECT e.id, e.name, e.kind, e.state, e.target_id, e.source, e.created_at, "
        f"c.table_name, c.row_id, c.action, c.old, c.new FROM op_change c "
        f"JOIN op_entry e ON e.id = c.entry_id WHERE {' OR '.join(tests)} ORDER BY c.id DESC"
    )).all()
    return [(_entry(r), RowChange(str(r.table_name), int(r.row_id), str(r.action),
                                  _diff(str(r.action), _load(r.old), _load(r.new))),
             _load(r.new) or _load(r.old) or {})
            for r in rows]


def oldest(conn: Connection) -> Entry | None:
    """The oldest entry the journal still keeps (older ones were trimmed)."""
    row = conn.execute(text(f"SELECT {_ENTRY_COLUMNS} FROM op_entry ORDER BY id LIMIT 1")).first()
    return _entry(row) if row else None
