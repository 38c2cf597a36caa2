"""The real main window, driven offscreen: what a user does on day one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.people.dialog import PersonDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import on_next_modal, show_active


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    show_active(qtbot, w)
    return w


def test_empty_workspace_shows_welcome_and_loads_example(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle().startswith("test")
    assert not window.welcome.import_people.isEnabled() or window.context.actions.action("import_people")
    qtbot.mouseClick(window.welcome.load_example, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.views["people"], timeout=10000)
    assert window.views["people"].model.total_count() == 17
    assert "Undo Load Example Network" in window.undo_action.text()


def test_add_person_through_the_form(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.fields["given_name"], "Renata")
        qtbot.keyClicks(dialog.fields["family_name"], "Alvarez")
        qtbot.keyClicks(dialog.fields["email"], "Renata.Alvarez@example.org")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    window.show_view("people")
    errors = on_next_modal(fill)
    window.context.actions.trigger("new")
    assert not errors
    view = window.views["people"]
    assert view.model.total_count() == 1
    assert view.model.data(view.model.index(0, 0)) == "Renata Alvarez"
    assert people.get_person(window.store, view.selected_id()).email == "renata.alvarez@example.org"  # type: ignore[arg-type]


def test_bad_email_is_shown_by_the_field_and_nothing_is_saved(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(window.store, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["given_name"], "Maria")
    qtbot.keyClicks(dialog.fields["email"], "maria.lopez@")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_email")
    assert error is not None and error.isVisible()
    assert "not a valid email" in error.text()
    assert dialog.isVisible()
    assert people.count_people(window.store) == 0


def test_search_narrows_as_you_type_ignoring_accents(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    view = window.show_view("people")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "nu")
    narrowed = view.model.visible_count()
    assert 1 <= narrowed < 17
    qtbot.keyClicks(view.search, "nez")
    assert view.model.visible_count() == 1
    assert view.model.data(view.model.index(0, 0)) == "Matías Núñez-Ortega"
    view.search.clear()
    qtbot.keyClicks(view.search, "SAN ANTONIO")  # jurisdiction, any case
    assert view.model.visible_count() == 1


def test_delete_asks_then_undo_brings_the_person_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pid = people.create_person(window.store, PersonData(given_name="Zoë", family_name="O'Brien"))
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.total_count() == 1)
    view.select_id(pid)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        delete = next(b for b in box.findChildren(QPushButton) if b.text() == "Delete")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)

    errors = on_next_modal(answer)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert not errors
    assert "Zoë O'Brien" in seen[0]
    assert people.count_people(window.store) == 0
    assert window.undo_action.text() == "&Undo Delete Person Zoë O'Brien"
    show_active(qtbot, window)  # focus returns from the closed confirmation
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.model.total_count() == 1)
    assert people.get_person(window.store, pid).family_name == "O'Brien"
    assert "Redo Delete Person Zoë O'Brien" in window.redo_action.text()


def test_cancelled_delete_keeps_the_person(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    pid = people.create_person(window.store, PersonData(given_name="Lan", family_name="Nguyễn"))
    view = window.show_view("people")
    qtbot.waitUntil(lambda: view.model.total_count() == 1)
    view.select_id(pid)
    errors = on_next_modal(lambda box: box.reject())
    view.delete_selected()
    assert not errors
    assert people.count_people(window.store) == 1


def test_every_control_has_an_accessible_name(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTextEdit, QPlainTextEdit, QCheckBox)
    for view in window.views.values():
        controls = [w for kind in kinds for w in view.findChildren(kind)]
        for widget in controls:
            inner = isinstance(widget, QHeaderView) or isinstance(
                widget.parent(), QAbstractSpinBox | QComboBox)
            if inner or widget.window() is not window:
                continue  # Qt's own parts: a spin box's editor, a header, a combo box's popup
            where = f"{type(widget).__name__} {widget.objectName()!r} in {view.objectName()}"
            assert widget.accessibleName(), where
        for button in view.findChildren(QPushButton):
            assert button.accessibleName() or button.text().strip("&."), view.objectName()


def test_save_a_copy_and_open_it(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people.create_person(window.store, PersonData(given_name="Priya", family_name="Raman"))
    copy = window.store.backup_to(tmp_path / "copy.cohortdesk")
    assert window.open_workspace(copy)
    assert window.windowTitle().startswith("copy")
    assert window.views["people"].model.total_count() == 1 or people.count_people(window.store) == 1
