"""`python -m cohortdesk`, the `cohortdesk` script and `python main.py` all start here."""

from __future__ import annotations

import sys

from cohortdesk.environment import restore_system_environment


def main() -> int:
    restore_system_environment()
    from cohortdesk.cli import run

    argv = sys.argv[1:]
    if "--self-test" in argv:  # checks an installed copy offscreen (cohortdesk/selftest.py)
        from cohortdesk.selftest import main as self_test

        return self_test(argv)
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
