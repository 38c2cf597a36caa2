"""Child process for the autosave test: opens the app's Notes tab and types until killed.

Prints "typed <monotonic seconds> <characters so far>" after every keystroke.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from cohortdesk.store import Store  # noqa: E402
from cohortdesk.ui.sessions.notes_tab import NotesTab  # noqa: E402
from cohortdesk.ui.shell.app import make_application  # noqa: E402
from cohortdesk.ui.shell.main_window import MainWindow  # noqa: E402

TEXT = "the cohort agreed to meet monthly and to share drafts early " * 10


def main() -> None:
    app = make_application()
    store = Store.open(sys.argv[1])
    window = MainWindow(store)
    tab = NotesTab(window.context)
    tab.show()
    tab.set_session(int(sys.argv[2]))
    tab.add_note()
    while window.context.ops.busy():  # the new note is written on the app's worker
        app.processEvents()
    tab.editor.setFocus()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(tab.editor, TEXT[typed % len(TEXT)])
        typed += 1
        print(f"typed {time.monotonic():.3f} {typed}", flush=True)

    timer = QTimer()
    timer.setInterval(40)
    timer.timeout.connect(type_one)
    timer.start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
