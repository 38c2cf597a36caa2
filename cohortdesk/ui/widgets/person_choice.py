"""Choosing one person out of a directory of 100,000.

The names live in Qt's own `QStringListModel`, so a box's completer looks through them in
C++: 20 ms a keystroke for 100,000 names, where a Python model is asked for every row and
takes a quarter of a second. The ids stay beside it, row for row. The picker's search ignores
accents as well as case, which Qt's filters cannot: it looks through folded names in Python
(10 ms for 100,000) and shows the matches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.text import fold
from cohortdesk.services import people
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.background import BackgroundRead


@dataclass(frozen=True)
class Candidates:
    """The people on offer, in the order shown, with their folded labels for the search."""

    ids: list[int]
    labels: list[str]
    folded: list[str]

    @classmethod
    def of(cls, choices: Iterable[tuple[int, str]]) -> Candidates:
        listed = list(choices)
        labels = [label for _pid, label in listed]
        # "Name — Organization": without the dash most labels are plain ASCII, which `fold`
        # does on its short path (0.8 s to 0.2 s for 100,000 labels).
        return cls([pid for pid, _label in listed], labels,
                   [fold(label.replace(" — ", " ")) for label in labels])

    def matching(self, text: str) -> list[int]:
        """The rows whose label holds `text`, accents and case ignored (all for "")."""
        wanted = fold(text)
        if not wanted:
            return list(range(len(self.ids)))
        return [n for n, label in enumerate(self.folded) if wanted in label]


class PersonChoices(QStringListModel):
    """(id, label) choices as a string model; `person_id(row)` is the row's person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []

    def set_choices(self, choices: list[tuple[int, str]]) -> None:
        self._ids = [pid for pid, _label in choices]
        self.setStringList([label for _pid, label in choices])

    def person_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int:
        """The row of a person, or -1."""
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1


class PersonBox(QComboBox):
    """A searchable box of everyone (or everyone not yet in `not_in_cohort`), after an
    optional first entry that is no one ("Unassigned", "No facilitator"). The people are read
    off the UI thread (a directory of 100,000 takes 0.4 s) into a string model, so typing in
    the box stays quick; until they are in, the box waits, disabled, and answers with the value
    it was opened on. `currentData`, `itemData` and `findData` answer with person ids (and the
    first entry's value), as a box filled item by item would."""

    loaded = Signal()
    failed = Signal(object)  # the exception: the people could not be read

    def __init__(self, name: str, first: tuple[str, Any] | None, store: Any,
                 chosen: Any = None, *, not_in_cohort: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(name)
        # Row 0 stands for the first entry, when there is one.
        self._first_rows = [(0, first[0])] if first is not None else []
        self._first = first[1] if first is not None else None
        self._chosen = self._first if chosen is None else chosen
        self.people = PersonChoices(self)
        self.people.set_choices(list(self._first_rows))
        self.setModel(self.people)
        # Sized for a name and an organization, never by measuring every entry.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(36)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setEnabled(False)
        self.setEditText(self.tr("Loading people…"))
        self._reader = BackgroundRead(self, self._loaded, self.failed.emit)
        self._reader.start(lambda: people.person_choices(store, not_in_cohort=not_in_cohort))

    @property
    def loading(self) -> bool:
        return self._reader.pending

    def _loaded(self, choices: list[tuple[int, str]]) -> None:
        self.people.set_choices([*self._first_rows, *choices])
        chosen = self.findData(self._chosen)
        self.setCurrentIndex(max(0, chosen) if self._first_rows else chosen)
        self.setEnabled(True)
        edit = self.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type a name or an organization"))
            edit.setCursorPosition(0)  # a long "Name — Organization" reads from its start
        self.loaded.emit()

    def itemData(self, index: int, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802
        if self._first_rows and index == 0:
            return self._first
        return self.people.person_id(index)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802
        if self.loading:
            return self._chosen  # OK before the people are in keeps what was there
        return self.itemData(self.currentIndex())

    def findData(self, data: Any, role: int = Qt.ItemDataRole.UserRole,  # noqa: N802
                 flags: Qt.MatchFlag = Qt.MatchFlag.MatchExactly) -> int:
        if self._first_rows and data == self._first:
            return 0
        return self.people.row_of(data) if isinstance(data, int) and data > 0 else -1


class _SearchBox(QLineEdit):
    """Down moves into the list below; Enter there chooses, as in the app's lists."""

    def __init__(self, picker: PersonPicker) -> None:
        super().__init__()
        self.picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Down:
            self.picker.results.setFocus()
            return
        super().keyPressEvent(event)


class PersonPicker(QDialog):
    """Anyone in the workspace: type part of a name or an organization (accents and case
    ignored), then Enter (or a double-click) chooses. The people are read off the UI thread."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 460)
        self._people = Candidates([], [], [])
        self.shown = PersonChoices(self)
        self.search = _SearchBox(self)
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Type a name or an organization"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._narrow)
        self.search.returnPressed.connect(self.accept)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("People"))
        self.results.setModel(self.shown)
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.results.doubleClicked.connect(lambda _index: self.accept())
        self.results.activated.connect(lambda _index: self.accept())
        self.count = QLabel(self.tr("Loading people…"))
        self.count.setStyleSheet("color:#555")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.results.selectionModel().currentChanged.connect(self._on_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._reader = BackgroundRead(self, self._loaded, self._failed)
        store = context.store

        self._reader.start(lambda: Candidates.of(people.person_choices(store)))

    @property
    def loading(self) -> bool:
        return self._reader.pending

    def _loaded(self, answer: Candidates) -> None:
        self._people = answer
        self._narrow(self.search.text())

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(self.tr("The people could not be read: {error}").format(error=exc))

    def _narrow(self, text: str) -> None:
        if self._reader.pending:
            return  # narrowed once the people are in
        ids, labels = self._people.ids, self._people.labels
        found = [(ids[n], labels[n]) for n in self._people.matching(text)]
        self.shown.set_choices(found)
        self.count.setText(self.tr("{shown} of {total} people").format(
            shown=len(found), total=len(ids)))
        if found:
            self.results.setCurrentIndex(self.shown.index(0, 0))
        self._on_current()

    def _on_current(self, *_args: Any) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> tuple[int, str] | None:
        """The person chosen (id, label), or None."""
        index = self.results.currentIndex()
        pid = self.shown.person_id(index.row()) if index.isValid() else None
        return None if pid is None else (pid, str(self.shown.data(index)))

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()
