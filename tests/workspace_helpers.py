"""Workspace files in states the app meets in the field, made for a test."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cohortdesk.store import Store


def from_a_newer_version(path: Path) -> bytes:
    """A workspace at `path` that a newer CohortDesk has migrated; its bytes, to check later
    that refusing it left the file untouched."""
    Store.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    return path.read_bytes()
