"""The File › Open recent list, kept as JSON in the user config folder."""

from __future__ import annotations

import json
from pathlib import Path

from cohortdesk import paths

LIMIT = 8


def _file() -> Path:
    return paths.config_dir() / "recent.json"


def recent_workspaces() -> list[Path]:
    try:
        names = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [Path(n) for n in names if isinstance(n, str) and Path(n).exists()]


def remember(path: Path) -> None:
    items = [str(path)] + [str(p) for p in recent_workspaces() if p != path]
    target = _file()
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps(items[:LIMIT], indent=1), encoding="utf-8")
    partial.replace(target)
