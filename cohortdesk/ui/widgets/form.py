"""A record editor: a form whose validation messages come from the core, shown by the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.errors import CohortDeskError, ValidationError
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.store import Store
from cohortdesk.ui.i18n.errors import error_text
from cohortdesk.ui.shell.runner import OpRunner

ERROR_STYLE = "color: #b3261e; font-size: 11px;"


class FormDialog(QDialog):
    """Subclasses add fields with `add_field(name, label, widget)` and implement `operation()`.

    `operation()` names the service write and its arguments; Save runs it as one operation on
    the app's worker (`ops`, an OpRunner) with Save disabled until it is done, so a double click
    saves once. A ValidationError is shown under the field it names, the dialog stays open and
    nothing is saved. A dialog with no runner (opened on its own, as in a test) performs the
    operation itself.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, store: Store | None = None,
                 ops: OpRunner | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ops = ops
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._on_save)
        self.saved_id: int | None = None
        self._fitted = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        # The fixed minimum of 520 px overrides the layout's own: a longer label (a checkbox's
        # text in Spanish) was cut off. At least as wide as the fields need, then.
        super().showEvent(event)
        layout = self.layout()
        if not self._fitted and layout is not None:
            self._fitted = True
            need = layout.minimumSize().width()
            if need > self.minimumWidth():
                self.setMinimumWidth(need)
            if self.width() < need:
                self.resize(need, self.height())

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.rstrip(":"))
        widget.setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, holder)
        label_widget = self.form.labelForField(holder)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)
        if self.fields:
            QWidget.setTabOrder(list(self.fields.values())[-1], widget)
        else:
            widget.setFocus()  # the first field, not Save, has focus when the form opens
        QWidget.setTabOrder(widget, self.save_button)
        self.fields[name] = widget
        self.errors[name] = error
        return widget

    # -- reading widgets --------------------------------------------------------------------

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        raise TypeError(name)

    def checked(self, name: str) -> bool:
        widget = self.fields[name]
        assert isinstance(widget, QCheckBox)
        return widget.isChecked()

    def choice(self, name: str) -> Any:
        widget = self.fields[name]
        assert isinstance(widget, QComboBox)
        return combo_value(widget, name)

    # -- saving -----------------------------------------------------------------------------

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        """The service write that Save runs, and its arguments after the store."""
        raise NotImplementedError

    # The record being edited (None for a new one); subclasses set it.
    editing_id: int | None = None

    def saved_record(self, value: Any) -> int | None:
        """The id of the record saved: a new record's id (the operation's value), or the one edited."""
        return value if isinstance(value, int) else self.editing_id

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.hide()

    def show_error(self, exc: CohortDeskError) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            label = self.errors[exc.field]
            label.setText(error_text(exc))
            label.show()
            self.fields[exc.field].setFocus()
        else:
            self.general_error.setText(error_text(exc))
            self.general_error.show()

    def _on_save(self) -> None:
        self.clear_errors()
        try:
            fn, args = self.operation()
        except CohortDeskError as exc:  # a field that cannot be read ("not a date")
            self.show_error(exc)
            return
        if self.ops is not None:
            self.ops.run(fn, *args, initiator=self, trigger=self.save_button,
                         on_success=self._saved, on_failure=self._failed)
            return
        assert self.store is not None, "a FormDialog needs a runner or a store"
        try:
            outcome = perform_as(self.store, OpInfo(initiator=self), fn, *args)
        except CohortDeskError as exc:
            self.show_error(exc)
            return
        self._saved(outcome.value)

    def _saved(self, value: Any) -> None:
        self.saved_id = self.saved_record(value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CohortDeskError):
            self.show_error(exc)


def line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


def area(text: str = "", height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(height)
    return edit


def combo(choices: list[tuple[Any, str]], current: Any = None, *, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for value, label in choices:
        box.addItem(label, value)
    if current is not None:
        i = box.findData(current)
        if i >= 0:
            box.setCurrentIndex(i)
    if editable:
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = box.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box


def combo_value(box: QComboBox, field: str) -> Any:
    """The chosen value; for an editable box, the item whose text was typed.

    Typing a name that is not in the list is refused rather than silently saved as "none".
    """
    if not box.isEditable():
        return box.currentData()
    typed = box.currentText().strip()
    if not typed:
        return None
    index = box.findText(typed, Qt.MatchFlag.MatchFixedString)  # ignores case
    if index < 0:
        raise ValidationError(field, QCoreApplication.translate(
            "FormDialog", "There is no “{typed}” in the list. Choose one from the list, or add it "
            "first.").format(typed=typed))
    return box.itemData(index)


def date_edit(value: dt.date | None) -> QDateEdit:
    """A date field that may be left empty: its lowest date reads "(no date)"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setSpecialValueText(QCoreApplication.translate("FormDialog", "(no date)"))
    edit.setMinimumDate(QDate(1990, 1, 1))
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
    return edit


def date_value(edit: QDateEdit) -> dt.date | None:
    if edit.date() == edit.minimumDate():
        return None
    return cast(dt.date, edit.date().toPython())

