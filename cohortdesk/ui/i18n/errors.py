"""The core's validation messages (a ValidationError's words), in the app's language.

A form shows a ValidationError by its field, and a failed operation in a message box. Most
messages are fixed sentences: they are listed here for the catalogue, word for word as the
core writes them, and tests/test_error_words.py fails on one the core adds without it here.
Messages with values in them (a name, a date) stay as the core says them unless the error
carries a key (domain.clock, for instance, which its own field words).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cohortdesk.domain.errors import CohortDeskError, ValidationError
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, dates, number

translate = QCoreApplication.translate

MESSAGES = frozenset({
    QT_TRANSLATE_NOOP("Validation", 'Choose at least one note page, or another section.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose at least one section.'),
    QT_TRANSLATE_NOOP("Validation", 'Each section can appear only once.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose Letter or A4 paper.'),
    QT_TRANSLATE_NOOP("Validation", 'Sort the roster by family name or jurisdiction.'),
    QT_TRANSLATE_NOOP("Validation", 'Note pages are lined or dotted.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose between 0 and 40 note pages.'),
    QT_TRANSLATE_NOOP("Validation", 'Enter the duration as whole minutes.'),
    QT_TRANSLATE_NOOP("Validation", 'A duration cannot be negative.'),
    QT_TRANSLATE_NOOP("Validation", 'An agenda item cannot last more than 24 hours.'),
    QT_TRANSLATE_NOOP("Validation", 'The threshold is a share of the session, more than 0 and at '
                                    'most 1 (0.5 means half the session).'),
    QT_TRANSLATE_NOOP("Validation", 'A group needs room for at least one person.'),
    QT_TRANSLATE_NOOP("Validation", 'Make at least one group.'),
    QT_TRANSLATE_NOOP("Validation", 'No one is left to place in a group.'),
    QT_TRANSLATE_NOOP("Validation", 'The target date must be after the baseline date.'),
    QT_TRANSLATE_NOOP("Validation", 'Enter the date of the update.'),
    QT_TRANSLATE_NOOP("Validation", 'Enter at least one reading or a narrative.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose the member who needs the assistance.'),
    QT_TRANSLATE_NOOP("Validation", 'Only a request that is done or declined has a closing date.'),
    QT_TRANSLATE_NOOP("Validation", 'Enter a number.'),
    QT_TRANSLATE_NOOP("Validation", 'The target is below the baseline, but higher is better.'),
    QT_TRANSLATE_NOOP("Validation", 'The target is above the baseline, but lower is better.'),
    QT_TRANSLATE_NOOP("Validation", 'Each reading must be a number.'),
    QT_TRANSLATE_NOOP("Validation", 'Time zone cannot be empty.'),
    QT_TRANSLATE_NOOP("Validation", 'The end cannot be before the start.'),
    QT_TRANSLATE_NOOP("Validation", 'Say what is to be done.'),
    QT_TRANSLATE_NOOP("Validation", 'That person is no longer in this workspace.'),
    QT_TRANSLATE_NOOP("Validation", 'Give the agenda item a title.'),
    QT_TRANSLATE_NOOP("Validation", 'The day must end after it starts.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose a person, or describe the placeholder (“TBD — '
                                    'speaker from a partner city”).'),
    QT_TRANSLATE_NOOP("Validation", 'Name the breakout group.'),
    QT_TRANSLATE_NOOP("Validation", 'A chosen person is no longer here.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose a different session to copy from.'),
    QT_TRANSLATE_NOOP("Validation", 'Name the template.'),
    QT_TRANSLATE_NOOP("Validation", 'This session has no agenda to save yet.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose whom to invite: members, staff or others.'),
    QT_TRANSLATE_NOOP("Validation", "Type the walk-in's name."),
    QT_TRANSLATE_NOOP("Validation", 'These records changed since the merge was set up. Check the '
                                    'values shown now, and merge again.'),
    QT_TRANSLATE_NOOP("Validation", 'Give either the number of groups or the group size.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose two different people.'),
    QT_TRANSLATE_NOOP("Validation", 'The locked groups changed since these groups were made; '
                                    'generate them again.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose a person to add.'),
    QT_TRANSLATE_NOOP("Validation", 'This person is already in the cohort.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose two different people to merge.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose two different organizations to merge.'),
    QT_TRANSLATE_NOOP("Validation", 'That agenda item is not in this session.'),
    QT_TRANSLATE_NOOP("Validation", 'Enter a given name or a family name.'),
    QT_TRANSLATE_NOOP("Validation", 'The name holds only invisible characters.'),
    QT_TRANSLATE_NOOP("Validation", 'That organization no longer exists.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose the column that holds the name.'),
    QT_TRANSLATE_NOOP("Validation", 'That file is not a PDF.'),
    QT_TRANSLATE_NOOP("Validation", 'That PDF is larger than 50 MB; attach a smaller copy.'),
    QT_TRANSLATE_NOOP("Validation", 'That PDF has no pages.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose a PDF file to attach.'),
    QT_TRANSLATE_NOOP("Validation", 'That image is larger than 5 MB; use a smaller copy.'),
    QT_TRANSLATE_NOOP("Validation", 'Use a PNG or JPEG image for the logo.'),
    QT_TRANSLATE_NOOP("Validation", 'That PDF is password-protected; attach an open copy.'),
    QT_TRANSLATE_NOOP("Validation", 'This person is not a member of the cohort.'),
    QT_TRANSLATE_NOOP("Validation", "That session is not one of this cohort's."),
    QT_TRANSLATE_NOOP("Validation", 'A reading is for an indicator this member does not have.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose a cohort or a session for the roster.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose at least one field.'),
    QT_TRANSLATE_NOOP("Validation", 'Registration statuses filter a session roster; choose a session.'),
    QT_TRANSLATE_NOOP("Validation", 'People who declined or cancelled appear only on the internal roster.'),
    QT_TRANSLATE_NOOP("Validation", 'Save the catering summary as .pdf or .csv.'),
    QT_TRANSLATE_NOOP("Validation", 'Choose the cohort this session belongs to.'),
    QT_TRANSLATE_NOOP("Validation", 'That partner organization no longer exists.'),
})


# Refusals with values in them, by the key the core gives them (domain/validation.py
# MESSAGES and the REFUSALS, TOO_LONG, EMAIL_TAKEN... of the modules that raise them), word for
# word (tests/test_error_words.py).
KEYED = {
    "validation: empty": QT_TRANSLATE_NOOP("Validation", "{label} cannot be empty."),
    "validation: email": QT_TRANSLATE_NOOP("Validation",
                                           "“{value}” is not a valid email address."),
    "validation: time zone": QT_TRANSLATE_NOOP(
        "Validation", "“{value}” is not a known time zone (use a name such as America/Chicago)."),
    "limits: too long": QT_TRANSLATE_NOOP(
        "Validation", "{label} is {length} characters long; the most it may hold is {limit}."),
    "people: email taken": QT_TRANSLATE_NOOP("Validation", "{name} already uses {email}."),
    "templates: name taken": QT_TRANSLATE_NOOP("Validation",
                                               "There is already a template named “{name}”."),
    "attendance: several named": QT_TRANSLATE_NOOP(
        "Validation", "{count} people are named {name}: choose one from the list instead of "
                      "adding a walk-in."),
    "breakouts: no one": QT_TRANSLATE_NOOP(
        "Validation", "No one is registered for or attending “{session}” yet, so there is no one "
                      "to place in groups."),
    "breakouts: all locked": QT_TRANSLATE_NOOP(
        "Validation", "{locked} groups are locked; ask for more than {locked} groups to place the "
                      "other {free}."),
    "breakouts: too few": QT_TRANSLATE_NOOP(
        "Validation", "{groups} groups need at least {groups} people; {left} are left to place."),
    "calendar: no start": QT_TRANSLATE_NOOP("Validation", "“{session}” has no start time yet."),
    "calendar: nothing scheduled": QT_TRANSLATE_NOOP(
        "Validation", "{name} has no scheduled sessions to export."),
    "results: after today": QT_TRANSLATE_NOOP(
        "Validation", "{reading_day} is after today ({today_day}). Record a reading once it has "
                      "been taken."),
    "import: two columns": QT_TRANSLATE_NOOP("Validation", "Two columns are mapped to {target}."),
    "agenda: day": QT_TRANSLATE_NOOP("Validation", "Choose a day from 1 to {last}."),
    "results: before baseline": QT_TRANSLATE_NOOP(
        "Validation", "{reading_day} is before the baseline date of “{indicator}” "
                      "({baseline_day}). Record earlier figures as the baseline, or leave this "
                      "reading blank."),
    "files: cannot read": QT_TRANSLATE_NOOP("Validation", "Cannot read {file}: {reason}."),
    "output: a folder": QT_TRANSLATE_NOOP(
        "Validation", "{path} is a folder; give a file name ending in .pdf."),
    "output: no folder": QT_TRANSLATE_NOOP(
        "Validation", "The folder {folder} does not exist; choose an existing folder to save "
                      "{file} in."),
    "prereads: unreadable": QT_TRANSLATE_NOOP("Validation", "That PDF cannot be read ({detail})."),
    "cohorts: person gone": QT_TRANSLATE_NOOP(
        "Validation", "1 person to add is no longer in this workspace (deleted meanwhile?)."),
    "cohorts: people gone": QT_TRANSLATE_NOOP(
        "Validation", "{count} people to add are no longer in this workspace (deleted "
                      "meanwhile?)."),
    "zoom: person gone": QT_TRANSLATE_NOOP(
        "Validation", "The person chosen for “{name}” is no longer in this workspace (deleted "
                      "meanwhile?); choose again."),
    "zoom: no guest name": QT_TRANSLATE_NOOP(
        "Validation", "“{name}” has no name to add as a guest; match it to a person instead."),
    "zoom: not a report": QT_TRANSLATE_NOOP(
        "Validation", "{file} is not a Zoom participants report: {why} Expected a table with the "
                      "columns {columns} (Zoom: Reports > Usage > Participants > Export)."),
}
# Why a file is not a Zoom participants report ("zoom: not a report"), by its `reason`.
ZOOM_REASONS = {
    "not a file": QT_TRANSLATE_NOOP("Validation", "it is not a file."),
    "too big": QT_TRANSLATE_NOOP(
        "Validation", "it is {size} MB; a participants report is at most {limit} MB."),
    "too many lines": QT_TRANSLATE_NOOP("Validation", "it has more than {limit} lines."),
    "empty table": QT_TRANSLATE_NOOP("Validation", "its participant table is empty."),
    "empty": QT_TRANSLATE_NOOP("Validation", "the file is empty."),
    "first line": QT_TRANSLATE_NOOP("Validation", "its first line is “{first}”."),
}
# The system's reason a file could not be read ("files: cannot read"), by its errno name; a
# rarer one is shown as the system words it.
READ_ERRORS = {
    "ENOENT": QT_TRANSLATE_NOOP("Validation", "it is no longer there"),
    "EACCES": QT_TRANSLATE_NOOP("Validation", "you do not have permission to open it"),
    "EPERM": QT_TRANSLATE_NOOP("Validation", "you do not have permission to open it"),
    "EISDIR": QT_TRANSLATE_NOOP("Validation", "it is a folder"),
    "EIO": QT_TRANSLATE_NOOP("Validation", "the disk reported an error"),
}
# Values that are counts, written with the app's digit grouping ("12.345" in Spanish).
_COUNTS = frozenset({"count", "size", "limit", "length", "locked", "free", "groups", "left",
                     "last"})
# The fields the core names in them ({label}).
LABELS = frozenset({
    QT_TRANSLATE_NOOP("Validation", "Title"), QT_TRANSLATE_NOOP("Validation", "Name"),
    QT_TRANSLATE_NOOP("Validation", "The result statement"),
    QT_TRANSLATE_NOOP("Validation", "The indicator name"),
    QT_TRANSLATE_NOOP("Validation", "The strategy"), QT_TRANSLATE_NOOP("Validation", "The need"),
    QT_TRANSLATE_NOOP("Validation", "Given name"), QT_TRANSLATE_NOOP("Validation", "Family name"),
    QT_TRANSLATE_NOOP("Validation", "Preferred name"),
    QT_TRANSLATE_NOOP("Validation", "Pronouns"), QT_TRANSLATE_NOOP("Validation", "Email"),
    QT_TRANSLATE_NOOP("Validation", "Phone"), QT_TRANSLATE_NOOP("Validation", "Bio"),
    QT_TRANSLATE_NOOP("Validation", "Access needs"),
    QT_TRANSLATE_NOOP("Validation", "Dietary needs"),
    QT_TRANSLATE_NOOP("Validation", "Internal notes"),
    QT_TRANSLATE_NOOP("Validation", "Meeting link"),
    QT_TRANSLATE_NOOP("Validation", "Description"), QT_TRANSLATE_NOOP("Validation", "Venue"),
})


def error_text(exc: BaseException) -> str:
    """What to tell the user of `exc`: a ValidationError's message in the app's language (its
    field is shown by the form, not named here), another error's own words."""
    if isinstance(exc, ValidationError):
        if exc.key in KEYED:
            values = dict(exc.values)
            if values.get("label") in LABELS:
                values["label"] = translate("Validation", values["label"])
            for name, value in values.items():
                if name.endswith("_day"):  # an ISO date: written as the app writes days
                    values[name] = dates.medium_date(dt.date.fromisoformat(value))
                elif name in _COUNTS and value.isdigit():
                    values[name] = number(int(value))
            if exc.key == "zoom: not a report":
                values["why"] = translate("Validation",
                                          ZOOM_REASONS[values["reason"]]).format(**values)
            elif exc.key == "files: cannot read" and values.get("error") in READ_ERRORS:
                values["reason"] = translate("Validation", READ_ERRORS[values["error"]])
            if exc.key == "import: two columns":
                # An import field's key, named as the import dialog names it. Imported here:
                # this module loads before the window paints, the services after.
                from cohortdesk.services.people_import import FIELD_LABELS

                target = values["target"]
                if target in FIELD_LABELS:
                    values["target"] = translate("ImportFields", FIELD_LABELS[target])
            return translate("Validation", KEYED[exc.key]).format(**values)
        return message_text(exc.message)
    if isinstance(exc, CohortDeskError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def message_text(message: str) -> str:
    """A core message in the app's language, when it is one of MESSAGES."""
    return translate("Validation", message) if message in MESSAGES else message
