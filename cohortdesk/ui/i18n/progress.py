"""The core's progress words, in the app's language.

Services and documents report progress in English ("Reading the roster", "Archiving
person"): the core has no Qt and no UI language. The progress dialog shows them through
`progress_text`, which looks them up here. tests/test_progress_words.py reads the core's source
and fails on a progress label that is neither listed here nor matched by a pattern, so a new
one cannot go out untranslated. What matches neither (a participant's name while a Zoom report
is matched, a document's own words, already in the document's language) is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

LABELS = frozenset({
    QT_TRANSLATE_NOOP("Progress", "Adding pre-reads"),
    QT_TRANSLATE_NOOP("Progress", "Agenda"),
    QT_TRANSLATE_NOOP("Progress", "Badges"),
    QT_TRANSLATE_NOOP("Progress", "Checking rows"),
    QT_TRANSLATE_NOOP("Progress", "Comparing organizations"),
    QT_TRANSLATE_NOOP("Progress", "Comparing people"),
    QT_TRANSLATE_NOOP("Progress", "Connecting to the hub"),
    QT_TRANSLATE_NOOP("Progress", "Done"),
    QT_TRANSLATE_NOOP("Progress", "Importing people"),
    QT_TRANSLATE_NOOP("Progress", "Laying out the packet"),
    QT_TRANSLATE_NOOP("Progress", "Matching participants"),
    QT_TRANSLATE_NOOP("Progress", "Reading rows"),
    QT_TRANSLATE_NOOP("Progress", "Reading the roster"),
    QT_TRANSLATE_NOOP("Progress", "Reading the session"),
    QT_TRANSLATE_NOOP("Progress", "Receiving changes"),
    QT_TRANSLATE_NOOP("Progress", "Saving"),
    QT_TRANSLATE_NOOP("Progress", "Sending changes"),
    QT_TRANSLATE_NOOP("Progress", "Sign-in sheet"),
    QT_TRANSLATE_NOOP("Progress", "Sorting the roster"),
    QT_TRANSLATE_NOOP("Progress", "Table tents"),
    QT_TRANSLATE_NOOP("Progress", "Writing rows"),
})

# Labels with a name in them: the English pattern, and the words to translate around the name.
PATTERNS = (
    (re.compile(r"Archiving (?P<name>.+)"), QT_TRANSLATE_NOOP("Progress", "Archiving {name}")),
    (re.compile(r"Restoring (?P<name>.+)"), QT_TRANSLATE_NOOP("Progress", "Restoring {name}")),
    (re.compile(r"Pre-read (?P<name>.+)"), QT_TRANSLATE_NOOP("Progress", "Pre-read {name}")),
)


def progress_text(text: str) -> str:
    """`text`, a progress label from the core, in the app's language."""
    if text in LABELS:
        return QCoreApplication.translate("Progress", text)
    for pattern, words in PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return QCoreApplication.translate("Progress", words).format(name=found["name"])
    return text
