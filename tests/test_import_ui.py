"""The import and roster dialogs, driven as a user would, on real workspaces."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QMessageBox

from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.ui.exchange import menus as exchange
from cohortdesk.ui.exchange.import_people_dialog import (
    COL_CHOICE,
    COL_CONSENT,
    COL_PROBLEMS,
    REFUSED_FILL,
    WARNING_FILL,
)
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import on_next_modal, wait_for_ops

FORM = Path(__file__).parent / "data" / "import" / "registration_form.csv"


def _window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    return window


def _open(qtbot, window: MainWindow, path: Path = FORM):  # type: ignore[no-untyped-def]
    """Open the import on a file; reading and checking run on the worker."""
    dialog = exchange.open_import(window.context, path)
    qtbot.waitUntil(lambda: dialog.preview_result is not None, timeout=10000)
    return dialog


def test_welcome_page_import_button_is_enabled_by_the_feature(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    assert window.context.actions.action("import_people") is not None
    assert window.welcome.import_people.isEnabled()


def test_preview_then_import_the_registration_form(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    assert dialog.rows.rowCount() == 15
    assert dialog.rows.item(8, 1).text() == "Refused"
    assert "maria.lopez@" in dialog.rows.item(8, COL_PROBLEMS).text()
    assert dialog.rows.item(5, 1).text() == "Empty line"
    assert isinstance(dialog.rows.cellWidget(10, COL_CHOICE), QComboBox)  # Renata again
    assert "12 to add, 1 to update, 1 refused" in dialog.counts.text()
    assert people.count_people(store) == 0  # the preview writes nothing

    messages: list[str] = []
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    for box in window.findChildren(QMessageBox):
        messages.append(box.text())
    assert people.count_people(store) == 12
    assert any("12 added, 0 updated, 1 unchanged" in m and "Row 9 (Maria Lopez)" in m
               for m in messages)
    assert window.store.undo_label() == "Import people from registration_form.csv"


def _imports(store: Store) -> list[str]:
    return [e.source for e in store.journal_entries()
            if e.kind == "op" and e.name == "Import people from registration_form.csv"]


@pytest.mark.parametrize("gap_ms", [0, 400])
def test_a_double_click_on_import_imports_once(qtbot, store: Store, gap_ms: int) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    if gap_ms:
        qtbot.wait(gap_ms)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    dialog.run_import()  # and the slot itself, once more, as a queued second click would
    wait_for_ops(qtbot, window)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert people.count_people(store) == 12
    assert _imports(store) == ["registration_form.csv"]
    window.store.undo()
    assert people.count_people(store) == 0


def test_the_preview_shows_consent_colours_warnings_and_whole_messages(  # type: ignore[no-untyped-def]
    qtbot, store: Store
) -> None:
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    rows = dialog.rows
    consent = [rows.item(n, COL_CONSENT).text() for n in range(rows.rowCount())]
    # Renata "Yes", Mati "yes", Zoë "Y", Lan "No", Søren "TRUE", (empty line), Keisha ...
    assert consent[:6] == ["Yes", "Yes", "Yes", "No", "Yes", ""]
    assert not rows.isColumnHidden(COL_CONSENT)

    def fill(n: int) -> str:
        return rows.item(n, 2).background().color().name()

    assert fill(8) == QColor(REFUSED_FILL).name()  # Maria: refused
    assert fill(9) == QColor(WARNING_FILL).name()  # Priya: no email, a warning only
    assert fill(0) != QColor(WARNING_FILL).name()  # Renata: nothing to check
    assert "3 with a warning to check" in dialog.counts.text()

    # The longest message is never cut: the column is as wide as its text needs.
    sam = rows.item(14, COL_PROBLEMS).text()
    width = rows.fontMetrics().horizontalAdvance(sam)
    assert rows.columnWidth(COL_PROBLEMS) >= width
    rows.selectRow(14)
    assert "Ignored 1 value in a column with no header" in dialog.details.text()
    assert "Row 15 (line 17 of the file)" in dialog.details.text()


def test_a_name_match_can_be_added_as_a_new_person(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    people.create_person(store, PersonData(given_name="Priya", family_name="Raman"))
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    combo = dialog.rows.cellWidget(9, COL_CHOICE)
    assert isinstance(combo, QComboBox)
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "Add as a new person" in choices
    combo.setCurrentIndex(combo.findData("add"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert len([r for r in people.list_people(store).rows if r[1] == "Priya Raman"]) == 2


def test_remapping_a_column_updates_the_preview(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    email_row = dialog.table.headers.index("Email address")
    combo = dialog.mapping.cellWidget(email_row, 1)
    combo.setCurrentIndex(combo.findData(""))
    qtbot.waitUntil(lambda: dialog.rows.item(8, 1).text() == "Add", timeout=10000)


def test_a_mapping_without_a_name_is_explained_in_the_dialog(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, store)
    dialog = _open(qtbot, window)
    for header in ("First name", "Last name"):
        combo = dialog.mapping.cellWidget(dialog.table.headers.index(header), 1)
        combo.setCurrentIndex(combo.findData(""))
    assert "Choose the column that holds the name" in dialog.counts.text()
    assert not dialog.import_button.isEnabled() and dialog.rows.rowCount() == 0


def test_internal_roster_asks_first_and_writes_a_confidential_file(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    window = _window(qtbot, example_store)
    dialog = exchange.open_roster(window.context)
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
    dialog = exchange.open_roster(window.context)
    labels = [dialog.fields.item(i).text() for i in range(dialog.fields.count())]
    assert not any("Dietary" in text or "Internal notes" in text for text in labels)
    request = dialog.request()
    assert request.audience == "participants" and "email" in (request.fields or ())


def test_a_row_that_may_repeat_an_earlier_one_can_be_skipped(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                              tmp_path: Path) -> None:
    """The same person once with an email and once without: the later row is marked, and the
    user can skip it rather than add the person twice."""
    path = tmp_path / "sign-in.csv"
    path.write_text("First name,Last name,Email\nAroha,Ngata,aroha@example.org\nAroha,Ngata,\n",
                    encoding="utf-8")
    window = _window(qtbot, store)
    dialog = _open(qtbot, window, path)
    assert "row 1" in dialog.rows.item(1, COL_PROBLEMS).text()
    combo = dialog.rows.cellWidget(1, COL_CHOICE)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Add (possible duplicate)",
                                                                 "Merge into row 1", "Skip"]
    combo.setCurrentIndex(2)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert people.count_people(store) == 1


def test_a_row_that_repeats_an_earlier_one_can_be_merged_into_it(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """Skipping the repeated row would lose its phone; merging keeps it, on one person."""
    path = tmp_path / "sign-in.csv"
    path.write_text("First name,Last name,Email,Phone\nAroha,Ngata,aroha@example.org,\n"
                    "Aroha,Ngata,,555-0101\n", encoding="utf-8")
    window = _window(qtbot, store)
    dialog = _open(qtbot, window, path)
    combo = dialog.rows.cellWidget(1, COL_CHOICE)
    assert isinstance(combo, QComboBox)
    assert dialog.counts.text().startswith("2 to add, 0 to update")
    combo.setCurrentIndex(combo.findText("Merge into row 1"))
    assert dialog.counts.text().startswith("1 to add, 1 to update")
    combo.setCurrentIndex(combo.findText("Skip"))
    assert dialog.counts.text().startswith("1 to add, 0 to update, 0 refused, 1 skipped")
    combo.setCurrentIndex(combo.findText("Merge into row 1"))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert people.count_people(store) == 1
    only = people.list_people(store).rows[0][0]
    person = people.get_person(store, only)
    assert (person.email, person.phone) == ("aroha@example.org", "555-0101")


def test_the_counts_say_a_row_merged_into_a_skipped_row_is_skipped_too(  # type: ignore[no-untyped-def]
        qtbot, store: Store, tmp_path: Path) -> None:
    people.create_person(store, PersonData(given_name="Aroha", family_name="Ngata",
                                           email="aroha@old.example"))
    path = tmp_path / "sign-in.csv"
    path.write_text("First name,Last name,Email\nAroha,Ngata,aroha@example.org\n"
                    "Aroha,Ngata,aroha@home.example\n", encoding="utf-8")
    window = _window(qtbot, store)
    dialog = _open(qtbot, window, path)
    first, second = (dialog.rows.cellWidget(n, COL_CHOICE) for n in (0, 1))
    assert isinstance(first, QComboBox) and isinstance(second, QComboBox)
    second.setCurrentIndex(second.findText("Merge into row 1"))
    first.setCurrentIndex(first.findText("Skip"))
    assert dialog.counts.text().startswith("0 to add, 0 to update, 0 refused, 2 skipped")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=10000)
    assert people.count_people(store) == 1
