"""Guard against the PySide6 6.12.0 / CPython 3.11 bug that drops a reference to None per call.

After a few thousand such calls the interpreter aborts with `none_dealloc`; our pins in
pyproject.toml keep that combination out, and this test fails if it ever slips back in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_none_refcount_holds_across_10000_qt_calls(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i & 7))  # returns None from C++
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
