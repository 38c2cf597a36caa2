"""The language of a printed document: English or Spanish (issue 20). Qt-free.

Document code marks its words with `_("...")` (and `ngettext`), read while a document is
being built under `language("es")`, a context variable, so each thread (the app's worker
runs print jobs) has its own. Dates, times and numbers in Spanish come from Babel's CLDR
data; English keeps CohortDesk's own forms ("Tuesday, May 26, 2026", "9:00 AM").
People's names and everything the user typed are printed as they are, never translated.

The catalogue is `cohortdesk/locale/<lang>/LC_MESSAGES/documents.po`, in the repository and
the package. It is compiled to a .mo in memory with Babel the first time it is needed, so
a fresh clone, an installed package and the frozen app all read the same source, and a
stale compiled file can never print old words. tests/test_i18n.py fails on any string of
the code missing from it, untranslated or fuzzy.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext as _gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from cohortdesk.domain.errors import ValidationError

LANGUAGES = ("en", "es")
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
DOMAIN = "documents"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_current: ContextVar[str] = ContextVar("document_language", default="en")


def check_language(code: str | None) -> str:
    code = (code or "en").strip().lower()[:2]
    if code not in LANGUAGES:
        raise ValidationError("language", f"Documents print in English (en) or Spanish (es), "
                                          f"not “{code}”.")
    return code


@contextmanager
def language(code: str | None) -> Iterator[str]:
    """Build documents in `code` ("en" or "es") inside this block."""
    token = _current.set(check_language(code))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def catalogue_path(code: str) -> Path:
    return LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@functools.cache
def translations(code: str) -> _gettext.NullTranslations:
    if code == "en":
        return _gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with catalogue_path(code).open("rb") as f:
        catalog = read_po(f, locale=code, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    """`message` in the current document language."""
    code = _current.get()
    return message if code == "en" else translations(code).gettext(message)


def pgettext(context: str, message: str) -> str:
    """`message` in the current document language, where the same English word says another
    thing elsewhere: a person's "Title" (their job, "Cargo") is not a session's ("Título").
    The catalogue's entry carries the context (msgctxt); the extractor does not read these
    calls, so such entries are added to the .po by hand."""
    code = _current.get()
    return message if code == "en" else translations(code).pgettext(context, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    code = _current.get()
    if code == "en":
        return singular if n == 1 else plural
    return translations(code).ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark a string for the catalogue where it is defined; translate it with _() where used."""
    return message


# -- dates, times and numbers -------------------------------------------------------------


def _babel_date(d: dt.date, pattern: str) -> str:
    from babel.dates import format_date

    return format_date(d, pattern, locale=_current.get())


def long_date(d: dt.date) -> str:
    """"Tuesday, May 26, 2026" / "martes, 26 de mayo de 2026"."""
    if _current.get() == "en":
        return f"{d:%A}, {d:%B} {d.day}, {d.year}"
    return _babel_date(d, "full")


def date_span(start: dt.date, end: dt.date) -> str:
    """Two different days: "May 26–27, 2026" / "26–27 de mayo de 2026"."""
    if _current.get() == "en":
        if (end.year, end.month) == (start.year, start.month):
            return f"{start:%B} {start.day}–{end.day}, {start.year}"
        if end.year == start.year:
            return f"{start:%B} {start.day} – {end:%B} {end.day}, {start.year}"
        return f"{start:%B} {start.day}, {start.year} – {end:%B} {end.day}, {end.year}"
    from babel.dates import format_interval

    return format_interval(start, end, "yMMMMd", locale=_current.get())


def short_day(d: dt.date) -> str:
    """"Tue, Oct 14" / "mar, 14 oct"."""
    if _current.get() == "en":
        return f"{d:%a}, {d:%b} {d.day}"
    return _babel_date(d, "EEE, d MMM")


def weekday_month_day(d: dt.date) -> str:
    """"Tuesday, October 14" / "martes, 14 de octubre"."""
    if _current.get() == "en":
        return f"{d:%A}, {d:%B} {d.day}"
    return _babel_date(d, "EEEE, d 'de' MMMM")


def month_day(d: dt.date) -> str:
    """"Oct 14" / "14 oct"."""
    if _current.get() == "en":
        return f"{d:%b} {d.day}"
    return _babel_date(d, "d MMM")


def medium_date(d: dt.date) -> str:
    """"Oct 14, 2026" / "14 oct 2026"."""
    if _current.get() == "en":
        return f"{d:%b} {d.day}, {d.year}"
    return _babel_date(d, "d MMM y")


def month_year(d: dt.date) -> str:
    """"Oct 2026" / "oct 2026"."""
    if _current.get() == "en":
        return f"{d:%b %Y}"
    return _babel_date(d, "MMM y")


def clock(t: dt.datetime | dt.time) -> str:
    """"9:00 AM" (no leading zero, every platform) / "9:00" (24-hour, as in Spanish)."""
    if _current.get() == "en":
        hour = t.hour % 12 or 12
        return f"{hour}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    return f"{t.hour}:{t.minute:02d}"


def reading(value: float | None, unit: str = "") -> str:
    """A reading as domain.results.format_value writes it ("1,234.5", "42.5%", "$30"), in the
    document's language: "1234,5", "42,5 %" in Spanish (a space before the percent sign)."""
    from cohortdesk.domain.results import format_value, with_unit

    if value is None or _current.get() == "en":
        return format_value(value, unit)
    whole = float(value).is_integer()
    text = number(value, 0 if whole else 2)
    if not whole:  # no trailing zeros: "42,5", not "42,50"
        text = text.rstrip("0").rstrip(",")
    return f"{text} %" if unit in ("%", "percent") else with_unit(text, unit)


def number(value: float, digits: int = 0) -> str:
    """"1,234.5" / "1234,5" (CLDR: Spanish groups thousands only from 10 000)."""
    if _current.get() == "en":
        return f"{value:,.{digits}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=_current.get())
