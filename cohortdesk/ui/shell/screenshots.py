"""`make screenshots`: every main view and dialog at 1366×768, as PNGs for the README and for
a person to look at. Runs on the fictional example network in a throwaway data folder, under
Xvfb (or any display): `python -m cohortdesk.ui.shell.screenshots docs/images`."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

WIDTH, HEIGHT = 1366, 768
# What a maximised window gets on a 768-pixel screen with a panel and a title bar.
WINDOW = (WIDTH, HEIGHT - 40)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/images").resolve()
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="cohortdesk-shots-")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = home
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from cohortdesk.operations import perform
    from cohortdesk.services import example
    from cohortdesk.store import Store
    from cohortdesk.ui.shell import style
    from cohortdesk.ui.shell.app import make_application
    from cohortdesk.ui.shell.main_window import MainWindow

    app = make_application()
    store = Store.open(Path(home) / "Workspace.cohortdesk")
    perform(store, example.load_example_network)
    store.strict = True
    style.add_fallback_font()  # as the app does after its first paint
    window = MainWindow(store)
    window.resize(*WINDOW)
    window.show()
    written: list[str] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        written.append(name)

    def dialog(make: Callable[[], Any], name: str) -> None:
        shown = make()
        if isinstance(shown, QWidget):
            shown.show()
            grab(shown, name)
            shown.close()

    def shoot() -> None:
        from cohortdesk.ui.people.dialog import PersonDialog
        from cohortdesk.ui.shell.help import HelpWindow

        for key in ("people", "organizations", "cohorts", "sessions"):
            window.show_view(key)
            grab(window, f"app-{key}")
        page = window.views["sessions"].detail
        for index in range(page.count()):
            page.setCurrentIndex(index)
            grab(window, f"app-session-{page.tabText(index).lower().replace(' ', '-')}")
        people = window.views["people"]
        person_id = people.model.row_id(0)
        dialog(lambda: PersonDialog(store, person_id, window), "dialog-person")
        dialog(lambda: HelpWindow(window.context.actions, window), "dialog-help")
        window.close()
        app.quit()

    QTimer.singleShot(600, shoot)
    app.exec()
    QApplication.processEvents()
    print(f"Wrote {len(written)} screenshots to {out}: {', '.join(written)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
