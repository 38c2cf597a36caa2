"""One writer at a time: another process is refused, naming who holds the file; crashes recover."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.store.lock import WorkspaceLockedError, lock_path, read_holder

HOLDER = Path(__file__).parent / "data" / "safety" / "hold_workspace.py"


@pytest.fixture
def holder_process(workspace_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another CohortDesk process with the workspace open for writing."""
    Store.open(workspace_path).close()
    proc = subprocess.Popen([sys.executable, str(HOLDER), str(workspace_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "READY"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_second_process_is_refused_with_host_pid_and_time(
    workspace_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(WorkspaceLockedError) as refused:
        Store.open(workspace_path)
    holder = refused.value.holder
    assert holder is not None
    assert holder.pid == holder_process.pid
    assert holder.host == socket.gethostname()
    message = str(refused.value)
    assert str(holder_process.pid) in message
    assert socket.gethostname() in message
    assert holder.opened_at[:10] in message
    assert "read-only" in message


def test_read_only_is_possible_while_another_process_writes(
    workspace_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    with Store.open(workspace_path, read_only=True) as viewer:
        assert people.count_people(viewer) == 0


def test_lock_of_a_killed_process_is_recovered(
    workspace_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait()
    assert lock_path(workspace_path).exists(), "a SIGKILLed process leaves its lock file behind"

    with Store.open(workspace_path) as store:
        holder = read_holder(lock_path(workspace_path))
        assert holder is not None and holder.pid == os.getpid()
        people.create_person(store, PersonData(given_name="Ama", family_name="Mensah"))
    assert not lock_path(workspace_path).exists()


def test_lock_is_released_on_close_for_the_next_process(
    workspace_path: Path, holder_process: subprocess.Popen[str]
) -> None:
    assert holder_process.stdin is not None
    holder_process.stdin.close()
    assert holder_process.wait(timeout=30) == 0
    with Store.open(workspace_path) as store:
        assert store.read_only is False


def test_a_lock_file_without_a_living_lock_is_taken_over(workspace_path: Path) -> None:
    """A lock file left by an older version or a crash (no OS lock on it) does not block."""
    lock_path(workspace_path).write_text('{"host": "elsewhere", "pid": 1, "opened_at": "x"}')
    with Store.open(workspace_path):
        holder = read_holder(lock_path(workspace_path))
        assert holder is not None and holder.host == socket.gethostname()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_lock_file_is_private(store: Store) -> None:
    assert lock_path(store.path).stat().st_mode & 0o777 == 0o600


def test_same_process_shares_the_lock_until_the_last_store_closes(
    workspace_path: Path,
) -> None:
    first = Store.open(workspace_path)
    second = Store.open(workspace_path)
    first.close()
    proc = subprocess.run([sys.executable, str(HOLDER), str(workspace_path)], input="",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "already open in another CohortDesk" in proc.stderr
    second.close()
    proc = subprocess.run([sys.executable, str(HOLDER), str(workspace_path)], input="",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
