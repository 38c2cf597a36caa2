"""Where CohortDesk keeps its files. `COHORTDESK_HOME` overrides the platform folders (tests)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

WORKSPACE_SUFFIX = ".cohortdesk"
_DIRS = PlatformDirs("CohortDesk", appauthor=False)


def _home() -> Path | None:
    value = os.environ.get("COHORTDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    path = home / "data" if home else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home()
    path = home / "config" if home else Path(_DIRS.user_config_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = _home()
    path = home / "logs" if home else Path(_DIRS.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_workspace() -> Path:
    return data_dir() / f"Workspace{WORKSPACE_SUFFIX}"


def resources_dir() -> Path:
    """The shipped fonts, icons and example data (also inside a PyInstaller bundle)."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
