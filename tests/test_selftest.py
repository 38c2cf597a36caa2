"""`cohortdesk --self-test`: what an installed copy runs to prove it works."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cohortdesk import paths, selftest


def test_core_checks_build_a_packet_and_a_roster_from_the_example(tmp_path: Path) -> None:
    results = selftest.run_core_checks(tmp_path)

    assert [r.name for r in results] == [name for name, _ in selftest.CORE_CHECKS]
    assert all(r.ok for r in results), results
    by_name = {r.name: r for r in results}
    assert "people" in by_name["example network"].detail
    assert (tmp_path / "packet.pdf").stat().st_size > 1000
    assert (tmp_path / "roster.xlsx").stat().st_size > 1000
    assert "Load Example Network" in by_name["undo"].detail


def test_self_test_prints_one_line_per_check_and_exits_0(
    qtbot: object, isolated_home: Path
) -> None:
    out = io.StringIO()

    code = selftest.main(["--self-test"], out=out)

    lines = out.getvalue().splitlines()
    assert code == 0, out.getvalue()
    assert lines[0].startswith("CohortDesk ")
    assert any(line.startswith("ok") and "window" in line for line in lines)
    assert any(line.startswith("ok") and "licences" in line for line in lines)
    total = len(selftest.CORE_CHECKS) + len(selftest.QT_CHECKS)
    assert lines[-1] == f"{total} passed, 0 failed"
    # The user's own data folder is left alone: the self-test works in a temporary one.
    assert not (isolated_home / "data").exists() or not any((isolated_home / "data").iterdir())
    assert os.environ["COHORTDESK_HOME"] == str(isolated_home)


def test_a_bundle_without_its_resources_fails_and_says_what_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    out = io.StringIO()

    code = selftest.main(["--self-test", "--no-qt"], out=out)

    text = out.getvalue()
    assert code == 1
    assert "FAILED resources" in text
    assert "example/network.json" in text
    assert "not run: an earlier check failed" in text
    assert text.splitlines()[-1] == f"0 passed, {len(selftest.CORE_CHECKS)} failed"


def test_an_unexpected_error_is_reported_with_where_it_happened(tmp_path: Path) -> None:
    def broken(_ctx: selftest.Context) -> str:
        raise KeyError("venue")

    results = selftest.run_checks(selftest.Context(tmp_path), [("broken", broken)])

    assert not results[0].ok
    assert "KeyError" in results[0].detail and "test_selftest.py" in results[0].detail


def test_the_command_line_flag_runs_it(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COHORTDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "cohortdesk", "--self-test", "--no-qt"],
                          capture_output=True, text=True, env=env, timeout=120)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "passed, 0 failed" in done.stdout
