"""A session's attendance counts as one line, in the app's language (the core's
SessionCounts.summary says it in English, for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.domain.attendance import RegistrationStatus, SessionCounts
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# A count of people with each status, worded whole, one and many apart: Spanish agrees the
# word with the count ("1 invitado", "10 invitados").
_BY_STATUS = {
    RegistrationStatus.INVITED: (QT_TRANSLATE_NOOP("SessionCounts", "1 invited"),
                                 QT_TRANSLATE_NOOP("SessionCounts", "{n} invited")),
    RegistrationStatus.REGISTERED: (QT_TRANSLATE_NOOP("SessionCounts", "1 registered"),
                                    QT_TRANSLATE_NOOP("SessionCounts", "{n} registered")),
    RegistrationStatus.DECLINED: (QT_TRANSLATE_NOOP("SessionCounts", "1 declined"),
                                  QT_TRANSLATE_NOOP("SessionCounts", "{n} declined")),
    RegistrationStatus.WAITLISTED: (QT_TRANSLATE_NOOP("SessionCounts", "1 waitlisted"),
                                    QT_TRANSLATE_NOOP("SessionCounts", "{n} waitlisted")),
    RegistrationStatus.CANCELLED: (QT_TRANSLATE_NOOP("SessionCounts", "1 cancelled"),
                                   QT_TRANSLATE_NOOP("SessionCounts", "{n} cancelled")),
}
_ATTENDED = (QT_TRANSLATE_NOOP("SessionCounts", "1 attended ({in_person} in person, {remote} remote)"),
             QT_TRANSLATE_NOOP("SessionCounts",
                               "{n} attended ({in_person} in person, {remote} remote)"))
_ABSENT = (QT_TRANSLATE_NOOP("SessionCounts", "1 absent"),
           QT_TRANSLATE_NOOP("SessionCounts", "{n} absent"))
_EXCUSED = (QT_TRANSLATE_NOOP("SessionCounts", "(1 excused)"),
            QT_TRANSLATE_NOOP("SessionCounts", "({n} excused)"))
_BRIEFLY = (QT_TRANSLATE_NOOP("SessionCounts", "1 joined briefly"),
            QT_TRANSLATE_NOOP("SessionCounts", "{n} joined briefly"))
_NOT_RECORDED = (QT_TRANSLATE_NOOP("SessionCounts", "1 not recorded"),
                 QT_TRANSLATE_NOOP("SessionCounts", "{n} not recorded"))


def _count(n: int, words: tuple[str, str], **values: int) -> str:
    return translate("SessionCounts", words[0] if n == 1 else words[1]).format(n=n, **values)


def counts_text(counts: SessionCounts) -> str:
    """"10 invitados, 1 inscrito · 9 asistieron (8 presenciales, 1 a distancia) · …"."""
    parts = [_count(counts.by_status[s.value], _BY_STATUS[s])
             for s in RegistrationStatus if counts.by_status.get(s.value)]
    line = ", ".join(parts) or translate("SessionCounts", "No one invited yet")
    if counts.checked_in or counts.by_attendance or counts.joined_briefly:
        line += " · " + _count(counts.attended, _ATTENDED, in_person=counts.in_person,
                               remote=counts.remote)
        if counts.absent:
            line += " · " + _count(counts.absent, _ABSENT)
            if counts.excused:
                line += " " + _count(counts.excused, _EXCUSED)
        if counts.joined_briefly:
            line += " · " + _count(counts.joined_briefly, _BRIEFLY)
        if counts.not_recorded:
            line += " · " + _count(counts.not_recorded, _NOT_RECORDED)
    return line
