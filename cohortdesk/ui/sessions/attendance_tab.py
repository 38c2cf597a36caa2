"""The Attendance tab of a session: counts, the list, and one keystroke per person.

With the list focused, P, L, E, X and A record Present, Late, Left early, Absent (excused) and
Absent (unexcused) for the selected person and move to the next one, so a paper sign-in sheet
is typed back in as fast as it can be read. With several people selected (Shift or Ctrl and a
click), the key marks them all, as one undo step; right-click offers the same. R toggles
remote / in person (only the mode: it records no state for someone with none); Delete clears.

"Invite cohort" invites the cohort's members; its menu invites staff, facilitators, partners
and speakers when chosen, so they are not marked absent with the members.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.attendance import (
    STATE_KEYS,
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
    BulkMarks,
    RegistrationRecord,
    RegistrationStatus,
)
from cohortdesk.domain.enums import MembershipRole
from cohortdesk.services import attendance
from cohortdesk.services.attendance import role_label
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.sessions.attendance_menus import mark_unchecked_absent
from cohortdesk.ui.sessions.counts import counts_text, kept_text
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.flow_layout import FlowLayout
from cohortdesk.ui.widgets.seen_changes import follow_seen_changes

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name"),
           QT_TRANSLATE_NOOP("Columns", "Organization"),
           QT_TRANSLATE_NOOP("Columns", "Role"),
           QT_TRANSLATE_NOOP("Columns", "Registration"),
           QT_TRANSLATE_NOOP("Columns", "Attendance"),
           QT_TRANSLATE_NOOP("Columns", "Mode"),
           QT_TRANSLATE_NOOP("Columns", "Checked in"),
           QT_TRANSLATE_NOOP("Columns", "Needs"))
HEADER_TIPS = {7: QT_TRANSLATE_NOOP("AttendanceTab", "Access and dietary needs")}
# Free text, elided with the full text in a tooltip; every other column fits its content.
NAME, ORGANIZATION, NEEDS = 0, 1, 7
_ELIDED = (ORGANIZATION, NEEDS)
Index = QModelIndex | QPersistentModelIndex
_ABSENT = QColor("#fde8e8")
_PRESENT = QColor("#e6f4ea")
# The Invite menu: who, and the roles that means. Members alone is the button's own action.
_OTHERS = MembershipRole.FACILITATOR, MembershipRole.COACH, MembershipRole.PROGRAM_STAFF, \
    MembershipRole.PARTNER, MembershipRole.SPEAKER, MembershipRole.GUEST
INVITE_CHOICES: tuple[tuple[str, tuple[MembershipRole, ...]], ...] = (
    (QT_TRANSLATE_NOOP("AttendanceTab", "Members"), (MembershipRole.MEMBER,)),
    (QT_TRANSLATE_NOOP("AttendanceTab", "Facilitators and coaches"),
     (MembershipRole.FACILITATOR, MembershipRole.COACH)),
    (QT_TRANSLATE_NOOP("AttendanceTab", "Program staff"), (MembershipRole.PROGRAM_STAFF,)),
    (QT_TRANSLATE_NOOP("AttendanceTab", "Partners, speakers and guests"),
     (MembershipRole.PARTNER, MembershipRole.SPEAKER, MembershipRole.GUEST)),
    (QT_TRANSLATE_NOOP("AttendanceTab", "Everyone in the cohort"), (MembershipRole.MEMBER, *_OTHERS)),
)



def _role(role: str) -> str:
    """A cohort role's label in the app's language ("guest" and unknown roles as the core says)."""
    try:
        return vocabulary.label(MembershipRole(role))
    except ValueError:
        return role_label(role)


def _attended(r: Any) -> str:
    """The attendance column: the state's label, or "Joined briefly (n min)", translated."""
    if r.attendance is not None:
        return vocabulary.label(r.attendance)
    if r.minutes:
        return translate("AttendanceTab", "Joined briefly ({n} min)").format(n=r.minutes)
    return ""

class RegistrationModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RegistrationRecord] = []

    def set_rows(self, rows: list[RegistrationRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.column(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return translate("AttendanceTab", tip) if tip else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                r.name + (translate("AttendanceTab", "  (walk-in)") if r.walk_in else ""),
                r.organization, _role(r.role), vocabulary.label(r.status), _attended(r),
                vocabulary.label(r.mode) if r.mode else "",
                f"{r.checked_in_at:%H:%M}" if r.checked_in_at else "",
                "  ·  ".join(x for x in (r.access_needs, r.dietary_needs) if x),
            )
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == 4 and r.attendance is not None:
            return _PRESENT if r.attendance.attended else _ABSENT
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and r.minutes:
            return translate("AttendanceTab", "{n} minutes online (Zoom)").format(n=r.minutes)
        if role == Qt.ItemDataRole.ToolTipRole and col in (NAME, *_ELIDED):
            return self.data(index) or None
        return None


class SheetTable(QTableView):
    """The list; single keys record attendance for the selected people and move on."""

    def __init__(self, tab: AttendanceTab) -> None:
        super().__init__()
        self.tab = tab

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
            self.tab.select_row(index.row())
        self.tab.context_menu().exec(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        text = event.text().upper()
        plain = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        if not event.modifiers() & ~plain:
            if text in STATE_KEYS:
                self.tab.record(STATE_KEYS[text])
                return
            if text == "R":
                self.tab.toggle_mode()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.tab.record(None)
                return
        super().keyPressEvent(event)


class AttendanceTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: int | None = None
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 14px; font-weight: 600; color: #1f3a4d;")
        self.counts.setWordWrap(True)
        self.model = RegistrationModel(self)
        self.table = SheetTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        # Fitted columns hold short values from small vocabularies (statuses, modes, times):
        # measure the first rows, not all 500 of a convening on every reload.
        header.setResizeContentsPrecision(60)
        for col in range(len(COLUMNS)):
            mode = (QHeaderView.ResizeMode.Stretch if col in _ELIDED
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(col, mode)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(translate("AttendanceTab", "Registrations"))

        self.invite_button = QToolButton()
        self.invite_button.setText(translate("AttendanceTab", "Invite cohort"))
        self.invite_button.setToolTip(translate("AttendanceTab",
                                                "Invite the cohort's members; the arrow invites staff, "
                                                "facilitators, partners or speakers too."))
        self.invite_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.invite_button.clicked.connect(lambda _c=False: self.invite_cohort())
        invite_menu = QMenu(self.invite_button)
        for english, roles in INVITE_CHOICES:
            text = translate("AttendanceTab", english)
            invite_menu.addAction(text).triggered.connect(self._inviter(roles, text))
        self.invite_button.setMenu(invite_menu)
        self.checkin_button = QPushButton(translate("AttendanceTab", "Check-in mode"))
        self.checkin_button.clicked.connect(self.open_check_in)
        self.absent_button = QPushButton(translate("AttendanceTab", "Mark the rest absent"))
        self.absent_button.setToolTip(translate("AttendanceTab",
                                                "Mark everyone not checked in absent (Ctrl+Z takes it "
                                                "back)"))
        self.absent_button.clicked.connect(self.mark_absent)
        self.zoom_button = QPushButton(translate("AttendanceTab", "Import Zoom report…"))
        self.zoom_button.clicked.connect(self.import_zoom)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("AttendanceTab", "Registration status"))
        for s in RegistrationStatus:
            self.status.addItem(vocabulary.label(s), s.value)
        self.status.activated.connect(self._set_status)

        # The commands wrap onto a second line in a narrow pane rather than being cut (their
        # Spanish words are long); the registration box keeps its label beside it.
        buttons = FlowLayout()
        for b in (self.invite_button, self.checkin_button, self.absent_button, self.zoom_button):
            b.setAccessibleName(b.text().rstrip("…"))
            buttons.addWidget(b)
        self.absent_button.setAccessibleName(translate(
                "AttendanceTab",
                "Mark everyone not checked in absent"))
        registration = QWidget()
        beside = QHBoxLayout(registration)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(QLabel(translate("AttendanceTab", "Registration:")))
        beside.addWidget(self.status)
        buttons.addWidget(registration)
        hint = QLabel(translate("AttendanceTab",
                                "Typing back a sign-in sheet: select the first name, then press P "
                                "present, L late, E left early, X absent (excused), A absent, R remote / "
                                "in person, Delete to clear. Shift- or Ctrl-click to mark several people "
                                "at once; right-click for more."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        follow_seen_changes(context, self, self.on_changed)

    # -- loading -------------------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        if self.session_id is None:
            return
        shown = {r.person_id for r in self.model.rows}
        # People added or edited elsewhere (an import of 5,000) change this list only if they
        # are on it; a registration, a membership, an organization or the session itself may
        # change any row.
        if (changes.everything or changes.touches("registration", "membership", "organization")
                or changes.touches_row("cohort_session", self.session_id)
                or shown & changes.ids_of("person")):
            self.reload()

    def reload(self) -> None:
        enabled = self.session_id is not None and not self.context.store.read_only
        for w in (self.invite_button, self.checkin_button, self.absent_button, self.zoom_button,
                  self.status):
            w.setEnabled(enabled)
        if self.session_id is None:
            self.model.set_rows([])
            self.counts.setText("")
            return
        row = self.table.currentIndex().row()
        current = self.current()
        chosen = {r.person_id for r in self.selected()}
        try:
            rows = attendance.registrations(self.context.store, self.session_id)
        except Exception:  # noqa: BLE001 - the session was deleted under us
            rows = []
        self.model.set_rows(rows)
        self.counts.setText(counts_text(attendance.tally(rows)))
        if rows:
            # The same person stays current when rows come or go above them (a walk-in, an
            # invitation, an undo): the next key press must not mark someone else.
            if current is not None:
                row = next((n for n, r in enumerate(rows) if r.person_id == current.person_id),
                           row)
            self.select_row(min(max(row, 0), len(rows) - 1))
            if len(chosen) > 1:  # a bulk change keeps the same people selected
                self._select_people(chosen, current=row)

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)

    def _select_people(self, person_ids: set[int], *, current: int) -> None:
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        model.clearSelection()
        for n, r in enumerate(self.model.rows):
            if r.person_id in person_ids:
                model.select(self.model.index(n, 0), flags.Select | flags.Rows)
        if 0 <= current < len(self.model.rows):
            model.setCurrentIndex(self.model.index(current, 0), flags.NoUpdate)

    def current(self) -> RegistrationRecord | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def selected(self) -> list[RegistrationRecord]:
        """The selected people, in list order; the current one when none is selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]
        if not chosen and (r := self.current()) is not None:
            chosen = [r]
        return chosen

    def _on_row(self, *_args: Any) -> None:
        r = self.current()
        if r is not None:
            self.status.setCurrentIndex(self.status.findData(r.status.value))

    # -- actions -------------------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any, **kwargs: Any) -> bool:
        return self.context.ops.run(fn, *args, initiator=self, **kwargs)

    def record(self, state: AttendanceState | None) -> None:
        """Mark the selected person and move to the next; with several selected, mark them
        all as one step and keep them selected."""
        chosen = self.selected()
        if not chosen or self.session_id is None or self.context.store.read_only:
            return
        wanted = (vocabulary.label(state).lower() if state
                  else translate("AttendanceTab", "not recorded"))
        if len(chosen) > 1:
            self._run(attendance.set_attendance_many, self.session_id,
                      [r.person_id for r in chosen], state, how=AttendanceSource.SHEET,
                      on_success=lambda done: self._replace_kept(done, state, wanted))
            return
        r = chosen[0]
        row = self.table.currentIndex().row()

        def kept_or_done(kept: Any) -> None:
            if kept is None:
                return
            # A door check-in or a mark set by hand: replaced only when the user says so.
            if self.context.confirm(translate("AttendanceTab", "Replace this mark?"),
                                    translate(
                                            "AttendanceTab",
                                            "{name}: {text}.\n\nReplace it with {wanted}?").format(
                                            name=r.name, text=kept_text(kept), wanted=wanted),
                                    translate("AttendanceTab", "Replace")):
                self._run(attendance.set_attendance, r.session_id, r.person_id, state,
                          how=AttendanceSource.SHEET, replace=True)

        self._run(attendance.set_attendance, r.session_id, r.person_id, state,
                  how=AttendanceSource.SHEET, on_success=kept_or_done)
        if row + 1 < len(self.model.rows):
            self.select_row(row + 1)

    def _replace_kept(self, done: BulkMarks, state: AttendanceState | None, wanted: str) -> None:
        """After marking several people: the door check-ins and marks set by hand that stayed
        are named, and replaced only if the user says so (as for one person)."""
        if not done.kept or self.session_id is None:
            return
        shown = [f"{k.name}: {kept_text(k)}" for k in done.kept[:8]]
        if len(done.kept) > len(shown):
            shown.append(translate("AttendanceTab", "and {n} more").format(
                n=len(done.kept) - len(shown)))
        if self.context.confirm(
                translate("AttendanceTab", "Replace these marks?"),
                translate("AttendanceTab",
                          "Marked {marked}; {count} kept their mark:\n\n{lines}\n\n"
                          "Replace them with {wanted}?").format(
                        marked=done.marked, count=len(done.kept), lines="\n".join(shown),
                        wanted=wanted),
                translate("AttendanceTab", "Replace")):
            ids = [k.person_id for k in done.kept]
            self._run(attendance.set_attendance_many, self.session_id, ids, state,
                      how=AttendanceSource.SHEET, replace=ids)

    def toggle_mode(self) -> None:
        """Switch remote / in person; the attendance state, or its absence, stays as it is."""
        r = self.current()
        if r is None or self.context.store.read_only:
            return
        mode = (AttendanceMode.IN_PERSON if r.mode is AttendanceMode.REMOTE
                else AttendanceMode.REMOTE)
        self._run(attendance.set_mode, r.session_id, r.person_id, mode)

    def _set_status(self, _index: int) -> None:
        r = self.current()
        if r is None:
            return
        status = RegistrationStatus(self.status.currentData())
        if status is not r.status:
            self._run(attendance.set_status, r.session_id, r.person_id, status)

    def _inviter(self, roles: tuple[MembershipRole, ...], who: str) -> Callable[[], None]:
        def invite() -> None:
            self.invite_cohort(roles, who)
        return invite

    def invite_cohort(self, roles: tuple[MembershipRole, ...] = (MembershipRole.MEMBER,),
                      who: str = "") -> None:
        if self.session_id is None:
            return
        who = who or translate("AttendanceTab", "Members")

        def invited(added: int) -> None:
            self.context.show_status(
                (translate("AttendanceTab", "Invited 1 person ({who}).") if added == 1 else
                 translate("AttendanceTab", "Invited {added} people ({who}).")).format(
                    added=added, who=who.lower()) if added
                else translate(
                        "AttendanceTab",
                        "No one new to invite ({value1}): they are on the list.").format(
                        value1=who.lower()), 6000)

        self._run(attendance.invite_cohort, self.session_id, roles=roles,
                  trigger=self.invite_button, on_success=invited)

    def mark_absent(self) -> None:
        if self.session_id is not None:
            mark_unchecked_absent(self.context, self.session_id, trigger=self.absent_button,
                                  initiator=self)

    def _recorder(self, state: AttendanceState) -> Callable[[], None]:
        return lambda: self.record(state)

    def context_menu(self) -> QMenu:
        """What right-click offers: marks for the selected people, then the tab's buttons."""
        menu = QMenu(self)
        chosen = self.selected()
        writable = self.session_id is not None and not self.context.store.read_only
        who = (chosen[0].name if len(chosen) == 1 else
               translate("AttendanceTab", "{n} people").format(n=len(chosen))) if chosen else ""
        for state in AttendanceState:
            action = menu.addAction(translate(
                    "AttendanceTab",
                    "Mark {who} {value2}\t{short}").format(
                    who=who, value2=vocabulary.label(state).lower(), short=state.short),
                                    self._recorder(state))
            action.setEnabled(writable and bool(chosen))
        clear = menu.addAction(translate(
                "AttendanceTab",
                "Clear the attendance of {who}\tDel").format(who=who), lambda: self.record(None))
        clear.setEnabled(writable and bool(chosen))
        mode = menu.addAction(translate("AttendanceTab", "Switch remote / in person	R"), self.toggle_mode)
        mode.setEnabled(writable and len(chosen) == 1)
        menu.addSeparator()
        for text, slot in ((translate("AttendanceTab", "Invite the cohort's members"),
                            self.invite_cohort),
                           (translate("AttendanceTab", "Check-in mode…"), self.open_check_in),
                           (translate("AttendanceTab", "Mark everyone not checked in absent"),
                            self.mark_absent),
                           (translate("AttendanceTab", "Import a Zoom report…"), self.import_zoom)):
            menu.addAction(text, slot).setEnabled(writable)
        return menu

    def open_check_in(self) -> None:
        if self.session_id is not None:
            from cohortdesk.ui.sessions.checkin_mode import CheckInMode

            CheckInMode(self.context, self.session_id, parent=self.context.host).open()

    def import_zoom(self) -> None:
        if self.session_id is not None:
            from cohortdesk.ui.sessions.zoom_import_dialog import start_zoom_import

            start_zoom_import(self.context, self.session_id, parent=self.context.host)
