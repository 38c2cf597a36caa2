"""Attendance marks keep their time; people merged into another are remembered.

`registration.marked_at` is when the attendance state was set (the source was already
kept), so a report can say "kept: checked in at the door 9:04". Check-ins made before this
revision take their check-in time. `person_merged` remembers who was merged into whom.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("registration", sa.Column("marked_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE registration SET marked_at = checked_in_at "
               "WHERE checked_in_at IS NOT NULL AND attendance IS NOT NULL")
    op.create_table(
        "person_merged",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "person_id", sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE", name="fk_person_merged_person_id_person"),
            nullable=False,
        ),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
    )
    op.create_index("ix_person_merged_person_id", "person_merged", ["person_id"])
    op.create_index("ix_person_merged_email", "person_merged", ["email"])


def downgrade() -> None:
    op.drop_table("person_merged")
    with op.batch_alter_table("registration") as batch:
        batch.drop_column("marked_at")
