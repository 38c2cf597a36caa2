"""Figures of the features that land after the foundation: rosters, imports, print, backups.

Each is wired to its area's module; until that module exists the row says "not available yet".
"""

from __future__ import annotations

from typing import Any

from bench.core_metrics import Bench
from bench.measure import Aim, Metric, NotAvailable, guarded, need


def roster_csv(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.roster")
    raise NotAvailable("not available yet: not measured here yet")


def roster_xlsx(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.roster")
    raise NotAvailable("not available yet: not measured here yet")


def packet(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.packets")
    raise NotAvailable("not available yet: not measured here yet")


def badges(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.packets")
    raise NotAvailable("not available yet: not measured here yet")


def zoom_import(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.zoom_import")
    raise NotAvailable("not available yet: not measured here yet")


def people_import(bench: Bench) -> list[Metric]:
    need("cohortdesk.services.people_import")
    raise NotAvailable("not available yet: not measured here yet")


def _not_wired(module: str) -> Metric:
    need(module)
    raise NotAvailable(f"not available yet: {module} exists but is not measured here yet")


def all_features(bench: Bench) -> list[Metric]:
    out: list[Metric] = []
    out += guarded("Roster export to CSV, 100,000 rows", "s", Aim(1.5, on_ratio=True),
                   lambda: roster_csv(bench))
    out += guarded("Roster export to XLSX, 100,000 rows", "s", Aim(1.3, on_ratio=True),
                   lambda: roster_xlsx(bench))
    out += guarded("Convening packet for 500 people with bios", "pages/s", None,
                   lambda: packet(bench))
    out += guarded("Name badges for 500 people", "s", None, lambda: badges(bench))
    out += guarded("Zoom participants report import, 1,000 rows", "s", None,
                   lambda: zoom_import(bench))
    out += guarded("People import, 5,000 rows", "s", None, lambda: people_import(bench))
    return out


def responsiveness(bench: Bench, window: Any) -> list[Metric]:
    """The UI thread's largest stall while long work runs on the app's worker."""
    from bench import ui_metrics

    out: list[Metric] = []
    target = bench.scratch / "heartbeat-copy.cohortdesk"

    def copy_job() -> Metric:
        gap, seconds = ui_metrics.heartbeat(window, "Saving a copy…",
                                            lambda _p: window.store.backup_to(target))
        return Metric("UI stays responsive: largest UI-thread gap while saving a copy of the "
                      "large workspace", gap * 1000, "ms", aim=Aim(100),
                      note=f"The copy took {seconds:.1f} s on the worker.")

    out += guarded("UI stays responsive while saving a copy", "ms", Aim(100), copy_job)
    for title, module in (("a roster export to XLSX (100,000 rows)", "cohortdesk.services.roster"),
                          ("a packet (500 people)", "cohortdesk.services.packets"),
                          ("a people import (5,000 rows)", "cohortdesk.services.people_import")):
        out += guarded(f"UI stays responsive during {title}", "ms", Aim(100),
                       lambda m=module: _not_wired(m))
    return out
