"""Help > About: version, folders, and the licences of what the app ships."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cohortdesk import __version__
from cohortdesk.store import Store
from cohortdesk.ui.shell import about
from cohortdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store: Store) -> MainWindow:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    return w


def _open_about(qtbot, window: MainWindow) -> about.AboutDialog:  # type: ignore[no-untyped-def]
    window.context.actions.action("about").trigger()
    window.context.actions.action("about").trigger()  # a second click brings the same dialog forward
    dialogs = [d for d in window.findChildren(about.AboutDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_help_menu_opens_about_with_version_workspace_and_data_folder(
        qtbot, window: MainWindow, store: Store, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text().replace("&", "") for a in window.context.actions.menu("help").actions()]
    assert "About CohortDesk" in texts

    dialog = _open_about(qtbot, window)

    assert __version__ in dialog.findChild(type(dialog.values["Workspace"]), "aboutTitle").text()
    assert dialog.values["Workspace"].text() == str(store.path)
    assert dialog.values["Data folder"].text() == str(isolated_home / "data")
    assert "source tree" in dialog.values["Running from"].text()


def test_licences_list_the_bundled_fonts_and_the_main_libraries(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(qtbot, window)
    shown = {c.name: c for c in dialog.components}

    assert shown["Noto Sans"].licence == "SIL Open Font License 1.1"
    assert shown["Droid Sans Fallback"].licence == "Apache License 2.0"
    for library in ("Qt", "Qt for Python (PySide6)", "SQLAlchemy", "Alembic", "ReportLab"):
        assert library in shown, library
    assert shown["Qt"].licence == "LGPL-3.0"

    dialog.select("Qt")
    text = dialog.licence.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "may be replaced" in text
    dialog.select("Noto Sans")
    assert "Open Font License" in dialog.licence.toPlainText()
    dialog.select("SQLAlchemy")
    assert "Permission is hereby granted" in dialog.licence.toPlainText()


def test_every_font_in_resources_is_listed_with_a_licence_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    fonts = about.font_components()

    assert fonts, "resources/fonts has no fonts"
    listed = sum(len(c.note.removeprefix("Styles: ").split(", ")) for c in fonts)
    assert listed == len(list((about.paths.resources_dir() / "fonts").glob("*.[ot]tf")))
    for component in fonts:
        assert component.licence_files, f"{component.name} has no licence file"
        assert component.licence not in ("", "licence file missing")


def test_a_font_shipped_without_its_licence_says_so(tmp_path: Path) -> None:
    (tmp_path / "Lato-Regular.ttf").write_bytes(b"\0")

    [component] = about.font_components(tmp_path)

    assert component.name == "Lato"
    assert component.licence == "licence file missing"
    assert "not included" in about.licence_text(component)


def test_copy_details_puts_version_and_workspace_on_the_clipboard(
        qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = _open_about(qtbot, window)

    dialog.copy_button.click()

    copied = QApplication.clipboard().text()
    assert f"CohortDesk {__version__}" in copied
    assert f"Workspace: {store.path}" in copied
    assert "Data folder:" in copied
    assert dialog.copy_button.text() == "Copied"


def test_read_only_workspace_is_marked(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = about.AboutDialog(store.path, read_only=True)
    qtbot.addWidget(dialog)

    assert dialog.values["Workspace"].text().endswith("(read-only)")
