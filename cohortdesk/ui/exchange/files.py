"""Files the user picks and files we write: the last folder for each kind of file dialog, and
after an export, Open and Show in folder.

Each kind of dialog ("roster", "packet", "prereads", "import", …) remembers its own folder in
the app's settings, so the roster export opens where the last roster went, and the import
where the last registration export came from.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def _key(kind: str) -> str:
    return f"folders/{kind}"


def last_folder(context: Any, kind: str) -> str:
    """The folder the `kind` dialog last used, if it still exists; else the home folder."""
    folder = context.settings.text(_key(kind))
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def remember_folder(context: Any, kind: str, chosen: str | Path) -> None:
    """Note the folder of `chosen` (a file or a folder) for the next `kind` dialog."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    context.settings.set_value(_key(kind), str(folder))


def ask_save_path(context: Any, parent: QWidget | None, kind: str, title: str, name: str,
                  file_filter: str) -> Path | None:
    """Ask where to save `name`, starting in the folder this kind of file last went to."""
    chosen, _ = QFileDialog.getSaveFileName(parent or context.host, title,
                                            str(Path(last_folder(context, kind)) / name),
                                            file_filter)
    if not chosen:
        return None
    remember_folder(context, kind, chosen)
    return Path(chosen)


def ask_open_path(context: Any, parent: QWidget | None, kind: str, title: str,
                  file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent or context.host, title,
                                            last_folder(context, kind), file_filter)
    if not chosen:
        return None
    remember_folder(context, kind, chosen)
    return Path(chosen)


def open_file(path: Path) -> bool:
    """Open `path` in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the folder that holds `path`, with the file selected where the system can."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])[0]
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])[0]
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def offer_open(parent: QWidget, title: str, text: str, path: Path) -> QMessageBox:
    """Say where the file went, with Open and Show in folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName("printDone")
    opener = box.addButton(translate("Files", "Open"), QMessageBox.ButtonRole.ActionRole)
    opener.setObjectName("openFile")
    folder = box.addButton(translate("Files", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    folder.setObjectName("showInFolder")
    # Action buttons close the box too; the file opens in the system's viewer.
    opener.clicked.connect(lambda: open_file(path))
    folder.clicked.connect(lambda: show_in_folder(path))
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
