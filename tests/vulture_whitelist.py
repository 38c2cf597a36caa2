# ruff: noqa
"""Names vulture reports as unused that are used where it cannot see (make lint's dead-code check).

Each group says why. Anything vulture reports that is not here is dead code: remove it.
"""

# Enum members and dataclass fields: stored in the workspace and read back by value.
WELCOME, DISCUSSION, REFLECTION, COUNTY, STATE_AGENCY, REGIONAL_BODY, NONPROFIT, FOUNDATION
ALUMNI, SITE_VISIT, WORKSHOP, PAUSED, APART
arabic, arabic_bold, cjk, body_bold, centered, meeting_id, ignored_columns, owner_organization
flagship_cohort_id, _.flagship_cohort_id, last_batch, last_seen, applied, _.applied, merged_id
LANGUAGE_NAMES  # the document languages by name, for the language choices in the app
start_field  # check_order(start_field, start, end_field, end): the pair names both fields

# ORM models of the sync tables, read and written through SQL in store/sync.py.
SyncRow, SyncState, SyncOutbox, SyncLog, SyncNode, SyncConflict

# Attributes set on library objects, which read them.
_.unraisablehook, _.page_mode, _.text_factory, _.isolation_level, _.last_error, _.optionxform

# Called by a library: SQLAlchemy event listeners, Qt overrides, the self-test's named checks.
_on_connect, _on_begin
_.sizeHint, _.paintEvent, _.supportedDropActions, _.mimeTypes, _.dropMimeData
_.contextMenuEvent, _.print_action  # a Qt override; the preview's action, kept with its window
_.dragMoveEvent, _.dropEvent  # Qt overrides: the breakout groups take people dragged in
_.itemAt, _.expandingDirections, _.hasHeightForWidth  # QLayout overrides: the flow layout

# Read by pyside6-lupdate, not by Python: the core's labels and the licence list's groups,
# marked for the Spanish catalogue where they are declared and translated where shown.
LABELS, KINDS, QT_GAPS
check_qt, check_licences, check_print

# The journal's readers: each person's history and the change set's field values.
_.history, row_changes
# The hub password into the OS keyring, for the app's hub settings.
save_password

# A stand-in keyring backend in the sync tests: the keyring package reads these names.
priority, _.delete_password, restore_keyring

# The People list's search keys: an ORM model whose columns are read and written through SQL,
# and the hub log's sequence column.
PersonSearch, preferred_key, pronouns_key, title_key, organization_key, jurisdiction_key
email_key, phone_key, consent_key, seq
