"""The packet dialog: tick and reorder sections, attach a pre-read, generate on the worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from cohortdesk.services import prereads
from cohortdesk.store import Store
from cohortdesk.ui.print import menus as packets_feature
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import wait_for_ops


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


def test_dialog_generates_the_sections_in_the_order_chosen(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "print_packet" in window.context.actions
    dialog = packets_feature.open_packet_dialog(window.context, 1)
    qtbot.waitUntil(dialog.isVisible)
    keep = {"cover", "roster", "agenda"}
    for row in range(dialog.sections.count()):
        item = dialog.sections.item(row)
        if item.data(Qt.ItemDataRole.UserRole) not in keep:
            item.setCheckState(Qt.CheckState.Unchecked)
    # Move "Participants" above "Agenda", as a drag in the list does.
    keys = [dialog.sections.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(dialog.sections.count())]
    item = dialog.sections.takeItem(keys.index("roster"))
    dialog.sections.insertItem(keys.index("agenda"), item)
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    out = tmp_path / "packet.pdf"
    dialog.output.setText(str(out))
    assert dialog.options().sections == ("cover", "roster", "agenda")
    qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.exists(), timeout=20000)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                    or window.findChild(QMessageBox, "printDone") is not None, timeout=20000)
    reader = PdfReader(out)
    assert [o.title for o in reader.outline] == ["Participants", "Agenda"]
    assert abs(float(reader.pages[0].mediabox.height) - 841.89) < 1  # A4


def test_attached_prereads_are_listed(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                     tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "packet_samples", Path(__file__).parent / "data" / "packets" / "make_data.py")
    assert spec and spec.loader
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    pdf = tmp_path / "Toolkit.pdf"
    pdf.write_bytes(samples.pdf_bytes("Toolkit", 4))
    prereads.add_preread(window.store, 1, pdf)
    dialog = packets_feature.open_packet_dialog(window.context, 1)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.prereads.count() == 1
    assert dialog.prereads.item(0).text() == "Toolkit — 4 pages"


def _samples():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "packet_samples", Path(__file__).parent / "data" / "packets" / "make_data.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_prereads_move_up_and_down_in_the_dialog(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    samples = _samples()
    ids = []
    for label in ("Toolkit", "Budget", "Glossary"):
        pdf = tmp_path / f"{label}.pdf"
        pdf.write_bytes(samples.pdf_bytes(label, 1))
        ids.append(prereads.add_preread(window.store, 1, pdf))
    dialog = packets_feature.open_packet_dialog(window.context, 1)
    qtbot.waitUntil(dialog.isVisible)

    def shown() -> list[str]:
        return [dialog.prereads.item(r).text().split(" — ")[0]
                for r in range(dialog.prereads.count())]

    dialog.prereads.setCurrentRow(0)
    assert not dialog.preread_up.isEnabled() and dialog.preread_down.isEnabled()
    dialog.prereads.setCurrentRow(2)
    assert dialog.preread_up.isEnabled() and not dialog.preread_down.isEnabled()
    qtbot.mouseClick(dialog.preread_up, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert shown() == ["Toolkit", "Glossary", "Budget"]
    assert [p.id for p in prereads.list_prereads(window.store, 1)] == [ids[0], ids[2], ids[1]]
    assert dialog.prereads.currentRow() == 1  # the moved pre-read stays selected
    qtbot.mouseClick(dialog.preread_up, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert shown() == ["Glossary", "Toolkit", "Budget"]
    qtbot.mouseClick(dialog.preread_down, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert shown() == ["Toolkit", "Glossary", "Budget"]
    assert window.store.undo_label() == "Move Pre-read Glossary"
    window.store.undo()
    assert [p.title for p in prereads.list_prereads(window.store, 1)] == [
        "Glossary", "Toolkit", "Budget"]


@pytest.mark.parametrize("action", ["print_tents", "print_signin", "print_agenda"])
def test_tents_sign_in_and_agenda_follow_the_paper_setting(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path, action: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Paper is one setting (Print › Paper size), asked nowhere else; the document opens in
    Print Preview, and Save as PDF… writes it."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

    from cohortdesk.ui.print.preview import PrintPreviewDialog

    asked: list[tuple[str, list[str]]] = []

    def get_item(parent, title, label, items, current=0, editable=True):  # type: ignore[no-untyped-def]
        asked.append((label, list(items)))
        return items[0], True  # the first session

    out = tmp_path / f"{action}.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "PDF (*.pdf)")))
    window.context.actions.action("paper_a4").trigger()
    assert window.context.actions.action("paper_a4").isChecked()
    window.context.actions.action(action).trigger()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "printPreview") is not None,
                    timeout=20000)
    preview = window.findChild(QDialog, "printPreview")
    assert isinstance(preview, PrintPreviewDialog)
    assert "A4" in preview.about.text()
    assert preview.page_count() == len(PdfReader(preview.pages.path).pages)
    preview.findChild(QAction, "savePdf").trigger()
    assert out.exists()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "printDone") is not None,
                    timeout=20000)
    assert all(label != "Paper:" for label, _items in asked)
    page = PdfReader(out).pages[0]
    assert {round(float(page.mediabox.width)), round(float(page.mediabox.height))} == {595, 842}


def test_dialog_says_which_sections_are_empty_and_left_out(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    dialog = packets_feature.open_packet_dialog(window.context, 1)
    qtbot.waitUntil(dialog.isVisible)
    note = dialog.empty_note.text()
    assert dialog.empty_note.isVisible()
    assert "Next steps" in note and "Pre-reads" in note and "Agenda" not in note
    pdf = tmp_path / "Toolkit.pdf"
    pdf.write_bytes(_samples().pdf_bytes("Toolkit", 1))
    prereads.add_preread(window.store, 1, pdf)
    dialog._load_prereads()
    assert "Pre-reads" not in dialog.empty_note.text()
