"""Every write to a workspace: a named operation, one transaction, one journal entry.

The app and the command line are two clients of this package, so they can never disagree.
An operation is any function over the store (usually a service's write function) run through
`perform`: it runs in one transaction, writes one journal entry, and returns its value with
the change set (`Outcome`). Undo and redo are operations too. Stores opened by the app and
the command line are strict: a write outside `perform` is refused.
"""

from cohortdesk.operations.core import (
    Cancelled,
    OpInfo,
    Outcome,
    perform,
    perform_as,
    redo,
    undo,
)

__all__ = ["Cancelled", "OpInfo", "Outcome", "perform", "perform_as", "redo", "undo"]
