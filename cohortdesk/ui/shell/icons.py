"""The app's icons: Lucide SVGs shipped in resources/icons/lucide, drawn in the palette's colour.

Lucide draws with `currentColor`; we substitute the palette's text colour when an icon is made,
so icons follow a dark theme, and render each size from the SVG, so they stay sharp at 125%,
150% and 200% scaling. Which action gets which icon is decided here, in one table, so the areas
register their commands without knowing about icons.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cohortdesk import paths

# Action id → Lucide icon name.
ACTION_ICONS: dict[str, str] = {
    "new": "user-plus", "edit": "pencil", "delete": "trash-2", "find": "search",
    "undo": "undo-2", "redo": "redo-2", "quit": "log-out",
    "new_workspace": "folder-plus", "open_workspace": "folder-open", "save_copy": "copy",
    "import_people": "file-up", "export_roster": "sheet", "export_calendar": "calendar-plus",
    "export_archive": "archive", "import_archive": "download", "catering_summary": "utensils",
    "checkin_mode": "user-check", "import_zoom": "file-up", "mark_absent": "list-checks",
    "attendance_record": "table", "next_steps": "list-checks", "export_minutes": "notebook-pen",
    "print_packet": "file-text", "print_badges": "id-card", "print_tents": "badge-check",
    "print_signin": "clipboard-check", "print_agenda": "calendar-days", "print": "printer",
    "results_overview": "chart-line", "technical_assistance": "hand-helping",
    "backups": "shield-check", "about": "info", "help": "circle-help",
    "view_people": "users", "view_organizations": "building-2", "view_cohorts": "users-round",
    "view_sessions": "calendar-days", "load_example": "eye",
    "sync_now": "refresh-cw", "sync_conflicts": "git-merge", "hub_settings": "settings",
}
SIZES = (16, 20, 24, 32, 48, 64)


def _folder() -> str:
    return str(paths.resources_dir() / "icons" / "lucide")


@functools.cache
def _svg(name: str) -> bytes:
    with open(f"{_folder()}/{name}.svg", "rb") as handle:
        return handle.read()


def _colour() -> str:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return str(app.palette().color(QPalette.ColorRole.WindowText).name())
    return "#202124"


@functools.cache
def _icon(name: str, colour: str) -> QIcon:
    data = QByteArray(_svg(name).replace(b"currentColor", colour.encode()))
    renderer = QSvgRenderer(data)
    icon = QIcon()
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def icon(name: str) -> QIcon:
    """The Lucide icon `name` in the current palette's text colour."""
    return _icon(name, _colour())


def icon_for_action(action_id: str) -> QIcon | None:
    name = ACTION_ICONS.get(action_id)
    return icon(name) if name else None
