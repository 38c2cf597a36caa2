"""Starting the app: the main window paints its frame first, then opens the workspace, and the
start behaves as it always did (welcome page, the People view, undo across a restart, refusals
with their way forward). Driven through `start_window`, what `python -m cohortdesk` runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from cohortdesk.services import example, people
from cohortdesk.store import Store
from cohortdesk.ui.shell import recent, safety
from cohortdesk.ui.shell.app import make_application, start_window
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import damaged_with_a_backup, on_next_modal, restore_when_asked
from tests.workspace_helpers import from_a_newer_version


@pytest.fixture(autouse=True)
def _no_hooks_left() -> Iterator[None]:
    yield
    safety.uninstall_hooks()


def _start(qtbot, path: Path, *, read_only: bool = False) -> MainWindow:  # type: ignore[no-untyped-def]
    make_application()
    window = start_window(str(path), read_only)
    qtbot.addWidget(window)
    return window


def _opened(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.opening, timeout=20000)


def test_the_frame_shows_first_then_the_welcome_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    window = _start(qtbot, path)
    # Before its first paint the window already has its title, menus and sidebar, and says
    # calmly what it is doing.
    assert window.opening
    assert window.windowTitle() == "Equity — CohortDesk"
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Session", "&Tools", "&Help"]
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Cohorts", "People", "Organizations", "Sessions"]
    [label] = window.stack.currentWidget().findChildren(QLabel)
    assert label.text() == "Opening “Equity”…"
    assert not path.exists(), "the workspace opens only after the first paint"

    _opened(qtbot, window)
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.load_example.isEnabled()
    assert window.context.actions.action("import_people") is not None
    assert recent.recent_workspaces() == [path.resolve()]
    assert window.store.strict, "every write in the app goes through an operation"


def test_after_a_restart_the_people_show_and_ctrl_z_undoes_the_last_change(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    with Store.open(path) as store:
        example.load_example_network(store, today=example.example_as_of())
    window = _start(qtbot, path)
    _opened(qtbot, window)
    view = window.current_view()
    assert view is window.views["people"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 17, timeout=10000)
    assert window.undo_action.isEnabled()
    assert "Example" in window.undo_action.text()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: people.count_people(window.store) == 0, timeout=10000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=10000)


def test_a_read_only_start_says_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    Store.open(path).close()
    window = _start(qtbot, path, read_only=True)
    assert window.windowTitle() == "Equity (read-only) — CohortDesk"
    _opened(qtbot, window)
    assert window.store.read_only
    assert not window.welcome.load_example.isEnabled()


def test_a_newer_workspace_is_refused_plainly_and_left_untouched(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    before = from_a_newer_version(path)
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(box.text())
        box.close()

    errors = on_next_modal(read_and_close)
    window = _start(qtbot, path)
    with qtbot.waitSignal(window.open_failed, timeout=20000):
        pass
    assert not errors
    assert len(shown) == 1
    assert "newer version of CohortDesk" in shown[0]
    assert path.read_bytes() == before


def test_a_damaged_workspace_at_start_can_be_restored_from_its_backup(
        qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    damaged_with_a_backup(path)
    errors = restore_when_asked()
    window = _start(qtbot, path)
    _opened(qtbot, window)
    assert not errors
    assert people.count_people(window.store) == 17
    assert window.current_view() is window.views["people"]


def test_closing_while_the_workspace_opens_releases_it(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Equity.cohortdesk"
    Store.open(path).close()
    window = _start(qtbot, path)
    qtbot.waitUntil(lambda: window._opener is not None, timeout=10000)
    window.close()
    assert not window.opening
    # Closed cleanly: another CohortDesk (or this one, later) can open it for writing.
    with Store.open(path) as again:
        assert not again.read_only


def test_a_name_in_chinese_has_glyphs_once_the_workspace_opens(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a system with no font for Chinese or Japanese, the bundled one fills in: 王秀英 in
    the People list is drawn as its characters, not as boxes (glyph 0)."""
    from PySide6.QtGui import QFontDatabase, QTextLayout

    window = _start(qtbot, tmp_path / "Equity.cohortdesk")
    _opened(qtbot, window)
    assert "Droid Sans Fallback" in QFontDatabase.families()
    layout = QTextLayout("王秀英", window.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert len(glyphs) == 3 and 0 not in glyphs
