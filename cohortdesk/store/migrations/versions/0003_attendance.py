"""Invitations, registrations and attendance.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id", sa.Integer(),
            sa.ForeignKey("cohort_session.id", ondelete="CASCADE",
                          name="fk_registration_session_id_cohort_session"),
            nullable=False,
        ),
        sa.Column(
            "person_id", sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE", name="fk_registration_person_id_person"),
            nullable=False,
        ),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attendance", sa.String(20), nullable=True),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("walk_in", sa.Boolean(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint("session_id", "person_id", name="uq_registration_session_id"),
    )
    op.create_index("ix_registration_session_id", "registration", ["session_id"])
    op.create_index("ix_registration_person_id", "registration", ["person_id"])
    op.create_table(
        "attendance_alias",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_key", sa.String(300), nullable=False),
        sa.Column(
            "person_id", sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE", name="fk_attendance_alias_person_id_person"),
            nullable=False,
        ),
        sa.UniqueConstraint("name_key", name="uq_attendance_alias_name_key"),
    )
    op.create_index("ix_attendance_alias_person_id", "attendance_alias", ["person_id"])


def downgrade() -> None:
    op.drop_table("attendance_alias")
    op.drop_table("registration")
