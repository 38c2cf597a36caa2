"""People commands that write: add, edit, show, delete. Each runs through the operations."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store
from cohortdesk.domain.records import PersonData
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.operations import people as people_ops
from cohortdesk.services import duplicates, history, merge, people

# The text fields a command can set, with their flags.
TEXT_FIELDS = {
    "given_name": "--given", "family_name": "--family", "preferred_name": "--preferred",
    "pronouns": "--pronouns", "title": "--title", "email": "--email", "phone": "--phone",
    "bio": "--bio", "access_needs": "--access-needs", "dietary_needs": "--dietary-needs",
    "internal_notes": "--internal-notes",
}
CLI_SOURCE = "command line"


def add_verbs(verbs: Any) -> None:
    add = verbs.add_parser("add", help="add a person; prints their id")
    _person_flags(add, require_name=True)
    add_workspace_arg(add)
    add_json_arg(add)
    add.set_defaults(handler=_add)

    edit = verbs.add_parser("edit", help="change some of a person's fields; others are kept")
    edit.add_argument("id", type=int)
    _person_flags(edit, require_name=False)
    add_workspace_arg(edit)
    add_json_arg(edit)
    edit.set_defaults(handler=_edit)

    show = verbs.add_parser("show", help="every field of one person")
    show.add_argument("id", type=int)
    add_workspace_arg(show)
    add_json_arg(show)
    show.set_defaults(handler=_show)

    delete = verbs.add_parser("delete", help="delete a person (undo brings them back)")
    delete.add_argument("id", type=int)
    add_workspace_arg(delete)
    add_json_arg(delete)
    delete.set_defaults(handler=_delete)
    add_record_verbs(verbs)


def _person_flags(parser: argparse.ArgumentParser, *, require_name: bool) -> None:
    for name, flag in TEXT_FIELDS.items():
        required = require_name and name == "given_name"
        parser.add_argument(flag, dest=name, metavar=name.split("_")[0].upper(), required=required,
                            default=None, help=name.replace("_", " "))
    parser.add_argument("--organization", metavar="NAME", default=None,
                        help="organization by name (added if new; empty to clear)")
    consent = parser.add_mutually_exclusive_group()
    consent.add_argument("--shares-contact", dest="consent_share_contact", action="store_true",
                         default=None, help="consents to share contact details with the cohort")
    consent.add_argument("--no-shares-contact", dest="consent_share_contact", action="store_false",
                         help="does not consent to share contact details")


def _given(args: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {n: getattr(args, n) for n in TEXT_FIELDS if getattr(args, n) is not None}
    if args.consent_share_contact is not None:
        values["consent_share_contact"] = args.consent_share_contact
    return values


def person_json(record: Any) -> dict[str, object]:
    """Every field, by the names `people list --json` uses, and the rest by their own names."""
    return {
        "id": record.id, "name": record.full_name, "preferred": record.preferred_name,
        "pronouns": record.pronouns, "title": record.title,
        "organization": record.organization_name, "jurisdiction": record.jurisdiction,
        "email": record.email, "phone": record.phone,
        "shares_contact": "Yes" if record.consent_share_contact else "No",
        "given_name": record.given_name, "family_name": record.family_name,
        "preferred_name": record.preferred_name, "organization_id": record.organization_id,
        "bio": record.bio, "access_needs": record.access_needs,
        "dietary_needs": record.dietary_needs,
        "consent_share_contact": record.consent_share_contact,
        "internal_notes": record.internal_notes,
    }


def _add(args: argparse.Namespace) -> int:
    data = PersonData(**_given(args))  # type: ignore[arg-type]
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source=CLI_SOURCE), people_ops.add_person, data,
                             args.organization)
        record = people.get_person(store, outcome.value)
    if args.json:
        print(json.dumps({"id": outcome.value, "entry": outcome.changes.entry_id,
                          "person": person_json(record)}, ensure_ascii=False, indent=2))
    else:
        print(f"Added {record.full_name} as person {outcome.value}.")
    return 0


def _edit(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source=CLI_SOURCE), people_ops.edit_person, args.id,
                             _given(args), args.organization)
        record = people.get_person(store, args.id)
    if args.json:
        print(json.dumps({"id": args.id, "changed": outcome.changed, "entry": outcome.changes.entry_id,
                          "person": person_json(record)}, ensure_ascii=False, indent=2))
    else:
        print(f"{'Saved' if outcome.changed else 'Nothing to change for'} {record.full_name} "
              f"(person {args.id}).")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        record = people.get_person(store, args.id)
    if args.json:
        print(json.dumps(person_json(record), ensure_ascii=False, indent=2))
        return 0
    for key, value in person_json(record).items():
        print(f"{key + ':':<24}{'' if value is None else value}")
    return 0


def _delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        name = people.get_person(store, args.id).full_name
        outcome = perform_as(store, OpInfo(source=CLI_SOURCE), people.delete_person, args.id)
    if args.json:
        print(json.dumps({"id": args.id, "deleted": True, "entry": outcome.changes.entry_id}))
    else:
        print(f"Deleted {name} (person {args.id}). `cohortdesk undo` brings them back.")
    return 0


# -- duplicates, merge, history ------------------------------------------------------------

def add_record_verbs(verbs: Any) -> None:
    dupes = verbs.add_parser("duplicates", help="pairs of people who may be one person")
    add_workspace_arg(dupes)
    add_json_arg(dupes)
    dupes.set_defaults(handler=_duplicates)

    merge = verbs.add_parser(
        "merge", help="merge OTHER into KEEP: everything pointing at OTHER moves to KEEP")
    merge.add_argument("keep", type=int, metavar="KEEP")
    merge.add_argument("other", type=int, metavar="OTHER")
    merge.add_argument("--take", metavar="FIELD", action="append", default=None,
                       help="a field to take from OTHER (repeat; default: fill KEEP's blank "
                            "fields); 'none' takes nothing")
    add_workspace_arg(merge)
    add_json_arg(merge)
    merge.set_defaults(handler=_merge)

    history = verbs.add_parser("history", help="who changed a person, when, and from which file")
    history.add_argument("id", type=int)
    add_workspace_arg(history)
    add_json_arg(history)
    history.set_defaults(handler=_history)


def _duplicates(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pairs = duplicates.duplicate_people(store)
    if args.json:
        print(json.dumps([{
            "first": {"id": p.first_id, "name": p.first_name, "email": p.first_email,
                      "organization": p.first_organization},
            "second": {"id": p.second_id, "name": p.second_name, "email": p.second_email,
                       "organization": p.second_organization},
            "reason": p.reason, "reasons": list(p.reasons), "score": round(p.score, 1),
        } for p in pairs], ensure_ascii=False, indent=2))
        return 0
    if not pairs:
        print("No possible duplicates.")
        return 0
    for p in pairs:
        print(f"{p.first_id:>6} {p.first_name}  ~  {p.second_id:>6} {p.second_name}  "
              f"({', '.join(p.reasons)})")
    print(f"{len(pairs)} possible duplicate{'s' * (len(pairs) != 1)}. "
          "Merge one with `cohortdesk people merge KEEP OTHER`.")
    return 0


def _take(args: argparse.Namespace) -> list[str] | None:
    if args.take is None:
        return None
    fields = [f.strip() for item in args.take for f in item.split(",") if f.strip()]
    return [] if fields == ["none"] else [{"organization": "organization_id"}.get(f, f) for f in fields]


def merge_json(result: merge.MergeResult, entry: int | None) -> dict[str, object]:
    return {"keep": result.keep_id, "merged": result.other_id, "entry": entry,
            "fields_taken": list(result.fields_taken), "moved": dict(result.moved),
            "combined": dict(result.combined)}


def _merge(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source=merge.merge_source(args.other)),
                             merge.merge_people, args.keep, args.other, _take(args))
        record = people.get_person(store, args.keep)
    if args.json:
        print(json.dumps({**merge_json(outcome.value, outcome.changes.entry_id),
                          "person": person_json(record)}, ensure_ascii=False, indent=2))
    else:
        print(outcome.value.sentence() + f" {record.full_name} remains. `cohortdesk undo` "
              "separates them again.")
    return 0


def _history(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        found = history.person_history(store, args.id)
    if args.json:
        print(json.dumps({
            "person": found.person_id, "merged": list(found.merged_ids),
            "trimmed": found.trimmed, "kept_since": found.kept_since, "note": found.trim_note,
            "events": [{
                "entry": e.entry_id, "when": e.when, "operation": e.operation,
                "source": e.source, "undone": e.undone,
                "changes": [{
                    "subject": i.subject, "action": i.action, "summary": i.summary,
                    "fields": [{"field": c.field, "label": c.label, "old": c.old, "new": c.new}
                               for c in i.changes]} for i in e.items],
            } for e in found.events]}, ensure_ascii=False, indent=2))
        return 0
    for e in found.events:
        source = f" [{e.source}]" if e.source else ""
        undone = " (undone)" if e.undone else ""
        print(f"{e.local_time}  {e.operation}{source}{undone}")
        for line in e.lines:
            print(f"    {line}")
    if not found.events:
        print("No recorded changes.")
    if found.trimmed:
        print(found.trim_note)
    return 0
