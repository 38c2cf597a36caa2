"""docs/images/app-es.png: the app in Spanish over the Spanish example network, at 1366×768.

    LANG=es_ES.UTF-8 xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots_es.py

The top half is the main window on People, the bottom half a session's page (its agenda).
Everything runs in a temporary folder; the user's workspaces and settings are not touched.
`--parts DIR` also writes each screen on its own, to look at them closely.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1366, 768


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "app-es.png"))
    parser.add_argument("--parts", default="")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="cohortdesk-shots-")
    os.environ["COHORTDESK_HOME"] = home
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QDate, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from cohortdesk.services import example, sessions
    from cohortdesk.store import Store
    from cohortdesk.ui.shell.app import make_application
    from cohortdesk.ui.shell.main_window import MainWindow

    app = make_application(["cohortdesk"])
    store = Store.open(Path(home) / "Red de ejemplo.cohortdesk")
    example.load_example_network(store, language="es", today=example.example_as_of())
    store.strict = True
    window = MainWindow(store)
    window.resize(WIDTH, HEIGHT - 40)  # a panel takes the rest
    window.show()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    settle()
    window.show_view("people")
    settle()
    people = window.grab().toImage()

    view = window.show_view("sessions")
    settle()
    rows = sorted(sessions.list_sessions(store).rows, key=lambda r: str(r[4] or ""))
    view.select_id(int(rows[0][0]))  # the kickoff convening, with its agenda
    settle()
    view.detail.setCurrentIndex(1)  # the session page's Agenda tab
    settle()
    session = window.grab().toImage()

    if args.parts:
        folder = Path(args.parts)
        folder.mkdir(parents=True, exist_ok=True)
        people.save(str(folder / "people.png"))
        session.save(str(folder / "session.png"))
    sheet = QImage(people.width(), people.height() + session.height() + 8,
                   QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, people)
    painter.drawImage(0, people.height() + 8, session)
    painter.end()
    sheet.save(args.out)
    print(f"wrote {args.out} ({QDate.currentDate().toString(Qt.DateFormat.ISODate)})")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
