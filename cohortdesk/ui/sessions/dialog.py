"""The session editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QTimeZone
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from cohortdesk.domain.enums import SessionFormat, SessionStatus
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import SessionData
from cohortdesk.domain.validation import check_time_zone, common_time_zones
from cohortdesk.services import cohorts, sessions
from cohortdesk.store import Store
from cohortdesk.ui import i18n
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.sessions.time_edit import TimeEdit
from cohortdesk.ui.widgets.form import FormDialog, area, combo, line

translate = QCoreApplication.translate


class DateTimeField(QWidget):
    """A date (calendar) and a time typed as people write it ("9:30", "930", "14h30")."""

    def __init__(self, value: dt.datetime | None, field: str) -> None:
        super().__init__()
        if value is None:
            value = dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(9, 0))
        self.date = QDateEdit(QDate(value.year, value.month, value.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(translate("Dialog", "Date"))
        self.time = TimeEdit(value.time(), field=field)
        self.time.setAccessibleName(translate("Dialog", "Time"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.time, 1)
        self.setFocusProxy(self.date)

    def value(self) -> dt.datetime:
        """The date and time; ValidationError (naming the field) if the time is not one."""
        return dt.datetime.combine(cast(dt.date, self.date.date().toPython()), self.time.read())


def system_time_zone() -> str:
    """The computer's own zone as an IANA name ("Europe/Lisbon"), or UTC if it has none."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return check_time_zone("time_zone", name)
    except ValidationError:
        return "UTC"


def default_time_zone(store: Store, cohort_id: int | None) -> str:
    """A new session's zone: the one its cohort's sessions use, else the computer's."""
    if cohort_id is not None:
        rows = sessions.list_sessions(store, cohort_id).rows
        dated = sorted((r for r in rows if r[4] is not None), key=lambda r: r[4])
        latest = dated[-1] if dated else (rows[-1] if rows else None)
        if latest is not None and latest[5]:
            return str(latest[5])  # the cohort's newest session: where it meets now
    return system_time_zone()


class SessionDialog(FormDialog):
    def __init__(self, store: Store, session_id: int | None = None, parent: QWidget | None = None,
                 cohort_id: int | None = None):
        self.session_id = self.editing_id = session_id
        s = sessions.get_session(store, session_id) if session_id else SessionData(
            cohort_id=cohort_id, time_zone=default_time_zone(store, cohort_id))
        super().__init__(translate("Dialog", "Edit {title}").format(title=s.title) if session_id
                         else translate("Dialog", "New session"), parent, store=store)
        cohort_box = self.add_field("cohort_id", translate("Dialog", "Cohort:"),
                                    combo(cohorts.cohort_choices(store), s.cohort_id))
        self.add_field("title", translate(
                "Dialog",
                "Title:"), line(s.title, translate("Dialog", "e.g. Spring convening")))
        self.add_field("format", translate(
                "Dialog",
                "Format:"), combo([(f, vocabulary.label(f)) for f in SessionFormat],
                                                     s.format))
        self.add_field("starts_at", translate("Dialog", "Starts:"), DateTimeField(s.starts_at, "starts_at"))
        ends: dt.datetime | None = s.ends_at or ((s.starts_at or dt.datetime.now()) + dt.timedelta(hours=2))
        if not session_id and s.starts_at is None:
            ends = None
        self.add_field("ends_at", translate(
                "Dialog",
                "Ends:"), DateTimeField(ends or _default_end(), "ends_at"))
        zone_box = self.add_field("time_zone", translate("Dialog", "Time zone:"), combo(
            [(z, z) for z in common_time_zones()], s.time_zone, editable=True))
        if not session_id and isinstance(cohort_box, QComboBox) and isinstance(zone_box, QComboBox):
            # A new session follows its cohort's zone until the zone is chosen by hand.
            self._zone_chosen = False
            zone_box.textActivated.connect(lambda _t: setattr(self, "_zone_chosen", True))
            cohort_box.currentIndexChanged.connect(
                lambda _i: self._follow_cohort(store, cohort_box, zone_box))
        self.add_field("venue", translate("Dialog", "Venue address:"), area(s.venue, 44))
        self.add_field("meeting_link", translate(
                "Dialog",
                "Meeting link:"), line(s.meeting_link, "https://…"))
        self.add_field("objectives", translate(
                "Dialog",
                "Objectives (one per line):"), area("\n".join(s.objectives), 80))
        self.add_field("description", translate("Dialog", "Description:"), area(s.description, 60))
        self.add_field("status", translate(
                "Dialog",
                "Status:"), combo([(x, vocabulary.label(x)) for x in SessionStatus],
                                                     s.status))
        # Its packet, badges, tents, sign-in sheet and agenda print in this language; a new
        # session starts in the app's.
        self.add_field("document_language", translate("Dialog", "Printed documents:"), combo(
            [(code, i18n.LANGUAGE_NAMES[code]) for code in i18n.LANGUAGES],
            s.document_language or (i18n.active_language() if not session_id else "en")))

    def _follow_cohort(self, store: Store, cohort_box: QComboBox, zone_box: QComboBox) -> None:
        if not self._zone_chosen:
            zone_box.setCurrentText(default_time_zone(store, cohort_box.currentData()))

    def operation(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        starts, ends = self.fields["starts_at"], self.fields["ends_at"]
        assert isinstance(starts, DateTimeField) and isinstance(ends, DateTimeField)
        tz_box = self.fields["time_zone"]
        tz = tz_box.currentText() if hasattr(tz_box, "currentText") else "UTC"
        data = SessionData(
            cohort_id=self.choice("cohort_id"), title=self.text("title"), format=self.choice("format"),
            time_zone=tz, starts_at=starts.value(), ends_at=ends.value(),
            venue=self.text("venue"), meeting_link=self.text("meeting_link"),
            objectives=tuple(self.text("objectives").splitlines()),
            description=self.text("description"), status=self.choice("status"),
            document_language=self.choice("document_language"),
        )
        if self.session_id:
            return sessions.update_session, (self.session_id, data)
        return sessions.create_session, (data,)


def _default_end() -> dt.datetime:
    return dt.datetime.combine(dt.date.today() + dt.timedelta(days=14), dt.time(11, 0))
