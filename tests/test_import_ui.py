"""The import and roster dialogs, driven as a user would, on real workspaces."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QMessageBox

from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.features import exchange
from cohortdesk.ui.main_window import MainWindow
from tests.qt_helpers import on_next_modal

FORM = Path(__file__).parent / "data" / "import" / "registration_form.csv"


def _window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    return window


def test_welcome_page_import_button_is_enabled_by_the_feature(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    assert window.action("import_people") is not None
    assert window.welcome.import_people.isEnabled()


def test_preview_then_import_the_registration_form(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = exchange.open_import(window, FORM)
    assert dialog.rows.rowCount() == 15
    assert dialog.rows.item(8, 1).text() == "Refused"
    assert "maria.lopez@" in dialog.rows.item(8, 5).text()
    assert dialog.rows.item(5, 1).text() == "Empty line"
    assert isinstance(dialog.rows.cellWidget(10, 4), QComboBox)  # Renata again: update offered
    assert "12 to add, 1 to update, 1 refused" in dialog.counts.text()
    assert people.count_people(store) == 0  # the preview writes nothing

    messages: list[str] = []
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    for box in window.findChildren(QMessageBox):
        messages.append(box.text())
    assert people.count_people(store) == 12
    assert any("12 added, 1 updated" in m and "Row 9 (Maria Lopez)" in m for m in messages)
    assert window.store.undo_label() == "Import People from registration_form.csv"


def test_remapping_a_column_updates_the_preview(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = exchange.open_import(window, FORM)
    email_row = dialog.table.headers.index("Email address")
    combo = dialog.mapping.cellWidget(email_row, 1)
    combo.setCurrentIndex(combo.findData(""))
    assert dialog.rows.item(8, 1).text() == "Add"  # no email column, so Maria is fine


def test_internal_roster_asks_first_and_writes_a_confidential_file(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    window = _window(qtbot, example_store)
    dialog = exchange.open_roster(window)
    dialog.internal.setChecked(True)
    labels = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert any("Dietary needs" in text for text in labels)

    def decline(box: QMessageBox) -> None:
        assert "CONFIDENTIAL" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    errors = on_next_modal(decline)
    assert dialog.export_to(tmp_path / "no.xlsx") is False
    assert not errors and not (tmp_path / "no.xlsx").exists()

    def accept(box: QMessageBox) -> None:
        next(b for b in box.buttons() if "confidential" in b.text().lower()).click()

    errors = on_next_modal(accept)
    assert dialog.export_to(tmp_path / "yes.xlsx") is True
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert not errors and (tmp_path / "yes.xlsx").stat().st_size > 0


def test_participants_roster_hides_internal_fields(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, example_store)
    dialog = exchange.open_roster(window)
    labels = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert not any("Dietary" in text or "Internal notes" in text for text in labels)
    request = dialog.request()
    assert request.audience == "participants" and "email" in (request.fields or ())
