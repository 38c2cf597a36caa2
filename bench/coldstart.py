"""Child process for the cold-start figures: start, paint the main window, say so, exit.

`python -m bench.coldstart bare` shows an empty PySide6 QMainWindow (the floor);
`python -m bench.coldstart app WORKSPACE` starts CohortDesk the way `run_app` does. The parent
times from launching the process to reading "painted", so interpreter start-up and imports
count, as they do for a user. Right after "painted" the child reports "rss KB", its peak
resident memory so far, the memory figure of the same start; then "opened" when
the workspace has opened and its first page painted, and "rows" when a long list's rows
have. Qt is imported only after the mode is known.
"""

from __future__ import annotations

import resource
import sys


def peak_rss_kb() -> int:
    """The peak resident memory of this process, in KB: Linux's VmHWM, which belongs to this
    program's own address space. ru_maxrss is carried over from the parent across exec on
    Linux, so the bench's own size would set a floor for every child."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS


def _report_painted() -> None:
    print("painted", flush=True)
    # Read at once, so the figure is the peak up to the first paint.
    print(f"rss {peak_rss_kb()}", flush=True)


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
    _report_painted()
    print("done", flush=True)


def cohortdesk_app(workspace: str) -> None:
    from PySide6.QtCore import QEventLoop

    from cohortdesk.ui.shell import app as app_module

    # What run_app does, so that the figure follows the app as it changes: the window's frame
    # paints, then its workspace opens.
    app = app_module.make_application(sys.argv[:1])
    window = app_module.start_window(workspace)
    failed: list[bool] = []
    window.open_failed.connect(lambda: failed.append(True))
    _wait_for_paint(app, window)
    _report_painted()
    # Blocking until the next event, as app.exec() does: a polling loop would take the GIL
    # from the threads that open the workspace and load the rows, and slow them down.
    while window.opening and not failed:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if failed:
        raise SystemExit(f"could not open {workspace}")
    current = window.stack.currentWidget()
    _wait_for_paint(app, current)  # the welcome page or the view the user left
    print("opened", flush=True)
    model = getattr(current, "model", None)
    if model is not None:
        # A long list may load in the background after the workspace opens: wait for its rows.
        while model.rowCount() == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        _wait_for_paint(app, current.table.viewport())
        print("rows", flush=True)
    window.close()
    print("done", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        cohortdesk_app(sys.argv[2])
