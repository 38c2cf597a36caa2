"""A session's tabs at 1366×768: short values are never cut and no column starts off-screen.

Times, lengths, statuses, modes and dates (24 characters or fewer, in a column that is not
free text) fit their column; free text (titles, organizations, needs, next steps) may be
elided, and then its tooltip holds the full text.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from cohortdesk.store import Store
from cohortdesk.ui.sessions.actions_tab import ActionsTab
from cohortdesk.ui.sessions.agenda_tab import AgendaTab
from cohortdesk.ui.sessions.attendance_tab import AttendanceTab
from cohortdesk.ui.sessions.page import SessionPage
from cohortdesk.ui.shell.main_window import MainWindow

SHORT = 24
KICKOFF, WEBINAR = 1, 3
# Free-text columns by tab: these may elide, with the full text in the tooltip.
FREE_TEXT = {AgendaTab: {2, 3, 5}, AttendanceTab: {0, 1, 7}, ActionsTab: {0, 5}}


@pytest.fixture
def page(qtbot: Any, example_store: Store) -> SessionPage:
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.show_view("sessions")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    detail = view.detail
    assert isinstance(detail, SessionPage)
    return detail


def _text(table: QTableView, index: QModelIndex) -> str:
    return str(table.model().data(index) or "")


def _check(qtbot: Any, page: SessionPage, tab: Any, table: QTableView) -> list[str]:
    page.setCurrentWidget(tab)
    qtbot.waitUntil(table.isVisible)
    problems = []
    model = table.model()
    metrics = table.fontMetrics()
    right = table.viewport().width()
    for col in range(model.columnCount()):
        if table.isColumnHidden(col):
            continue
        header = str(model.headerData(col, Qt.Orientation.Horizontal))
        if table.columnViewportPosition(col) + 24 > right:
            problems.append(f"{header} starts past the right edge")
        for row in range(model.rowCount()):
            index = model.index(row, col)
            text = _text(table, index)
            if not text or table.columnSpan(row, col) > 1:
                continue
            needed = table.sizeHintForIndex(index).width()  # the text and the cell's margins
            if needed <= table.columnWidth(col):
                continue
            if col in FREE_TEXT[type(tab)] or len(text) > SHORT:
                tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
                if text.split("  [")[0] not in tip:
                    problems.append(f"{text!r} is elided with no tooltip holding it")
            else:
                problems.append(f"{text!r} is cut in {header}")
    for row in range(model.rowCount()):  # a day header spans the table: it fits it
        if table.columnSpan(row, 0) > 1:
            text = _text(table, model.index(row, 0))
            if metrics.horizontalAdvance(text) + 12 > right:
                problems.append(f"{text!r} is cut")
    return problems


@pytest.mark.parametrize("session_id", [KICKOFF, WEBINAR])
def test_short_values_are_never_cut_at_1366_by_768(
        qtbot: Any, page: SessionPage, session_id: int) -> None:
    view = page.parent()
    while view is not None and not hasattr(view, "select_id"):
        view = view.parent()
    assert view is not None
    view.select_id(session_id)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.session_id == session_id)
    problems = []
    for tab in page.pages:
        if isinstance(tab, AgendaTab | AttendanceTab):
            problems += _check(qtbot, page, tab, tab.table)
        elif isinstance(tab, ActionsTab):
            for table in (tab.carried, tab.raised):
                if table.rowCount():
                    problems += _check(qtbot, page, tab, table)
    assert problems == []


def test_the_zoom_review_fits_1366_by_768_with_its_decisions_in_view(
        qtbot: Any, example_store: Store) -> None:
    from cohortdesk.services import zoom_import
    from cohortdesk.ui.sessions.zoom_import_dialog import COLUMNS, MINUTES_WIDTH, ZoomImportDialog
    from tests.conftest import DATA

    window = MainWindow(example_store)
    qtbot.addWidget(window)
    plan = zoom_import.preview(example_store, 2, DATA / "attendance" / "roundtable_participants.csv")
    dialog = ZoomImportDialog(window.context, plan, parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 620)  # what it opens at on a 1366×768 screen
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    table = dialog.table
    decision = len(COLUMNS) - 1
    right = table.viewport().width()
    assert table.columnViewportPosition(decision) + table.columnWidth(decision) <= right
    for combo in dialog.combos.values():  # each choice is shown whole
        assert combo.width() >= combo.sizeHint().width() - 2
    for row in range(table.rowCount()):
        for col in (2, 3):  # minutes and statuses are never cut...
            item = table.item(row, col)
            assert item is not None
            needs = table.sizeHintForIndex(table.model().index(row, col)).width()
            if col == 2:  # ...but a sum of twenty rejoins: up to a width, whole in the tooltip
                needs = min(needs, MINUTES_WIDTH)
                assert item.text() in item.toolTip()
            assert needs <= table.columnWidth(col)


def test_the_agenda_header_menu_brings_back_presenters_and_room(
        qtbot: Any, page: SessionPage) -> None:
    from cohortdesk.ui.sessions.agenda_tab import PRESENTERS_COLUMN

    tab = next(p for p in page.pages if isinstance(p, AgendaTab))
    page.show_record(KICKOFF)
    page.setCurrentWidget(tab)
    qtbot.waitUntil(tab.table.isVisible)
    table = tab.table
    assert table.isColumnHidden(PRESENTERS_COLUMN)  # beside the panel at 1366×768
    show = next(a for a in table.header_menu().actions() if a.text() == "Show Presenters")
    show.trigger()
    assert not table.isColumnHidden(PRESENTERS_COLUMN)
    table.resize(table.width() - 1, table.height())  # stays the user's choice on a resize
    qtbot.waitUntil(lambda: not table.isColumnHidden(PRESENTERS_COLUMN))
    hide = next(a for a in table.header_menu().actions() if a.text() == "Show Presenters")
    assert hide.isChecked()
    hide.trigger()
    assert table.isColumnHidden(PRESENTERS_COLUMN)
    assert "Show Room" in [a.text() for a in table.header_menu().actions()]
