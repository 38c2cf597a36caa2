"""The People list read through its index (person_search): the same rows, in the same order, as
reading every person; the index follows every writer; an edit refreshes its row in place."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from cohortdesk.domain.records import OrganizationData, PersonData
from cohortdesk.services import organizations, people
from cohortdesk.services.rows import MemorySource
from cohortdesk.store import Store
from cohortdesk.ui.shell.main_window import MainWindow
from cohortdesk.ui.widgets.table_model import SourceTableModel
from tests.qt_helpers import wait_for_ops


def _awkward(store: Store) -> None:
    """Accents, blanks, equal keys and an organization, where orders could differ."""
    org = organizations.create_organization(store, OrganizationData(name="Ciudad de Málaga"))
    for given, family, preferred, email, title in [
        ("María", "Núñez", "", "maria@example.org", "Director"),
        ("Maria", "Nunez", "Mari", "", "director"),
        ("Zoë", "O'Brien", "", "zoe@example.org", ""),
        ("Ånne", "", "", "", "Analyst"),
        ("", "Ødegaard", "", "ode@example.org", "Analyst"),
        ("Lee", "Kim", "", "", ""),
    ]:
        people.create_person(store, PersonData(given_name=given, family_name=family,
                                               preferred_name=preferred, email=email,
                                               title=title, organization_id=org))


def _check_matches_memory(store: Store) -> None:
    index = people.people_source(store)
    assert isinstance(index, people.PeopleIndex)
    memory = MemorySource(people.list_people(store))
    assert index.texts() == memory.texts()
    ids = list(memory.texts())
    assert index.fetch(ids) == memory.fetch(ids)
    for column in range(len(people.COLUMNS) - 1):
        for descending in (False, True):
            assert index.order(column, descending) == memory.order(column, descending), column


def test_the_index_gives_the_same_rows_and_order_as_reading_everyone(example_store: Store) -> None:
    _awkward(example_store)
    _check_matches_memory(example_store)


def test_the_index_follows_every_writer(example_store: Store) -> None:
    _awkward(example_store)
    _check_matches_memory(example_store)
    pid = people.find_by_email(example_store, "zoe@example.org")
    assert pid is not None
    record = people.get_person(example_store, pid)
    data = PersonData(**{f: getattr(record, f) for f in PersonData.__dataclass_fields__})
    people.update_person(example_store, pid, PersonData(**{**data.__dict__, "family_name": "Aalto"}))
    _check_matches_memory(example_store)
    # An organization renamed: its people show and sort by the new name.
    org = organizations.list_organizations(example_store).rows[0][0]
    org_record = organizations.get_organization(example_store, org)
    organizations.update_organization(example_store, org, OrganizationData(
        **{**{f: getattr(org_record, f) for f in OrganizationData.__dataclass_fields__},
           "name": "Zeta Town"}))
    _check_matches_memory(example_store)
    people.delete_person(example_store, pid)
    _check_matches_memory(example_store)
    example_store.undo()
    _check_matches_memory(example_store)
    example_store.undo()  # the rename
    _check_matches_memory(example_store)
    # A write from outside CohortDesk, with none of its code loaded: the keys still follow.
    example_store.engine.dispose()
    raw = sqlite3.connect(example_store.path)
    raw.execute("UPDATE person SET given_name = 'Ñandú' WHERE id = ?", (pid,))
    raw.execute("DELETE FROM person WHERE id = (SELECT min(id) FROM person)")
    raw.commit()
    raw.close()
    _check_matches_memory(example_store)


def test_a_read_only_workspace_with_missing_keys_reads_everyone(workspace_path) -> None:  # type: ignore[no-untyped-def]
    with Store.open(workspace_path) as store:
        _awkward(store)
        expected = MemorySource(people.list_people(store)).order(0, False)
    with Store.open(workspace_path, read_only=True) as viewer:
        source = people.people_source(viewer)
        assert isinstance(source, MemorySource)  # the keys were never made: it cannot write them
        assert source.order(0, False) == expected


def test_filter_matches_substrings_without_accents_or_case(example_store: Store) -> None:
    _awkward(example_store)
    model = SourceTableModel()
    model.set_source(people.people_source(example_store))
    everyone = people.list_people(example_store)
    names = lambda: [model.data(model.index(r, 0)) for r in range(model.rowCount())]  # noqa: E731

    def expected(*words: str) -> list[str]:
        """The names a full scan of every person finds, in the list's order (by family name)."""
        found = [(key_by_id[row[0]], row[0], row[1]) for row, key in zip(
            everyone.rows, everyone.keys, strict=True) if all(w in key for w in words)]
        return [name for _key, _id, name in sorted(found)]  # equal keys in id order

    key_by_id = dict(zip((r[0] for r in everyone.rows), everyone.sort_keys[1], strict=True))
    for typed in ("n", "nu", "nun", "nune", "nunez"):
        model.set_filter(typed)
    assert {"María Núñez", "Maria Nunez"} <= set(names())
    assert names() == expected("nunez")
    model.set_filter("NÚÑ")  # erasing, then accents and capitals
    assert names() == expected("nun")
    model.set_filter("malaga ODEG")  # every word, in any field (organization, name)
    assert names() == ["Ødegaard"] == expected("malaga", "odeg")
    model.set_filter("")
    assert model.rowCount() == model.total_count() == people.count_people(example_store)


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    _awkward(example_store)
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    w.show()
    return w


def _edit(window: MainWindow, pid: int, **changes: str) -> None:
    record = people.get_person(window.store, pid)
    data = PersonData(**{f: getattr(record, f) for f in PersonData.__dataclass_fields__})
    window.context.ops.run(people.update_person, pid, PersonData(**{**data.__dict__, **changes}))


def test_an_edit_refreshes_its_row_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    assert isinstance(view.model, SourceTableModel)
    pid = view.model.row_id(4)
    view.select_id(pid)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    _edit(window, pid, title="Deputy Director")
    wait_for_ops(qtbot, window)
    row = view.model.row_of_id(pid)
    title = view.model.headerData(3, Qt.Orientation.Horizontal)
    assert title == "Title"
    qtbot.waitUntil(lambda: view.model.data(view.model.index(row, 3)) == "Deputy Director")
    assert resets == []  # not read again
    assert view.selected_id() == pid
    # A new family name moves the person to their place; the selection goes with them.
    _edit(window, pid, family_name="Aaaberg")
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: view.model.row_of_id(pid) == 0)
    assert resets == []
    assert view.selected_id() == pid
    fresh = MemorySource(people.list_people(window.store)).order(0, False)
    assert [view.model.row_id(r) for r in range(view.model.rowCount())] == fresh


def test_an_edit_under_a_filter_shows_or_hides_the_row(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    view.search.setText("nunez")
    assert view.model.visible_count() == 3  # and Matías Núñez-Ortega of the example
    pid = people.find_by_email(window.store, "maria@example.org")
    assert pid is not None
    _edit(window, pid, family_name="Serrano")
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: view.model.visible_count() == 2)
    window.context.ops.undo()
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: view.model.visible_count() == 3)
    assert view.model.row_of_id(pid) is not None


def _shown_ids(view) -> list[int]:  # type: ignore[no-untyped-def]
    return [view.model.row_id(r) for r in range(view.model.rowCount())]


@pytest.mark.parametrize(("column", "order"), [(0, Qt.SortOrder.AscendingOrder),
                                               (0, Qt.SortOrder.DescendingOrder),
                                               (3, Qt.SortOrder.AscendingOrder),
                                               (7, Qt.SortOrder.DescendingOrder)])
def test_deleted_and_restored_people_take_their_places_without_reading_the_list_again(
        qtbot, window: MainWindow, column: int, order: Qt.SortOrder) -> None:  # type: ignore[no-untyped-def]
    # A long list reads its order again only when it must: those gone are left out, and a few
    # put back (an undo) go where their keys place them, blank keys last, equal keys by id.
    from cohortdesk.operations.people import delete_together

    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.rowCount() > 5)
    view.table.sortByColumn(column, order)
    expected = MemorySource(people.list_people(window.store)).order(
        column, order == Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _shown_ids(view) == expected)
    keep = expected[len(expected) // 2]
    view.select_id(keep)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    reads: list[int] = []
    read_order = view.model._read_order
    view.model._read_order = lambda: reads.append(1) or read_order()  # type: ignore[method-assign]
    chosen = [expected[0], expected[3], expected[-1], expected[len(expected) // 3]]
    keys = people.PeopleIndex(window.store).sort_key(column, expected)
    blanks = [i for i in expected if keys.get(i) is None]
    if blanks:  # the blank key with the lowest id: it still goes after every filled one
        chosen.append(min(blanks))

    window.context.ops.run(delete_together, people.delete_people, chosen, f"Delete {len(chosen)} people")
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: _shown_ids(view) == [i for i in expected if i not in chosen])
    window.context.ops.undo()
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: _shown_ids(view) == expected)

    assert resets == [] and reads == []
    assert view.selected_id() == keep
