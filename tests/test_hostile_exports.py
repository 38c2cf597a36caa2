"""Private exports stay private whatever the umask; every CSV cell is guarded."""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def test_long_names_grow_their_sign_in_row_and_never_overprint(tmp_path: Path) -> None:
    import dataclasses
    import importlib.util
    import shutil
    import subprocess

    from pypdf import PdfReader

    from cohortdesk.documents import print_materials as pm

    data_dir = Path(__file__).parent / "data" / "packets"
    spec = importlib.util.spec_from_file_location("packet_samples_h", data_dir / "make_data.py")
    assert spec is not None and spec.loader is not None
    samples = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(samples)
    people_list = samples.export_people()
    long = dataclasses.replace(people_list[0], given_name="Maximiliana-Alexandrina " * 6,
                               family_name="Wolfeschlegelsteinhausenbergerdorff-" * 5,
                               jurisdiction="City and County of " + "Long Place Name " * 10)
    ordered = [people_list[1], long, *people_list[2:]]
    path = tmp_path / "signin.pdf"
    pm.build_sign_in(samples.sample_packet(ordered), "letter", path, blank_rows=2)
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():  # the baseline on the page: the text matrix, then the page's cm
            found.append((float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5]), text.strip()))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    long_ys = [y for y, t in found if "Maximiliana" in t or "Wolfeschlegel" in t
               or "Long Place" in t]
    numbers = {t: y for y, t in found if t.isdigit()}
    # The row's number is centred beside its wrapped name.
    row = next(n for n in numbers if min(long_ys) < numbers[n] < max(long_ys))
    above, below = numbers[str(int(row) - 1)], numbers[str(int(row) + 1)]
    assert above > max(long_ys) + 8, "the long name reaches into the row above"
    assert below < min(long_ys) - 8, "the long name reaches into the row below"
    if shutil.which("pdftoppm"):  # and it renders
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(path),
                        str(tmp_path / "page")], check=True, timeout=60)
        assert (tmp_path / "page-1.png").stat().st_size > 0
