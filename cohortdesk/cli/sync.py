"""Team workspace commands: hub init, sync, sync conflicts, sync resolve."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import sync as sync_service
from cohortdesk.store import Store, server


def register(sub: Any) -> None:
    hub = sub.add_parser("hub", help="a team hub on PostgreSQL")
    verbs = hub.add_subparsers(dest="verb", metavar="VERB", required=True)
    init = verbs.add_parser("init", help="create or update the hub's schema at URL (safe to repeat)")
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://role@host:port/database")
    init.add_argument("--json", action="store_true", help="print JSON")
    init.set_defaults(handler=_hub_init)
    register_sync(sub)


def _hub_init(args: argparse.Namespace) -> int:
    if not server.is_server_url(args.url):
        raise ValueError("The hub URL starts with postgresql+psycopg:// (see the README's Team workspace).")
    store = server.open_server(Store, args.url, migrate_schema=True)
    try:
        revision = store.schema_revision()
        where = server.describe(args.url)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"hub": server.public_url(args.url), "schema": revision}))
    else:
        print(f"The hub {where} is ready (schema {revision}).")
    return 0


def register_sync(sub: Any) -> None:
    sync = sub.add_parser("sync", help="send this workspace's changes to the team hub and get the others'")
    sync.add_argument("--hub", metavar="URL", default=None,
                      help="postgresql+psycopg://role@host:port/db (remembered, without a password)")
    add_workspace_arg(sync)
    add_json_arg(sync)
    sync.set_defaults(handler=_sync, verb=None)
    verbs = sync.add_subparsers(dest="verb", metavar="VERB")
    conflicts = verbs.add_parser("conflicts", help="the open sync conflicts, with both values")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    add_workspace_arg(conflicts)
    add_json_arg(conflicts)
    conflicts.set_defaults(handler=_conflicts)
    resolve = verbs.add_parser("resolve", help="keep one side of a conflict (undo brings it back)")
    resolve.add_argument("id", type=int)
    resolve.add_argument("--take", choices=("mine", "theirs"), required=True)
    add_workspace_arg(resolve)
    add_json_arg(resolve)
    resolve.set_defaults(handler=_resolve)


def _sync(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        # door: a sync opens its own operation for what it pulls, once the network work is done
        summary = sync_service.sync_now(store, args.hub)  # door: see above
    if args.json:
        print(json.dumps(summary.as_json()))
    else:
        print(f"Synced with {summary.hub}: {summary.sent} sent, {summary.received} received, "
              f"{summary.conflicts} new conflicts ({summary.open_conflicts} open), "
              f"{summary.seconds:.1f} s.")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        found = sync_service.list_conflicts(store, include_resolved=args.all)
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=2))
        return 0
    print_rows(("id", "Table", "Row", "Field", "Mine", "By", "At", "Theirs", "By", "At", "Kept"),
               [(c.id, c.table, c.row_id, c.field, _short(c.mine), c.mine_by, c.mine_at,
                 _short(c.theirs), c.theirs_by, c.theirs_at, c.kept) for c in found], False)
    return 0


def _short(value: object) -> str:
    if value is None:
        return "(deleted)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source="command line"), sync_service.resolve_conflict,
                             args.id, args.take)
    if args.json:
        print(json.dumps({"resolved": args.id, "take": args.take, "entry": outcome.changes.entry_id}))
    else:
        print(f"Conflict #{args.id}: kept {args.take}. `cohortdesk undo` brings it back.")
    return 0
