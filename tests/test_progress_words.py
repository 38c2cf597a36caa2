"""The core's progress labels reach the progress dialog in the app's language."""

from __future__ import annotations

import ast
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QProgressDialog

from cohortdesk.store import Store
from cohortdesk.ui import i18n
from cohortdesk.ui.i18n.progress import LABELS, PATTERNS, progress_text
from cohortdesk.ui.shell.main_window import MainWindow

CORE = Path(__file__).resolve().parent.parent / "cohortdesk"
_REPORTERS = {"progress", "step", "tick", "report"}  # what the core calls its Progress


def _core_labels() -> tuple[set[str], set[str]]:
    """Every label the core passes to a progress callback as a literal, and the literal start
    of every f-string label ("Archiving " of f"Archiving {table.name}")."""
    literals, starts = set(), set()
    for path in CORE.rglob("*.py"):
        if path.relative_to(CORE).parts[0] in ("ui", "cli"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name not in _REPORTERS:
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    literals.add(arg.value)
                elif isinstance(arg, ast.JoinedStr):
                    first = arg.values[0]
                    starts.add(first.value if isinstance(first, ast.Constant) else "")
    return literals, starts


def test_every_progress_label_of_the_core_is_in_the_catalogue() -> None:
    literals, starts = _core_labels()
    assert "Reading the roster" in literals and "Archiving " in starts  # the scan sees them
    assert literals - LABELS == set()
    assert {s for s in starts if not any(p.pattern.startswith(s) for p, _w in PATTERNS)} == set()


def test_progress_words_follow_the_language(qapp: QApplication) -> None:
    before = QLocale()
    try:
        i18n.install(qapp, "es")
        assert progress_text("Reading the roster") == "Leyendo el directorio"
        assert progress_text("Archiving person") == "Archivando person"
        assert progress_text("Lan Nguyen's iPhone") == "Lan Nguyen's iPhone"  # a name, as is
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    assert progress_text("Reading the roster") == "Reading the roster"


def test_the_progress_dialog_shows_the_label_in_spanish(qtbot: Any, qapp: QApplication,
                                                        store: Store) -> None:
    before = QLocale()
    release = threading.Event()
    try:
        i18n.install(qapp, "es")
        window = MainWindow(store)
        qtbot.addWidget(window)

        def work(progress: Any) -> str:
            progress(1, 3, "Comparing people")
            release.wait(30)
            return "done"

        window.context.jobs.run("Buscando duplicados…", work)
        qtbot.waitUntil(lambda: any(d.isVisible() and d.labelText() == "Comparando personas"
                                    for d in window.findChildren(QProgressDialog)),
                        timeout=10000)
    finally:
        release.set()
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    qtbot.waitUntil(lambda: not window.context.jobs.busy(), timeout=10000)
