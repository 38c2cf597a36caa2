"""Why a figure misses its aim: run the action once more under cProfile and name the chain of
CohortDesk calls that holds most of its time. The reason in the table is measured, not guessed,
so it stays true when the code changes."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cohortdesk

PACKAGE = str(Path(cohortdesk.__file__).resolve().parent)
SHARE = 0.4  # a call is on the hot path when it holds at least this much of the time
LONGEST = 6


def hot_path(action: Callable[[], Any]) -> str:
    """'ui/sessions/notes_tab.py:_fill_choices 94% → services/people.py:list_people 83% → …'."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        action()
    finally:
        profile.disable()
    return describe(pstats.Stats(profile))


def describe(stats: pstats.Stats) -> str:
    entries: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = max((v[3] for v in entries.values()), default=0.0)
    # Time spent waiting inside the event loop is idle, not work: leave it out of the shares.
    total -= sum(v[2] for (_f, _l, name), v in entries.items()
                 if name.startswith("<method 'exec' of") or "processEvents" in name)
    if total <= 0:
        return ""
    ours = []
    for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in entries.items():
        if filename.startswith(PACKAGE) and cumulative >= SHARE * total:
            where = filename[len(PACKAGE) + 1:]
            ours.append((cumulative, f"{where}:{function}"))
    ours.sort(reverse=True)
    if not ours:
        return "most of the time is outside CohortDesk's own code (Qt, SQLite or a library)"
    chain = " → ".join(f"{name} {share / total:.0%}" for share, name in ours[:LONGEST])
    return f"profiled once more, share of the busy time: {chain}"


def explain(metric: Any) -> None:
    """Append the hot path to a metric's note when it misses its aim."""
    if metric.why is None or metric.status != "misses aim":
        return
    setup, action, *teardown = metric.why
    try:
        setup()
        path = hot_path(action)
        for step in teardown:
            step()
    except Exception as exc:  # noqa: BLE001 - a failed diagnosis must not lose the figure
        path = f"profiling failed: {exc}"
    if path:
        metric.note = f"{metric.note} Why: {path}.".strip()


def import_costs(argv: list[str], cwd: Path, top: int = 6) -> str:
    """Where a fresh process's import time goes (`python -X importtime`), by top package."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-X", "importtime", *argv], cwd=cwd,
                          capture_output=True, text=True, timeout=120, check=False)
    by_package: dict[str, int] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        # "import time:       123 |       4567 |   sqlalchemy.orm": self µs, cumulative, name.
        own, _cumulative, name = line.split(":", 1)[1].split("|")
        root = name.strip().split(".")[0]
        by_package[root] = by_package.get(root, 0) + int(own)
    if not by_package:
        return ""
    total = sum(by_package.values())
    ranked = sorted(by_package.items(), key=lambda kv: kv[1], reverse=True)[:top]
    parts = ", ".join(f"{name} {us / 1000:.0f} ms" for name, us in ranked)
    return f"imports take {total / 1000:.0f} ms: {parts}"
