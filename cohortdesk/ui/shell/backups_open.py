"""Opening a workspace the safe way, with a way forward for each refusal.

- Open in another CohortDesk: offer "Open read-only".
- On a network share or in a synced folder: offer "Open read-only" or "Copy to this computer"
  (a consistent copy into the user data folder, opened for editing).
- Damaged: renamed `*.damaged` by the store; offer to restore the newest good backup.

`open_store_safely()` and `recover()` are for the start of the app (the window's frame, before
its workspace has opened); the context's own
`open_workspace` failures reach `offer_way_forward()` through the safety feature.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cohortdesk import APP_NAME, paths
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.store import Store
from cohortdesk.store import backups as store_backups
from cohortdesk.store.backups import BackupInfo
from cohortdesk.store.integrity import DamagedWorkspaceError
from cohortdesk.store.location import UnsafeLocationError
from cohortdesk.store.lock import WorkspaceLockedError
from cohortdesk.store.sqlite_copy import copy_file
from cohortdesk.ui.i18n import date_time_text
from cohortdesk.ui.shell.context import AppContext

READ_ONLY = "read-only"
LOCAL_COPY = "local-copy"
RESTORE = "restore"

translate = QCoreApplication.translate


def local_copy_path(path: Path) -> Path:
    """Where "Copy to this computer" puts a workspace: the user data folder, never overwriting."""
    target = paths.data_dir() / path.name
    n = 2
    while target.exists():
        target = paths.data_dir() / f"{path.stem} ({n}){path.suffix}"
        n += 1
    return target


def copy_to_this_computer(path: Path) -> Path:
    """A consistent copy (SQLite's backup API, read-only on the source) in the data folder."""
    return copy_file(path, local_copy_path(path))


def ask(parent: QWidget | None, exc: CohortDeskError) -> str | None:
    """Show the refusal with its ways forward; returns READ_ONLY, LOCAL_COPY, RESTORE or None."""
    damaged = isinstance(exc, DamagedWorkspaceError)
    title = translate("BackupsOpen", "Workspace damaged") if damaged else APP_NAME
    icon = (QMessageBox.Icon.Critical if isinstance(exc, DamagedWorkspaceError)
            else QMessageBox.Icon.Warning)
    text = str(exc)
    if isinstance(exc, DamagedWorkspaceError):
        more = (translate("BackupsOpen", " (and {n} more problems)").format(
            n=len(exc.problems) - 1) if len(exc.problems) > 1 else "")
        text = translate("BackupsOpen", "{name} is damaged: {problem}{more}.").format(
            name=exc.path.name, problem=exc.problems[0] if exc.problems else "", more=more)
        if exc.damaged_path is not None:
            text += "\n\n" + translate(
                "BackupsOpen", "CohortDesk has not changed it; it is kept beside it as {name}.").format(
                    name=exc.damaged_path.name)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("damagedBox" if isinstance(exc, DamagedWorkspaceError) else "refusedBox")
    choices: dict[Any, str] = {}
    if isinstance(exc, DamagedWorkspaceError):
        backup = exc.backup
        if isinstance(backup, BackupInfo):
            box.setInformativeText(
                translate("BackupsOpen", "The newest good backup is from {when}, with {people} "
                          "people and {sessions} sessions. Restore it to carry on; the damaged "
                          "file stays where it is for your IT support.").format(
                    when=date_time_text(backup.created),
                    people=backup.people, sessions=backup.sessions))
            button = box.addButton(translate("BackupsOpen", "Restore this backup"),
                                   QMessageBox.ButtonRole.AcceptRole)
            choices[button] = RESTORE
            box.setDefaultButton(button)
    elif isinstance(exc, WorkspaceLockedError | UnsafeLocationError):
        button = box.addButton(translate("BackupsOpen", "Open read-only"),
                               QMessageBox.ButtonRole.AcceptRole)
        choices[button] = READ_ONLY
        box.setDefaultButton(button)
        if isinstance(exc, UnsafeLocationError):
            copy = box.addButton(translate("BackupsOpen", "Copy to this computer"),
                                 QMessageBox.ButtonRole.ActionRole)
            choices[copy] = LOCAL_COPY
    box.exec()
    return choices.get(box.clickedButton())


def _path(exc: CohortDeskError) -> Path | None:
    found = getattr(exc, "path", None)
    return found if isinstance(found, Path) else None


def open_store_safely(path: Path, read_only: bool = False,
                      parent: QWidget | None = None) -> Store | None:
    """Open `path`, offering a way forward when it is refused. None if the user gives up."""
    try:
        return Store.open(path, read_only=read_only)
    except CohortDeskError as exc:
        return recover(exc, path, parent)


def recover(exc: BaseException, path: Path, parent: QWidget | None = None) -> Store | None:
    """After `Store.open(path)` refused with `exc` (on the app's opening thread, or above):
    offer the way forward and take it. None if the user gives up. Anything but a refusal
    (a CohortDeskError) is a bug, raised again."""
    if not isinstance(exc, CohortDeskError):
        raise exc
    if isinstance(exc, WorkspaceLockedError | UnsafeLocationError | DamagedWorkspaceError):
        choice = ask(parent, exc)
        try:
            if choice == READ_ONLY:
                return Store.open(path, read_only=True)
            if choice == LOCAL_COPY:
                return Store.open(copy_to_this_computer(path))
            if choice == RESTORE and isinstance(exc, DamagedWorkspaceError):
                assert isinstance(exc.backup, BackupInfo)
                store_backups.restore(exc.backup.path, path)
                return Store.open(path)
        except CohortDeskError as again:
            QMessageBox.critical(parent, APP_NAME, str(again))
        return None
    QMessageBox.critical(parent, APP_NAME, str(exc))
    return None


def offer_way_forward(context: AppContext, exc: CohortDeskError) -> bool:
    """For a refusal met by the open window: act on the user's choice. True if handled."""
    path = _path(exc)
    if path is None:
        return False
    choice = ask(context.host, exc)
    if choice == READ_ONLY:
        context.open_workspace(path, read_only=True)
    elif choice == LOCAL_COPY:
        try:
            copy = copy_to_this_computer(path)
        except (OSError, sqlite3.Error) as failed:
            context.show_message(translate("BackupsOpen", "Copy failed"),
                                 translate("BackupsOpen", "Could not copy {name}: {error}").format(
                                     name=path.name, error=failed))
            return True
        if context.open_workspace(copy):
            context.show_status(translate("BackupsOpen", "Opened a copy on this computer: {path}").format(
                path=copy), 12000)
    elif choice == RESTORE and isinstance(exc, DamagedWorkspaceError):
        from cohortdesk.ui.shell.backups_dialog import restore_into_workspace

        assert isinstance(exc.backup, BackupInfo)
        restore_into_workspace(context, exc.backup.path, path)
    return True
