"""The session editor."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

from cohortdesk.domain.enums import SessionFormat, SessionStatus
from cohortdesk.domain.records import SessionData
from cohortdesk.domain.validation import common_time_zones
from cohortdesk.services import cohorts, sessions
from cohortdesk.store import Store
from cohortdesk.ui.widgets.form import FormDialog, area, combo, line


def _datetime_edit(value: dt.datetime | None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    if value is None:
        value = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(9, 0))
    edit.setDateTime(QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)))
    return edit


class SessionDialog(FormDialog):
    def __init__(self, store: Store, session_id: int | None = None, parent: QWidget | None = None,
                 cohort_id: int | None = None):
        self.store = store
        self.session_id = session_id
        s = sessions.get_session(store, session_id) if session_id else SessionData(cohort_id=cohort_id)
        super().__init__(f"Edit {s.title}" if session_id else "New session", parent)
        self.add_field("cohort_id", "Cohort:", combo(cohorts.cohort_choices(store), s.cohort_id))
        self.add_field("title", "Title:", line(s.title, "e.g. Spring convening"))
        self.add_field("format", "Format:", combo([(f, f.label) for f in SessionFormat], s.format))
        self.add_field("starts_at", "Starts:", _datetime_edit(s.starts_at))
        ends: dt.datetime | None = s.ends_at or ((s.starts_at or dt.datetime.now()) + dt.timedelta(hours=2))
        if not session_id and s.starts_at is None:
            ends = None
        self.add_field("ends_at", "Ends:", _datetime_edit(ends or _default_end()))
        self.add_field("time_zone", "Time zone:", combo([(z, z) for z in common_time_zones()],
                                                      s.time_zone, editable=True))
        self.add_field("venue", "Venue address:", area(s.venue, 44))
        self.add_field("meeting_link", "Meeting link:", line(s.meeting_link, "https://…"))
        self.add_field("objectives", "Objectives (one per line):", area("\n".join(s.objectives), 80))
        self.add_field("description", "Description:", area(s.description, 60))
        self.add_field("status", "Status:", combo([(x, x.label) for x in SessionStatus], s.status))

    def save(self) -> int | None:
        starts, ends = self.fields["starts_at"], self.fields["ends_at"]
        assert isinstance(starts, QDateTimeEdit) and isinstance(ends, QDateTimeEdit)
        tz_box = self.fields["time_zone"]
        tz = tz_box.currentText() if hasattr(tz_box, "currentText") else "UTC"
        data = SessionData(
            cohort_id=self.choice("cohort_id"), title=self.text("title"), format=self.choice("format"),
            time_zone=tz, starts_at=cast(dt.datetime, starts.dateTime().toPython()),
            ends_at=cast(dt.datetime, ends.dateTime().toPython()),
            venue=self.text("venue"), meeting_link=self.text("meeting_link"),
            objectives=tuple(self.text("objectives").splitlines()),
            description=self.text("description"), status=self.choice("status"),
        )
        if self.session_id:
            sessions.update_session(self.store, self.session_id, data, source=self)
            return self.session_id
        return sessions.create_session(self.store, data, source=self)


def _default_end() -> dt.datetime:
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(11, 0))
