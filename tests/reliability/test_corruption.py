"""Corruption: flipped bytes and truncated files are refused, never written to, and the newest
good backup is offered. Random flips that no check can see (inside text, with no seal) must
still end in a clear error or a normal open, never an unhandled exception."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from pathlib import Path

import pytest

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import example
from cohortdesk.store import Store
from cohortdesk.store.backups import make_backup
from cohortdesk.store.integrity import DamagedWorkspaceError, seal_path

TRIALS = 30


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("original")
    path = folder / "Equity.cohortdesk"
    with Store.open(path) as store:
        example.load_example_network(store)
    return path


def _copy(original: Path, folder: Path, name: str, *, with_seal: bool) -> Path:
    target = folder / f"{name}.cohortdesk"
    shutil.copy2(original, target)
    if with_seal:
        shutil.copy2(seal_path(original), seal_path(target))
    return target


def _flip(rng: random.Random, data: bytearray) -> None:
    for _ in range(rng.randint(1, 8)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_refused_untouched(path: Path, corrupted: str) -> DamagedWorkspaceError:
    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(path)
    error = refused.value
    assert error.damaged_path is not None and not path.exists()
    assert _digest(error.damaged_path) == corrupted, "a damaged file is never written to"
    return error


def test_bit_rot_is_always_refused_and_the_backup_offered(original: Path, tmp_path: Path) -> None:
    with Store.open(original, read_only=True) as viewer:
        good = make_backup(viewer)
    rng = random.Random(7)
    for trial in range(TRIALS):
        path = _copy(original, tmp_path, f"rot{trial}", with_seal=True)
        stat = path.stat()
        data = bytearray(path.read_bytes())
        _flip(rng, data)
        path.write_bytes(bytes(data))
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the disk changed, no one wrote
        error = _assert_refused_untouched(path, hashlib.sha256(data).hexdigest())
        # Copies are named rotN; the backup offered is for the workspace of that name, if any.
        assert error.backup is None or error.backup.path == good.path


def test_backup_is_offered_for_the_damaged_workspace(original: Path, tmp_path: Path) -> None:
    path = _copy(original, tmp_path, "Equity", with_seal=True)
    with Store.open(path, read_only=True) as viewer:
        good = make_backup(viewer)
    stat = path.stat()
    data = bytearray(path.read_bytes())
    _flip(random.Random(3), data)
    path.write_bytes(bytes(data))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    error = _assert_refused_untouched(path, hashlib.sha256(data).hexdigest())
    assert error.backup is not None and error.backup.path == good.path
    assert error.backup.people == 17


@pytest.mark.parametrize("with_seal", [True, False], ids=["sealed", "after-a-crash"])
def test_truncated_file_is_always_refused(original: Path, tmp_path: Path, with_seal: bool) -> None:
    rng = random.Random(11)
    size = original.stat().st_size
    for trial in range(TRIALS):
        path = _copy(original, tmp_path, f"cut{trial}", with_seal=with_seal)
        keep = rng.randrange(1, size) if trial else 0
        path.write_bytes(path.read_bytes()[:keep])
        if keep == 0 and not with_seal:
            continue  # an empty file with no seal and no backups is a new workspace
        _assert_refused_untouched(path, _digest(path))


def test_undetectable_flips_never_crash_the_open(original: Path, tmp_path: Path) -> None:
    """With no seal, SQLite cannot see a flipped letter inside a name; opening it must still be a
    normal open or a clear refusal, never an unhandled exception."""
    rng = random.Random(23)
    refused = opened = 0
    for trial in range(TRIALS):
        path = _copy(original, tmp_path, f"flip{trial}", with_seal=False)
        data = bytearray(path.read_bytes())
        _flip(rng, data)
        path.write_bytes(bytes(data))
        try:
            Store.open(path).close()
            opened += 1
        except CohortDeskError:
            refused += 1
    assert refused + opened == TRIALS
    assert refused > 0
