"""The People list's search and sort keys (store/models/search.py), one row per person.

Triggers remove a person's row when the person or their organization changes (and when the
person is deleted); the People list computes missing rows again before it reads. The triggers
are plain SQL, so a write from any connection keeps the keys honest. The table starts empty:
the first People list fills it.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SORT_KEYS = ("name_key", "preferred_key", "pronouns_key", "title_key", "organization_key",
             "jurisdiction_key", "email_key", "phone_key", "consent_key")
# What a person's row shows and sorts by: any of these changing makes the keys stale.
PERSON_COLUMNS = ("given_name", "family_name", "preferred_name", "pronouns", "title",
                  "organization_id", "email", "phone", "consent_share_contact")
ORGANIZATION_COLUMNS = ("name", "kind", "city", "state_region")

TRIGGERS = {
    "cd_search_person_insert":
        "AFTER INSERT ON person BEGIN "
        "DELETE FROM person_search WHERE person_id = new.id; END",
    "cd_search_person_update":
        f"AFTER UPDATE OF id, {', '.join(PERSON_COLUMNS)} ON person BEGIN "
        "DELETE FROM person_search WHERE person_id IN (old.id, new.id); END",
    "cd_search_person_delete":
        "AFTER DELETE ON person BEGIN "
        "DELETE FROM person_search WHERE person_id = old.id; END",
    "cd_search_organization_update":
        f"AFTER UPDATE OF id, {', '.join(ORGANIZATION_COLUMNS)} ON organization BEGIN "
        "DELETE FROM person_search WHERE person_id IN "
        "(SELECT id FROM person WHERE organization_id IN (old.id, new.id)); END",
}


def upgrade() -> None:
    op.create_table(
        "person_search",
        sa.Column("person_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("search", sa.Text(), nullable=False),
        *(sa.Column(k, sa.Text(), nullable=True) for k in SORT_KEYS),
    )
    for k in SORT_KEYS:
        op.create_index(f"ix_person_search_{k}", "person_search", [k])
    if op.get_bind().dialect.name == "sqlite":
        for name, body in TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("person_search")
