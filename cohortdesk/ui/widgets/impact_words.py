"""What a deletion also deletes, in the app's language: the core counts the rows by table
(services/impact.py `cascaded`), and a confirmation names them here ("3 sesiones")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, number

# Each table whose rows go with a deleted record: its words for one, and for {count}.
IMPACT = {
    "action_item": (QT_TRANSLATE_NOOP("Impact", "1 action item"),
                    QT_TRANSLATE_NOOP("Impact", "{count} action items")),
    "agenda_day": (QT_TRANSLATE_NOOP("Impact", "1 agenda day"),
                   QT_TRANSLATE_NOOP("Impact", "{count} agenda days")),
    "agenda_item": (QT_TRANSLATE_NOOP("Impact", "1 agenda item"),
                    QT_TRANSLATE_NOOP("Impact", "{count} agenda items")),
    "agenda_presenter": (QT_TRANSLATE_NOOP("Impact", "1 agenda presenter"),
                         QT_TRANSLATE_NOOP("Impact", "{count} agenda presenters")),
    "attendance_alias": (QT_TRANSLATE_NOOP("Impact", "1 remembered Zoom name"),
                         QT_TRANSLATE_NOOP("Impact", "{count} remembered Zoom names")),
    "breakout_member": (QT_TRANSLATE_NOOP("Impact", "1 breakout member"),
                        QT_TRANSLATE_NOOP("Impact", "{count} breakout members")),
    "breakout_rule": (QT_TRANSLATE_NOOP("Impact", "1 breakout rule"),
                      QT_TRANSLATE_NOOP("Impact", "{count} breakout rules")),
    "cohort_session": (QT_TRANSLATE_NOOP("Impact", "1 session"),
                       QT_TRANSLATE_NOOP("Impact", "{count} sessions")),
    "framework_result": (QT_TRANSLATE_NOOP("Impact", "1 framework result"),
                         QT_TRANSLATE_NOOP("Impact", "{count} framework results")),
    "membership": (QT_TRANSLATE_NOOP("Impact", "1 cohort membership"),
                   QT_TRANSLATE_NOOP("Impact", "{count} cohort memberships")),
    "note": (QT_TRANSLATE_NOOP("Impact", "1 note"), QT_TRANSLATE_NOOP("Impact", "{count} notes")),
    "person_merged": (QT_TRANSLATE_NOOP("Impact", "1 record of a merge"),
                      QT_TRANSLATE_NOOP("Impact", "{count} records of merges")),
    "preread": (QT_TRANSLATE_NOOP("Impact", "1 pre-read"),
                QT_TRANSLATE_NOOP("Impact", "{count} pre-reads")),
    "progress_update": (QT_TRANSLATE_NOOP("Impact", "1 progress update"),
                        QT_TRANSLATE_NOOP("Impact", "{count} progress updates")),
    "registration": (QT_TRANSLATE_NOOP("Impact", "1 registration"),
                     QT_TRANSLATE_NOOP("Impact", "{count} registrations")),
    "technical_assistance_request": (
        QT_TRANSLATE_NOOP("Impact", "1 technical assistance request"),
        QT_TRANSLATE_NOOP("Impact", "{count} technical assistance requests")),
    # Not deleted: an organization's people keep their records and lose only it.
    "organization_people": (QT_TRANSLATE_NOOP("Impact", "1 person loses their organization"),
                            QT_TRANSLATE_NOOP("Impact", "{count} people lose their organization")),
}


def impact_text(table: str, count: int) -> str:
    """"3 sessions" in the app's language; a table not listed is named as it is stored."""
    if table not in IMPACT:
        return f"{number(count)} {table.replace('_', ' ')}"
    one, many = IMPACT[table]
    if count == 1:
        return QCoreApplication.translate("Impact", one)
    return QCoreApplication.translate("Impact", many).format(count=number(count))
