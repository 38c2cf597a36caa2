"""Modules that add an area's commands to the menus. Each area appends one line.

Each module defines `install(context)` and registers its commands with `context.actions`
(ui/shell/actions.py); the shell builds the menu bar once all of them have run. Read
`context.store` when a command runs (the workspace can change), and refresh on
`context.bus.changed`.
"""

FEATURES: list[str] = [
    "cohortdesk.ui.sessions.agenda_menus",
    "cohortdesk.ui.sessions.attendance_menus",
    "cohortdesk.ui.sessions.breakouts_menus",
    "cohortdesk.ui.print.menus",
    "cohortdesk.ui.results.menus",
    "cohortdesk.ui.shell.safety",
    "cohortdesk.ui.shell.about",
    "cohortdesk.ui.exchange.menus",
    "cohortdesk.ui.people.duplicates",
    "cohortdesk.ui.sync.menus",
]
