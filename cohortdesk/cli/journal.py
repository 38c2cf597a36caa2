"""Workspace and journal commands: workspace new, undo, redo, journal list."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.domain.errors import WorkspaceError
from cohortdesk.operations import redo, undo
from cohortdesk.store import Changes, Store


def register(sub: Any) -> None:
    workspace = sub.add_parser("workspace", help="create a workspace")
    verbs = workspace.add_subparsers(dest="verb", metavar="VERB", required=True)
    new = verbs.add_parser("new", help="create an empty workspace at PATH")
    new.add_argument("path", metavar="PATH")
    add_json_arg(new)
    new.set_defaults(handler=_new)

    for name, helptext in (("undo", "undo the newest change (made in the app or here)"),
                           ("redo", "redo the change undone last")):
        cmd = sub.add_parser(name, help=helptext)
        add_workspace_arg(cmd)
        add_json_arg(cmd)
        cmd.set_defaults(handler=_undo if name == "undo" else _redo)

    journal = sub.add_parser("journal", help="the workspace's change journal")
    jverbs = journal.add_subparsers(dest="verb", metavar="VERB", required=True)
    lst = jverbs.add_parser("list", help="the newest operations, newest first")
    lst.add_argument("--limit", type=int, default=20)
    add_workspace_arg(lst)
    add_json_arg(lst)
    lst.set_defaults(handler=_journal_list)


def _new(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if path.exists():
        raise WorkspaceError(f"{path} already exists; open it with --workspace {path}.")
    with Store.open(path) as store:
        where = str(store.path)
    if args.json:
        print(json.dumps({"workspace": where}))
    else:
        print(f"Created an empty workspace at {where}.")
    return 0


def _replayed(args: argparse.Namespace, verb: str, changes: Changes | None) -> int:
    if changes is None:
        if args.json:
            print(json.dumps({verb: None}))
        else:
            print(f"Nothing to {verb}.")
        return 0
    if args.json:
        print(json.dumps({verb: {"name": changes.label, "entry": changes.entry_id,
                                 "tables": sorted(changes.tables)}}, ensure_ascii=False))
    else:
        print(f"{'Undid' if verb == 'undo' else 'Redid'}: {changes.label}")
    return 0


def _undo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        return _replayed(args, "undo", undo(store))


def _redo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        return _replayed(args, "redo", redo(store))


def _journal_list(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        entries = store.journal_entries(args.limit)
    print_rows(("id", "When", "Kind", "State", "Name", "Source"),
               [(e.id, e.created_at, e.kind, e.state, e.name, e.source) for e in entries], args.json)
    return 0
