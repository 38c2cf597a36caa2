"""The core loads its heavy libraries (PDF, spreadsheets, calendars) only when it first uses
them: importing the services and building the command line must not pull them in; the app's
window paints before the workspace (and SQLAlchemy) loads. Checked in a fresh interpreter, so
what other tests imported does not count. No timings here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cohortdesk.store import Store

HEAVY = ("reportlab", "openpyxl", "xlsxwriter", "icalendar", "pypdf")


def _loaded_after(*statements: str) -> list[str]:
    code = "\n".join(["import json, sys", *statements,
                      f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}}"
                      f" & set({HEAVY!r}))))"])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("statement", [
    "import cohortdesk.services.people",
    "import cohortdesk.cli",
    # What `cohortdesk --help` does: every area's commands registered.
    "import cohortdesk.cli; cohortdesk.cli.build_parser()",
    # The services that write PDFs, spreadsheets and calendars load them when they write.
    "import cohortdesk.services.roster, cohortdesk.services.packets, "
    "cohortdesk.services.calendars, cohortdesk.services.prereads, "
    "cohortdesk.services.roster_catering, cohortdesk.services.people_import, "
    "cohortdesk.services.results, cohortdesk.services.zoom_import",
])
def test_importing_the_core_loads_no_heavy_library(statement: str) -> None:
    assert _loaded_after(statement) == []


# What the app's first paint must do without: the ORM and everything under the workspace (the
# window's frame paints first, the workspace opens right after), and the heavy document
# libraries. Alembic is loaded only when a workspace needs a migration.
NOT_BEFORE_FIRST_PAINT = ("sqlalchemy", "sqlalchemy.orm", "alembic", "reportlab", "openpyxl",
                          "xlsxwriter", "icalendar", "pypdf", "cohortdesk.store",
                          "cohortdesk.services", "cohortdesk.operations")

_START = """
import json, sys
from PySide6.QtCore import QEvent, QEventLoop, QObject
import cohortdesk.__main__  # what `python -m cohortdesk` and main.py run
from cohortdesk.ui.shell import app as app_module  # what it starts the app with

def loaded():
    return sorted(name for name in {NAMES!r} if name in sys.modules)

imported = loaded()
app = app_module.make_application(sys.argv[:1])
window = app_module.start_window({WORKSPACE!r})

class Watch(QObject):
    first_paint = None

    def eventFilter(self, _obj, event):
        # Read as the paint happens: the workspace starts opening on a thread right after.
        if event.type() == QEvent.Type.Paint and Watch.first_paint is None:
            Watch.first_paint = loaded()
        return False

watch = Watch()
window.installEventFilter(watch)
while Watch.first_paint is None:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
first_paint = Watch.first_paint
while window.opening:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
opened = loaded()
page = window.stack.currentWidget().objectName()
window.close()
print(json.dumps([imported, first_paint, opened, page]))
"""


def test_the_app_paints_its_window_before_loading_the_workspace_libraries(
        tmp_path: Path) -> None:
    """`python -m cohortdesk` imports none of them; its window paints before any is loaded;
    the workspace then opens (loading SQLAlchemy, but not Alembic: no migration is due)."""
    workspace = tmp_path / "Equity.cohortdesk"
    with Store.open(workspace):  # made (and migrated) beforehand, as on every later start
        pass
    code = _START.format(NAMES=NOT_BEFORE_FIRST_PAINT, WORKSPACE=str(workspace))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, env=env)
    imported, first_paint, opened, page = json.loads(out.stdout.strip().splitlines()[-1])
    assert imported == []
    assert first_paint == []
    assert "sqlalchemy.orm" in opened and "cohortdesk.store" in opened
    assert "alembic" not in opened
    assert page == "welcome"
