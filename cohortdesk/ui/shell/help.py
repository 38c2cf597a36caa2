"""F1: the offline guide, with a list of every keyboard shortcut read from the action registry."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cohortdesk import APP_NAME, paths
from cohortdesk.ui import i18n
from cohortdesk.ui.shell.actions import ActionRegistry


def shortcut_table(actions: ActionRegistry) -> str:
    rows = []
    for action in actions.all_actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), keys))
    body = "".join(f"<tr><td>{html.escape(t)}</td><td><b>{html.escape(k)}</b></td></tr>"
                   for t, k in sorted(rows, key=lambda r: r[0].lower()))
    heading = QCoreApplication.translate("HelpWindow", "Keyboard shortcuts")
    note = QCoreApplication.translate(
        "HelpWindow", "In a list: Enter opens the selected record, Delete deletes it, and a "
        "right-click offers the same commands. In the agenda: Alt+Up and Alt+Down move an item.")
    return (f"<h2 id='keys'>{html.escape(heading)}</h2><table cellpadding='4'>{body}</table>"
            f"<p>{html.escape(note)}</p>")


def guide_path(language: str) -> str:
    """The guide in `language` (resources/help/guide.<language>.html), else the English one."""
    folder = paths.resources_dir() / "help"
    translated = folder / f"guide.{language}.html"
    return str(translated if language != "en" and translated.is_file() else folder / "guide.html")


class HelpWindow(QDialog):
    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app} guide").format(app=APP_NAME))
        self.setObjectName("helpWindow")
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        with open(guide_path(i18n.active_language()), encoding="utf-8") as f:
            guide = f.read()
        self.browser.setHtml(guide + shortcut_table(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
