"""Reads off the UI thread for a widget that shows only the newest answer.

A panel that lists a statewide cohort's 100,000 members, or a dialog that offers everyone not
yet in it, would stop the window for a second or more if it read on the UI thread. It asks a
`BackgroundRead` instead: the read runs in Qt's global thread pool (the main window waits for
that pool before it closes the workspace), and the answer comes back on the UI thread, unless
a newer read was asked for meanwhile, or the widget is gone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object)  # token, the answer
    failed = Signal(int, object)  # token, the exception


class _Read(QRunnable):
    def __init__(self, token: int, read: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.token, self.read, self.signals = token, read, signals

    def run(self) -> None:
        try:
            answer = self.read()
        except Exception as exc:  # noqa: BLE001 - handed to the widget, which says so
            outcome, payload = self.signals.failed, exc
        else:
            outcome, payload = self.signals.done, answer
        # The widget may have closed meanwhile: nobody waits for this answer then.
        with contextlib.suppress(RuntimeError):
            outcome.emit(self.token, payload)


class BackgroundRead(QObject):
    """`start(read)` runs `read()` off the UI thread and calls `on_done(answer)` on it; an
    answer to an older `start`, or one after `cancel()`, is dropped. `on_failed(exc)` hears a
    read that raised (a workspace closed under it, a cohort deleted meanwhile)."""

    def __init__(self, parent: QObject, on_done: Callable[[Any], None],
                 on_failed: Callable[[BaseException], None] | None = None) -> None:
        super().__init__(parent)
        self._on_done, self._on_failed = on_done, on_failed
        self._token = 0
        self._pending = False
        # Owned here, so the runnable's signals live as long as the widget that listens.
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    @property
    def pending(self) -> bool:
        """Whether the newest read has not answered yet."""
        return self._pending

    def start(self, read: Callable[[], Any]) -> None:
        self._token += 1
        self._pending = True
        QThreadPool.globalInstance().start(_Read(self._token, read, self._signals))

    def cancel(self) -> None:
        self._token += 1
        self._pending = False

    def _done(self, token: int, answer: Any) -> None:
        if token == self._token:
            self._pending = False
            self._on_done(answer)

    def _failed(self, token: int, exc: BaseException) -> None:
        if token == self._token:
            self._pending = False
            if self._on_failed is not None:
                self._on_failed(exc)
