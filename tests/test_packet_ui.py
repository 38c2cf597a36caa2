"""The packet dialog: tick and reorder sections, attach a pre-read, generate on the worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cohortdesk.services import prereads
from cohortdesk.store import Store
from cohortdesk.ui.features import packets as packets_feature
from cohortdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, example_store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(example_store)
    qtbot.addWidget(w)
    return w


def test_dialog_generates_the_sections_in_the_order_chosen(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "print_packet" in window._actions
    dialog = packets_feature.open_packet_dialog(window, 1)
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
    dialog = packets_feature.open_packet_dialog(window, 1)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.prereads.count() == 1
    assert dialog.prereads.item(0).text() == "Toolkit — 4 pages"
