"""Import and export bookkeeping: the workspace identity behind stable calendar UIDs.

Revision ID: 0005
Revises: 0004
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "exchange_identity",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_uid", sa.String(64), nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "workspace_uid": uuid.uuid4().hex}])


def downgrade() -> None:
    op.drop_table("exchange_identity")
