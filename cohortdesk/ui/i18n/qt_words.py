"""Words of Qt's own file dialog that Qt's Spanish catalogue (qtbase_es) lacks.

The dialog asks for them in Qt's contexts ("&Look in:" with its shortcut, where qtbase_es has
only "Look in:"), and any installed catalogue may answer, so ours carries them: a Spanish
user's Open and Save dialogs said "Look in:" and "Files of type:". Listed here only so that
`make translations` keeps them; nothing reads this tuple. (Its "Folder" type column is asked
for with a disambiguation lupdate cannot write from Python, so it stays English.)
"""

from __future__ import annotations

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
