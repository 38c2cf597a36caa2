"""Results frameworks in the real main window, offscreen: overview, member page, forms, undo."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cohortdesk.domain.results import TrackStatus
from cohortdesk.services import cohorts, example, results
from cohortdesk.store import Store
from cohortdesk.ui.features import results as results_feature
from cohortdesk.ui.main_window import MainWindow
from cohortdesk.ui.results_chart import IndicatorChart
from cohortdesk.ui.results_member import MemberFrameworkPage
from cohortdesk.ui.results_overview import AssistanceList, ResultsOverview
from tests.qt_helpers import show_active

# The example network's own "today" (conftest loads it as of this day, unshifted).
TODAY = example.example_as_of()


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def _cid(window: MainWindow) -> int:
    return cohorts.cohort_choices(window.store)[0][0]


def _person(window: MainWindow, name: str) -> int:
    return next(pid for pid, n in results.members_with_frameworks(window.store, _cid(window))
                if n == name)


def test_tools_menu_opens_the_overview_with_statuses(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.trigger("results_overview")
    assert any(w.isVisible() for w in window.findChildren(ResultsOverview))
    # Statuses depend on the date, so the rest is judged as of a fixed day.
    overview = ResultsOverview(window, _cid(window), TODAY)
    qtbot.addWidget(overview)
    model = overview.model
    statuses = [model.data(model.index(r, model.columnCount() - 1))
                for r in range(model.rowCount())]
    assert {"On track", "Off track", "No data"} <= set(statuses)
    off = statuses.index("Off track")
    color = model.data(model.index(off, model.columnCount() - 1), Qt.ItemDataRole.ForegroundRole)
    assert color.name() == "#b3261e"
    assert "4 off track" in overview.summary.text()
    qtbot.keyClicks(overview.search, "eviction")
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Imani Caldwell"


def test_member_page_shows_charts_and_records_progress_undoably(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid, pid = _cid(window), _person(window, "Imani Caldwell")
    page = MemberFrameworkPage(window, cid, pid, TODAY)
    qtbot.addWidget(page)
    page.show()
    charts = page.findChildren(IndicatorChart)
    assert len(charts) == 2
    readings, path, today_x = charts[0].plot_points()
    assert len(readings) == 3 and len(path) == 2
    assert path[0].x() < today_x < path[1].x()  # today falls between baseline and target
    gap = page.framework.indicators[1]  # type: ignore[union-attr]
    assert gap.status is TrackStatus.OFF_TRACK
    assert page.findChild(QLabel, f"status_{gap.id}").text() == "Off track"

    form = page.record_progress()
    qtbot.addWidget(form)
    form.fields["on_date"].setText("2026-04-18")  # type: ignore[attr-defined]
    qtbot.keyClicks(form.fields[f"value_{gap.id}"], "26.5")
    qtbot.keyClicks(form.fields["narrative"], "Down-payment fund opened.")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: page.findChild(QLabel, f"status_{gap.id}").text() == "On track")
    assert "Undo Add Progress Update for Imani Caldwell" in window.undo_action.text()
    window.trigger("undo")
    qtbot.waitUntil(lambda: page.findChild(QLabel, f"status_{gap.id}").text() == "Off track")


def test_bad_number_is_shown_by_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid, pid = _cid(window), _person(window, "Imani Caldwell")
    page = MemberFrameworkPage(window, cid, pid, TODAY)
    qtbot.addWidget(page)
    page.show()
    result = page.framework.results[0]  # type: ignore[union-attr]
    form = page.add_indicator(result)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.fields["name"], "Households cost-burdened")
    qtbot.keyClicks(form.fields["baseline_value"], "about forty")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.errors["baseline_value"].text() == "Enter a number, such as 42 or 27.5."
    assert len(results.get_framework(window.store, cid, pid).indicators) == 2


def test_assistance_list_filters_by_partner_and_status(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       ) -> None:
    dialog = results_feature.open_assistance(window, _cid(window))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AssistanceList)
    assert dialog.model.rowCount() == 7
    dialog.partner.setCurrentIndex(dialog.partner.findText("Lakeshore Community Fund"))
    assert dialog.model.rowCount() == 2
    dialog.status.setCurrentIndex(dialog.status.findText("Declined"))
    assert dialog.model.rowCount() == 1
    assert dialog.count.text() == "1 request"


def test_overview_exports_xlsx_on_the_worker(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    overview = ResultsOverview(window, _cid(window), TODAY)
    qtbot.addWidget(overview)
    target = tmp_path / "overview.xlsx"
    overview.export_xlsx(target)
    qtbot.waitUntil(lambda: target.exists() and not window.jobs.busy(), timeout=10000)
    rows = list(openpyxl.load_workbook(target)["Overview"].iter_rows(values_only=True))
    assert len(rows) == 1 + overview.model.total_count()
