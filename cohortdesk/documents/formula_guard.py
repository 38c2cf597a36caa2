"""Formula injection: a cell we export must never become a live formula in Excel or LibreOffice.

A value is dangerous when its first character after any leading spaces (or line breaks,
or no-break spaces) is `=`, `+`, `-`, `@`,
a tab or a carriage return. CSV has no "this is text" marker, so such values get a leading
apostrophe (OWASP's advice); `+1 703 555 0110` then reads as `'+1 703 555 0110` instead of a
broken sum. A value that already starts with an apostrophe before such a value gets one more,
so `unguard(guard(v)) == v` for every text and our own exports import back unchanged.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\t\r")
# Leading characters a spreadsheet may skip before it looks for a formula.
SPACES = " \n\u00a0\u3000"


def is_dangerous(value: str) -> bool:
    stripped = value.lstrip(SPACES)
    return bool(stripped) and stripped[0] in TRIGGERS


def _is_guarded(value: str) -> bool:
    # An apostrophe followed by something that would need (or already has) a guard.
    while value.startswith("'"):
        value = value[1:]
        if is_dangerous(value):
            return True
    return False


def guard(value: str) -> str:
    """The text to put in a CSV cell so that spreadsheets show it as text."""
    if not value:
        return value
    first = value[0]
    if first in SPACES:
        return "'" + value if is_dangerous(value) else value
    if first in TRIGGERS or (first == "'" and _is_guarded(value)):
        return "'" + value
    return value


def unguard(value: str) -> str:
    """Undo `guard` on a cell read back from a CSV file."""
    if value.startswith("'") and (is_dangerous(value[1:]) or _is_guarded(value[1:])):
        return value[1:]
    return value
