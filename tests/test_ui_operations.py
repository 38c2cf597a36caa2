"""The app's writes as operations, driven through the real window offscreen: the selection
follows its record, a double click saves once, each view reloads once per change, and undo
reaches back across a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cohortdesk.domain.records import PersonData
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.people.dialog import PersonDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import laptop_window, show_active, wait_for_ops


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    # As in the app: a write outside an operation is refused.
    return laptop_window(qtbot, example_store)


def test_sorting_any_column_keeps_the_selected_person_and_their_card(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    pid = view.model.row_id(3)
    view.select_id(pid)
    qtbot.waitUntil(lambda: view.detail.record_id == pid)
    name = people.get_person(window.store, pid).full_name
    # Every column, shown or hidden by default (the user can show any of them and sort on it).
    columns = list(range(view.model.columnCount()))
    assert len(columns) == 9
    for column in columns:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.table.sortByColumn(column, order)
            assert view.selected_id() == pid, (column, order)
            assert view.model.row_id(view.table.currentIndex().row()) == pid
            qtbot.waitUntil(lambda: view.detail.record_id == pid)
            assert name in view.detail.toPlainText()


def test_a_filter_keeps_the_selected_person_while_they_still_show(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    pid = view.model.row_id(4)
    view.select_id(pid)
    family = people.get_person(window.store, pid).family_name
    view.search.setText(family[:3])
    assert view.selected_id() == pid
    view.search.clear()
    assert view.selected_id() == pid


def test_two_quick_clicks_on_save_add_the_person_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    before = people.count_people(window.store)
    dialog = PersonDialog(window.store, None, window)
    dialog.ops = window.context.ops
    qtbot.addWidget(dialog)
    dialog.fields["given_name"].setText("Mireille")  # type: ignore[attr-defined]
    dialog.fields["family_name"].setText("Dubois")  # type: ignore[attr-defined]
    dialog.save_button.click()
    assert not dialog.save_button.isEnabled()  # busy until the worker is done
    dialog.save_button.click()
    dialog._on_save()  # even a second request that gets past the button is refused
    wait_for_ops(qtbot, window)
    assert people.count_people(window.store) == before + 1
    assert dialog.saved_id is not None


def test_one_change_reloads_each_affected_view_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    reloads: dict[str, int] = {}
    for name, view in window.views.items():
        original = view.reload

        def counted(original=original, name=name) -> None:  # type: ignore[no-untyped-def]
            reloads[name] = reloads.get(name, 0) + 1
            original()

        view.reload = counted  # type: ignore[method-assign]
    people_view = window.show_view("people")
    qtbot.waitUntil(lambda: people_view.model.rowCount() > 5)
    pid = people_view.model.row_id(0)
    reloads.clear()
    record = people.get_person(window.store, pid)
    data = PersonData(**{f: getattr(record, f) for f in PersonData.__dataclass_fields__})
    data = PersonData(**{**data.__dict__, "title": "Deputy Director"})
    window.context.ops.run(people.update_person, pid, data)
    wait_for_ops(qtbot, window)
    qtbot.wait(50)  # let any second, late reload show itself
    # The People list is showing: it reloads once. Hidden lists wait until they are shown.
    assert reloads == {"people": 1}
    assert people_view.selected_id() == pid
    assert "Deputy Director" in people_view.detail.toPlainText()


def test_undo_in_the_app_reverses_a_change_made_before_a_restart(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.cohortdesk"
    with Store.open(path) as store:
        perform(store, people.create_person, PersonData(given_name="Tavita", family_name="Faleolo"))
    store = Store.open(path)
    store.strict = True
    window = MainWindow(store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.undo_action.text() == "&Undo Add Person Tavita Faleolo"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(qtbot, window)
    assert people.count_people(store) == 0
    qtbot.waitUntil(lambda: "Redo Add Person Tavita Faleolo" in window.redo_action.text())
