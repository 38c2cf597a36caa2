"""The environment the Linux bundle hands to the programs the app starts.

Both `cohortdesk.__main__` (which restores it before anything else runs) and the self-test (which
checks that it was restored) use this, so it lives apart from either.
"""

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
