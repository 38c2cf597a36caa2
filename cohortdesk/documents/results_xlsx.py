"""The cohort's results overview as an XLSX workbook for funders and evaluation partners.

Sheets: "Overview" (one row per member and indicator, with the status), "Readings" (every
reading, for charts of one's own) and "About" (the cohort, the date, and the on-track rule).
Text goes in with `write_string`, so a value typed as "=SUM(...)" stays text, never a formula.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from cohortdesk.documents.atomic import atomic_path
from cohortdesk.domain.results import CohortOverview, TrackStatus

OVERVIEW_HEADER = ("Member", "Jurisdiction", "Result", "Indicator", "Unit", "Better when",
                   "Baseline", "Baseline date", "Latest", "Latest date", "Target", "Target date",
                   "Expected today", "Status", "Data source")
READINGS_HEADER = ("Member", "Indicator", "Unit", "Date", "Value")
WIDTHS = (22, 18, 40, 40, 12, 12, 10, 13, 10, 13, 10, 13, 14, 11, 36)
STATUS_FILL = {TrackStatus.ON_TRACK: "#dcefe2", TrackStatus.OFF_TRACK: "#f8dcda",
               TrackStatus.NO_DATA: "#eceff0"}
STATUS_INK = {TrackStatus.ON_TRACK: "#1b6e3a", TrackStatus.OFF_TRACK: "#b3261e",
              TrackStatus.NO_DATA: "#5b6770"}


def _cell(sheet: Any, row: int, col: int, value: Any, fmt: Any = None,
          date_fmt: Any = None) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), date_fmt)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(value), fmt)


def write_results_xlsx(path: str | Path, overview: CohortOverview) -> Path:
    import xlsxwriter  # loaded on the first export, not when the app starts

    from cohortdesk.documents.results_pdf import RULE_TEXT

    target = Path(path)
    with atomic_path(target) as temp:
        book = xlsxwriter.Workbook(str(temp), {"strings_to_formulas": False,
                                               "strings_to_urls": False})
        book.set_properties({"title": f"Results overview: {overview.cohort_name}",
                             "author": "CohortDesk"})
        head = book.add_format({"bold": True, "bg_color": "#0e5f66", "font_color": "#ffffff",
                                "text_wrap": True, "valign": "top", "border": 0})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        top = book.add_format({"valign": "top"})
        date = book.add_format({"num_format": "yyyy-mm-dd", "valign": "top"})
        number = book.add_format({"num_format": "#,##0.##", "valign": "top"})
        status_fmt = {s: book.add_format({"bold": True, "bg_color": STATUS_FILL[s],
                                          "font_color": STATUS_INK[s], "valign": "top"})
                      for s in TrackStatus}

        sheet = book.add_worksheet("Overview")
        sheet.write_row(0, 0, OVERVIEW_HEADER, head)
        for col, width in enumerate(WIDTHS):
            sheet.set_column(col, col, width, wrap if width >= 30 else top)
        for n, r in enumerate(overview.rows, start=1):
            i = r.indicator
            latest = i.latest
            values: list[tuple[Any, Any]] = [
                (r.person_name, top), (r.jurisdiction, top), (r.result, wrap), (i.name, wrap),
                (i.unit, top), ("higher" if i.direction.value == "up" else "lower", top),
                (i.baseline_value, number), (i.baseline_date, None),
                (latest.value if latest else None, number),
                (latest.on_date if latest else None, None),
                (i.target_value, number), (i.target_date, None),
                (round(i.expected_today, 4) if i.expected_today is not None else None, number),
                (i.status.label, status_fmt[i.status]), (i.data_source, wrap),
            ]
            for col, (value, fmt) in enumerate(values):
                _cell(sheet, n, col, value, fmt, date)
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, max(1, len(overview.rows)), len(OVERVIEW_HEADER) - 1)

        readings = book.add_worksheet("Readings")
        readings.write_row(0, 0, READINGS_HEADER, head)
        for col, width in enumerate((22, 44, 12, 13, 10)):
            readings.set_column(col, col, width)
        n = 0
        for r in overview.rows:
            for reading in r.indicator.readings:
                n += 1
                for col, value in enumerate((r.person_name, r.indicator.name, r.indicator.unit,
                                             reading.on_date, reading.value)):
                    _cell(readings, n, col, value, number if col == 4 else top, date)
        readings.freeze_panes(1, 0)

        about = book.add_worksheet("About")
        about.set_column(0, 0, 22)
        about.set_column(1, 1, 90, wrap)
        bold = book.add_format({"bold": True, "valign": "top"})
        long_date = book.add_format({"num_format": "mmmm d, yyyy", "align": "left"})
        lines: list[tuple[str, Any]] = [
            ("Cohort", overview.cohort_name), ("Program", overview.program),
            ("Status as of", overview.today),
            *((s.label, overview.count(s)) for s in TrackStatus),
            ("No framework yet", ", ".join(overview.members_without_framework)),
            ("How status is worked out", RULE_TEXT.removeprefix("How status is worked out: ")),
        ]
        for row, (label, value) in enumerate(lines):
            about.write_string(row, 0, label, bold)
            _cell(about, row, 1, value, wrap, long_date)
        book.close()
    return target
