"""Limits on what CohortDesk reads and stores, shared by forms, imports and the archive.

Every limit is named in the message that refuses it, so a user knows what would fit.
"""

from __future__ import annotations

import unicodedata

from cohortdesk.domain.validation import refusal

TOO_LONG = "{label} is {length} characters long; the most it may hold is {limit}."

# Imports (people CSV/XLSX, Zoom reports).
MAX_IMPORT_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELL_CHARS = 10_000
# All the cell text of one import together: keeps memory bounded whatever the file holds.
MAX_IMPORT_CHARS = 60_000_000
# One physical line of a CSV file, in bytes (500 columns of 10,000 characters cannot be on
# one line of a file we accept anyway: the text budget above would refuse it).
MAX_LINE_BYTES = 4 * 1024 * 1024

# Excel workbooks are ZIP files: what their parts may unpack to before anything parses them.
MAX_XLSX_PART_BYTES = 200 * 1024 * 1024
MAX_XLSX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS_BYTES = 60 * 1024 * 1024
# Parts larger than a megabyte that compress better than this are refused as zip bombs
# (a spreadsheet's XML compresses 5 to 30 times; a bomb thousands of times).
MAX_XLSX_RATIO = 150

MAX_ZOOM_REPORT_BYTES = 20 * 1024 * 1024
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024

# Text fields without a length of their own (bios, notes, descriptions, access needs).
LONG_TEXT_CHARS = 20_000
# Meeting minutes and other notes may be long documents.
NOTE_TEXT_CHARS = 200_000


def check_length(field: str, value: str, limit: int, label: str = "") -> None:
    if len(value) > limit:
        raise refusal(field, "limits: too long", TOO_LONG, label=label or field,
                      length=f"{len(value):,}", limit=f"{limit:,}")


def is_invisible(text: str) -> bool:
    """True for text made only of spaces, control and format characters (zero-width spaces,
    direction marks, NULs...): a name like that shows as nothing."""
    return all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE for ch in text)


# Unassigned code points (Cn) are not here: a newer Unicode may have given them a letter.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})


def single_line(text: str) -> str:
    """A single-line field (a meeting link, a title) with line breaks and tabs made spaces,
    and other control characters (a pasted NUL or escape) left out: they draw as boxes in the
    lists and break the Undo item's name."""
    if text.isprintable():
        return text
    if any(ch in text for ch in "\r\n\t\v\f\x85\u2028\u2029"):
        text = " ".join(text.split()).strip()
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc")
