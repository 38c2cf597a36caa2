"""The dialog for an unexpected error: what failed, that nothing was half-saved, Copy details.

It is not modal: the app keeps running behind it. Errors that arrive while it is open are added
to it instead of stacking dialogs.
"""

from __future__ import annotations

import html
import platform
import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cohortdesk import __version__
from cohortdesk.logs import log_path, redact


def describe_failure(exc: BaseException) -> str:
    """One line a program officer can read: the kind of failure and where in CohortDesk."""
    where = ""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "cohortdesk" in f.filename.replace("\\", "/")]
    if ours:
        where = " " + QCoreApplication.translate("ErrorDialog", "(in {where})").format(
            where=ours[-1].name.strip("_").replace("_", " "))
    message = str(exc).strip() or type(exc).__name__
    if not isinstance(exc, (RuntimeError, ValueError)) and type(exc).__name__ not in message:
        message = f"{type(exc).__name__}: {message}"
    return f"{message[:1].upper()}{message[1:]}{where}"


def details_text(exc: BaseException) -> str:
    """The traceback and versions, with contact details removed, for a bug report."""
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    header = (f"CohortDesk {__version__} · Python {platform.python_version()} · "
              f"{platform.system()} {platform.release()} · {sys.platform}\n\n")
    return redact(header + "".join(lines))


class ErrorDialog(QDialog):
    def __init__(self, parent: QWidget | None, exc: BaseException, *, rolled_back: bool) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setMinimumWidth(520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.count = 0

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                       .pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = QLabel()
        self.headline.setObjectName("errorHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        saved = (self.tr("The unfinished change was undone, so your workspace is as it was before it.")
                 if rolled_back else self.tr("Your saved work is not affected."))
        self.reassurance = QLabel(
            saved + " " + self.tr("CohortDesk keeps running; you can carry on. The details were "
                                  "written to the log ({folder}).").format(folder=log_path().parent)
        )
        self.reassurance.setWordWrap(True)
        self.reassurance.setStyleSheet("color: #444;")

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        self.details.setStyleSheet("font-family: monospace; font-size: 11px;")

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the technical details (without contact details) "
                                            "to paste into an email to your support contact."))
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(self.tr("Show details"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        self.close_button.setDefault(True)

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.reassurance)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self._texts: list[str] = []
        self.add(exc)

    def add(self, exc: BaseException) -> None:
        """Show another failure in the same dialog."""
        self.count += 1
        self._texts.append(details_text(exc))
        what = html.escape(describe_failure(exc))
        if self.count == 1:
            self.headline.setText("<b>" + self.tr("CohortDesk could not finish what you asked.")
                                  + f"</b><br>{what}")
        else:
            self.headline.setText("<b>" + self.tr("CohortDesk hit {n} problems.").format(n=self.count)
                                  + "</b> " + self.tr("The latest:") + f"<br>{what}")
        self.details.setPlainText("\n\n".join(self._texts))

    def details_for_copy(self) -> str:
        return "\n\n".join(self._texts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_for_copy())
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()
