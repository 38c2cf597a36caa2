"""Team workspace commands: hub init, sync, sync conflicts, sync resolve."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.store import Store, server


def register(sub: Any) -> None:
    hub = sub.add_parser("hub", help="a team hub on PostgreSQL")
    verbs = hub.add_subparsers(dest="verb", metavar="VERB", required=True)
    init = verbs.add_parser("init", help="create or update the hub's schema at URL (safe to repeat)")
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://role@host:port/database")
    init.add_argument("--json", action="store_true", help="print JSON")
    init.set_defaults(handler=_hub_init)


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
