"""Private exports stay private whatever the umask; every CSV cell is guarded."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cohortdesk.documents.formula_guard import guard, unguard
from cohortdesk.domain.records import PersonData
from cohortdesk.services import archive, attendance, notes, people, roster, roster_catering
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_internal_roster_is_private_and_participant_roster_is_not(
        example_store: Store, tmp_path: Path, fmt: roster.Format) -> None:
    internal = tmp_path / f"internal.{fmt}"
    internal.write_bytes(b"old")
    internal.chmod(0o644)  # an older export replaced by a private one becomes private
    roster.export_roster(example_store, RosterRequest(cohort_id=1, audience="internal"), fmt,
                         internal)
    shared = roster.export_roster(example_store, RosterRequest(cohort_id=1), fmt,
                                  tmp_path / f"participants.{fmt}")
    assert _mode(internal) == 0o600
    assert _mode(shared) == 0o644


@pytest.mark.usefixtures("umask_022")
def test_catering_archive_and_minutes_are_private(example_store: Store, tmp_path: Path) -> None:
    made = [
        roster_catering.export_catering(example_store, 1, tmp_path / "catering.csv"),
        roster_catering.export_catering(example_store, 1, tmp_path / "catering.pdf"),
        archive.export_archive(example_store, tmp_path / "all.json"),
        notes.write_minutes(example_store, 1, tmp_path / "minutes.md"),
    ]
    assert [_mode(p) for p in made] == [0o600] * len(made)


@pytest.mark.parametrize("value", [" =1+1", "\n=cmd", "\u00a0@SUM(A1)", "\t=x", "-2", "+1 703",
                                   "'=already"])
def test_guard_covers_leading_whitespace(value: str) -> None:
    assert guard(value).startswith("'")
    assert unguard(guard(value)) == value


def test_attendance_matrix_csv_is_guarded(store: Store, tmp_path: Path) -> None:
    import datetime as dt

    from cohortdesk.domain.records import CohortData, MembershipData
    from cohortdesk.services import cohorts

    cid = cohorts.create_cohort(store, CohortData(name="C", start_date=dt.date(2026, 1, 5)))
    pid = people.create_person(store, PersonData(given_name=" =HYPERLINK(\"x\")",
                                                 family_name="Lee"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    path = attendance.export_matrix_csv(attendance.matrix(store, cid), tmp_path / "m.csv")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    risky = [c for c in cells if c.lstrip(" \n\u00a0")[:1] in ("=", "+", "-", "@")]
    assert not risky, risky
