"""Hostile input: the peak memory (resident set, of a fresh process) and time of the import
limits. Each case runs in its own Python process, so its peak is its own and not the bench's
large heap: a 100,000-row people import, a 1,000,000-row CSV refused at the row limit, and an
XLSX zip bomb refused before unpacking."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

from bench.core_metrics import Bench
from bench.measure import Aim, Metric, guarded

_CHILD = r"""
import json, sys, time
from pathlib import Path
from bench.coldstart import peak_rss_kb
from cohortdesk.domain.errors import CohortDeskError
kind, source, workspace = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
started = time.perf_counter()
outcome = ""
try:
    if kind == "import":
        from cohortdesk.services import people_import
        from cohortdesk.store import Store
        with Store.open(workspace) as store:
            preview, summary = people_import.import_file(store, source)
            outcome = summary.sentence()
    else:
        from cohortdesk.documents.tabular_read import read_table
        read_table(source)
        outcome = "read (not refused)"
except CohortDeskError as exc:
    outcome = "refused: " + str(exc)
seconds = time.perf_counter() - started
peak = peak_rss_kb() / 1024  # this child's own peak: ru_maxrss would carry the bench's over
print(json.dumps({"seconds": seconds, "peak_mb": peak, "outcome": outcome}))
"""


def _people_csv(path: Path, rows: int) -> Path:
    if path.exists():
        return path
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("Given name,Family name,Email,Organization,Title,Phone,Dietary needs\n")
        for i in range(rows):
            fh.write(f"Given{i},Family{i % 997},person{i}@example.org,Org {i % 311},"
                     f"Director of Equity {i % 13},+1 555 01{i % 100:02d},"
                     f"{'Vegan' if i % 7 == 0 else ''}\n")
    return path


def _bomb(path: Path) -> Path:
    if path.exists():
        return path
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1"/></sheets>'
                   "</workbook>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            chunk = b'<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>' * 16384
            for _ in range(1_200_000_000 // len(chunk)):
                sheet.write(chunk)
    return path


def _child(kind: str, source: Path, workspace: Path) -> dict[str, object]:
    workspace.unlink(missing_ok=True)
    done = subprocess.run([sys.executable, "-c", _CHILD, kind, str(source), str(workspace)],
                          capture_output=True, text=True, check=True, timeout=600,
                          cwd=Path(__file__).resolve().parent.parent)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def hostile_inputs(bench: Bench) -> list[Metric]:
    scratch = bench.scratch
    cases = [
        ("People import, 100,000 rows (read, preview, write)", "import",
         _people_csv(scratch / "people-100k.csv", 100_000)),
        ("CSV of 1,000,000 rows refused at the row limit", "read",
         _people_csv(scratch / "people-1m.csv", 1_000_000)),
        ("XLSX zip bomb (1.2 GB of XML) refused before unpacking", "read",
         _bomb(scratch / "bomb.xlsx")),
    ]
    out: list[Metric] = []
    for name, kind, source in cases:
        found = _child(kind, source, scratch / "hostile.cohortdesk")
        size = source.stat().st_size / 1e6
        note = f"File {size:,.1f} MB; {float(found['seconds']):.1f} s; {found['outcome']}"
        out.append(Metric(f"{name}: peak memory", float(found["peak_mb"]), "MB",
                          aim=Aim(300), note=note[:300]))
    return out


def all_hostile(bench: Bench) -> list[Metric]:
    return guarded("Hostile input", "MB", Aim(300), lambda: hostile_inputs(bench))
