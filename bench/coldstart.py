"""Child process for the cold-start figures: start, paint the main window, say so, exit.

`python -m bench.coldstart bare` shows an empty PySide6 QMainWindow (the floor);
`python -m bench.coldstart app WORKSPACE` starts CohortDesk the way `run_app` does. The parent
times from launching the process to reading "painted", so interpreter start-up and imports
count, as they do for a user. Qt is imported only after the mode is known.
"""

from __future__ import annotations

import sys


def _wait_for_paint(app: object, widget: object) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                PaintWatch.painted = True
            return False

    watch = PaintWatch()
    widget.installEventFilter(watch)  # type: ignore[attr-defined]
    if widget.isVisible():  # type: ignore[attr-defined]
        widget.update()  # type: ignore[attr-defined]
    else:
        widget.show()  # type: ignore[attr-defined]
    # The window and its children paint in the same pass; the pass ends when this returns.
    while not PaintWatch.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    _wait_for_paint(app, window)
    print("painted", flush=True)
    print("done", flush=True)


def cohortdesk_app(workspace: str) -> None:
    from pathlib import Path

    from cohortdesk.ui.shell import app as app_module
    from cohortdesk.ui.shell.main_window import MainWindow

    # What run_app does, step by step, so that the figure follows the app as it changes.
    app = app_module.make_application(sys.argv[:1])
    store = app_module.open_store_safely(Path(workspace), False)
    if store is None:
        raise SystemExit(f"could not open {workspace}")
    window = MainWindow(store)
    _wait_for_paint(app, window)
    print("painted", flush=True)
    current = window.stack.currentWidget()
    model = getattr(current, "model", None)
    if model is not None:
        # A long list may load in the background after the first paint: wait for its rows.
        from PySide6.QtCore import QEventLoop

        while model.rowCount() == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        _wait_for_paint(app, current.table.viewport())
        print("rows", flush=True)
    window.close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        cohortdesk_app(sys.argv[2])
