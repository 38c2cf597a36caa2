"""Results frameworks and technical assistance.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", ondelete=ondelete, name=f"fk_{table}_{column}_{target}")


def _member_columns(table: str) -> list[sa.Column]:
    return [
        sa.Column("cohort_id", sa.Integer(), _fk(table, "cohort_id", "cohort", "CASCADE"),
                  nullable=False),
        sa.Column("person_id", sa.Integer(), _fk(table, "person_id", "person", "CASCADE"),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "framework_result",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_member_columns("framework_result"),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_framework_result_cohort_id", "framework_result", ["cohort_id"])
    op.create_index("ix_framework_result_person_id", "framework_result", ["person_id"])

    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("result_id", sa.Integer(),
                  _fk("indicator", "result_id", "framework_result", "CASCADE"), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("unit", sa.String(60), nullable=False),
        sa.Column("baseline_value", sa.Float(), nullable=True),
        sa.Column("baseline_date", sa.Date(), nullable=True),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("data_source", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_indicator_result_id", "indicator", ["result_id"])

    op.create_table(
        "strategy",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("result_id", sa.Integer(),
                  _fk("strategy", "result_id", "framework_result", "CASCADE"), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(300), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_strategy_result_id", "strategy", ["result_id"])

    op.create_table(
        "progress_update",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_member_columns("progress_update"),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("narrative", sa.Text(), nullable=False),
        sa.Column("session_id", sa.Integer(),
                  _fk("progress_update", "session_id", "cohort_session", "SET NULL"), nullable=True),
    )
    op.create_index("ix_progress_update_cohort_id", "progress_update", ["cohort_id"])
    op.create_index("ix_progress_update_person_id", "progress_update", ["person_id"])
    op.create_index("ix_progress_update_session_id", "progress_update", ["session_id"])

    op.create_table(
        "progress_value",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("update_id", sa.Integer(),
                  _fk("progress_value", "update_id", "progress_update", "CASCADE"), nullable=False),
        sa.Column("indicator_id", sa.Integer(),
                  _fk("progress_value", "indicator_id", "indicator", "CASCADE"), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.UniqueConstraint("update_id", "indicator_id", name="uq_progress_value_update_id"),
    )
    op.create_index("ix_progress_value_update_id", "progress_value", ["update_id"])
    op.create_index("ix_progress_value_indicator_id", "progress_value", ["indicator_id"])

    t = "technical_assistance_request"
    op.create_table(
        t,
        sa.Column("id", sa.Integer(), primary_key=True),
        *_member_columns(t),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("partner_id", sa.Integer(), _fk(t, "partner_id", "organization", "SET NULL"),
                  nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    )
    op.create_index(f"ix_{t}_cohort_id", t, ["cohort_id"])
    op.create_index(f"ix_{t}_person_id", t, ["person_id"])
    op.create_index(f"ix_{t}_partner_id", t, ["partner_id"])


def downgrade() -> None:
    for table in ("technical_assistance_request", "progress_value", "progress_update", "strategy",
                  "indicator", "framework_result"):
        op.drop_table(table)
