"""The People list's index also keeps the name a roster shows (store/models/search.py), so a
CSV roster is read, put in order and written by SQLite without working out 100,000 names in
Python (services/roster.py `_stream_csv`).

The index is derived data: its rows are removed here and made again, with the new column, by
the next People list. Until then a roster is built column by column, as before.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("person_search", sa.Column("shown_name", sa.Text(), nullable=True))
    op.execute("DELETE FROM person_search")


def downgrade() -> None:
    with op.batch_alter_table("person_search") as batch:
        batch.drop_column("shown_name")
