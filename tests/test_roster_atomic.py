"""Atomic writes: an export that fails halfway leaves the previous file exactly as it was, says
which file could not be saved and why, and gives the file ordinary permissions."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cohortdesk.documents.atomic import SaveError, atomic_open, atomic_path, write_bytes, write_text
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.files import save_failure_message

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def test_failed_write_keeps_the_old_file_and_leaves_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    write_text(target, "old roster\n")
    with pytest.raises(RuntimeError), atomic_open(target, "w") as fh:
        fh.write("half a new rost")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old roster\n"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.csv"]


def test_successful_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"PK old workbook")
    with atomic_path(target) as temp:
        temp.write_bytes(b"PK new workbook")
    assert target.read_bytes() == b"PK new workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]


def test_a_failed_write_names_the_target_and_the_reason(tmp_path: Path) -> None:
    target = tmp_path / "badges.pdf"
    target.write_bytes(b"%PDF yesterday")
    with pytest.raises(SaveError) as failed, atomic_path(target) as temp:
        # What a library reports when the disk fills: the error is about the temporary file.
        raise OSError(errno.ENOSPC, "No space left on device", str(temp))
    message = str(failed.value)
    assert message == ("Could not save badges.pdf: the disk is full; free some space and try "
                       "again. The previous file is unchanged.")
    assert ".partial" not in message
    assert isinstance(failed.value, CohortDeskError) and isinstance(failed.value, OSError)
    assert failed.value.errno == errno.ENOSPC and failed.value.filename == str(target)
    # The app's error box words it from the errno and the target's name too.
    assert save_failure_message(failed.value) == (
        "Could not save badges.pdf: the disk is full; free some space and try again. "
        "Any earlier copy is unchanged.")
    assert target.read_bytes() == b"%PDF yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_an_unrelated_file_error_keeps_its_own_message(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    with pytest.raises(FileNotFoundError) as failed, atomic_path(tmp_path / "packet.pdf"):
        logo.read_bytes()
    assert failed.value.filename == str(logo)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    target = tmp_path / "USB stick" / "roster.csv"
    with pytest.raises(SaveError) as failed:
        write_text(target, "x")
    assert str(failed.value).startswith("Could not save roster.csv: the folder ")
    assert "USB stick" in str(failed.value) and "does not exist" in str(failed.value)
    assert "previous file" not in str(failed.value)  # there was none
    assert not target.parent.exists()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SaveError, match="notes.txt is a file, not a folder"):
        write_text(tmp_path / "notes.txt" / "roster.csv", "x")


@posix_only
def test_a_new_export_gets_the_users_usual_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_bytes(tmp_path / "a.pdf", b"%PDF")
        with atomic_path(tmp_path / "b.xlsx") as temp:
            temp.write_bytes(b"PK")
        os.umask(0o077)
        write_text(tmp_path / "c.csv", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.pdf").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.xlsx").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "c.csv").stat().st_mode & 0o777 == 0o600


@posix_only
def test_replacing_a_file_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "roster.csv"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o664)
    private = tmp_path / "internal.csv"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    write_text(shared, "new")
    with atomic_path(private) as temp:
        temp.write_text("new", encoding="utf-8")
    assert shared.stat().st_mode & 0o777 == 0o664
    assert private.stat().st_mode & 0o777 == 0o600
    assert shared.read_text(encoding="utf-8") == private.read_text(encoding="utf-8") == "new"
