"""`python -m cohortdesk`, the `cohortdesk` script and `python main.py` all start here."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cohortdesk.environment import restore_system_environment


def app_options(argv: Sequence[str]) -> tuple[str | None, bool] | None:
    """(workspace, read_only) when `argv` only opens the app (`--workspace PATH`, `--read-only`);
    None for anything else (a command, --help, --version, a mistake), which the command line
    handles. Building the command line imports every service, SQLAlchemy with them, so the app
    starts without it and its window paints sooner."""
    workspace: str | None = None
    read_only = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--read-only":
            read_only = True
        elif arg == "--workspace" and rest and not rest[0].startswith("-"):
            workspace = rest.pop(0)
        elif arg.startswith("--workspace=") and len(arg) > len("--workspace="):
            workspace = arg.partition("=")[2]
        else:
            return None
    return workspace, read_only


def main() -> int:
    restore_system_environment()
    argv = sys.argv[1:]
    if "--self-test" in argv:  # checks an installed copy offscreen (cohortdesk/selftest.py)
        from cohortdesk.selftest import main as self_test

        return self_test(argv)
    options = app_options(argv)
    if options is not None:
        # Qt is imported only now, so the CLI never needs a display.
        from cohortdesk.ui.shell.app import run_app

        return run_app(workspace=options[0], read_only=options[1])
    from cohortdesk.cli import run

    code = run(argv)
    if code != -1:
        return code
    # No command: open the app. Qt is imported only now, so the CLI never needs a display.
    from cohortdesk.cli import build_parser
    from cohortdesk.ui.shell.app import run_app

    args = build_parser().parse_args(argv)
    return run_app(workspace=args.workspace, read_only=args.read_only)


if __name__ == "__main__":
    sys.exit(main())
