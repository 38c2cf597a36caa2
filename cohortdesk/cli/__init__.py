"""The command line, on top of the services. Each area registers its commands in its own module.

Errors reach the user as one line on stderr and a non-zero exit, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from cohortdesk import __version__

# Modules that define register(subparsers): one per area, in the order `--help` lists them.
COMMAND_MODULES = [
    "cohortdesk.cli.foundation",
    "cohortdesk.cli.organizations",
    "cohortdesk.cli.journal",
    "cohortdesk.cli.agenda",
    "cohortdesk.cli.safety",
    "cohortdesk.cli.attendance",
    "cohortdesk.cli.results",
    "cohortdesk.cli.exchange",
    "cohortdesk.cli.packets",
    "cohortdesk.cli.breakouts",
    "cohortdesk.cli.sync",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cohortdesk",
        description="CohortDesk: run peer-learning cohorts and their convenings. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"CohortDesk {__version__}")
    parser.add_argument("--workspace", metavar="PATH",
                        help="workspace file (commands that write create it; see `workspace new`)")
    parser.add_argument("--read-only", action="store_true", help="open the workspace read-only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. `args.command is None` is handled by the caller."""
    from cohortdesk.cli.common import fail

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return -1
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the whole point: one line, no traceback
        return fail(exc)


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)
