"""The agenda table: day header rows and item rows, with drag-and-drop reordering.

Rows are plain records from `agenda.timed_agenda`; a drop calls `agenda.move_item`, whose
change notification reloads the table, so the new times appear at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cohortdesk.domain.agenda import AgendaItemKind, format_minutes
from cohortdesk.services.agenda import TimedAgenda, TimedDay, TimedItem
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.dates import format_clock, weekday_month_day

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-cohortdesk-agenda-item"
COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Time"),
           QT_TRANSLATE_NOOP("Columns", "Length"),
           QT_TRANSLATE_NOOP("Columns", "Title"),
           QT_TRANSLATE_NOOP("Columns", "Presenters"),
           QT_TRANSLATE_NOOP("Columns", "Kind"),
           QT_TRANSLATE_NOOP("Columns", "Room"))
TITLE_COLUMN = 2
ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
_DAY_BG = QColor("#eaf0f5")
_WARN_BG = QColor("#fde8e8")
_GAP_FG = QColor("#8a6d00")
_PIN_FG = QColor("#1f3a4d")
_SOFT = {AgendaItemKind.BREAK, AgendaItemKind.MEAL}


def time_range(item: TimedItem) -> str:
    """ "9:00 – 9:30 AM", or "11:30 AM – 12:30 PM" across noon."""
    start, end = format_clock(item.start), format_clock(item.end)
    if start[-2:] in ("AM", "PM") and start[-2:] == end[-2:]:  # 24-hour times keep theirs
        start = start[:-3]
    return f"{start} – {end}"


class AgendaModel(QAbstractTableModel):
    def __init__(self, move: Callable[[int, int, int | None], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._move = move
        self.timed: TimedAgenda | None = None
        self.rows: list[TimedDay | TimedItem] = []

    def set_agenda(self, timed: TimedAgenda | None) -> None:
        self.beginResetModel()
        self.timed = timed
        self.rows = []
        if timed is not None:
            for day in timed.days:
                if len(timed.days) > 1:
                    self.rows.append(day)
                self.rows.extend(day.items)
        self.endResetModel()

    def row_of_item(self, item_id: int) -> int | None:
        for n, r in enumerate(self.rows):
            if isinstance(r, TimedItem) and r.id == item_id:
                return n
        return None

    def item_at(self, row: int) -> TimedItem | None:
        r = self.rows[row] if 0 <= row < len(self.rows) else None
        return r if isinstance(r, TimedItem) else None

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return vocabulary.column(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if isinstance(r, TimedDay):
            return self._day_data(r, col, role)
        if role == ITEM_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._item_text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = list(r.warnings)
            if col >= TITLE_COLUMN:  # the full title, and what a narrow table leaves out
                about = [r.title]
                if r.presenters:
                    about.append(translate("AgendaModel", "Presenters: {names}").format(
                        names=", ".join(p.name for p in r.presenters)))
                if r.room:
                    about.append(translate("AgendaModel", "Room: {room}").format(room=r.room))
                tips = about + tips
            if r.is_pinned and r.pinned_time is not None:
                tips.insert(0, translate("AgendaModel", "Pinned at {time}.").format(
                    time=format_clock(r.pinned_time)))
            if r.gap_before_minutes:
                tips.append(translate("AgendaModel", "{length} free before this item.").format(
                    length=format_minutes(r.gap_before_minutes)))
            if r.description:
                tips.append(r.description)
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.BackgroundRole and r.warnings:
            return QBrush(_WARN_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 0 and r.is_pinned:
                return QBrush(_PIN_FG)
            if r.kind in _SOFT and col >= TITLE_COLUMN:
                return QBrush(QColor("#666"))
        if role == Qt.ItemDataRole.FontRole and col == 0 and r.is_pinned:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _item_text(self, r: TimedItem, col: int) -> str:
        if col == 0:
            return ("⚑ " if r.is_pinned else "") + time_range(r)
        if col == 1:
            return format_minutes(r.duration_minutes)
        if col == 2:
            flags = ""
            if r.overrun_minutes:
                flags = "   ⚠ " + translate("AgendaModel", "{length} over").format(
                    length=format_minutes(r.overrun_minutes))
            elif r.warnings:
                flags = "   ⚠"
            elif r.gap_before_minutes:
                flags = "   " + translate("AgendaModel", "({length} gap before)").format(
                    length=format_minutes(r.gap_before_minutes))
            groups = ("  " + translate("AgendaModel", "[{n} groups]").format(n=len(r.groups))
                      if r.groups else "")
            return r.title + groups + flags
        if col == 3:
            return ", ".join(p.name for p in r.presenters)
        if col == 4:
            return vocabulary.label(r.kind)
        return r.room

    def _day_data(self, day: TimedDay, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            end = f" – {format_clock(day.end)}" if day.items else ""
            over = ("   ⚠ " + translate("AgendaModel", "{length} past the planned end").format(
                length=format_minutes(day.overrun_minutes)) if day.overrun_minutes else "")
            zone = f" {day.zone_abbreviation}" if day.zone_abbreviation else ""
            return (translate("AgendaModel", "Day {n}").format(n=day.number)
                    + f" · {weekday_month_day(day.date)} · "
                    f"{format_clock(day.start)}{end}{zone} · "
                    f"{format_minutes(day.total_minutes)}{over}")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_WARN_BG if day.overrun_minutes else _DAY_BG)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    # -- drag and drop ----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self.rows[index.row()], TimedItem):
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]  # noqa: N802
        data = QMimeData()
        items = [self.item_at(i.row()) for i in indexes]
        first = next((i for i in items if i is not None), None)
        if first is not None:
            data.setData(MIME, QByteArray(str(first.id).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        onto = row < 0
        if onto:  # dropped onto a row: land before it (onto a day header: that day's start)
            row = parent.row() if parent.isValid() else len(self.rows)
        self.drop_at(item_id, row, onto=onto)
        # The reload after the move redraws everything; Qt must not remove the source row.
        return False

    def drop_at(self, item_id: int, row: int, *, onto: bool = False) -> None:
        """Move an item to land before table row `row`. Dropped onto a day header, it opens
        that day; dropped in the line just above a header, it closes the day before."""
        items_before = [r for r in self.rows[:row] if isinstance(r, TimedItem) and r.id != item_id]
        day = None
        target = self.rows[row] if row < len(self.rows) else None
        previous = self.rows[row - 1] if 0 < row <= len(self.rows) else None
        if isinstance(target, TimedDay) and not onto and isinstance(previous, TimedItem):
            day = previous.day
        elif isinstance(target, TimedDay):
            day = target.number
        elif target is None and self.rows:
            last = self.rows[-1]
            day = last.number if isinstance(last, TimedDay) else last.day
        elif isinstance(target, TimedItem):
            day = target.day
        self._move(item_id, len(items_before), day)
