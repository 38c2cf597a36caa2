"""Print commands: packet, badges, tents, signin, agenda print, preread add/list/remove."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from cohortdesk.cli.common import (
    add_json_arg,
    add_language_arg,
    add_workspace_arg,
    open_store,
    print_rows,
)
from cohortdesk.documents.packet_data import (
    BADGE_STOCKS,
    DEFAULT_SECTIONS,
    PAPERS,
    ROSTER_SORTS,
    SECTIONS,
    PacketOptions,
    parse_sections,
)
from cohortdesk.domain.text import plural
from cohortdesk.operations import OpInfo, perform, perform_as
from cohortdesk.services import packets, prereads


def _session_and_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", type=int, required=True, metavar="ID")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_language_arg(parser)
    add_workspace_arg(parser)


def _paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=PAPERS, default="letter")


def _agenda_group(sub: Any) -> Any:
    """The `agenda` command's verbs: the agenda area owns the group; `print` is added here."""
    group = sub.choices.get("agenda")
    if group is None:
        group = sub.add_parser("agenda", help="a session's agenda")
        return group.add_subparsers(dest="verb", metavar="VERB", required=True)
    for action in group._actions:  # argparse keeps the verbs' subparsers action here
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest="verb", metavar="VERB", required=True)


def register(sub: Any) -> None:
    packet = sub.add_parser("packet", help="write a session's convening packet (PDF)")
    _session_and_output(packet)
    packet.add_argument("--sections", metavar="LIST",
                        help="comma-separated, in the order to print: " + ", ".join(SECTIONS)
                             + ". Default: all but " + ", ".join(
                                 k for k in SECTIONS if k not in DEFAULT_SECTIONS)
                             + ". Empty sections are left out unless nothing else is chosen.")
    _paper(packet)
    packet.add_argument("--large-print", action="store_true", help="body text at 14 pt")
    packet.add_argument("--binding-margin", action="store_true",
                        help="extra inner margin for binding")
    packet.add_argument("--roster-sort", choices=ROSTER_SORTS, default="family")
    packet.add_argument("--note-pages", type=int, default=2, metavar="N",
                        help="blank pages for notes (default 2; 0 for none)")
    packet.add_argument("--dotted", action="store_true", help="dotted note pages, not lined")
    packet.set_defaults(handler=_packet)

    badges = sub.add_parser("badges", help="write name badges for a session (PDF)")
    _session_and_output(badges)
    badges.add_argument("--stock", choices=list(BADGE_STOCKS), default="avery-5392")
    badges.set_defaults(handler=_badges)

    align = sub.add_parser("badge-alignment", help="write a one-page alignment test for a stock")
    align.add_argument("--stock", choices=list(BADGE_STOCKS), default="avery-5392")
    align.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    align.set_defaults(handler=_alignment)

    tents = sub.add_parser("tents", help="write folded table tents for a session (PDF)")
    _session_and_output(tents)
    _paper(tents)
    tents.set_defaults(handler=_tents)

    signin = sub.add_parser("signin", help="write a session's sign-in sheet (PDF)")
    _session_and_output(signin)
    _paper(signin)
    signin.add_argument("--blank-rows", type=int, default=10, metavar="N",
                        help="empty rows for walk-ins (default 10)")
    signin.set_defaults(handler=_signin)

    agenda_print = _agenda_group(sub).add_parser("print", help="write the agenda alone (PDF)")
    _session_and_output(agenda_print)
    _paper(agenda_print)
    agenda_print.set_defaults(handler=_agenda)

    group = sub.add_parser("preread", help="PDF pre-reads attached to a session")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    add = verbs.add_parser("add", help="attach a PDF to a session (stored in the workspace)")
    add.add_argument("--session", type=int, required=True, metavar="ID")
    add.add_argument("file", metavar="FILE.pdf")
    add.add_argument("--title", default="")
    add_workspace_arg(add)
    add.set_defaults(handler=_preread_add)
    lst = verbs.add_parser("list", help="a session's pre-reads, in packet order")
    lst.add_argument("--session", type=int, required=True, metavar="ID")
    add_workspace_arg(lst)
    add_json_arg(lst)
    lst.set_defaults(handler=_preread_list)
    rm = verbs.add_parser("remove", help="detach a pre-read")
    rm.add_argument("id", type=int, metavar="PREREAD_ID")
    add_workspace_arg(rm)
    rm.set_defaults(handler=_preread_remove)


def _packet(args: argparse.Namespace) -> int:
    options = PacketOptions(
        paper=args.paper, large_print=args.large_print, binding_margin=args.binding_margin,
        roster_sort=args.roster_sort, note_pages=args.note_pages,
        note_style="dotted" if args.dotted else "lined",
    )
    if args.sections:
        options = dataclasses.replace(options, sections=parse_sections(args.sections))
    with open_store(args, read_only=True) as store:
        result = packets.generate_packet(store, args.session, args.output, options,
                                         language=args.language)
    print(result.summary())
    return 0


def _badges(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pages = packets.generate_badges(store, args.session, args.output, args.stock,
                                        language=args.language)
    print(f"Wrote {plural(pages, 'page')} of badges ({args.stock}) to {args.output}.")
    return 0


def _alignment(args: argparse.Namespace) -> int:

    from cohortdesk.documents import print_materials  # reportlab, only when printing

    print_materials.build_alignment_test(args.stock, args.output)
    print(f"Wrote the {args.stock} alignment test to {args.output}.")
    return 0


def _tents(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pages = packets.generate_tents(store, args.session, args.output, args.paper,
                                       language=args.language)
    print(f"Wrote {plural(pages, 'table tent')} to {args.output}.")
    return 0


def _signin(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pages = packets.generate_sign_in(store, args.session, args.output, args.paper,
                                         blank_rows=args.blank_rows, language=args.language)
    print(f"Wrote a {pages}-page sign-in sheet to {args.output}.")
    return 0


def _agenda(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        pages = packets.generate_agenda(store, args.session, args.output, args.paper,
                                        language=args.language)
    print(f"Wrote a {pages}-page agenda to {args.output}.")
    return 0


def _preread_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        new_id = perform_as(store, OpInfo(source=Path(args.file).name), prereads.add_preread,
                            args.session, args.file, title=args.title).value
        record = next(p for p in prereads.list_prereads(store, args.session) if p.id == new_id)
    print(f"Attached {record.title!r} ({plural(record.page_count, 'page')}) as pre-read "
          f"{new_id}.")
    return 0


def _preread_list(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        rows = [(p.id, p.title, p.filename, p.page_count, p.size_bytes)
                for p in prereads.list_prereads(store, args.session)]
    print_rows(("id", "Title", "File", "Pages", "Bytes"), rows, args.json)
    return 0


def _preread_remove(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        perform(store, prereads.remove_preread, args.id)
    print(f"Removed pre-read {args.id}.")
    return 0
