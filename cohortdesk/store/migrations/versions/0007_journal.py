"""The change journal: operations and their row changes, kept in the workspace.

Replaces the undo steps of reverse SQL (which were cleared on every open) with entries that
hold each changed row's values, so undo survives a restart and the same record serves
history and sync. Undo steps left in an older file are not carried over: they were only
ever meant to last one app session.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The old triggers write into the tables dropped below; drop them first.
    bind = op.get_bind()
    for (name,) in [] if bind.dialect.name != "sqlite" else bind.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'cd_undo_%'"
    ).all():
        bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for table in ("undo_recording", "undo_entry", "undo_step"):
        op.drop_table(table)
    op.create_table(
        "op_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("state", sa.String(8), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(500), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_op_entry_created_at", "op_entry", ["created_at"])
    op.create_table(
        "op_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "entry_id", sa.Integer(),
            sa.ForeignKey("op_entry.id", ondelete="CASCADE", name="fk_op_change_entry_id_op_entry"),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
    )
    op.create_index("ix_op_change_entry_id", "op_change", ["entry_id"])
    op.create_index("ix_op_change_row", "op_change", ["table_name", "row_id"])
    op.create_table(
        "op_recording",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("entry_id", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in ("op_recording", "op_change", "op_entry"):
        op.drop_table(table)
    op.create_table(
        "undo_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
    )
    op.create_table(
        "undo_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("step_id", sa.Integer(), sa.ForeignKey("undo_step.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("reverse_sql", sa.Text(), nullable=False),
    )
    op.create_table(
        "undo_recording",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("step_id", sa.Integer(), nullable=False),
    )
