"""The desktop around the lists, through the real window offscreen: toolbar and icons, standard
shortcuts, F1, multi-select with bulk commands in one undo step, and the layout remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox, QPushButton

from cohortdesk.services import cohorts, people
from cohortdesk.store import Store
from cohortdesk.ui.shell.help import HelpWindow
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import laptop_window, on_next_modal, show_active, wait_for_ops


def _window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    return laptop_window(qtbot, store)


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    return _window(qtbot, example_store)


def test_the_window_fits_a_small_laptop(window) -> None:  # type: ignore[no-untyped-def]
    assert window.minimumWidth() <= 1024 and window.minimumHeight() <= 640
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 640


def test_toolbar_has_the_daily_commands_with_icons_and_tooltips(window) -> None:  # type: ignore[no-untyped-def]
    names = [a.text() for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(names) >= 9
    for action_id in ("new", "edit", "delete", "import_people", "checkin_mode", "print_packet",
                      "undo", "redo", "find"):
        button = window.toolbar.findChild(QPushButton.__base__, f"toolbar_{action_id}")  # type: ignore[arg-type]
        assert button is not None, action_id
        assert button.toolTip(), action_id
        assert not button.icon().isNull(), action_id
    with_icons = [a for a in window.context.actions.all_actions() if not a.icon().isNull()]
    assert len(with_icons) >= 15


def test_standard_shortcuts(window) -> None:  # type: ignore[no-untyped-def]
    actions = window.context.actions
    assert actions.action("quit").shortcut() == QKeySequence("Ctrl+Q")
    assert actions.action("find").shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert actions.action("help").shortcut() == QKeySequence("F1")


def test_f1_opens_the_guide_with_the_shortcut_list(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    text = help_window.browser.toPlainText()
    for task in ("Plan a convening", "Import registrations", "Check people in", "Print a packet",
                 "Export a roster", "Back up and restore", "Keyboard shortcuts"):
        assert task in text
    assert "Ctrl+Z" in text and "Ctrl+Q" in text


def _select_rows(view, rows: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return view.selected_ids()


def test_bulk_delete_names_the_count_and_undoes_in_one_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    before = people.count_people(window.store)
    ids = _select_rows(view, [0, 2, 4])
    assert len(ids) == 3
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "Delete 3").click()

    on_next_modal(answer)
    view.delete_selected()
    wait_for_ops(qtbot, window)
    assert "Delete 3 people?" in seen[0]
    assert people.count_people(window.store) == before - 3
    assert window.undo_action.text() == "&Undo Delete 3 people"
    window.context.undo()
    wait_for_ops(qtbot, window)
    assert people.count_people(window.store) == before


def test_bulk_add_to_cohort_is_one_step_from_the_context_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    from cohortdesk.domain.records import CohortData
    from cohortdesk.operations import perform

    new_cohort = perform(store, cohorts.create_cohort, CohortData(name="Second cohort")).value
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    ids = _select_rows(view, [1, 3])
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: ("Second cohort", True)))
    view._context_menu(view.table.visualRect(view.model.index(1, 0)).center())
    menu = view._last_menu
    assert isinstance(menu, QMenu)
    labels = [a.text() for a in menu.actions()]
    assert "Add to cohort…" in labels and "Delete 2 people…" in labels
    next(a for a in menu.actions() if a.text() == "Add to cohort…").trigger()
    menu.close()
    wait_for_ops(qtbot, window)
    members = {m.person_id for m in cohorts.list_memberships(store, new_cohort)}
    assert members == set(ids)
    assert window.undo_action.text() == "&Undo Add 2 people to Second cohort"
    window.context.undo()
    wait_for_ops(qtbot, window)
    assert cohorts.list_memberships(store, new_cohort) == []


def test_layout_is_remembered_by_the_next_window(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    first = _window(qtbot, example_store)
    view = first.show_view("organizations")
    qtbot.waitUntil(lambda: view.model.rowCount() > 2)
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.set_column_shown(2, False)
    view.table.setColumnWidth(0, 217)
    first.resize(1100, 700)
    first.close()
    QApplication.processEvents()
    second = _window(qtbot, example_store)
    assert second.current_view() is second.views["organizations"]
    again = second.views["organizations"]
    qtbot.waitUntil(lambda: again.model.rowCount() > 2)
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.table.isColumnHidden(2)
    assert again.table.columnWidth(0) == 217


def test_the_session_tab_is_remembered(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    first = _window(qtbot, example_store)
    first.show_view("sessions")
    page = first.views["sessions"].detail
    page.setCurrentIndex(2)
    name = page.tabText(2)
    first.close()
    second = _window(qtbot, example_store)
    again = second.views["sessions"].detail
    assert again.tabText(again.currentIndex()) == name



def test_default_columns_fit_the_pane_at_1366x768(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for key in ("people", "organizations", "cohorts", "sessions"):
        view = window.show_view(key)
        qtbot.waitUntil(lambda view=view: view.model.rowCount() > 0)
        qtbot.wait(20)
        header = view.table.horizontalHeader()
        shown = [c for c in range(view.model.columnCount()) if not view.table.isColumnHidden(c)]
        assert len(shown) >= 2, key
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in shown)
        assert right <= view.table.viewport().width() + 1, key
        # and fill it: no blank strip beside the last column
        assert right >= view.table.viewport().width() - 1, key


def test_long_values_leave_no_half_empty_pane(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    # Long titles, organizations and emails make most columns as wide as a column may start;
    # hiding them one by one once left two columns beside a third of the pane empty.
    _long_people(example_store)
    window = _window(qtbot, example_store)
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    qtbot.wait(20)
    header = view.table.horizontalHeader()
    shown = [c for c in range(view.model.columnCount()) if not view.table.isColumnHidden(c)]
    used = sum(header.sectionSize(c) for c in shown)
    width = view.table.viewport().width()
    assert used <= width + 1
    assert used >= 0.9 * width, (used, width)
    assert len(shown) >= 3


def test_the_look_follows_a_dark_system_scheme(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    from cohortdesk.ui.shell import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    try:
        app.setPalette(dark)
        style.apply(app)
        if app.styleHints().colorScheme() != Qt.ColorScheme.Light:
            assert style.DARK.selection in app.styleSheet()
        app.setPalette(before)
        style.apply(app)
        if app.styleHints().colorScheme() != Qt.ColorScheme.Dark:
            assert style.LIGHT.selection in app.styleSheet()
    finally:
        app.setPalette(before)
        style.apply(app)
    # Spacing stays on the 8-pixel grid.
    assert all(v % 4 == 0 for v in style.SPACE.values())


def test_export_selected_people_writes_a_private_csv(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import csv
    import stat

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "chosen.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    ids = _select_rows(view, [0, 1, 2])
    view._context_menu(view.table.visualRect(view.model.index(0, 0)).center())
    next(a for a in view._last_menu.actions() if a.text() == "Export selected…").trigger()
    view._last_menu.close()
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(target.exists)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("CONFIDENTIAL")
    rows = list(csv.reader(lines[1:]))
    assert rows[0][0] == "Name" and len(rows) == 1 + len(ids)
    names = {people.get_person(window.store, i).full_name for i in ids}
    assert {r[0] for r in rows[1:]} == names
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _long_people(store: Store) -> None:
    """Five people whose title, organization and email are each as long as a column may be."""
    from cohortdesk.domain.records import OrganizationData, PersonData
    from cohortdesk.services import organizations

    org = organizations.create_organization(store, OrganizationData(
        name="Metropolitan Regional Office of Equity, Inclusion and Human Rights Services"))
    for n in range(5):
        people.create_person(store, PersonData(
            given_name=f"Alexandra-Maria {n}", family_name="Fernández-Oyelaran",
            title="Deputy Director of Racial Equity Strategy and Community Partnerships",
            email=f"alexandra.maria.fernandez.oyelaran.{n}@metropolitan-equity.example.org",
            organization_id=org))


def _shown_columns(view) -> list[int]:  # type: ignore[no-untyped-def]
    return [c for c in range(view.model.columnCount()) if not view.table.isColumnHidden(c)]


def _used_width(view) -> int:  # type: ignore[no-untyped-def]
    header = view.table.horizontalHeader()
    return sum(header.sectionSize(c) for c in _shown_columns(view))


def _people_in_a_small_window(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """A window of 900×600 showing long people, and the columns People shows there."""
    _long_people(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(900, 600)
    show_active(qtbot, window)
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    qtbot.wait(50)
    return window, view, _shown_columns(view)


def test_columns_fill_the_pane_again_when_the_window_grows(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    # Laid out first in a small window, the list hid most columns; maximized, it was left two
    # columns beside an empty half. Until the user picks columns, they follow the pane.
    window, view, narrow = _people_in_a_small_window(qtbot, example_store)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: len(_shown_columns(view)) > len(narrow), timeout=5000)
    qtbot.wait(300)
    width = view.table.viewport().width()
    assert 0.9 * width <= _used_width(view) <= width + 1
    # Back to the small window: the columns fit it again, with no sideways scrolling.
    window.resize(900, 600)
    qtbot.waitUntil(lambda: _used_width(view) <= view.table.viewport().width() + 1, timeout=5000)
    assert _shown_columns(view) == narrow

    # Once the user shows or hides a column, the columns are theirs: a resize leaves them.
    view.set_column_shown(narrow[-1], False)
    chosen = _shown_columns(view)
    window.resize(1366, 768)
    qtbot.wait(400)
    assert _shown_columns(view) == chosen


def test_fitted_columns_still_follow_the_pane_in_the_next_window(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    first, _view, narrow = _people_in_a_small_window(qtbot, example_store)
    first.close()
    QApplication.processEvents()
    second = _window(qtbot, example_store)  # 1366×768
    again = second.views["people"]
    qtbot.waitUntil(lambda: again.model.rowCount() > 0)
    qtbot.waitUntil(lambda: len(_shown_columns(again)) > len(narrow), timeout=5000)


def test_a_hidden_views_detail_refreshes_when_shown_not_before(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    # The Cohorts view's member list was read again on every change to people, while hidden:
    # after an import into a large workspace, the window stopped for it.
    from cohortdesk.operations import people as people_ops

    cohorts_view = window.show_view("cohorts")
    qtbot.waitUntil(lambda: cohorts_view.model.rowCount() > 0)
    panel = cohorts_view.detail
    qtbot.waitUntil(lambda: panel.member_count() > 0)
    member = panel.member_at(0)
    reads: list[object] = []
    read = panel.show_record
    panel.show_record = lambda cohort_id: (reads.append(cohort_id), read(cohort_id))[1]

    window.show_view("people")
    window.context.ops.run(people_ops.edit_person, member.person_id, {"family_name": "Zyskowski"})
    wait_for_ops(qtbot, window)
    qtbot.wait(50)
    assert reads == []  # hidden: nothing read

    window.show_view("cohorts")
    qtbot.waitUntil(lambda: len(reads) == 1)
    qtbot.waitUntil(lambda: any("Zyskowski" in panel.member_text(i)
                                for i in range(panel.member_count())))
