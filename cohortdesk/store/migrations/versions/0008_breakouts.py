"""Breakout generation (keep-together and keep-apart rules, locked groups) and a session's
document language.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", ondelete=ondelete, name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "breakout_rule",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("cohort_id", sa.Integer(), _fk("breakout_rule", "cohort_id", "cohort", "CASCADE"),
                  nullable=False),
        sa.Column("person_id", sa.Integer(), _fk("breakout_rule", "person_id", "person", "CASCADE"),
                  nullable=False),
        sa.Column("other_id", sa.Integer(), _fk("breakout_rule", "other_id", "person", "CASCADE"),
                  nullable=False),
        sa.Column("rule", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.UniqueConstraint("cohort_id", "person_id", "other_id",
                            name="uq_breakout_rule_cohort_id"),
    )
    op.create_index("ix_breakout_rule_cohort_id", "breakout_rule", ["cohort_id"])
    op.create_index("ix_breakout_rule_person_id", "breakout_rule", ["person_id"])
    op.create_index("ix_breakout_rule_other_id", "breakout_rule", ["other_id"])
    # Plain ALTER TABLE ... ADD COLUMN: never a table copy, which would cascade deletes.
    op.add_column("breakout_group", sa.Column("locked", sa.Boolean(), nullable=False,
                                              server_default=sa.false()))
    op.add_column("cohort_session", sa.Column("document_language", sa.String(8), nullable=False,
                                              server_default="en"))


def downgrade() -> None:
    with op.batch_alter_table("cohort_session") as batch:
        batch.drop_column("document_language")
    with op.batch_alter_table("breakout_group") as batch:
        batch.drop_column("locked")
    op.drop_table("breakout_rule")
