"""Edit › Preferences…: the app's language (the system's, English or Spanish).

The choice is kept in the settings (`ui/language`) and read when the app starts, so it applies
on the next start: the menus, dialogs and views are built in one language, never half in each.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.ui import i18n
from cohortdesk.ui.shell.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.language = QComboBox()
        self.language.setObjectName("preferences_language")
        self.language.setAccessibleName(self.tr("Language"))
        system = i18n.LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        current = self.language.findData(settings.text(i18n.SETTING))
        self.language.setCurrentIndex(max(current, 0))
        self._initial = self.language.currentData()
        note = QLabel(self.tr("The language changes the next time CohortDesk starts. Printed "
                              "documents have their own language, chosen for each session in its "
                              "details."))
        note.setWordWrap(True)
        note.setObjectName("preferences_note")
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def changed(self) -> bool:
        return bool(self.language.currentData() != self._initial)

    def accept(self) -> None:
        choice = self.language.currentData()
        if choice:
            self.settings.set_value(i18n.SETTING, choice)
        else:
            self.settings.remove(i18n.SETTING)
        self.settings.sync()
        super().accept()
