"""Hub settings: the hub's address (kept in the workspace, never with a password), the
password (kept in the OS keyring), and how the connection is secured (libpq's `sslmode`)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import sync as sync_service
from cohortdesk.store import server
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

# (sslmode, what the user reads)
SSL_MODES = (
    ("", QT_TRANSLATE_NOOP("HubDialog", "As the address says (else libpq's default, prefer)")),
    ("require", QT_TRANSLATE_NOOP("HubDialog", "Encrypted (require)")),
    ("verify-full", QT_TRANSLATE_NOOP("HubDialog", "Encrypted, server certificate checked (verify-full)")),
    ("verify-ca", QT_TRANSLATE_NOOP("HubDialog", "Encrypted, certificate authority checked (verify-ca)")),
    ("prefer", QT_TRANSLATE_NOOP("HubDialog", "Encrypted if the server offers it (prefer)")),
    ("disable", QT_TRANSLATE_NOOP("HubDialog", "Not encrypted (disable): a trusted office network only")),
)
PLACEHOLDER = "postgresql+psycopg://amara@hub.example.org/cohortdesk_hub"


def split_password(raw: str) -> tuple[str, str]:
    """The address without its password, and the password if one was typed into it."""
    from sqlalchemy.engine import make_url

    raw = raw.strip()
    if not server.is_server_url(raw):
        return raw, ""
    password = make_url(raw.replace("postgres://", "postgresql://", 1)).password
    return server.public_url(raw), str(password or "")


def with_sslmode(url: str, mode: str) -> str:
    """`url` with its sslmode set to `mode` ("" leaves what the address says)."""
    if not mode:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "sslmode"]
    query.append(("sslmode", mode))
    return urlunsplit(parts._replace(query=urlencode(query)))


def sslmode_of(url: str) -> str:
    return dict(parse_qsl(urlsplit(url).query)).get("sslmode", "")


class HubDialog(QDialog):
    """Edit the hub this workspace syncs with. `saved` fires once the address is kept."""

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("hubDialog")
        self.setWindowTitle(translate("HubDialog", "Hub settings"))
        self.setMinimumWidth(620)
        current = sync_service.hub_url(context.store) or ""

        intro = QLabel(translate("HubDialog",
                                 "Your IT or hosting provider gives you the hub's address and your role. "
                                 "The address is kept in this workspace; the password is kept in this "
                                 "computer's keyring, never in the workspace."))
        intro.setWordWrap(True)
        self.url = QLineEdit(current)
        self.url.setObjectName("hubUrl")
        self.url.setPlaceholderText(PLACEHOLDER)
        self.password = QLineEdit()
        self.password.setObjectName("hubPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        saved = bool(current) and server.has_saved_password(current)
        self.password.setPlaceholderText(translate(
                "HubDialog",
                "(saved in the keyring; type to change)") if saved
                                         else translate(
                                                 "HubDialog",
                                                 "(leave empty to use PGPASSWORD or ~/.pgpass)"))
        self.ssl = QComboBox()
        self.ssl.setObjectName("hubSslmode")
        for mode, text in SSL_MODES:
            self.ssl.addItem(translate("HubDialog", text), mode)
        found = self.ssl.findData(sslmode_of(current))
        self.ssl.setCurrentIndex(max(found, 0))
        self.problem = QLabel("")
        self.problem.setObjectName("hubProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(translate("HubDialog", "Hub &address:"), self.url)
        form.addRow(translate("HubDialog", "&Password:"), self.password)
        form.addRow(translate("HubDialog", "&Security:"), self.ssl)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def save(self) -> None:
        """Keep the address (without a password) and the password in the keyring."""
        url, typed = split_password(self.url.text())
        password = self.password.text() or typed
        url = with_sslmode(url, str(self.ssl.currentData() or ""))
        try:
            kept = sync_service.set_hub(self.context.store, url)
        except CohortDeskError as exc:
            self._show_problem(str(exc))
            return
        self.url.setText(kept)
        if password:
            try:
                server.save_password(kept, password)
            except server.PasswordNotSavedError as exc:
                # The address is kept; the user reads why the password was not.
                self.password.clear()
                self._show_problem(str(exc))
                self.saved.emit()
                return
        self.context.show_status(translate(
                "HubDialog",
                "The hub is set: {value1}.").format(value1=server.describe(kept)), 8000)
        self.saved.emit()
        self.accept()
