"""The seam between SQLite workspaces and a PostgreSQL one (a team hub opened directly).

A workspace is a SQLite file, except when `--workspace` is a `postgresql+psycopg://` URL. The
SQLite-only machinery (the lock file, the seal, automatic backups with SQLite's backup API,
PRAGMAs, `quick_check`) never runs for a server; the few places the two differ ask this
module: `is_server_url`, `open_server`, `defer_foreign_keys`, `foreign_key_problems`, and the
journal's PostgreSQL triggers (`install_triggers`, `apply_row`).

The journal on PostgreSQL is kept by one PL/pgSQL trigger function, `cd_journal()`, writing
the same `op_change` rows as the SQLite triggers: the row before and after as JSON
(`to_jsonb(OLD)`, `to_jsonb(NEW)`). Triggers rather than SQLAlchemy flush events, because
flush events miss what the database does on its own (cascaded deletes, `SET NULL`) and the
bulk `UPDATE`/`DELETE` statements services issue; the SQLite journal relies on the same.

The password is never part of the stored URL: it comes from the OS keyring (service
"CohortDesk hub", user `role@host:port/db`) or from libpq's own PGPASSWORD / ~/.pgpass. The
URL's query (`sslmode=require`, `sslrootcert=...`) is handed to libpq as it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from cohortdesk.domain.errors import WorkspaceError

# The Store class is handed in by Store.open (a hub opens as a Store); typed loosely here so
# that this seam and the Store do not import each other.
Store = Any

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
KEYRING_SERVICE = "CohortDesk hub"


class HubUnreachableError(WorkspaceError):
    """The server did not answer (no network, wrong address, refused login)."""


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(SCHEMES)


def is_server(conn: Connection) -> bool:
    return conn.dialect.name != "sqlite"


def normalize_url(raw: str) -> URL:
    """The URL as SQLAlchemy wants it (psycopg 3 driver), with its password dropped."""
    url = make_url(raw.replace("postgres://", "postgresql://", 1))
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    # `URL.set(password=None)` leaves the password as it is; replace the field itself.
    return url._replace(password=None)


def public_url(raw: str) -> str:
    """The URL to show and to store: no password in it, ever."""
    return normalize_url(raw).render_as_string(hide_password=False)


def keyring_user(url: URL) -> str:
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def password_for(raw: str) -> str | None:
    """The hub password from the OS keyring, if one is stored (else libpq's PGPASSWORD/.pgpass)."""
    url = make_url(raw)
    if url.password:
        return str(url.password)
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, keyring_user(normalize_url(raw)))
    except Exception:  # noqa: BLE001 - no keyring backend on this computer: fall back to libpq
        return None
    return str(found) if found else None


NO_KEYRING = (
    "This computer has no password keyring, so the hub password was not saved: set PGPASSWORD, "
    "or add a line for the hub to ~/.pgpass (host:port:database:role:password), as for the "
    "command line.")


class PasswordNotSavedError(WorkspaceError):
    """The OS keyring is missing or refused the password."""


def save_password(raw: str, password: str) -> None:
    """Keep the hub password in the OS keyring (never in the workspace)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(normalize_url(raw)), password)
    except NoKeyringError as exc:
        raise PasswordNotSavedError(NO_KEYRING) from exc
    except (KeyringError, RuntimeError) as exc:
        raise PasswordNotSavedError(
            f"The keyring refused the hub password ({exc}); it was not saved.") from exc


def has_saved_password(raw: str) -> bool:
    """Whether the OS keyring holds a password for this hub."""
    return password_for(public_url(raw)) is not None


def describe(raw: str) -> str:
    url = normalize_url(raw)
    return f"{url.database} on {url.host or 'localhost'}:{url.port or 5432}"


def unreachable(raw: str, exc: BaseException) -> HubUnreachableError:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else ""
    reason = re.sub(r"\s+", " ", reason)[:200]
    return HubUnreachableError(
        f"The hub ({describe(raw)}) cannot be reached ({reason}); nothing was lost: your changes "
        "stay on this computer and go at the next sync.")


def make_engine(raw: str) -> Any:
    url = normalize_url(raw)
    connect_args: dict[str, Any] = {"connect_timeout": 10, "application_name": "CohortDesk"}
    password = password_for(raw)
    if password:
        connect_args["password"] = password
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def open_server(cls: type[Store], raw: str, *, read_only: bool = False,
                migrate_schema: bool = False) -> Store:
    """Open a hub's database as a workspace. Its schema must be current (`hub init` makes it so)
    unless `migrate_schema` is given."""
    from cohortdesk.store import migrate

    engine = make_engine(raw)
    url = normalize_url(raw)
    store = cls(Path(url.database or "hub"), engine, read_only=read_only, lock=None)
    store.url = public_url(raw)
    try:
        with engine.connect() as conn:
            current = migrate.check_not_newer(conn, describe(raw))
            conn.rollback()
        head = migrate.head_revision()
        if current != head:
            if not migrate_schema:
                raise WorkspaceError(
                    f"The hub {describe(raw)} has no CohortDesk schema yet, or an older one "
                    f"({current or 'none'}); run `cohortdesk hub init URL` first.")
            with engine.begin() as conn:
                # One hub initialised at a time, even if two administrators run it at once.
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(8061975)")
                if migrate.current_revision(conn) != head:
                    migrate.upgrade(conn)
        if not read_only:
            with engine.begin() as conn:
                install_triggers(conn)
    except sa_exc.OperationalError as exc:
        engine.dispose()
        raise unreachable(raw, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return store


# -- differences the rest of the store asks about -------------------------------------------


def defer_foreign_keys(conn: Connection) -> None:
    """Let a child row be written before its parent until commit (SQLite only: our PostgreSQL
    constraints are not deferrable, so callers write parents first there)."""
    if not is_server(conn):
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")


def foreign_key_problems(conn: Connection) -> list[tuple[Any, ...]]:
    """Rows pointing at missing parents (PostgreSQL enforces this on every statement)."""
    if is_server(conn):
        return []
    return [tuple(r) for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()]


def allocate_ids(conn: Connection, table: str, count: int) -> list[int]:
    """`count` new ids for rows of `table` written in this transaction (sync writes many rows
    at once, with their ids known in advance so children can point at them)."""
    if count <= 0:
        return []
    if is_server(conn):
        rows: Any = conn.execute(text(
            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": _q(table), "n": count}).scalars().all()
        return [int(r) for r in rows]
    start = int(conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {_q(table)}").scalar() or 0)
    return list(range(start + 1, start + 1 + count))


def lock_hub(conn: Connection) -> None:
    """One sync writes to the hub at a time, so its log's numbers are committed in order and a
    reader never skips one that commits later."""
    if is_server(conn):
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(8061976)")


# -- the journal on PostgreSQL -------------------------------------------------------------

_FUNCTION = """
CREATE OR REPLACE FUNCTION cd_journal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  e integer;
BEGIN
  SELECT entry_id INTO e FROM op_recording LIMIT 1;
  IF e IS NULL THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO op_change(entry_id, table_name, row_id, action, old, new)
      VALUES (e, TG_TABLE_NAME, NEW.id, 'insert', NULL, to_jsonb(NEW)::text);
  ELSIF TG_OP = 'UPDATE' THEN
    IF to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW) THEN
      INSERT INTO op_change(entry_id, table_name, row_id, action, old, new)
        VALUES (e, TG_TABLE_NAME, OLD.id, 'update', to_jsonb(OLD)::text, to_jsonb(NEW)::text);
    END IF;
  ELSE
    INSERT INTO op_change(entry_id, table_name, row_id, action, old, new)
      VALUES (e, TG_TABLE_NAME, OLD.id, 'delete', to_jsonb(OLD)::text, NULL);
  END IF;
  RETURN NULL;
END $$
"""


def journaled_tables(conn: Connection) -> list[str]:
    from cohortdesk.store.journal_names import JOURNAL_TABLES

    rows: Any = conn.execute(text(
        "SELECT c.table_name FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_name = c.table_name "
        "AND t.table_schema = c.table_schema "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "AND c.column_name = 'id' AND c.data_type IN ('integer', 'bigint')")).scalars().all()
    return sorted(str(n) for n in rows if n not in JOURNAL_TABLES)


def install_triggers(conn: Connection) -> None:
    from cohortdesk.store.journal_names import TRIGGER_PREFIX

    conn.exec_driver_sql(_FUNCTION)
    have = {(str(r[0]), str(r[1])) for r in conn.execute(text(
        "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname LIKE :p AND NOT t.tgisinternal"), {"p": TRIGGER_PREFIX + "%"}).all()}
    for table in journaled_tables(conn):
        name = f"{TRIGGER_PREFIX}{table}"
        if (table, name) not in have:
            conn.exec_driver_sql(
                f'CREATE TRIGGER "{name}" AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION cd_journal()")


@cache
def _column_types_query() -> str:
    return ("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
            "WHERE a.attrelid = CAST(:t AS regclass) AND a.attnum > 0 AND NOT a.attisdropped")


def _q(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def apply_row(conn: Connection, table: str, row_id: int, values: dict[str, Any] | None) -> None:
    """Make row `row_id` of `table` hold `values` from `to_jsonb` (None: no such row)."""
    qt = _q(table)
    if values is None:
        conn.execute(text(f"DELETE FROM {qt} WHERE id=:id"), {"id": row_id})
        return
    types = {str(n): str(t) for n, t in conn.execute(text(_column_types_query()), {"t": table}).all()}
    names = [n for n in values if n in types]
    params: dict[str, Any] = {}
    marks: list[str] = []
    for i, name in enumerate(names):
        value, kind = values[name], types[name]
        if value is not None and kind in ("json", "jsonb"):
            value = json.dumps(value)
        params[f"p{i}"] = value
        marks.append(f"CAST(:p{i} AS {kind})")
    exists = conn.execute(text(f"SELECT 1 FROM {qt} WHERE id=:id"), {"id": row_id}).first()
    if exists:
        sets = ", ".join(f"{_q(n)}={m}" for n, m in zip(names, marks, strict=True))
        conn.execute(text(f"UPDATE {qt} SET {sets} WHERE id=:id"), {**params, "id": row_id})
    else:
        cols = ", ".join(_q(n) for n in names)
        conn.execute(text(f"INSERT INTO {qt}({cols}) VALUES ({', '.join(marks)})"), params)


def copy_rows(conn: Connection, table: str, columns: Sequence[str],
              rows: Iterable[Sequence[Any]]) -> None:
    """Write many rows with PostgreSQL's COPY, in the connection's open transaction.

    A first sync sends hundreds of thousands of rows: COPY streams them in one statement,
    where an INSERT per row costs a parse, a plan and a round trip each (about ten times
    slower through psycopg's pipeline). Values are as the DBAPI takes them (bind-processed)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    cols = ", ".join(_q(c) for c in columns)
    with raw.cursor() as cursor, cursor.copy(f"COPY {_q(table)} ({cols}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
