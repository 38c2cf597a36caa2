"""Atomic writes: an export that fails halfway leaves the previous file exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from cohortdesk.documents.atomic import atomic_open, atomic_path, write_text


def test_failed_write_keeps_the_old_file_and_leaves_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "roster.csv"
    write_text(target, "old roster\n")
    with pytest.raises(RuntimeError), atomic_open(target, "w") as fh:
        fh.write("half a new rost")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old roster\n"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.csv"]


def test_successful_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "roster.xlsx"
    with atomic_path(target) as temp:
        temp.write_bytes(b"PK new workbook")
    assert target.read_bytes() == b"PK new workbook"
    assert [p.name for p in target.parent.iterdir()] == ["roster.xlsx"]
