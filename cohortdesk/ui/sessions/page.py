"""A session's page beside the Sessions list: its details, then every registered tab."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from cohortdesk.domain.errors import NotFoundError
from cohortdesk.services import sessions
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.i18n.dates import format_clock, format_day, weekday_short
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.cards import CARD_CSS, card_rows, escape

translate = QCoreApplication.translate


def when_text(starts: dt.datetime | None, ends: dt.datetime | None) -> str:
    """ "Thu, May 14, 2026, 1:00 – 2:30 PM", as the agenda writes times; across days, both dates."""
    if starts is None:
        return translate("Page", "No date yet")

    def moment(t: dt.datetime) -> str:
        return f"{weekday_short(t)}, {format_day(t.date())}, {format_clock(t)}"

    if ends is None:
        return moment(starts)
    if starts.date() != ends.date():
        return f"{moment(starts)} – {moment(ends)}"
    start, end = format_clock(starts), format_clock(ends)
    if start[-2:] in ("AM", "PM") and start[-2:] == end[-2:]:  # "1:00 – 2:30 PM"
        start = start[:-3]
    return f"{weekday_short(starts)}, {format_day(starts.date())}, {start} – {end}"


class SessionSummary(QTextBrowser):
    """The first tab of a session's page."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(translate("Page", "Session details"))

    def set_session(self, session_id: int | None) -> None:
        if session_id is None:
            self.setHtml(translate("Page", "<p style='color:#777'>Select a session to open it.</p>"))
            return
        try:
            s = sessions.get_session(self.context.store, session_id)
        except NotFoundError:
            self.set_session(None)
            return
        zone = sessions.zone_abbreviation(s.time_zone, s.starts_at)
        when = f"{when_text(s.starts_at, s.ends_at)} {zone} ({s.time_zone})"
        where = escape(s.venue) or (f"<a href='{html.escape(s.meeting_link)}'>{escape(s.meeting_link)}</a>"
                                if s.meeting_link else "")
        objectives = "".join(f"<li>{escape(o)}</li>" for o in s.objectives)
        heading = translate("Page", "Objectives")
        pairs = [(translate("Page", "Cohort"), escape(s.cohort_name)),
                 (translate("Page", "Format"), vocabulary.label(s.format)),
                 (translate("Page", "When"), escape(when)), (translate("Page", "Where"), where),
                 (translate("Page", "Status"), vocabulary.label(s.status))]
        self.setHtml(
            f"{CARD_CSS}<h2>{escape(s.title)}</h2><p class='sub'>{escape(s.program)}</p>{card_rows(pairs)}"
            + (f"<h3>{heading}</h3><ul>{objectives}</ul>" if objectives else "")
            + (f"<p>{escape(s.description)}</p>" if s.description else "")
        )


class SessionPage(QTabWidget):
    """A session opened beside the list: Details first, then every registered tab."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from cohortdesk.ui.sessions.tabs import SESSION_TABS

        self.context = context
        self.setAccessibleName(translate("Page", "Session page"))
        self.session_id: int | None = None
        self.summary = SessionSummary(context)
        self.addTab(self.summary, translate("Page", "Details"))
        self.pages: list[Any] = [self.summary]
        for title, factory in SESSION_TABS:
            page = factory(context)
            self.pages.append(page)
            self.addTab(page, translate("SessionPage", title))
        self.show_record(None)
        # The tab the user was on is remembered, like the rest of the layout.
        last = context.settings.text("sessions/tab")
        for index in range(self.count()):
            if self.tabText(index) == last:
                self.setCurrentIndex(index)
        self.currentChanged.connect(
            lambda index: context.settings.set_value("sessions/tab", self.tabText(index)))

    def show_record(self, session_id: int | None) -> None:
        self.session_id = session_id
        for page in self.pages:
            page.set_session(session_id)

    def on_changed(self, changes: Changes) -> None:
        if "*" in changes.tables or changes.touches("cohort_session", "cohort"):
            self.summary.set_session(self.session_id)
