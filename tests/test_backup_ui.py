"""File > Backups… and the offer of a good backup when a workspace is damaged, in the real window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cohortdesk import paths
from cohortdesk.domain.records import PersonData
from cohortdesk.services import example, people
from cohortdesk.store import Store
from cohortdesk.store import backups as bk
from cohortdesk.ui.shell import safety
from cohortdesk.ui.shell.backups_dialog import BackupsDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import damaged_with_a_backup, on_next_modal, restore_when_asked


@pytest.fixture
def window(qtbot, example_store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    w.show()
    yield w
    safety.uninstall_hooks()


def _wait_for_backups(qtbot, path: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: len(bk.list_backups(path, counts=False)) >= count, timeout=10000)


def test_opening_the_window_backs_up_and_closing_backs_up_changes(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    path = window.store.path
    _wait_for_backups(qtbot, path, 1)
    [opened] = bk.list_backups(path)
    assert (opened.reason, opened.people) == ("open", 17)
    qtbot.waitUntil(lambda: "Backed up at" in window.statusBar().currentMessage(), timeout=5000)
    assert safety.feature_for(window.context).timer.isActive()
    assert safety.feature_for(window.context).timer.interval() == 10 * 60 * 1000
    safety.feature_for(window.context).tick()  # the timer fires: nothing changed, so no new backup
    assert len(bk.list_backups(path)) == 1

    people.create_person(window.store, PersonData(given_name="Before", family_name="Closing"))
    window.close()
    newest = bk.list_backups(path)[0]
    assert (newest.reason, newest.people) == ("close", 18)


def test_backups_dialog_lists_and_restores(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = window.store.path
    _wait_for_backups(qtbot, path, 1)
    people.create_person(window.store, PersonData(given_name="Made", family_name="Later"))
    # Another workspace of the same name (another laptop's) backs up into the same folder.
    with Store.open(tmp_path / "other laptop" / path.name) as namesake:
        bk.make_backup(namesake)
        bk.make_backup(namesake)

    window.context.actions.trigger("backups")
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "When opened"
    assert dialog.table.item(0, 2).text() == "17"
    assert dialog.table.item(0, 3).text() == "3"

    def confirm(box: QMessageBox) -> None:
        assert "17 people and 3 sessions" in box.text()
        [restore] = [b for b in box.buttons() if b.text() == "Restore"]
        restore.click()

    errors = on_next_modal(confirm)
    # The reopened workspace is backed up in the background; its "Backed up at" notice must
    # not replace the message about the restore.
    with qtbot.waitSignal(safety.feature_for(window.context).backup_done, timeout=10000,
                          check_params_cb=lambda info: info.reason == "open"):
        dialog.restore_button.click()
    assert not errors
    assert window.store.path == path and not window.store.closed
    assert people.count_people(window.store) == 17
    assert "Restored the backup" in window.statusBar().currentMessage()
    reasons = [i.reason for i in bk.list_backups(path)]
    assert "before-restore" in reasons
    safety_copy = next(i for i in bk.list_backups(path) if i.reason == "before-restore")
    assert safety_copy.people == 18, "the replaced file, with the later person, was kept"


def test_damaged_workspace_offers_the_newest_good_backup(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    other = tmp_path / "Roundtables.cohortdesk"
    with Store.open(other) as store:
        example.load_example_network(store)
        good = bk.make_backup(store)
    before = other.stat()
    data = bytearray(other.read_bytes())
    at = data.find(b"@example.org")
    data[at - 1] ^= 0x01
    other.write_bytes(bytes(data))
    os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))

    def accept(box: QMessageBox) -> None:
        assert box.objectName() == "damagedBox"
        assert "Roundtables.cohortdesk is damaged" in box.text()
        assert f"{good.created:%H:%M}" in box.informativeText()
        [restore] = [b for b in box.buttons() if b.text() == "Restore this backup"]
        restore.click()

    errors = on_next_modal(accept)
    assert window.open_workspace(other) is False
    assert not errors
    assert window.store.path == other
    assert people.count_people(window.store) == 17
    assert other.with_name("Roundtables.cohortdesk.damaged").exists()


def test_workspace_open_elsewhere_is_offered_read_only(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import subprocess
    import sys

    other = tmp_path / "Shared.cohortdesk"
    Store.open(other).close()
    holder = subprocess.Popen(
        [sys.executable, str(Path(__file__).parent / "data" / "safety" / "hold_workspace.py"),
         str(other)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "READY"

        def read_only(box: QMessageBox) -> None:
            assert box.objectName() == "refusedBox"
            assert f"process {holder.pid}" in box.text()
            [button] = [b for b in box.buttons() if b.text() == "Open read-only"]
            button.click()

        errors = on_next_modal(read_only)
        assert window.open_workspace(other) is False
        assert not errors
        assert window.store.path == other and window.store.read_only
        assert "(read-only)" in window.windowTitle()
    finally:
        holder.communicate("", timeout=30)


def test_synced_folder_workspace_can_be_copied_to_this_computer(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    synced = tmp_path / "Dropbox" / "Equity.cohortdesk"
    synced.parent.mkdir()
    with Store.open(window.store.path, read_only=True) as source:
        source.backup_to(synced)

    def copy_here(box: QMessageBox) -> None:
        assert "synced by Dropbox" in box.text()
        [button] = [b for b in box.buttons() if b.text() == "Copy to this computer"]
        button.click()

    errors = on_next_modal(copy_here)
    window.open_workspace(synced)
    assert not errors
    assert window.store.path.parent == paths.data_dir()
    assert not window.store.read_only
    assert people.count_people(window.store) == 17
    assert sorted(p.name for p in synced.parent.iterdir()) == ["Equity.cohortdesk"], (
        "nothing is written in the synced folder")


def test_damaged_workspace_at_start_can_be_restored(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.ui.shell.backups_open import open_store_safely

    path = tmp_path / "Equity.cohortdesk"
    damaged_with_a_backup(path)
    errors = restore_when_asked()
    store = open_store_safely(path)
    assert not errors
    assert store is not None
    try:
        assert people.count_people(store) == 17
    finally:
        store.close()
