"""Integrity on open: a damaged workspace is refused, kept byte for byte as *.damaged, and the
newest good backup is offered. The command line says what is wrong and exits non-zero."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from cohortdesk.cli import run
from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.services import example, people
from cohortdesk.store import Store
from cohortdesk.store.backups import make_backup
from cohortdesk.store.integrity import DamagedWorkspaceError, seal_path
from cohortdesk.store.location import UnsafeLocationError, location_problem


def _example_workspace(path: Path, *, backup: bool = True) -> None:
    with Store.open(path) as store:
        example.load_example_network(store)
        if backup:
            make_backup(store, reason="manual")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_inside_a_name(path: Path) -> None:
    """Bit rot: one letter of an email changes on disk, the file's size and time do not.

    SQLite's quick_check cannot see this; the seal written on close can.
    """
    before = path.stat()
    data = bytearray(path.read_bytes())
    at = data.find(b"@example.org")
    assert at > 0
    data[at - 1] ^= 0x01
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_flipped_byte_in_a_record_is_refused_and_renamed(workspace_path: Path) -> None:
    _example_workspace(workspace_path)
    _flip_inside_a_name(workspace_path)
    corrupted = _digest(workspace_path)

    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(workspace_path)

    error = refused.value
    damaged = workspace_path.with_name(workspace_path.name + ".damaged")
    assert error.damaged_path == damaged
    assert not workspace_path.exists()
    assert _digest(damaged) == corrupted, "the damaged file must not be written to"
    assert error.backup is not None
    assert error.backup.people == 17
    assert f"{error.backup.created:%Y-%m-%d %H:%M}" in str(error)
    assert "kept as test.cohortdesk.damaged" in str(error)


def test_truncated_file_is_refused_without_a_seal(workspace_path: Path) -> None:
    """After a crash there is no seal: SQLite's quick_check must catch a cut-off file."""
    _example_workspace(workspace_path)
    seal_path(workspace_path).unlink()
    data = workspace_path.read_bytes()
    workspace_path.write_bytes(data[: len(data) // 2])
    corrupted = _digest(workspace_path)

    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(workspace_path)

    assert refused.value.problems
    assert _digest(workspace_path.with_name("test.cohortdesk.damaged")) == corrupted


def test_garbage_header_is_refused(workspace_path: Path) -> None:
    _example_workspace(workspace_path, backup=False)
    seal_path(workspace_path).unlink()
    data = bytearray(workspace_path.read_bytes())
    data[0:16] = b"not a database!!"
    workspace_path.write_bytes(bytes(data))

    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(workspace_path)
    assert "cannot be read as a workspace" in str(refused.value)
    assert refused.value.backup is None


def test_broken_links_are_refused(workspace_path: Path) -> None:
    _example_workspace(workspace_path, backup=False)
    seal_path(workspace_path).unlink()
    raw = sqlite3.connect(workspace_path)
    raw.execute("PRAGMA foreign_keys=OFF")
    raw.execute("UPDATE membership SET person_id = 99999 "
                "WHERE id = (SELECT min(id) FROM membership)")
    raw.commit()
    raw.close()

    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(workspace_path)
    assert "membership row" in str(refused.value)
    assert "missing person" in str(refused.value)


def test_file_written_by_another_program_gets_the_full_check(workspace_path: Path) -> None:
    """A sound edit by another SQLite program is accepted; a table that no longer matches its
    index (quick_check does not compare them, integrity_check does) is refused."""
    _example_workspace(workspace_path, backup=False)
    raw = sqlite3.connect(workspace_path)
    raw.execute("UPDATE person SET title = 'Director' WHERE id = 1")
    raw.commit()
    raw.close()
    with Store.open(workspace_path) as store:
        assert people.get_person(store, 1).title == "Director"

    before = _digest(workspace_path)
    data = bytearray(workspace_path.read_bytes())
    at = data.find(b"@example.org")
    data[at - 1] ^= 0x01  # written by "another program": the time changes
    workspace_path.write_bytes(bytes(data))
    assert _digest(workspace_path) != before
    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(workspace_path)
    assert any("index" in p for p in refused.value.problems), refused.value.problems


def test_second_damaged_copy_gets_its_own_name(workspace_path: Path) -> None:
    for _ in range(2):
        _example_workspace(workspace_path, backup=False)
        _flip_inside_a_name(workspace_path)
        with pytest.raises(DamagedWorkspaceError):
            Store.open(workspace_path)
    assert workspace_path.with_name("test.cohortdesk.damaged").exists()
    assert workspace_path.with_name("test.cohortdesk.2.damaged").exists()


def test_read_only_open_leaves_a_damaged_file_in_place(workspace_path: Path) -> None:
    _example_workspace(workspace_path, backup=False)
    _flip_inside_a_name(workspace_path)
    with Store.open(workspace_path, read_only=True) as viewer:
        assert viewer.integrity_problems()
    assert workspace_path.exists()


def test_sound_file_opens_and_keeps_its_data(workspace_path: Path) -> None:
    _example_workspace(workspace_path, backup=False)
    assert seal_path(workspace_path).exists()
    with Store.open(workspace_path) as store:
        assert not seal_path(workspace_path).exists(), "an open workspace is no longer sealed"
        assert people.count_people(store) == 17


def test_check_command_exits_non_zero_and_says_what_is_wrong(
    workspace_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _example_workspace(workspace_path, backup=False)
    assert run(["check", "--workspace", str(workspace_path)]) == 0
    capsys.readouterr()

    _flip_inside_a_name(workspace_path)
    assert run(["check", "--workspace", str(workspace_path)]) != 0
    out = capsys.readouterr().out
    assert "DAMAGED" in out
    assert "changed on disk without being saved" in out
    assert workspace_path.exists(), "check only looks"


def test_check_command_on_a_file_that_is_not_a_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.cohortdesk"
    junk.write_bytes(b"\x00garbage" * 1000)
    assert run(["check", "--workspace", str(junk)]) != 0
    assert "cannot be read as a workspace" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_workspace_and_its_wal_files_are_private(store: Store) -> None:
    example.load_example_network(store)
    for suffix in ("", "-wal", "-shm"):
        part = store.path.with_name(store.path.name + suffix)
        assert part.exists()
        assert part.stat().st_mode & 0o777 == 0o600, part.name


def test_cloud_synced_folder_is_refused_for_writing(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "cohorts" / "Equity.cohortdesk"
    synced.parent.mkdir(parents=True)
    with pytest.raises(UnsafeLocationError) as refused:
        Store.open(synced)
    assert "synced by Dropbox" in str(refused.value)
    assert "read-only" in str(refused.value)
    assert not synced.exists(), "nothing is created there"


def test_cloud_workspace_opens_read_only(tmp_path: Path, workspace_path: Path) -> None:
    _example_workspace(workspace_path, backup=False)
    synced = tmp_path / "OneDrive - City of Tacoma" / "Equity.cohortdesk"
    synced.parent.mkdir(parents=True)
    synced.write_bytes(workspace_path.read_bytes())
    with Store.open(synced, read_only=True) as viewer:
        assert people.count_people(viewer) == 17


def test_network_shares_are_recognised() -> None:
    mounts = [("/", "ext4"), ("/mnt/team", "cifs"), ("/home/ana/nfs", "nfs4"),
              ("/media/usb", "vfat")]
    assert location_problem(Path("/mnt/team/Equity.cohortdesk"), mounts) == (
        "on a network share (cifs)")
    assert location_problem(Path("/home/ana/nfs/x/Equity.cohortdesk"), mounts) == (
        "on a network share (nfs4)")
    assert location_problem(Path("/media/usb/Equity.cohortdesk"), mounts) is None
    assert location_problem(Path("/home/ana/Documents/Equity.cohortdesk"), mounts) is None
    assert isinstance(UnsafeLocationError(Path("x"), "y"), WorkspaceError)
