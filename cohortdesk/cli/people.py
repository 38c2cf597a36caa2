"""People commands that write: add, edit, show, delete. Each runs through the operations."""

from __future__ import annotations

import argparse
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store
from cohortdesk.domain.records import PersonData
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.operations import people as people_ops
from cohortdesk.services import people

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
