"""Names the journal and the PostgreSQL seam share, kept apart so neither imports the other."""

# Not journaled: the journal itself, team sync's bookkeeping (cohortdesk/store/sync.py) and the
# People list's search keys (derived from people; undo restores the people and they follow).
# A sync conflict (sync_conflict) is content: resolving one is an operation, undone as any.
JOURNAL_TABLES = frozenset({"op_entry", "op_change", "op_recording", "alembic_version",
                            "sync_row", "sync_state", "sync_outbox", "sync_log", "sync_node",
                            "person_search"})
TRIGGER_PREFIX = "cd_journal_"
