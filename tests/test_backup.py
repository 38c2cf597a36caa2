"""Backups: made with the online backup API, verified before they count, rotated, restorable."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from cohortdesk import paths
from cohortdesk.cli import run
from cohortdesk.domain.records import PersonData
from cohortdesk.services import example, people
from cohortdesk.services.safety import AutoBackup
from cohortdesk.store import Store, integrity, migrate
from cohortdesk.store import backups as bk
from cohortdesk.store.backups import BackupError, BackupInfo, keep_set, make_backup
from cohortdesk.store.integrity import DamagedWorkspaceError


def _names(store_or_path: Store | Path) -> set[str]:
    if isinstance(store_or_path, Store):
        return {r[1] for r in people.list_people(store_or_path).rows}
    with Store.open(store_or_path, read_only=True) as viewer:
        return {r[1] for r in people.list_people(viewer).rows}


def test_backup_is_a_verified_private_copy_with_counts(example_store: Store) -> None:
    info = make_backup(example_store, reason="manual")

    assert info.path.parent == paths.backup_dir()
    assert info.path.name.startswith("test.")
    assert info.path.name.endswith(f".manual.id-{info.key}.cohortdesk") and info.key
    assert (info.people, info.sessions) == (17, 3)
    assert info.size == info.path.stat().st_size > 0
    assert _names(info.path) == _names(example_store)
    check = sqlite3.connect(info.path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "one self-contained file"
    check.close()
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600
        assert info.path.parent.stat().st_mode & 0o777 == 0o700
    assert not list(info.path.parent.glob(".*")), "no temporary files left behind"


def test_backup_leaves_out_a_change_still_in_progress(example_store: Store) -> None:
    with example_store.change("Add Person Late Comer") as session:
        from cohortdesk.store.models import Person

        session.add(Person(given_name="Late", family_name="Comer"))
        session.flush()
        info = make_backup(example_store, reason="manual")
    assert "Late Comer" not in _names(info.path)
    assert "Late Comer" in _names(example_store)


def test_a_copy_that_fails_its_check_takes_no_slot(
    example_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_backup(example_store, reason="manual")
    real_copy = Store.backup_to

    def copy_then_damage(self: Store, target: str | Path) -> Path:
        written = real_copy(self, target)
        data = bytearray(Path(written).read_bytes())
        data[100:4096] = b"\xff" * (4096 - 100)  # a bad sector in the first page
        Path(written).write_bytes(bytes(data))
        return written

    monkeypatch.setattr(Store, "backup_to", copy_then_damage)
    with pytest.raises(BackupError, match="failed its check"):
        make_backup(example_store, reason="timer")
    assert [i.path for i in bk.list_backups(example_store.path)] == [good.path]
    assert sorted(p.name for p in good.path.parent.iterdir()) == [good.path.name]


def test_backup_to_a_folder_that_cannot_be_written(example_store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("")
    with pytest.raises(BackupError, match="is a file, not a folder") as failed:
        make_backup(example_store, blocker / "backups")
    assert "Errno" not in str(failed.value)
    with pytest.raises(BackupError, match="cannot go to"):
        bk.set_folder(blocker / "backups")


@contextlib.contextmanager
def _files_cannot_grow_past(limit: int) -> Iterator[None]:
    """A real "disk full" for this process: writes past `limit` bytes fail (RLIMIT_FSIZE)."""
    resource = pytest.importorskip("resource")
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, ignored)


def test_write_failure_is_a_plain_backup_error_and_the_older_backups_stay(
    example_store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "small disk"
    kept = make_backup(example_store, folder, reason="manual")
    before = sorted(p.name for p in folder.iterdir())
    with _files_cannot_grow_past(40_000 + 123), pytest.raises(BackupError) as failed:
        make_backup(example_store, folder, reason="timer")
    message = str(failed.value)
    assert "is it full" in message and "older backups were kept" in message
    assert "Errno" not in message and "OperationalError" not in message
    assert sorted(p.name for p in folder.iterdir()) == before, "no half copy left behind"
    assert not bk.verify(kept.path)


FULL_DISK_CHILD = """
import sys
from pathlib import Path
from cohortdesk.store import Store, backups

workspace, folder = Path(sys.argv[1]), Path(sys.argv[2])
with Store.open(workspace, read_only=True) as store:
    first = backups.make_backup(store, folder, reason="manual")
    try:
        backups.make_backup(store, folder, reason="timer")
    except backups.BackupError as exc:
        print("refused:", exc)
    print("left:", sorted(p.name for p in folder.iterdir()) == [first.path.name])
    print("first is good:", not backups.verify(first.path))
"""


def test_backup_onto_a_full_disk(example_store: Store, tmp_path: Path) -> None:
    """A real full disk: a small tmpfs, mounted in a private namespace (no root needed where
    user namespaces are allowed), holds one backup of the example workspace but not two."""
    import shutil
    import subprocess
    import sys

    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a small disk")
    disk = tmp_path / "disk"
    disk.mkdir()
    # One and a half backups' room: the workspace (and its change journal) as it is now.
    example_store.engine.dispose()
    room_kb = int(example_store.path.stat().st_size * 1.5 / 1024) + 64
    shell = f'mount -t tmpfs -o size={room_kb}k tmpfs "$1" || exit 77; shift; exec "$@"'
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell, "sh", str(disk), sys.executable, "-c",
         FULL_DISK_CHILD, str(example_store.path), str(disk)],
        capture_output=True, text=True, timeout=120, check=False)
    if done.returncode == 77 or "unshare:" in done.stderr:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    assert "refused: Could not back up test.cohortdesk to " in done.stdout
    assert ": the disk is full; free some space and try again. The older backups were kept." \
        in done.stdout
    assert "left: True" in done.stdout and "first is good: True" in done.stdout
    assert "Traceback" not in done.stderr


def test_cli_backup_on_a_full_disk_says_so_in_one_line(
    example_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _files_cannot_grow_past(40_000 + 123):
        code = run(["backup", "--workspace", str(example_store.path),
                    "--to", str(tmp_path / "small disk")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("cohortdesk: error: Could not back up test.cohortdesk")
    assert "is it full" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def _info(when: dt.datetime, reason: str = "timer") -> BackupInfo:
    return BackupInfo(Path(f"w.{when:%Y%m%d-%H%M%S}.{reason}.cohortdesk"), "w", when, reason, 1)


def test_rotation_keeps_last_10_daily_30_monthly_12() -> None:
    now = dt.datetime(2025, 6, 15, 18, 0)
    hourly = [_info(now - dt.timedelta(hours=h)) for h in range(0, 24 * 500, 3)]
    migration = _info(now - dt.timedelta(days=700), "before-migration-0003")
    kept = keep_set([*hourly, migration], now)

    newest = sorted(hourly, key=lambda i: i.created, reverse=True)
    assert {i.path for i in newest[:10]} <= kept
    days = {i.created.date() for i in hourly if i.path in kept}
    assert {now.date() - dt.timedelta(days=d) for d in range(30)} <= days
    for d in range(30):  # the newest of each day is the one kept
        day = now.date() - dt.timedelta(days=d)
        of_day = [i for i in hourly if i.created.date() == day]
        assert max(of_day, key=lambda i: i.created).path in kept
    months = {(i.created.year, i.created.month) for i in hourly if i.path in kept}
    assert {(2025, m) for m in range(1, 7)} | {(2024, m) for m in range(7, 13)} == {
        m for m in months if m >= (2024, 7)}
    assert not any(i.created < dt.datetime(2024, 7, 1) for i in hourly if i.path in kept)
    assert migration.path in kept, "copies made before a migration are never rotated away"
    assert len(kept) <= 10 + 30 + 12 + 1


def test_rotation_deletes_real_files(example_store: Store) -> None:
    made = [make_backup(example_store, reason="timer") for _ in range(13)]
    left = bk.list_backups(example_store.path)
    assert len(left) == 10
    assert [i.path for i in left] == [i.path for i in reversed(made[3:])]


def test_chosen_folder_is_used_and_remembered(example_store: Store, tmp_path: Path) -> None:
    chosen = tmp_path / "USB stick" / "CohortDesk backups"
    assert bk.set_folder(chosen) == chosen
    info = make_backup(example_store)
    assert info.path.parent == chosen
    assert bk.configured_folder() == chosen
    bk.set_folder(None)
    assert bk.configured_folder() == paths.backup_dir()


def test_restore_backs_up_the_current_file_first(example_store: Store) -> None:
    path = example_store.path
    old = make_backup(example_store)
    people.create_person(example_store, PersonData(given_name="Newer", family_name="Entry"))
    example_store.close()

    result = bk.restore(old.path, path)

    assert "Newer Entry" not in _names(path)
    assert len(_names(path)) == 17
    assert result.safety_copy is not None and result.safety_copy.reason == "before-restore"
    assert "Newer Entry" in _names(result.safety_copy.path)
    with Store.open(path) as reopened:
        assert people.count_people(reopened) == 17


def test_restore_refuses_while_the_workspace_is_open(example_store: Store) -> None:
    old = make_backup(example_store)
    with pytest.raises(BackupError, match="Close test.cohortdesk"):
        bk.restore(old.path, example_store.path)
    assert people.count_people(example_store) == 17


def test_restore_refuses_a_damaged_backup(example_store: Store) -> None:
    info = make_backup(example_store)
    data = bytearray(info.path.read_bytes())
    info.path.write_bytes(bytes(data[: len(data) // 3]))
    example_store.close()
    with pytest.raises(BackupError, match="failed its check"):
        bk.restore(info.path, example_store.path)
    assert len(_names(example_store.path)) == 17


def test_migration_is_preceded_by_a_verified_backup(workspace_path: Path) -> None:
    engine = create_engine(f"sqlite:///{workspace_path}")
    with engine.begin() as conn:
        from alembic import command

        command.upgrade(migrate.alembic_config(conn), "0001")
        columns = conn.exec_driver_sql("PRAGMA table_info(person)").all()
        values = {c[1]: ("Old" if c[1] == "given_name" else 0 if "INT" in c[2].upper() or
                         "BOOL" in c[2].upper() else "2024-01-01 00:00:00" if "TIME" in c[2].upper()
                         else "") for c in columns if c[3] and not c[5]}
        values["given_name"] = "Old"
        conn.exec_driver_sql(
            f"INSERT INTO person ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
            tuple(values.values()))
    engine.dispose()

    with Store.open(workspace_path) as store:
        assert store.schema_revision() == migrate.head_revision()

    [copy] = bk.list_backups(workspace_path)
    assert copy.reason == "before-migration-0001"
    assert copy.people == 1
    assert not bk.verify(copy.path)
    raw = sqlite3.connect(copy.path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    raw.close()


def test_cli_backup_list_and_restore(
    example_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(example_store.path)
    # The app has it open: a command-line backup still works (read-only snapshot).
    assert run(["backup", "--workspace", ws]) == 0
    assert "17 people, 3 sessions; verified" in capsys.readouterr().out
    assert run(["backup", "--workspace", ws, "--to", str(tmp_path / "elsewhere")]) == 0
    capsys.readouterr()
    assert len(list((tmp_path / "elsewhere").glob("*.cohortdesk"))) == 1

    assert run(["backups", "list", "--json", "--workspace", ws]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["people"] == 17 and listed["sessions"] == 3 and listed["reason"] == "manual"
    assert listed["size"] == Path(listed["path"]).stat().st_size

    people.create_person(example_store, PersonData(given_name="After", family_name="Backup"))
    assert run(["restore", listed["path"], "--workspace", ws]) == 2
    assert "Close test.cohortdesk before restoring" in capsys.readouterr().err
    example_store.close()
    assert run(["restore", listed["path"], "--workspace", ws]) == 0
    out = capsys.readouterr().out
    assert "backed up first" in out
    assert "After Backup" not in _names(Path(ws))


def test_auto_backup_on_open_on_change_and_on_close(example_store: Store) -> None:
    auto = AutoBackup(example_store)
    opened = auto.on_open().result()
    assert opened is not None and opened.reason == "open"

    assert auto.tick() is None, "nothing changed: no timer backup"
    people.create_person(example_store, PersonData(given_name="Timed", family_name="One"))
    assert auto.dirty
    timed = auto.tick()
    assert timed is not None
    info = timed.result()
    assert info is not None and info.reason == "timer" and info.people == 18
    assert not auto.dirty

    assert auto.on_close() is None, "nothing changed since the last backup"

    auto = AutoBackup(example_store)
    people.create_person(example_store, PersonData(given_name="Closing", family_name="Two"))
    closing = auto.on_close()
    assert closing is not None and closing.reason == "close" and closing.people == 19
    reasons = [i.reason for i in bk.list_backups(example_store.path)]
    assert reasons == ["close", "timer", "open"], bk.list_backups(example_store.path)


def _example_workspace(path: Path) -> Path:
    with Store.open(path) as store:
        example.load_example_network(store, today=example.example_as_of())
    return path


def test_same_named_workspaces_in_one_backup_folder_keep_their_own_backups(
    tmp_path: Path,
) -> None:
    """Two laptops' Workspace.cohortdesk backing up into one synced folder."""
    shared = bk.set_folder(tmp_path / "Synced" / "CohortDesk backups")
    a = _example_workspace(tmp_path / "laptop A" / "Workspace.cohortdesk")
    b = tmp_path / "laptop B" / "Workspace.cohortdesk"
    with Store.open(a) as store:
        mine = [make_backup(store, reason="manual") for _ in range(3)]
    # An old-style backup, named as before backups carried the workspace's id.
    legacy = shared / "Workspace.20240105-093000.close.cohortdesk"
    legacy.write_bytes(mine[0].path.read_bytes())
    with Store.open(b) as store:
        theirs = [make_backup(store, reason="timer") for _ in range(12)]

    assert mine[0].key and theirs[0].key and mine[0].key != theirs[0].key
    assert mine[0].path.name.endswith(f".manual.id-{mine[0].key}.cohortdesk")
    # B's rotation kept 10 of its own and deleted none of A's, nor the old-style one.
    assert all(i.path.exists() for i in mine) and legacy.exists()
    assert sum(i.path.exists() for i in theirs) == 10
    listed_a = bk.list_backups(a)
    assert [i.path for i in listed_a] == [i.path for i in reversed(mine)] + [legacy]
    assert {i.people for i in listed_a} == {17}
    listed_b = bk.list_backups(b)
    assert [i.path for i in listed_b] == [i.path for i in reversed(theirs[2:])] + [legacy]
    assert {i.people for i in listed_b[:-1]} == {0}

    # A is damaged beyond reading its id: the backup offered is A's own newest (17 people), not
    # B's newer, empty one. This computer recorded which id A has.
    a.write_bytes(a.read_bytes()[:1000])
    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(a)
    offered = refused.value.backup
    assert isinstance(offered, BackupInfo)
    assert offered.path == mine[-1].path and offered.people == 17


def test_a_damaged_workspace_of_unknown_id_is_offered_only_an_unambiguous_backup(
    tmp_path: Path,
) -> None:
    shared = bk.set_folder(tmp_path / "Synced")
    a = _example_workspace(tmp_path / "A" / "Workspace.cohortdesk")
    with Store.open(a) as store:
        own = make_backup(store)
    (paths.config_dir() / "workspace-ids.json").unlink()  # another computer: nothing recorded

    a.write_bytes(a.read_bytes()[:1000])
    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(a)
    assert isinstance(refused.value.backup, BackupInfo)
    assert refused.value.backup.path == own.path, "only one workspace of that name: it is A"

    b = tmp_path / "B" / "Workspace.cohortdesk"
    with Store.open(b) as store:
        make_backup(store)
    (paths.config_dir() / "workspace-ids.json").unlink()
    restored = tmp_path / "A" / "Workspace.cohortdesk"
    restored.write_bytes(b"\0" * 5000)
    with pytest.raises(DamagedWorkspaceError) as refused:
        Store.open(restored)
    assert refused.value.backup is None, "two workspaces of that name: neither is guessed"
    assert len(list(shared.iterdir())) == 2


def test_reopening_an_unchanged_workspace_adds_no_backup(workspace_path: Path) -> None:
    _example_workspace(workspace_path)

    def open_and_close(change: str | None = None) -> BackupInfo | None:
        with Store.open(workspace_path) as store:
            auto = AutoBackup(store)
            opened = auto.on_open().result()
            if change:
                people.create_person(store, PersonData(given_name=change, family_name="Later"))
            auto.on_close()
        return opened

    assert open_and_close() is not None
    assert open_and_close() is None and open_and_close() is None
    assert [i.reason for i in bk.list_backups(workspace_path)] == ["open"]

    assert open_and_close(change="Added") is None
    assert open_and_close() is None, "the close backup already holds the new person"
    assert [i.reason for i in bk.list_backups(workspace_path)] == ["close", "open"]

    with Store.open(workspace_path) as store:  # changed with no backup (say, the command line)
        people.create_person(store, PersonData(given_name="Unseen", family_name="Edit"))
    reopened = open_and_close()
    assert reopened is not None and reopened.reason == "open" and reopened.people == 19

    with Store.open(workspace_path) as store:  # changed before the automatic backups started
        people.create_person(store, PersonData(given_name="Early", family_name="Edit"))
        early = AutoBackup(store).on_open().result()
    assert early is not None and early.people == 20
    assert integrity.sealed_backup(workspace_path) == early.path.name

    integrity.unseal(workspace_path)  # as after a crash: nothing says what the file holds
    again = open_and_close()
    assert again is not None and again.people == 20
