"""Team sync figures (`make bench` runs this after bench.run): first sync of the generated
network, an incremental sync of 100 changes, and the 10-laptop × 1,000-edit simulation, against
a throwaway PostgreSQL (tests/pg_server.py). Adds a "sync" block to bench/results.json and a
"Team sync" section to docs/PERFORMANCE.md.

    python -m bench.sync_bench                 # 100k people: the aim's scale (`make bench`)
    python -m bench.sync_bench --scale 0.1     # 10k people; the figure is extrapolated linearly
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from bench.generate import DEFAULT_SEED, OUT, cached_workspace
from bench.report import write_sync_section
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import people
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
PERFORMANCE = ROOT / "docs" / "PERFORMANCE.md"
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from tests import pg_server

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--edits", type=int, default=1000)
    args = parser.parse_args(argv)
    cached, summary = cached_workspace(seed=DEFAULT_SEED, scale=args.scale,
                                       progress=lambda m: print(f"  generating {m}…", flush=True))
    scratch = OUT / "sync"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    figures: dict[str, object] = {"scale": args.scale, "people": summary.plan["people"],
                                  "rows": sum(summary.counts.values())}
    with pg_server.running() as server:
        hub = server.url(server.new_database())
        from cohortdesk.cli import run

        run(["hub", "init", hub])
        work = scratch / "laptop.cohortdesk"
        shutil.copy(cached, work)
        with Store.open(work) as store:
            store.strict = True
            started = time.perf_counter()
            first = sync_service.sync_now(store, hub)
            figures["first_sync_seconds"] = round(time.perf_counter() - started, 2)
            figures["first_sync_sent"] = first.sent
            ids = [int(r[0]) for r in people.list_people(store).rows[:100]]
            for n, pid in enumerate(ids):
                perform(store, people_ops.edit_person, pid, {"title": f"Changed {n}"})
            started = time.perf_counter()
            incremental = sync_service.sync_now(store)
            figures["incremental_100_seconds"] = round(time.perf_counter() - started, 3)
            figures["incremental_100_sent"] = incremental.sent
        fresh = scratch / "fresh.cohortdesk"
        with Store.open(fresh) as store:
            store.strict = True
            started = time.perf_counter()
            got = sync_service.sync_now(store, hub)
            figures["empty_workspace_receives_seconds"] = round(time.perf_counter() - started, 2)
            figures["empty_workspace_received"] = got.received
        from bench.sync_sim import simulate

        sim_hub = server.url(server.new_database())
        run(["hub", "init", sim_hub])
        sim_dir = scratch / "sim"
        sim_dir.mkdir()
        outcome = simulate(sim_dir, sim_hub, laptops=10, edits=args.edits, people_count=200, seed=18)
        figures["simulation"] = {"laptops": outcome.laptops, "edits_each": args.edits,
                                 "seconds_to_quiet": round(outcome.seconds, 1),
                                 "rounds": outcome.rounds, "identical": outcome.identical,
                                 "lost_edits": outcome.lost_edits, "conflicts": outcome.conflicts}
    figures["load_average"] = [round(x, 2) for x in os.getloadavg()]
    if args.scale != 1.0:
        factor = 1.0 / args.scale
        figures["first_sync_seconds_extrapolated_to_scale_1"] = round(
            float(figures["first_sync_seconds"]) * factor, 1)  # type: ignore[arg-type]
    print(json.dumps(figures, indent=2), flush=True)
    data = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    data["sync"] = figures
    RESULTS.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    write_sync_section(PERFORMANCE, figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
