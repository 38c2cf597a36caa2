"""`make bench`: every figure in docs/PERFORMANCE.md, against its floor, in one run.

    python -m bench.run                 # the large workspace (generated once, then cached)
    python -m bench.run --scale 0.05    # a quick try; writes bench/out/ only, not the docs
"""

from __future__ import annotations

import argparse
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

from bench import core_metrics, diagnose, features, inputs  # noqa: E402
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
    """Seconds from launch to each milestone the child reports ("painted", then "rows")."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "bench.coldstart", *args], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
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
    rows: list[float] = []
    launch_until_painted(["bare"])  # the first launch fills the OS cache for all of them
    for _ in range(RUNS):
        for key, args in cases.items():  # interleaved, so drift hits all three alike
            seen = launch_until_painted(args)
            samples[key].append(seen["painted"])
            if key == "large" and "rows" in seen:
                rows.append(seen["rows"])
    floor = statistics.median(samples["bare"]) * 1000
    people = bench.summary.counts.get("person", 0)
    opened: list[Any] = []
    found = [
        Metric("Cold start to a painted main window, empty workspace",
               statistics.median(samples["empty"]) * 1000, "ms", floor=floor,
               floor_name="bare PySide6 QMainWindow", aim=Aim(3, on_ratio=True), runs=RUNS,
               note="Fresh process: import, open and migrate-check the workspace, welcome page."),
        Metric(f"Cold start to a painted main window, large workspace ({people:,} people)",
               statistics.median(samples["large"]) * 1000, "ms", floor=floor,
               floor_name="bare PySide6 QMainWindow", aim=Aim(3, on_ratio=True), runs=RUNS,
               note="Fresh process, to the first paint of the window on the People view "
                    "(its rows follow; see the next line).",
               why=(lambda: None, lambda: opened.append(window_in_process(large)),
                    lambda: opened.pop().close())),
    ]
    if rows:
        found.append(Metric(
            f"Cold start to the first People rows shown, large workspace ({people:,} people)",
            statistics.median(rows) * 1000, "ms", floor=floor,
            floor_name="bare PySide6 QMainWindow", runs=len(rows),
            note="Same launches: from start to the paint of the People view's first rows, "
                 "which load after the window appears."))
    for metric, key in zip(found, ("empty", "large"), strict=False):
        if metric.settle().status == "misses aim":
            costs = diagnose.import_costs(["-m", "bench.coldstart", *cases[key]], ROOT)
            bare = diagnose.import_costs(["-m", "bench.coldstart", "bare"], ROOT)
            metric.note += (f" Why, under `python -X importtime` (which adds overhead): {costs}; "
                            f"the bare window's {bare}.")
    return found


def window_in_process(workspace: Path) -> Any:
    """What a cold start does after its imports, in this process, for the profile of a miss.
    The caller closes the window, outside the profile."""
    from bench import ui_metrics
    from cohortdesk.ui.shell.app import make_application

    make_application([sys.argv[0]])
    return ui_metrics.open_window(Store.open(workspace))


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


def run(scale: float, seed: int, write_docs: bool, only: set[str] | None) -> list[Metric]:
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
    target_json = RESULTS if write_docs else OUT / f"results-x{scale:g}.json"
    write_json(target_json, metrics, summary, info)
    target_md = PERFORMANCE if write_docs else OUT / f"PERFORMANCE-x{scale:g}.md"
    write_markdown(target_md, metrics, summary, info, seconds)
    say(f"Wrote {target_json.relative_to(ROOT)} and {target_md.relative_to(ROOT)} "
        f"in {seconds:.0f} s.")
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure CohortDesk on a large network.")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--only", help="comma-separated groups: cold start, ui, session data, "
                                       "features")
    args = parser.parse_args(argv)
    only = {x.strip() for x in args.only.split(",")} if args.only else None
    full = args.scale == 1.0 and args.seed == DEFAULT_SEED and only is None
    run(args.scale, args.seed, write_docs=full, only=only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__: list[Any] = ["main", "run"]
