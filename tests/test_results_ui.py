"""Results frameworks in the real main window, offscreen: overview, member page, forms, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolButton

from cohortdesk.domain.results import TrackStatus
from cohortdesk.services import cohorts, example, results
from cohortdesk.store import Store
from cohortdesk.ui.results import menus as results_feature
from cohortdesk.ui.results.chart import IndicatorChart
from cohortdesk.ui.results.member import MemberFrameworkPage
from cohortdesk.ui.results.overview import AssistanceList, ResultsOverview
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import on_next_modal, show_active, wait_for_ops

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
    window.context.actions.trigger("results_overview")
    assert any(w.isVisible() for w in window.findChildren(ResultsOverview))
    # Statuses depend on the date, so the rest is judged as of a fixed day.
    overview = ResultsOverview(window.context, _cid(window), TODAY, parent=window)
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
    page = MemberFrameworkPage(window.context, cid, pid, TODAY, parent=window)
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
    wait_for_ops(qtbot, window)
    assert not form.isVisible()
    qtbot.waitUntil(lambda: page.findChild(QLabel, f"status_{gap.id}").text() == "On track")
    assert "Undo Add Progress Update for Imani Caldwell" in window.undo_action.text()
    window.context.actions.trigger("undo")
    qtbot.waitUntil(lambda: page.findChild(QLabel, f"status_{gap.id}").text() == "Off track")


def test_bad_number_is_shown_by_the_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid, pid = _cid(window), _person(window, "Imani Caldwell")
    page = MemberFrameworkPage(window.context, cid, pid, TODAY, parent=window)
    qtbot.addWidget(page)
    page.show()
    result = page.framework.results[0]  # type: ignore[union-attr]
    form = page.add_indicator(result)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.fields["name"], "Households cost-burdened")
    qtbot.keyClicks(form.fields["baseline_value"], "about forty")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert form.isVisible()
    assert form.errors["baseline_value"].text() == "Enter a number, such as 42 or 27.5."
    assert len(results.get_framework(window.store, cid, pid).indicators) == 2


def test_assistance_list_filters_by_partner_and_status(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       ) -> None:
    dialog = results_feature.open_assistance(window.context, _cid(window))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AssistanceList)
    assert dialog.model.rowCount() == 7
    dialog.partner.setCurrentIndex(dialog.partner.findText("Lakeshore Community Fund"))
    assert dialog.model.rowCount() == 2
    dialog.status.setCurrentIndex(dialog.status.findText("Declined"))
    assert dialog.model.rowCount() == 1
    assert dialog.count.text() == "1 request"


def test_overview_exports_xlsx_on_the_worker(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    overview = ResultsOverview(window.context, _cid(window), TODAY, parent=window)
    qtbot.addWidget(overview)
    target = tmp_path / "overview.xlsx"
    overview.export_xlsx(target)
    qtbot.waitUntil(lambda: target.exists() and not window.context.jobs.busy(), timeout=10000)
    rows = list(openpyxl.load_workbook(target)["Overview"].iter_rows(values_only=True))
    assert len(rows) == 1 + overview.model.total_count()


def test_a_strategy_is_deleted_after_asking_and_comes_back_with_undo(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid, pid = _cid(window), _person(window, "Imani Caldwell")
    page = MemberFrameworkPage(window.context, cid, pid, TODAY, parent=window)
    qtbot.addWidget(page)
    page.show()
    strategies = page.framework.results[0].strategies  # type: ignore[union-attr]
    assert len(strategies) == 3
    target = strategies[1]
    assert target.description == "Right-to-counsel pilot for tenants facing eviction"
    seen: list[str] = []

    def answer(verb: str) -> Any:
        def act(box: QMessageBox) -> None:
            seen.append(box.text())
            button = next(b for b in box.findChildren(QPushButton) if b.text() == verb)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return act

    # Cancel keeps it.
    errors = on_next_modal(answer("Cancel"))
    page.findChild(QToolButton, f"deleteStrategy_{target.id}").click()
    assert not errors
    assert len(page.framework.results[0].strategies) == 3  # type: ignore[union-attr]

    errors = on_next_modal(answer("Delete"))
    page.findChild(QToolButton, f"deleteStrategy_{target.id}").click()
    assert not errors
    assert "Right-to-counsel pilot for tenants facing eviction" in seen[-1]
    qtbot.waitUntil(lambda: page.findChild(QToolButton, f"deleteStrategy_{target.id}") is None)
    assert [s.description for s in page.framework.results[0].strategies] == [  # type: ignore[union-attr]
        strategies[0].description, strategies[2].description]
    assert window.undo_action.text() == (
        "&Undo Delete Strategy “Right-to-counsel pilot for tenants facing evict…”")
    window.context.actions.trigger("undo")
    qtbot.waitUntil(lambda: page.findChild(QToolButton, f"deleteStrategy_{target.id}")
                    is not None)
    assert len(page.framework.results[0].strategies) == 3  # type: ignore[union-attr]


def test_read_only_workspace_offers_no_strategy_delete(qtbot, example_store: Store,  # type: ignore[no-untyped-def]
                                                       ) -> None:
    path = example_store.path
    example_store.close()
    with Store.open(path, read_only=True) as store:
        w = MainWindow(store)
        qtbot.addWidget(w)
        cid = cohorts.cohort_choices(store)[0][0]
        pid = next(p for p, n in results.members_with_frameworks(store, cid)
                   if n == "Imani Caldwell")
        page = MemberFrameworkPage(w.context, cid, pid, TODAY, parent=w)
        qtbot.addWidget(page)
        links = [b for b in page.findChildren(QToolButton)
                 if b.objectName().startswith("deleteStrategy_")]
        assert len(links) == 3 and not any(b.isEnabled() for b in links)
        page.close()
        w.close()


def test_expected_value_is_shown_beside_the_status(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    overview = ResultsOverview(window.context, _cid(window), TODAY, parent=window)
    qtbot.addWidget(overview)
    model = overview.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-4:] == ["Latest", "Expected today", "Target", "Status"]
    qtbot.keyClicks(overview.search, "posting to offer")
    assert model.rowCount() == 1
    assert [model.data(model.index(0, c)) for c in range(4, 8)] == [
        "63 days (Apr 2026)", "60 days", "60 days", "Off track"]
    tip = model.data(model.index(0, 7), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Off track: the latest reading, 63 days (1 Apr 2026), is above 60 days")
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ToolTipRole) == tip
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    # Sorting keeps each row's own explanation.
    overview.search.clear()
    overview.table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    for row in range(model.rowCount()):
        status = model.data(model.index(row, 7))
        assert model.data(model.index(row, 7), Qt.ItemDataRole.ToolTipRole).startswith(status)

    page = MemberFrameworkPage(window.context, _cid(window), _person(window, "Lan Nguyễn"), TODAY,
                               parent=window)
    qtbot.addWidget(page)
    page.show()
    days = next(i for i in page.framework.indicators  # type: ignore[union-attr]
                if i.name == "Median days from posting to offer")
    assert page.findChild(QLabel, f"expected_{days.id}").text() == "60 days"
    status = page.findChild(QLabel, f"status_{days.id}")
    assert status.text() == "Off track"
    assert "is above 60 days" in status.toolTip()
    assert "target date has passed" in status.toolTip()


def test_progress_dated_after_the_page_day_is_refused_by_the_date(
        qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    cid, pid = _cid(window), _person(window, "Imani Caldwell")
    page = MemberFrameworkPage(window.context, cid, pid, TODAY, parent=window)
    qtbot.addWidget(page)
    page.show()
    gap = page.framework.indicators[1]  # type: ignore[union-attr]
    form = page.record_progress()
    qtbot.addWidget(form)
    assert form.fields["on_date"].text() == "2026-04-20"  # type: ignore[attr-defined]
    form.fields["on_date"].setText("2062-04-18")  # type: ignore[attr-defined]
    qtbot.keyClicks(form.fields[f"value_{gap.id}"], "20")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert form.isVisible()
    assert form.errors["on_date"].text() == (
        "18 Apr 2062 is after today (20 Apr 2026). Record a reading once it has been taken.")
    form.fields["on_date"].setText("2024-06-30")  # type: ignore[attr-defined]
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert form.isVisible()
    assert "before the baseline date" in form.errors["on_date"].text()
    assert len(page.framework.updates) == 3  # type: ignore[union-attr]
    assert page.findChild(QLabel, f"status_{gap.id}").text() == "Off track"


def test_why_a_status_reads_in_spanish(qtbot, qapp, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from cohortdesk.domain import results as domain_results
    from cohortdesk.ui import i18n
    from cohortdesk.ui.results import status_words

    # The UI's table is the core's, word for word.
    assert {k: status_words.REASONS[k] for k in domain_results.STATUS_REASONS} == \
        domain_results.STATUS_REASONS
    assert set(status_words.COMPARISONS) == set(domain_results.COMPARISONS)
    assert status_words.TARGET_PASSED == domain_results.TARGET_PASSED
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        overview = ResultsOverview(window.context, _cid(window), TODAY, parent=window)
        qtbot.addWidget(overview)
        model = overview.model
        qtbot.keyClicks(overview.search, "posting to offer")
        tip = model.data(model.index(0, 7), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Con retraso: la última lectura, 63 days (1 abr 2026), "
                              "está por encima de 60 days, el valor que la recta"), tip
        assert tip.endswith("(menor es mejor). La fecha de la meta ya pasó, así que solo cuenta "
                            "la meta misma.")
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
