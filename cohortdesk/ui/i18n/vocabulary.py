"""The core's words that the UI shows: list column headings and the labels of the domain's
fixed vocabularies (OrganizationKind.CITY.label is "City"). The core is Qt-free and English;
the UI translates these where it shows them, with `column(name)` and `label(member)`.

Each label is translated in the context of its enum, so Spanish can agree in gender ("Planned":
a session is "Planificada", a strategy "Planificada" too, an action item "Hecho" but a strategy
"Hecha"). tests/test_ui_i18n.py fails when a column or label of the core is missing here.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QCoreApplication

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Baseline"),
    QT_TRANSLATE_NOOP("Columns", "City"),
    QT_TRANSLATE_NOOP("Columns", "Closed"),
    QT_TRANSLATE_NOOP("Columns", "Closed in"),
    QT_TRANSLATE_NOOP("Columns", "Cohort"),
    QT_TRANSLATE_NOOP("Columns", "Description"),
    QT_TRANSLATE_NOOP("Columns", "Due"),
    QT_TRANSLATE_NOOP("Columns", "Email"),
    QT_TRANSLATE_NOOP("Columns", "Ends"),
    QT_TRANSLATE_NOOP("Columns", "Expected today"),
    QT_TRANSLATE_NOOP("Columns", "Format"),
    QT_TRANSLATE_NOOP("Columns", "Indicator"),
    QT_TRANSLATE_NOOP("Columns", "Jurisdiction"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Latest"),
    QT_TRANSLATE_NOOP("Columns", "Member"),
    QT_TRANSLATE_NOOP("Columns", "Members"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Need"),
    QT_TRANSLATE_NOOP("Columns", "Notes"),
    QT_TRANSLATE_NOOP("Columns", "Organization"),
    QT_TRANSLATE_NOOP("Columns", "Overdue"),
    QT_TRANSLATE_NOOP("Columns", "Owner"),
    QT_TRANSLATE_NOOP("Columns", "Partner"),
    QT_TRANSLATE_NOOP("Columns", "People"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "Preferred"),
    QT_TRANSLATE_NOOP("Columns", "Program"),
    QT_TRANSLATE_NOOP("Columns", "Pronouns"),
    QT_TRANSLATE_NOOP("Columns", "Raised in"),
    QT_TRANSLATE_NOOP("Columns", "Requested"),
    QT_TRANSLATE_NOOP("Columns", "Sessions"),
    QT_TRANSLATE_NOOP("Columns", "Shares contact"),
    QT_TRANSLATE_NOOP("Columns", "Started"),
    QT_TRANSLATE_NOOP("Columns", "Starts"),
    QT_TRANSLATE_NOOP("Columns", "State / region"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Target"),
    QT_TRANSLATE_NOOP("Columns", "Time zone"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
)

LABELS = (
    QT_TRANSLATE_NOOP("AgendaItemKind", "Welcome"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Presentation"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Panel"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Discussion"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Breakout"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Break"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Meal"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Reflection"),
    QT_TRANSLATE_NOOP("AgendaItemKind", "Other"),
    QT_TRANSLATE_NOOP("PresenterRole", "Presenter"),
    QT_TRANSLATE_NOOP("PresenterRole", "Facilitator"),
    QT_TRANSLATE_NOOP("PresenterRole", "Moderator"),
    QT_TRANSLATE_NOOP("PresenterRole", "Panelist"),
    QT_TRANSLATE_NOOP("NoteKind", "Minutes"),
    QT_TRANSLATE_NOOP("NoteKind", "Observation"),
    QT_TRANSLATE_NOOP("NoteKind", "Decision"),
    QT_TRANSLATE_NOOP("NoteKind", "Reflection"),
    QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Invited"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Registered"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Declined"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Waitlisted"),
    QT_TRANSLATE_NOOP("RegistrationStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("AttendanceState", "Present"),
    QT_TRANSLATE_NOOP("AttendanceState", "Late"),
    QT_TRANSLATE_NOOP("AttendanceState", "Left early"),
    QT_TRANSLATE_NOOP("AttendanceState", "Absent (excused)"),
    QT_TRANSLATE_NOOP("AttendanceState", "Absent (unexcused)"),
    QT_TRANSLATE_NOOP("AttendanceMode", "In person"),
    QT_TRANSLATE_NOOP("AttendanceMode", "Remote"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Door check-in"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Manual"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Sign-in sheet"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Bulk action"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Zoom report"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Import"),
    QT_TRANSLATE_NOOP("AttendanceSource", "Marked absent (not checked in)"),
    QT_TRANSLATE_NOOP("Brief", "Joined briefly"),
    QT_TRANSLATE_NOOP("OrganizationKind", "City"),
    QT_TRANSLATE_NOOP("OrganizationKind", "County"),
    QT_TRANSLATE_NOOP("OrganizationKind", "State agency"),
    QT_TRANSLATE_NOOP("OrganizationKind", "Regional body"),
    QT_TRANSLATE_NOOP("OrganizationKind", "Nonprofit"),
    QT_TRANSLATE_NOOP("OrganizationKind", "Foundation"),
    QT_TRANSLATE_NOOP("OrganizationKind", "Other"),
    QT_TRANSLATE_NOOP("MembershipRole", "Member"),
    QT_TRANSLATE_NOOP("MembershipRole", "Facilitator"),
    QT_TRANSLATE_NOOP("MembershipRole", "Coach"),
    QT_TRANSLATE_NOOP("MembershipRole", "Program staff"),
    QT_TRANSLATE_NOOP("MembershipRole", "Partner"),
    QT_TRANSLATE_NOOP("MembershipRole", "Speaker"),
    QT_TRANSLATE_NOOP("MembershipRole", "Guest"),
    QT_TRANSLATE_NOOP("MembershipStage", "Applicant"),
    QT_TRANSLATE_NOOP("MembershipStage", "Selected"),
    QT_TRANSLATE_NOOP("MembershipStage", "Active"),
    QT_TRANSLATE_NOOP("MembershipStage", "Withdrawn"),
    QT_TRANSLATE_NOOP("MembershipStage", "Alumni"),
    QT_TRANSLATE_NOOP("SessionFormat", "In-person convening"),
    QT_TRANSLATE_NOOP("SessionFormat", "Virtual roundtable"),
    QT_TRANSLATE_NOOP("SessionFormat", "Webinar"),
    QT_TRANSLATE_NOOP("SessionFormat", "Peer exchange call"),
    QT_TRANSLATE_NOOP("SessionFormat", "Site visit"),
    QT_TRANSLATE_NOOP("SessionFormat", "Workshop"),
    QT_TRANSLATE_NOOP("SessionStatus", "Planned"),
    QT_TRANSLATE_NOOP("SessionStatus", "Confirmed"),
    QT_TRANSLATE_NOOP("SessionStatus", "Held"),
    QT_TRANSLATE_NOOP("SessionStatus", "Cancelled"),
    QT_TRANSLATE_NOOP("Direction", "Higher is better"),
    QT_TRANSLATE_NOOP("Direction", "Lower is better"),
    QT_TRANSLATE_NOOP("TrackStatus", "On track"),
    QT_TRANSLATE_NOOP("TrackStatus", "Off track"),
    QT_TRANSLATE_NOOP("TrackStatus", "No data"),
    QT_TRANSLATE_NOOP("StrategyStatus", "Planned"),
    QT_TRANSLATE_NOOP("StrategyStatus", "In progress"),
    QT_TRANSLATE_NOOP("StrategyStatus", "Done"),
    QT_TRANSLATE_NOOP("StrategyStatus", "Paused"),
    QT_TRANSLATE_NOOP("AssistanceStatus", "Requested"),
    QT_TRANSLATE_NOOP("AssistanceStatus", "In progress"),
    QT_TRANSLATE_NOOP("AssistanceStatus", "Done"),
    QT_TRANSLATE_NOOP("AssistanceStatus", "Declined"),
    QT_TRANSLATE_NOOP("RuleKind", "Together"),
    QT_TRANSLATE_NOOP("RuleKind", "Apart"),
)


# The names of undoable steps that the core gives (Edit › Undo names them): whole ones, and
# the beginnings of those that end with a name typed by the user ("Edit Person Zoë O'Brien").
STEPS = (
    QT_TRANSLATE_NOOP("Steps", "Load Example Network"),
    QT_TRANSLATE_NOOP("Steps", "Generate Breakout Groups"),
    QT_TRANSLATE_NOOP("Steps", "Sync with hub"),
    QT_TRANSLATE_NOOP("Steps", "Edit Membership"),
    QT_TRANSLATE_NOOP("Steps", "Remove Member"),
    QT_TRANSLATE_NOOP("Steps", "Add Presenter"),
    QT_TRANSLATE_NOOP("Steps", "Edit Presenter"),
    QT_TRANSLATE_NOOP("Steps", "Remove Presenter"),
    QT_TRANSLATE_NOOP("Steps", "Change Duration"),
    QT_TRANSLATE_NOOP("Steps", "Delete Note"),
    QT_TRANSLATE_NOOP("Steps", "Type in Note"),
    QT_TRANSLATE_NOOP("Steps", "Import people"),  # the import dialog's own name for the step
    QT_TRANSLATE_NOOP("Steps", "Remove Breakout Rule"),
    QT_TRANSLATE_NOOP("Steps", "Set Logo"),
)
STEP_BEGINNINGS = (
    QT_TRANSLATE_NOOP("Steps", "Add Person"),
    QT_TRANSLATE_NOOP("Steps", "Edit Person"),
    QT_TRANSLATE_NOOP("Steps", "Delete Person"),
    QT_TRANSLATE_NOOP("Steps", "Add Organization"),
    QT_TRANSLATE_NOOP("Steps", "Edit Organization"),
    QT_TRANSLATE_NOOP("Steps", "Delete Organization"),
    QT_TRANSLATE_NOOP("Steps", "Add Cohort"),
    QT_TRANSLATE_NOOP("Steps", "Edit Cohort"),
    QT_TRANSLATE_NOOP("Steps", "Delete Cohort"),
    QT_TRANSLATE_NOOP("Steps", "Add Session"),
    QT_TRANSLATE_NOOP("Steps", "Edit Session"),
    QT_TRANSLATE_NOOP("Steps", "Delete Session"),
    QT_TRANSLATE_NOOP("Steps", "Add Agenda Item"),
    QT_TRANSLATE_NOOP("Steps", "Edit Agenda Item"),
    QT_TRANSLATE_NOOP("Steps", "Delete Agenda Item"),
    QT_TRANSLATE_NOOP("Steps", "Move Agenda Item"),
    QT_TRANSLATE_NOOP("Steps", "Add Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Edit Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Delete Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Add Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Edit Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Delete Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Lock Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Unlock Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Import People from"),
    QT_TRANSLATE_NOOP("Steps", "Import people from"),  # the import dialog's own name for the step
    QT_TRANSLATE_NOOP("Steps", "Import Zoom Report for"),
    QT_TRANSLATE_NOOP("Steps", "Check In Walk-in"),
    QT_TRANSLATE_NOOP("Steps", "Check In"),
    QT_TRANSLATE_NOOP("Steps", "Apply Agenda Template"),
    QT_TRANSLATE_NOOP("Steps", "Copy Agenda from"),
    QT_TRANSLATE_NOOP("Steps", "Save Agenda Template"),
    QT_TRANSLATE_NOOP("Steps", "Delete Agenda Template"),
    QT_TRANSLATE_NOOP("Steps", "Complete Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Reopen Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Drop Action Item"),
    QT_TRANSLATE_NOOP("Steps", "Assign Breakout Group"),
    QT_TRANSLATE_NOOP("Steps", "Add Pre-read"),
    QT_TRANSLATE_NOOP("Steps", "Move Pre-read"),
    QT_TRANSLATE_NOOP("Steps", "Remove Pre-read"),
    QT_TRANSLATE_NOOP("Steps", "Add Indicator"),
    QT_TRANSLATE_NOOP("Steps", "Edit Indicator"),
    QT_TRANSLATE_NOOP("Steps", "Delete Indicator"),
    QT_TRANSLATE_NOOP("Steps", "Edit Result"),
    QT_TRANSLATE_NOOP("Steps", "Delete Result"),
    QT_TRANSLATE_NOOP("Steps", "Add Strategy"),
    QT_TRANSLATE_NOOP("Steps", "Edit Strategy"),
    QT_TRANSLATE_NOOP("Steps", "Delete Strategy"),
    QT_TRANSLATE_NOOP("Steps", "Add Assistance Request"),
    QT_TRANSLATE_NOOP("Steps", "Delete Assistance Request"),
    QT_TRANSLATE_NOOP("Steps", "Clear Attendance of"),
)

# The labels the core puts in a step's name (services/attendance.py: "Mark Ana Lee Late"), by
# the vocabulary they belong to; tests/test_ui_i18n.py checks them against the enums.
STEP_LABELS = {
    "AttendanceState": ("Present", "Late", "Left early", "Absent (excused)",
                        "Absent (unexcused)"),
    "RegistrationStatus": ("Invited", "Registered", "Declined", "Waitlisted", "Cancelled"),
    "AttendanceMode": ("In person", "Remote"),
    "NoteKind": ("Minutes", "Observation", "Decision", "Reflection"),
}
_MARKS = "|".join(re.escape(label) for kind in ("AttendanceState", "RegistrationStatus",
                                                "AttendanceMode") for label in STEP_LABELS[kind])
_NOTES = "|".join(re.escape(label) for label in STEP_LABELS["NoteKind"])


# Names with a count in the middle ("Add 20 people to Cohort 3"): the core's pattern, and
# the words to translate, where {count} and {name} (a name typed by the user) go back in.
STEP_PATTERNS = (
    (re.compile(r"Add (?P<count>\d+) people to (?P<name>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Add {count} people to {name}")),
    (re.compile(r"Add 1 person to (?P<name>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Add 1 person to {name}")),
    (re.compile(r"Invite (?P<count>\d+) [Pp]eople to (?P<name>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Invite {count} people to {name}")),
    (re.compile(r"Invite 1 person to (?P<name>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Invite 1 person to {name}")),
    (re.compile(r"Delete (?P<count>\d+) People"),
     QT_TRANSLATE_NOOP("Steps", "Delete {count} people")),
    (re.compile(r"Merge (?P<other>.+) into (?P<keep>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Merge {other} into {keep}")),
    (re.compile(r"Remove (?P<name>.+) from the Session"),
     QT_TRANSLATE_NOOP("Steps", "Remove {name} from the session")),
    (re.compile(r"Resolve sync conflict #(?P<number>\d+)"),
     QT_TRANSLATE_NOOP("Steps", "Resolve sync conflict #{number}")),
    (re.compile(r"Change Day (?P<day>\d+) Times"),
     QT_TRANSLATE_NOOP("Steps", "Change day {day} times")),
    (re.compile(r"Print (?P<name>.+) in English"),
     QT_TRANSLATE_NOOP("Steps", "Print {name} in English")),
    (re.compile(r"Print (?P<name>.+) in Spanish"),
     QT_TRANSLATE_NOOP("Steps", "Print {name} in Spanish")),
    (re.compile(r"Keep Together (?P<one>.+) and (?P<other>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Keep {one} and {other} together")),
    (re.compile(r"Keep Apart (?P<one>.+) and (?P<other>.+)"),
     QT_TRANSLATE_NOOP("Steps", "Keep {one} and {other} apart")),
    (re.compile(r"Mark Everyone Not Checked In Absent \((?P<name>.+)\)"),
     QT_TRANSLATE_NOOP("Steps", "Mark everyone not checked in absent ({name})")),
    (re.compile(r"Clear Attendance of (?P<count>\d+) People"),
     QT_TRANSLATE_NOOP("Steps", "Clear the attendance of {count} people")),
    (re.compile(r"Mark (?P<count>\d+) People Not Recorded \((?P<name>.+)\)"),
     QT_TRANSLATE_NOOP("Steps", "Clear the attendance of {count} people ({name})")),
    (re.compile(rf"Mark (?P<count>\d+) People (?P<AttendanceState>{_MARKS}) \((?P<name>.+)\)"),
     QT_TRANSLATE_NOOP("Steps", "Mark {count} people {AttendanceState} ({name})")),
    (re.compile(rf"Mark (?P<count>\d+) People (?P<AttendanceState>{_MARKS})"),
     QT_TRANSLATE_NOOP("Steps", "Mark {count} people {AttendanceState}")),
    (re.compile(rf"Mark (?P<name>.+) (?P<AttendanceState>{_MARKS})"),
     QT_TRANSLATE_NOOP("Steps", "Mark {name} {AttendanceState}")),
    (re.compile(rf"Add (?P<NoteKind>{_NOTES}) Note"),
     QT_TRANSLATE_NOOP("Steps", "Add {NoteKind} note")),
    (re.compile(rf"Edit (?P<NoteKind>{_NOTES}) Note"),
     QT_TRANSLATE_NOOP("Steps", "Edit {NoteKind} note")),
)


def _label_word(kind: str, value: str) -> str:
    """A state, status or mode named inside a step, in the app's words ("Late" -> "tarde"); a
    label of another vocabulary than the group's name says (a registration status) is looked
    up in its own."""
    context = next((k for k in ("AttendanceState", "RegistrationStatus", "AttendanceMode",
                                "NoteKind") if value in STEP_LABELS[k]), kind)
    return QCoreApplication.translate(context, value).lower()


def step(label: str) -> str:
    """An undoable step's name in the app's language: the core's words translated, the name
    typed by the user after them left as it is ("Editar persona Zoë O'Brien")."""
    if label in STEPS:
        return QCoreApplication.translate("Steps", label)
    for pattern, words in STEP_PATTERNS:
        if found := pattern.fullmatch(label):
            values = found.groupdict()
            for group, value in values.items():
                if group in STEP_LABELS:  # a vocabulary label: in the app's words, lower case
                    values[group] = _label_word(group, value)
            return QCoreApplication.translate("Steps", words).format(**values)
    for beginning in sorted(STEP_BEGINNINGS, key=len, reverse=True):
        if label.startswith(beginning + " "):
            return QCoreApplication.translate("Steps", beginning) + label[len(beginning):]
    return label


# Why two records may be one (domain/duplicates.py SAME_NAME, SAME_EMAIL, SIMILAR and
# SIMILAR_ORG, written out: importing that module loads rapidfuzz, which the window's start
# need not wait for), as Find duplicates and the import say it.
DUPLICATE_REASONS = {
    "same name": QT_TRANSLATE_NOOP("Duplicates", "same name"),
    "same email": QT_TRANSLATE_NOOP("Duplicates", "same email"),
    "similar name and organization": QT_TRANSLATE_NOOP("Duplicates",
                                                       "similar name and organization"),
    "similar name": QT_TRANSLATE_NOOP("Duplicates", "similar name")}


def duplicate_reason(reason: str) -> str:
    """A reason two records may be one, in the app's language (an unknown one as it is)."""
    return (QCoreApplication.translate("Duplicates", DUPLICATE_REASONS[reason])
            if reason in DUPLICATE_REASONS else reason)


def column(name: str, noun: str = "") -> str:
    """A list column's heading in the app's language; `noun` is what the list's rows are
    ("person"), for the one heading whose word means something else there: a person's "Title"
    is their job ("Cargo"), a session's is its name ("Título")."""
    if noun == "person" and name == "Title":
        return QCoreApplication.translate("Columns", "Title", "a person's job title")
    return QCoreApplication.translate("Columns", name)


def label(member: Enum) -> str:
    """A vocabulary member's label ("Virtual roundtable") in the app's language."""
    return QCoreApplication.translate(type(member).__name__, getattr(member, "label", str(member)))
