"""Start the desktop app on a workspace.

The main window paints first and opens its workspace right after (MainWindow(opening=...)), so
this module and the frame import neither the store nor SQLAlchemy; tests/test_import_hygiene.py
keeps it so.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cohortdesk import APP_NAME, __version__, paths
from cohortdesk.ui import i18n
from cohortdesk.ui.shell import style
from cohortdesk.ui.shell.jobs import SWITCH_INTERVAL
from cohortdesk.ui.shell.main_window import MainWindow
from cohortdesk.ui.shell.settings import Settings


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # The window shares the interpreter with its workers (list loads, the search index, jobs):
    # hand the lock back within 0.5 ms when the UI thread asks (see jobs.SWITCH_INTERVAL).
    sys.setswitchinterval(SWITCH_INTERVAL)
    style.apply(app)
    # The language is chosen once, before any window exists (Preferences apply on next start).
    i18n.install(app, i18n.chosen_language(Settings().text(i18n.SETTING)))
    icon = paths.resources_dir() / "icons" / "cohortdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_window(workspace: str | None = None, read_only: bool = False) -> MainWindow:
    """The main window, shown at once; its workspace opens right after the first paint."""
    path = Path(workspace).expanduser() if workspace else paths.default_workspace()
    window = MainWindow(opening=path, read_only=read_only)
    window.show()
    return window


def run_app(workspace: str | None = None, read_only: bool = False) -> int:
    app = make_application()
    window = start_window(workspace, read_only)

    def give_up() -> None:
        # The workspace was refused and the user gave up: no window is left, as before.
        window.close()
        app.exit(1)

    window.open_failed.connect(give_up)
    return app.exec()
