"""The workspace store: one SQLite file, owned by one `Store`."""

from cohortdesk.store.workspace import Changes, Store

__all__ = ["Changes", "Store"]
