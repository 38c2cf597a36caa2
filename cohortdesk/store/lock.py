"""One writer per workspace: a lock file beside it that names its holder.

A lock left by a crashed process on this host (its pid is gone) is taken over. A lock from
another host is respected, since we cannot tell whether that process is alive.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from cohortdesk.domain.errors import WorkspaceError


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    opened_at: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, opened {self.opened_at}"


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: Path, holder: LockHolder) -> None:
        super().__init__(
            f"{path.name} is already open in another CohortDesk ({holder.describe()}). "
            "Close it there, or open this workspace read-only."
        )
        self.holder = holder


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(str(data["host"]), int(data["pid"]), str(data["opened_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = lock_path(workspace)
        self.workspace = workspace
        self.held = False

    def acquire(self) -> None:
        me = LockHolder(socket.gethostname(), os.getpid(), dt.datetime.now().isoformat(" ", "seconds"))
        payload = json.dumps(me.__dict__).encode()
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                stale = holder is None or (
                    holder.host == me.host and (holder.pid == me.pid or not _alive(holder.pid))
                )
                if holder is not None and not stale:
                    raise WorkspaceLockedError(self.workspace, holder) from None
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            self.held = True
            return
        raise WorkspaceError(f"Could not lock {self.workspace.name}.")

    def release(self) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False
