"""The paper every document is laid out for: US Letter or A4, one setting for the whole app.

Kept apart from printing.py so that the menus can show it without loading PDFium and Qt's
print support when the window opens.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP

PAPER_KEY = "print/paper"
PAPERS = ((QT_TRANSLATE_NOOP("Paper", "US Letter"), "letter"), ("A4", "a4"))
PAPER_LABELS = {key: label for label, key in PAPERS}


def default_paper() -> str:
    """A4 where the system measures in metric, else US Letter."""
    metric = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.MetricSystem
    return "a4" if metric else "letter"


def paper(context: Any) -> str:
    """The paper every document is laid out for: "letter" or "a4"."""
    chosen = context.settings.text(PAPER_KEY)
    return chosen if chosen in PAPER_LABELS else default_paper()


def set_paper(context: Any, key: str) -> None:
    if key not in PAPER_LABELS:
        raise ValueError(f"unknown paper {key!r}")
    context.settings.set_value(PAPER_KEY, key)
