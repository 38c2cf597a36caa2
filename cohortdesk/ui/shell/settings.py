"""The app's own preferences (window layout, last choices), kept as an INI file in the user config
folder beside recent.json, so tests and the self-test, which move that folder, never share it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from cohortdesk import paths


class Settings:
    """A small typed face over QSettings; the file is opened on first use."""

    FILE_NAME = "settings.ini"

    def __init__(self) -> None:
        self._qsettings: QSettings | None = None

    def _store(self) -> QSettings:
        if self._qsettings is None:
            self._qsettings = QSettings(str(paths.config_dir() / self.FILE_NAME),
                                        QSettings.Format.IniFormat)
        return self._qsettings

    def value(self, key: str, default: Any = None) -> Any:
        return self._store().value(key, default)

    def text(self, key: str, default: str = "") -> str:
        value = self._store().value(key, default)
        return value if isinstance(value, str) else default

    def flag(self, key: str, default: bool = False) -> bool:
        value = self._store().value(key, default)
        if isinstance(value, str):  # INI files give back text
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def set_value(self, key: str, value: Any) -> None:
        self._store().setValue(key, value)

    def remove(self, key: str) -> None:
        self._store().remove(key)

    def sync(self) -> None:
        if self._qsettings is not None:
            self._qsettings.sync()
