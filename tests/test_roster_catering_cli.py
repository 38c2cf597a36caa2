"""Catering summary and the exchange commands, run as a user would from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from cohortdesk.cli import run
from cohortdesk.services import people, roster_catering
from cohortdesk.services.roster_catering import dietary_items
from cohortdesk.store import Store

FORM = Path(__file__).parent / "data" / "import" / "registration_form.csv"


def test_catering_counts_each_need_and_lists_access(example_store: Store, tmp_path: Path) -> None:
    summary = roster_catering.catering_summary(example_store, 1)
    counts = {d.need: d.count for d in summary.dietary}
    assert counts["Vegetarian"] == 2
    assert summary.headcount + summary.excluded == 15
    assert summary.headcount == sum(d.count for d in summary.dietary) + summary.no_dietary_needs
    assert any(a.need.startswith("Wheelchair") for a in summary.access)
    path = roster_catering.export_catering(example_store, 1, tmp_path / "c.pdf")
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "CONFIDENTIAL" in text and "Vegetarian" in text and "Wheelchair" in text


def test_dietary_items_split_and_ignore_none() -> None:
    assert dietary_items("vegetarian; gluten-free") == ["Vegetarian", "Gluten-free"]
    assert dietary_items("None") == [] and dietary_items(" n/a ") == []


def test_cli_people_import_dry_run_then_for_real(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ws = str(tmp_path / "w.cohortdesk")
    Store.open(ws).close()
    assert run(["people", "import", str(FORM), "--dry-run", "--json", "--workspace", ws]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] is True
    assert report["summary"]["would_add"] == 12
    maria = report["rows"][8]
    assert maria["outcome"] == "would refuse" and maria["issues"][0]["field"] == "email"
    with Store.open(ws) as store:
        assert people.count_people(store) == 0
    assert run(["people", "import", str(FORM), "--workspace", ws]) == 0
    out = capsys.readouterr().out
    assert ("12 added, 0 updated, 1 unchanged, 0 skipped, 1 refused, 1 empty line. "
            "1 differing value kept as it was.") in out
    assert "row   9 (line 11): refused" in out


def test_cli_exports(example_store: Store, tmp_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    ws = str(example_store.path)
    example_store.close()
    assert run(["roster", "export", "--session", "1", "--format", "xlsx", "--audience",
                "internal", "--fields", "name,email,dietary_needs", "-o",
                str(tmp_path / "r.xlsx"), "--workspace", ws]) == 0
    assert "CONFIDENTIAL" in capsys.readouterr().out
    assert run(["roster", "export", "--cohort", "1", "--fields", "name,dietary_needs",
                "-o", str(tmp_path / "r.csv"), "--workspace", ws]) == 2
    assert "internal roster only" in capsys.readouterr().err
    assert run(["catering", "--session", "1", "-o", str(tmp_path / "c.csv"),
                "--workspace", ws]) == 0
    assert run(["calendar", "--cohort", "1", "-o", str(tmp_path / "c.ics"),
                "--workspace", ws]) == 0
    assert run(["archive", "export", "-o", str(tmp_path / "a.json"), "--workspace", ws]) == 0
    new = tmp_path / "new.cohortdesk"
    assert run(["archive", "import", str(tmp_path / "a.json"), "--workspace", str(new)]) == 0
    assert run(["archive", "import", str(tmp_path / "a.json"), "--workspace", str(new)]) == 2
    assert "already has data" in capsys.readouterr().err
    assert run(["people", "list", "--workspace", str(new)]) == 0
    for name in ("r.xlsx", "c.csv", "c.ics", "a.json"):
        assert (tmp_path / name).stat().st_size > 0
