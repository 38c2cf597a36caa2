"""Check-in mode: a laptop on the registration table, run entirely from the keyboard.

Type two or three letters of any part of a name (accents and case ignored) and the list
narrows at once. Enter checks in the top match (or the one chosen with the arrow keys);
Ctrl+Enter adds what was typed as a walk-in and checks them in (or, when it is the full name
of someone already in the workspace, checks that person in); Ctrl+Z undoes the last one;
Esc clears the search, and closes the mode when it is already empty.

Each row shows that the person has access or dietary needs on file ("⚑ needs on file"), not
what they are: the screen may face the people checking in. F2 shows the selected person's
needs to staff, in the status line, until the next search. A registration status other than
invited or registered ("declined" stands out) is shown too. The list is in family-name order, like the
Attendance tab.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.attendance import RegistrationRecord, RegistrationStatus, UnlistedPerson
from cohortdesk.domain.text import fold
from cohortdesk.services import attendance, sessions
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.sessions.counts import counts_text
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

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
# Statuses that mean "not expected today": shown in the row and said when checking in.
UNEXPECTED = {RegistrationStatus.DECLINED: QColor("#b3261e"),
              RegistrationStatus.CANCELLED: QColor("#b3261e"),
              RegistrationStatus.WAITLISTED: QColor("#8a5300")}


@dataclass(frozen=True)
class Entry:
    """A row of the list: someone on the session's list, or a person not yet on it."""

    person_id: int
    name: str
    organization: str
    key: str
    record: RegistrationRecord | None
    sort_key: tuple[str, str] = ("", "")
    access_needs: str = ""
    dietary_needs: str = ""

    @classmethod
    def listed(cls, r: RegistrationRecord) -> Entry:
        return cls(r.person_id, r.name, r.organization, r.search_key, r, r.sort_key,
                   r.access_needs, r.dietary_needs)

    @classmethod
    def unlisted(cls, u: UnlistedPerson) -> Entry:
        return cls(u.person_id, u.name, u.organization, u.search_key, None, u.sort_key,
                   u.access_needs, u.dietary_needs)

    @property
    def checked_in(self) -> bool:
        return self.record is not None and self.record.checked_in

    @property
    def unexpected(self) -> RegistrationStatus | None:
        """Declined, cancelled or waitlisted: someone the list does not expect today."""
        r = self.record
        return r.status if r is not None and r.status in UNEXPECTED else None

    def flags(self) -> str:
        """The needs themselves: shown only on demand (F2), never in the row."""
        return "  ·  ".join(x for x in (self.access_needs, self.dietary_needs) if x)

    @property
    def has_needs(self) -> bool:
        return bool(self.access_needs or self.dietary_needs)

    def text(self) -> str:
        line = self.name
        if self.organization:
            line += f"  —  {self.organization}"
        if self.record is None:
            line += "   · " + translate("CheckinMode", "not on the list")
        elif self.checked_in and self.record.checked_in_at:
            line = f"✓ {line}   " + translate("CheckinMode", "checked in {time}").format(
                time=f"{self.record.checked_in_at:%H:%M}")
        elif self.unexpected is not None:
            line += f"   ✗ {vocabulary.label(self.unexpected).upper()}"
        needs = "⚑ " + translate("CheckinMode", "needs on file (F2 shows them)")
        return f"{line}\n      {needs}" if self.has_needs else line


class CheckInMode(QDialog):
    def __init__(self, context: AppContext, session_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.setObjectName("checkIn")
        self.setStyleSheet(STYLE)
        record = sessions.get_session(context.store, session_id)
        self.setWindowTitle(translate("CheckinMode", "Check-in — {title}").format(title=record.title))
        self.resize(QSize(1100, 760))
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self._warning = False

        self.title = QLabel(record.title)
        self.title.setObjectName("checkInTitle")
        self.counts = QLabel()
        self.counts.setObjectName("checkInHelp")
        self.search = QLineEdit()
        self.search.setObjectName("checkInSearch")
        self.search.setPlaceholderText(translate("CheckinMode", "Type a name…"))
        self.search.setAccessibleName(translate("CheckinMode", "Search names"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("checkInList")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search keeps the keyboard
        self.list.setAccessibleName(translate("CheckinMode", "Matches"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda item: self.check_in(self._entry(item)))
        self.status = QLabel(" ")
        self.status.setObjectName("checkInStatus")
        self.status.setWordWrap(True)
        # Each key stays on one line with its words (no-break spaces): "F2" wrapped away
        # from "necesidades" in Spanish.
        self.help = QLabel(translate("CheckinMode",
                                     "Enter\u00a0\u00a0check in the top match (registers people "
                                     "not on the list)    ↑\u00a0↓\u00a0\u00a0choose    "
                                     "Ctrl+Enter\u00a0\u00a0add a walk-in    F2\u00a0\u00a0needs    "
                                     "Ctrl+Z\u00a0\u00a0undo    Esc\u00a0\u00a0clear / close"))
        self.help.setWordWrap(True)
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

        self.search.textChanged.connect(self._on_text)
        self.search.installEventFilter(self)
        context.bus.changed.connect(self._on_changed)
        self.reload()
        self.search.setFocus()

    # -- data ---------------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.context.store
        regs = attendance.registrations(store, self.session_id)
        entries = [Entry.listed(r) for r in regs]
        entries += [Entry.unlisted(u) for u in attendance.unlisted(store, self.session_id)]
        self.entries = entries
        counts = attendance.tally(regs)
        self.counts.setText(translate(
                "CheckinMode",
                "{checked_in} of {n} checked in  ·  {value3}").format(
                checked_in=counts.checked_in, n=len(regs), value3=counts_text(counts)))
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
                                     not any(f" {w}" in f" {e.key}" for w in words), e.sort_key))
        else:
            hits = [e for e in self.entries if e.record is not None]
            hits.sort(key=lambda e: (e.checked_in, e.sort_key))
        self.shown = hits[:MAX_SHOWN]
        self.list.clear()
        for e in self.shown:
            item = QListWidgetItem(e.text())
            item.setData(ROLE, e.person_id)
            if e.checked_in:
                item.setForeground(QColor("#2e7d32"))
            elif e.unexpected is not None:
                item.setForeground(UNEXPECTED[e.unexpected])
                item.setToolTip(translate(
                        "CheckinMode",
                        "{name} is {value2} for this session.").format(
                        name=e.name, value2=vocabulary.label(e.unexpected).lower()))
            elif e.record is None:
                item.setForeground(QColor("#666666"))
            self.list.addItem(item)
        if self.shown:
            self.list.setCurrentRow(0)

    def _on_text(self, text: str) -> None:
        self._filter(text)
        if not text.strip() or self._warning:
            self._say_nothing()  # a "No match" or other warning was about the old search

    def _entry(self, item: QListWidgetItem | None) -> Entry | None:
        if item is None:
            return None
        row = self.list.row(item)
        return self.shown[row] if 0 <= row < len(self.shown) else None

    # -- actions ------------------------------------------------------------------------------

    def check_in(self, entry: Entry | None) -> None:
        if entry is None:
            self._say(translate("CheckinMode", "No match. Ctrl+Enter adds the name as a walk-in."),
                      warn=True)
            return
        if entry.checked_in and entry.record and entry.record.checked_in_at:
            self.search.clear()
            self._say(translate("CheckinMode", "{name} is already checked in (at {time}).").format(
                name=entry.name, time=f"{entry.record.checked_in_at:%H:%M}"), warn=True)
            return
        was, pid = entry.unexpected, entry.person_id
        self.search.clear()  # ready for the next name while this one is written
        self.context.ops.run(attendance.check_in, self.session_id, pid, initiator=self,
                             on_success=lambda _v: self._confirm(pid, was=was),
                             on_failure=lambda exc: self._say(str(exc), warn=True))

    def add_walk_in(self) -> None:
        name = self.search.text().strip()
        if not name:
            self._say(translate("CheckinMode", "Type the walk-in's name first, then Ctrl+Enter."),
                      warn=True)
            return
        # Someone already in the workspace under this name is checked in, not added again.
        same = attendance.people_named(self.context.store, name)
        if len(same) > 1:
            self._say(translate("CheckinMode", "{n} people are named {name}: choose one with ↑ ↓ "
                                               "and press Enter.").format(n=len(same), name=name),
                      warn=True)
            return
        listed = next((e for e in self.entries if same and e.person_id == same[0]
                       and e.record is not None), None)
        if listed is not None:
            self.check_in(listed)
            return
        existing = bool(same)
        self.search.clear()
        self.context.ops.run(attendance.add_walk_in, self.session_id, name, initiator=self,
                             on_success=lambda pid: self._confirm(pid, existing=existing),
                             on_failure=lambda exc: self._say(str(exc), warn=True))

    def undo(self) -> None:
        label = self.context.store.undo_label()
        if not label:
            self._say(translate("CheckinMode", "Nothing to undo."), warn=True)
            return
        self.context.ops.undo()
        self._say(translate("CheckinMode", "Undone: {step}.").format(step=vocabulary.step(label)))
        self.search.setFocus()

    def show_needs(self) -> None:
        """F2: the selected person's access and dietary needs, for staff."""
        entry = self._entry(self.list.currentItem())
        if entry is None:
            return
        if entry.has_needs:
            self._say(f"{entry.name}: {entry.flags()}")
        else:
            self._say(translate("CheckinMode", "{name} has no access or dietary needs on "
                                               "file.").format(name=entry.name))

    def _confirm(self, person_id: int, *, was: RegistrationStatus | None = None,
                 existing: bool = False) -> None:
        reg = attendance.registration(self.context.store, self.session_id, person_id)
        if reg is None:
            return
        name = reg.name + (" " + translate("CheckinMode", "(walk-in)") if reg.walk_in else "")
        text = "✓ " + (translate("CheckinMode", "{name} checked in at {time}.").format(
                           name=name, time=f"{reg.checked_in_at:%H:%M}") if reg.checked_in_at
                       else translate("CheckinMode", "{name} checked in.").format(name=name))
        if existing:
            text += " " + translate("CheckinMode", "Already in the workspace, so no one was added.")
        if was is not None:
            text += "\n" + translate("CheckinMode", "{name} had {what}; now registered. Ctrl+Z if "
                                                    "this is the wrong person.").format(
                name=reg.name, what=_had(was))
        if reg.access_needs or reg.dietary_needs:
            text += "\n⚑ " + translate("CheckinMode", "Needs on file: F2 shows them to staff.")
        self._say(text, warn=was is not None)

    def _say(self, text: str, *, warn: bool = False) -> None:
        self._warning = warn
        self.status.setText(text)
        color = "#fff4e0; color: #7a4b00" if warn else "#e6f4ea; color: #1e5631"
        self.status.setStyleSheet(f"background: {color};")

    def _say_nothing(self) -> None:
        self._warning = False
        self.status.setText(" ")
        self.status.setStyleSheet("")

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
        if key == Qt.Key.Key_F2:
            self.show_needs()
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
            self.context.bus.changed.disconnect(self._on_changed)
        super().closeEvent(event)


def _had(status: RegistrationStatus) -> str:
    return {RegistrationStatus.DECLINED: translate("CheckinMode", "declined"),
            RegistrationStatus.CANCELLED: translate("CheckinMode", "cancelled"),
            RegistrationStatus.WAITLISTED: translate("CheckinMode", "been on the waitlist")}.get(
                status, vocabulary.label(status).lower())
