"""Exporting a calendar from the app says which sessions were left out, and why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from cohortdesk.domain.enums import SessionFormat
from cohortdesk.domain.records import CohortData, SessionData
from cohortdesk.services import cohorts, sessions
from cohortdesk.store import Store
from cohortdesk.ui.exchange import menus as exchange
from cohortdesk.ui.shell.main_window import MainWindow


def test_sessions_without_a_start_are_named_as_left_out(  # type: ignore[no-untyped-def]
    qtbot, store: Store, tmp_path: Path
) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Spring Cohort"))
    sessions.create_session(store, SessionData(
        cohort_id=cid, title="Kickoff", starts_at=dt.datetime(2025, 3, 4, 9),
        ends_at=dt.datetime(2025, 3, 4, 17)))
    sessions.create_session(store, SessionData(cohort_id=cid, title="Site visit (to be set)",
                                               format=SessionFormat.WEBINAR))
    window = MainWindow(store)
    qtbot.addWidget(window)
    target = tmp_path / "spring.ics"
    exchange.write_calendar(window.context, "cohort", cid, target)

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10000)
    text = shown()[0].text()
    assert "Wrote spring.ics" in text
    assert "Left out: 1 session has no start time yet" in text
    assert "Site visit (to be set)" in text and "Kickoff" not in text
    assert target.stat().st_size > 0


def test_a_complete_calendar_just_says_where_it_went(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    exchange.write_calendar(window.context, "session", 1, tmp_path / "kickoff.ics")
    qtbot.waitUntil(lambda: "Wrote kickoff.ics" in window.statusBar().currentMessage(),
                    timeout=10000)
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
