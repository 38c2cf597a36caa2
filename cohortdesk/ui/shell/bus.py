"""Broadcast what changed to every view, on the UI thread (Anki's OpChanges, via a signal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # loaded with the workspace, after the window's first paint
    from cohortdesk.store import Store


class ChangeBus(QObject):
    """`changed(Changes)` fires after every change, undo and redo, and on a workspace switch.

    Store listeners may run on the worker thread; emitting a signal from there is queued to the
    receivers' (UI) thread by Qt, so views never touch widgets from the worker.
    """

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._store: Store | None = None

    def attach(self, store: Store) -> None:
        from cohortdesk.store import Changes

        if self._store is not None:
            self._store.unsubscribe(self.changed.emit)
        self._store = store
        store.subscribe(self.changed.emit)
        self.changed.emit(Changes(frozenset({"*"}), "Open workspace"))
