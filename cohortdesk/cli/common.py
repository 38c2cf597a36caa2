"""Helpers shared by the command modules: opening the workspace, printing tables and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cohortdesk import paths
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.store import Store


def add_workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace file (default: the one in your data folder)")


def add_json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def workspace_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "workspace", None)
    return Path(given).expanduser() if given else paths.default_workspace()


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    return Store.open(workspace_path(args), read_only=read_only)


def fail(exc: BaseException) -> int:
    if isinstance(exc, CohortDeskError):
        message = str(exc)
    elif isinstance(exc, OSError):
        message = f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc)
    else:
        message = f"{type(exc).__name__}: {exc}"
    print(f"cohortdesk: error: {message}", file=sys.stderr)
    return 2 if isinstance(exc, CohortDeskError) else 1


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def print_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], as_json: bool) -> None:
    rows = list(rows)
    if as_json:
        keys = [c.lower().replace(" / ", "_").replace(" ", "_") for c in columns]
        print(json.dumps([dict(zip(keys, map(_plain, r), strict=True)) for r in rows],
                         ensure_ascii=False, indent=2))
        return
    text = [[("" if v is None else str(_plain(v))) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in text]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in text:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
