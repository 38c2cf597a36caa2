"""Feature modules that add menus and actions to the main window. Each area appends one line.

Each module defines `install(window)`. Read `window.store` when an action runs (the workspace
can change), and refresh on `window.bus.changed`.
"""

FEATURES: list[str] = [
    "cohortdesk.ui.features.agenda",
    "cohortdesk.ui.features.attendance",
    "cohortdesk.ui.features.packets",
    "cohortdesk.ui.features.results",
    "cohortdesk.ui.features.safety",
    "cohortdesk.ui.features.about",
    "cohortdesk.ui.features.exchange",
]
