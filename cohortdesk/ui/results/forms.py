"""Editors for results, indicators, strategies, progress updates and assistance requests.

Dates and numbers are typed as text: an empty field means "not known yet", which a spin box or
date picker cannot say. Parsing errors are ValidationErrors, shown under the field like the
core's own refusals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.results import (
    AssistanceData,
    AssistanceRecord,
    AssistanceStatus,
    Direction,
    IndicatorData,
    IndicatorRecord,
    ProgressData,
    ProgressRecord,
    StrategyData,
    StrategyRecord,
    StrategyStatus,
)
from cohortdesk.services import results, sessions
from cohortdesk.services import technical_assistance as ta
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.form import FormDialog, area, combo, line

translate = QCoreApplication.translate


def parse_date(field: str, text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, translate("Forms", "Enter a date like 2026-11-22.")) from None


def parse_number(field: str, text: str) -> float | None:
    text = text.strip().replace(",", "").removesuffix("%").removeprefix("$").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(field, translate("Forms", "Enter a number, such as 42 or 27.5.")) from None


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if abs(value) < 1e15 else str(value)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


class ResultForm(FormDialog):
    def __init__(self, context: AppContext, cohort_id: int, person_id: int, result_id: int | None = None,
                 statement: str = "", parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "Edit result") if result_id
                         else translate("Forms", "New result"), parent, store=context.store,
                         ops=context.ops)
        self.editing_id = result_id
        self.context, self.cohort_id, self.person_id, self.result_id = (
            context, cohort_id, person_id, result_id)
        self.add_field("statement", translate("Forms", "Result:"), area(statement, 80))
        hint = QLabel(translate("Forms",
                                "A population-level condition, for example “Race does not predict a "
                                "resident's housing stability in our county.”"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5b6770;")
        self.form.addRow("", hint)

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        text = self.text("statement")
        if self.result_id is None:
            return results.add_result, (self.cohort_id, self.person_id, text)
        return results.update_result, (self.result_id, text)


class IndicatorForm(FormDialog):
    def __init__(self, context: AppContext, result_id: int, current: IndicatorRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "Edit indicator") if current
                         else translate("Forms", "New indicator"), parent,
                         store=context.store, ops=context.ops)
        self.editing_id = current.id if current else None
        self.context, self.result_id, self.current = context, result_id, current
        c = current or IndicatorRecord()
        self.add_field("name", translate("Forms", "Indicator:"), line(c.name))
        self.add_field("unit", translate(
                "Forms",
                "Unit:"), line(c.unit, translate("Forms", "%, days, per 1,000 residents…")))
        self.add_field("direction", translate("Forms", "Better when:"), combo(
            [(d, vocabulary.label(d)) for d in (Direction.UP, Direction.DOWN)],
            c.direction))
        self.add_field("baseline_value", translate("Forms", "Baseline:"), line(_num(c.baseline_value)))
        self.add_field("baseline_date", translate("Forms", "Baseline date:"), line(_day(c.baseline_date),
                                                               translate("Forms", "YYYY-MM-DD")))
        self.add_field("target_value", translate("Forms", "Target:"), line(_num(c.target_value)))
        self.add_field("target_date", translate(
                "Forms",
                "Target date:"), line(_day(c.target_date), translate("Forms", "YYYY-MM-DD")))
        self.add_field("data_source", translate("Forms", "Data source:"), line(c.data_source))

    def data(self) -> IndicatorData:
        return IndicatorData(
            name=self.text("name"), unit=self.text("unit"), direction=self.choice("direction"),
            baseline_value=parse_number("baseline_value", self.text("baseline_value")),
            baseline_date=parse_date("baseline_date", self.text("baseline_date")),
            target_value=parse_number("target_value", self.text("target_value")),
            target_date=parse_date("target_date", self.text("target_date")),
            data_source=self.text("data_source"))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        if self.current is None:
            return results.add_indicator, (self.result_id, self.data())
        return results.update_indicator, (self.current.id, self.data())


class StrategyForm(FormDialog):
    def __init__(self, context: AppContext, result_id: int, current: StrategyRecord | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "Edit strategy") if current
                         else translate("Forms", "New strategy"), parent,
                         store=context.store, ops=context.ops)
        self.editing_id = current.id if current else None
        self.context, self.result_id, self.current = context, result_id, current
        c = current or StrategyRecord()
        self.add_field("description", translate("Forms", "Strategy:"), area(c.description, 60))
        self.add_field("owner", translate(
                "Forms",
                "Owner:"), line(c.owner, translate("Forms", "Who leads it")))
        self.add_field("status", translate(
                "Forms",
                "Status:"), combo([(s, vocabulary.label(s)) for s in StrategyStatus],
                                                  c.status))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        data = StrategyData(description=self.text("description"), owner=self.text("owner"),
                            status=self.choice("status"))
        if self.current is None:
            return results.add_strategy, (self.result_id, data)
        return results.update_strategy, (self.current.id, data)


class ProgressForm(FormDialog):
    """A dated update: one reading per indicator (blank for none), a narrative, a session."""

    def __init__(self, context: AppContext, cohort_id: int, person_id: int,
                 indicators: tuple[IndicatorRecord, ...], current: ProgressRecord | None = None,
                 session_id: int | None = None, today: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "Edit progress update") if current
                         else translate("Forms", "Record progress"), parent,
                         store=context.store, ops=context.ops)
        self.editing_id = current.id if current else None
        self.context, self.cohort_id, self.person_id, self.current = (
            context, cohort_id, person_id, current)
        self.indicators = indicators
        # Updates dated after this day are refused (None: the clock's day when saving).
        self.today = today
        when = current.on_date if current else (today or dt.date.today())
        self.add_field("on_date", translate(
                "Forms",
                "Date:"), line(when.isoformat(), translate("Forms", "YYYY-MM-DD")))
        rows = sessions.list_sessions(context.store, cohort_id).rows
        choices: list[tuple[Any, str]] = [(None, translate("Forms", "(not at a session)"))]
        choices += [(r[0], r[1]) for r in sorted(rows, key=lambda r: str(r[4] or ""))]
        chosen = current.session_id if current else session_id
        self.add_field("session_id", translate("Forms", "At session:"), combo(choices, chosen))
        self.readings: dict[int, QLineEdit] = {}
        for ind in indicators:
            value = current.values.get(ind.id) if current else None
            edit = line(_num(value), ind.unit)
            self.add_field(f"value_{ind.id}", f"{ind.name}:", edit)
            self.errors["values"] = self.errors[f"value_{ind.id}"]
            self.fields["values"] = edit
            self.readings[ind.id] = edit
        self.add_field("narrative", translate(
                "Forms",
                "What happened:"), area(current.narrative if current else "",
                                                           80))

    def data(self) -> ProgressData:
        values = {}
        for iid, edit in self.readings.items():
            number = parse_number(f"value_{iid}", edit.text())
            if number is not None:
                values[iid] = number
        return ProgressData(on_date=parse_date("on_date", self.text("on_date")),
                            narrative=self.text("narrative"), session_id=self.choice("session_id"),
                            values=values)

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        today = self.today
        if self.current is None:
            return partial(results.record_progress, today=today), (
                self.cohort_id, self.person_id, self.data())
        return partial(results.update_progress, today=today), (self.current.id, self.data())


class AssistanceForm(FormDialog):
    def __init__(self, context: AppContext, cohort_id: int, current: AssistanceRecord | None = None,
                 person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("Forms", "Edit assistance request") if current
                         else translate("Forms", "New assistance request"), parent,
                         store=context.store, ops=context.ops)
        self.editing_id = current.id if current else None
        self.context, self.cohort_id, self.current = context, cohort_id, current
        store = context.store
        members = results.members_with_frameworks(store, cohort_id)
        chosen = current.person_id if current else person_id
        self.add_field("person_id", translate("Forms", "Member:"), combo(
            [(None, translate("Forms", "(choose a member)")), *sorted(members, key=lambda m: m[1])], chosen,
            editable=True))
        self.add_field("need", translate("Forms", "Need:"), area(current.need if current else "", 60))
        self.add_field("partner_id", translate("Forms", "Partner:"), combo(
            [(None, translate("Forms", "(not yet assigned)")), *ta.partner_choices(store, cohort_id)],
            current.partner_id if current else None, editable=True))
        self.add_field("status", translate(
                "Forms",
                "Status:"), combo([(s, vocabulary.label(s)) for s in AssistanceStatus],
                                                  current.status if current else None))
        today = dt.date.today().isoformat()
        self.add_field("requested_on", translate("Forms", "Requested:"), line(
            _day(current.requested_on) if current else today, translate("Forms", "YYYY-MM-DD")))
        self.add_field("started_on", translate("Forms", "Started:"), line(_day(current.started_on) if current
                                                      else "", translate("Forms", "YYYY-MM-DD")))
        self.add_field("closed_on", translate(
                "Forms",
                "Done or declined:"), line(_day(current.closed_on) if current
                                                              else "", translate("Forms", "YYYY-MM-DD")))
        self.add_field("notes", translate("Forms", "Notes:"), area(current.notes if current else "", 60))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        data = AssistanceData(
            person_id=self.choice("person_id"), need=self.text("need"),
            partner_id=self.choice("partner_id"), status=self.choice("status"),
            requested_on=parse_date("requested_on", self.text("requested_on")),
            started_on=parse_date("started_on", self.text("started_on")),
            closed_on=parse_date("closed_on", self.text("closed_on")), notes=self.text("notes"))
        if self.current is None:
            return ta.create_request, (self.cohort_id, data)
        return ta.update_request, (self.current.id, data)
