"""The one door through which anything writes (Anki's CollectionOp, without the Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, Generic, ParamSpec, TypeVar

from cohortdesk.store import Changes, Store

P = ParamSpec("P")
T = TypeVar("T")


class Cancelled(Exception):
    """Raised by a progress callback when the user cancels: the operation rolls back whole."""


@dataclass(frozen=True)
class OpInfo:
    """How an operation is named and where its change came from.

    `name` is what Undo says; without one, the service's own label is used. `source` is
    recorded in the journal ("registrations.csv", "merge with #12"). `initiator` travels with
    the change set, so the view that made a change can tell it apart from others' changes.
    """

    name: str | None = None
    source: str = ""
    initiator: object | None = None
    merge_key: object | None = None
    # "op" (undoable) or "sync" (changes a team sync brought in; recorded, not undoable).
    kind: str = "op"


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an operation returned, and what it changed."""

    value: T
    changes: Changes

    @property
    def changed(self) -> bool:
        return self.changes.entry_id is not None and bool(self.changes.tables)


def perform(store: Store, fn: Callable[Concatenate[Store, P], T], /,
            *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """Run `fn(store, *args, **kwargs)` as one operation."""
    return perform_as(store, OpInfo(), fn, *args, **kwargs)


def perform_as(store: Store, info: OpInfo, fn: Callable[Concatenate[Store, P], T], /,
               *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
    """`perform`, with the operation's name, source and initiator given."""
    with store.operation(info.name, source=info.source, initiator=info.initiator,
                         merge_key=info.merge_key, kind=info.kind) as scope:
        value = fn(store, *args, **kwargs)
    changes = scope.changes or Changes(frozenset(), scope.name, info.initiator)
    return Outcome(value, changes)


def undo(store: Store, *, initiator: object | None = None) -> Changes | None:
    """Undo the newest operation still done (it may be from an earlier app session)."""
    return store.undo(initiator=initiator)


def redo(store: Store, *, initiator: object | None = None) -> Changes | None:
    return store.redo(initiator=initiator)
