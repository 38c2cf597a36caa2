"""A session's attendance counts as one line, in the app's language (the core's
SessionCounts.summary says it in English, for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.domain.attendance import RegistrationStatus, SessionCounts
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# A count of people with each status, worded whole: Spanish agrees the word with the count.
_BY_STATUS = {
    RegistrationStatus.INVITED: QT_TRANSLATE_NOOP("SessionCounts", "{n} invited"),
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("SessionCounts", "{n} registered"),
    RegistrationStatus.DECLINED: QT_TRANSLATE_NOOP("SessionCounts", "{n} declined"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("SessionCounts", "{n} waitlisted"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("SessionCounts", "{n} cancelled"),
}


def counts_text(counts: SessionCounts) -> str:
    """"13 invitados · 9 asistieron (8 presenciales, 1 a distancia) · 4 ausentes (1 justificadas)"."""
    parts = [translate("SessionCounts", _BY_STATUS[s]).format(n=counts.by_status[s.value])
             for s in RegistrationStatus if counts.by_status.get(s.value)]
    line = ", ".join(parts) or translate("SessionCounts", "No one invited yet")
    if counts.checked_in or counts.by_attendance or counts.joined_briefly:
        line += " · " + translate("SessionCounts",
                                  "{n} attended ({in_person} in person, {remote} remote)").format(
            n=counts.attended, in_person=counts.in_person, remote=counts.remote)
        if counts.absent:
            line += " · " + translate("SessionCounts", "{n} absent").format(n=counts.absent)
            if counts.excused:
                line += " " + translate("SessionCounts", "({n} excused)").format(n=counts.excused)
        if counts.joined_briefly:
            line += " · " + translate("SessionCounts", "{n} joined briefly").format(
                n=counts.joined_briefly)
        if counts.not_recorded:
            line += " · " + translate("SessionCounts", "{n} not recorded").format(
                n=counts.not_recorded)
    return line
