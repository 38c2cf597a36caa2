"""Check-in mode: a laptop on the registration table, run entirely from the keyboard.

Type two or three letters of any part of a name (accents and case ignored) and the list
narrows at once. Enter checks in the top match (or the one chosen with the arrow keys);
Ctrl+Enter adds what was typed as a walk-in and checks them in; Ctrl+Z undoes the last one;
Esc clears the search, and closes the mode when it is already empty.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from cohortdesk.domain.attendance import RegistrationRecord
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance, people, sessions
from cohortdesk.store import Changes

ROLE = Qt.ItemDataRole.UserRole + 1
MAX_SHOWN = 60

STYLE = """
QDialog#checkIn { background: #f7f9fb; }
QLabel#checkInTitle { font-size: 22pt; font-weight: 600; color: #1f3a4d; }
QLabel#checkInHelp { font-size: 12pt; color: #555; }
QLineEdit#checkInSearch { font-size: 28pt; padding: 10px 14px; border: 2px solid #2d5470;
                          border-radius: 6px; background: white; }
QListWidget#checkInList { font-size: 20pt; border: 1px solid #d5dbe0; background: white; }
QListWidget#checkInList::item { padding: 10px 12px; border-bottom: 1px solid #eef1f4; }
QListWidget#checkInList::item:selected { background: #cfe3f2; color: black; }
QLabel#checkInStatus { font-size: 18pt; padding: 12px; border-radius: 6px; }
"""


@dataclass(frozen=True)
class Entry:
    """A row of the list: someone on the session's list, or a person not yet on it."""

    person_id: int
    name: str
    organization: str
    key: str
    record: RegistrationRecord | None

    @property
    def checked_in(self) -> bool:
        return self.record is not None and self.record.checked_in

    def flags(self) -> str:
        r = self.record
        if r is None:
            return ""
        return "  ·  ".join(x for x in (r.access_needs, r.dietary_needs) if x)

    def text(self) -> str:
        line = self.name
        if self.organization:
            line += f"  —  {self.organization}"
        if self.record is None:
            line += "   · not on the list"
        elif self.checked_in and self.record.checked_in_at:
            line = f"✓ {line}   checked in {self.record.checked_in_at:%H:%M}"
        flags = self.flags()
        return f"{line}\n      ⚑ {flags}" if flags else line


class CheckInMode(QDialog):
    def __init__(self, window: Any, session_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.session_id = session_id
        self.setObjectName("checkIn")
        self.setStyleSheet(STYLE)
        record = sessions.get_session(window.store, session_id)
        self.setWindowTitle(f"Check-in — {record.title}")
        self.resize(QSize(1100, 760))
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []

        self.title = QLabel(record.title)
        self.title.setObjectName("checkInTitle")
        self.counts = QLabel()
        self.counts.setObjectName("checkInHelp")
        self.search = QLineEdit()
        self.search.setObjectName("checkInSearch")
        self.search.setPlaceholderText("Type a name…")
        self.search.setAccessibleName("Search names")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("checkInList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search keeps the keyboard
        self.list.setAccessibleName("Matches")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda item: self.check_in(self._entry(item)))
        self.status = QLabel(" ")
        self.status.setObjectName("checkInStatus")
        self.status.setWordWrap(True)
        self.help = QLabel("Enter  check in the top match (registers people not on the list)    "
                           "↑ ↓  choose    Ctrl+Enter  add a walk-in    Ctrl+Z  undo    "
                           "Esc  clear / close")
        self.help.setObjectName("checkInHelp")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.help)

        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        window.bus.changed.connect(self._on_changed)
        self.reload()
        self.search.setFocus()

    # -- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.window_.store
        regs = attendance.registrations(store, self.session_id)
        on_list = {r.person_id for r in regs}
        entries = [Entry(r.person_id, r.name, r.organization, r.search_key, r) for r in regs]
        everyone = people.list_people(store)
        for row in everyone.rows:
            if row[0] not in on_list:
                entries.append(Entry(row[0], row[1], row[5], fold(f"{row[1]} {row[2]}"), None))
        self.entries = entries
        counts = attendance.tally(regs)
        self.counts.setText(f"{counts.checked_in} of {len(regs)} checked in  ·  "
                            f"{counts.summary()}")
        self._filter(self.search.text())

    def _on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("registration", "person"):
            self.reload()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        if words:
            # Whole-word starts first ("ok" puts Okafor before Brooke), then any substring.
            hits = [e for e in self.entries if all(w in e.key for w in words)]
            hits.sort(key=lambda e: (e.record is None, e.checked_in,
                                     not any(f" {w}" in f" {e.key}" for w in words), e.key))
        else:
            hits = [e for e in self.entries if e.record is not None]
            hits.sort(key=lambda e: (e.checked_in, e.key))
        self.shown = hits[:MAX_SHOWN]
        self.list.clear()
        for e in self.shown:
            item = QListWidgetItem(e.text())
            item.setData(ROLE, e.person_id)
            if e.checked_in:
                item.setForeground(QColor("#2e7d32"))
            elif e.record is None:
                item.setForeground(QColor("#666666"))
            self.list.addItem(item)
        if self.shown:
            self.list.setCurrentRow(0)

    def _entry(self, item: QListWidgetItem | None) -> Entry | None:
        if item is None:
            return None
        row = self.list.row(item)
        return self.shown[row] if 0 <= row < len(self.shown) else None

    # -- actions ------------------------------------------------------------------------------

    def check_in(self, entry: Entry | None) -> None:
        if entry is None:
            self._say("No match. Ctrl+Enter adds the name as a walk-in.", warn=True)
            return
        if entry.checked_in and entry.record and entry.record.checked_in_at:
            self._say(f"{entry.name} is already checked in (at "
                      f"{entry.record.checked_in_at:%H:%M}).", warn=True)
            self.search.clear()
            return
        self.window_.guard(lambda: attendance.check_in(self.window_.store, self.session_id,
                                                       entry.person_id, source=self))
        self._confirm(entry.person_id)

    def add_walk_in(self) -> None:
        name = self.search.text().strip()
        if not name:
            self._say("Type the walk-in's name first, then Ctrl+Enter.", warn=True)
            return
        pid = self.window_.guard(lambda: attendance.add_walk_in(
            self.window_.store, self.session_id, name, source=self))
        if pid is not None:
            self._confirm(pid, walk_in=True)

    def undo(self) -> None:
        label = self.window_.store.undo_label()
        if not label:
            self._say("Nothing to undo.", warn=True)
            return
        self.window_.guard(self.window_.store.undo)
        self._say(f"Undone: {label}.")
        self.search.setFocus()

    def _confirm(self, person_id: int, *, walk_in: bool = False) -> None:
        reg = attendance.registration(self.window_.store, self.session_id, person_id)
        self.search.clear()
        if reg is None:
            return
        when = f" at {reg.checked_in_at:%H:%M}" if reg.checked_in_at else ""
        text = f"✓ {reg.name}{' (walk-in)' if walk_in else ''} checked in{when}."
        flags = "  ·  ".join(x for x in (reg.access_needs, reg.dietary_needs) if x)
        if flags:
            text += f"\n⚑ {flags}"
        self._say(text)

    def _say(self, text: str, *, warn: bool = False) -> None:
        self.status.setText(text)
        color = "#fff4e0; color: #7a4b00" if warn else "#e6f4ea; color: #1e5631"
        self.status.setStyleSheet(f"background: {color};")

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress:
            return self._key(event)
        return super().eventFilter(obj, event)

    def _key(self, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Undo):
            # The search field would undo its own typing; here Ctrl+Z undoes the check-in.
            self.undo()
            return True
        key = event.key()
        ctrl = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.MetaModifier))
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if ctrl or event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.add_walk_in()
            elif self.search.text().strip():
                self.check_in(self._entry(self.list.currentItem()))
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.shown:
            step = 1 if key == Qt.Key.Key_Down else -1
            row = max(0, min(len(self.shown) - 1, self.list.currentRow() + step))
            self.list.setCurrentRow(row)
            return True
        if key == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
            else:
                self.close()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # A dialog closes on Esc and "accepts" on Enter; both belong to the search here.
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search.setFocus()
            self._key(event)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        with contextlib.suppress(RuntimeError, TypeError):
            self.window_.bus.changed.disconnect(self._on_changed)
        super().closeEvent(event)

