"""File > Backups…: the workspace's backups with date, size and counts; back up now; restore.

Restoring closes the workspace (its last changes are backed up as it closes), backs up the
current file once more as "Before restoring", puts the backup in place and reopens it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk import paths
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.store import backups
from cohortdesk.store.backups import BackupInfo
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, date_time_text
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

REASONS = {
    "open": QT_TRANSLATE_NOOP("BackupsDialog", "When opened"),
    "timer": QT_TRANSLATE_NOOP("BackupsDialog", "While working"),
    "close": QT_TRANSLATE_NOOP("BackupsDialog", "When closed"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Backed up by hand"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
}
COLUMNS = (QT_TRANSLATE_NOOP("BackupsDialog", "Date"), QT_TRANSLATE_NOOP("BackupsDialog", "Made"),
           QT_TRANSLATE_NOOP("BackupsDialog", "People"), QT_TRANSLATE_NOOP("BackupsDialog", "Sessions"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Size"))


def reason_text(reason: str) -> str:
    if reason.startswith("before-migration"):
        return translate("BackupsDialog", "Before an update")
    if reason in REASONS:
        return translate("BackupsDialog", REASONS[reason])
    return reason.replace("-", " ").capitalize()


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def date_text(when: dt.datetime, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if when.date() == today:
        return translate("BackupsDialog", "Today {time}").format(time=f"{when:%H:%M}")
    if when.date() == today - dt.timedelta(days=1):
        return translate("BackupsDialog", "Yesterday {time}").format(time=f"{when:%H:%M}")
    return date_time_text(when, "ddd dd MMM yyyy HH:mm")


class BackupsDialog(QDialog):
    def __init__(self, context: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups of {name}").format(name=context.store.name))
        self.resize(720, 460)
        self.infos: list[BackupInfo] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("color: #444;")
        self.change_folder = QPushButton(self.tr("Change folder…"))
        self.change_folder.clicked.connect(self.choose_folder)
        self.default_folder = QPushButton(self.tr("Use the default folder"))
        self.default_folder.clicked.connect(self.use_default_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder)
        folder_row.addWidget(self.default_folder)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.back_up_now = QPushButton(self.tr("Back up now"))
        self.back_up_now.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(self.tr("Put the workspace back to how it was in this backup. "
                                               "The current file is backed up first."))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_now)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- listing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        folder = backups.configured_folder()
        self.folder_label.setText(self.tr("Folder: {folder}").format(folder=folder))
        self.default_folder.setEnabled(folder != paths.backup_dir())
        self.infos = backups.list_backups(store.path, folder, key=backups.store_key(store))
        self.intro.setText(
            self.tr("CohortDesk backs up this workspace when you open it, every 10 minutes while "
                    "you work, and when you close it. Each backup is checked before it is kept. It "
                    "keeps the latest 10, one a day for a month and one a month for a year.")
            if self.infos else
            self.tr("No backups of this workspace yet. Click Back up now to make the first one.")
        )
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            values = (date_text(info.created), reason_text(info.reason),
                      "" if info.people is None else QLocale().toString(info.people),
                      "" if info.sessions is None else QLocale().toString(info.sessions),
                      size_text(info.size))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self.infos:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        store = self.context.store
        self.restore_button.setEnabled(self.selected() is not None and not store.read_only)

    # -- actions ---------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"),
                                                  str(backups.configured_folder()))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        try:
            backups.set_folder(folder)
        except CohortDeskError as exc:
            QMessageBox.warning(self, self.tr("Backups"), str(exc))
        self.refresh()

    def use_default_folder(self) -> None:
        self.set_folder(None)

    def make_backup(self) -> None:
        store = self.context.store

        def done(info: BackupInfo) -> None:
            self.refresh()
            self.context.show_status(
                self.tr("Backed up {name} ({people} people, {sessions} sessions).").format(
                    name=store.name, people=info.people, sessions=info.sessions), 6000)

        self.context.run_job(self.tr("Backing up…"),
                             lambda _progress: backups.make_backup(store, reason="manual"), done,
                             cancellable=False)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or self.context.store.read_only:
            return
        when = date_time_text(info.created)
        text = (self.tr("Put {name} back to how it was on {when}?").format(
                    name=self.context.store.name, when=when) + "\n\n"
                + self.tr("It had {people} people and {sessions} sessions. Changes made since "
                          "then are not in it. The current file is backed up first, so this can "
                          "be undone by restoring that backup.").format(
                    people=info.people, sessions=info.sessions))
        if not self.context.confirm(self.tr("Restore backup"), text, self.tr("Restore")):
            return
        if restore_into_workspace(self.context, info.path):
            self.accept()
        else:
            self.refresh()


def restore_into_workspace(context: AppContext, backup: Path, workspace: Path | None = None) -> bool:
    """Close the open workspace, restore `backup` over it and reopen it. True on success."""
    if context.jobs.busy():
        context.show_message(translate("BackupsDialog", "Please wait"),
                             translate("BackupsDialog", "Wait for the current task to finish first."))
        return False
    store = context.store
    target = workspace or store.path
    if not store.closed and store.path == target:
        store.close()
    try:
        result = backups.restore(backup, target)
    except CohortDeskError as exc:
        context.show_error(exc)
        context.open_workspace(target)
        return False
    if not context.open_workspace(target):
        return False
    kept = (" " + translate("BackupsDialog", "The file it replaced was backed up first ({name}).").format(
        name=result.safety_copy.path.name) if result.safety_copy else "")
    context.show_status(translate("BackupsDialog", "Restored the backup from {when}.").format(
        when=f"{result.restored.created:%Y-%m-%d %H:%M}") + kept, 12000)
    return True
