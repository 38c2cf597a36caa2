"""One writer per workspace: a lock file beside it that names its holder.

The lock is an operating-system lock (`flock` on POSIX, `msvcrt.locking` on Windows) held on
`NAME.cohortdesk.lock` for as long as the workspace is open. The operating system drops it
when the process ends, however it ends, so a lock left by a crash (SIGKILL, power loss, a
native fault) is recovered by the next open without guessing from pids. The file's text
(host, pid, time opened) is only there to tell the user who holds it.

Opening the same workspace twice in one process shares the lock (SQLite itself serialises
writers inside a process); the one-writer rule is between CohortDesk instances.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cohortdesk.domain.errors import WorkspaceError

# Windows locks are mandatory, so the byte we lock lies far past the text others must read.
_WINDOWS_LOCK_OFFSET = 0x7FFF0000


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    opened_at: str

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, opened {self.opened_at}"


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        who = holder.describe() if holder else "details unavailable"
        super().__init__(
            f"{path.name} is already open in another CohortDesk ({who}). "
            "Close it there, or open this workspace read-only."
        )
        self.path = path
        self.holder = holder


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _alive(pid: int) -> bool:
    """Whether a process exists. Never signals it (os.kill(pid, 0) kills on Windows)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
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
        with open(path, "rb") as handle:
            raw = handle.read(4096)
        data = json.loads(raw.rstrip(b"\0").decode("utf-8"))
        return LockHolder(str(data["host"]), int(data["pid"]), str(data["opened_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_os_lock(fd: int) -> bool:
    """Take the OS lock without waiting. False if someone else holds it."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _os_unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


class _Held:
    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.count = 1


# Locks this process holds, by lock-file path: a second Store on the same file shares it.
_HELD: dict[Path, _Held] = {}
_HELD_GUARD = threading.Lock()


class WorkspaceLock:
    def __init__(self, workspace: Path) -> None:
        self.path = lock_path(workspace)
        self.workspace = workspace
        self.held = False

    def holder(self) -> LockHolder | None:
        return read_holder(self.path)

    def sole_holder(self) -> bool:
        """Whether this is the only Store in the process holding the lock (the last to close)."""
        with _HELD_GUARD:
            shared = _HELD.get(self.path)
            return self.held and shared is not None and shared.count == 1

    def acquire(self) -> None:
        if self.held:
            return
        with _HELD_GUARD:
            shared = _HELD.get(self.path)
            if shared is not None:
                shared.count += 1
                self.held = True
                return
            fd = self._acquire_fd()
            _HELD[self.path] = _Held(fd)
            self.held = True

    def _acquire_fd(self) -> int:
        me = LockHolder(socket.gethostname(), os.getpid(),
                        dt.datetime.now().isoformat(" ", "seconds"))
        payload = json.dumps(me.__dict__).encode()
        for _attempt in range(5):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                raise WorkspaceError(
                    f"Could not lock {self.workspace.name}: {exc.strerror or exc}."
                ) from exc
            try:
                got = _try_os_lock(fd)
            except OSError:
                # The file system has no locks (some network mounts): fall back to the pid.
                got = self._fallback_stale()
            if not got:
                os.close(fd)
                raise WorkspaceLockedError(self.workspace, self._wait_for_holder())
            if os.name == "posix" and not self._same_file(fd):
                # The holder released (and unlinked) the file between our open and our lock.
                os.close(fd)
                continue
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, payload)
            with contextlib.suppress(OSError):
                os.fsync(fd)
            return fd
        raise WorkspaceError(f"Could not lock {self.workspace.name}; try again.")

    def _same_file(self, fd: int) -> bool:
        try:
            return os.fstat(fd).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            return False

    def _fallback_stale(self) -> bool:
        holder = read_holder(self.path)
        if holder is None:
            return True
        return holder.host == socket.gethostname() and not _alive(holder.pid)

    def _wait_for_holder(self) -> LockHolder | None:
        # The holder writes its details right after locking; give it a moment to finish.
        for _ in range(10):
            holder = read_holder(self.path)
            if holder is not None:
                return holder
            time.sleep(0.05)
        return None

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with _HELD_GUARD:
            shared = _HELD.get(self.path)
            if shared is None:
                return
            shared.count -= 1
            if shared.count > 0:
                return
            del _HELD[self.path]
            if os.name == "posix":
                # Unlink while still locked, so no one can lock the file we are leaving.
                with contextlib.suppress(OSError):
                    self.path.unlink()
                _os_unlock(shared.fd)
                os.close(shared.fd)
            else:  # pragma: no cover - Windows cannot unlink an open file
                _os_unlock(shared.fd)
                os.close(shared.fd)
                with contextlib.suppress(OSError):
                    self.path.unlink()

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: Any) -> None:
        self.release()
