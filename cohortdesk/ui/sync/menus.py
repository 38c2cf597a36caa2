"""File › Sync now, Sync conflicts… and Hub settings…, and the sync line in the status bar.

Sync runs on the worker with progress and Cancel (`services.sync.sync_now`); what it brings in
is one operation of kind "sync", so it reaches the views through `context.bus.changed` once.
With no network it says so in one sentence; nothing is lost (the changes wait for next time).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from cohortdesk.domain.progress import Cancelled
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store
from cohortdesk.store.server import HubUnreachableError
from cohortdesk.ui.i18n import number
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate


def _when(iso: str, now: dt.datetime | None = None) -> str:
    """"10:42" today, "14 Sep 10:42" another day (local time)."""
    moment = dt.datetime.fromisoformat(iso).astimezone()
    now = now or dt.datetime.now().astimezone()
    if moment.date() == now.date():
        return moment.strftime("%H:%M")
    return f"{moment.day} {moment.strftime('%b %H:%M')}"


def status_line(store: Store) -> str:
    """"Last synced 10:42 · 3 changes waiting", or "Not joined to a hub"."""
    if store.is_server:
        return translate("Menus", "This is the team hub")
    state = sync_service.status(store)
    if not state["hub"]:
        return translate("Menus", "Not joined to a hub")
    parts = [translate("Menus", "Last synced {when}").format(when=_when(state["last_sync"]))
             if state["last_sync"] else translate("Menus", "Not synced yet")]
    waiting = int(state["waiting"])
    parts.append(translate("Menus", "1 change waiting") if waiting == 1
                 else translate("Menus", "{n} changes waiting").format(n=number(waiting)))
    conflicts = int(state["conflicts"])
    if conflicts:
        parts.append(translate("Menus", "1 conflict") if conflicts == 1
                     else translate("Menus", "{n} conflicts").format(n=number(conflicts)))
    return " · ".join(parts)


class SyncFeature(QObject):
    """The sync commands and the status-bar line of one window."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("syncFeature")
        self.context = context
        self.label = QLabel("")
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName(translate("Menus", "Sync status"))
        if isinstance(context.host, QMainWindow):
            context.host.statusBar().addPermanentWidget(self.label)
        actions = context.actions
        actions.add_separator("file")
        self.sync_action = actions.add("sync_now", translate(
                "Menus",
                "S&ync now"), self.sync_now, menu="file",
                                       shortcut="Ctrl+Shift+Y")
        actions.add("sync_conflicts", translate(
                "Menus",
                "Sync co&nflicts…"), self.show_conflicts, menu="file")
        actions.add("hub_settings", translate("Menus", "&Hub settings…"), self.show_hub_settings, menu="file")
        context.bus.changed.connect(lambda _changes: self.refresh())
        context.workspace_opened.connect(lambda _store: self.refresh())
        self.refresh()

    # -- the status line --------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        try:
            text = status_line(store)
        except Exception:  # noqa: BLE001 - a status line never stops the app
            text = ""
        self.label.setText(text)
        self.sync_action.setEnabled(not store.read_only and not store.is_server
                                    and not self._running)

    _running = False

    # -- commands ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        store = self.context.store
        if store.is_server:
            self.context.show_message(translate("Menus", "Sync"), translate("Menus",
                                                        "This workspace is the hub itself; it needs no "
                                                        "sync."))
            return
        if not sync_service.hub_url(store):
            self.show_hub_settings(then_sync=True)
            return
        if self._running:
            return
        self._running = True
        self.sync_action.setEnabled(False)

        def work(progress: Any) -> sync_service.SyncSummary:
            # A sync opens its own operation for what it pulls, once the network work is done.
            return sync_service.sync_now(store, progress=progress)  # door: see above

        def done(summary: sync_service.SyncSummary) -> None:
            self._running = False
            self.refresh()
            sent = (self.tr("1 change") if summary.sent == 1
                    else self.tr("{n} changes").format(n=number(summary.sent)))
            text = self.tr("Synced: {sent} sent, {received} received").format(
                sent=sent, received=number(summary.received))
            if summary.open_conflicts:
                found = (self.tr("1 conflict") if summary.open_conflicts == 1
                         else self.tr("{n} conflicts").format(n=number(summary.open_conflicts)))
                text += "; " + self.tr("{conflicts} to review (File › Sync conflicts)").format(
                    conflicts=found)
            self.context.show_status(text + ".", 10000)

        def failed(exc: BaseException) -> None:
            self._running = False
            self.refresh()
            if isinstance(exc, Cancelled):
                self.context.show_status(translate("Menus",
                                                   "Sync cancelled; nothing was lost: your changes go at "
                                                   "the next sync."), 10000)
            elif isinstance(exc, HubUnreachableError):
                self.context.show_status(str(exc), 15000)
                self.context.show_message(translate("Menus", "Sync"), str(exc))
            else:
                self.context.show_error(exc)

        self.context.jobs.run(translate("Menus", "Syncing with the hub…"), work, done,
                              on_failed=failed,
                              cancellable=True)

    def show_conflicts(self) -> None:
        from cohortdesk.ui.sync.conflicts_dialog import ConflictsDialog

        found = self.context.host.findChild(ConflictsDialog)
        if found is None:
            found = ConflictsDialog(self.context, self.context.host)
        found.reload()
        found.show()
        found.raise_()
        found.activateWindow()

    def show_hub_settings(self, *, then_sync: bool = False) -> None:
        from cohortdesk.ui.sync.hub_dialog import HubDialog

        dialog = HubDialog(self.context, self.context.host)

        def saved() -> None:
            self.refresh()
            if then_sync:
                self.sync_now()

        dialog.saved.connect(saved)
        dialog.open()


def feature_for(context: AppContext) -> SyncFeature | None:
    return context.findChild(SyncFeature)


def install(context: AppContext) -> SyncFeature:
    return SyncFeature(context)
