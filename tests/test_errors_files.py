"""A full disk or an unusable folder gives a clear message, and the old file stays untouched."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cohortdesk.documents.atomic import write_bytes
from cohortdesk.files import FileWriteError, atomic_write, write_text_atomic
from cohortdesk.store import Store
from cohortdesk.ui.shell import safety
from cohortdesk.ui.shell.main_window import MainWindow


def test_disk_full_midway_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    target.write_text("the roster sent to the caterer\n", encoding="utf-8")
    with pytest.raises(FileWriteError) as failed, atomic_write(target, "w") as handle:
        handle.write("half of a new roster")
        raise OSError(errno.ENOSPC, "No space left on device", str(target))
    assert "the disk is full" in str(failed.value)
    assert "previous file is unchanged" in str(failed.value)
    assert target.read_text(encoding="utf-8") == "the roster sent to the caterer\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.csv"]


def test_missing_folder_is_named_clearly(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="folder does not exist"):
        write_text_atomic(tmp_path / "USB" / "packet.txt", "x")


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    w = MainWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    safety.uninstall_hooks()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX resource limits")
def test_export_that_does_not_fit_shows_a_plain_message_and_keeps_the_old_file(
    qtbot, window: MainWindow, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import resource
    import signal

    target = tmp_path / "badges.pdf"
    target.write_bytes(b"%PDF-1.7 yesterday's badges")

    def export_too_big() -> None:
        # The disk "fills up" at 64 KB: the OS refuses the write, as with a full USB stick.
        old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
        old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, old_limit[1]))
        try:
            write_bytes(target, b"%PDF-1.7" + b"x" * 200_000)
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
            signal.signal(signal.SIGXFSZ, old_handler)

    window.context.guard(export_too_big)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert "Could not save" in box.text() and "too large for that disk" in box.text()
    assert "earlier copy is unchanged" in box.text()
    assert safety.feature_for(window.context).error_dialog is None, "not shown as a bug"
    assert target.read_bytes() == b"%PDF-1.7 yesterday's badges"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or "partial" in p.name
                  ) == ["badges.pdf"]
