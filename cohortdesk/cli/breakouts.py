"""Breakout commands (issue 20).

    cohortdesk breakouts generate --session S (--groups N | --size K) [--item ID] [--seed N]
                                  [--together A,B ...] [--apart A,B ...] [--save] [--json]
    cohortdesk breakouts lock GROUP_ID | unlock GROUP_ID
    cohortdesk breakouts rule add --cohort C --together|--apart A B [--note TEXT]
    cohortdesk breakouts rule remove RULE_ID
    cohortdesk breakouts rules --cohort C [--json]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.domain.errors import ValidationError
from cohortdesk.operations import perform
from cohortdesk.services import breakouts


def _pair(text: str) -> tuple[int, int]:
    try:
        a, b = (int(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not two person ids like 12,34") from None
    return a, b


def register(sub: Any) -> None:
    group = sub.add_parser("breakouts", help="generate breakout groups that mix people who "
                                             "have not met")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    gen = verbs.add_parser(
        "generate", help="place everyone registered or attending in groups, fewest repeat pairs",
        description="Prints {\"groups\": [[person_id, ...], ...], \"repeat_pairs\": n, "
                    "\"expected_by_chance\": x} with --json. Locked groups stay as they are.")
    gen.add_argument("--session", type=int, required=True, metavar="ID")
    size = gen.add_mutually_exclusive_group(required=True)
    size.add_argument("--groups", type=int, metavar="N", help="how many groups (locked ones too)")
    size.add_argument("--size", type=int, metavar="K", help="at most K people in a group")
    gen.add_argument("--item", type=int, metavar="ID",
                     help="the breakout agenda item (default: the session's first breakout)")
    gen.add_argument("--seed", type=int, metavar="N", help="another arrangement of equal merit")
    gen.add_argument("--together", type=_pair, action="append", default=[], metavar="A,B",
                     help="also keep these two people together (repeatable)")
    gen.add_argument("--apart", type=_pair, action="append", default=[], metavar="A,B",
                     help="also keep these two people apart (repeatable)")
    gen.add_argument("--save", action="store_true",
                     help="record the groups on the breakout item (one undoable change)")
    add_workspace_arg(gen)
    add_json_arg(gen)
    gen.set_defaults(handler=_generate)

    for verb, locked in (("lock", True), ("unlock", False)):
        cmd = verbs.add_parser(verb, help=f"{verb} a breakout group: "
                               + ("kept as it is when the others are generated" if locked
                                  else "generated again with the others"))
        cmd.add_argument("group_id", type=int, metavar="GROUP_ID")
        add_workspace_arg(cmd)
        cmd.set_defaults(handler=_lock, locked=locked)

    rule = verbs.add_parser("rule", help="keep two people of a cohort together or apart")
    rule_verbs = rule.add_subparsers(dest="rule_verb", metavar="VERB", required=True)
    add = rule_verbs.add_parser("add", help="keep two people together or apart")
    add.add_argument("--cohort", type=int, required=True, metavar="ID")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--together", action="store_const", const="together", dest="kind")
    kind.add_argument("--apart", action="store_const", const="apart", dest="kind")
    add.add_argument("person_id", type=int)
    add.add_argument("other_id", type=int)
    add.add_argument("--note", default="")
    add_workspace_arg(add)
    add.set_defaults(handler=_rule_add)
    rm = rule_verbs.add_parser("remove", help="forget a rule")
    rm.add_argument("rule_id", type=int)
    add_workspace_arg(rm)
    rm.set_defaults(handler=_rule_remove)

    lst = verbs.add_parser("rules", help="a cohort's keep-together and keep-apart pairs")
    lst.add_argument("--cohort", type=int, required=True, metavar="ID")
    add_workspace_arg(lst)
    add_json_arg(lst)
    lst.set_defaults(handler=_rules)


def _generate(args: argparse.Namespace) -> int:
    if args.groups is not None and args.groups < 1:
        raise ValidationError("groups", "Make at least one group.")
    with open_store(args, read_only=not args.save) as store:
        made = breakouts.generate(store, args.session, groups=args.groups, size=args.size,
                                  item_id=args.item, seed=args.seed, together=args.together,
                                  apart=args.apart)
        item_id = perform(store, breakouts.save, made).value if args.save else None
    if args.json:
        out = made.as_json()
        if item_id is not None:
            out["item_id"] = item_id
        out["saved"] = item_id is not None
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    plan = made.plan
    for n, group in enumerate(plan.all_groups, 1):
        lock = " (locked)" if n <= len(plan.locked) else ""
        print(f"Group {n}{lock}: " + ", ".join(str(p) for p in group))
    print(f"{plan.repeat_pairs} pairs met before; a random draw gives {plan.expected_by_chance} "
          "on average.")
    if plan.together_split or plan.apart_joined:
        print(f"Rules not met: {len(plan.together_split)} kept-together pairs split, "
              f"{len(plan.apart_joined)} kept-apart pairs in one group.")
    if item_id is not None:
        print(f"Saved on agenda item {item_id}.")
    return 0


def _lock(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        perform(store, breakouts.set_locked, args.group_id, args.locked)
    print(f"{'Locked' if args.locked else 'Unlocked'} breakout group {args.group_id}.")
    return 0


def _rule_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rule_id = perform(store, breakouts.add_rule, args.cohort, args.person_id, args.other_id,
                          args.kind, args.note).value
    print(f"Rule {rule_id}: keep {args.person_id} and {args.other_id} {args.kind}.")
    return 0


def _rule_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        perform(store, breakouts.remove_rule, args.rule_id)
    print(f"Removed rule {args.rule_id}.")
    return 0


def _rules(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        rows = [(r.id, r.rule.value, r.person_id, r.person, r.other_id, r.other, r.note)
                for r in breakouts.list_rules(store, args.cohort)]
    print_rows(("id", "Rule", "Person id", "Person", "Other id", "Other", "Note"), rows,
               args.json)
    return 0
