"""A member's framework page: results, indicators with charts, strategies, updates, assistance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.results import (
    IndicatorRecord,
    MemberFramework,
    ResultRecord,
    StrategyRecord,
)
from cohortdesk.services import results
from cohortdesk.services import technical_assistance as ta
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.i18n.dates import medium_date, month_year, value_text
from cohortdesk.ui.results.chart import STATUS_COLORS, IndicatorChart
from cohortdesk.ui.results.forms import (
    AssistanceForm,
    IndicatorForm,
    ProgressForm,
    ResultForm,
    StrategyForm,
)
from cohortdesk.ui.results.status_words import explain
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

WATCHED = (*results.TABLES, "person", "organization", "cohort_session", "membership", "*")
PAGE_STYLE = """
QLabel#memberName { font-size: 20px; font-weight: 600; color: #0a474d; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: #0a474d; margin-top: 10px; }
QFrame#resultBox { background: #e8f1f1; border-left: 4px solid #0e5f66; }
QLabel#statement { font-size: 14px; }
QLabel.muted, QLabel#muted { color: #5b6770; }
QFrame#indicatorRow { border-bottom: 1px solid #d5dbe0; }
"""


def _label(text: str, name: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def _link(text: str, slot: Callable[[], Any], name: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.clicked.connect(lambda _c=False: slot())
    if name:
        button.setObjectName(name)
    return button


def _value(value: float | None, unit: str, when: dt.date | None) -> str:
    text = value_text(value, unit)
    return f"{text}\n{month_year(when)}" if when else text


class MemberFrameworkPage(QDialog):
    """Non-modal, so staff can keep a member's page open beside the overview during a call."""

    def __init__(self, context: AppContext, cohort_id: int, person_id: int,
                 today: dt.date | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.cohort_id, self.person_id = context, cohort_id, person_id
        # A page opened "as of" a given day judges and dates new updates by it; otherwise the
        # forms use the clock's day when they save (the page may stay open past midnight).
        self.as_of = today
        self.today = today or dt.date.today()
        self.framework: MemberFramework | None = None
        self.setStyleSheet(PAGE_STYLE)
        self.resize(860, 760)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED) and self.isVisible():
            self.reload()

    def reload(self) -> None:
        fw = self.context.guard(lambda: results.get_framework(
            self.context.store, self.cohort_id, self.person_id, self.today))
        if fw is None:
            self.close()
            return
        self.framework = fw
        self.setWindowTitle(translate(
                "Member",
                "Results framework — {person_name}").format(person_name=fw.person_name))
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroller.setWidget(self._build(fw))

    # -- layout -----------------------------------------------------------------------------

    def _build(self, fw: MemberFramework) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(24, 18, 24, 24)
        box.setSpacing(6)
        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(_label(fw.person_name, "memberName"))
        where = " · ".join(x for x in (fw.organization, fw.jurisdiction) if x)
        if where:
            names.addWidget(_label(where, "muted"))
        head.addLayout(names, 1)
        for text, slot, name in (
                (translate("Member", "Add result…"), self.add_result, "addResult"),
                (translate("Member", "Record progress…"), self.record_progress, "recordProgress"),
                (translate("Member", "Request assistance…"), self.request_assistance,
                 "requestAssistance")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            button.setEnabled(not self.context.store.read_only)
            head.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        if not fw.results:
            box.addWidget(_label(translate("Member",
                                           "No results yet. Start with the population-level result this "
                                           "member is working toward."), "muted"))
        for n, result in enumerate(fw.results, start=1):
            self._result(box, result, n if len(fw.results) > 1 else 0)
        self._updates(box, fw)
        self._assistance(box, fw)
        box.addStretch(1)
        return page

    def _section(self, box: QVBoxLayout, title: str) -> None:
        box.addWidget(_label(title, "sectionTitle"))

    def _result(self, box: QVBoxLayout, result: ResultRecord, number: int) -> None:
        frame = QFrame()
        frame.setObjectName("resultBox")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 8, 8, 8)
        top = QHBoxLayout()
        top.addWidget(_label(translate(
                "Member",
                "RESULT {number}").format(
                number=number) if number else translate("Member", "RESULT"), "muted"), 1)
        editable = not self.context.store.read_only
        for text, slot in ((translate("Member", "Edit"), lambda r=result: self.edit_result(r)),
                           (translate("Member", "Delete"), lambda r=result: self.delete_result(r)),
                           (translate("Member", "Add indicator…"),
                            lambda r=result: self.add_indicator(r)),
                           (translate("Member", "Add strategy…"),
                            lambda r=result: self.add_strategy(r))):
            link = _link(text, slot)
            link.setEnabled(editable)
            top.addWidget(link)
        inner.addLayout(top)
        inner.addWidget(_label(result.statement, "statement"))
        box.addSpacing(10)
        box.addWidget(frame)
        if result.indicators:
            self._section(box, translate("Member", "Indicators"))
            for ind in result.indicators:
                box.addWidget(self._indicator(ind))
        if result.strategies:
            self._section(box, translate("Member", "Strategies"))
            grid = QGridLayout()
            grid.setColumnStretch(0, 1)
            grid.setColumnMinimumWidth(1, 220)
            for row, st in enumerate(result.strategies):
                grid.addWidget(_label(st.description), row, 0)
                grid.addWidget(_label(st.owner, "muted"), row, 1)
                grid.addWidget(_label(vocabulary.label(st.status), wrap=False), row, 2)
                actions: tuple[tuple[str, Callable[[], Any], str], ...] = (
                    (translate("Member", "Edit"), partial(self.edit_strategy, result, st),
                     f"editStrategy_{st.id}"),
                    (translate("Member", "Delete"), partial(self.delete_strategy, st),
                     f"deleteStrategy_{st.id}"))
                for col, (verb, action, object_name) in enumerate(actions, start=3):
                    link = _link(verb, action, object_name)
                    link.setEnabled(editable)
                    grid.addWidget(link, row, col)
            box.addLayout(grid)

    def _indicator(self, ind: IndicatorRecord) -> QWidget:
        row = QFrame()
        row.setObjectName("indicatorRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 8)
        left = QVBoxLayout()
        title = QHBoxLayout()
        name = _label(ind.name)
        name.setStyleSheet("font-weight: 600;")
        title.addWidget(name, 1)
        for text, slot in ((translate("Member", "Edit"), lambda i=ind: self.edit_indicator(i)),
                           (translate("Member", "Delete"), lambda i=ind: self.delete_indicator(i))):
            link = _link(text, slot)
            link.setEnabled(not self.context.store.read_only)
            title.addWidget(link)
        left.addLayout(title)
        about = f"{ind.direction.arrow} {vocabulary.label(ind.direction)}"
        if ind.data_source:
            about += " · " + translate("Member", "Source: {source}").format(source=ind.data_source)
        left.addWidget(_label(about, "muted"))
        figures = QGridLayout()
        latest = ind.latest
        expected = (round(ind.expected_today, 2) if ind.expected_today is not None else None)
        cells = ((translate("Member", "Baseline"),
                  _value(ind.baseline_value, ind.unit, ind.baseline_date), ""),
                 (translate("Member", "Latest"), _value(latest.value if latest else None, ind.unit,
                                                        latest.on_date if latest else None), ""),
                 (translate("Member", "Expected today"), _value(expected, ind.unit, None),
                  f"expected_{ind.id}"),
                 (translate("Member", "Target"),
                  _value(ind.target_value, ind.unit, ind.target_date), ""))
        why = explain(ind)
        for col, (head, text, object_name) in enumerate(cells):
            figures.addWidget(_label(head, "muted"), 0, col)
            cell = _label(text, object_name)
            if object_name:
                cell.setToolTip(why)
            figures.addWidget(cell, 1, col, Qt.AlignmentFlag.AlignTop)
        figures.addWidget(_label(translate("Member", "Status"), "muted"), 0, len(cells))
        status = _label(vocabulary.label(ind.status))
        status.setObjectName(f"status_{ind.id}")
        status.setStyleSheet(f"font-weight: 600; color: {STATUS_COLORS[ind.status].name()};")
        status.setToolTip(why)
        figures.addWidget(status, 1, len(cells), Qt.AlignmentFlag.AlignTop)
        left.addLayout(figures)
        left.addStretch(1)
        layout.addLayout(left, 1)
        chart = IndicatorChart(ind, self.today)
        chart.setObjectName(f"chart_{ind.id}")
        chart.setFixedWidth(300)
        layout.addWidget(chart)
        return row

    def _updates(self, box: QVBoxLayout, fw: MemberFramework) -> None:
        if not fw.updates:
            return
        self._section(box, translate("Member", "Progress updates"))
        names = {i.id: i for i in fw.indicators}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, u in enumerate(fw.updates):
            when = medium_date(u.on_date)
            if u.session_title:
                when += f"\n{u.session_title}"
            grid.addWidget(_label(when, "muted"), row, 0, Qt.AlignmentFlag.AlignTop)
            readings = "; ".join(f"{names[i].name}: {value_text(v, names[i].unit)}"
                                 for i, v in u.values.items() if i in names)
            text = "\n".join(x for x in (u.narrative, readings) if x)
            grid.addWidget(_label(text), row, 1)
            for col, (label, slot) in enumerate(
                    ((translate("Member", "Edit"), lambda u=u: self.edit_progress(u)),
                     (translate("Member", "Delete"), lambda u=u: self.delete_progress(u))),
                    start=2):
                link = _link(label, slot)
                link.setEnabled(not self.context.store.read_only)
                grid.addWidget(link, row, col, Qt.AlignmentFlag.AlignTop)
        box.addLayout(grid)

    def _assistance(self, box: QVBoxLayout, fw: MemberFramework) -> None:
        if not fw.assistance:
            return
        self._section(box, translate("Member", "Technical assistance"))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 220)
        for row, a in enumerate(fw.assistance):
            grid.addWidget(_label(a.need), row, 0)
            grid.addWidget(_label(a.partner_name or translate("Member", "Not yet assigned"), "muted"), row, 1)
            grid.addWidget(_label(vocabulary.label(a.status), wrap=False), row, 2)
            link = _link(translate("Member", "Edit"), partial(self.edit_assistance, a))
            link.setEnabled(not self.context.store.read_only)
            grid.addWidget(link, row, 3)
        box.addLayout(grid)

    # -- actions ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def add_result(self) -> QDialog:
        return self._open(ResultForm(self.context, self.cohort_id, self.person_id, parent=self))

    def edit_result(self, r: ResultRecord) -> QDialog:
        return self._open(ResultForm(self.context, self.cohort_id, self.person_id, r.id,
                                     r.statement, parent=self))

    def delete_result(self, r: ResultRecord) -> None:
        what = translate("Member", "{indicators} indicators and {strategies} strategies go with "
                                   "it.").format(indicators=len(r.indicators),
                                                 strategies=len(r.strategies))
        if self.context.confirm(translate(
                "Member",
                "Delete result"), translate("Member", "Delete “{statement}”? {what}").format(
                statement=r.statement, what=what), translate("Member", "Delete")):
            self.context.ops.run(results.delete_result, r.id, initiator=self)

    def add_indicator(self, r: ResultRecord) -> QDialog:
        return self._open(IndicatorForm(self.context, r.id, parent=self))

    def edit_indicator(self, ind: IndicatorRecord) -> QDialog:
        return self._open(IndicatorForm(self.context, ind.result_id, ind, parent=self))

    def delete_indicator(self, ind: IndicatorRecord) -> None:
        text = translate("Member", "Delete “{name}” and its {count} readings?").format(
            name=ind.name, count=len(ind.readings))
        if self.context.confirm(translate("Member", "Delete indicator"), text, translate("Member", "Delete")):
            self.context.ops.run(results.delete_indicator, ind.id, initiator=self)

    def add_strategy(self, r: ResultRecord) -> QDialog:
        return self._open(StrategyForm(self.context, r.id, parent=self))

    def edit_strategy(self, r: ResultRecord, st: Any) -> QDialog:
        return self._open(StrategyForm(self.context, r.id, st, parent=self))

    def delete_strategy(self, st: StrategyRecord) -> None:
        if self.context.confirm(translate(
                "Member",
                "Delete strategy"), translate("Member", "Delete the strategy “{description}”?").format(
                description=st.description),
                             translate("Member", "Delete")):
            self.context.ops.run(results.delete_strategy, st.id, initiator=self)

    def record_progress(self) -> QDialog:
        fw = self.framework
        assert fw is not None
        return self._open(ProgressForm(self.context, self.cohort_id, self.person_id,
                                       fw.indicators, today=self.as_of, parent=self))

    def edit_progress(self, u: Any) -> QDialog:
        fw = self.framework
        assert fw is not None
        return self._open(ProgressForm(self.context, self.cohort_id, self.person_id,
                                       fw.indicators, current=u, today=self.as_of, parent=self))

    def delete_progress(self, u: Any) -> None:
        if self.context.confirm(translate(
                "Member",
                "Delete update"), translate("Member", "Delete the update of {on_date}?").format(
                on_date=medium_date(u.on_date)),
                                translate("Member", "Delete")):
            self.context.ops.run(results.delete_progress, u.id, initiator=self)

    def request_assistance(self) -> QDialog:
        return self._open(AssistanceForm(self.context, self.cohort_id, person_id=self.person_id,
                                         parent=self))

    def edit_assistance(self, a: Any) -> QDialog:
        current = self.context.guard(lambda: ta.get_request(self.context.store, a.id))
        return self._open(AssistanceForm(self.context, self.cohort_id, current, parent=self))
