"""Long work on the worker: its progress dialog appears while the worker pauses, so blocking
the window (a repaint of every table, many calls into Python) never waits for the interpreter
lock behind the worker; Cancel still stops it; changes reach the views once the job is done.
Also the pieces that keep the worker's lock holds short: whole-column work in slices, and the
progress the exports report."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from cohortdesk.domain.progress import Cancelled, ticking
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.domain.slices import as_columns, distinct, in_slices
from cohortdesk.services import cohorts, people, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store
from cohortdesk.store.models import Membership
from cohortdesk.ui.shell import safety
from cohortdesk.ui.shell.main_window import MainWindow
from tests.people_helpers import add_people


@pytest.fixture
def window(qtbot: Any, store: Store) -> Iterator[MainWindow]:
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    safety.uninstall_hooks()


def _dialog(qtbot: Any, window: MainWindow) -> QProgressDialog:
    """The job's progress dialog, once it is shown (it is made only then)."""
    qtbot.waitUntil(lambda: bool(_visible_dialogs(window)), timeout=10000)
    [dialog] = _visible_dialogs(window)
    return dialog


def _visible_dialogs(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_the_progress_dialog_shows_while_the_worker_waits_then_cancel_stops_it(
        qtbot: Any, window: MainWindow) -> None:
    reports: list[int] = []
    stop = threading.Event()

    def work(progress: Any) -> None:
        i = 0
        while not stop.wait(0.002):
            i += 1
            progress(i, 10**6, "Counting")
            reports.append(i)

    failures: list[BaseException] = []
    paused_when_shown: list[bool] = []
    window.context.jobs.progress_shown.connect(lambda job: paused_when_shown.append(job.pausing))
    window.context.jobs.run("Counting…", work, on_failed=failures.append)
    dialog = _dialog(qtbot, window)
    # The dialog appeared while the worker was paused at a progress report, and it goes on after.
    assert paused_when_shown == [True]
    at_show = len(reports)
    qtbot.waitUntil(lambda: len(reports) > at_show + 5, timeout=10000)
    assert dialog.labelText() == "Counting"

    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.context.jobs.busy(), timeout=10000)
    stop.set()
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert not _visible_dialogs(window)


def test_a_job_that_reports_nothing_still_shows_its_dialog(qtbot: Any, window: MainWindow) -> None:
    release = threading.Event()
    done: list[str] = []
    window.context.jobs.run("Waiting…", lambda _progress: release.wait(30) and "finished",
                            done.append)
    assert _dialog(qtbot, window).labelText() == "Waiting…"
    release.set()
    qtbot.waitUntil(lambda: done == ["finished"], timeout=10000)
    assert not _visible_dialogs(window)


def test_a_quick_job_shows_no_dialog(qtbot: Any, window: MainWindow) -> None:
    done: list[int] = []
    window.context.jobs.run("Adding…", lambda progress: (progress(1, 1), 2)[1], done.append)
    qtbot.waitUntil(lambda: done == [2], timeout=10000)
    qtbot.wait(600)  # past the moment a long job's dialog would appear
    assert not window.findChildren(QProgressDialog)  # none was even made


def test_a_jobs_change_reaches_the_views_once_when_it_is_done(
        qtbot: Any, window: MainWindow) -> None:
    context = window.context
    heard: list[str] = []
    context.bus.changed.connect(lambda changes: heard.append(changes.label))
    written, finish = threading.Event(), threading.Event()

    def work(_progress: Any) -> str:
        people.create_person(context.store, PersonData(given_name="Amara", family_name="Osei"))
        written.set()
        finish.wait(30)  # the job winds down after its commit
        return "done"

    order: list[str] = []
    context.bus.changed.connect(lambda _changes: order.append("change"))
    context.jobs.run("Adding…", work, lambda result: order.append(result))
    assert written.wait(10)
    qtbot.wait(200)
    assert heard == []  # committed, but the job is still running: the window refreshes later
    finish.set()
    qtbot.waitUntil(lambda: "done" in order, timeout=10000)
    assert order == ["change", "done"]
    assert len(heard) == 1


# -- what keeps the worker's lock holds short ---------------------------------------------------


@given(st.lists(st.tuples(st.integers(), st.text(max_size=3)), max_size=9000))
def test_slices_give_what_one_call_gives(rows: list[tuple[int, str]]) -> None:
    numbers = [r[0] for r in rows]
    texts = [r[1] for r in rows]
    assert in_slices(lambda a, b: zip(a, b, strict=True), numbers, texts) == rows
    assert as_columns(rows, 2) == [numbers, texts]
    assert distinct(texts) == set(texts)
    assert list(ticking(rows, lambda: None, every=7)) == rows


def test_ticking_ticks_every_few_items() -> None:
    ticks: list[int] = []
    assert list(ticking(range(10), lambda: ticks.append(1), every=4)) == list(range(10))
    assert len(ticks) == 3  # before items 0, 4 and 8


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_large_roster_export_reports_its_rows_and_writes_the_same_file(
        store: Store, tmp_path: Path, fmt: roster.Format) -> None:
    count = 9000
    cid = cohorts.create_cohort(store, CohortData(name="Large Cohort",
                                                  start_date=dt.date(2026, 1, 5)))
    add_people(store, count, lambda i: f"Given{i % 97}", lambda i: f"Family{i % 1013}")
    with store.bulk("Add members") as session:
        session.execute(Membership.__table__.insert(),
                        [{"cohort_id": cid, "person_id": pid, "role": "member", "stage": "active"}
                         for pid in range(1, count + 1)])
    cohorts.add_member(store, cid, MembershipData(person_id=people.create_person(
        store, PersonData(given_name="Zoë", family_name="Ávila"))))
    heard: list[tuple[int, int, str]] = []
    request = RosterRequest(cohort_id=cid)
    with_progress, n = roster.export_roster_counted(
        store, request, fmt, tmp_path / f"with.{fmt}",
        progress=lambda done, total, text="": heard.append((done, total, text)))
    plain = roster.export_roster(store, request, fmt, tmp_path / f"plain.{fmt}")
    assert n == count + 1
    rows = [(d, t) for d, t, text in heard if text == "Writing rows"]
    assert len(rows) >= 2 and rows == sorted(rows) and all(t == n for _d, t in rows)
    assert {text for _d, _t, text in heard} >= {"Reading the roster", "Sorting the roster"}
    if fmt == "csv":
        assert with_progress.read_bytes() == plain.read_bytes()
        with open(plain, encoding="utf-8-sig", newline="") as fh:
            names = [r[0] for r in csv.reader(fh)][1:]
        assert names[0] == "Zoë Ávila"  # Ávila sorts as Avila, before the Family names
        assert len(names) == n
    else:
        from openpyxl import load_workbook

        def cells(path: Path) -> list[tuple[Any, ...]]:
            return list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))

        assert cells(with_progress) == cells(plain)
