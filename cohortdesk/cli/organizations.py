"""Organization commands: list, possible duplicates, merge."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.cli.people import merge_json
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import duplicates, merge, organizations


def register(sub: Any) -> None:
    group = sub.add_parser("organizations", help="organizations in the workspace")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    lst = verbs.add_parser("list", help="list organizations with their ids")
    add_workspace_arg(lst)
    add_json_arg(lst)
    lst.set_defaults(handler=_list)

    dupes = verbs.add_parser("duplicates", help="organizations that may be one "
                                                "(\"City of Tucson\" and \"Tucson, City of\")")
    add_workspace_arg(dupes)
    add_json_arg(dupes)
    dupes.set_defaults(handler=_duplicates)

    mrg = verbs.add_parser("merge", help="merge OTHER into KEEP: its people move to KEEP")
    mrg.add_argument("keep", type=int, metavar="KEEP")
    mrg.add_argument("other", type=int, metavar="OTHER")
    mrg.add_argument("--take", metavar="FIELD", action="append", default=None,
                     help="a field to take from OTHER: name, kind, city, state_region (repeat; "
                          "default: fill KEEP's blank fields); 'none' takes nothing")
    add_workspace_arg(mrg)
    add_json_arg(mrg)
    mrg.set_defaults(handler=_merge)


def _list(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        rowset = organizations.list_organizations(store)
    print_rows(rowset.columns, sorted(rowset.rows, key=lambda r: r[0]), args.json)
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pairs = duplicates.duplicate_organizations(store)
    if args.json:
        print(json.dumps([{
            "first": {"id": p.first_id, "name": p.first_name, "people": p.first_people},
            "second": {"id": p.second_id, "name": p.second_name, "people": p.second_people},
            "reason": p.reason, "reasons": list(p.reasons), "score": round(p.score, 1),
        } for p in pairs], ensure_ascii=False, indent=2))
        return 0
    for p in pairs:
        print(f"{p.first_id:>6} {p.first_name}  ~  {p.second_id:>6} {p.second_name}  ({p.reason})")
    print(f"{len(pairs)} possible duplicate{'s' * (len(pairs) != 1)}.")
    return 0


def _merge(args: argparse.Namespace) -> int:
    take = None
    if args.take is not None:
        take = [f.strip() for item in args.take for f in item.split(",") if f.strip()]
        take = [] if take == ["none"] else take
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source=merge.merge_source(args.other)),
                             merge.merge_organizations, args.keep, args.other, take)
        record = organizations.get_organization(store, args.keep)
    if args.json:
        print(json.dumps({**merge_json(outcome.value, outcome.changes.entry_id),
                          "organization": {"id": record.id, "name": record.name,
                                           "kind": record.kind.value, "city": record.city,
                                           "state_region": record.state_region,
                                           "people": record.people_count}},
                         ensure_ascii=False, indent=2))
    else:
        print(outcome.value.sentence("organization") + f" {record.name} remains.")
    return 0
