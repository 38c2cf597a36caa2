"""Broadcast what changed to every view, on the UI thread (Anki's OpChanges, via a signal)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

if TYPE_CHECKING:  # loaded with the workspace, after the window's first paint
    from cohortdesk.store import Changes, Store


class ChangeBus(QObject):
    """`changed(Changes)` fires after every change, undo and redo, and on a workspace switch.

    Store listeners may run on the worker thread; what they hear is queued to the UI thread, so
    views never touch widgets from the worker. A change made by a job reaches the views when
    the job is done (`flush`), not while it is still winding down on the worker: a view's
    refresh is many calls into Python, and each waited its turn for the interpreter lock while
    the worker ran, stopping the window for 50 ms or more at the end of an import.
    """

    changed = Signal(object)
    _arrived = Signal(object)  # from the worker, queued to the UI thread

    def __init__(self, hold_while: Callable[[], bool] = lambda: False) -> None:
        super().__init__()
        self._store: Store | None = None
        self._hold_while = hold_while
        self._held: list[Changes] = []
        self._arrived.connect(self._deliver)

    def _from_store(self, changes: Changes) -> None:
        if QThread.currentThread() is self.thread() and not self._held:
            self._deliver(changes)
        else:
            self._arrived.emit(changes)

    def _deliver(self, changes: Changes) -> None:
        if self._held or self._hold_while():
            self._held.append(changes)
        else:
            self.changed.emit(changes)

    def flush(self) -> None:
        """Deliver the changes held while jobs ran (the job runner calls it when idle)."""
        held, self._held = self._held, []
        for changes in held:
            self.changed.emit(changes)

    def attach(self, store: Store) -> None:
        from cohortdesk.store import Changes

        if self._store is not None:
            self._store.unsubscribe(self._from_store)
        self._store = store
        self._held = []  # the old workspace's
        store.subscribe(self._from_store)
        self.changed.emit(Changes(frozenset({"*"}), "Open workspace"))
