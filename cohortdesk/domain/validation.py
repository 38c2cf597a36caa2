"""Domain rules. Every refusal names the field it concerns, so forms can show it in place."""

from __future__ import annotations

import datetime as dt
import errno
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.text import clean, is_valid_email, normalize_email

# Refusals with a value in them, by key (a ValidationError's `key`), for an app to word them in
# its own language (ui/i18n/errors.py KEYED).
MESSAGES = {
    "validation: empty": "{label} cannot be empty.",
    "validation: email": "“{value}” is not a valid email address.",
    "validation: time zone": "“{value}” is not a known time zone (use a name such as "
                             "America/Chicago).",
    "files: cannot read": "Cannot read {file}: {reason}.",
}


def refusal(field: str, key: str, template: str, *, english: dict[str, object] | None = None,
            **values: object) -> ValidationError:
    """A ValidationError saying `template` with `values`, keyed for an app to translate.
    `english` gives values the English sentence writes otherwise (a day as "1 Apr 2026", where
    the app is handed its ISO date, named "…_day", to write its own way)."""
    return ValidationError(field, template.format(**{**values, **(english or {})}), key=key,
                           values=tuple((name, str(value)) for name, value in values.items()))


def cannot_read(field: str, path: Path, exc: OSError) -> ValidationError:
    """A file that could not be read: its name and the system's reason. The reason's errno
    name ("ENOENT") goes with it, for an app to say the common ones in its own language."""
    return refusal(field, "files: cannot read", MESSAGES["files: cannot read"], file=path.name,
                   reason=exc.strerror or str(exc),
                   error=errno.errorcode.get(exc.errno or 0, ""))


def require_text(field: str, value: str | None, label: str) -> str:
    text = clean(value)
    if not text:
        raise refusal(field, "validation: empty", MESSAGES["validation: empty"], label=label)
    return text


def check_email(field: str, value: str | None) -> str:
    """Return the normalized email, or "" when none was given. Refuse a malformed one."""
    email = normalize_email(value)
    if email and not is_valid_email(email):
        raise refusal(field, "validation: email", MESSAGES["validation: email"],
                      value=clean(value))
    return email


def check_time_zone(field: str, value: str | None) -> str:
    name = clean(value)
    if not name:
        raise ValidationError(field, "Time zone cannot be empty.")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise refusal(field, "validation: time zone", MESSAGES["validation: time zone"],
                      value=name) from None
    return name


def check_order(
    start_field: str, start: dt.date | dt.datetime | None,
    end_field: str, end: dt.date | dt.datetime | None,
) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(end_field, "The end cannot be before the start.")


def common_time_zones() -> list[str]:
    """Time zones offered in pickers: the Americas first, since most networks are there."""
    names = sorted(available_timezones())
    first = [n for n in names if n.startswith(("America/", "Pacific/Honolulu", "US/"))]
    return first + [n for n in names if n not in first]
