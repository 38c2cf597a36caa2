"""Team sync in the real window, against a real PostgreSQL hub: File › Sync now, the status
line, Sync conflicts (Keep mine, then Undo), Hub settings, and no network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QMessageBox

from cohortdesk.cli import run
from cohortdesk.domain.records import PersonData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store, server
from cohortdesk.ui.shell import safety
from cohortdesk.ui.shell.main_window import MainWindow
from cohortdesk.ui.sync import menus as sync_menus
from cohortdesk.ui.sync.conflicts_dialog import ConflictsDialog
from cohortdesk.ui.sync.hub_dialog import HubDialog
from tests.qt_helpers import wait_for_ops


@pytest.fixture
def hub(hub_url: str) -> str:
    assert run(["hub", "init", hub_url]) == 0
    return hub_url


def laptop(tmp_path: Path, name: str) -> Store:
    store = Store.open(tmp_path / f"{name}.cohortdesk")
    store.strict = True
    return store


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(laptop(tmp_path, "mine"))
    qtbot.addWidget(w)
    w.show()
    yield w
    wait_for_ops(qtbot, w)
    safety.uninstall_hooks()


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    store = laptop(tmp_path, "theirs")
    yield store
    store.close()


def status(window: MainWindow) -> str:
    feature = sync_menus.feature_for(window.context)
    assert feature is not None
    return feature.label.text()


def sync_from_menu(qtbot: Any, window: MainWindow) -> None:
    action = window.context.actions.action("sync_now")
    assert action is not None and action in window.context.actions.menu("file").actions()
    assert window.context.actions.trigger("sync_now")
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(action.isEnabled)


def join(qtbot: Any, window: MainWindow, url: str) -> None:
    """Hub settings, as the user fills it in."""
    window.context.actions.trigger("hub_settings")
    dialog = window.findChild(HubDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.url.setText(url)
    dialog.save()
    assert not dialog.problem.isVisible(), dialog.problem.text()


def names(store: Store) -> set[str]:
    return {str(r[1]) for r in people.list_people(store).rows}


def person_titled(store: Store) -> dict[str, str]:
    return {str(r[1]): str(r[4] or "") for r in people.list_people(store).rows}


def test_sync_now_sends_mine_and_brings_theirs_and_counts_waiting(
        qtbot: Any, window: MainWindow, other: Store, hub: str) -> None:
    assert status(window) == "Not joined to a hub"
    store = window.store
    perform(store, people.create_person, PersonData(given_name="Amara", family_name="Okafor"))
    join(qtbot, window, hub)
    qtbot.waitUntil(lambda: status(window) == "Not synced yet · 1 change waiting")
    perform(store, people.create_person, PersonData(given_name="Zoë", family_name="O'Brien"))
    qtbot.waitUntil(lambda: status(window) == "Not synced yet · 2 changes waiting")

    # Another laptop has its own person on the hub already.
    perform(other, people.create_person, PersonData(given_name="Kofi", family_name="Mensah"))
    sync_service.sync_now(other, hub)

    seen: list[Any] = []
    window.context.bus.changed.connect(seen.append)
    sync_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: names(store) == {"Amara Okafor", "Zoë O'Brien", "Kofi Mensah"})
    # The sync's writes reach the views as one change set.
    assert len(seen) == 1 and "person" in seen[0].tables
    qtbot.waitUntil(lambda: status(window).startswith("Last synced ")
                    and status(window).endswith(" · 0 changes waiting"))
    assert "Synced: 2 changes sent, 1 received" in window.statusBar().currentMessage()
    # The People list shows the newcomer.
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 3)

    sync_service.sync_now(other)
    assert names(other) == names(store)
    # What waits is counted again after a local edit.
    amara = next(int(r[0]) for r in people.list_people(store).rows if r[1] == "Amara Okafor")
    perform(store, people_ops.edit_person, amara, {"title": "Director"})
    qtbot.waitUntil(lambda: status(window).endswith(" · 1 change waiting"))
    sync_from_menu(qtbot, window)
    sync_service.sync_now(other)
    assert person_titled(other)["Amara Okafor"] == "Director"


def test_conflicts_dialog_keeps_mine_and_undo_brings_theirs_back(
        qtbot: Any, window: MainWindow, other: Store, hub: str) -> None:
    store = window.store
    perform(store, people.create_person, PersonData(given_name="Amara", family_name="Okafor"))
    join(qtbot, window, hub)
    sync_from_menu(qtbot, window)
    sync_service.sync_now(other, hub)
    mine_id = int(people.list_people(store).rows[0][0])
    theirs_id = int(people.list_people(other).rows[0][0])
    perform(store, people_ops.edit_person, mine_id, {"title": "Program Officer"})
    perform(other, people_ops.edit_person, theirs_id, {"title": "Director of Programs"})
    sync_from_menu(qtbot, window)
    sync_service.sync_now(other)  # later: its value wins, and the hub records the conflict
    sync_from_menu(qtbot, window)
    assert people.get_person(store, mine_id).title == "Director of Programs"
    qtbot.waitUntil(lambda: status(window).endswith(" · 1 conflict"))

    assert window.context.actions.trigger("sync_conflicts")
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.rowCount() == 1
    cells = [dialog.table.item(0, c).text() for c in range(4)]
    assert cells == ["Person Amara Okafor", "Title", "Program Officer", "Director of Programs"]
    assert dialog.table.item(0, 3).font().bold() and not dialog.table.item(0, 2).font().bold()

    dialog.keep_mine.click()
    wait_for_ops(qtbot, window)
    assert people.get_person(store, mine_id).title == "Program Officer"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 and dialog.empty.isVisible())
    assert "Keep mine" in (window.context.undo_state().undo or "")

    window.context.actions.trigger("undo")
    wait_for_ops(qtbot, window)
    assert people.get_person(store, mine_id).title == "Director of Programs"
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)

    # Redo, and the choice reaches the other laptop at the next sync.
    window.context.actions.trigger("redo")
    wait_for_ops(qtbot, window)
    sync_from_menu(qtbot, window)
    sync_service.sync_now(other)
    assert people.get_person(other, theirs_id).title == "Program Officer"
    assert sync_service.list_conflicts(other) == []


def test_no_network_says_so_in_one_sentence_and_loses_nothing(
        qtbot: Any, window: MainWindow) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = window.store
    perform(store, people.create_person, PersonData(given_name="Amara", family_name="Okafor"))
    join(qtbot, window, f"postgresql+psycopg://amara@127.0.0.1:{port}/hub")
    sync_from_menu(qtbot, window)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    text = box.text()
    assert text.startswith("The hub (hub on 127.0.0.1:") and "nothing was lost" in text
    assert text.count(". ") == 0 and text.endswith(".")
    box.close()
    assert names(store) == {"Amara Okafor"}
    assert status(window) == "Not synced yet · 1 change waiting"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_hub_settings_keep_the_password_in_the_keyring_never_the_workspace(
        qtbot: Any, window: MainWindow, restore_keyring: None) -> None:
    memory = _MemoryKeyring()
    keyring.set_keyring(memory)
    window.context.actions.trigger("hub_settings")
    dialog = window.findChild(HubDialog)
    assert dialog is not None
    dialog.url.setText("postgresql+psycopg://amara:s3cret@hub.example.org/cohortdesk_hub")
    dialog.ssl.setCurrentIndex(dialog.ssl.findData("require"))
    dialog.save()
    kept = sync_service.hub_url(window.store)
    assert kept == "postgresql+psycopg://amara@hub.example.org/cohortdesk_hub?sslmode=require"
    assert memory.saved == {("CohortDesk hub", "amara@hub.example.org:5432/cohortdesk_hub"): "s3cret"}
    assert b"s3cret" not in window.store.path.read_bytes()
    assert server.password_for(kept) == "s3cret"

    # With no keyring on the computer, the address is kept and the user reads what to do.
    keyring.set_keyring(fail.Keyring())
    window.context.actions.trigger("hub_settings")
    dialog = [d for d in window.findChildren(HubDialog) if d.isVisible()][-1]
    assert dialog.ssl.currentData() == "require"
    dialog.password.setText("other")
    dialog.save()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "no password keyring" in dialog.problem.text() and "PGPASSWORD" in dialog.problem.text()
    dialog.reject()
