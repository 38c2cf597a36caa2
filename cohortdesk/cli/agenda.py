"""Agenda, action item and minutes commands.

    cohortdesk agenda show SESSION_ID [--json]
    cohortdesk actions list [--cohort ID] [--open] [--json]
    cohortdesk minutes --cohort ID -o FILE.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.domain.agenda import format_clock, format_minutes
from cohortdesk.services import actions, agenda, notes
from cohortdesk.services.agenda import TimedAgenda


def register(sub: Any) -> None:
    group = sub.add_parser("agenda", help="a session's timed agenda")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    show = verbs.add_parser("show", help="print each item with its computed start and end")
    show.add_argument("session_id", type=int, metavar="SESSION_ID")
    add_workspace_arg(show)
    add_json_arg(show)
    show.set_defaults(handler=_show)

    group = sub.add_parser("actions", help="action items (next steps)")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)
    lst = verbs.add_parser("list", help="list action items, soonest due first")
    lst.add_argument("--cohort", type=int, metavar="ID", help="only this cohort's items")
    lst.add_argument("--open", action="store_true", help="only open items")
    add_workspace_arg(lst)
    add_json_arg(lst)
    lst.set_defaults(handler=_actions)

    minutes = sub.add_parser("minutes", help="export a cohort's compiled minutes as Markdown")
    minutes.add_argument("--cohort", type=int, metavar="ID", required=True)
    minutes.add_argument("-o", "--output", metavar="FILE.md", required=True)
    add_workspace_arg(minutes)
    minutes.set_defaults(handler=_minutes)


def agenda_json(timed: TimedAgenda) -> dict[str, Any]:
    return {
        "session_id": timed.session_id,
        "title": timed.session_title,
        "time_zone": timed.time_zone,
        "starts_at": timed.starts_at.isoformat() if timed.starts_at else None,
        "ends_at": timed.ends_at.isoformat() if timed.ends_at else None,
        "total_minutes": timed.total_minutes,
        "overrun_minutes": timed.overrun_minutes,
        "warnings": list(timed.warnings),
        "days": [
            {"day": d.number, "date": d.date.isoformat(), "start": d.start.isoformat(),
             "end": d.end.isoformat(),
             "planned_end": d.planned_end.isoformat() if d.planned_end else None,
             "zone_abbreviation": d.zone_abbreviation, "total_minutes": d.total_minutes,
             "overrun_minutes": d.overrun_minutes}
            for d in timed.days
        ],
        "items": [
            {
                "id": i.id, "day": i.day, "start": i.start.isoformat(), "end": i.end.isoformat(),
                "duration_minutes": i.duration_minutes, "kind": i.kind.value, "title": i.title,
                "description": i.description, "room": i.room, "materials": i.materials,
                "pinned": i.is_pinned,
                "pinned_time": i.pinned_time.strftime("%H:%M") if i.pinned_time else None,
                "presenters": [
                    {"name": p.name, "role": p.role.value, "person_id": p.person_id,
                     "placeholder": p.is_placeholder, "title": p.title,
                     "jurisdiction": p.jurisdiction}
                    for p in i.presenters
                ],
                "groups": [
                    {"name": g.name, "room": g.room, "facilitator": g.facilitator,
                     "members": [m.name for m in g.members]}
                    for g in i.groups
                ],
                "warnings": list(i.warnings),
            }
            for i in timed.items
        ],
    }


def _show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        timed = agenda.timed_agenda(store, args.session_id)
    if args.json:
        print(json.dumps(agenda_json(timed), ensure_ascii=False, indent=2))
        return 0
    print(f"{timed.session_title} (times in {timed.zone_abbreviation}, {timed.time_zone})")
    for day in timed.days:
        if len(timed.days) > 1:
            print(f"\nDay {day.number}: {day.date:%A} {day.date:%B} {day.date.day} "
                  f"(times in {day.zone_abbreviation})")
        for i in day.items:
            pin = " (pinned)" if i.is_pinned else ""
            people = ", ".join(p.name for p in i.presenters)
            print(f"  {format_clock(i.start):>8}–{format_clock(i.end):<8}  {i.title}{pin}"
                  + (f" — {people}" if people else ""))
    end = format_clock(timed.ends_at) if timed.ends_at else "—"
    print(f"\nTotal {format_minutes(timed.total_minutes)}; ends {end}.")
    for w in timed.warnings:
        print(f"warning: {w}")
    return 0


def _actions(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with open_store(args, read_only=True) as store:
        if args.json:
            records = actions.next_steps(store, cohort_id=args.cohort, open_only=args.open)
        else:
            rowset = actions.list_actions(store, cohort_id=args.cohort, open_only=args.open,
                                          today=today)
    if not args.json:
        print_rows(rowset.columns, rowset.rows, False)
        return 0
    print(json.dumps([{
        "id": r.id, "due": r.due_on.isoformat() if r.due_on else None,
        "description": r.description, "owner": r.owner_name or None, "owner_id": r.owner_id,
        "jurisdiction": r.owner_jurisdiction, "status": r.status.value,
        "raised_in": r.raised_session_title, "raised_session_id": r.raised_session_id,
        "closed_in": r.closed_session_title or None, "closed_session_id": r.closed_session_id,
        "overdue": r.is_overdue(today),
    } for r in records], ensure_ascii=False, indent=2))
    return 0


def _minutes(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        path = notes.write_minutes(store, args.cohort, args.output)
    print(f"Wrote the minutes to {path}.")
    return 0
