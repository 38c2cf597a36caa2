"""Errors never vanish: logged privately without contact details, rolled back, shown with
Copy details, and the app keeps running."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from cohortdesk import logs, paths
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import PersonData
from cohortdesk.services import people
from cohortdesk.store import Store
from cohortdesk.store.models import Person
from cohortdesk.ui.shell import safety
from cohortdesk.ui.shell.error_dialog import ErrorDialog
from cohortdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def log_file() -> Iterator[Path]:
    path = logs.setup_logging()
    yield path
    logs.shutdown_logging()


@pytest.fixture
def window(qtbot, store: Store, log_file: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    safety.uninstall_hooks()


def _error_dialog(window: MainWindow) -> ErrorDialog:
    dialog = safety.feature_for(window.context).error_dialog
    assert isinstance(dialog, ErrorDialog) and dialog.isVisible()
    return dialog


def test_log_has_no_emails_or_phone_numbers(log_file: Path) -> None:
    log = logging.getLogger("cohortdesk.test")
    try:
        raise ValidationError("email", "Zoë O'Brien already uses zoe.obrien@example.org "
                                       "(phone +1 (555) 010-1234, desk 555-0187)")
    except ValidationError:
        log.exception("Saving person failed for ana.lima@example.org, 555.010.9876")
    text = log_file.read_text(encoding="utf-8")
    assert "Saving person failed" in text and "ValidationError" in text
    for secret in ("zoe.obrien@example.org", "ana.lima@example.org", "010-1234", "555-0187",
                   "555.010.9876"):
        assert secret not in text
    assert "[email]" in text and "[phone]" in text


@pytest.mark.parametrize("number", [
    "(555) 0101", "tel 5550101", "07700 900123", "(03) 9555 0101", "0171 555 0101",
    "+44 (0)20 7946 0958", "+1 (555) 010-1234", "555.010.1234", "5550101234", "tel:+15550101",
])
def test_every_phone_format_is_redacted_whole(number: str) -> None:
    label = number[:4] if number.startswith("tel") else ""
    assert logs.redact(f"Call Zoë on {number}, today.") == f"Call Zoë on {label}[phone], today."


def test_redaction_keeps_dates_times_and_file_names() -> None:
    line = ("2025-11-22 18:20:01,123 INFO cohortdesk.safety: Backed up Workspace.cohortdesk "
            "to Workspace.id-3f9a2c1b7e4d.20251122-182001.open.cohortdesk (425984 bytes, "
            "line 1874, session of 22.11.2025, pid 31337, /tmp/w/1234567)")
    assert logs.redact(line) == line


def test_python_warnings_reach_the_log(log_file: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("Zoom report row for 07700 900123 has no leave time", UserWarning,
                      stacklevel=1)
    text = log_file.read_text(encoding="utf-8")
    assert "WARNING py.warnings" in text and "has no leave time" in text
    assert "07700 900123" not in text and "[phone]" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_user_folders_are_private(isolated_home: Path) -> None:
    made = [paths.data_dir(), paths.config_dir(), paths.log_dir(), paths.backup_dir()]
    for folder in made:
        assert folder.is_relative_to(isolated_home)
        assert folder.stat().st_mode & 0o777 == 0o700, folder
    loose = isolated_home / "config"
    loose.chmod(0o755)  # made by an earlier version
    assert paths.config_dir().stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_files_are_private_and_rotate(log_file: Path) -> None:
    log = logging.getLogger("cohortdesk.test")
    for n in range(logs.MAX_BYTES // 400 + 50):
        log.info("line %d %s", n, "x" * 400)
    rotated = sorted(log_file.parent.glob(logs.LOG_NAME + "*"))
    assert len(rotated) >= 2
    assert log_file.parent == paths.log_dir()
    assert log_file.parent.stat().st_mode & 0o777 == 0o700
    for part in rotated:
        assert part.stat().st_mode & 0o777 == 0o600, part.name


def test_native_crash_is_written_to_the_log(tmp_path: Path) -> None:
    code = ("import faulthandler; from cohortdesk import logs; logs.setup_logging(); "
            "faulthandler._sigsegv()")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env=os.environ.copy())
    assert proc.returncode != 0
    text = logs.log_path().read_text(encoding="utf-8", errors="replace")
    assert "Fatal Python error: Segmentation fault" in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_the_app_keeps_running(
    qtbot, window: MainWindow, log_file: Path  # type: ignore[no-untyped-def]
) -> None:
    def broken_slot() -> None:
        raise RuntimeError("the roster filter broke for lan@example.org")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: safety.feature_for(window.context).error_dialog is not None, timeout=5000)
    dialog = _error_dialog(window)
    assert "could not finish" in dialog.headline.text()
    assert "The roster filter broke" in dialog.headline.text()

    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError" in copied and "broken_slot" in copied
    assert "lan@example.org" not in copied
    assert "[email]" in copied
    assert "Unexpected error" in log_file.read_text(encoding="utf-8")

    # The app keeps running: a second failure joins the open dialog, and work goes on.
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: dialog.count == 2, timeout=5000)
    assert "2 problems" in dialog.headline.text()
    people.create_person(window.store, PersonData(given_name="Still", family_name="Working"))
    assert people.count_people(window.store) == 1
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_rolls_back_the_open_change(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    store = window.store
    outcome: dict[str, object] = {}

    def half_done_edit() -> None:
        # A buggy slot that starts a change and leaves it open when it fails.
        change = store.change("Add Person Half Done")
        session = change.__enter__()
        session.add(Person(given_name="Half", family_name="Done"))
        session.flush()
        outcome["change"] = change
        raise KeyError("organization")

    QTimer.singleShot(0, half_done_edit)
    qtbot.waitUntil(lambda: safety.feature_for(window.context).error_dialog is not None, timeout=5000)
    assert "undone" in _error_dialog(window).reassurance.text()
    # The write lock was released: another change goes through at once, the half one is gone.
    people.create_person(store, PersonData(given_name="Next", family_name="One"))
    assert [r[1] for r in people.list_people(store).rows] == ["Next One"]


@pytest.mark.qt_no_exception_capture
@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_exception_in_a_worker_job_and_a_thread_is_shown(
    qtbot, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    def failing_job(_progress: object) -> None:
        raise ZeroDivisionError("attendance rate of an empty session")

    window.context.run_job("Computing…", failing_job)
    qtbot.waitUntil(lambda: safety.feature_for(window.context).error_dialog is not None, timeout=10000)
    assert "attendance rate" in _error_dialog(window).headline.text()
    safety.feature_for(window.context).error_dialog.close()
    qtbot.waitUntil(lambda: safety.feature_for(window.context).error_dialog is None, timeout=5000)

    thread = threading.Thread(target=lambda: 1 / 0, name="stray")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: safety.feature_for(window.context).error_dialog is not None, timeout=5000)
    assert "division by zero" in _error_dialog(window).headline.text()


def test_expected_errors_keep_their_plain_message(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.context.show_error(ValidationError("email", "Enter an email address like name@example.org."))
    assert safety.feature_for(window.context).error_dialog is None
