"""Comparing workspaces that sync: their archive exports, with local ids made global."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from cohortdesk.services import archive
from cohortdesk.store import Store
from cohortdesk.store import sync as engine


def content(store: Store, folder: Path | None = None) -> dict[str, list[str]]:
    """The workspace's archive export (cohortdesk.services.archive), each synced table's rows
    sorted by global id, with the `id` and every link replaced by the global id. The journal,
    the sync bookkeeping and the workspace's own identity are left out."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        path = archive.export_archive(store, Path(tmp) / "export.json")
        data = json.loads(path.read_text(encoding="utf-8"))
    with store.engine.connect() as conn:
        gids = {(str(t), int(r)): str(g) for t, r, g in conn.execute(text(
            "SELECT table_name, row_id, gid FROM sync_row WHERE row_id IS NOT NULL")).all()}
        conn.rollback()
    out: dict[str, list[str]] = {}
    for table in engine.synced_tables():
        block = data["tables"].get(table.name)
        if block is None:
            continue
        columns = block["columns"]
        fks = engine.foreign_keys(table.name)
        rows = []
        for raw in block["rows"]:
            row = dict(zip(columns, raw, strict=True))
            row["id"] = gids.get((table.name, int(row["id"])), f"unsynced:{row['id']}")
            for col, parent in fks.items():
                if row.get(col) is not None:
                    row[col] = gids.get((parent, int(row[col])), f"unsynced:{row[col]}")
            rows.append(json.dumps(row, sort_keys=True, ensure_ascii=False))
        out[table.name] = sorted(rows)
    return out
