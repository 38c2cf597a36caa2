"""Forms and keyboard paths a user relies on: focus, Tab order, typed choices, members."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from cohortdesk.domain.enums import MembershipRole
from cohortdesk.domain.records import CohortData, MembershipData, OrganizationData, PersonData
from cohortdesk.services import cohorts, organizations, people
from cohortdesk.store import Store
from cohortdesk.ui.cohorts.members import MemberDialog
from cohortdesk.ui.people.dialog import PersonDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.people_helpers import add_people
from tests.qt_helpers import show_active, wait_for_ops


def test_person_form_opens_on_the_first_field_and_tabs_through_to_save(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(store)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.fields["given_name"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.fields["family_name"]


def test_typed_organization_is_saved_and_an_unknown_one_is_refused(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    org = organizations.create_organization(store, OrganizationData(name="City of Tacoma"))
    dialog = PersonDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["given_name"], "Priya")
    box = dialog.fields["organization_id"]
    assert isinstance(box, QComboBox)
    box.setEditText("City of Tacomo")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_organization_id")
    assert error is not None and "no “City of Tacomo”" in error.text()
    assert people.count_people(store) == 0
    box.setEditText("city of tacoma")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert people.get_person(store, dialog.saved_id).organization_id == org  # type: ignore[arg-type]


def test_tab_leaves_the_table_for_the_detail_pane(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    view = window.show_view("cohorts")
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not view.table
    assert view.isAncestorOf(focused)


def test_membership_role_and_dates_can_be_edited(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    pid = people.create_person(store, PersonData(given_name="Leilani", family_name="Kahale"))
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    window = MainWindow(store)
    qtbot.addWidget(window)
    member = cohorts.list_memberships(store, cid)[0]
    dialog = MemberDialog(window.context, cid, member, parent=window)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentIndex(dialog.role.findData(MembershipRole.FACILITATOR))
    dialog.started.setDate(dt.date(2025, 9, 1))
    dialog._save()
    wait_for_ops(qtbot, window)
    assert dialog.error.text() == ""
    edited = cohorts.list_memberships(store, cid)[0]
    assert edited.role is MembershipRole.FACILITATOR
    assert edited.started_on == dt.date(2025, 9, 1)
    assert store.undo_label() == "Edit Membership"


def test_ampersand_in_a_name_shows_in_the_undo_menu(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    organizations.create_organization(store, OrganizationData(name="Health & Human Services"))
    qtbot.waitUntil(lambda: "Health" in window.undo_action.text())
    assert window.undo_action.text().replace("&&", "&").endswith("Health & Human Services")
    assert "Health && Human Services" in window.undo_action.text()


def test_people_name_column_sorts_by_family_name(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("people")
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [view.model.data(view.model.index(r, 0)) for r in range(3)]
    assert names == ["Ruth Abernathy", "Renata Alvarez", "Amara Bello"]


def test_sessions_show_their_start_beside_the_title(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("sessions")
    header = view.table.horizontalHeader()
    second = header.logicalIndex(1)
    assert view.model.headerData(second, Qt.Orientation.Horizontal) == "Starts"


def test_a_long_list_loads_in_the_background(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from cohortdesk.ui.widgets.list_view import BACKGROUND_ROWS

    add_people(store, BACKGROUND_ROWS + 1000, lambda i: f"Person {i}",
               lambda i: "Núñez" if i % 2 else "Okafor")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("people")
    # The window is shown before the rows arrive; then the whole list is there and searchable.
    qtbot.waitUntil(lambda: view.model.total_count() == BACKGROUND_ROWS + 1000, timeout=20000)
    assert view.count.text().endswith("people")
    view.search.setText("nunez")
    assert view.model.visible_count() == (BACKGROUND_ROWS + 1000) // 2


def test_a_long_list_reopens_in_the_users_sort_read_off_the_ui_thread(
        qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from cohortdesk.services.people import PeopleIndex
    from cohortdesk.ui.widgets.list_view import BACKGROUND_ROWS

    count = BACKGROUND_ROWS + 500
    add_people(store, count, lambda i: f"Person {i:05d}", lambda i: "Okafor")
    first = MainWindow(store)
    qtbot.addWidget(first)
    first.show()
    view = first.views["people"]
    qtbot.waitUntil(lambda: view.model.total_count() == count, timeout=20000)
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    first.close()

    # Reading the order of 5,000+ ids is the slow part of showing the list: it happens on the
    # worker, in the order the user left, and never again on the UI thread.
    readers: list[threading.Thread] = []
    order = PeopleIndex.order

    def watched(self: PeopleIndex, column: int, descending: bool) -> list[int]:
        readers.append(threading.current_thread())
        return order(self, column, descending)

    monkeypatch.setattr(PeopleIndex, "order", watched)
    second = MainWindow(store)
    qtbot.addWidget(second)
    second.show()
    again = second.show_view("people")
    qtbot.waitUntil(lambda: again.model.total_count() == count, timeout=20000)
    qtbot.wait(50)
    header = again.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.DescendingOrder)
    top = again.model.data(again.model.index(0, 0))
    assert top.startswith(f"Person {count - 1:05d}")
    assert readers and threading.main_thread() not in readers
