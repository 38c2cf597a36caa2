"""`python -m cohortdesk`, the `cohortdesk` script and `python main.py` all start here."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

# Set by PyInstaller's bootloader (LD_LIBRARY_PATH, pointing at the bundle's _internal folder) and
# its PySide6 runtime hook (the Qt paths) so the bundle finds its own libraries. The app has
# already loaded what it needs by then: the dynamic linker reads LD_LIBRARY_PATH once at start,
# and Qt finds its plugins through the bundle's qt.conf. Programs the app starts (xdg-open, the
# PDF viewer, a file manager) must not inherit them, or they load the bundle's older glib or Qt.
BUNDLE_ONLY_VARIABLES = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH")


def restore_system_environment(environ: MutableMapping[str, str] = os.environ) -> None:
    """In the Linux bundle, give the programs the app starts the environment the user had."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)  # PyInstaller saves the user's value
    for name in BUNDLE_ONLY_VARIABLES:
        environ.pop(name, None)
    if original is not None:
        environ["LD_LIBRARY_PATH"] = original


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
    from cohortdesk.ui.app import run_app

    args = build_parser().parse_args(argv)
    return run_app(workspace=args.workspace, read_only=args.read_only)


if __name__ == "__main__":
    sys.exit(main())
