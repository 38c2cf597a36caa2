"""The workspace store: one SQLite file, owned by one `Store`."""

from cohortdesk.store.changes import Changes, ChangeSet
from cohortdesk.store.workspace import OperationScope, OutsideOperationError, Store

__all__ = ["ChangeSet", "Changes", "OperationScope", "OutsideOperationError", "Store"]
