"""Driving modal dialogs in pytest-qt: act on the dialog once it is shown, as a user would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def on_next_modal(action: Callable[[Any], None], attempts: int = 200) -> list[BaseException]:
    """Run `action(dialog)` on the next modal dialog that appears. Errors are collected."""
    errors: list[BaseException] = []

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QWidget) and dialog.isVisible():
            try:
                action(dialog)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)
                dialog.close()
            return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(attempts))
    return errors


def show_active(qtbot: Any, window: QWidget) -> None:
    """Show a window and wait until it is the active one, so keyboard shortcuts reach it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def wait_for_ops(qtbot: Any, window: Any) -> None:
    """Wait until every operation queued on the app's worker has finished and been shown.

    Writes from the UI run on the worker (context.ops), as in the app; a test that clicks Save
    or Delete waits here before it reads the workspace.
    """
    context = getattr(window, "context", window)
    qtbot.waitUntil(lambda: not context.ops.busy() and not context.jobs.busy(), timeout=10000)
