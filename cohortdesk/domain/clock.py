"""Clock times as people type them: "9:30", "930", "9.30a", "14h30", "2 pm", "noon".

`parse_time` reads what a person types into a time field and returns the time it means, or
raises ValidationError naming the field with a sentence that says what to type instead. It
takes the 24-hour clock ("14:30", "1430", "14h30"), the 12-hour clock with a, am, a.m., p,
pm or p.m. ("2:30pm", "9.30a", "12 am" is midnight), hours alone ("9", "14h", "9am") and the
words noon and midnight. Hours and minutes are separated by ":", ".", "h" or nothing at all
("930" is 9:30, "0930" too). Whatever `format_clock` writes ("9:30 AM") reads back the same.
"""

from __future__ import annotations

import datetime as dt
import re

from cohortdesk.domain.errors import ValidationError

HINT = "Type a time such as 9:30, 930, 9.30a, 2 pm or 14h30."
# Why a text is not a time, by key; {hint} is HINT. An app words them in its own language.
MESSAGES = {
    "empty": "The time is empty. {hint}",
    "not a time": "“{text}” is not a time. {hint}",
    "minutes": "“{text}” has {minutes} minutes; an hour has 60. {hint}",
    "past midnight": "“{text}” is past 23:59. {hint}",
    "am pm hour": "“{text}”: with am or pm, the hour is 1 to 12. {hint}",
}


def _refuse(field: str, key: str, **values: object) -> ValidationError:
    return ValidationError(field, MESSAGES[key].format(hint=HINT, **values), key=key,
                           values=tuple((name, str(value)) for name, value in values.items()))

_WORDS = {"noon": dt.time(12, 0), "midday": dt.time(12, 0), "midnight": dt.time(0, 0)}
_MERIDIEM = r"(?: ?(?P<ampm>[ap])\.?(?:m\.?)?)"
# Hours, then optionally a separator and two-digit minutes ("9", "9:30", "14h", "9.30").
_SEPARATED = re.compile(rf"^(?P<h>\d{{1,2}})(?:[:.h](?P<m>\d{{2}})?)?{_MERIDIEM}?$")
# Three or four digits with no separator: the last two are the minutes ("930", "0930", "1430").
_COMPACT = re.compile(rf"^(?P<h>\d{{1,2}})(?P<m>\d{{2}}){_MERIDIEM}?$")


def parse_time(text: str, field: str = "time") -> dt.time:
    """The time `text` means; ValidationError(field) when it is not a time."""
    cleaned = re.sub(r"\s+", " ", (text or "").strip().lower())
    if not cleaned:
        raise _refuse(field, "empty")
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    match = _SEPARATED.match(cleaned) or _COMPACT.match(cleaned)
    if match is None:
        raise _refuse(field, "not a time", text=text.strip())
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if minute > 59:
        raise _refuse(field, "minutes", text=text.strip(), minutes=minute)
    ampm = match["ampm"]
    if ampm is None:
        if hour > 23:
            raise _refuse(field, "past midnight", text=text.strip())
        return dt.time(hour, minute)
    if not 1 <= hour <= 12:
        raise _refuse(field, "am pm hour", text=text.strip())
    hour %= 12
    if ampm == "p":
        hour += 12
    return dt.time(hour, minute)


def try_parse_time(text: str) -> dt.time | None:
    """`parse_time`, with None for text that is not a time."""
    try:
        return parse_time(text)
    except ValidationError:
        return None
