"""When a CSV roster had to guard cells, the export dialog and the command line say how many,
why, and that XLSX keeps such values plain."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cohortdesk.cli import run
from cohortdesk.store import Store
from cohortdesk.ui.exchange import menus as exchange
from cohortdesk.ui.shell.main_window import MainWindow


def _guarded_in(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    return sum(1 for row in rows for cell in row if cell.startswith("'"))


def test_the_dialog_says_how_many_cells_were_guarded_and_why(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    dialog = exchange.open_roster(window.context)
    target = tmp_path / "roster.csv"
    assert dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    guarded = _guarded_in(target)
    assert guarded >= 1  # the example network has a phone number written "+1 …"
    cells = "1 cell" if guarded == 1 else f"{guarded} cells"
    assert dialog.notice.startswith(f"{cells} (Phone)")
    assert "formula" in dialog.notice and "XLSX" in dialog.notice
    assert dialog.notice in dialog.done_box.text()
    names = {b.objectName() for b in dialog.done_box.buttons()}
    assert {"openFile", "showInFolder"} <= names


def test_an_xlsx_roster_needs_no_guard_and_says_nothing(  # type: ignore[no-untyped-def]
    qtbot, example_store: Store, tmp_path: Path
) -> None:
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    dialog = exchange.open_roster(window.context)
    target = tmp_path / "roster.xlsx"
    assert dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.notice == ""
    assert "XLSX" not in dialog.done_box.text()
    sheet = load_workbook(target).active
    values = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(v.startswith("+") for v in values)  # kept plain, no apostrophe
    assert not any(v.startswith("'+") for v in values)


def test_the_command_line_says_it_too(example_store: Store, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    ws = str(example_store.path)
    example_store.close()
    target = tmp_path / "r.csv"
    assert run(["roster", "export", "--cohort", "1", "-o", str(target), "--workspace", ws]) == 0
    out = capsys.readouterr().out
    guarded = _guarded_in(target)
    assert guarded >= 1
    assert f"{'1 cell' if guarded == 1 else f'{guarded} cells'} (Phone)" in out
    assert "Export as XLSX" in out
    assert run(["roster", "export", "--cohort", "1", "-o", str(tmp_path / "r.xlsx"),
                "--workspace", ws]) == 0
    assert "apostrophe" not in capsys.readouterr().out
