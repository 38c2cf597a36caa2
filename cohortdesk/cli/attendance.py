"""Attendance commands: show a session's list, import a Zoom report, export the cohort matrix."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_workspace_arg, open_store, print_rows
from cohortdesk.domain.attendance import (
    DEFAULT_THRESHOLD,
    AttendanceMode,
    AttendanceSource,
    AttendanceState,
)
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import attendance, zoom_import

CLI_SOURCE = "command line"


def register(sub: Any) -> None:
    group = sub.add_parser("attendance", help="registrations, attendance and Zoom reports")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)

    show = verbs.add_parser("show", help="a session's registrations and attendance")
    show.add_argument("--session", type=int, required=True, metavar="ID")
    add_workspace_arg(show)
    add_json_arg(show)
    show.set_defaults(handler=_show)

    imp = verbs.add_parser("import-zoom", help="record a Zoom participants report (CSV)")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--session", type=int, required=True, metavar="ID")
    imp.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                     help="share of the session needed to count as present (default 0.5)")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    add_workspace_arg(imp)
    add_json_arg(imp)
    imp.set_defaults(handler=_import_zoom)

    mark = verbs.add_parser("mark", help="record one person's attendance at a session")
    mark.add_argument("--session", type=int, required=True, metavar="ID")
    mark.add_argument("--person", type=int, required=True, metavar="ID")
    mark.add_argument("--status", required=True, choices=sorted(MARK_STATES),
                      help="absent = absent (unexcused); excused = absent (excused); "
                           "clear = not recorded")
    mark.add_argument("--mode", choices=[m.value for m in AttendanceMode],
                      help="in_person or remote")
    mark.add_argument("--replace", action="store_true",
                      help="replace a door check-in or an earlier mark set by hand")
    add_workspace_arg(mark)
    add_json_arg(mark)
    mark.set_defaults(handler=_mark)

    mat = verbs.add_parser("matrix", help="the cohort's people-by-sessions attendance record")
    mat.add_argument("--cohort", type=int, required=True, metavar="ID")
    mat.add_argument("-o", "--output", metavar="FILE.csv", help="write CSV here")
    add_workspace_arg(mat)
    add_json_arg(mat)
    mat.set_defaults(handler=_matrix)


def _show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        regs = attendance.registrations(store, args.session)
        counts = attendance.counts(store, args.session)
    if args.json:
        print(json.dumps({
            "session": args.session, "counts": {
                "status": counts.by_status, "attendance": counts.by_attendance,
                "checked_in": counts.checked_in, "in_person": counts.in_person,
                "remote": counts.remote, "joined_briefly": counts.joined_briefly,
                "attended": counts.attended, "absent": counts.absent,
                "not_recorded": counts.not_recorded},
            "people": [{
                "person_id": r.person_id, "name": r.name, "role": r.role, "status": r.status.value,
                "attendance": r.attendance.value if r.attendance else None,
                "mode": r.mode.value if r.mode else None,
                "checked_in_at": r.checked_in_at.isoformat() if r.checked_in_at else None,
                "minutes": r.minutes, "walk_in": r.walk_in,
                "access_needs": r.access_needs, "dietary_needs": r.dietary_needs,
            } for r in regs]}, ensure_ascii=False, indent=2))
        return 0
    print(counts.summary())
    print_rows(("Id", "Name", "Status", "Attendance", "Mode", "Checked in"), [
        (r.person_id, r.name, r.status.label, r.attendance_label, r.mode.label if r.mode else "",
         r.checked_in_at.strftime("%H:%M") if r.checked_in_at else "") for r in regs], False)
    return 0


def _import_zoom(args: argparse.Namespace) -> int:
    with open_store(args, read_only=args.dry_run) as store:
        plan = zoom_import.preview(store, args.session, args.file, args.threshold)
        result = None if args.dry_run else perform_as(
            store, OpInfo(source=f"Zoom report {Path(args.file).name}"), zoom_import.apply,
            plan).value
    people = [{
        "name": m.shown_name, "email": m.email, "lines": list(m.lines), "minutes": m.minutes,
        "minutes_detail": m.minutes_text, "outcome": m.outcome, "matched_by": m.how or None,
        "person_id": m.person_id, "person": m.person_name or None, "status": m.status,
        "change": m.effect or None, "keeps": m.keeps or None,
        "guest_offer": ({"given_name": m.guest.given_name, "family_name": m.guest.family_name,
                         "email": m.guest.email, "role": m.guest.role} if m.guest else None),
        "note": m.hint or None,
    } for m in plan.participants]
    if args.json:
        print(json.dumps({
            "session": plan.session_id, "dry_run": args.dry_run, "written": result is not None,
            "session_minutes": plan.session_minutes, "threshold": plan.threshold,
            "threshold_minutes": plan.threshold_minutes, "warnings": list(plan.warnings),
            "recorded": result.recorded if result else 0,
            "unchanged": result.unchanged if result else None,
            "participants": people}, ensure_ascii=False, indent=2))
        return 0
    for w in plan.warnings:
        print(f"warning: {w}")
    print(f"Present at {plan.threshold_minutes} of {plan.session_minutes} minutes.")
    print_rows(("Name", "Outcome", "How", "Person", "Minutes", "Status"), [
        (m.shown_name, m.outcome, m.how, m.person_name, m.minutes_text, m.status)
        for m in plan.participants], False)
    print(plan.summary())
    if result is None:
        print("Dry run: nothing was written. Run again without --dry-run to record this.")
    else:
        print(f"Recorded {result.recorded}; {result.unchanged} already up to date. "
              "Suggested and unmatched people are matched in the app.")
    return 0


MARK_STATES: dict[str, AttendanceState | None] = {
    **{s.value: s for s in AttendanceState},
    "absent": AttendanceState.ABSENT_UNEXCUSED, "excused": AttendanceState.ABSENT_EXCUSED,
    "clear": None,
}


def _mark(args: argparse.Namespace) -> int:
    state = MARK_STATES[args.status]
    mode = AttendanceMode(args.mode) if args.mode else None
    with open_store(args) as store:
        outcome = perform_as(store, OpInfo(source=CLI_SOURCE), attendance.set_attendance,
                             args.session, args.person, state, mode=mode,
                             how=AttendanceSource.MANUAL, replace=args.replace)
        record = attendance.registration(store, args.session, args.person)
    kept = outcome.value
    if args.json:
        print(json.dumps({
            "session": args.session, "person": args.person, "changed": outcome.changed,
            "entry": outcome.changes.entry_id if outcome.changed else None,
            "attendance": record.attendance.value if record and record.attendance else None,
            "mode": record.mode.value if record and record.mode else None,
            "source": record.source.value if record and record.source else None,
            "marked_at": record.marked_at.isoformat() if record and record.marked_at else None,
            "kept": kept.text if kept else None,
        }, ensure_ascii=False, indent=2))
        return 0
    name = record.name if record else f"person {args.person}"
    if kept is not None:
        print(f"{name}: {kept.text}. Run again with --replace to record "
              f"{state.label.lower() if state else 'nothing'} instead.")
    elif outcome.changed:
        print(f"{name}: {record.attendance_label if record else ''}"
              f"{' (' + record.mode.label.lower() + ')' if record and record.mode else ''}.")
    else:
        print(f"{name}: already {record.attendance_label.lower() if record else 'so'}; nothing to change.")
    return 0


def _matrix(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        m = attendance.matrix(store, args.cohort)
    if args.output:
        path = attendance.export_matrix_csv(m, args.output)
        print(f"Wrote {path} ({len(m.rows)} people, {len(m.sessions)} sessions).")
        return 0
    if args.json:
        print(json.dumps({
            "sessions": [{"id": s.id, "title": s.title,
                          "starts_at": s.starts_at.isoformat() if s.starts_at else None,
                          "attended": s.attended, "absent": s.absent,
                          "joined_briefly": s.brief, "recorded": s.recorded}
                         for s in m.sessions],
            "people": [{"person_id": r.person_id, "name": r.name, "role": r.role,
                        "cells": [c.value if c else None for c in r.cells],
                        "attended": r.attended, "recorded": r.recorded, "rate": r.rate,
                        "consecutive_absences": r.consecutive_absences,
                        "last_attended": r.last_attended or None,
                        "needs_outreach": r.needs_outreach} for r in m.rows]},
            ensure_ascii=False, indent=2))
        return 0
    header, body = attendance.matrix_table(m)
    print_rows(header, body, False)
    flagged = m.flagged
    if flagged:
        print(f"Reach out: {', '.join(r.name for r in flagged)} "
              f"(two or more absences in a row).")
    return 0
