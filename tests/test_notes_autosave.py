"""Nothing typed is lost: a note survives the app being killed while typing (SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cohortdesk.services import example, notes
from cohortdesk.store import Store

CHILD = Path(__file__).parent / "data" / "agenda" / "type_a_note.py"
ROUNDTABLE = 2
ALLOWED_LOSS_SECONDS = 2.0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_app_while_typing_loses_at_most_two_seconds(
        workspace_path: Path, isolated_home: Path) -> None:
    with Store.open(workspace_path) as store:
        example.load_example_network(store)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COHORTDESK_HOME=str(isolated_home),
               PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    child = subprocess.Popen([sys.executable, str(CHILD), str(workspace_path), str(ROUNDTABLE)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    progress: list[tuple[float, int]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("typed"):
                _word, at, count = line.split()
                progress.append((float(at), int(count)))
                if int(count) >= 120:
                    break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert progress and progress[-1][1] >= 120, child.stderr.read() if child.stderr else ""

    from tests.data.agenda.type_a_note import TEXT

    with Store.open(workspace_path) as store:
        saved = notes.notes_for_session(store, ROUNDTABLE)
    assert len(saved) == 1
    body = saved[0].body
    typed = TEXT[: progress[-1][1]]
    assert typed.startswith(body)  # what was saved is exactly what was typed, in order
    # Everything typed more than two seconds before the kill is in the workspace.
    safe = max((count for at, count in progress if at <= killed_at - ALLOWED_LOSS_SECONDS),
               default=0)
    assert safe >= 60
    assert len(body) >= safe
