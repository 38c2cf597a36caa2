"""Where CohortDesk keeps its files. `COHORTDESK_HOME` overrides the platform folders (tests).

Each folder is created readable by the user only (0700 on POSIX): they hold workspaces,
backups and logs with people's details.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from cohortdesk.files import secure_dir

WORKSPACE_SUFFIX = ".cohortdesk"
_DIRS = PlatformDirs("CohortDesk", appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("COHORTDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return secure_dir(home / "data" if home else Path(_DIRS.user_data_dir))


def config_dir() -> Path:
    home = _home()
    return secure_dir(home / "config" if home else Path(_DIRS.user_config_dir))


def log_dir() -> Path:
    home = _home()
    return secure_dir(home / "logs" if home else Path(_DIRS.user_log_dir))


def backup_dir() -> Path:
    return secure_dir(data_dir() / "backups")


def default_workspace() -> Path:
    return data_dir() / f"Workspace{WORKSPACE_SUFFIX}"


def resources_dir() -> Path:
    """The shipped fonts, icons and example data (also inside a PyInstaller bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
