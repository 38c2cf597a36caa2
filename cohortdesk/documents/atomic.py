"""Atomic file writes: a reader (or a crash) never sees a half-written export.

Write to a temporary file in the target's folder (same filesystem, so the rename is atomic),
fsync it, then `os.replace` it over the target. On any failure the temporary file is removed
and an existing target is left untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write to (by any library); it replaces `target` on success."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_open(
    target: str | Path, mode: str = "w", *,
    encoding: str | None = "utf-8", newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Like `open(target, mode)` for writing ("w" or "wb"), but atomic."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only; mode {mode!r} is not supported")
    with atomic_path(target) as temp:
        if "b" in mode:
            with open(temp, "wb") as fh:
                yield fh
        else:
            with open(temp, "w", encoding=encoding, newline=newline) as fh:
                yield fh


def write_bytes(target: str | Path, data: bytes) -> Path:
    with atomic_open(target, "wb") as fh:
        fh.write(data)
    return Path(target)


def write_text(target: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    with atomic_open(target, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
    return Path(target)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders, and needs not.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
