"""Timing helpers and the shape of one result row."""

from __future__ import annotations

import gc
import importlib.util
import statistics
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

RUNS = 5
LONG_RUNS = 3
LONG_SECONDS = 1.0


class NotAvailable(Exception):
    """The feature a metric needs has not landed yet."""


@dataclass(frozen=True)
class Aim:
    """What "good" means: a ceiling on the value, or on the ratio to the floor."""

    limit: float
    on_ratio: bool = False

    def describe(self, unit: str) -> str:
        if self.on_ratio:
            return f"within {self.limit:g}× of the floor"
        return f"under {self.limit:g} {unit}"

    def met(self, value: float | None, ratio: float | None) -> bool | None:
        checked = ratio if self.on_ratio else value
        return None if checked is None else checked <= self.limit


@dataclass
class Metric:
    name: str
    value: float | None
    unit: str
    floor: float | None = None
    floor_name: str = ""
    aim: Aim | None = None
    note: str = ""
    status: str = ""  # "meets aim", "misses aim", "measured", "not available yet", "failed"
    runs: int = 0
    # (setup, action[, teardown]) to profile the action once more when the figure misses its
    # aim; see diagnose.py.
    why: tuple[Callable[[], Any], ...] | None = field(default=None, repr=False)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def settle(self) -> Metric:
        if self.status:
            return self
        met = self.aim.met(self.value, self.ratio) if self.aim else None
        self.status = "measured" if met is None else ("meets aim" if met else "misses aim")
        return self

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "value": _round(self.value), "unit": self.unit}
        if self.floor is not None:
            out["floor"] = _round(self.floor)
            out["floor_name"] = self.floor_name
        if self.ratio is not None:
            out["ratio"] = round(self.ratio, 2)
        if self.aim is not None:
            out["aim"] = self.aim.describe(self.unit)
        out["status"] = self.status
        if self.runs:
            out["runs"] = self.runs
        if self.note:
            out["note"] = self.note
        return out


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 3) if abs(value) < 100 else round(value, 1)


def missing(name: str, unit: str, why: str, aim: Aim | None = None) -> Metric:
    return Metric(name, None, unit, aim=aim, note=why, status="not available yet")


def failed(name: str, unit: str, exc: BaseException, aim: Aim | None = None) -> Metric:
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" ({last[0].filename.rsplit('/', 1)[-1]}:{last[0].lineno})" if last else ""
    return Metric(name, None, unit, aim=aim, note=f"failed: {type(exc).__name__}: {exc}{where}",
                  status="failed")


def need(module: str, *attributes: str) -> Any:
    """Import a feature's module, or raise NotAvailable naming what is missing."""
    if importlib.util.find_spec(module) is None:
        raise NotAvailable(f"not available yet: {module} has not landed")
    mod = importlib.import_module(module)
    absent = [a for a in attributes if not hasattr(mod, a)]
    if absent:
        raise NotAvailable(f"not available yet: {module} has no {', '.join(absent)}")
    return mod


def timed(fn: Callable[[], Any]) -> float:
    """Seconds one call takes, with the collector quiet so it does not land inside a run."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start
    finally:
        gc.enable()


def sample_seconds(fn: Callable[[], Any], runs: int = RUNS,
                   setup: Callable[[], Any] | None = None) -> list[float]:
    """`runs` timings, or LONG_RUNS when one run is long: a short figure is the median of at
    least five, a figure of seconds the median of three, so `make bench` fits its budget."""
    samples: list[float] = []
    while len(samples) < runs:
        if setup is not None:
            setup()
        samples.append(timed(fn))
        if samples[0] > LONG_SECONDS:
            runs = min(runs, LONG_RUNS)
    return samples


def paired_medians(floor: Callable[[], Any], fn: Callable[[], Any],
                   runs: int = 7) -> tuple[float, float, int]:
    """(floor's median, fn's median, runs), the two timed in turn, run after run, so a machine
    that slows down or speeds up for a while moves both alike (as the cold starts are paired
    with a bare window's)."""
    floors: list[float] = []
    samples: list[float] = []
    for _ in range(runs):
        floors.append(timed(floor))
        samples.append(timed(fn))
    return statistics.median(floors), statistics.median(samples), runs


def median_seconds(fn: Callable[[], Any], runs: int = RUNS,
                   setup: Callable[[], Any] | None = None) -> float:
    return statistics.median(sample_seconds(fn, runs, setup))


def median_runs(fn: Callable[[], Any], runs: int = RUNS,
                setup: Callable[[], Any] | None = None) -> tuple[float, int]:
    """The median and how many runs it took."""
    samples = sample_seconds(fn, runs, setup)
    return statistics.median(samples), len(samples)


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest-rank, as a reader would count it."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


def guarded(name: str, unit: str, aim: Aim | None,
            fn: Callable[[], list[Metric] | Metric]) -> list[Metric]:
    """Run one measurement; a missing feature or a crash becomes a row, never a lost table."""
    try:
        result = fn()
    except NotAvailable as exc:
        return [missing(name, unit, str(exc), aim)]
    except Exception as exc:  # noqa: BLE001 - the table keeps every metric, with its reason
        return [failed(name, unit, exc, aim)]
    from bench.diagnose import explain

    settled = [m.settle() for m in (result if isinstance(result, list) else [result])]
    for m in settled:
        explain(m)
    return settled
