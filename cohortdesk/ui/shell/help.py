"""F1: the offline guide, with a list of every keyboard shortcut read from the action registry."""

from __future__ import annotations

import html

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from cohortdesk import APP_NAME, paths
from cohortdesk.ui.shell.actions import ActionRegistry


def shortcut_table(actions: ActionRegistry) -> str:
    rows = []
    for action in actions.all_actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&&", "\0").replace("&", "").replace("\0", "&"), keys))
    body = "".join(f"<tr><td>{html.escape(t)}</td><td><b>{html.escape(k)}</b></td></tr>"
                   for t, k in sorted(rows, key=lambda r: r[0].lower()))
    return (f"<h2 id='keys'>Keyboard shortcuts</h2><table cellpadding='4'>{body}</table>"
            "<p>In a list: Enter opens the selected record, Delete deletes it, and a right-click "
            "offers the same commands. In the agenda: Alt+Up and Alt+Down move an item.</p>")


class HelpWindow(QDialog):
    def __init__(self, actions: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{APP_NAME} guide")
        self.setObjectName("helpWindow")
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        guide = (paths.resources_dir() / "help" / "guide.html").read_text(encoding="utf-8")
        self.browser.setHtml(guide + shortcut_table(actions))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
