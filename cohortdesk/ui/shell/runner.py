"""Operations from the UI: one serial worker owns the writes (Anki's CollectionOp and taskman).

`context.ops.run(fn, *args, ...)` runs `perform(store, fn, *args)` on the worker thread that
every job shares, so two writes never race and SQLite sees one writer. While it runs, the
action or button that started it is disabled, so a double click never runs it twice. Long work
shows progress with Cancel (the operation rolls back whole). On the UI thread, `on_success`
gets the operation's value; a failure is logged and shown in plain words, or handed to
`on_failure` (a form showing a ValidationError next to its field). The change set reaches every
view through the one change signal, `context.bus.changed`, once per operation.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.domain.progress import Cancelled

if TYPE_CHECKING:  # loaded with the workspace, after the window's first paint
    from cohortdesk.operations import Outcome
    from cohortdesk.store import Store

log = logging.getLogger(__name__)

Trigger = QAction | QAbstractButton


class OpRunner(QObject):
    """Runs operations on the worker; see the module's doc."""

    # An operation finished (its Outcome), after its change set went out on the bus.
    finished = Signal(object)

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        self._context = context
        self._pending = 0
        self._busy_triggers: set[int] = set()

    def busy(self) -> bool:
        return self._pending > 0

    def run(self, fn: Callable[..., Any], *args: Any, name: str | None = None, source: str = "",
            initiator: object | None = None, merge_key: object | None = None,
            trigger: Trigger | None = None, progress: str | None = None,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None,
            **kwargs: Any) -> bool:
        """Queue `fn(store, *args, **kwargs)` as one operation. False if `trigger` is still busy.

        With `progress` (the dialog's title), a `progress` callback is passed to `fn` and a
        dialog with Cancel appears if the work takes longer than a moment.
        """
        if trigger is not None:
            if id(trigger) in self._busy_triggers:
                return False
            self._busy_triggers.add(id(trigger))
            trigger.setEnabled(False)
        from cohortdesk.operations import OpInfo, perform_as

        store: Store = self._context.store
        info = OpInfo(name=name, source=source, initiator=initiator, merge_key=merge_key)
        takes_progress = progress is not None and "progress" in inspect.signature(fn).parameters

        def work(report: Callable[..., None]) -> Outcome[Any]:
            extra = {"progress": report} if takes_progress else {}
            return perform_as(store, info, fn, *args, **kwargs, **extra)

        def release() -> None:
            self._pending -= 1
            if trigger is not None:
                self._busy_triggers.discard(id(trigger))
                trigger.setEnabled(True)

        def done(outcome: Outcome[Any]) -> None:
            release()
            self.finished.emit(outcome)
            if on_success is not None:
                on_success(outcome.value)

        def failed(exc: BaseException) -> None:
            release()
            if isinstance(exc, Cancelled):
                return
            if on_failure is not None and isinstance(exc, CohortDeskError):
                on_failure(exc)
                return
            if not isinstance(exc, CohortDeskError):
                log.error("Operation %s failed", name or getattr(fn, "__name__", fn),
                          exc_info=(type(exc), exc, exc.__traceback__))
            self._context.show_error(exc)

        self._pending += 1
        self._context.jobs.run(progress or self.tr("Saving…"), work, done, on_failed=failed,
                               cancellable=progress is not None, quiet=progress is None)
        return True

    def undo(self, *, trigger: Trigger | None = None) -> bool:
        return self._replay("undo", trigger)

    def redo(self, *, trigger: Trigger | None = None) -> bool:
        return self._replay("redo", trigger)

    def _replay(self, verb: str, trigger: Trigger | None) -> bool:
        store: Store = self._context.store

        def step(_store: Store) -> object:
            return store.undo() if verb == "undo" else store.redo()

        # Undo is a journal entry of its own, made by the store: run it on the same worker.
        if trigger is not None and id(trigger) in self._busy_triggers:
            return False
        self._pending += 1

        def release(_result: object = None) -> None:
            self._pending -= 1

        def failed(exc: BaseException) -> None:
            release()
            self._context.show_error(exc)

        self._context.jobs.run(verb.title(), lambda _report: step(store), release, on_failed=failed,
                               cancellable=False, quiet=True)
        return True
