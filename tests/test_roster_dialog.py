"""The roster dialog: the typed extension decides the format, the user's fields survive a
change of audience, and the confirmation says what each format really marks."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cohortdesk.store import Store
from cohortdesk.ui.exchange import menus as exchange
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import on_next_modal


def _dialog(qtbot, store: Store):  # type: ignore[no-untyped-def]
    window = MainWindow(store)
    qtbot.addWidget(window)
    return exchange.open_roster(window.context)


def _fields(dialog) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    items = [dialog.fields.item(i) for i in range(dialog.fields.count())]
    return [(str(i.data(Qt.ItemDataRole.UserRole)), i.checkState() == Qt.CheckState.Checked)
            for i in items]


def test_a_typed_extension_decides_the_format(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, example_store)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.export_to(tmp_path / "for the caterer.pdf")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert dialog.written == tmp_path / "for the caterer.pdf"
    assert dialog.written.read_bytes().startswith(b"%PDF")
    assert dialog.format.currentData() == "pdf"


def test_a_name_without_extension_gets_the_chosen_format(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, example_store)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.export_to(tmp_path / "roster")
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert dialog.written == tmp_path / "roster.xlsx"
    assert zipfile.is_zipfile(dialog.written)


def test_switching_audience_keeps_the_users_fields(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, example_store)
    keys = [k for k, _ in _fields(dialog)]
    # The user unticks Pronouns and drags Email to the top.
    dialog.fields.item(keys.index("pronouns")).setCheckState(Qt.CheckState.Unchecked)
    email = dialog.fields.takeItem(keys.index("email"))
    dialog.fields.insertItem(0, email)
    mine = _fields(dialog)
    assert mine[0] == ("email", True) and ("pronouns", False) in mine

    dialog.internal.setChecked(True)
    internal = dict(_fields(dialog))
    assert [k for k, _ in _fields(dialog)][0] == "email"
    assert internal["pronouns"] is False and internal["dietary_needs"] is True
    assert internal["jurisdiction"] is True  # ticked by the user's roster, kept

    dialog.participants.setChecked(True)
    assert _fields(dialog) == mine
    assert dialog.request().fields == tuple(k for k, on in mine if on)


def test_untouched_fields_follow_each_audiences_defaults(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, example_store)
    dialog.internal.setChecked(True)
    ticked = [k for k, on in _fields(dialog) if on]
    assert "dietary_needs" in ticked and "jurisdiction" not in ticked


def test_declined_is_offered_only_for_the_internal_roster(qtbot, example_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, example_store)
    index = next(i for i in range(dialog.scope.count())
                 if tuple(dialog.scope.itemData(i)) == ("session", 1))
    dialog.scope.setCurrentIndex(index)
    assert dialog.statuses.isEnabled()
    shown = {str(dialog.statuses.item(i).data(Qt.ItemDataRole.UserRole))
             for i in range(dialog.statuses.count()) if not dialog.statuses.item(i).isHidden()}
    assert "declined" not in shown and "registered" in shown
    dialog.internal.setChecked(True)
    assert not any(dialog.statuses.item(i).isHidden() for i in range(dialog.statuses.count()))


def test_the_confirmation_says_what_a_csv_marks(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, example_store)
    dialog.internal.setChecked(True)
    seen: list[str] = []

    def read_and_cancel(box: QMessageBox) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    for name in ("x.csv", "x.pdf", "x.xlsx"):
        errors = on_next_modal(read_and_cancel)
        assert dialog.export_to(tmp_path / name) is False and not errors
    csv_text, pdf_text, xlsx_text = seen
    assert "first line say CONFIDENTIAL" in csv_text and "every page" not in csv_text
    assert "top of every page say CONFIDENTIAL" in pdf_text
    assert "sheet name" in xlsx_text and "printed page" in xlsx_text
    assert not list(tmp_path.glob("x.*"))


def test_an_internal_xlsx_from_the_dialog_is_private_and_lists_everyone(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from cohortdesk.services import roster

    dialog = _dialog(qtbot, example_store)
    dialog.internal.setChecked(True)
    expected = roster.build_roster(example_store, dialog.request())

    def confirm(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Export confidential roster").click()

    errors = on_next_modal(confirm)
    folder = tmp_path / "exports"
    folder.mkdir()
    assert dialog.export_to(folder / "internal.xlsx") and not errors
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10000)
    assert stat.S_IMODE(dialog.written.stat().st_mode) == 0o600
    sheet = load_workbook(dialog.written, read_only=True).active
    rows = [tuple("" if v is None else v for v in row) for row in sheet.iter_rows(values_only=True)]
    assert sheet.title == "Roster (confidential)"
    assert rows[0] == expected.headers
    assert rows[1:] == [tuple("" if v is None else v for v in r) for r in expected.rows]
    assert [p.name for p in folder.iterdir()] == ["internal.xlsx"]  # nothing left beside it
