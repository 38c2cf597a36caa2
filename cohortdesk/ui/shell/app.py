"""Start the desktop app on a workspace."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cohortdesk import APP_NAME, __version__, paths
from cohortdesk.ui import i18n
from cohortdesk.ui.shell import style
from cohortdesk.ui.shell.backups_open import open_store_safely
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
    style.apply(app)
    # The language is chosen once, before any window exists (Preferences apply on next start).
    i18n.install(app, i18n.chosen_language(Settings().text(i18n.SETTING)))
    icon = paths.resources_dir() / "icons" / "cohortdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_app(workspace: str | None = None, read_only: bool = False) -> int:
    app = make_application()
    path = Path(workspace).expanduser() if workspace else paths.default_workspace()
    store = open_store_safely(path, read_only)
    if store is None:
        return 1
    # In the app every write goes through an operation; a write outside one is a bug, refused.
    store.strict = True
    window = MainWindow(store)
    window.show()
    return app.exec()
