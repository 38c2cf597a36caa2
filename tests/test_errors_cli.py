"""The command line reports a failure in one plain line: no "[Errno 28]", never a traceback."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc

from cohortdesk.cli.common import error_message, fail
from cohortdesk.store import Store


def test_os_errors_read_as_sentences(capsys: pytest.CaptureFixture[str]) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/Results.xlsx")
    assert fail(full) == 1
    err = capsys.readouterr().err
    assert err == ("cohortdesk: error: Could not save Results.xlsx: the disk is full; free some "
                   "space and try again. Any earlier copy is unchanged.\n")

    class FileCreateError(Exception):  # how xlsxwriter wraps the OSError of its ZIP file
        pass

    wrapped = FileCreateError(OSError(errno.EROFS, "Read-only file system"))
    assert error_message(wrapped) == ("Could not save the file: the folder is on a read-only "
                                      "disk; choose another folder. Any earlier copy is "
                                      "unchanged.")
    other = OSError(errno.ECONNRESET, "Connection reset by peer")
    assert error_message(other) == "Connection reset by peer"


def test_sqlite_errors_read_as_sentences() -> None:
    driver = sqlite3.OperationalError("database or disk is full")
    assert error_message(driver) == ("The workspace could not be read or written: the disk is "
                                     "full; free some space and try again.")
    wrapped = sa_exc.OperationalError("INSERT ...", {}, sqlite3.OperationalError("disk I/O error"))
    message = error_message(wrapped)
    assert "the disk reported an error" in message
    assert "sqlalche.me" not in message and "\n" not in message


def _export(workspace: Path, out: Path, limit: int | None) -> subprocess.CompletedProcess[str]:
    def small_disk() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "cohortdesk", "--workspace", str(workspace), "results", "export",
         "--cohort", "1", "-o", str(out)],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(),
        preexec_fn=small_disk, check=False)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX resource limits")
def test_results_export_that_does_not_fit_is_one_line(example_store: Store, tmp_path: Path) -> None:
    """The workbook stops fitting at several points of writing it (its ZIP once printed
    "Exception ignored in ZipFile.__del__" with a traceback after the error line)."""
    # The workspace stays open here, as in the app, so the exporting process only reads it.
    out = tmp_path / "Results.xlsx"
    done = _export(example_store.path, out, None)
    assert done.returncode == 0, done.stderr
    size = out.stat().st_size
    out.write_bytes(b"last week's workbook")
    for limit in (size // 4, size * 8 // 10, size * 9 // 10):
        done = _export(example_store.path, out, limit)
        assert done.returncode == 1, (limit, done.stdout, done.stderr)
        assert done.stderr == ("cohortdesk: error: Could not save the file: the file is too large "
                               "for that disk. Any earlier copy is unchanged.\n"), limit
        assert out.read_bytes() == b"last week's workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if "Results" in p.name) == ["Results.xlsx"]


def test_results_export_onto_a_full_disk(example_store: Store, tmp_path: Path) -> None:
    """A real full disk (ENOSPC): a 8 KB tmpfs in a private mount namespace."""
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare(1) to mount a small disk")
    disk = tmp_path / "usb"
    disk.mkdir()
    shell = 'mount -t tmpfs -o size=8k tmpfs "$1" || exit 77; shift; exec "$@"'
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", shell, "sh", str(disk), sys.executable, "-m",
         "cohortdesk", "--workspace", str(example_store.path), "results", "export",
         "--cohort", "1", "-o", str(disk / "Results.xlsx")],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(), check=False)
    if done.returncode == 77 or "unshare:" in done.stderr:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.strip()}")
    assert done.returncode == 1, done.stderr
    assert done.stderr == ("cohortdesk: error: Could not save the file: the disk is full; free "
                           "some space and try again. Any earlier copy is unchanged.\n")
