"""Backup commands: backup, backups list, backups folder, restore."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, workspace_path
from cohortdesk.store import Store
from cohortdesk.store import backups as store_backups


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="make a verified backup of the workspace now")
    add_workspace_arg(backup)
    backup.add_argument("--to", metavar="DIR", help="backup folder (default: the chosen one)")
    add_json_arg(backup)
    backup.set_defaults(handler=_backup)

    group = sub.add_parser("backups", help="the workspace's backups")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    lst = verbs.add_parser("list", help="list backups, newest first, with their counts")
    add_workspace_arg(lst)
    lst.add_argument("--folder", metavar="DIR", help="backup folder (default: the chosen one)")
    add_json_arg(lst)
    lst.set_defaults(handler=_list)
    folder = verbs.add_parser("folder", help="show or choose the backup folder")
    folder.add_argument("dir", nargs="?", metavar="DIR", help="the new folder")
    folder.add_argument("--default", action="store_true", help="go back to the default folder")
    folder.set_defaults(handler=_folder)

    restore = sub.add_parser(
        "restore", help="replace the workspace with a backup (the current file is backed up first)"
    )
    restore.add_argument("backup", metavar="BACKUP", help="the backup file to restore")
    add_workspace_arg(restore)
    restore.set_defaults(handler=_restore)


def _folder_arg(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


def _backup(args: argparse.Namespace) -> int:
    # Read-only is enough for the online backup API, and works while the app has it open.
    with Store.open(workspace_path(args), read_only=True) as store:
        info = store_backups.make_backup(store, _folder_arg(args.to), reason="manual")
    if args.json:
        print(json.dumps(info.as_json(), indent=2, ensure_ascii=False))
    else:
        print(f"Backed up to {info.path} ({_size(info.size)}, {info.people} people, "
              f"{info.sessions} sessions; verified).")
    return 0


def _list(args: argparse.Namespace) -> int:
    found = store_backups.list_backups(workspace_path(args), _folder_arg(args.folder))
    if args.json:
        print(json.dumps([i.as_json() for i in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("No backups yet.")
        return 0
    rows = [(i.created.strftime("%Y-%m-%d %H:%M:%S"), i.reason, _size(i.size),
             "" if i.people is None else str(i.people),
             "" if i.sessions is None else str(i.sessions), str(i.path)) for i in found]
    columns = ("Date", "Reason", "Size", "People", "Sessions", "File")
    widths = [max(len(c), *(len(r[n]) for r in rows)) for n, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return 0


def _folder(args: argparse.Namespace) -> int:
    if args.default:
        folder = store_backups.set_folder(None)
    elif args.dir:
        folder = store_backups.set_folder(Path(args.dir))
    else:
        folder = store_backups.configured_folder()
    print(folder)
    return 0


def _restore(args: argparse.Namespace) -> int:
    result = store_backups.restore(Path(args.backup), workspace_path(args))
    target = workspace_path(args)
    print(f"Restored {target.name} from the backup of {result.restored.created:%Y-%m-%d %H:%M}.")
    if result.safety_copy:
        print(f"The file it replaced was backed up first: {result.safety_copy.path}")
    if result.damaged:
        print(f"The damaged file it replaced is kept as {result.damaged}")
    return 0


def _size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"
