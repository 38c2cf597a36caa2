"""Results framework and technical assistance commands: results show/export/print, ta list."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from cohortdesk.cli.common import (
    add_json_arg,
    add_language_arg,
    add_workspace_arg,
    open_store,
    print_rows,
)
from cohortdesk.domain.results import AssistanceStatus
from cohortdesk.services import results
from cohortdesk.services import technical_assistance as ta


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date like 2026-11-22") from None


def _status(text: str) -> AssistanceStatus:
    try:
        return AssistanceStatus(AssistanceStatus.parse(text))
    except ValueError:
        choices = ", ".join(s.value for s in AssistanceStatus)
        raise argparse.ArgumentTypeError(f"“{text}” is not a status ({choices})") from None


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain-text table whose columns line up after names in Chinese, Japanese or Korean."""
    print_rows(columns, rows, as_json=False)


def _cohort_args(parser: argparse.ArgumentParser, *, today: bool = True) -> None:
    add_workspace_arg(parser)
    parser.add_argument("--cohort", type=int, required=True, metavar="ID",
                        help="cohort id (see `cohortdesk cohorts list`)")
    if today:
        parser.add_argument("--today", type=_date, metavar="DATE", default=None,
                            help="judge on track as of this date (default: today)")


def register(sub: Any) -> None:
    group = sub.add_parser("results", help="members' results frameworks")
    verbs = group.add_subparsers(dest="verb", metavar="VERB", required=True)

    show = verbs.add_parser("show", help="the cohort overview: each member's indicators")
    _cohort_args(show)
    add_json_arg(show)
    show.set_defaults(handler=_show)

    export = verbs.add_parser("export", help="write the overview to an XLSX workbook")
    _cohort_args(export)
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    export.set_defaults(handler=_export)

    print_ = verbs.add_parser("print", help="print the Results framework section to a PDF")
    _cohort_args(print_)
    print_.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    print_.add_argument("--paper", choices=("letter", "a4"), default="letter")
    add_language_arg(print_, "English; a cohort has no")
    print_.set_defaults(handler=_print)

    assistance = sub.add_parser("ta", help="technical assistance requests")
    ta_verbs = assistance.add_subparsers(dest="verb", metavar="VERB", required=True)
    lst = ta_verbs.add_parser("list", help="a cohort's requests, newest first")
    _cohort_args(lst, today=False)
    lst.add_argument("--partner", type=int, metavar="ORG_ID",
                     help=f"only this partner organization's requests ({ta.NO_PARTNER}: none yet)")
    lst.add_argument("--status", type=_status, metavar="STATUS",
                     help="requested, in_progress, done or declined")
    add_json_arg(lst)
    lst.set_defaults(handler=_ta_list)


def _show(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        if args.json:
            overview = results.cohort_overview(store, args.cohort, args.today)
            print(json.dumps(results.overview_json(overview), ensure_ascii=False, indent=2))
            return 0
        rowset = results.overview_rows(store, args.cohort, args.today)
    print_table(rowset.columns[1:], [r[1:] for r in rowset.rows])
    return 0


def _export(args: argparse.Namespace) -> int:
    from cohortdesk.documents.results_xlsx import write_results_xlsx

    with open_store(args, read_only=True) as store:
        overview = results.cohort_overview(store, args.cohort, args.today)
    path = write_results_xlsx(args.output, overview)
    print(f"Wrote {len(overview.rows)} indicators to {path}")
    return 0


def _print(args: argparse.Namespace) -> int:
    from cohortdesk.documents import i18n
    from cohortdesk.documents.results_pdf import write_results_pdf

    with open_store(args, read_only=True) as store:
        data = results.print_data(store, args.cohort, args.today)
    with i18n.language(args.language):
        path = write_results_pdf(args.output, data, paper=args.paper)
    print(f"Wrote the results framework of {len(data.frameworks)} members to {path}")
    return 0


def _ta_list(args: argparse.Namespace) -> int:
    with open_store(args, read_only=True) as store:
        if args.json:
            found = ta.find_requests(store, args.cohort, partner_id=args.partner,
                                     status=args.status)
            print(json.dumps([ta.request_json(r) for r in found], ensure_ascii=False, indent=2))
            return 0
        rowset = ta.list_requests(store, args.cohort, partner_id=args.partner, status=args.status)
    print_table(rowset.columns[:-1], [r[:-1] for r in rowset.rows])
    return 0
