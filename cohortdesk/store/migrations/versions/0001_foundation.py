"""Foundation: organizations, people, cohorts, memberships, sessions, undo journal.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("state_region", sa.String(200), nullable=False),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("given_name", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("preferred_name", sa.String(200), nullable=False),
        sa.Column("pronouns", sa.String(60), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column(
            "organization_id",
            sa.Integer(),
            sa.ForeignKey("organization.id", ondelete="SET NULL", name="fk_person_organization_id_organization"),
            nullable=True,
        ),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("phone", sa.String(60), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("access_needs", sa.Text(), nullable=False),
        sa.Column("dietary_needs", sa.Text(), nullable=False),
        sa.Column("consent_share_contact", sa.Boolean(), nullable=False),
        sa.Column("internal_notes", sa.Text(), nullable=False),
        sa.UniqueConstraint("email", name="uq_person_email"),
    )
    op.create_index("ix_person_organization_id", "person", ["organization_id"])
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("program", sa.String(300), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
    )
    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "cohort_id", sa.Integer(),
            sa.ForeignKey("cohort.id", ondelete="CASCADE", name="fk_membership_cohort_id_cohort"),
            nullable=False,
        ),
        sa.Column(
            "person_id", sa.Integer(),
            sa.ForeignKey("person.id", ondelete="CASCADE", name="fk_membership_person_id_person"),
            nullable=False,
        ),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.UniqueConstraint("cohort_id", "person_id", name="uq_membership_cohort_id"),
    )
    op.create_index("ix_membership_cohort_id", "membership", ["cohort_id"])
    op.create_index("ix_membership_person_id", "membership", ["person_id"])
    op.create_table(
        "cohort_session",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "cohort_id", sa.Integer(),
            sa.ForeignKey("cohort.id", ondelete="CASCADE", name="fk_cohort_session_cohort_id_cohort"),
            nullable=False,
        ),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("format", sa.String(40), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=True),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("venue", sa.Text(), nullable=False),
        sa.Column("meeting_link", sa.String(500), nullable=False),
        sa.Column("objectives", sa.JSON(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
    )
    op.create_index("ix_cohort_session_cohort_id", "cohort_session", ["cohort_id"])
    op.create_table(
        "undo_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
    )
    op.create_table(
        "undo_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "step_id", sa.Integer(),
            sa.ForeignKey("undo_step.id", ondelete="CASCADE", name="fk_undo_entry_step_id_undo_step"),
            nullable=False,
        ),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("reverse_sql", sa.Text(), nullable=False),
    )
    op.create_index("ix_undo_entry_step_id", "undo_entry", ["step_id"])
    op.create_table(
        "undo_recording",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("step_id", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    for table in ("undo_recording", "undo_entry", "undo_step", "cohort_session", "membership",
                  "cohort", "person", "organization"):
        op.drop_table(table)
