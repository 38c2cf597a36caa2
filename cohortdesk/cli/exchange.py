"""Commands that move data in and out: people import, rosters, catering, calendars, archive."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import Any

from cohortdesk.cli.common import add_json_arg, add_language_arg, add_workspace_arg, open_store
from cohortdesk.documents.roster_csv import guard_notice, guarded_columns
from cohortdesk.domain.attendance import RegistrationStatus
from cohortdesk.domain.enums import Labelled, MembershipRole, MembershipStage
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import archive, calendars, people_import, roster, roster_catering
from cohortdesk.services.people_import import CohortTarget, ImportPreview, ImportSummary


def _verbs(sub: Any, noun: str, help_text: str) -> Any:
    """The sub-command group `noun`, shared with another area's module if it made it first."""
    existing = sub.choices.get(noun)
    if existing is None:
        group = sub.add_parser(noun, help=help_text)
        return group.add_subparsers(dest="verb", metavar="VERB", required=True)
    for action in existing._actions:  # argparse offers no public way to reach it
        if isinstance(action, argparse._SubParsersAction):
            return action
    return existing.add_subparsers(dest="verb", metavar="VERB", required=True)


def register(sub: Any) -> None:
    imp = _verbs(sub, "people", "people in the workspace").add_parser(
        "import", help="import people from a CSV or XLSX file (registration export, spreadsheet)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--cohort", type=int, metavar="ID", help="also add everyone to this cohort")
    imp.add_argument("--role", default="member", choices=[r.value for r in MembershipRole])
    imp.add_argument("--stage", default="active", choices=[s.value for s in MembershipStage])
    imp.add_argument("--existing", default="fill", choices=["fill", "update", "skip", "merge"],
                     help="people already here: fill only their blank fields and report values "
                          "that differ (fill, the default; merge is its older name), take every "
                          "differing value from the file (update), or leave them alone (skip). "
                          "A blank cell never erases a value.")
    imp.add_argument("--same-name", default="add", choices=["add", "merge", "skip"],
                     help="a new person's row with the name of an earlier new person's row "
                          "but another email or none: add both (add, the default), merge it "
                          "into the earlier row's person, filling what that row leaves blank "
                          "(merge), or skip it (skip)")
    imp.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    add_workspace_arg(imp)
    add_json_arg(imp)
    imp.set_defaults(handler=_people_import)

    exp = _verbs(sub, "roster", "attendee rosters").add_parser(
        "export", help="write a cohort's or session's roster as CSV, XLSX or PDF")
    scope = exp.add_mutually_exclusive_group(required=True)
    scope.add_argument("--cohort", type=int, metavar="ID")
    scope.add_argument("--session", type=int, metavar="ID")
    exp.add_argument("--format", choices=roster.FORMATS, help="default: from the file name")
    exp.add_argument("--audience", default="participants", choices=roster.AUDIENCES,
                     help="participants (default) honours contact-sharing consent; internal "
                          "has access, dietary and staff notes and is marked confidential")
    exp.add_argument("--fields", help="comma-separated: " + ",".join(roster.BY_KEY))
    exp.add_argument("--role", action="append", default=[], metavar="ROLE",
                     help="only this role (repeatable or comma-separated): "
                          + ", ".join(r.value for r in MembershipRole))
    exp.add_argument("--stage", action="append", default=[], metavar="STAGE",
                     help="only this stage (repeatable or comma-separated): "
                          + ", ".join(s.value for s in MembershipStage))
    exp.add_argument("--status", action="append", default=[], metavar="STATUS",
                     help="session rosters: only this registration status (repeatable or "
                          "comma-separated): " + ", ".join(s.value for s in RegistrationStatus))
    exp.add_argument("--sort", default="name", metavar="FIELDS",
                     help="comma-separated fields, most important first (default: name). "
                          "Put a minus before a field to sort it descending, written with an "
                          "equals sign: --sort=-checked_in,name")
    exp.add_argument("--descending", action="store_true",
                     help="sort every --sort field descending (blanks stay last)")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: a safe name)")
    add_language_arg(exp, "for a PDF, the session's (English for a cohort)")
    add_workspace_arg(exp)
    exp.set_defaults(handler=_roster_export)

    cat = sub.add_parser("catering", help="catering and access summary for a session (internal)")
    cat.add_argument("--session", type=int, metavar="ID", required=True)
    cat.add_argument("-o", "--output", type=Path, help=".pdf or .csv")
    add_language_arg(cat, "for a PDF, the session's")
    add_workspace_arg(cat)
    cat.set_defaults(handler=_catering)

    cal = sub.add_parser("calendar", help="write an .ics calendar for a session or a cohort")
    which = cal.add_mutually_exclusive_group(required=True)
    which.add_argument("--cohort", type=int, metavar="ID")
    which.add_argument("--session", type=int, metavar="ID")
    cal.add_argument("-o", "--output", type=Path)
    add_workspace_arg(cal)
    cal.set_defaults(handler=_calendar)

    arc = _verbs(sub, "archive", "the portable archive (one JSON file)")
    ax = arc.add_parser("export", help="write the whole workspace as one JSON file")
    ax.add_argument("-o", "--output", type=Path, required=True)
    add_workspace_arg(ax)
    ax.set_defaults(handler=_archive_export)
    ai = arc.add_parser("import", help="recreate a workspace from an archive, in a new file")
    ai.add_argument("file", type=Path)
    ai.add_argument("--workspace", metavar="NEW", required=True,
                    help="the new workspace file to create")
    ai.set_defaults(handler=_archive_import)


# -- people import ---------------------------------------------------------------------------

def import_report(result: ImportPreview, summary: ImportSummary | None) -> dict[str, Any]:
    outcomes = summary.outcomes if summary else {}
    rows = []
    for r in result.rows:
        rows.append({
            "row": r.row, "line": r.line, "status": r.status,
            "outcome": outcomes.get(r.row, "") if summary else "would " + _would(r),
            "name": r.name if r.status != "blank" else "", "email": r.email,
            "issues": [{"field": i.field, "severity": i.severity, "message": i.message}
                       for i in r.issues],
            "changes": [{"field": c.field, "from": c.current, "to": c.incoming}
                        for c in r.changes if not c.conflict],
            # As applied once written: a merged row's other email, kept, is one too.
            "conflicts": [{"field": c.field, "current": c.current, "file": c.incoming,
                           "done": done}
                          for c, done in (summary.conflicts.get(r.row, ()) if summary else
                                          [(c, "would keep") for c in r.conflicts])],
            "possible_duplicates": [{"person_id": d.person_id, "name": d.name, "reason": d.reason}
                                    for d in r.duplicates],
            **({"matches_row": r.match_row} if r.match_row else {}),
            **({"same_name_as_row": r.same_name_row} if r.same_name_row else {}),
            **({"matches_person_id": r.match_person_id} if r.match_person_id else {}),
        })
    report: dict[str, Any] = {
        "file": result.source, "read_as": result.description, "dry_run": summary is None,
        "mapping": {h or f"column {i + 1}": result.mapping.get(i) or None
                    for i, h in enumerate(result.headers)},
        "notes": list(result.notes), "rows": rows,
    }
    if summary is not None:
        report["summary"] = {
            "added": summary.added, "updated": summary.updated, "unchanged": summary.unchanged,
            "conflicts_kept": summary.conflicts_kept,
            "skipped": [vars(s) for s in summary.skipped],
            "refused": [vars(s) for s in summary.refused],
            "empty_lines": list(summary.blank_rows),
            "memberships_added": summary.memberships_added,
        }
    else:
        report["summary"] = {
            "would_add": result.count("add"), "would_update": result.count("update"),
            "unchanged": result.count("same"), "refused": result.count("refuse"),
            "empty_lines": result.count("blank"),
        }
    return report


def _would(r: people_import.PreviewRow) -> str:
    return {"add": "add", "update": "update", "same": "leave unchanged", "refuse": "refuse",
            "blank": "skip empty line"}[r.status]


def _people_import(args: argparse.Namespace) -> int:
    cohort = None
    if args.cohort is not None:
        cohort = CohortTarget(args.cohort, MembershipRole(args.role), MembershipStage(args.stage))
    with open_store(args, read_only=args.dry_run) as store:
        if args.dry_run:  # a preview: it writes nothing, on a read-only store
            result, summary = people_import.import_file(  # door: reads only
                store, args.file, existing=args.existing, cohort=cohort, dry_run=True)
        else:
            result, summary = perform_as(
                store, OpInfo(source=Path(args.file).name), people_import.import_file,
                args.file, existing=args.existing, same_name=args.same_name,
                cohort=cohort).value
    report = import_report(result, summary)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{result.source}: {result.description}")
    for r in report["rows"]:
        if r["status"] == "blank":
            print(f"  row {r['row']:>3} (line {r['line']}): empty line, skipped")
            continue
        print(f"  row {r['row']:>3} (line {r['line']}): {r['outcome']:<18} {r['name']}"
              + (f" <{r['email']}>" if r["email"] else ""))
        for issue in r["issues"]:
            field = f"{issue['field']}: " if issue["field"] else ""
            print(f"        {issue['severity']}: {field}{issue['message']}")
        for c in r["changes"]:
            print(f"        {c['field']}: {_clip(c['from'])!r} -> {_clip(c['to'])!r}")
        for c in r["conflicts"]:
            print(f"        conflict, {c['done']}: {c['field']}: ours {_clip(c['current'])!r}, "
                  f"file's {_clip(c['file'])!r}")
    for note in result.notes:
        print(f"Note: {note}")
    if summary is not None:
        print(summary.sentence())
    else:
        s = report["summary"]
        print(f"Dry run, nothing written: would add {s['would_add']}, update "
              f"{s['would_update']}; {s['refused']} refused, {s['empty_lines']} empty.")
    return 0


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- exports ---------------------------------------------------------------------------------

def _split(values: list[str], vocabulary: type[Labelled] | None = None) -> frozenset[str]:
    """Comma-separated values; a label ("Program staff") is read as its value. Anything else
    is passed on as typed, for the roster's check to refuse with the list of choices."""
    out = set()
    for item in values:
        for raw in item.split(","):
            value = raw.strip()
            if value and vocabulary is not None:
                with contextlib.suppress(ValueError):
                    value = vocabulary.parse(value).value
            if value:
                out.add(value)
    return frozenset(out)


def _sort_keys(text: str, descending: bool) -> tuple[str, ...]:
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    if descending:
        keys = tuple(k if k.startswith("-") else f"-{k}" for k in keys)
    return keys


def _roster_export(args: argparse.Namespace) -> int:
    fields = tuple(f.strip() for f in args.fields.split(",") if f.strip()) if args.fields else None
    request = roster.RosterRequest(
        cohort_id=args.cohort, session_id=args.session, fields=fields, audience=args.audience,
        roles=_split(args.role, MembershipRole), stages=_split(args.stage, MembershipStage),
        statuses=_split(args.status, RegistrationStatus),
        sort=_sort_keys(args.sort, args.descending),
    )
    with open_store(args, read_only=True) as store:
        if args.output is None:
            fmt = roster.format_for("", args.format or "csv")
            path = Path(roster.default_file_name(store, request, fmt))
        else:
            path = args.output
            fmt = roster.format_for(path, args.format)
        _written, count = roster.export_roster_counted(store, request, fmt, path,
                                                       language=args.language)
        # Which cells the CSV had to guard, and why: read from the same roster.
        notice = guard_notice(guarded_columns(roster.build_roster(store, request))) \
            if fmt == "csv" else ""
    print(f"Wrote {count} people to {path}"
          + (" (CONFIDENTIAL: internal)" if request.internal else ""))
    if notice:
        print(notice)
    return 0


def _catering(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        path = args.output or Path(roster_catering.default_file_name(store, args.session))
        roster_catering.export_catering(store, args.session, path, language=args.language)
    print(f"Wrote the catering and access summary (CONFIDENTIAL: internal) to {path}")
    return 0


def _calendar(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        path = args.output or Path(calendars.default_file_name(
            store, cohort_id=args.cohort, session_id=args.session))
        if args.session is not None:
            calendars.export_session(store, args.session, path)
            skipped: list[str] = []
        else:
            _, skipped = calendars.export_cohort(store, args.cohort, path)
    print(f"Wrote {path}")
    for title in skipped:
        print(f"Left out “{title}”: it has no start time yet.")
    return 0


def _archive_export(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        archive.export_archive(store, args.output)
    print(f"Wrote the archive to {args.output}")
    return 0


def _archive_import(args: argparse.Namespace) -> int:
    target = Path(args.workspace).expanduser()
    # A new workspace made whole from the archive, in one bulk write of its own.
    rows = archive.create_from_archive(args.file, target)  # door: no open store to run it in
    print(f"Created {target} from {args.file} ({rows} records).")
    return 0
