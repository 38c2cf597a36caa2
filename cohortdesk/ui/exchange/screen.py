"""Dialogs open at a comfortable size, but never larger than the screen they open on (a
1366×768 laptop with a panel leaves about 1366×728 for a window and its title bar)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # room for the window manager's title bar and frame


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to width × height, or to what its screen has room for."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 16)
        height = min(height, room.height() - TITLE_BAR)
    widget.resize(width, height)
