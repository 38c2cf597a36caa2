"""The cohort editor."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget

from cohortdesk.domain.records import CohortData
from cohortdesk.services import cohorts
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, area, date_edit, date_value, line


class CohortDialog(FormDialog):
    def __init__(self, store: Store, cohort_id: int | None = None, parent: QWidget | None = None):
        self.store = store
        self.cohort_id = cohort_id
        c = cohorts.get_cohort(store, cohort_id) if cohort_id else CohortData()
        super().__init__(f"Edit {c.name}" if cohort_id else "New cohort", parent)
        self.add_field("program", "Program:", line(c.program, "e.g. Chief Equity Officers Policy Network"))
        self.add_field("name", "Name:", line(c.name, "e.g. Inaugural cohort"))
        self.add_field("start_date", "Starts:", date_edit(c.start_date))
        self.add_field("end_date", "Ends:", date_edit(c.end_date))
        self.add_field("description", "Description:", area(c.description, 70))
        self.add_field("goals", "Goals:", area(c.goals, 70))

    def save(self) -> int | None:
        start, end = self.fields["start_date"], self.fields["end_date"]
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit)
        data = CohortData(program=self.text("program"), name=self.text("name"),
                          start_date=date_value(start), end_date=date_value(end),
                          description=self.text("description"), goals=self.text("goals"))
        if self.cohort_id:
            cohorts.update_cohort(self.store, self.cohort_id, data, source=self)
            return self.cohort_id
        return cohorts.create_cohort(self.store, data, source=self)
