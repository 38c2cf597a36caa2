"""Feature modules that add menus and actions to the main window. Each area appends one line.

Each module defines `install(window)`. Read `window.store` when an action runs (the workspace
can change), and refresh on `window.bus.changed`.
"""

FEATURES: list[str] = [
    "cohortdesk.ui.sessions.agenda_menus",
    "cohortdesk.ui.sessions.attendance_menus",
    "cohortdesk.ui.print.menus",
    "cohortdesk.ui.results.menus",
    "cohortdesk.ui.shell.safety",
    "cohortdesk.ui.shell.about",
    "cohortdesk.ui.exchange.menus",
]
