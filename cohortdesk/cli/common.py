"""Helpers shared by the command modules: opening the workspace, printing tables and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc

from cohortdesk import paths
from cohortdesk.domain.enums import Labelled
from cohortdesk.domain.errors import CohortDeskError, WorkspaceError
from cohortdesk.files import save_failure_message
from cohortdesk.store import Store, server
from cohortdesk.store.integrity import describe_sqlite_error


def add_workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", metavar="PATH", default=argparse.SUPPRESS,
                        help="workspace file (default: the one in your data folder)")


def add_language_arg(parser: argparse.ArgumentParser, default: str = "the session's") -> None:
    parser.add_argument("--language", choices=("en", "es"), metavar="en|es",
                        help=f"print in English or Spanish (default: {default} "
                             "document language)")


def add_json_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def workspace_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "workspace", None)
    if server.is_server_url(given):
        raise WorkspaceError("This command works on a workspace file, not on a hub; a hub is backed "
                             "up on its server with pg_dump.")
    return Path(given).expanduser() if given else paths.default_workspace()


def open_store(args: argparse.Namespace, *, read_only: bool = False) -> Store:
    """The workspace for a command. One that writes creates it; one that reads needs it.

    The store is strict: every write goes through cohortdesk.operations. A `postgresql+psycopg://`
    URL opens a team hub (its schema made by `cohortdesk hub init URL`).
    """
    given = getattr(args, "workspace", None)
    if server.is_server_url(given):
        store = Store.open(str(given), read_only=read_only or bool(getattr(args, "read_only", False)))
        store.strict = True
        return store
    path = workspace_path(args)
    if read_only and not path.exists():
        raise WorkspaceError(
            f"There is no workspace at {path}. Create one with `cohortdesk workspace new {path}` "
            "or load the example with `cohortdesk demo`; commands that write create it too.")
    store = Store.open(path, read_only=read_only or bool(getattr(args, "read_only", False)))
    store.strict = True
    return store


def _os_error(exc: BaseException) -> OSError | None:
    """The OSError behind `exc`: itself, or one a library wrapped (xlsxwriter's FileCreateError)."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop(0)
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, OSError):
            return item
        todo.extend([*item.args[:1], item.__cause__, item.__context__])
    return None


def error_message(exc: BaseException) -> str:
    """One plain sentence for a failed command."""
    if isinstance(exc, CohortDeskError):
        return str(exc)
    os_error = _os_error(exc)
    if os_error is not None:
        clear = save_failure_message(os_error)
        if clear is not None:
            return clear
        reason = os_error.strerror or str(os_error)
        return f"{reason} ({os_error.filename})" if os_error.filename else reason
    if isinstance(exc, sa_exc.StatementError):
        # Never the statement or its parameters (other people's names, access needs...).
        logging.getLogger("cohortdesk.cli").error(
            "A statement failed: %s (parameters withheld)", type(exc.orig).__name__)
        if isinstance(exc.orig, sqlite3.Error):
            return f"The workspace could not be read or written: {describe_sqlite_error(exc.orig)}."
        return "A value could not be stored in the workspace: it has the wrong type."
    if isinstance(exc, sqlite3.Error) or isinstance(getattr(exc, "orig", None), sqlite3.Error):
        return f"The workspace could not be read or written: {describe_sqlite_error(exc)}."
    plain = _PLAIN.get(type(exc))
    if plain is not None:
        return plain
    return f"{type(exc).__name__}: {exc}"


_PLAIN: dict[type[BaseException], str] = {
    UnicodeDecodeError: "The file holds bytes that are not text in the expected encoding.",
    UnicodeEncodeError: "The text holds characters that cannot be written in that encoding.",
    OverflowError: "A number in the input is too large to handle.",
    RecursionError: "The input is nested too deeply to read.",
    MemoryError: "The input is too large to read in the memory available.",
}


def _after_failure(unraisable: Any) -> None:
    logging.getLogger("cohortdesk.cli").debug(
        "While cleaning up after the error: %s", unraisable.exc_value)


def fail(exc: BaseException) -> int:
    """Report a failed command as one line on stderr, never a traceback; the exit code."""
    # Objects dropped with the error may fail again as they are cleaned up (a half-written XLSX
    # closing its ZIP on a full disk). That is the same failure, already reported: keep
    # Python's "Exception ignored in ..." traceback off the terminal.
    sys.unraisablehook = _after_failure
    print(f"cohortdesk: error: {error_message(exc)}", file=sys.stderr)
    return 2 if isinstance(exc, CohortDeskError) else 1


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Labelled):  # a kind or status: as a person reads it
        return value.label
    return value


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: wide and full-width characters (CJK) take two, combining
    marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def print_rows(columns: Sequence[str], rows: Iterable[Sequence[Any]], as_json: bool) -> None:
    rows = list(rows)
    if as_json:
        keys = [c.lower().replace(" / ", "_").replace(" ", "_") for c in columns]
        print(json.dumps([dict(zip(keys, map(_plain, r), strict=True)) for r in rows],
                         ensure_ascii=False, indent=2))
        return
    text = [[("" if v is None else str(_plain(v))) for v in r] for r in rows]
    # Padded by display width, so columns line up after names such as 王秀英.
    widths = [max([display_width(c)] + [display_width(r[i]) for r in text])
              for i, c in enumerate(columns)]
    for line in [list(columns), *text]:
        print("  ".join(_pad(v, w) for v, w in zip(line, widths, strict=True)).rstrip())
