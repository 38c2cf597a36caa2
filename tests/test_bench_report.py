"""The benchmark table keeps every metric: a missing feature, a crash or a miss is a row with its
reason, and results.json has the documented shape. No timing is asserted here."""

from __future__ import annotations

import json
from pathlib import Path

from bench.generate import Summary
from bench.measure import Aim, Metric, NotAvailable, guarded, need, percentile
from bench.report import write_json, write_markdown

SUMMARY = Summary(seed=1, scale=0.001, plan={"people": 60}, counts={"person": 60})
INFO = {"cpu": "Test CPU", "cores": 2, "memory": "1.0 GiB", "load_average": [0.1, 0.1, 0.1],
        "load_start": "0.10, 0.10, 0.10", "os": "TestOS", "python": "3.x",
        "qt_platform": "offscreen", "versions": {"SQLite": "3.x"}}


def test_a_feature_that_has_not_landed_is_a_row_saying_so() -> None:
    def measure() -> Metric:
        need("cohortdesk.services.no_such_area")
        raise AssertionError("unreachable")

    [row] = guarded("Lantern export", "s", Aim(2), measure)
    assert row.status == "not available yet"
    assert "cohortdesk.services.no_such_area" in row.note
    assert row.value is None


def test_a_crash_is_a_row_with_its_reason_and_a_miss_stays_in_the_table() -> None:
    def crash() -> Metric:
        raise ValueError("the widget never repainted")

    [broken] = guarded("People view", "ms", None, crash)
    assert broken.status == "failed"
    assert "the widget never repainted" in broken.note

    [slow] = guarded("Sort", "ms", Aim(2, on_ratio=True),
                     lambda: Metric("Sort", 90.0, "ms", floor=30.0, aim=Aim(2, on_ratio=True)))
    assert slow.ratio == 3.0
    assert slow.status == "misses aim"


def test_a_missing_attribute_is_named() -> None:
    try:
        need("cohortdesk.services.people", "list_people", "teleport")
    except NotAvailable as exc:
        assert "teleport" in str(exc)
    else:
        raise AssertionError("need() accepted a missing function")


def test_percentile_counts_by_nearest_rank() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 95) == 95.0
    assert percentile(samples, 50) == 50.0
    assert percentile([7.0], 95) == 7.0


def test_results_json_and_the_table_have_every_row(tmp_path: Path) -> None:
    rows = [
        Metric("CSV export", 1.2, "s", floor=1.0, floor_name="csv module",
               aim=Aim(1.5, on_ratio=True)).settle(),
        Metric("Keystroke p95", 80.0, "ms", aim=Aim(50), note="Why: fold.").settle(),
        Metric("Badges", None, "s", status="not available yet", note="not available yet: x"),
    ]
    out = tmp_path / "results.json"
    write_json(out, rows, SUMMARY, INFO)
    data = json.loads(out.read_text(encoding="utf-8"))
    by_name = {m["name"]: m for m in data["metrics"]}
    assert set(by_name) == {"CSV export", "Keystroke p95", "Badges"}
    assert by_name["CSV export"]["floor"] == 1.0
    assert by_name["CSV export"]["ratio"] == 1.2
    assert by_name["CSV export"]["status"] == "meets aim"
    assert by_name["Keystroke p95"]["status"] == "misses aim"
    assert "floor" not in by_name["Keystroke p95"]
    assert by_name["Badges"]["value"] is None

    md = tmp_path / "PERFORMANCE.md"
    write_markdown(md, rows, SUMMARY, INFO, seconds=12.0)
    text = md.read_text(encoding="utf-8")
    assert "Test CPU" in text and "SQLite 3.x" in text
    assert "| 2 | Keystroke p95 | 80.0 ms |" in text
    assert "misses aim" in text and "Why: fold." in text
    assert "not available yet" in text


def test_the_team_sync_section_shows_each_aim_and_survives_a_new_table(tmp_path: Path) -> None:
    from bench.report import write_sync_section

    figures = {"scale": 1.0, "people": 100_000, "rows": 820_802, "first_sync_seconds": 48.5,
               "incremental_100_seconds": 0.21, "empty_workspace_receives_seconds": 70.2,
               "simulation": {"laptops": 10, "edits_each": 1000, "seconds_to_quiet": 35.0,
                              "rounds": 2, "identical": True, "lost_edits": 0, "conflicts": 120}}
    rows = [Metric("CSV export", 1.2, "s", floor=1.0, floor_name="csv module",
                   aim=Aim(1.5, on_ratio=True)).settle()]
    md, out = tmp_path / "PERFORMANCE.md", tmp_path / "results.json"
    write_markdown(md, rows, SUMMARY, INFO, seconds=12.0)
    write_sync_section(md, figures)
    text = md.read_text(encoding="utf-8")
    assert ("| First sync of the whole workspace (100,000 people, 820,802 rows) | 48.5 s | ≤ 60 s | "
            "✅ meets aim |") in text
    assert "| Incremental sync, 100 edited people | 0.21 s | ≤ 1 s | ✅ meets aim |" in text
    assert "| 10 laptops × 1,000 offline edits each, synced until quiet | converged: identical " \
        "workspaces, 0 lost edits, 120 conflicts recorded, 2 rounds, 35.0 s |" in text
    assert text.index("## Team sync") < text.index("## Notes")

    # The table written again (bench/run.py) keeps the section; the sync figures written again
    # replace it rather than adding a second.
    write_markdown(md, rows, SUMMARY, INFO, seconds=12.0)
    write_sync_section(md, {**figures, "first_sync_seconds": 75.0})
    text = md.read_text(encoding="utf-8")
    assert text.count("## Team sync") == 1
    assert "| 75.0 s | ≤ 60 s | ❌ misses aim |" in text
    out.write_text(json.dumps({"sync": figures}), encoding="utf-8")
    write_json(out, rows, SUMMARY, INFO)
    assert json.loads(out.read_text(encoding="utf-8"))["sync"] == figures
