"""Alembic migrations, run in-process when a workspace opens."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from cohortdesk.domain.errors import NewerSchemaError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_not_newer(connection: Connection, name: str) -> str | None:
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(
            f"{name} was saved by a newer version of CohortDesk (schema {current}). "
            "Update CohortDesk to open it; the file has not been changed."
        )
    return current


def upgrade(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
