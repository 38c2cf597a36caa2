"""Migration failure: a migration that raises leaves the file at its old version, with its data,
and the copy taken before migrating is a valid workspace."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store, migrate
from cohortdesk.store import backups as bk


def _revision(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        raw.close()


def test_failed_migration_leaves_the_old_version_and_a_valid_copy(
    workspace_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    with Store.open(workspace_path) as store:
        people.create_person(store, PersonData(given_name="Imani", family_name="Caldwell",
                                               title="Director"))
    old_head = migrate.head_revision()

    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_broken.py").write_text(textwrap.dedent(f'''
        import sqlalchemy as sa
        from alembic import op

        revision = "9999"
        down_revision = "{old_head}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
            op.execute("UPDATE person SET title = 'migrated'")
            raise RuntimeError("disk unplugged during the migration")


        def downgrade() -> None:
            op.drop_table("half_done")
    '''), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    migrate.revision_chain.cache_clear()
    request.addfinalizer(migrate.revision_chain.cache_clear)
    assert migrate.head_revision() == "9999"

    with pytest.raises(RuntimeError, match="disk unplugged"):
        Store.open(workspace_path)

    assert _revision(workspace_path) == old_head
    raw = sqlite3.connect(workspace_path)
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    titles = [r[0] for r in raw.execute("SELECT title FROM person")]
    assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()
    assert "half_done" not in tables
    assert titles == ["Director"]

    [copy] = [i for i in bk.list_backups(workspace_path) if i.reason.startswith("before-migration")]
    assert copy.reason == f"before-migration-{old_head}"
    assert not bk.verify(copy.path)
    assert _revision(copy.path) == old_head
    assert copy.people == 1

    monkeypatch.undo()
    migrate.revision_chain.cache_clear()
    with Store.open(workspace_path) as store:  # today's CohortDesk still opens it
        assert people.get_person(store, 1).title == "Director"
