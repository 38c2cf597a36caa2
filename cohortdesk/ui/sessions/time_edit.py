"""A time field that takes a time as it is typed ("9:30", "930", "9.30a", "14h30").

It reads like QTimeEdit to the code around it (`time()`, `setTime()`, `timeChanged`), but the
user types into it freely; on Enter or leaving the field the text is read by
`domain.clock.parse_time` and shown the app's way ("9:30 AM"). Text that is not a time is
kept, outlined in red, with what to type in its tooltip, and changes nothing. Up and Down
move by 5 minutes, as a spin box would.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtGui import QKeyEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from cohortdesk.domain.clock import MESSAGES, parse_time
from cohortdesk.domain.errors import ValidationError
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.i18n.dates import format_clock

translate = QCoreApplication.translate

# domain.clock's HINT and MESSAGES, in the app's language.
_HINT = QT_TRANSLATE_NOOP("TimeEdit", "Type a time such as 9:30, 930, 9.30a, 2 pm or 14h30.")
_MESSAGES = {
    "empty": QT_TRANSLATE_NOOP("TimeEdit", "The time is empty. {hint}"),
    "not a time": QT_TRANSLATE_NOOP("TimeEdit", "“{text}” is not a time. {hint}"),
    "minutes": QT_TRANSLATE_NOOP("TimeEdit", "“{text}” has {minutes} minutes; an hour has 60. "
                                             "{hint}"),
    "past midnight": QT_TRANSLATE_NOOP("TimeEdit", "“{text}” is past 23:59. {hint}"),
    "am pm hour": QT_TRANSLATE_NOOP("TimeEdit", "“{text}”: with am or pm, the hour is 1 to 12. "
                                                "{hint}"),
}


def hint() -> str:
    return translate("TimeEdit", _HINT)


def message_text(exc: ValidationError) -> str:
    """Why the text is not a time, in the app's language."""
    if exc.key not in _MESSAGES or exc.key not in MESSAGES:
        return exc.message
    return translate("TimeEdit", _MESSAGES[exc.key]).format(hint=hint(), **dict(exc.values))

INVALID_STYLE = "QLineEdit { border: 2px solid #b3261e; border-radius: 3px; }"
STEP_MINUTES = 5


class TimeEdit(QLineEdit):
    # The time, after it was typed and committed or set; not while typing.
    timeChanged = Signal(QTime)  # noqa: N815 - as QTimeEdit names it

    def __init__(self, value: QTime | dt.time | None = None, parent: QWidget | None = None,
                 field: str = "time") -> None:
        super().__init__(parent)
        self.field = field
        self._time: dt.time | None = None
        self._error = ""
        self.setPlaceholderText(translate("TimeEdit", "e.g. 9:30 or 14h30"))
        self.setToolTip(hint())
        self.setMaxLength(16)
        # Wide enough for "12:30 PM" and the placeholder, no wider.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 16)
        self.editingFinished.connect(self.commit)
        if value is not None:
            self.setTime(value)

    # -- the QTimeEdit API the forms use ----------------------------------------------------------

    def time(self) -> QTime:
        """The time shown (an invalid QTime when the field is empty)."""
        t = self._time
        return QTime(t.hour, t.minute) if t is not None else QTime()

    def value(self) -> dt.time | None:
        return self._time

    def setTime(self, value: QTime | dt.time | None) -> None:  # noqa: N802 - as QTimeEdit
        if isinstance(value, QTime):
            value = dt.time(value.hour(), value.minute()) if value.isValid() else None
        self._show_error("")
        changed = value != self._time
        self._time = value
        self.setText(format_clock(value) if value is not None else "")
        if changed and value is not None:
            self.timeChanged.emit(self.time())

    def clear(self) -> None:
        self._show_error("")
        self._time = None
        super().clear()

    # -- typing -----------------------------------------------------------------------------------

    def read(self) -> dt.time:
        """The time typed, committing it; ValidationError (naming `field`) if it is not one."""
        try:
            parsed = parse_time(self.text(), self.field)
        except ValidationError as exc:  # the form shows it by the field: in the app's language
            raise ValidationError(exc.field, message_text(exc), key=exc.key,
                                  values=exc.values) from exc
        self.setTime(parsed)
        return parsed

    def commit(self) -> None:
        if not self.text().strip() and self._time is None:
            self._show_error("")
            return
        try:
            self.read()
        except ValidationError as exc:
            self._show_error(exc.message)

    def error(self) -> str:
        return self._error

    def _show_error(self, message: str) -> None:
        self._error = message
        self.setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message or hint())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self._time is not None:
            step = STEP_MINUTES if event.key() == Qt.Key.Key_Up else -STEP_MINUTES
            moment = dt.datetime.combine(dt.date(2000, 1, 1), self._time)
            self.setTime((moment + dt.timedelta(minutes=step)).time())
            return
        super().keyPressEvent(event)
