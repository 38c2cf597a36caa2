"""A person's card beside the People list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QTextBrowser,
    QWidget,
)

from cohortdesk.domain.errors import NotFoundError
from cohortdesk.services import history, people
from cohortdesk.store import Changes
from cohortdesk.ui.i18n.dates import medium_date
from cohortdesk.ui.i18n.vocabulary import step
from cohortdesk.ui.people.history_words import event_lines
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.background import BackgroundRead
from cohortdesk.ui.widgets.cards import CARD_CSS, card_rows, escape

HISTORY_SHOWN = 25


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class PersonCard(QTextBrowser):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Person details"))
        self.setOpenExternalLinks(False)
        self.record_id: int | None = None
        self._card = ""
        # History is read off the UI thread: it scans the journal, which can be long. A read
        # that fails leaves the card's fields, with History still "reading".
        self._history_read = BackgroundRead(self, self._history_loaded)
        # History is read once the selection settles, so arrowing or typing through a long
        # list never waits on the journal.
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(150)
        self._history_timer.timeout.connect(self._load_history)
        self.show_record(None)

    def show_record(self, person_id: int | None) -> None:
        self.record_id = person_id
        if person_id is None:
            self.setHtml("<p style='color:#777'>" + self.tr("Select a person to see their details.")
                         + "</p>")
            return
        try:
            p = people.get_person(self.context.store, person_id)
        except NotFoundError:
            self.show_record(None)
            return
        name = escape(p.full_name)
        if p.preferred_name:
            name += f" <span style='color:#555'>(“{escape(p.preferred_name)}”)</span>"
        sub = " · ".join(escape(x) for x in (p.pronouns, p.title, p.organization_name) if x)
        consent = self.tr("Shares email and phone with the cohort") if p.consent_share_contact \
            else self.tr("Does <b>not</b> share contact details")
        pairs = [
            (self.tr("Email"), escape(p.email)), (self.tr("Phone"), escape(p.phone)),
            (self.tr("Jurisdiction"), escape(p.jurisdiction)),
            (self.tr("Consent"), consent),
            (self.tr("Access"),
             f"<span class='flag'>{escape(p.access_needs)}</span>" if p.access_needs else ""),
            (self.tr("Dietary"),
             f"<span class='flag'>{escape(p.dietary_needs)}</span>" if p.dietary_needs else ""),
            (self.tr("Bio"), escape(p.bio)), (self.tr("Internal notes"), escape(p.internal_notes)),
        ]
        self._card = f"{CARD_CSS}<h2>{name}</h2><p class='sub'>{sub}</p>{card_rows(pairs)}"
        self.setHtml(self._card + "<h3 style='margin:14px 0 4px 0'>" + self.tr("History")
                     + "</h3><p style='color:#777'>" + self.tr("Reading the journal…") + "</p>")
        self._history_timer.start()

    def _load_history(self) -> None:
        if self.record_id is None:
            return
        store, person_id = self.context.store, self.record_id
        self._history_read.start(
            lambda: (person_id, store, history.person_history(store, person_id)))

    def _history_loaded(self, answer: tuple[int, Any, Any]) -> None:
        person_id, store, found = answer
        if person_id != self.record_id or store is not self.context.store:
            return  # another person, or another workspace, is showing now
        self.setHtml(self._card + self._history(person_id, found))

    def _trim_note(self, found: Any) -> str:
        """PersonHistory.trim_note in the app's language."""
        entries, days = found.keeps
        note = self.tr("Older changes are no longer kept: the journal keeps the newest "
                       "{entries} operations or {days} days, whichever is more.").format(
            entries=entries, days=days)
        try:
            since = dt.datetime.fromisoformat(found.kept_since).astimezone().date()
        except (TypeError, ValueError):
            return note
        return self.tr("Changes before {day} are not shown.").format(
            day=medium_date(since)) + " " + note

    def _history(self, person_id: int, found: Any) -> str:
        """The History section: the newest changes to this person, from the journal."""
        parts = ["<h3 style='margin:14px 0 4px 0'>" + self.tr("History") + "</h3>"]
        if not found.events:
            parts.append("<p style='color:#777'>" + self.tr("No recorded changes.") + "</p>")
        rows = []
        for event in found.events[:HISTORY_SHOWN]:
            source = f" <span style='color:#777'>· {escape(event.source)}</span>" if event.source else ""
            undone = (" <span style='color:#a33'>" + self.tr("(undone)") + "</span>"
                      if event.undone else "")
            said = event_lines(event.items)
            lines = "<br>".join(escape(_clip(line)) for line in said[:6])
            if len(said) > 6:
                lines += ("<br><span style='color:#777'>"
                          + self.tr("and {n} more").format(n=len(said) - 6) + "</span>")
            rows.append(f"<tr><td class='k'>{escape(event.local_time)}</td><td><b>"
                        f"{escape(step(event.operation))}</b>{source}{undone}<br>{lines}</td></tr>")
        parts.append("<table>" + "".join(rows) + "</table>")
        if len(found.events) > HISTORY_SHOWN:
            parts.append("<p style='color:#777'>" + self.tr(
                "{n} older changes: {command} lists them all.").format(
                    n=len(found.events) - HISTORY_SHOWN,
                    command=f"<code>cohortdesk people history {person_id}</code>") + "</p>")
        if found.trimmed:
            parts.append(f"<p style='color:#777'>{escape(self._trim_note(found))}</p>")
        return "".join(parts)

    def on_changed(self, changes: Changes) -> None:
        # Any change may be to this person's registrations, memberships... (their History).
        self.show_record(self.record_id)
