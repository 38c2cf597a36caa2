"""Reading Zoom's "Participants" usage report (CSV).

Newer reports start with a meeting block (a header line, a values line, a blank line) and then
the participant table; older ones hold the table alone. Columns are found by name, so extra
columns and reordered ones are fine. Times are the report's local wall-clock time, kept naive.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

from cohortdesk.documents.tabular_read import csv_records
from cohortdesk.domain.attendance import ZoomLine, is_host_label, split_display_name
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.limits import MAX_IMPORT_ROWS, MAX_ZOOM_REPORT_BYTES
from cohortdesk.domain.text import clean, fold
from cohortdesk.domain.validation import cannot_read, refusal

EXPECTED = ("Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes), Guest")

# Folded header text -> our field. Zoom has renamed these over the years.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name (original name)", "name (original name", "user name (original name)", "name",
             "participant", "participant name", "display name", "user name"),
    "email": ("user email", "email", "participant email", "attendee email"),
    "join": ("join time", "joined", "join"),
    "leave": ("leave time", "left", "leave"),
    "minutes": ("duration (minutes)", "duration (mins)", "duration", "time in session (minutes)",
                "minutes"),
    "guest": ("guest",),
}
_REQUIRED = ("name", "minutes")
_TIME_FORMATS = ("%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S",
                 "%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
                 "%d/%m/%Y %H:%M:%S", "%b %d, %Y %I:%M:%S %p", "%b %d, %Y %I:%M %p")
# The same, for a report that writes the day before the month (13/05/2026).
_DAY_FIRST_FORMATS = tuple(f.replace("%m/%d/", "%d/%m/") for f in _TIME_FORMATS)
_SLASH_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{4}")


@dataclass(frozen=True)
class MeetingInfo:
    meeting_id: str = ""
    topic: str = ""
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    host_email: str = ""
    minutes: int | None = None


@dataclass(frozen=True)
class ZoomReport:
    path: str
    meeting: MeetingInfo | None
    lines: tuple[ZoomLine, ...]
    ignored_columns: tuple[str, ...] = field(default_factory=tuple)
    problems: tuple[str, ...] = field(default_factory=tuple)  # lines skipped, with the reason
    # For each problem, its PROBLEMS key and values, for an app to say it in its language.
    problem_keys: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = field(
        default_factory=tuple)


# The lines a report's reading skips, and why, in English; {problem} is the file reader's
# own words.
PROBLEMS = {
    "unreadable line": "Line {line}: {problem}; skipped.",
    "no name": "Line {line}: no name; skipped.",
    "not minutes": "Line {line}: “{value}” is not a number of minutes; skipped.",
}


def day_first(texts: Iterable[str]) -> bool:
    """True when a report writes its days before its months: one date whose first number
    cannot be a month (13/05/2026) decides for the whole report, so that 05/06/2026 on the
    next line is read the same way, never as May 6 beside the 13th of May."""
    for text in texts:
        found = _SLASH_DATE.match(text)
        if found and int(found.group(1)) > 12 >= int(found.group(2)):
            return True
    return False


def parse_time(text: str, days_first: bool = False) -> dt.datetime | None:
    text = clean(text)
    if not text:
        return None
    for fmt in _DAY_FIRST_FORMATS if days_first else _TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def _minutes(text: str) -> int | None:
    text = clean(text).replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    return int(round(value)) if value >= 0 else None


def _read_records(path: Path) -> list[tuple[int, list[str], str]]:
    """(line, cells, problem) for each record. UTF-16 only with its byte-order mark; a line
    with a NUL byte, an unterminated quote or a cell past the limits is a problem on its line,
    never a reason to read the whole file in another encoding."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise refuse(path, "not a file")
            if info.st_size > MAX_ZOOM_REPORT_BYTES:
                raise refuse(path, "too big", size=round(info.st_size / 1024 / 1024),
                             limit=MAX_ZOOM_REPORT_BYTES // 1024 // 1024)
            found = []
            for line, cells, problem in csv_records(handle, path.name):
                found.append((line, list(cells), problem))
                if len(found) > MAX_IMPORT_ROWS:
                    raise refuse(path, "too many lines", limit=MAX_IMPORT_ROWS)
            return found
    except OSError as exc:
        raise cannot_read("file", path, exc) from exc


def _columns(header: list[str]) -> dict[str, int]:
    folded = [fold(h) for h in header]
    found: dict[str, int] = {}
    for key, names in _COLUMNS.items():
        for name in names:
            if name in folded:
                found[key] = folded.index(name)
                break
    return found


def _is_participant_header(row: list[str]) -> bool:
    cols = _columns(row)
    return all(k in cols for k in _REQUIRED) and ("join" in cols or "email" in cols)


def _meeting(header: list[str], values: list[str], days_first: bool) -> MeetingInfo:
    cells = {fold(h): clean(v) for h, v in zip(header, values, strict=False)}
    return MeetingInfo(
        meeting_id=cells.get("meeting id", ""), topic=cells.get("topic", ""),
        start=parse_time(cells.get("start time", ""), days_first),
        end=parse_time(cells.get("end time", ""), days_first),
        host_email=cells.get("user email", "").lower(),
        minutes=_minutes(cells.get("duration (minutes)", "")),
    )


# Why a file is not a participants report, by the `reason` a refusal carries; an app words the
# refusal (NOT_A_REPORT) and its reason in its own language.
NOT_A_REPORT = ("{file} is not a Zoom participants report: {why} Expected a table with the "
                "columns {columns} (Zoom: Reports > Usage > Participants > Export).")
REASONS = {
    "not a file": "it is not a file.",
    "too big": "it is {size} MB; a participants report is at most {limit} MB.",
    "too many lines": "it has more than {limit} lines.",
    "empty table": "its participant table is empty.",
    "empty": "the file is empty.",
    "first line": "its first line is “{first}”.",
}


def refuse(path: Path, reason: str, **values: int | str) -> ValidationError:
    english = {k: f"{v:,}" if isinstance(v, int) else v for k, v in values.items()}
    return refusal("file", "zoom: not a report", NOT_A_REPORT, file=path.name, reason=reason,
                   columns=EXPECTED, **values,
                   english={"why": REASONS[reason].format(**english)})


def read_report(path: str | Path) -> ZoomReport:
    """Parse the report, or raise ValidationError("file", ...) saying what was expected."""
    path = Path(path)
    records = _read_records(path)
    rows = [cells for _line, cells, _problem in records]
    start = next((i for i, row in enumerate(rows[:20]) if _is_participant_header(row)), None)
    if start is None:
        _refuse_empty(path, rows)
    header = rows[start]
    cols = _columns(header)
    times = [row[i] for row in rows[start + 1:] for key in ("join", "leave")
             if (i := cols.get(key)) is not None and i < len(row)]
    meeting = None
    if start >= 2 and "meeting id" in [fold(c) for c in rows[0]]:
        times += [v for h, v in zip(rows[0], rows[1], strict=False)
                  if fold(h) in ("start time", "end time")]
        meeting = _meeting(rows[0], rows[1], day_first(times))
    days_first = day_first(times)
    used = set(cols.values())
    ignored = tuple(h for i, h in enumerate(header) if i not in used and clean(h))
    lines: list[ZoomLine] = []
    problems: list[str] = []
    keys: list[tuple[str, tuple[tuple[str, str], ...]]] = []

    def skipped(key: str, **values: object) -> None:
        problems.append(PROBLEMS[key].format(**values))
        keys.append((key, tuple((name, str(value)) for name, value in values.items())))

    for offset, row, problem in records[start + 1:]:
        if problem:
            skipped("unreadable line", line=offset,
                    problem=problem.replace(f"line {offset} ", "", 1))
            continue
        if not any(clean(c) for c in row):
            continue

        def cell(key: str, row: list[str] = row) -> str:
            i = cols.get(key)
            return clean(row[i]) if i is not None and i < len(row) else ""

        raw_name = cell("name")
        minutes = _minutes(cell("minutes"))
        if not raw_name:
            skipped("no name", line=offset)
            continue
        if minutes is None:
            skipped("not minutes", line=offset, value=cell("minutes"))
            continue
        name, original = split_display_name(raw_name)
        email = cell("email").lower()
        host = is_host_label(raw_name) or bool(meeting and meeting.host_email
                                               and email == meeting.host_email)
        lines.append(ZoomLine(line=offset, name=name, original_name=original, email=email,
                              joined=parse_time(cell("join"), days_first),
                              left=parse_time(cell("leave"), days_first),
                              minutes=minutes, is_host=host))
    if not lines and not problems:
        raise refuse(path, "empty table")
    return ZoomReport(str(path), meeting, tuple(lines), ignored, tuple(problems), tuple(keys))


def _refuse_empty(path: Path, rows: list[list[str]]) -> NoReturn:
    if not any(any(clean(c) for c in r) for r in rows):
        raise refuse(path, "empty")
    first = ", ".join(clean(c) for c in rows[0] if clean(c))[:120] if rows else ""
    raise refuse(path, "first line", first=first)
