"""A session's attendance counts as one line, in the app's language (the core's
SessionCounts.summary says it in English, for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.domain.attendance import (
    AttendanceSource,
    KeptMark,
    RegistrationStatus,
    SessionCounts,
)
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


# Where a mark that an action left alone came from (domain.attendance.mark_origin).
_MARKED_HOW = {
    AttendanceSource.MANUAL: QT_TRANSLATE_NOOP("KeptMark", "kept: marked {state} by hand"),
    AttendanceSource.SHEET: QT_TRANSLATE_NOOP("KeptMark",
                                              "kept: marked {state} from the sign-in sheet"),
    AttendanceSource.BULK: QT_TRANSLATE_NOOP("KeptMark", "kept: marked {state} by a bulk action"),
    AttendanceSource.ZOOM: QT_TRANSLATE_NOOP("KeptMark", "kept: marked {state} from a Zoom report"),
    AttendanceSource.IMPORT: QT_TRANSLATE_NOOP("KeptMark", "kept: marked {state} by an import"),
    AttendanceSource.MARKED_ABSENT: QT_TRANSLATE_NOOP(
        "KeptMark", "kept: marked {state} when everyone not checked in was marked"),
}


def kept_text(kept: KeptMark) -> str:
    """"kept: checked in at the door 9:04" in the app's language (KeptMark.text)."""
    clock = next((f"{t.hour}:{t.minute:02d}" for t in (kept.checked_in_at, kept.marked_at)
                  if t is not None), "")
    source = AttendanceSource(kept.source) if kept.source else None
    if source is AttendanceSource.CHECK_IN:
        if not clock:
            return translate("KeptMark", "kept: checked in at the door")
        return translate("KeptMark", "kept: checked in at the door {time}").format(time=clock)
    label = translate("AttendanceState", kept.state.label)
    if source is None:
        return translate("KeptMark", "kept: {state}").format(state=label)
    state = label.lower()
    text = translate("KeptMark", _MARKED_HOW[source]).format(state=state)
    marked = kept.marked_at
    return f"{text} {marked.hour}:{marked.minute:02d}" if marked is not None else text


def matrix_counts_text(attended: int, absent: int, brief: int, recorded: int) -> str:
    """A session's column in the attendance record: "14 came, 2 absent, 1 brief", as
    SessionAttendance.counts_text says it in English."""
    if not recorded:
        return translate("KeptMark", "not recorded")
    text = translate("KeptMark", "{came} came, {absent} absent").format(came=attended,
                                                                       absent=absent)
    return text + (translate("KeptMark", ", {brief} brief").format(brief=brief) if brief else "")
