"""A small chart of one indicator: readings against the straight path to target, today marked.

The same picture as the printed chart (documents/results_pdf.py), painted with QPainter from a
frozen IndicatorRecord: nothing is read from the workspace while painting.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from cohortdesk.documents.results_pdf import nice_ticks
from cohortdesk.domain.results import IndicatorRecord, TrackStatus
from cohortdesk.ui.i18n.dates import medium_date, month_year

translate = QCoreApplication.translate

STATUS_COLORS = {
    TrackStatus.ON_TRACK: QColor("#1b6e3a"),
    TrackStatus.OFF_TRACK: QColor("#b3261e"),
    TrackStatus.NO_DATA: QColor("#6b7479"),
}
ACCENT = QColor("#0e5f66")
MUTED = QColor("#5b6770")
GRID = QColor("#e6ebed")


def _compact(value: float) -> str:
    if abs(value) >= 10_000:
        return f"{value / 1000:.0f}k"
    if abs(value) >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}".rstrip("0").rstrip(".")


class IndicatorChart(QWidget):
    def __init__(self, indicator: IndicatorRecord, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.today = today
        self.setMinimumSize(220, 110)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        latest = indicator.latest
        self.setAccessibleName(translate("Chart", "Chart of {name}").format(name=indicator.name))
        self.setToolTip(translate("Chart", "{n} readings").format(n=len(indicator.readings))
                        + (translate(
                                "Chart",
                                ", latest {value:g} on {on_date}").format(
                                value=latest.value, on_date=medium_date(latest.on_date)) if latest
                           else ""))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(280, 120)

    def plot_points(self) -> tuple[list[QPointF], list[QPointF], float | None]:
        """(readings, path to target, x of today) in widget coordinates; used by paint and tests."""
        ind = self.indicator
        rect = self._plot_rect()
        path = []
        if ind.baseline_date and ind.baseline_value is not None:
            path.append((ind.baseline_date, ind.baseline_value))
        if ind.target_date and ind.target_value is not None:
            path.append((ind.target_date, ind.target_value))
        points = [(r.on_date, r.value) for r in ind.readings]
        every = points + path
        if not every:
            return [], [], None
        days = [p[0].toordinal() for p in every] + [self.today.toordinal()]
        x0, x1 = min(days), max(days)
        if x0 == x1:
            x0, x1 = x0 - 30, x1 + 30
        self._ticks = nice_ticks(min(p[1] for p in every), max(p[1] for p in every))
        y0, y1 = self._ticks[0], self._ticks[-1]

        def at(when: dt.date, value: float) -> QPointF:
            return QPointF(rect.left() + (when.toordinal() - x0) / (x1 - x0) * rect.width(),
                           rect.bottom() - (value - y0) / (y1 - y0) * rect.height())

        self._to_y = lambda v: rect.bottom() - (v - y0) / (y1 - y0) * rect.height()
        self._range = (dt.date.fromordinal(x0), dt.date.fromordinal(x1))
        today_x = at(self.today, y0).x()
        return [at(*p) for p in points], [at(*p) for p in path], today_x

    def _plot_rect(self) -> QRectF:
        return QRectF(34, 14, max(self.width() - 44, 10), max(self.height() - 34, 10))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._plot_rect()
        painter.fillRect(rect, QColor("white"))
        painter.setPen(QPen(GRID, 1))
        painter.drawRect(rect)
        readings, path, today_x = self.plot_points()
        font = painter.font()
        font.setPointSizeF(7.5)
        painter.setFont(font)
        if not readings and not path:
            painter.setPen(MUTED)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, translate("Chart", "no readings yet"))
            painter.end()
            return
        for tick in self._ticks:
            y = self._to_y(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, y - 7, rect.left() - 4, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _compact(tick))
        start, end = self._range
        below = QRectF(rect.left(), rect.bottom() + 2, rect.width(), 14)
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, month_year(start))
        painter.drawText(below, Qt.AlignmentFlag.AlignRight, month_year(end))
        if today_x is not None and rect.left() <= today_x <= rect.right():
            painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(today_x, rect.top()), QPointF(today_x, rect.bottom()))
            painter.setPen(MUTED)
            near_end = today_x > rect.right() - 20
            label = (QRectF(today_x - 40, 0, 37, 13) if near_end
                     else QRectF(today_x - 20, 0, 40, 13))
            painter.drawText(label, (Qt.AlignmentFlag.AlignRight if near_end
                                     else Qt.AlignmentFlag.AlignHCenter), translate("Chart", "today"))
        if len(path) == 2:
            painter.setPen(QPen(ACCENT, 1.4, Qt.PenStyle.DashLine))
            painter.drawLine(path[0], path[1])
            painter.setBrush(QColor("white"))
            painter.drawEllipse(path[1], 3.2, 3.2)
        color = STATUS_COLORS[self.indicator.status]
        line = ([path[0]] if path else []) + readings
        if len(line) > 1:
            painter.setPen(QPen(color, 2.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(line))
        if path:
            painter.setPen(QPen(ACCENT, 1))
            painter.setBrush(ACCENT)
            painter.drawEllipse(path[0], 2.8, 2.8)
        painter.setPen(QPen(color, 1))
        painter.setBrush(color)
        for p in readings:
            painter.drawEllipse(p, 3, 3)
        painter.end()
