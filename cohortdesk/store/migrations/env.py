"""Alembic environment. CohortDesk runs migrations in-process on a connection it passes in."""

from alembic import context

from cohortdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by copying the table
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
