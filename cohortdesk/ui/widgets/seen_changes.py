"""Changes for a widget that may be out of sight: it refreshes when it is seen again.

A session's tabs each refreshed on every change, the three hidden ones too: after a people
import, the window stopped 200 ms for agendas, notes and next steps nobody was looking at.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from cohortdesk.store import Changes
from cohortdesk.store.changes import EVERYTHING
from cohortdesk.ui.shell.context import AppContext


class _Watcher(QObject):
    """Passes changes on while its widget is visible; else remembers that one came, and
    passes on "everything changed" once, when the widget is shown again."""

    def __init__(self, widget: QWidget, on_changed: Callable[[Changes], None]) -> None:
        super().__init__(widget)  # goes with the widget, and so does its connection
        self._widget = widget
        self._on_changed = on_changed
        self.missed = False
        widget.installEventFilter(self)

    def changed(self, changes: Changes) -> None:
        if self._widget.isVisible():
            self._on_changed(changes)
        else:
            self.missed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.missed:
            self.missed = False
            self._on_changed(Changes(frozenset({EVERYTHING}), "Shown again"))
        return False


def follow_seen_changes(context: AppContext, widget: QWidget,
                        on_changed: Callable[[Changes], None]) -> None:
    """Call `on_changed(changes)` after each change while `widget` is visible, and once when
    it is shown again after changes it missed."""
    context.bus.changed.connect(_Watcher(widget, on_changed).changed)
