"""Dates and times as the UI shows them, in the app's language.

In English these are CohortDesk's own forms, exactly as the core writes them ("9:00 AM",
"Jun 12, 2026", "Tuesday, October 14"). In Spanish they come from Qt's CLDR data for the
default QLocale: 24-hour times ("9:00", "15:30"), "12 jun 2026", "martes, 14 de octubre".
Printed documents have their own language and formats (cohortdesk/documents/i18n.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from cohortdesk.domain import agenda
from cohortdesk.ui.i18n import active_language


def _english() -> bool:
    return active_language() == "en"


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qt(d: dt.date, pattern: str) -> str:
    return QLocale().toString(_qdate(d), pattern).replace(".", "")


def format_clock(t: dt.time | dt.datetime) -> str:
    """ "9:00 AM" / "9:00"."""
    if _english():
        return agenda.format_clock(t)
    return f"{t.hour}:{t.minute:02d}"


def format_day(d: dt.date) -> str:
    """ "Jun 12, 2026" / "12 jun 2026"."""
    if _english():
        return agenda.format_day(d)
    return _qt(d, "d MMM yyyy")


def weekday_short(d: dt.date) -> str:
    """ "Thu" / "jue"."""
    return f"{d:%a}" if _english() else _qt(d, "ddd")


def month_day(d: dt.date) -> str:
    """ "Oct 14" / "14 oct"."""
    return f"{d:%b} {d.day}" if _english() else _qt(d, "d MMM")


def month_year(d: dt.date) -> str:
    """ "Oct 2026" / "oct 2026"."""
    return f"{d:%b %Y}" if _english() else _qt(d, "MMM yyyy")


def weekday_month_day(d: dt.date) -> str:
    """ "Tuesday, October 14" / "martes, 14 de octubre"."""
    if _english():
        return f"{d:%A}, {d:%B} {d.day}"
    return QLocale().toString(_qdate(d), "dddd, d 'de' MMMM")


def medium_date(d: dt.date) -> str:
    """ "14 Oct 2026" / "14 oct 2026"."""
    return f"{d.day} {d:%b %Y}" if _english() else _qt(d, "d MMM yyyy")


def value_text(value: float | None, unit: str = "") -> str:
    """A reading as domain.results.format_value writes it ("1,234.5 %", "$30"), with the
    app's digit grouping and decimal mark ("1.234,5 %" in Spanish)."""
    if value is None:
        return "—"
    locale = QLocale()
    whole = float(value).is_integer()
    text = locale.toString(float(value), "f", 0 if whole else 2)
    if not whole:  # no trailing zeros: "42.5", not "42.50"
        text = text.rstrip("0").rstrip(locale.decimalPoint())
    from cohortdesk.domain.results import with_unit  # this module loads before the window paints

    return with_unit(text, unit)
