"""`make bench`: every figure in docs/PERFORMANCE.md, against its floor, in one run.

    python -m bench.run                 # the large workspace (generated once, then cached)
    python -m bench.run --scale 0.05    # a quick try; writes bench/out/ only, not the docs
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import core_metrics, diagnose, features, hostile, inputs  # noqa: E402
from bench.generate import DEFAULT_SEED, OUT, cached_workspace  # noqa: E402
from bench.measure import RUNS, Aim, Metric, guarded  # noqa: E402
from bench.report import machine, write_json, write_markdown  # noqa: E402
from cohortdesk.store import Store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PERFORMANCE = ROOT / "docs" / "PERFORMANCE.md"


def say(text: str) -> None:
    print(text, flush=True)


def launch_until_painted(args: list[str]) -> dict[str, float]:
    """Seconds from launch to each milestone the child reports ("painted", then "rows"), and
    "rss": the child's peak resident memory at the first paint, in MB."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.coldstart", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        if line.startswith("rss "):
            seen["rss"] = int(line.split()[1]) / 1024  # KB
            continue
        seen[line.strip()] = time.perf_counter() - start
        if line.strip() == "done":
            break
    _out, err = child.communicate(timeout=120)
    if "painted" not in seen or child.returncode != 0:
        raise RuntimeError(f"cold start {args} failed: {sorted(seen)} {err.strip()[-400:]}")
    return seen


def cold_starts(bench: core_metrics.Bench) -> list[Metric]:
    empty = bench.scratch / "empty.cohortdesk"
    Store.open(empty).close()
    large = bench.copy("coldstart.cohortdesk")
    cases = {"bare": ["bare"], "empty": ["app", str(empty)], "large": ["app", str(large)]}
    samples: dict[str, list[float]] = {k: [] for k in cases}
    memory: dict[str, list[float]] = {k: [] for k in cases}
    rows: list[float] = []
    opened: dict[str, list[float]] = {"empty": [], "large": []}
    # A laptop that has run the app has its bytecode; where PYTHONDONTWRITEBYTECODE is set
    # (as on some build machines) every launch would compile the app's modules again.
    compileall.compile_dir(ROOT / "cohortdesk", quiet=1)
    launch_until_painted(["bare"])  # the first launch fills the OS cache for all of them
    for _ in range(RUNS):
        for key, args in cases.items():  # interleaved, so drift hits all three alike
            seen = launch_until_painted(args)
            samples[key].append(seen["painted"])
            memory[key].append(seen["rss"])
            if key in opened and "opened" in seen:
                opened[key].append(seen["opened"])
            if key == "large" and "rows" in seen:
                rows.append(seen["rows"])
    floor = statistics.median(samples["bare"]) * 1000
    people = bench.summary.counts.get("person", 0)
    in_process: list[Any] = []
    found = [
        Metric("Cold start to a painted main window, empty workspace",
               statistics.median(samples["empty"]) * 1000, "ms", floor=floor,
               floor_name="bare PySide6 QMainWindow", aim=Aim(3, on_ratio=True), runs=RUNS,
               note="Fresh process, to the first paint of the window's frame (title, menus, "
                    "sidebar, \"Opening …\"); the workspace opens right after (next lines)."),
        Metric(f"Cold start to a painted main window, large workspace ({people:,} people)",
               statistics.median(samples["large"]) * 1000, "ms", floor=floor,
               floor_name="bare PySide6 QMainWindow", aim=Aim(3, on_ratio=True), runs=RUNS,
               note="Fresh process, to the first paint of the window's frame; the workspace "
                    "opens right after, then the People view's rows (see below).",
               why=(lambda: None, lambda: in_process.append(window_in_process(large)),
                    lambda: in_process.pop().close())),
    ]
    for key, workspace in (("empty", "empty workspace"),
                           ("large", f"large workspace ({people:,} people)")):
        if opened[key]:
            found.append(Metric(
                f"Cold start to the open workspace's first page painted, {workspace}",
                statistics.median(opened[key]) * 1000, "ms", floor=floor,
                floor_name="bare PySide6 QMainWindow", runs=len(opened[key]),
                note="Same launches: the frame, then the workspace opened (lock, integrity "
                     "and schema checks) and the welcome page or the view shown, painted."))
    if rows:
        found.append(Metric(
            f"Cold start to the first People rows shown, large workspace ({people:,} people)",
            statistics.median(rows) * 1000, "ms", floor=floor,
            floor_name="bare PySide6 QMainWindow", runs=len(rows),
            note="Same launches: from start to the paint of the People view's first rows, "
                 "which load after the window appears."))
    for key, workspace in (("empty", "empty workspace"),
                           ("large", f"large workspace ({people:,} people)")):
        found.append(Metric(
            f"Peak memory at start, to a painted main window, {workspace}",
            statistics.median(memory[key]), "MB", floor=statistics.median(memory["bare"]),
            floor_name="bare PySide6 QMainWindow", aim=Aim(2, on_ratio=True), runs=RUNS,
            note="Same launches: the process's peak resident memory (VmHWM) when the window "
                 "has painted, the floor's read the same way."))
    for metric, key in zip(found, ("empty", "large"), strict=False):
        if metric.settle().status == "misses aim":
            costs = diagnose.import_costs(["-m", "bench.coldstart", *cases[key]], ROOT)
            bare = diagnose.import_costs(["-m", "bench.coldstart", "bare"], ROOT)
            metric.note += (f" Why, under `python -X importtime` (which adds overhead): {costs}; "
                            f"the bare window's {bare}.")
    return found


def window_in_process(workspace: Path) -> Any:
    """What a cold start does after its imports and before its first paint, in this process,
    for the profile of a miss: the window's frame (its workspace opens after the paint, so
    not here). The caller closes the window, outside the profile."""
    from cohortdesk.ui.shell.app import make_application
    from cohortdesk.ui.shell.main_window import MainWindow

    make_application([sys.argv[0]])
    return MainWindow(opening=workspace)


def ui_figures(bench: core_metrics.Bench, store: Store) -> list[Metric]:
    from bench import ui_metrics
    from cohortdesk.ui.shell.app import make_application

    make_application([sys.argv[0]])
    # Inputs that write to the workspace are made before the window opens, so the reloads
    # they cause never land inside a measurement.
    inputs.directory_cohort(bench)
    window = ui_metrics.open_window(store)
    out: list[Metric] = []
    out += guarded("People view", "ms", None, lambda: ui_metrics.people_view(window))
    s = bench.summary
    other = s.flagship_session_id - s.plan["cohorts"]
    out += guarded("Open a session in the Sessions view", "ms", Aim(200),
                   lambda: ui_metrics.session_open(window, s.flagship_session_id, other,
                                                   s.plan["flagship_members"],
                                                   s.plan["agenda_per_session"]))
    out += features.responsiveness(bench, window)
    window.close()
    return out


def merged(fresh: list[Metric], info: dict[str, Any], groups: list[str],
           seconds: float) -> tuple[list[Metric], dict[str, Any]]:
    """The figures in bench/results.json with `fresh` in place of those of the same name (new
    ones at the end); the machine block says which figures were refreshed, when, and the load
    then. Each refreshed figure still has its floor from its own run."""
    import datetime as dt
    import json

    old = json.loads(RESULTS.read_text(encoding="utf-8"))
    by_name = {m.name: m for m in fresh}
    out: list[Metric] = []
    for row in old["metrics"]:
        name = row["name"]
        if (row["status"] == "failed" and name not in by_name
                and any(n.startswith(f"{name}:") for n in by_name)):
            continue  # a group that failed as a whole has measured its figures this time
        out.append(by_name.pop(name) if name in by_name else _metric_from_json(row))
    out += by_name.values()
    kept = dict(old["machine"])
    kept.setdefault("full_run", old["generated"].replace("T", " ")[:16])
    numbers = [f"#{n}" for n, m in enumerate(out, 1) if m in fresh]
    earlier = f"{kept['refreshed']}; " if kept.get("refreshed") else ""
    kept["refreshed"] = earlier + (f"figures {', '.join(numbers)} measured again "
                         f"on {dt.datetime.now():%Y-%m-%d %H:%M} (`--only {','.join(groups)} "
                         f"--merge`, {seconds:.0f} s; load average {info['load_start']} "
                         f"then {', '.join(map(str, info['load_average']))})")
    return out, kept


def keep_lines(page: Path, old_page: str, metrics: list[Metric], fresh: list[Metric]) -> None:
    """Put back, word for word, the table rows and notes of the figures not measured again
    (results.json rounds values, so writing them anew could change their last digit)."""
    old_rows: dict[str, str] = {}
    old_notes: dict[str, str] = {}
    numbered: dict[int, str] = {}
    for line in old_page.splitlines():
        if line.startswith("| ") and line.split(" | ")[0][2:].isdigit():
            number, name = line.split(" | ")[:2]
            numbered[int(number[2:])] = name
            old_rows[name] = line.split(" | ", 2)[2]
    for line in old_page.splitlines():
        head = line.split(". ", 1)
        if len(head) == 2 and head[0].isdigit() and int(head[0]) in numbered:
            old_notes[numbered[int(head[0])]] = head[1]
    lines = page.read_text(encoding="utf-8").splitlines()
    index = {m.name: n for n, m in enumerate(metrics, 1)}
    kept = {m.name for m in metrics if m not in fresh}
    for i, line in enumerate(lines):
        if line.startswith("| ") and line.split(" | ")[0][2:].isdigit():
            number, name = line.split(" | ")[:2]
            if name in kept and name in old_rows:
                lines[i] = f"{number} | {name} | {old_rows[name]}"
        head = line.split(". ", 1)
        if len(head) == 2 and head[0].isdigit():
            name = next((k for k, n in index.items() if n == int(head[0])), "")
            if name in kept and name in old_notes:
                lines[i] = f"{head[0]}. {old_notes[name]}"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _metric_from_json(row: dict[str, Any]) -> Metric:
    aim = None
    text = row.get("aim", "")
    if text.startswith("within "):
        aim = Aim(float(text.split()[1].rstrip("×")), on_ratio=True)
    elif text.startswith("under "):
        aim = Aim(float(text.split()[1]))
    return Metric(row["name"], row["value"], row["unit"], floor=row.get("floor"),
                  floor_name=row.get("floor_name", ""), aim=aim, note=row.get("note", ""),
                  status=row["status"], runs=row.get("runs", 0))


def run(scale: float, seed: int, write_docs: bool, only: set[str] | None,
        merge: bool = False) -> list[Metric]:
    started = time.perf_counter()
    load_start = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    home = OUT / "home"
    shutil.rmtree(home, ignore_errors=True)
    os.environ["COHORTDESK_HOME"] = str(home)  # recent files and backups stay in bench/out
    say(f"Workspace: seed {seed}, scale {scale:g}")
    cached, summary = cached_workspace(seed=seed, scale=scale,
                                       progress=lambda m: say(f"  generating {m}…"))
    scratch = OUT / "run"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    bench = core_metrics.Bench(cached, summary, scratch)

    groups: list[tuple[str, Callable[[], list[Metric]]]] = []
    store = bench.open_copy()
    bench.store = store
    groups.append(("cold start", lambda: guarded("Cold start", "ms", None,
                                                 lambda: cold_starts(bench))))
    groups.append(("ui", lambda: ui_figures(bench, store)))
    groups.append(("session data", lambda: guarded(
        "Open a session's data, services only", "ms", Aim(200),
        lambda: core_metrics.session_services(store, summary.flagship_session_id))))
    groups.append(("features", lambda: features.all_features(bench)))
    # Parts of the groups above, for refreshing a few figures with --only ... --merge.
    if only:
        groups.append(("rosters", lambda: [
            *guarded("Roster export to CSV, 100,000 rows", "s", Aim(1.5, on_ratio=True),
                     lambda: features.roster_csv(bench)),
            *guarded("Roster export to XLSX, 100,000 rows", "s", Aim(1.3, on_ratio=True),
                     lambda: features.roster_xlsx(bench))]))
        groups.append(("zoom", lambda: guarded("Zoom participants report import, 1,000 rows",
                                               "s", Aim(0.5), lambda: features.zoom_import(bench))))
        groups.append(("people", lambda: [
            *guarded("People import, 5,000 rows", "s", None,
                     lambda: features.people_import(bench)),
            *guarded("Find duplicates", "s", None, lambda: features.find_duplicates(bench))]))
        groups.append(("bulk", lambda: guarded("Many people at once", "s", None,
                                               lambda: features.bulk_changes(bench))))
    groups.append(("bundle", lambda: guarded("Linux bundle", "MB", Aim(100),
                                             lambda: features.bundle(ROOT))))
    groups.append(("hostile input", lambda: hostile.all_hostile(bench)))
    metrics: list[Metric] = []
    try:
        for name, group in groups:
            if only and name not in only:
                continue
            say(f"Measuring {name}…")
            group_started = time.perf_counter()
            found = group()
            say(f"  ({time.perf_counter() - group_started:.0f} s)")
            for m in found:
                value = "—" if m.value is None else f"{m.value:.3g} {m.unit}"
                say(f"  {m.name}: {value}  [{m.status}]")
            metrics += found
    finally:
        store.close()
    info = machine()
    info["load_start"] = load_start
    seconds = time.perf_counter() - started
    old_page = PERFORMANCE.read_text(encoding="utf-8") if merge else ""
    if merge:
        fresh = list(metrics)
        metrics, info = merged(metrics, info, sorted(only or ()), seconds)
        write_docs = True
    target_json = RESULTS if write_docs else OUT / f"results-x{scale:g}.json"
    write_json(target_json, metrics, summary, info)
    target_md = PERFORMANCE if write_docs else OUT / f"PERFORMANCE-x{scale:g}.md"
    write_markdown(target_md, metrics, summary, info, seconds)
    if merge:
        keep_lines(target_md, old_page, metrics, fresh)
    say(f"Wrote {target_json.relative_to(ROOT)} and {target_md.relative_to(ROOT)} "
        f"in {seconds:.0f} s.")
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure CohortDesk on a large network.")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", help="comma-separated groups: cold start, ui, session data, "
                                       "features, bundle, hostile input; or parts: rosters, "
                                       "zoom, people, bulk")
    parser.add_argument("--merge", action="store_true",
                        help="with --only at full scale: put the figures measured into "
                             "bench/results.json and docs/PERFORMANCE.md, keeping the others")
    args = parser.parse_args(argv)
    only = {x.strip() for x in args.only.split(",")} if args.only else None
    full = args.scale == 1.0 and args.seed == DEFAULT_SEED and only is None
    merge = args.merge and only is not None and args.scale == 1.0 and args.seed == DEFAULT_SEED
    if args.merge and not merge:
        parser.error("--merge needs --only and the default scale and seed")
    run(args.scale, args.seed, write_docs=full, only=only, merge=merge)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__: list[Any] = ["main", "run"]
