"""Opening the same workspace from two processes: the second is refused, with who holds it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cohortdesk.store import Store
from cohortdesk.store.lock import WorkspaceLockedError


def test_second_process_is_refused_with_the_holder(workspace_path: Path, isolated_home: Path) -> None:
    code = textwrap.dedent(f"""
        import sys
        from cohortdesk.store import Store
        s = Store.open({str(workspace_path)!r})
        print("open", flush=True)
        sys.stdin.readline()
        s.close()
    """)
    env = os.environ | {"COHORTDESK_HOME": str(isolated_home)}
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceLockedError) as info:
            Store.open(workspace_path)
        message = str(info.value)
        assert f"process {holder.pid}" in message
        assert "read-only" in message
        # Read-only is still possible while the other process writes.
        with Store.open(workspace_path, read_only=True) as ro:
            assert ro.read_only
    finally:
        holder.communicate("\n", timeout=30)
    with Store.open(workspace_path) as store:  # released on close
        assert not store.read_only


def test_lock_left_by_a_dead_process_is_recovered(workspace_path: Path, isolated_home: Path) -> None:
    env = os.environ | {"COHORTDESK_HOME": str(isolated_home)}
    code = f"from cohortdesk.store import Store; import os; Store.open({str(workspace_path)!r}); os._exit(0)"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert workspace_path.with_name(workspace_path.name + ".lock").exists()
    with Store.open(workspace_path) as store:
        assert store.schema_revision() is not None
