"""Team sync: a laptop's journal goes to the hub; the others' changes come back, field by field.

Rows have a global id (UUIDv7, `sync_row.gid`) beside their local integer id, and each field a
clock: a hybrid logical clock `MILLIS.COUNTER.NODE` (text that sorts as it orders), taken from
the time of the edit and never below a clock the laptop has already seen, so an edit made after
seeing a value beats it. Links between rows travel as global ids.

A sync, from a laptop:
1. Prepare (laptop transaction): the journal entries made here since the last sync (not the
   "sync" entries that brought others' changes in) become changes in `sync_outbox`: per row,
   the current value of each changed field with a new clock and the clock it replaced (its
   base); a deleted row becomes a tombstone. The outbox has a batch id.
2. Push (hub transaction, one sync at a time): unless the hub has this batch already, it
   appends the changes to its `sync_log` and merges them into its own tables.
3. The laptop empties its outbox. A sync killed anywhere resends the same batch; the hub
   recognises it (`sync_node.last_batch`), so nothing is applied twice.
4. Pull (laptop transaction, as one operation of kind "sync"): the log's changes since the
   last pull are merged here, and the position is saved with them.

Merging is per field and deterministic: the later clock wins, everywhere, whatever the order
changes arrive in, so all copies converge. The hub, which sees every change in one order,
records a conflict when a change was made without knowing the value it replaces (its base is
not the field's current clock): both values, who made each and when. A delete wins over an
edit; the lost edit is kept in the conflict. Conflicts are rows like any other and sync to
every laptop; resolving one is an ordinary, undoable operation.

The hub may also be opened directly (an office on its network); its own operations are sent
to its log at the next sync, with the hub's own node id.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
    bindparam,
    delete,
    select,
    text,
    update,
)

from cohortdesk.store import server
from cohortdesk.store.journal import JOURNAL_TABLES
from cohortdesk.store.models import Base

_HEX = "$hex"
# One encoder each, made once: `json.dumps` with options builds a new encoder on every call,
# which a first sync (a million calls) notices.
compact_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_sorted_json = json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode
# Per-workspace, never sent: its identity (which names its backups).
NOT_SYNCED = frozenset({"exchange_identity"})
CHUNK = 900  # ids per IN (...) list: under SQLite's 999 parameters


# -- identity and clocks ------------------------------------------------------------------------


def uuid7() -> str:
    """A UUIDv7: 48 bits of Unix milliseconds, then random bits (RFC 9562)."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80 | rand & ((1 << 80) - 1)
    value = value & ~(0xF << 76) | 0x7 << 76  # version 7
    value = value & ~(0x3 << 62) | 0x2 << 62  # variant 10
    h = f"{value:032x}"  # as str(uuid.UUID(int=value)), three times faster (a first sync makes many)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# The counter has five digits, so that clocks sort as text. A first sync stamps every row
# with the same millisecond; past this many in one, the clock moves to the next millisecond.
MAX_COUNTER = 99_999


def clock_text(ms: int, counter: int, node: str) -> str:
    return f"{ms:013d}.{counter:05d}.{node}"


def clock_parts(clock: str) -> tuple[int, int, str]:
    ms, counter, node = clock.split(".", 2)
    return int(ms), int(counter), node


def clock_time(clock: str) -> str:
    """When a clock was made, as ISO 8601 UTC."""
    ms = clock_parts(clock)[0]
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def clock_node(clock: str) -> str:
    return clock_parts(clock)[2]


class Hlc:
    """A hybrid logical clock for one node: never goes back, never repeats."""

    def __init__(self, node: str, last: str | None) -> None:
        self.node = node
        self.ms, self.counter = (clock_parts(last)[:2] if last else (0, 0))

    def tick(self, physical_ms: int | None = None) -> str:
        wall = physical_ms if physical_ms is not None else time.time_ns() // 1_000_000
        if wall > self.ms:
            self.ms, self.counter = wall, 0
        elif self.counter < MAX_COUNTER:
            self.counter += 1
        else:  # a sixth digit would sort "100000" before "99999": borrow a millisecond
            self.ms, self.counter = self.ms + 1, 0
        return clock_text(self.ms, self.counter, self.node)

    def observe(self, clock: str) -> None:
        ms, counter, _ = clock_parts(clock)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter

    @property
    def last(self) -> str:
        return clock_text(self.ms, self.counter, self.node)


def _entry_ms(created_at: str) -> int:
    return int(dt.datetime.fromisoformat(created_at).timestamp() * 1000)


# -- state ---------------------------------------------------------------------------------------


def get_state(conn: Connection, key: str) -> str | None:
    value = conn.execute(text("SELECT value FROM sync_state WHERE key=:k"), {"k": key}).scalar()
    return None if value is None else str(value)


def set_state(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(text("UPDATE sync_state SET value=:v WHERE key=:k"), {"k": key, "v": value})
    if not done.rowcount:
        conn.execute(text("INSERT INTO sync_state(key, value) VALUES (:k, :v)"), {"k": key, "v": value})


def node_id(conn: Connection) -> str:
    """This workspace's id as a sync node, made on first use. Not archived: a copy is a new node."""
    found = get_state(conn, "node")
    if found is None:
        found = uuid.uuid4().hex
        set_state(conn, "node", found)
    return found


# -- tables and values ---------------------------------------------------------------------------


@cache
def synced_tables() -> tuple[Table, ...]:
    """Every content table, parents before children."""
    return tuple(t for t in Base.metadata.sorted_tables
                 if t.name not in JOURNAL_TABLES and t.name not in NOT_SYNCED and "id" in t.c)


@cache
def table_named(name: str) -> Table | None:
    return next((t for t in synced_tables() if t.name == name), None)


@cache
def foreign_keys(name: str) -> dict[str, str]:
    """Column → the table it points at."""
    table = table_named(name)
    if table is None:
        return {}
    return {c.name: next(iter(c.foreign_keys)).column.table.name for c in table.columns if c.foreign_keys}


def data_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "id"]


def encode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {_HEX: bytes(value).hex()}
    return value


def decode(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[name].type
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Time):
        return dt.time.fromisoformat(value)
    if isinstance(kind, LargeBinary) and isinstance(value, dict):
        return bytes.fromhex(str(value[_HEX]))
    return value


@cache
def _decoders(name: str) -> dict[str, Any]:
    """Column → its decode, for the columns `decode` changes (dates, times, bytes)."""
    table = table_named(name)
    if table is None:
        return {}
    out: dict[str, Any] = {}
    for col in data_columns(table):
        kind = table.c[col].type
        if isinstance(kind, DateTime):
            out[col] = dt.datetime.fromisoformat
        elif isinstance(kind, Date):
            out[col] = dt.date.fromisoformat
        elif isinstance(kind, Time):
            out[col] = dt.time.fromisoformat
        elif isinstance(kind, LargeBinary):
            out[col] = _unhex
    return out


def _unhex(value: Any) -> Any:
    return bytes.fromhex(str(value[_HEX])) if isinstance(value, dict) else value


@cache
def _encoded_columns(name: str) -> frozenset[str]:
    """The columns whose values `encode` may change: all but those of plain JSON types."""
    table = table_named(name)
    if table is None:
        return frozenset()
    plain = (Integer, String, Boolean, Float, JSON)
    return frozenset(c for c in data_columns(table) if not isinstance(table.c[c].type, plain))


@cache
def _defaults(name: str) -> dict[str, Any]:
    """A new row's value of each column a change does not give."""
    table = table_named(name)
    if table is None:
        return {}
    out: dict[str, Any] = {}
    for col in data_columns(table):
        default: Any = table.c[col].default
        out[col] = default.arg if default is not None and default.is_scalar else None
    return out


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def read_rows(conn: Connection, table: Table, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    wanted = sorted(set(ids))
    for part in _chunks(wanted):
        for row in conn.execute(select(table).where(table.c.id.in_(part))).mappings():
            found[int(row["id"])] = dict(row)
    return found


# -- the sync_row index --------------------------------------------------------------------------


@dataclass
class RowState:
    gid: str
    table: str
    row_id: int | None
    deleted: bool
    clocks: dict[str, str]
    known: bool = True  # has a sync_row already
    changed: bool = False  # sync_row must be written
    values: dict[str, Any] = field(default_factory=dict)  # wire values to write to the row
    current: dict[str, Any] | None = None  # wire values the row holds (loaded for conflicts)
    was_alive: bool = False  # the row existed locally before this merge


def _row_state(row: Any) -> RowState:
    row_id = None if row.row_id is None else int(row.row_id)
    return RowState(str(row.gid), str(row.table_name), row_id, bool(row.deleted),
                    json.loads(row.clocks or "{}"), was_alive=row_id is not None and not row.deleted)


_SR = "SELECT gid, table_name, row_id, deleted, clocks FROM sync_row"


def states_by_gid(conn: Connection, gids: Iterable[str]) -> dict[str, RowState]:
    found: dict[str, RowState] = {}
    wanted = sorted(set(gids))
    if server.is_server(conn):
        # One array parameter instead of a query per 900 ids: a first sync asks about them all.
        for part in _chunks(wanted, 50_000):
            rows: Any = conn.execute(text(f"{_SR} WHERE gid = ANY(:g)"), {"g": list(part)})
            found.update((str(r.gid), _row_state(r)) for r in rows)
        return found
    for part in _chunks(wanted):
        stmt = text(f"{_SR} WHERE gid IN :g").bindparams(bindparam("g", expanding=True))
        for row in conn.execute(stmt, {"g": list(part)}):
            found[str(row.gid)] = _row_state(row)
    return found


def states_by_row(conn: Connection, table: str, ids: Iterable[int] | None) -> dict[int, RowState]:
    found: dict[int, RowState] = {}
    if ids is None:
        rows: Any = conn.execute(text(f"{_SR} WHERE table_name=:t AND row_id IS NOT NULL"), {"t": table})
        return {int(r.row_id): _row_state(r) for r in rows}
    for part in _chunks(sorted(set(ids))):
        stmt = text(f"{_SR} WHERE table_name=:t AND row_id IN :ids").bindparams(
            bindparam("ids", expanding=True))
        for row in conn.execute(stmt, {"t": table, "ids": list(part)}):
            found[int(row.row_id)] = _row_state(row)
    return found


_PLAIN = re.compile(r"[0-9A-Za-z._-]*\Z")


@cache
def _clocks_template(names: tuple[str, ...]) -> str:
    return _sorted_json(dict.fromkeys(names, "\x00"))


def _clocks_json(clocks: dict[str, str]) -> str:
    """`clocks` as sorted JSON. A row new to a workspace has one clock on every field: that is a
    template filled in (a clock is digits, dots and hex, nothing JSON escapes)."""
    if clocks and len(set(clocks.values())) == 1:
        first = next(iter(clocks.values()))
        if first in _plain_clocks or _PLAIN.match(first):
            _plain_clocks.add(first)
            return _clocks_template(tuple(clocks)).replace("\\u0000", first)
    return _sorted_json(clocks)


# Clocks already checked by _PLAIN (kept small: cleared when it grows).
_plain_clocks: set[str] = set()


def write_states(conn: Connection, states: Iterable[RowState]) -> None:
    new: list[dict[str, Any]] = []
    old: list[dict[str, Any]] = []
    for s in states:
        if not s.changed:
            continue
        params = {"g": s.gid, "t": s.table, "r": None if s.deleted else s.row_id, "d": s.deleted,
                  "c": _clocks_json(s.clocks)}
        (old if s.known else new).append(params)
        s.known, s.changed = True, False
    if len(_plain_clocks) > 10_000:
        _plain_clocks.clear()
    if old:
        conn.execute(text("UPDATE sync_row SET row_id=:r, deleted=:d, clocks=:c WHERE gid=:g"), old)
    if new and server.is_server(conn):
        server.copy_rows(conn, "sync_row", ("gid", "table_name", "row_id", "deleted", "clocks"),
                         ((p["g"], p["t"], p["r"], p["d"], p["c"]) for p in new))
    elif new:
        # The driver's executemany with plain tuples: a first sync inserts one per row.
        conn.exec_driver_sql("INSERT INTO sync_row(gid, table_name, row_id, deleted, clocks) "
                             "VALUES (?, ?, ?, ?, ?)",
                             [(p["g"], p["t"], p["r"], p["d"], p["c"]) for p in new])


# -- changes -------------------------------------------------------------------------------------


@dataclass
class Change:
    """One row's change as it travels: a put of some fields, or a delete (tombstone)."""

    table: str
    gid: str
    kind: str  # "put" or "del"
    clock: str
    fields: dict[str, Any] = field(default_factory=dict)
    base: dict[str, str | None] = field(default_factory=dict)

    @property
    def node(self) -> str:
        return clock_node(self.clock)

    def to_wire(self) -> dict[str, Any]:
        return {"t": self.table, "g": self.gid, "k": self.kind, "c": self.clock,
                "f": self.fields, "b": self.base}

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> Change:
        return cls(d["t"], d["g"], d["k"], d["c"], d.get("f") or {}, d.get("b") or {})



_RowKey = tuple[str, int]


def _changed_rows(conn: Connection, since: int) -> tuple[dict[_RowKey, set[str] | None],
                                                          dict[_RowKey, int], set[_RowKey], bool]:
    """Rows changed by the entries after `since` (not the sync entries): their changed fields
    (None: all), the time of the newest change, the rows deleted then inserted again, and
    whether a bulk write happened (then everything counts as changed)."""
    fields: dict[tuple[str, int], set[str] | None] = {}
    times: dict[tuple[str, int], int] = {}
    recreated: set[tuple[str, int]] = set()
    bulk = conn.execute(text("SELECT 1 FROM op_entry WHERE id > :s AND kind = 'bulk' LIMIT 1"),
                        {"s": since}).first() is not None
    names = {t.name for t in synced_tables()}
    rows: Any = conn.execute(text(
        "SELECT c.table_name, c.row_id, c.action, c.old, c.new, e.created_at FROM op_change c "
        "JOIN op_entry e ON e.id = c.entry_id WHERE c.entry_id > :s AND e.kind != 'sync' "
        "ORDER BY c.id"), {"s": since})
    deleted: set[tuple[str, int]] = set()
    for table, row_id, action, old, new, created_at in rows:
        if table not in names:
            continue
        key = (str(table), int(row_id))
        times[key] = max(times.get(key, 0), _entry_ms(str(created_at)))
        if action == "update" and fields.get(key, set()) is not None:
            before, after = json.loads(old), json.loads(new)
            diff = {k for k in after if before.get(k) != after.get(k)}
            current = fields.setdefault(key, set())
            assert current is not None
            current |= diff
        else:
            fields[key] = None
            if action == "delete":
                deleted.add(key)
            elif key in deleted:
                recreated.add(key)
    return fields, times, recreated, bulk


def prepare(conn: Connection, *, node: str | None = None) -> list[Change]:
    """The changes made here since the last prepare, with new global ids and clocks, recorded
    in `sync_row` (step 1). The caller stores them in the outbox or logs them."""
    node = node or node_id(conn)
    hlc = Hlc(node, get_state(conn, "hlc"))
    since_raw = get_state(conn, "prepared_upto")
    upto = int(conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM op_entry")).scalar() or 0)
    since = int(since_raw) if since_raw is not None else -1
    fields, times, recreated, bulk = _changed_rows(conn, max(since, 0))
    full = since < 0 or bulk
    now_ms = time.time_ns() // 1_000_000
    puts: list[Change] = []
    dels: list[Change] = []
    states_of: dict[str, dict[int, RowState]] = {}
    for table in synced_tables():
        keys = [k for k in fields if k[0] == table.name]
        if full:
            ids: Iterable[int] | None = None
            by_row = states_by_row(conn, table.name, None)
            columns = data_columns(table)
            found: Any = conn.execute(select(table.c.id, *(table.c[c] for c in columns)))
            current = {int(r[0]): dict(zip(columns, r[1:], strict=True)) for r in found}
            wanted = sorted(set(current) | set(by_row))
        else:
            wanted = sorted(k[1] for k in keys)
            ids = wanted
            by_row = states_by_row(conn, table.name, ids)
            current = read_rows(conn, table, wanted)
        states_of[table.name] = by_row
        columns = data_columns(table)
        fks = foreign_keys(table.name)
        encoded = [c for c in columns if c in _encoded_columns(table.name) and c not in fks]
        fk_maps = [(c, p, states_of.get(p, {})) for c, p in fks.items()]
        for row_id in wanted:
            key = (table.name, row_id)
            state = by_row.get(row_id)
            row = current.get(row_id)
            if state is not None and (row is None or key in recreated):
                if not state.deleted:
                    clock = hlc.tick(times.get(key, now_ms))
                    dels.append(Change(table.name, state.gid, "del", clock, base=dict(state.clocks)))
                    state.clocks["*"] = clock
                    state.deleted, state.changed = True, True
                by_row.pop(row_id, None)
                state = None
            if row is None:
                continue
            if state is None:
                # A row never sent (all of them, at a first sync): every field, one clock.
                clock = hlc.tick(times.get(key, now_ms))
                values: dict[str, Any] = row if full else {n: row[n] for n in columns}
                for name in encoded:
                    values[name] = encode(table, name, values[name])
                for name, parent, parents in fk_maps:
                    value = values[name]
                    if value is not None:
                        known = parents.get(value)
                        values[name] = (known.gid if known is not None
                                        else _gid_of(conn, states_of, parent, int(value)))
                state = RowState(uuid7(), table.name, row_id, False, dict.fromkeys(columns, clock),
                                 known=False, changed=True)
                by_row[row_id] = state
                # No base: the row had no clocks (a missing base reads as None everywhere).
                puts.append(Change(table.name, state.gid, "put", clock, values, {}))
                continue
            chosen = None if full else fields.get(key)
            changed = columns if chosen is None else [c for c in columns if c in chosen]
            if not changed:
                continue
            clock = hlc.tick(times.get(key, now_ms))
            values = {}
            for name in changed:
                value = row[name]
                if name in fks and value is not None:
                    value = _gid_of(conn, states_of, fks[name], int(value))
                values[name] = encode(table, name, value)
            base = {n: state.clocks.get(n) for n in changed}
            for n in changed:
                state.clocks[n] = clock
            state.changed = True
            puts.append(Change(table.name, state.gid, "put", clock, values, base))
    for by_row in states_of.values():
        write_states(conn, by_row.values())
    # Tombstones were popped from by_row; write them too.
    write_states(conn, _popped_tombstones(dels, conn))
    set_state(conn, "prepared_upto", str(upto))
    set_state(conn, "hlc", hlc.last)
    return puts + list(reversed(dels))


def _popped_tombstones(dels: list[Change], conn: Connection) -> list[RowState]:
    out = []
    for change in dels:
        clocks = {k: v for k, v in change.base.items() if v is not None}
        out.append(RowState(change.gid, change.table, None, True,
                            {**clocks, "*": change.clock}, known=True, changed=True))
    return out


def _gid_of(conn: Connection, states_of: dict[str, dict[int, RowState]], table: str,
            row_id: int) -> str | None:
    by_row = states_of.get(table)
    state = by_row.get(row_id) if by_row is not None else None
    if state is None:
        found = states_by_row(conn, table, [row_id])
        state = found.get(row_id)
    return state.gid if state is not None else None


@contextmanager
def unrecorded(conn: Connection) -> Iterator[None]:
    """Row changes made inside are not journaled row by row (the operation's entry stays open
    for what follows). For the hub taking a laptop's first sync: the rows are in `sync_log`
    already, and a JSON copy of each in the journal doubled the time it took."""
    entry = conn.execute(text("SELECT entry_id FROM op_recording LIMIT 1")).scalar()
    conn.exec_driver_sql("DELETE FROM op_recording")
    yield
    if entry is not None:
        conn.execute(text("INSERT INTO op_recording(entry_id) VALUES (:e)"), {"e": entry})


# -- merging -------------------------------------------------------------------------------------


@dataclass
class Conflict:
    table: str
    gid: str
    field: str
    kept_value: Any
    kept_clock: str
    lost_value: Any
    lost_clock: str
    reason: str = ""  # why the hub kept its value, when it is not a later edit (a clash)


@dataclass
class MergeResult:
    applied: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    made: list[Change] = field(default_factory=list)  # the hub's own changes (a clash undone)


@cache
def unique_columns(name: str) -> tuple[str, ...]:
    """The table's nullable columns that must be unique on their own (a person's email)."""
    table = table_named(name)
    if table is None:
        return ()
    found = {c.name for c in table.columns if c.unique and c.nullable}
    for constraint in table.constraints:
        cols = list(getattr(constraint, "columns", []))
        if type(constraint).__name__ == "UniqueConstraint" and len(cols) == 1 and cols[0].nullable:
            found.add(cols[0].name)
    for index in table.indexes:
        if index.unique and len(index.columns) == 1:
            col = next(iter(index.columns))
            if col.nullable:
                found.add(col.name)
    return tuple(sorted(found))


def _unique_clashes(conn: Connection, states: dict[str, RowState], result: MergeResult,
                    hlc: Hlc) -> None:
    """A unique value (an email) given to two rows in two places: the row that held it first
    keeps it; the other's is emptied by a change of the hub's own, and a conflict keeps it."""
    by_table: dict[str, list[RowState]] = {}
    for s in states.values():
        if unique_columns(s.table):
            by_table.setdefault(s.table, []).append(s)
    for name, group in by_table.items():
        table = table_named(name)
        assert table is not None
        for col in unique_columns(name):
            claims: dict[Any, list[RowState]] = {}
            for s in group:
                value = s.values.get(col)
                if not s.deleted and value is not None:
                    claims.setdefault(value, []).append(s)
            if not claims:
                continue
            leaving = {s.row_id for s in group if s.row_id is not None and (s.deleted or col in s.values)}
            holders: dict[Any, int] = {}
            for part in _chunks(list(claims)):
                found: Any = conn.execute(
                    select(table.c.id, table.c[col]).where(table.c[col].in_(part))).all()
                for row_id, value in found:
                    holders[value] = int(row_id)
            for value, claimants in claims.items():
                holder = holders.get(value)
                keeper = next((s for s in claimants if holder is not None and s.row_id == holder), None)
                if keeper is None and (holder is None or holder in leaving):
                    keeper = min(claimants, key=lambda s: s.clocks.get(col) or "")
                for s in claimants:
                    if s is keeper:
                        continue
                    lost_clock = s.clocks.get(col) or ""
                    clock = hlc.tick()
                    s.values[col] = None
                    if s.current is not None:
                        s.current[col] = None
                    s.clocks[col] = clock
                    s.changed = True
                    result.made.append(Change(name, s.gid, "put", clock, {col: None}, {col: lost_clock}))
                    result.conflicts.append(Conflict(
                        name, s.gid, col, None, clock, value, lost_clock,
                        reason=f"the hub: already the {col.replace('_', ' ')} of another "
                               f"{name.replace('_', ' ')}"))


def _current_values(conn: Connection, states: dict[str, RowState]) -> None:
    """Load the wire values of existing rows (the hub needs them to record conflicts)."""
    by_table: dict[str, list[RowState]] = {}
    for s in states.values():
        if s.was_alive and s.row_id is not None and s.current is None:
            by_table.setdefault(s.table, []).append(s)
    for name, group in by_table.items():
        table = table_named(name)
        if table is None:
            continue
        rows = read_rows(conn, table, [s.row_id for s in group if s.row_id is not None])
        fks = foreign_keys(name)
        gids_needed: dict[str, set[int]] = {}
        for row in rows.values():
            for col, parent in fks.items():
                if row.get(col) is not None:
                    gids_needed.setdefault(parent, set()).add(int(row[col]))
        gid_maps = {p: {i: s.gid for i, s in states_by_row(conn, p, ids).items()}
                    for p, ids in gids_needed.items()}
        for s in group:
            found = rows.get(s.row_id or -1)
            if found is None:
                s.was_alive = False
                continue
            s.current = {}
            for col in data_columns(table):
                value = found[col]
                if col in fks and value is not None:
                    value = gid_maps.get(fks[col], {}).get(int(value))
                s.current[col] = encode(table, col, value)


def merge(conn: Connection, changes: Sequence[Change], *, detect: bool = False,
          skip: set[tuple[str, int, str]] | None = None, hlc: Hlc | None = None) -> MergeResult:
    """Apply changes with the later clock winning per field; on the hub (`detect`), also find
    the conflicts. `skip`: (table, row id, field) changed here and not yet sent, left alone.
    With the hub's `hlc`, a unique value (an email) claimed in two places is given to the row
    that held it first; the other is emptied by a change in `made` and recorded as a conflict."""
    result = MergeResult()
    gids = {c.gid for c in changes}
    for c in changes:
        for col in foreign_keys(c.table):
            value = c.fields.get(col)
            if isinstance(value, str):
                gids.add(value)
    states = states_by_gid(conn, gids)
    if detect:
        _current_values(conn, states)
    for change in changes:
        state = states.get(change.gid)
        if change.kind == "del":
            if state is None:
                states[change.gid] = RowState(change.gid, change.table, None, True,
                                              {"*": change.clock}, known=False, changed=True)
                continue
            if state.deleted:
                continue
            if detect:
                unseen = [c for f, c in state.clocks.items() if c > (change.base.get(f) or "")]
                if unseen and state.current is not None:
                    lost = max(unseen)
                    full = {**state.current, **state.values}
                    result.conflicts.append(Conflict(change.table, change.gid, "*", None, change.clock,
                                                     full, lost))
            state.deleted, state.changed = True, True
            state.clocks["*"] = change.clock
            result.applied += 1
            result.touched.add(change.table)
            continue
        if state is None:
            # A row new here: every field is taken as it comes (nothing to compare or skip).
            states[change.gid] = RowState(change.gid, change.table, None, False,
                                          dict.fromkeys(change.fields, change.clock), known=False,
                                          changed=bool(change.fields), values=dict(change.fields))
            result.applied += 1
            result.touched.add(change.table)
            continue
        if state.deleted:
            if detect and change.fields:
                gone = state.clocks.get("*", change.clock)
                full = {**(state.current or {}), **state.values, **change.fields}
                result.conflicts.append(Conflict(change.table, change.gid, "*", None, gone, full,
                                                 change.clock))
            continue
        for name, value in change.fields.items():
            if skip and state.row_id is not None and (change.table, state.row_id, name) in skip:
                continue
            mine = state.clocks.get(name)
            if mine is None or change.clock > mine:
                if detect and mine is not None and change.base.get(name) != mine:
                    here = state.values.get(name, (state.current or {}).get(name))
                    if here != value:
                        result.conflicts.append(Conflict(change.table, change.gid, name, value,
                                                         change.clock, here, mine))
                state.values[name] = value
                if state.current is not None:
                    state.current[name] = value
                state.clocks[name] = change.clock
                state.changed = True
            elif change.clock < mine and detect and change.base.get(name) != mine:
                here = state.values.get(name, (state.current or {}).get(name))
                if here != value:
                    result.conflicts.append(Conflict(change.table, change.gid, name, here, mine,
                                                     value, change.clock))
        result.applied += 1
        result.touched.add(change.table)
    if detect and hlc is not None:
        _unique_clashes(conn, states, result, hlc)
    _write(conn, states)
    return result


def _resolve_fk(conn: Connection, states: dict[str, RowState], table: Table, values: dict[str, Any],
                lookups: dict[str, int | None]) -> bool:
    """Turn the global ids in `values` into local ids. False: a required parent is gone."""
    for col in foreign_keys(table.name):
        gid = values.get(col)
        if col not in values or gid is None:
            continue
        state = states.get(gid)
        local: int | None
        if state is not None:
            local = None if state.deleted else state.row_id
        else:
            if gid not in lookups:
                found = states_by_gid(conn, [gid]).get(gid)
                lookups[gid] = found.row_id if found is not None and not found.deleted else None
            local = lookups[gid]
        if local is None and not table.c[col].nullable:
            return False
        values[col] = local
    return True


def _write(conn: Connection, states: dict[str, RowState]) -> None:
    lookups: dict[str, int | None] = {}
    order = synced_tables()
    by_table: dict[str, list[RowState]] = {}
    for s in states.values():
        by_table.setdefault(s.table, []).append(s)
    removed: list[RowState] = []
    for table in order:
        group = by_table.get(table.name, [])
        fresh = [s for s in group if s.row_id is None and not s.deleted and s.values]
        for s, new_id in zip(fresh, server.allocate_ids(conn, table.name, len(fresh)), strict=True):
            s.row_id = new_id
        inserts: list[dict[str, Any]] = []
        defaults, decoders = _defaults(table.name), _decoders(table.name)
        for s in fresh:
            values = {k: v for k, v in s.values.items() if k in defaults}
            if not _resolve_fk(conn, states, table, values, lookups):
                s.deleted, s.row_id, s.changed = True, None, True
                continue
            for k, convert in decoders.items():
                if values.get(k) is not None:
                    values[k] = convert(values[k])
            inserts.append({"id": s.row_id, **defaults, **values})
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for s in group:
            if s.was_alive and not s.deleted and s.values and s.row_id is not None:
                values = {k: v for k, v in s.values.items() if k in table.c and k != "id"}
                if not _resolve_fk(conn, states, table, values, lookups):
                    s.deleted, s.changed = True, True
                    removed.append(s)
                    continue
                row = {f"v_{k}": decode(table, k, v) for k, v in values.items()}
                row["b_id"] = s.row_id
                updates.setdefault(tuple(sorted(values)), []).append(row)
        for names, rows in updates.items():
            stmt = update(table).where(table.c.id == bindparam("b_id")).values(
                {n: bindparam(f"v_{n}") for n in names})
            conn.execute(stmt, rows)
        # New rows after the updates: an update may free a unique value (an email) a new row takes.
        if inserts:
            _insert(conn, table, inserts)
        removed += [s for s in group if s.deleted and s.row_id is not None]
    for table in reversed(order):
        ids = [s.row_id for s in removed if s.table == table.name and s.row_id is not None]
        for part in _chunks(ids):
            conn.execute(delete(table).where(table.c.id.in_(part)))
    for s in removed:
        s.row_id = None
    write_states(conn, states.values())
    if removed:
        forget_vanished(conn)


def _insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """New rows, each with every column, values bound as SQLAlchemy binds them: on the hub by
    COPY, here by the driver's executemany (a first sync, or a new laptop's first pull, brings
    them all; SQLAlchemy's per-row parameter handling was most of the time)."""
    names = list(rows[0])  # every row has every column, in this order
    procs = [(i, p) for i, p in enumerate(
        table.c[n].type.dialect_impl(conn.dialect).bind_processor(conn.dialect) for n in names)
        if p is not None]
    bound = (_bound(list(r.values()), procs) for r in rows)
    if server.is_server(conn):
        server.copy_rows(conn, table.name, names, bound)
        return
    cols = ", ".join(f'"{n}"' for n in names)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join("?" * len(names))})',
                         [tuple(r) for r in bound])


def _bound(values: list[Any], procs: list[tuple[int, Any]]) -> list[Any]:
    for i, process in procs:
        if values[i] is not None:
            values[i] = process(values[i])
    return values


def forget_vanished(conn: Connection) -> None:
    """Rows a cascade deleted with their parent: their sync_row becomes a tombstone too."""
    for table in synced_tables():
        conn.execute(text(
            f'UPDATE sync_row SET row_id = NULL, deleted = :t WHERE table_name = :n '
            f'AND row_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "{table.name}" x '
            f'WHERE x.id = sync_row.row_id)'), {"n": table.name, "t": True})


def unsent_fields(conn: Connection) -> set[tuple[str, int, str]]:
    """(table, row id, field) changed here since the last prepare: a pull leaves them alone."""
    since = int(get_state(conn, "prepared_upto") or -1)
    if since < 0:
        return set()
    fields, _times, _recreated, _bulk = _changed_rows(conn, since)
    out: set[tuple[str, int, str]] = set()
    for (table, row_id), names in fields.items():
        t = table_named(table)
        for name in (data_columns(t) if names is None and t is not None else names or ()):
            out.add((table, row_id, name))
    return out
