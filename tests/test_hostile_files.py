"""Hostile paths and shared folders: symlinks, FIFOs, folders, hard links, read-only folders."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store, backups


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _workspace(path: Path) -> Path:
    with Store.open(path) as store:
        people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien"))
    return path


def test_a_folder_as_workspace_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Docs"
    folder.mkdir(mode=0o755)
    (folder / "note.txt").write_text("mine")
    before = (_mode(folder), sorted(os.listdir(folder)))
    for read_only in (False, True):
        with pytest.raises(WorkspaceError, match="is not a file .*folder.*left exactly"):
            Store.open(folder, read_only=read_only)
    assert folder.is_dir() and (_mode(folder), sorted(os.listdir(folder))) == before
    assert not list(tmp_path.glob("*.damaged")) and not list(tmp_path.glob("*.lock"))


def test_a_fifo_as_workspace_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.cohortdesk"
    os.mkfifo(fifo)
    with pytest.raises(WorkspaceError, match="not a file .*FIFO"):
        Store.open(fifo)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_device_as_workspace_is_refused() -> None:
    with pytest.raises(WorkspaceError, match="not a file .*device"):
        Store.open("/dev/null")


def test_hard_link_while_open_is_refused(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    with Store.open(path) as store:
        other = tmp_path / "Other.cohortdesk"
        os.link(path, other)
        with pytest.raises(WorkspaceError, match="2 names on this disk .*hard links"):
            Store.open(other)
        people.create_person(store, PersonData(given_name="Still", family_name="Writing"))
    other.unlink()
    with Store.open(path) as store:
        assert people.count_people(store) == 2


def test_read_only_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = _workspace(folder / "W.cohortdesk")
    seal = path.with_name(f".{path.name}.seal")
    seal.unlink(missing_ok=True)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # Root may write in any folder, whatever its mode: make the folder truly read-only
            # instead, a read-only mount in a private namespace, and open it from there.
            _open_in_a_read_only_mount(path)
            return
        with Store.open(path, read_only=True) as store:
            assert people.count_people(store) == 1
    finally:
        folder.chmod(0o755)


READ_ONLY_CHILD = """
import sys
from cohortdesk.services import people
from cohortdesk.store import Store
with Store.open(sys.argv[1], read_only=True) as store:
    print("people:", people.count_people(store))
"""


def _open_in_a_read_only_mount(path: Path) -> None:
    import subprocess
    import sys

    mount = path.parent.parent / "mounted"
    mount.mkdir()
    shell = ('mount -t tmpfs -o size=8m tmpfs "$1" && cp "$2" "$1/" && '
             'mount -o remount,ro "$1" && touch "$1/probe" 2>/dev/null && exit 78; '
             'shift 2; exec "$@"')
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell, "sh", str(mount), str(path), sys.executable, "-c",
         READ_ONLY_CHILD, str(mount / path.name)],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode != 78, "the mount took a write: it is not read-only"
    assert done.returncode == 0, done.stderr
    assert "people: 1" in done.stdout


def _plant(folder: Path, victim: Path, names: list[str]) -> None:
    for name in names:
        (folder / name).symlink_to(victim)


def test_backups_never_write_through_planted_symlinks(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    folder = tmp_path / "shared"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    # Every name the old code used, for this second and the next few.
    import datetime as dt

    now = dt.datetime.now()
    names = []
    for delta in range(5):
        stamp = (now + dt.timedelta(seconds=delta)).strftime("%Y%m%d-%H%M%S")
        names.append(f".W.{os.getpid()}.{stamp}.unverified")
        names.append(f".W.{os.getpid()}.{stamp}.unverified.partial")
    _plant(folder, victim, names)
    with Store.open(path) as store:
        made = backups.make_backup(store, folder)
    info = backups.restore(made.path, path, folder)
    assert victim.read_text() == "precious"
    assert info.safety_copy is not None and not info.safety_copy.path.is_symlink()
    assert _mode(info.safety_copy.path) == 0o600 and _mode(made.path) == 0o600
    # A symlink dressed as a backup is neither listed nor rotated through.
    fake = folder / "W.20200101-000000.manual.cohortdesk"
    fake.symlink_to(victim)
    assert fake not in [i.path for i in backups.list_backups(path, folder, key=None)]
    backups.rotate(path, folder, key=None)
    assert victim.read_text() == "precious"


def test_backups_list_skips_a_fifo(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    folder = tmp_path / "b"
    folder.mkdir()
    os.mkfifo(folder / "W.20250101-000000.manual.cohortdesk")
    with Store.open(path) as store:
        backups.make_backup(store, folder)
    listed = backups.list_backups(path, folder)
    assert len(listed) == 1 and listed[0].people == 1


def test_backup_to_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    folder = tmp_path / "mine"
    folder.mkdir()
    folder.chmod(0o755)
    with Store.open(path) as store:
        backups.make_backup(store, folder)
        backups.make_backup(store, tmp_path / "new")
    assert _mode(folder) == 0o755
    assert _mode(tmp_path / "new") == 0o700


def test_restore_refuses_a_database_that_is_not_a_workspace(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(backups.BackupError, match="not a CohortDesk workspace"):
        backups.restore(other, path, tmp_path / "b")
    with Store.open(path) as store:
        assert people.count_people(store) == 1


def test_restore_over_a_folder_is_refused(tmp_path: Path) -> None:
    path = _workspace(tmp_path / "W.cohortdesk")
    with Store.open(path) as store:
        made = backups.make_backup(store, tmp_path / "b")
    folder = tmp_path / "Docs"
    folder.mkdir()
    with pytest.raises(backups.BackupError, match="not a workspace file"):
        backups.restore(made.path, folder, tmp_path / "b")
    assert folder.is_dir()


def test_read_only_open_uses_immutable_where_the_folder_refuses_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root every folder is writable; pretend the OS says no to check the immutable open."""
    path = _workspace(tmp_path / "W.cohortdesk")
    from cohortdesk.store import workspace

    real = os.access
    monkeypatch.setattr(workspace.os, "access",
                        lambda p, m, **kw: False if Path(p) == tmp_path else real(p, m, **kw))
    with Store.open(path, read_only=True) as store:
        assert "immutable=1" in str(store.engine.url)
        assert people.count_people(store) == 1
    assert not path.with_name(path.name + "-shm").exists()
