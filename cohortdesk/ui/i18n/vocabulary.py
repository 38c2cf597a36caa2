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
)


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
)


def step(label: str) -> str:
    """An undoable step's name in the app's language: the core's words translated, the name
    typed by the user after them left as it is ("Editar persona Zoë O'Brien")."""
    if label in STEPS:
        return QCoreApplication.translate("Steps", label)
    for pattern, words in STEP_PATTERNS:
        if found := pattern.fullmatch(label):
            return QCoreApplication.translate("Steps", words).format(**found.groupdict())
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


def column(name: str) -> str:
    """A list column's heading in the app's language."""
    return QCoreApplication.translate("Columns", name)


def label(member: Enum) -> str:
    """A vocabulary member's label ("Virtual roundtable") in the app's language."""
    return QCoreApplication.translate(type(member).__name__, getattr(member, "label", str(member)))
