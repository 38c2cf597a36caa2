"""The Agenda tab of a session: the timed table, the item panel, reuse and day times.

Drag an item, or press Alt+Up / Alt+Down, and every start time after it moves; change a
length or pin a time in the panel and the table re-times at once. Day headers appear for
multi-day sessions; clock times are the session's own, with its zone shown (each day its
own abbreviation, so a convening across the autumn change reads CDT, then CST).
Reuse ▾ copies another session's agenda or applies, saves, replaces and deletes templates;
Day times… sets when each day starts and is planned to end.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.agenda import AgendaItemKind, format_minutes
from cohortdesk.domain.errors import NotFoundError
from cohortdesk.services import agenda, agenda_templates, sessions
from cohortdesk.services.agenda import ItemData, TimedDay, TimedItem
from cohortdesk.store import Changes
from cohortdesk.ui.i18n.dates import format_clock, format_day, month_day
from cohortdesk.ui.sessions.agenda_dialogs import ChoiceDialog, DayTimesDialog
from cohortdesk.ui.sessions.agenda_item_editor import ItemEditor
from cohortdesk.ui.sessions.agenda_model import AgendaModel
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.seen_changes import follow_seen_changes

translate = QCoreApplication.translate

PRESENTERS_COLUMN, ROOM_COLUMN = 3, 5
WIDE_ENOUGH_FOR_PRESENTERS, WIDE_ENOUGH_FOR_ROOM = 720, 860
TABLES = ("agenda_item", "agenda_presenter", "breakout_group", "breakout_member", "agenda_day",
          "cohort_session", "person", "organization")


class AgendaTable(QTableView):
    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self.tab = tab
        self.setAccessibleName(translate("AgendaTab", "Agenda"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Columns shown or hidden by hand (the header's right-click menu), over the automatic.
        self.chosen: dict[int, bool] = {}
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """Presenters and Room show when there is room for them; on a laptop screen beside the
        item panel they go to the Title's tooltip, so Time and Length are never cut."""
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        width = self.viewport().width()
        for col, enough in ((PRESENTERS_COLUMN, WIDE_ENOUGH_FOR_PRESENTERS),
                            (ROOM_COLUMN, WIDE_ENOUGH_FOR_ROOM)):
            self.setColumnHidden(col, not self.chosen.get(col, width >= enough))

    def header_menu(self) -> QMenu:
        menu = QMenu(self)
        for col in (PRESENTERS_COLUMN, ROOM_COLUMN):
            name = str(self.model().headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(translate("AgendaTab", "Show {name}").format(name=name))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(col))
            action.toggled.connect(lambda on, c=col: self._choose(c, on))
        return menu

    def _header_menu(self, pos: Any) -> None:
        self.header_menu().exec(self.horizontalHeader().mapToGlobal(pos))

    def _choose(self, col: int, shown: bool) -> None:
        self.chosen[col] = shown
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up:
            self.tab.move_selected(-1)
            return
        if alt and event.key() == Qt.Key.Key_Down:
            self.tab.move_selected(1)
            return
        if event.key() == Qt.Key.Key_Delete:
            self.tab.delete_selected()
            return
        super().keyPressEvent(event)


class AgendaTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: int | None = None
        self.model = AgendaModel(self._move)
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setAccessibleName(translate("AgendaTab", "Agenda summary"))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        bar = QHBoxLayout()
        self.add_button = QPushButton(translate("AgendaTab", "&Add item"))
        self.add_button.clicked.connect(lambda _c=False: self.add_item())
        self.up_button = QPushButton(translate("AgendaTab", "Move up (Alt+↑)"))
        self.up_button.clicked.connect(lambda _c=False: self.move_selected(-1, self.up_button))
        self.down_button = QPushButton(translate("AgendaTab", "Move down (Alt+↓)"))
        self.down_button.clicked.connect(lambda _c=False: self.move_selected(1, self.down_button))
        self.delete_button = QPushButton(translate("AgendaTab", "Delete"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        self.reuse = QToolButton()
        self.reuse.setText(translate("AgendaTab", "Reuse ▾"))
        self.reuse.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.reuse)
        menu.addAction(translate("AgendaTab", "Copy the agenda of another session…"), self.copy_from_session)
        menu.addAction(translate("AgendaTab", "Apply a template…"), self.apply_template)
        menu.addAction(translate("AgendaTab", "Save this agenda as a template…"), self.save_template)
        menu.addSeparator()
        menu.addAction(translate("AgendaTab", "Delete a template…"), self.delete_template)
        self.reuse.setMenu(menu)
        self.day_times_button = QPushButton(translate("AgendaTab", "Day &times…"))
        self.day_times_button.setToolTip(translate(
                "AgendaTab",
                "When each day starts, and when it is planned to end"))
        self.day_times_button.clicked.connect(lambda _c=False: self.edit_day_times())
        for w in (self.add_button, self.up_button, self.down_button, self.delete_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.day_times_button)
        bar.addWidget(self.reuse)
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = AgendaTable(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Times, lengths and kinds fit their content; the title takes the rest and elides.
        fit, interactive = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive
        for col, mode in ((0, fit), (1, fit), (2, QHeaderView.ResizeMode.Stretch),
                          (3, interactive), (4, fit), (ROOM_COLUMN, interactive)):
            header.setSectionResizeMode(col, mode)
        self.table.setColumnWidth(PRESENTERS_COLUMN, 160)
        self.table.setColumnWidth(ROOM_COLUMN, 120)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.editor = ItemEditor(context)
        split.addWidget(self.table)
        # The item's editor scrolls when the window is short (a 1366×768 laptop with a panel),
        # rather than holding the whole window taller than the screen.
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.editor_scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        # As wide as the editor needs (its fields are never cut), plus the vertical scroll bar.
        scroll_bar = self.editor_scroll.verticalScrollBar().sizeHint().width()
        self.editor_scroll.setMinimumWidth(max(300, self.editor.minimumSizeHint().width() + scroll_bar))
        self.editor_scroll.setMaximumWidth(430)
        split.setSizes([860, 300])
        layout.addWidget(split, 1)
        follow_seen_changes(context, self, self.on_changed)
        self.set_session(None)

    # -- loading ---------------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.editor.session_id = session_id
        self.reload()

    def on_changed(self, changes: Changes) -> None:
        """Once per operation, when the agenda or what it shows changed: another session's
        details (its title, its times) leave this one as it is."""
        if self.session_id is None:
            return
        if changes.touches(*(t for t in TABLES if t != "cohort_session")) \
                or changes.touches_row("cohort_session", self.session_id):
            self.reload()

    def reload(self) -> None:
        selected = self.selected_item()
        keep = selected.id if selected else None
        timed = None
        if self.session_id is not None:
            try:
                timed = agenda.timed_agenda(self.context.store, self.session_id)
            except NotFoundError:
                self.session_id = None
        self.model.set_agenda(timed)
        # Spans belong to the view, not the model: a reset leaves the old day-header spans
        # over whatever rows now sit there, blanking them.
        self.table.clearSpans()
        for row, r in enumerate(self.model.rows):
            if isinstance(r, TimedDay):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._show_summary()
        writable = self.session_id is not None and not self.context.store.read_only
        for w in (self.add_button, self.up_button, self.down_button, self.delete_button,
                  self.reuse, self.day_times_button):
            w.setEnabled(writable)
        if keep is not None:
            self.select_item(keep)
        else:
            self.editor.show_item(None)

    def _show_summary(self) -> None:
        timed = self.model.timed
        if timed is None:
            self.summary.setText(translate("AgendaTab",
                                           "<span style='color:#777'>Select a session to see its "
                                           "agenda.</span>"))
            return
        if not timed.items:
            self.summary.setText(translate("AgendaTab",
                                           "No agenda yet. Times are in <b>{zone_abbreviation}</b> "
                                           "({time_zone}). Add an item, or use <b>Reuse</b> to start "
                                           "from a template or another session.").format(
                                               zone_abbreviation=timed.zone_abbreviation,
                                               time_zone=timed.time_zone))
            return
        start = format_clock(timed.starts_at) if timed.starts_at else "—"
        end = format_clock(timed.ends_at) if timed.ends_at else "—"
        if len(timed.days) > 1 and timed.starts_at and timed.ends_at:
            start = f"{month_day(timed.starts_at)}, {start}"
            end = f"{month_day(timed.ends_at)}, {end}"
        first, last = timed.days[0].zone_abbreviation, timed.days[-1].zone_abbreviation
        if first and last and first != last:  # across a clock change: each end its own
            when = f"<b>{start} {first} – {end} {last}</b>"
        else:
            when = f"<b>{start} – {end}</b> {timed.zone_abbreviation}"
        text = f"{when} ({timed.time_zone}) · " + translate(
            "AgendaTab", "{n} items · total {length}").format(
                n=len(timed.items), length=format_minutes(timed.total_minutes))
        # The last day's own planned end (Day times…) where it has one: the overrun is counted
        # from it, so naming the session's end instead read "30 min past 2:30 PM" at 2:30.
        planned = (timed.days[-1].planned_end if timed.days else None) or timed.planned_end
        if planned is not None:
            if timed.overrun_minutes:
                text += " · <b style='color:#a11d1d'>" + translate(
                    "AgendaTab", "runs {length} past the planned end at {time}").format(
                        length=format_minutes(timed.overrun_minutes),
                        time=format_clock(planned)) + "</b>"
            else:
                text += " · " + translate("AgendaTab", "planned end {time}").format(
                    time=format_clock(planned))
        if timed.warnings:
            more = "".join(f"<br>⚠ {w}" for w in timed.warnings[:4])
            extra = len(timed.warnings) - 4
            text += f"<span style='color:#a11d1d'>{more}" + (
                "<br>" + translate("AgendaTab", "…and {n} more").format(n=extra)
                if extra > 0 else "") + "</span>"
        self.summary.setText(text)

    # -- selection -------------------------------------------------------------------------

    def selected_item(self) -> TimedItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of_item(item_id)
        if row is None:
            self.editor.show_item(None)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self.editor.show_item(self.model.item_at(row))

    def _on_row(self, current: Any, _previous: Any) -> None:
        self.editor.show_item(self.model.item_at(current.row()) if current.isValid() else None)

    # -- edits -----------------------------------------------------------------------------
    # Each edit is one operation on the app's worker; its change set reloads the table once.

    def _run(self, fn: Any, *args: Any, trigger: Any = None, select: int | None = None,
             on_success: Any = None, **kwargs: Any) -> bool:
        def done(value: Any) -> None:
            if select is not None:
                self.select_item(select)
            if on_success is not None:
                on_success(value)

        return self.context.ops.run(fn, *args, initiator=self, trigger=trigger, on_success=done,
                                    **kwargs)

    def _move(self, item_id: int, index: int, day: int | None) -> None:
        self._run(agenda.move_item, item_id, index, day=day, select=item_id)

    def move_selected(self, direction: int, trigger: Any = None) -> None:
        item = self.selected_item()
        if item is None or self.context.store.read_only:
            return
        step = agenda.move_up if direction < 0 else agenda.move_down
        self._run(step, item.id, trigger=trigger, select=item.id)

    def add_item(self) -> None:
        """A new item after the selected one, named "New item" and selected, with its Title
        field focused and selected: type its name and press Tab for the rest."""
        if self.session_id is None or self.context.store.read_only:
            return
        after = self.selected_item()

        def added(new_id: int) -> None:
            self.select_item(new_id)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

        self._run(agenda.add_item, self.session_id,
                  ItemData(title=translate(
                          "AgendaTab",
                          "New item"), kind=AgendaItemKind.OTHER, duration_minutes=30,
                           day=after.day if after else 1),
                  after_item_id=after.id if after else None, trigger=self.add_button,
                  on_success=added)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.context.store.read_only:
            return
        self._run(agenda.delete_item, item.id, trigger=self.delete_button)

    def copy_from_session(self) -> None:
        if self.session_id is None:
            return
        rows = [r for r in sessions.list_sessions(self.context.store).rows
                if r[0] != self.session_id]
        rows.sort(key=lambda r: (r[4] is None, str(r[4] or "")))
        choices = [(int(r[0]), f"{r[1]} — {r[2]}" + (f" ({format_day(r[4])})" if r[4] else ""))
                   for r in rows]
        dialog = ChoiceDialog(translate("AgendaTab", "Copy an agenda"),
                              translate("AgendaTab", "Copy the agenda of:"), choices, self,
                              current_items=self._item_count())
        if dialog.exec() and dialog.value() is not None:
            self._run(agenda_templates.copy_agenda, dialog.value(), self.session_id,
                      replace=dialog.replace.isChecked(), trigger=self.reuse)

    def apply_template(self) -> None:
        if self.session_id is None:
            return
        templates = agenda_templates.list_templates(self.context.store)
        if not templates:
            self.context.show_message(translate(
                    "AgendaTab",
                    "No templates"), translate("AgendaTab", "Save an agenda as a template first."))
            return
        choices = [(t.id, translate("AgendaTab", "{name} — {n} items, {length}").format(
                        name=t.name, n=t.item_count, length=format_minutes(t.total_minutes))
                    + (translate("AgendaTab", ", {n} days").format(n=t.days) if t.days > 1
                       else "")) for t in templates]
        dialog = ChoiceDialog(translate("AgendaTab", "Apply a template"),
                              translate("AgendaTab", "Start from the template:"), choices, self,
                              current_items=self._item_count())
        if dialog.exec() and dialog.value() is not None:
            self._run(agenda_templates.apply_template, dialog.value(), self.session_id,
                      replace=dialog.replace.isChecked(), trigger=self.reuse)

    def _item_count(self) -> int:
        return len(self.model.timed.items) if self.model.timed is not None else 0

    def save_template(self) -> None:
        if self.session_id is None:
            return
        name, ok = QInputDialog.getText(self, translate(
                "AgendaTab",
                "Save as template"), translate("AgendaTab", "Template name:"))
        if not ok or not name.strip():
            return
        replace = agenda_templates.template_exists(self.context.store, name)
        if replace and not self.context.confirm(
                translate("AgendaTab", "Replace template?"),
                translate(
                        "AgendaTab",
                        "There is already a template named “{value1}”. Replace it with this agenda?").format(
                        value1=name.strip()), translate("AgendaTab", "Replace")):
            return
        self._run(agenda_templates.save_template, self.session_id, name, replace=replace,
                  trigger=self.reuse)

    def delete_template(self) -> None:
        templates = agenda_templates.list_templates(self.context.store)
        if not templates:
            self.context.show_message(translate(
                    "AgendaTab",
                    "No templates"), translate("AgendaTab", "There are no agenda templates to delete."))
            return
        choices = [(t.id, translate("AgendaTab", "{name} — {n} items").format(
                        name=t.name, n=t.item_count)) for t in templates]
        dialog = ChoiceDialog(translate("AgendaTab", "Delete a template"),
                              translate("AgendaTab", "Delete the template:"), choices, self)
        if not dialog.exec() or dialog.value() is None:
            return
        tid = dialog.value()
        name = next(t.name for t in templates if t.id == tid)
        if self.context.confirm(
                translate("AgendaTab", "Delete template?"),
                translate(
                        "AgendaTab",
                        "Delete the template “{name}”? Agendas made from it stay as they are.").format(
                        name=name),
                translate("AgendaTab", "Delete")):
            self._run(agenda_templates.delete_template, tid, trigger=self.reuse)

    def edit_day_times(self) -> None:
        timed = self.model.timed
        if timed is None or not timed.days:
            return
        item = self.selected_item()
        number = item.day if item else 1
        if len(timed.days) > 1 and item is None:
            labels = [translate("AgendaTab", "Day {n}").format(n=d.number) for d in timed.days]
            label, ok = QInputDialog.getItem(self, translate(
                    "AgendaTab",
                    "Day times"), translate("AgendaTab", "Day:"), labels, 0, False)
            if not ok:
                return
            number = labels.index(label) + 1
        day = timed.days[number - 1]
        planned = day.planned_end.time() if day.planned_end else None
        dialog = DayTimesDialog(number, day.start.time(), planned, self)
        if dialog.exec():
            start, end = dialog.values()
            self._run(agenda.set_day_times, self.session_id, number, start, end,
                      trigger=self.day_times_button)
