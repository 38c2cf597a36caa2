"""Foundation commands: demo, people/cohorts/sessions list, check."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli import people as people_cli
from cohortdesk.cli.common import (
    add_json_arg,
    add_workspace_arg,
    open_store,
    print_rows,
    workspace_path,
)
from cohortdesk.operations import perform
from cohortdesk.services import cohorts, example, people, sessions
from cohortdesk.store import migrate


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="load the fictional example network")
    demo.add_argument("--language", choices=("en", "es"), default="en", metavar="en|es",
                      help="load it in English (default) or Spanish: titles, agendas, notes "
                           "and the sessions' document language")
    add_workspace_arg(demo)
    demo.set_defaults(handler=_demo)

    verbs_of = {}
    for noun, lister in (("people", people.list_people), ("cohorts", cohorts.list_cohorts),
                         ("sessions", sessions.list_sessions)):
        group = sub.add_parser(noun, help=f"{noun} in the workspace")
        verbs = verbs_of[noun] = group.add_subparsers(dest="verb", metavar="VERB", required=True)
        lst = verbs.add_parser("list", help=f"list {noun} with their ids")
        add_workspace_arg(lst)
        add_json_arg(lst)
        lst.set_defaults(handler=_lister(lister))
        if noun == "people":
            people_cli.add_verbs(verbs)

    lang = verbs_of["sessions"].add_parser(
        "language", help="set the language a session's documents print in by default")
    lang.add_argument("session_id", type=int, metavar="SESSION_ID")
    lang.add_argument("language", choices=("en", "es"), metavar="en|es")
    add_workspace_arg(lang)
    lang.set_defaults(handler=_session_language)

    check = sub.add_parser("check", help="check the workspace's integrity and schema version")
    add_workspace_arg(check)
    add_json_arg(check)
    check.set_defaults(handler=_check)


def _demo(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        cohort_id = perform(store, example.load_example_network, language=args.language).value
        print(f"Loaded the example network into {store.path} (cohort {cohort_id}).")
    return 0


def _session_language(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        perform(store, sessions.set_document_language, args.session_id, args.language)
    print(f"Session {args.session_id}'s documents now print in "
          f"{sessions.LANGUAGE_NAMES_EN[args.language]} unless another language is chosen.")
    return 0


def _lister(lister: Any) -> Any:
    def handler(args: argparse.Namespace) -> int:
        with open_store(args, read_only=True) as store:
            rowset = lister(store)
        print_rows(rowset.columns, sorted(rowset.rows, key=lambda r: r[0]), args.json)
        return 0

    return handler


def _check(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        problems = store.integrity_problems()
        revision = store.schema_revision()
        path = store.url or workspace_path(args)
    head = migrate.head_revision()
    report = {"workspace": str(path), "schema": revision, "current_schema": head,
              "ok": not problems, "problems": problems}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        state = "up to date" if revision == head else f"older ({revision}); it migrates when opened"
        print(f"{path}: schema {revision} ({state})")
        print("integrity: ok" if not problems else "integrity: DAMAGED")
        for p in problems:
            print(f"  {p}")
    return 0 if not problems else 3
