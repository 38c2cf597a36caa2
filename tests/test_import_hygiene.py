"""The core loads its heavy libraries (PDF, spreadsheets, calendars) only when it first uses
them: importing the services and building the command line must not pull them in. Checked in a
fresh interpreter, so what other tests imported does not count. No timings here."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
