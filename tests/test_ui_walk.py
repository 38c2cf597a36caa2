"""Every view and session tab, at 1366×768 and at the window's minimum size: no visible label or
button text is cut, and no default list column starts past the right edge."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTableView, QWidget

from cohortdesk.store import Store
from cohortdesk.ui.shell.main_window import VIEW_ORDER, MainWindow
from tests.qt_helpers import show_active


def _cut_texts(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons whose text is wider than the space they were given."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if (not text or widget.wordWrap() or "<" in text or "\n" in text
                    or widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            margins = widget.contentsMargins()
            room = widget.width() - margins.left() - margins.right() - 2 * widget.margin()
            need = widget.fontMetrics().horizontalAdvance(text.replace("&&", "&").replace("&", ""))
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if not text:
                continue
            room = widget.width()
            need = widget.fontMetrics().horizontalAdvance(text) + (12 if widget.icon().isNull() else 0)
            if widget.sizeHint().width() <= widget.width():
                continue
        else:
            continue
        if need > room + 1:
            problems.append(f"{type(widget).__name__} “{text}”: {need} px in {room} px")
    return problems


def _columns_past_the_edge(root: QWidget) -> list[str]:
    problems = []
    for table in root.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        right = table.viewport().width()
        model = table.model()
        for col in range(model.columnCount()):
            if not table.isColumnHidden(col) and table.columnViewportPosition(col) + 24 > right:
                problems.append(f"{table.accessibleName()}: column {col} starts past the edge")
    return problems


@pytest.mark.parametrize("size", ["laptop", "minimum"])
def test_nothing_is_cut_in_any_view_or_session_tab(qtbot: Any, example_store: Store,
                                                   size: str) -> None:
    example_store.strict = True
    window = MainWindow(example_store)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    if size == "laptop":
        window.resize(1366, 768)
    else:
        window.resize(window.minimumSize())
    qtbot.wait(50)
    problems: list[str] = []
    for key in VIEW_ORDER:
        view = window.show_view(key)
        qtbot.waitUntil(lambda view=view: view.model.rowCount() > 0)
        qtbot.wait(30)
        problems += [f"{key}: {p}" for p in _cut_texts(window)]
        if size == "laptop":
            problems += [f"{key}: {p}" for p in _columns_past_the_edge(view)]
    page = window.views["sessions"].detail
    for index in range(page.count()):
        page.setCurrentIndex(index)
        qtbot.wait(30)
        problems += [f"session tab {page.tabText(index)}: {p}" for p in _cut_texts(window)]
    assert problems == []


def test_the_check_sees_a_cut_label_and_a_cut_button(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    label = QLabel("Jun 26, 2026 (overdue)")
    button = QPushButton("Mark everyone not checked in absent")
    label.setFixedWidth(40)
    button.setFixedWidth(60)
    row.addWidget(label)
    row.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    found = _cut_texts(holder)
    assert len(found) == 2 and "overdue" in found[0] and "absent" in found[1]
