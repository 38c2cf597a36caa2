"""Team sync: global ids of rows, field clocks, the outbox, the hub's log and conflicts.

Every workspace (a laptop's file or the hub) gets the same tables; `sync_log` and `sync_node`
stay empty except on the hub. See cohortdesk/store/sync.py.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_row",
        sa.Column("gid", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("clocks", sa.Text(), nullable=False, server_default="{}"),
    )
    op.create_index("ix_sync_row_table_row", "sync_row", ["table_name", "row_id"], unique=True)
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("change", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("node", sa.String(40), nullable=False),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("gid", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(4), nullable=False),
        sa.Column("clock", sa.String(64), nullable=False),
        sa.Column("data", sa.Text(), nullable=True),
    )
    op.create_table(
        "sync_node",
        sa.Column("node", sa.String(40), primary_key=True),
        sa.Column("who", sa.String(300), nullable=False, server_default=""),
        sa.Column("last_batch", sa.String(36), nullable=False, server_default=""),
        sa.Column("last_seen", sa.String(40), nullable=False, server_default=""),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("row_gid", sa.String(36), nullable=False, index=True),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("kept_value", sa.Text(), nullable=True),
        sa.Column("kept_node", sa.String(40), nullable=False),
        sa.Column("kept_by", sa.String(300), nullable=False, server_default=""),
        sa.Column("kept_at", sa.String(40), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=True),
        sa.Column("lost_node", sa.String(40), nullable=False),
        sa.Column("lost_by", sa.String(300), nullable=False, server_default=""),
        sa.Column("lost_at", sa.String(40), nullable=False),
        sa.Column("resolution", sa.String(10), nullable=False, server_default=""),
    )


def downgrade() -> None:
    for table in ("sync_conflict", "sync_node", "sync_log", "sync_outbox", "sync_state"):
        op.drop_table(table)
    op.drop_index("ix_sync_row_table_row", "sync_row")
    op.drop_table("sync_row")
