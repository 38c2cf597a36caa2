"""Alembic migrations, run in-process when a workspace opens.

Opening an up-to-date workspace is the common case, so it never imports Alembic (a third of
start-up): the revision chain is read from the migration files' `revision` and
`down_revision` lines, and the file's revision from its `alembic_version` table. Alembic is
loaded only to upgrade. A test checks that this reading agrees with Alembic's own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

from cohortdesk.domain.errors import NewerSchemaError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:None|['\"]([^'\"]+)['\"])", re.MULTILINE)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def revision_chain() -> dict[str, str | None]:
    """Each revision and the one it revises, read from the migration files."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision and down:
            chain[revision.group(1)] = down.group(1)
    return chain


def head_revision() -> str:
    chain = revision_chain()
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1:
        raise RuntimeError(f"Migrations must form one line; heads: {sorted(heads)}")
    return heads.pop()


def known_revisions() -> set[str]:
    return set(revision_chain())


def current_revision(connection: Connection) -> str | None:
    if connection.dialect.name != "sqlite":  # a hub: a failed statement would end its transaction
        found = connection.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
        if found is None:
            return None
    try:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    except OperationalError:  # no such table: a new, empty file
        return None
    return str(row[0]) if row else None


def check_not_newer(connection: Connection, name: str) -> str | None:
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(
            f"{name} was saved by a newer version of CohortDesk (schema {current}). "
            "Update CohortDesk to open it; the file has not been changed."
        )
    return current


def upgrade(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
