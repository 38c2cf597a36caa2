"""The app's look in one place: palette, spacing and type scale, light and dark.

Spacing is on an 8-pixel grid (`SPACE`), text on a short scale (`TYPE`). The colours come in
two sets; the app follows the system's colour scheme (Qt's `styleHints().colorScheme()`, or a
dark window colour where the platform does not say) and switches when the system does.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cohortdesk import paths

# The 8-pixel grid: the margins and gaps the layouts use.
SPACE = {"xs": 4, "s": 8, "m": 16, "l": 24, "xl": 32}
# The type scale, in pixels: body text, a view's title, the welcome page's title.
TYPE = {"small": 11, "body": 13, "nav": 14, "title": 18, "hero": 26}


@dataclass(frozen=True)
class Palette:
    sidebar: str
    sidebar_text: str
    sidebar_selected: str
    sidebar_hover: str
    accent: str
    heading: str
    muted: str
    grid: str
    header: str
    header_rule: str
    selection: str
    selection_text: str


LIGHT = Palette(sidebar="#1f3a4d", sidebar_text="#e8eef2", sidebar_selected="#2d5470",
                sidebar_hover="#284a62", accent="#f2b134", heading="#1f3a4d", muted="#444444",
                grid="#e3e7ea", header="#f3f5f7", header_rule="#d5dbe0", selection="#cfe3f2",
                selection_text="#000000")
DARK = Palette(sidebar="#15232d", sidebar_text="#dde6ec", sidebar_selected="#2a4a60",
               sidebar_hover="#20384a", accent="#f2b134", heading="#cfe3f2", muted="#b8c2c9",
               grid="#3a444c", header="#2a3138", header_rule="#45505a", selection="#2f5a78",
               selection_text="#ffffff")


def stylesheet(p: Palette) -> str:
    s, t = SPACE, TYPE
    return f"""
QListWidget#sidebar {{ background: {p.sidebar}; color: {p.sidebar_text}; border: none;
                      font-size: {t['nav']}px; padding-top: {s['s'] + 2}px; outline: none; }}
QListWidget#sidebar::item {{ padding: {s['xs'] + 2}px {s['m'] - 2}px;
                            border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: {p.sidebar_selected}; color: white;
                                     border-left: 3px solid {p.accent}; }}
QListWidget#sidebar::item:hover:!selected {{ background: {p.sidebar_hover}; }}
QLabel#viewTitle {{ font-size: {t['title']}px; font-weight: 600; color: {p.heading}; }}
QLabel#welcomeTitle {{ font-size: {t['hero']}px; font-weight: 600; color: {p.heading}; }}
QLabel#welcomeText {{ font-size: {t['nav']}px; color: {p.muted}; }}
QTableView {{ gridline-color: {p.grid}; selection-background-color: {p.selection};
             selection-color: {p.selection_text}; }}
QHeaderView::section {{ background: {p.header}; padding: {s['xs']}px {s['xs'] + 2}px; border: none;
                       border-bottom: 1px solid {p.header_rule}; font-weight: 600; }}
QLineEdit {{ padding: {s['xs']}px {s['xs'] + 2}px; }}
"""


def is_dark(app: QGuiApplication) -> bool:
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    """Style the app for the system's colour scheme now, and again whenever it changes."""
    def restyle(*_args: object) -> None:
        app.setStyleSheet(stylesheet(DARK if is_dark(app) else LIGHT))

    restyle()
    if not app.property("cohortdesk_follows_scheme"):  # once per application
        app.setProperty("cohortdesk_follows_scheme", True)
        app.styleHints().colorSchemeChanged.connect(restyle)


# The font the documents use for Chinese, Japanese and Korean (documents/fonts.py, which
# loads reportlab and so is not imported on the way to the first paint).
FALLBACK_FONT = "DroidSansFallbackFull.ttf"


@functools.cache  # loaded once per run
def add_fallback_font() -> bool:
    """Let the window fall back on the bundled CJK font, so that a name such as 王秀英 reads
    as itself, not as boxes, on a system with no font for it (a Linux laptop without Noto
    CJK). It takes about 8 ms to load, so the app adds it after its first paint, before the
    workspace's lists fill. True once the font is among the app's."""
    path = paths.resources_dir() / "fonts" / FALLBACK_FONT
    return path.exists() and QFontDatabase.addApplicationFont(str(path)) >= 0
