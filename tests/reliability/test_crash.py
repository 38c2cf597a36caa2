"""Crash: SIGKILL a writer at 120 random points of a burst of edits; nothing acknowledged is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HARNESS = Path(__file__).with_name("crash_harness.py")
TRIALS = 120


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_sigkill_at_random_points_loses_no_acknowledged_write(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(HARNESS), str(tmp_path / "crash.cohortdesk"), str(TRIALS), "20250601"],
        capture_output=True, text=True, timeout=600, env=os.environ.copy(),
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["trials"] == TRIALS
    assert summary["acknowledged_writes"] > TRIALS * 5, "the kills landed mid-burst, not at start"
    assert summary["integrity_failures"] == 0, summary["problems"]
    assert summary["lost"] == 0, summary["problems"]
