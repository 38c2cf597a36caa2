"""Words of Qt's own file dialog that Qt's Spanish catalogue (qtbase_es) lacks.

The dialog asks for them in Qt's contexts ("&Look in:" with its shortcut, where qtbase_es has
only "Look in:"), and any installed catalogue may answer, so ours carries them: a Spanish
user's Open and Save dialogs said "Look in:" and "Files of type:", and every folder's type
read "Folder". Listed here only so that `make translations` keeps them; nothing reads them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
)


def disambiguated_gaps() -> tuple[str, ...]:
    """The words Qt asks for with a disambiguation (a folder's type: "All other platforms",
    and on Windows "Match Windows Explorer"). lupdate writes a disambiguation only from a
    translate call, not from a marker, so these are calls; tests/test_ui_i18n.py runs them."""
    return (QCoreApplication.translate("QAbstractFileIconProvider", "Folder",
                                       "All other platforms"),
            QCoreApplication.translate("QAbstractFileIconProvider", "File Folder",
                                       "Match Windows Explorer"))
