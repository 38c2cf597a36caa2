"""The cohort editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDateEdit, QWidget

from cohortdesk.domain.records import CohortData
from cohortdesk.services import cohorts
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, area, date_edit, date_value, line


class CohortDialog(FormDialog):
    def __init__(self, store: Store, cohort_id: int | None = None, parent: QWidget | None = None):
        self.cohort_id = self.editing_id = cohort_id
        c = cohorts.get_cohort(store, cohort_id) if cohort_id else CohortData()
        super().__init__(self.tr("Edit {name}").format(name=c.name) if cohort_id
                         else self.tr("New cohort"), parent, store=store)
        self.add_field("program", self.tr("Program:"),
                       line(c.program, self.tr("e.g. Chief Equity Officers Policy Network")))
        self.add_field("name", self.tr("Name:"), line(c.name, self.tr("e.g. Inaugural cohort")))
        self.add_field("start_date", self.tr("Starts:"), date_edit(c.start_date))
        self.add_field("end_date", self.tr("Ends:"), date_edit(c.end_date))
        self.add_field("description", self.tr("Description:"), area(c.description, 70))
        self.add_field("goals", self.tr("Goals:"), area(c.goals, 70))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        start, end = self.fields["start_date"], self.fields["end_date"]
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
        data = CohortData(program=self.text("program"), name=self.text("name"),
                          start_date=date_value(start), end_date=date_value(end),
                          description=self.text("description"), goals=self.text("goals"))
        if self.cohort_id:
            return cohorts.update_cohort, (self.cohort_id, data)
        return cohorts.create_cohort, (data,)
