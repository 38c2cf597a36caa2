"""Driving modal dialogs in pytest-qt: act on the dialog once it is shown, as a user would."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
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


def laptop_window(qtbot: Any, store: Any) -> Any:
    """The app's window on `store`, shown active at 1366×768, with writes outside an
    operation refused, as in the app."""
    from cohortdesk.ui.shell.main_window import MainWindow

    store.strict = True
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    show_active(qtbot, window)
    return window


def wait_for_ops(qtbot: Any, window: Any) -> None:
    """Wait until every operation queued on the app's worker has finished and been shown.

    Writes from the UI run on the worker (context.ops), as in the app; a test that clicks Save
    or Delete waits here before it reads the workspace.
    """
    context = getattr(window, "context", window)
    qtbot.waitUntil(lambda: not context.ops.busy() and not context.jobs.busy(), timeout=10000)


def damaged_with_a_backup(path: Path) -> None:
    """The example network at `path`, backed up, then one byte of a row flipped in place (its
    size and times kept), as a disk fault would: opening it offers the backup."""
    from cohortdesk.services import example
    from cohortdesk.store import Store, backups

    with Store.open(path) as store:
        example.load_example_network(store)
        backups.make_backup(store)
    stat = path.stat()
    data = bytearray(path.read_bytes())
    data[data.find(b"@example.org") - 1] ^= 0x01
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def restore_when_asked() -> list[BaseException]:
    """Answer the next "damaged workspace" question with Restore this backup."""

    def restore(box: Any) -> None:
        [button] = [b for b in box.buttons() if b.text() == "Restore this backup"]
        button.click()

    return on_next_modal(restore)
