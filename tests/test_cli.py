"""The command line: real processes, one-line errors, JSON for scripts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"COHORTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "cohortdesk", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_demo_then_lists_as_json(tmp_path: Path, isolated_home: Path) -> None:
    ws = str(tmp_path / "net.cohortdesk")
    assert cli("demo", "--workspace", ws, home=isolated_home).returncode == 0
    people = json.loads(cli("people", "list", "--json", "--workspace", ws, home=isolated_home).stdout)
    assert len(people) == 17
    assert {"id", "name", "email"} <= set(people[0])
    sessions = json.loads(cli("sessions", "list", "--json", "--workspace", ws, home=isolated_home).stdout)
    assert [s["id"] for s in sessions] == [1, 2, 3]
    table = cli("cohorts", "list", "--workspace", ws, home=isolated_home).stdout
    assert "Inaugural Cohort" in table
    check = cli("check", "--json", "--workspace", ws, home=isolated_home)
    assert check.returncode == 0
    assert json.loads(check.stdout)["ok"] is True


def test_errors_are_one_line_without_traceback(tmp_path: Path, isolated_home: Path) -> None:
    ws = str(tmp_path / "net.cohortdesk")
    cli("demo", "--workspace", ws, home=isolated_home)
    again = cli("demo", "--workspace", ws, home=isolated_home)
    assert again.returncode != 0
    assert again.stderr.strip() == "cohortdesk: error: The example network is already in this workspace."
    missing = cli("people", "list", "--workspace", str(tmp_path / "nope.cohortdesk"), home=isolated_home)
    assert missing.returncode != 0
    assert "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


def test_version_and_every_entry_point(isolated_home: Path) -> None:
    env = os.environ | {"COHORTDESK_HOME": str(isolated_home)}
    outputs = [
        cli("--version", home=isolated_home).stdout,
        subprocess.run([sys.executable, "main.py", "--version"], capture_output=True, text=True,
                       cwd=ROOT, env=env, timeout=60).stdout,
        subprocess.run([str(Path(sys.executable).parent / "cohortdesk"), "--version"],
                       capture_output=True, text=True, env=env, timeout=60).stdout,
    ]
    assert all(o.startswith("CohortDesk ") for o in outputs), outputs
