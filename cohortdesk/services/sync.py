"""Team sync with a hub: sync now, the open conflicts, and resolving one (cohortdesk/store/sync.py).

Changes pulled from the hub are applied as one operation of kind "sync" ("Sync with hub"): the
journal records them, so a person's History shows what the sync changed, but Undo skips them;
Undo still reverses this laptop's own operations, as a new change that is sent at the next sync.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import signal
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from cohortdesk.domain.errors import CohortDeskError, NotFoundError
from cohortdesk.domain.progress import Progress, no_progress
from cohortdesk.services.bulk_work import no_cycle_collection
from cohortdesk.store import Store, server
from cohortdesk.store import sync as engine
from cohortdesk.store.sync import Change, Conflict


def _checkpoint(step: str) -> None:
    """Tests kill the process here, as a crash or a pulled plug would, to prove it resumes."""
    if os.environ.get("COHORTDESK_TEST_KILL_AT") == step:  # pragma: no cover - the process ends
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


@dataclass(frozen=True)
class SyncSummary:
    sent: int
    received: int
    conflicts: int  # recorded by this sync
    open_conflicts: int
    seconds: float
    hub: str

    def as_json(self) -> dict[str, Any]:
        return {"sent": self.sent, "received": self.received, "conflicts": self.conflicts,
                "open_conflicts": self.open_conflicts, "seconds": round(self.seconds, 3),
                "hub": self.hub}


@contextmanager
def _local(store: Store) -> Iterator[Connection]:
    """A write transaction on this workspace's sync bookkeeping (not content: not journaled)."""
    with store.engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            yield conn


def hub_url(store: Store) -> str | None:
    with store.engine.connect() as conn:
        found = engine.get_state(conn, "hub")
        conn.rollback()
    return found


def status(store: Store) -> dict[str, Any]:
    """Last synced, how many operations wait to be sent, and the open conflicts (the app's
    status line)."""
    with store.engine.connect() as conn:
        upto = int(engine.get_state(conn, "prepared_upto") or 0)
        waiting = int(conn.execute(text(
            "SELECT COUNT(*) FROM op_entry WHERE id > :u AND kind != 'sync'"), {"u": upto}).scalar() or 0)
        outbox = int(conn.execute(text("SELECT COUNT(*) FROM sync_outbox")).scalar() or 0)
        last = engine.get_state(conn, "last_sync")
        hub = engine.get_state(conn, "hub")
        conflicts = int(conn.execute(text(
            "SELECT COUNT(*) FROM sync_conflict WHERE resolution = ''")).scalar() or 0)
        conn.rollback()
    return {"hub": hub, "last_sync": last, "waiting": waiting + (1 if outbox else 0),
            "conflicts": conflicts}


def set_hub(store: Store, url: str) -> str:
    """Remember the hub this workspace syncs with, never its password; returns the URL kept.

    The URL's libpq options (`sslmode=require`, `sslrootcert=...`) are kept as they are."""
    url = url.strip()
    if not server.is_server_url(url):
        raise CohortDeskError("The hub address starts with postgresql+psycopg:// "
                              "(for example postgresql+psycopg://amara@hub.example.org/cohortdesk_hub).")
    if store.is_server:
        raise CohortDeskError("This is the hub itself; set the hub on a laptop's workspace.")
    public = server.public_url(url)
    with _local(store) as conn:
        engine.set_state(conn, "hub", public)
    return public


def _who(hub: Store) -> str:
    role = server.normalize_url(hub.url or "").username or getpass.getuser()
    return f"{role} on {socket.gethostname()}"


@contextmanager
def _roomy_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for this transaction. A first sync writes a sync_row per row
    (800,000 at the benchmark's size): with the default 2 MB cache, SQLite spills the changed
    index pages to the WAL again and again before the commit; it took half the sync's time."""
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size={-ROOMY_CACHE_KIB}")
    try:
        yield
    finally:  # the pooled connection goes back to the default size (memory, not correctness)
        conn.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


ROOMY_CACHE_KIB = 256 * 1024


# A batch just prepared: its changes and the outbox rows' JSON, handed to _send as they are
# (reading back and decoding what was just written took seconds at a first sync).
Prepared = tuple[list[Change], list[str]]


def _prepare(store: Store) -> Prepared | None:
    with _local(store) as conn, _roomy_cache(conn):
        node = engine.node_id(conn)
        if conn.execute(text("SELECT 1 FROM sync_outbox LIMIT 1")).first() is not None:
            return None  # an unacknowledged batch goes first, as it is
        changes = engine.prepare(conn, node=node)
        chunks: list[str] = []
        if changes:
            # A row of the outbox holds a list of up to OUTBOX_CHUNK changes (an older one, a
            # single change): a first sync writes a hundred rows, not a hundred thousand.
            chunks = [engine.compact_json([c.to_wire() for c in part])
                      for part in _parts(changes, OUTBOX_CHUNK)]
            conn.execute(text("INSERT INTO sync_outbox(change) VALUES (:c)"),
                         [{"c": c} for c in chunks])
            engine.set_state(conn, "batch", engine.uuid7())
    _checkpoint("prepared")
    return (changes, chunks) if changes else None


OUTBOX_CHUNK = 1000


def _parts(items: list[Change], size: int) -> Iterator[list[Change]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _outbox(raw: list[str]) -> list[Change]:
    changes: list[Change] = []
    for text_ in raw:
        found = json.loads(text_)
        if isinstance(found, list):
            changes += (Change.from_wire(d) for d in found)
        else:
            changes.append(Change.from_wire(found))
    return changes


_LOG_WIRE = text(
    "INSERT INTO sync_log(node, table_name, gid, kind, clock, data) "
    "SELECT substr(substr(c, strpos(c, '.') + 1), strpos(substr(c, strpos(c, '.') + 1), '.') + 1), "
    "t, g, k, c, CASE WHEN json_typeof(f) = 'object' THEN f::text ELSE '{}' END "
    "FROM ROWS FROM (json_to_recordset(CAST(:chunk AS json)) "
    "AS (t text, g text, k text, c text, f json)) WITH ORDINALITY AS x(t, g, k, c, f, n) ORDER BY n")


def _log_outbox(conn: Connection, chunks: list[str]) -> None:
    """Append a laptop's batch to the hub's log as it came: each outbox row's JSON is taken
    apart by PostgreSQL, and a field's JSON is kept as the laptop wrote it (the same text
    `_log` would write), rather than decoded and encoded again here, row by row."""
    for chunk in chunks:
        conn.execute(_LOG_WIRE, {"chunk": chunk if chunk.startswith("[") else f"[{chunk}]"})


def _log(conn: Connection, changes: list[Change]) -> None:
    """Append to the hub's log, in order (COPY: a first sync appends every row it has)."""
    if changes:
        dump = engine.compact_json
        server.copy_rows(conn, "sync_log", ("node", "table_name", "gid", "kind", "clock", "data"),
                         ((c.node, c.table, c.gid, c.kind, c.clock, dump(c.fields))
                          for c in changes))


def _hub_own(conn: Connection) -> str:
    """Send the hub's own operations (made by someone who opened it directly) to its log."""
    node = engine.node_id(conn)
    _log(conn, engine.prepare(conn, node=node))
    return node


def _record_conflicts(conn: Connection, hub_node: str, conflicts: list[Conflict]) -> None:
    if not conflicts:
        return
    who = {str(n): str(w) for n, w in conn.execute(text("SELECT node, who FROM sync_node")).all()}
    who.setdefault(hub_node, "the hub (opened directly)")
    hlc = engine.Hlc(hub_node, engine.get_state(conn, "hlc"))
    changes = []
    for c in conflicts:
        hlc.observe(max(c.kept_clock, c.lost_clock))
        kept_node, lost_node = engine.clock_node(c.kept_clock), engine.clock_node(c.lost_clock)
        fields = {
            "table_name": c.table, "row_gid": c.gid, "field": c.field,
            "kept_value": json.dumps(c.kept_value, ensure_ascii=False), "kept_node": kept_node,
            "kept_by": c.reason or who.get(kept_node, kept_node[:8]),
            "kept_at": engine.clock_time(c.kept_clock),
            "lost_value": json.dumps(c.lost_value, ensure_ascii=False), "lost_node": lost_node,
            "lost_by": who.get(lost_node, lost_node[:8]), "lost_at": engine.clock_time(c.lost_clock),
            "resolution": "",
        }
        changes.append(Change("sync_conflict", engine.uuid7(), "put", hlc.tick(), fields, {}))
    engine.merge(conn, changes)
    _log(conn, changes)
    engine.set_state(conn, "hlc", hlc.last)


def _send(store: Store, hub: Store, who: str, prepared: Prepared | None = None) -> tuple[int, int]:
    """Deliver the outbox (step 2) and empty it (step 3). Returns (sent, conflicts)."""
    with store.engine.connect() as conn:
        node = engine.node_id(conn) if engine.get_state(conn, "node") else ""
        batch = engine.get_state(conn, "batch") or ""
        if prepared is None:
            found: Any = conn.execute(text("SELECT change FROM sync_outbox ORDER BY id")).scalars()
            raw = [str(r) for r in found]
        conn.rollback()
    changes, raw = prepared if prepared is not None else (_outbox(raw), raw)
    conflicts = 0
    with hub.operation(f"Sync from {who}", kind="sync", source=who) as scope:
        conn = scope.session.connection()
        server.lock_hub(conn)
        hub_node = _hub_own(conn)
        known = conn.execute(text("SELECT last_batch FROM sync_node WHERE node=:n"), {"n": node}).first()
        now = engine.clock_time(engine.clock_text(time.time_ns() // 1_000_000, 0, ""))
        own = ""
        if node and (known is None or str(known[0]) != batch):
            first = int(conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM sync_log")).scalar() or 0)
            _log_outbox(conn, raw)
            last = int(conn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM sync_log")).scalar() or 0)
            own = f"{first + 1}-{last}"  # this batch's place in the log: no need to pull it back
            hlc = engine.Hlc(hub_node, engine.get_state(conn, "hlc"))
            for change in changes:
                hlc.observe(change.clock)
            # A node the hub has never seen sends its first sync: everything it has. Its rows
            # are in the log already; the hub's journal does not copy them one by one (the
            # hub's History does not list them; Undo never covers a sync).
            with engine.unrecorded(conn) if known is None else contextlib.nullcontext():
                result = engine.merge(conn, changes, detect=True, hlc=hlc)
            _log(conn, result.made)  # a clash undone by the hub, after the batch
            engine.set_state(conn, "hlc", hlc.last)
            _record_conflicts(conn, hub_node, result.conflicts)
            conflicts = len(result.conflicts)
            _checkpoint("hub-merged")  # before the hub commits: it must take the batch again
        if node:
            params = {"n": node, "w": who[:300], "b": batch, "t": now}
            if known is None:
                conn.execute(text("INSERT INTO sync_node(node, who, last_batch, last_seen) "
                                  "VALUES (:n, :w, :b, :t)"), params)
            else:
                conn.execute(text("UPDATE sync_node SET who=:w, last_batch=:b, last_seen=:t "
                                  "WHERE node=:n"), params)
    _checkpoint("sent")
    if changes:
        with _local(store) as local:
            local.execute(text("DELETE FROM sync_outbox"))
            engine.set_state(local, "batch", "")
            engine.set_state(local, "own_seqs", own)
    return len(changes), conflicts


def _apply_pulled(store: Store, changes: list[Change], upto: int) -> None:
    with store.change("Sync with hub") as session:
        conn = session.connection()
        with _roomy_cache(conn):
            engine.merge(conn, changes, skip=engine.unsent_fields(conn))
        engine.set_state(conn, "pulled_upto", str(upto))
        hlc = engine.Hlc(engine.node_id(conn), engine.get_state(conn, "hlc"))
        for change in changes:
            hlc.observe(change.clock)
        engine.set_state(conn, "hlc", hlc.last)
        _checkpoint("pulling")


def _pull(store: Store, hub: Store) -> int:
    with store.engine.connect() as conn:
        since = int(engine.get_state(conn, "pulled_upto") or 0)
        node = engine.node_id(conn) if engine.get_state(conn, "node") else ""
        lo, _, hi = (engine.get_state(conn, "own_seqs") or "0-0").partition("-")
        conn.rollback()
    with hub.engine.connect() as hconn:
        upto = int(hconn.execute(text("SELECT COALESCE(MAX(seq), 0) FROM sync_log")).scalar() or 0)
        # The batch this laptop has just sent is already here: only the others' come back.
        rows: Any = hconn.execute(text(
            "SELECT seq, table_name, gid, kind, clock, data FROM sync_log WHERE seq > :s "
            "AND seq <= :u AND NOT (seq BETWEEN :lo AND :hi AND node = :n) ORDER BY seq"),
            {"s": since, "u": upto, "lo": int(lo or 0), "hi": int(hi or 0), "n": node}).all()
        hconn.rollback()
    if upto <= since:
        return 0
    changes = [Change(str(r.table_name), str(r.gid), str(r.kind), str(r.clock),
                      json.loads(r.data) if r.data else {}) for r in rows]
    # One operation of kind "sync" (opened on the store: services sit below the operations
    # layer, which the clients use), so History shows it and Undo passes over it.
    with store.operation("Sync with hub", source="hub", kind="sync"):
        _apply_pulled(store, changes, upto)
    return sum(1 for c in changes if c.node != node)


def sync_now(store: Store, url: str | None = None, progress: Progress = no_progress) -> SyncSummary:
    """Send this workspace's changes to the hub and bring the others' back."""
    with no_cycle_collection():
        return _sync_now(store, url, progress)


def _sync_now(store: Store, url: str | None, progress: Progress) -> SyncSummary:
    started = time.perf_counter()
    if store.is_server:
        raise CohortDeskError("This is the hub itself; sync a laptop's workspace with it.")
    url = url or hub_url(store)
    if not url:
        raise CohortDeskError("No hub is set for this workspace; give one with --hub URL.")
    if not server.is_server_url(url):
        raise CohortDeskError("The hub URL starts with postgresql+psycopg://.")
    progress(0, 4, "Connecting to the hub")
    hub = Store.open(url)
    try:
        who = _who(hub)
        with _local(store) as conn:
            engine.set_state(conn, "hub", server.public_url(url))
        progress(1, 4, "Sending changes")
        sent, conflicts = _send(store, hub, who)  # a batch left by an interrupted sync
        prepared = _prepare(store)
        if prepared is not None:
            _checkpoint("before-send")
            more, found = _send(store, hub, who, prepared)
            sent, conflicts = sent + more, conflicts + found
        progress(2, 4, "Receiving changes")
        received = _pull(store, hub)
    except Exception as exc:
        if _is_connection_error(exc):
            raise server.unreachable(url, exc) from exc
        if _is_clash(exc):
            raise CohortDeskError(
                "Two laptops gave the same value to records that must differ "
                f"({_first_line(exc)}); change one of them and sync again. Nothing was lost: "
                "your changes stay on this computer.") from exc
        raise
    finally:
        hub.close()
    with _local(store) as conn:
        engine.set_state(conn, "last_sync", engine.clock_time(
            engine.clock_text(time.time_ns() // 1_000_000, 0, "")))
    progress(4, 4, "")
    return SyncSummary(sent, received, conflicts, len(list_conflicts(store)),
                       time.perf_counter() - started, server.public_url(url))


def _is_clash(exc: BaseException) -> bool:
    from sqlalchemy.exc import IntegrityError

    return isinstance(exc, IntegrityError)


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", None) or exc).strip()
    return text_.splitlines()[0][:200] if text_ else type(exc).__name__


def _is_connection_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError) and "psycopg" in type(getattr(exc, "orig", exc)).__module__


# -- conflicts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRecord:
    id: int
    table: str
    row_id: int | None
    field: str
    mine: Any
    mine_by: str
    mine_at: str
    theirs: Any
    theirs_by: str
    theirs_at: str
    kept: str  # "mine" or "theirs": the value the workspace holds now
    resolution: str
    label: str = ""  # the record, in words: "Person Amara Okafor"

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _sides(row: Any, me: str) -> tuple[tuple[Any, str, str, str], tuple[Any, str, str, str], str]:
    kept = (json.loads(row.kept_value or "null"), str(row.kept_by), str(row.kept_at), "kept")
    lost = (json.loads(row.lost_value or "null"), str(row.lost_by), str(row.lost_at), "lost")
    if str(row.lost_node) == me and str(row.kept_node) != me:
        return lost, kept, "theirs"
    return kept, lost, "mine"


_CONFLICT = ("SELECT c.id, c.table_name, c.row_gid, c.field, c.kept_value, c.kept_node, c.kept_by, "
             "c.kept_at, c.lost_value, c.lost_node, c.lost_by, c.lost_at, c.resolution, r.row_id "
             "FROM sync_conflict c LEFT JOIN sync_row r ON r.gid = c.row_gid")


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictRecord]:
    with store.read() as session:
        conn = session.connection()
        me = engine.get_state(conn, "node") or ""
        where = "" if include_resolved else " WHERE c.resolution = ''"
        rows: Any = conn.execute(text(_CONFLICT + where + " ORDER BY c.id")).all()
        out = []
        for row in rows:
            mine, theirs, kept = _sides(row, me)
            row_id = None if row.row_id is None else int(row.row_id)
            label = _label(conn, str(row.table_name), row_id, (mine[0], theirs[0]))
            out.append(ConflictRecord(int(row.id), str(row.table_name), row_id, str(row.field),
                                      mine[0], mine[1], mine[2], theirs[0], theirs[1], theirs[2],
                                      kept, str(row.resolution), label))
    return out


_NAMES = ("name", "title", "label", "text", "number")


def _label(conn: Connection, table_name: str, row_id: int | None, sides: tuple[Any, Any]) -> str:
    """The record a conflict is about, in words ("Person Amara Okafor")."""
    kind = table_name.replace("_", " ").capitalize()
    values: dict[str, Any] = {}
    table = engine.table_named(table_name)
    if table is not None and row_id is not None:
        values = engine.read_rows(conn, table, [row_id]).get(row_id, {})
    if not values:
        values = next((dict(v) for v in sides if isinstance(v, dict)), {})
    if table is not None and "given_name" in table.c:
        name = " ".join(str(values.get(k) or "") for k in ("given_name", "family_name")).strip()
    else:
        name = next((str(values[k]) for k in _NAMES if values.get(k) not in (None, "")), "")
    if not name:
        name = f"#{row_id}" if row_id is not None else "(deleted)"
    return f"{kind} {name}"[:200]


def resolve_conflict(store: Store, conflict_id: int, take: str) -> None:
    """Keep `take` ("mine" or "theirs") for one conflict. Run it through `perform`: undoable."""
    if take not in ("mine", "theirs"):
        raise CohortDeskError("Take 'mine' or 'theirs'.")
    with store.change(f"Resolve sync conflict #{conflict_id}") as session:
        conn = session.connection()
        me = engine.get_state(conn, "node") or ""
        row = conn.execute(text(_CONFLICT + " WHERE c.id = :i"), {"i": conflict_id}).first()
        if row is None:
            raise NotFoundError(f"There is no sync conflict #{conflict_id}.")
        mine, theirs, _kept = _sides(row, me)
        chosen = mine if take == "mine" else theirs
        table = engine.table_named(str(row.table_name))
        if table is None:
            raise CohortDeskError(f"Conflict #{conflict_id} is about a table this app does not know.")
        state = engine.states_by_gid(conn, [str(row.row_gid)]).get(str(row.row_gid))
        alive = state is not None and not state.deleted and state.row_id is not None
        if str(row.field) == "*":
            if chosen[0] is None:  # the deletion
                if alive and state is not None and state.row_id is not None:
                    conn.execute(table.delete().where(table.c.id == state.row_id))
            elif not alive:
                values = {k: v for k, v in dict(chosen[0]).items() if k in table.c and k != "id"}
                fresh = engine.Change(table.name, engine.uuid7(), "put", "", values)
                _recreate(conn, table, fresh)
        elif alive and state is not None and state.row_id is not None:
            name, value = str(row.field), chosen[0]
            fks = engine.foreign_keys(table.name)
            if name in fks and value is not None:
                parent = engine.states_by_gid(conn, [str(value)]).get(str(value))
                value = parent.row_id if parent is not None and not parent.deleted else None
            conn.execute(table.update().where(table.c.id == state.row_id).values(
                {name: engine.decode(table, name, value)}))
        conn.execute(text("UPDATE sync_conflict SET resolution=:r WHERE id=:i"),
                     {"r": take, "i": conflict_id})


def _recreate(conn: Connection, table: Any, change: Change) -> None:
    """A deleted row brought back from a conflict: a new row (it is sent as new at the next sync)."""
    values = dict(change.fields)
    for col, _parent in engine.foreign_keys(table.name).items():
        gid = values.get(col)
        if isinstance(gid, str):
            parent = engine.states_by_gid(conn, [gid]).get(gid)
            values[col] = parent.row_id if parent is not None and not parent.deleted else None
    conn.execute(table.insert().values({k: engine.decode(table, k, v) for k, v in values.items()}))
