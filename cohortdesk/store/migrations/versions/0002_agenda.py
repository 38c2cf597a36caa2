"""Agenda items, presenters, breakouts, notes and action items.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{target}.id", ondelete=ondelete, name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "agenda_day",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), _fk("agenda_day", "session_id", "cohort_session", "CASCADE"),
                  nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.UniqueConstraint("session_id", "number", name="uq_agenda_day_session_id"),
    )
    op.create_index("ix_agenda_day_session_id", "agenda_day", ["session_id"])

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), _fk("agenda_item", "session_id", "cohort_session", "CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("pinned_time", sa.Time(), nullable=True),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("materials", sa.Text(), nullable=False),
    )
    op.create_index("ix_agenda_item_session_id", "agenda_item", ["session_id"])

    op.create_table(
        "agenda_presenter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), _fk("agenda_presenter", "item_id", "agenda_item", "CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), _fk("agenda_presenter", "person_id", "person", "CASCADE"),
                  nullable=True),
        sa.Column("placeholder", sa.String(300), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
    )
    op.create_index("ix_agenda_presenter_item_id", "agenda_presenter", ["item_id"])
    op.create_index("ix_agenda_presenter_person_id", "agenda_presenter", ["person_id"])

    op.create_table(
        "breakout_group",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), _fk("breakout_group", "item_id", "agenda_item", "CASCADE"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("room", sa.String(200), nullable=False),
        sa.Column("facilitator_id", sa.Integer(),
                  _fk("breakout_group", "facilitator_id", "person", "SET NULL"), nullable=True),
    )
    op.create_index("ix_breakout_group_item_id", "breakout_group", ["item_id"])
    op.create_index("ix_breakout_group_facilitator_id", "breakout_group", ["facilitator_id"])

    op.create_table(
        "breakout_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("group_id", sa.Integer(), _fk("breakout_member", "group_id", "breakout_group", "CASCADE"),
                  nullable=False),
        sa.Column("person_id", sa.Integer(), _fk("breakout_member", "person_id", "person", "CASCADE"),
                  nullable=False),
        sa.UniqueConstraint("group_id", "person_id", name="uq_breakout_member_group_id"),
    )
    op.create_index("ix_breakout_member_group_id", "breakout_member", ["group_id"])
    op.create_index("ix_breakout_member_person_id", "breakout_member", ["person_id"])

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("session_id", sa.Integer(), _fk("note", "session_id", "cohort_session", "CASCADE"),
                  nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), _fk("note", "agenda_item_id", "agenda_item", "CASCADE"),
                  nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("author_id", sa.Integer(), _fk("note", "author_id", "person", "SET NULL"), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_note_session_id", "note", ["session_id"])
    op.create_index("ix_note_agenda_item_id", "note", ["agenda_item_id"])
    op.create_index("ix_note_author_id", "note", ["author_id"])

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("raised_session_id", sa.Integer(),
                  _fk("action_item", "raised_session_id", "cohort_session", "CASCADE"), nullable=False),
        sa.Column("closed_session_id", sa.Integer(),
                  _fk("action_item", "closed_session_id", "cohort_session", "SET NULL"), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), _fk("action_item", "owner_id", "person", "SET NULL"),
                  nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_action_item_raised_session_id", "action_item", ["raised_session_id"])
    op.create_index("ix_action_item_closed_session_id", "action_item", ["closed_session_id"])
    op.create_index("ix_action_item_owner_id", "action_item", ["owner_id"])

    op.create_table(
        "agenda_template",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.UniqueConstraint("name", name="uq_agenda_template_name"),
    )


def downgrade() -> None:
    for table in ("agenda_template", "action_item", "note", "breakout_member", "breakout_group",
                  "agenda_presenter", "agenda_item", "agenda_day"):
        op.drop_table(table)
