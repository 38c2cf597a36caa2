"""Why an indicator has its status, in the app's language: domain.results.status_reason worded
through the catalogue, the days written as the app writes them (explain_status says it in
English, for the command line and the core's tests)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cohortdesk.domain.results import IndicatorRecord, status_reason
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, dates, vocabulary

translate = QCoreApplication.translate

# domain.results.STATUS_REASONS, COMPARISONS and TARGET_PASSED, word for word (a test checks).
REASONS = {
    "no data: incomplete": QT_TRANSLATE_NOOP(
        "StatusWhy", "No data: the baseline or the target lacks a value or a date."),
    "no data: dates": QT_TRANSLATE_NOOP(
        "StatusWhy", "No data: the target date is not after the baseline date."),
    "no data: no reading": QT_TRANSLATE_NOOP("StatusWhy", "No data: no reading yet."),
    "status": QT_TRANSLATE_NOOP("StatusWhy", "{status}"),
    "reading": QT_TRANSLATE_NOOP(
        "StatusWhy", "{status}: the latest reading, {reading} ({reading_day}), is {comparison} "
                     "{expected}, the value the straight line from baseline to target "
                     "expects{when} ({direction}).{passed}"),
}
COMPARISONS = {
    "at or above": QT_TRANSLATE_NOOP("StatusWhy", "at or above"),
    "below": QT_TRANSLATE_NOOP("StatusWhy", "below"),
    "at or below": QT_TRANSLATE_NOOP("StatusWhy", "at or below"),
    "above": QT_TRANSLATE_NOOP("StatusWhy", "above"),
}
TARGET_PASSED = QT_TRANSLATE_NOOP(
    "StatusWhy", " The target date has passed, so only the target itself counts.")


def explain(ind: IndicatorRecord) -> str:
    """Why `ind` has its status, in a sentence or two."""
    why = status_reason(ind)
    if why.key == "status":
        return vocabulary.label(why.status)
    if why.key != "reading" or why.reading_day is None:
        return translate("StatusWhy", REASONS[why.key])
    when = (translate("StatusWhy", " today") if why.as_of is None
            else translate("StatusWhy", " on {day}").format(day=dates.medium_date(why.as_of)))
    return translate("StatusWhy", REASONS["reading"]).format(
        status=vocabulary.label(why.status), reading=why.reading,
        reading_day=dates.medium_date(why.reading_day),
        comparison=translate("StatusWhy", COMPARISONS[why.comparison]),
        expected=why.expected, when=when, direction=vocabulary.label(why.direction).lower(),
        passed=translate("StatusWhy", TARGET_PASSED) if why.passed else "")
