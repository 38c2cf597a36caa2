"""Figures of the features that land after the foundation: rosters, imports, print, backups.

Each is wired to its area's module; until that module exists the row says "not available yet".
Writes happen on a working copy and are undone between runs, so every run starts alike.
"""

from __future__ import annotations

import csv
import shutil
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from bench import inputs
from bench.core_metrics import Bench
from bench.measure import (
    Aim,
    Metric,
    NotAvailable,
    guarded,
    median_runs,
    median_seconds,
    missing,
    need,
    paired_medians,
    timed,
)
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, Person


def _store(bench: Bench) -> Store:
    if bench.store is None:
        raise RuntimeError("the bench has no open working copy")
    return bench.store


def _nothing() -> None:
    pass


def _undo_all(store: Store) -> None:
    while store.undo_label() is not None:
        store.undo()


# -- rosters ----------------------------------------------------------------------------------


def _roster_request(bench: Bench) -> Any:
    roster = need("cohortdesk.services.roster", "RosterRequest", "export_roster", "build_roster")
    return roster, roster.RosterRequest(cohort_id=inputs.directory_cohort(bench))


def roster_csv(bench: Bench) -> list[Metric]:
    roster, request = _roster_request(bench)
    store = _store(bench)
    # As a user's workspace is once its People list has opened: the list's index is made, and
    # the roster is read from it in one query (services/roster.py _stream_csv).
    need("cohortdesk.services.people", "index_people").index_people(store)
    table = roster.build_roster(store, request)
    target = bench.scratch / "roster.csv"
    floor_target = bench.scratch / "roster-floor.csv"

    def bare_csv() -> None:
        with open(floor_target, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(table.headers)
            writer.writerows(table.rows)

    floor, whole, runs = paired_medians(
        bare_csv, lambda: roster.export_roster(store, request, "csv", target))
    building = timed(lambda: roster.build_roster(store, request))

    def bare_read() -> None:  # the same number of cells, one table, no join, no order
        with store.read() as session:
            session.connection().connection.driver_connection.execute(
                "SELECT given_name, family_name, pronouns, title, organization_id, email, "
                "phone, consent_share_contact FROM person").fetchall()

    reading = median_seconds(bare_read)
    # SQLite's own share: the roster's query to its first row. The rows are joined, guarded and
    # put in order before the first one comes back, so this is the work left for the cursor.
    chosen = roster.check_request(request)
    query = roster._streamed_query(request, chosen, roster._scope(store, request).cohort_id)
    with store.read() as session:
        compiled = query.compile(dialect=session.get_bind().dialect,
                                 compile_kwargs={"render_postcompile": True})
    params = [compiled.params[name] for name in compiled.positiontup or ()]

    def first_row() -> None:
        with store.read() as session:
            raw = session.connection().connection.driver_connection
            raw.create_function("cd_guard", 1, roster.guard, deterministic=True)
            raw.execute(str(compiled), params).fetchone()

    sqlite_share = median_seconds(first_row)

    def all_rows() -> None:  # the query and the driver's rows, nothing written
        with store.read() as session:
            raw = session.connection().connection.driver_connection
            raw.create_function("cd_guard", 1, roster.guard, deterministic=True)
            cursor = raw.execute(str(compiled), params)
            while cursor.fetchmany(4096):
                pass

    fetched = median_seconds(all_rows)
    rows = f"{len(table.rows):,}"
    return [
        Metric(f"Roster export to CSV, {rows} rows (query, build and write)", whole, "s",
               floor=floor, floor_name="csv.writer writing the same rows, timed in turn",
               runs=runs,
               aim=Aim(1.5, on_ratio=True),
               why=(_nothing, lambda: roster.export_roster(store, request, "csv", target)),
               note=f"services.roster.export_roster for a {rows}-member cohort, participants "
                    f"audience, default fields, with the People list's index made (as once "
                    f"the People list has opened), so the roster streams from one SQL cursor; "
                    f"building it column by column instead (build_roster, as XLSX and PDF do) "
                    f"takes {building:.2f} s. The floor writes rows already in memory; the "
                    "export also queries, applies consent, guards formulas and writes "
                    f"atomically (fsync). Reading as many cells from one table through the "
                    f"sqlite3 driver, with no join and no order, takes {reading:.2f} s by "
                    f"itself: with the writer's time that is {(floor + reading) / floor:.1f}× "
                    "the floor before any join or sort. The roster's own query takes "
                    f"{sqlite_share:.2f} s to its first row (SQLite joining, guarding and "
                    "ordering the rows, no Python objects yet; an organization's two cells "
                    "come as its id, selected once and looked up in Python from the few "
                    "thousand organizations' texts, which took the export from 1.68–1.81× "
                    "to 1.42–1.62× of the floor on one machine, run to run), and "
                    f"{fetched:.2f} s with every row fetched as the driver's tuples; the "
                    f"rest, {whole - fetched:.2f} s, is the lines made from them and written "
                    "(documents/roster_csv.py plain_lines: joined column by column in C, "
                    "byte for byte the csv module's text; through the csv writer the export "
                    "took 0.52 s). The driver's tuples alone, one object a cell, are "
                    f"{(fetched - sqlite_share) / floor:.2f}× the floor's time. Also "
                    "measured and left out: each row joined into one text by SQLite, its "
                    "organization's cells quoted there (0.44 s: SQLite's joining costs more "
                    "than the tuples it saves, and titles such as \"Director, Office of "
                    "Equity\" still need quoting in Python), two threads (0.44 s at best: "
                    "making rows holds the interpreter lock), "
                    "a covering (cohort, person, role, stage) index on memberships (0.52 → "
                    "0.50 s), and the query split by name range over threads with a "
                    "connection each (0.45–0.47 s: each part still joins every member; "
                    "holding both to one snapshot would need a third connection to hold "
                    "writers off). Measured since on the query alone and left out too: "
                    "mmap and a 100 MB page cache (no change: SQLite's time here is its "
                    "work, not reading pages), the name index walked with that cache (0.74 "
                    "s against 0.30–0.37 s sorted), the formula guard as ranges of first "
                    "characters instead of unicode() IN (...) (slower), and no guard at all "
                    "(no faster: the guard costs nothing measurable)."),
    ]


def _xlsx_floor(table: Any, path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Roster")
    sheet.write_row(0, 0, table.headers)
    for r, row in enumerate(table.rows, start=1):
        sheet.write_row(r, 0, row)
    book.close()


def _peak_mb(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        fn()
        return (tracemalloc.get_traced_memory()[1] - base) / 1e6
    finally:
        tracemalloc.stop()


def roster_xlsx(bench: Bench) -> list[Metric]:
    roster, request = _roster_request(bench)
    store = _store(bench)
    table = roster.build_roster(store, request)
    target = bench.scratch / "roster.xlsx"
    floor_target = bench.scratch / "roster-floor.xlsx"
    floor = median_seconds(lambda: _xlsx_floor(table, floor_target))
    whole, runs = median_runs(lambda: roster.export_roster(store, request, "xlsx", target))
    floor_mb = _peak_mb(lambda: _xlsx_floor(table, floor_target))
    # The table is built outside the traced call in the floor; trace the export's write alone
    # the same way, then the whole export for the record.
    write_mb = _peak_mb(lambda: roster.write_table(table, "xlsx", target))
    whole_mb = _peak_mb(lambda: roster.export_roster(store, request, "xlsx", target))
    rows = f"{len(table.rows):,}"
    return [
        Metric(f"Roster export to XLSX, {rows} rows (query, build and write)", whole, "s",
               floor=floor, floor_name="xlsxwriter constant_memory writing the same rows",
               aim=Aim(1.3, on_ratio=True), runs=runs,
               why=(_nothing, lambda: roster.export_roster(store, request, "xlsx", target)),
               note="Includes fitting column widths over every row, formats, autofilter, "
                    "properties and the atomic write."),
        Metric(f"Roster export to XLSX, {rows} rows: peak memory of writing", write_mb, "MB",
               floor=floor_mb, floor_name="xlsxwriter constant_memory, same rows",
               aim=Aim(1.3, on_ratio=True),
               note=f"Python heap peak while writing the built table; the whole export "
                    f"including the query and the built table peaks at {whole_mb:.0f} MB."),
    ]


# -- imports ----------------------------------------------------------------------------------


def zoom_import(bench: Bench) -> list[Metric]:
    zoom = need("cohortdesk.services.zoom_import", "preview", "apply")
    store = _store(bench)
    session_id = bench.summary.flagship_session_id
    report = inputs.zoom_report(bench, store, session_id, rows=1000)

    def run() -> Any:
        plan = zoom.preview(store, session_id, report)
        return zoom.apply(store, plan)

    results: list[Any] = []
    seconds, runs = median_runs(lambda: results.append(run()), setup=lambda: _undo_all(store))
    result = results[-1]
    _undo_all(store)
    plan = zoom.preview(store, session_id, report)
    outcomes: dict[str, int] = {}
    for m in plan.participants:
        outcomes[m.outcome] = outcomes.get(m.outcome, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(outcomes.items()))
    return [Metric("Zoom participants report import, 1,000 rows (preview and apply)",
                   seconds, "s", runs=runs, aim=Aim(0.5),
                   why=(lambda: _undo_all(store), run, lambda: _undo_all(store)),
                   note=f"Into a {bench.summary.plan['flagship_members']}-person session of a "
                        f"workspace of {bench.summary.counts['person']:,} people; "
                        f"{len(plan.participants)} participants after merging rejoins: "
                        f"{summary}; {getattr(result, 'recorded', '?')} recorded.")]


def people_import(bench: Bench) -> list[Metric]:
    importer = need("cohortdesk.services.people_import", "import_file")
    store = _store(bench)
    source = inputs.people_csv(bench, store, rows=5000, existing=500)
    out: list[Any] = []
    seconds, runs = median_runs(lambda: out.append(importer.import_file(store, source)),
                                setup=lambda: _undo_all(store))
    summary = out[-1][1]
    _undo_all(store)
    added = getattr(summary, "added", "?")
    updated = getattr(summary, "updated", "?")
    return [Metric("People import, 5,000 rows of CSV (read, preview and apply)",
                   seconds, "s", runs=runs,
                   note=f"Into the workspace of {bench.summary.counts['person']:,} people: "
                        f"{added} added, {updated} updated (matched by email); one undoable "
                        "change with bulk inserts.")]


def find_duplicates(bench: Bench) -> list[Metric]:
    duplicates = need("cohortdesk.services.duplicates", "find_duplicates")
    store = _store(bench)
    out: list[Any] = []
    seconds, runs = median_runs(lambda: out.append(duplicates.find_duplicates(store, limit=1000)),
                                runs=3)
    found = out[-1]
    return [Metric(f"Find duplicates, {bench.summary.counts['person']:,} people", seconds, "s",
                   runs=runs,
                   note=f"services.duplicates.find_duplicates as the Find duplicates window "
                        f"runs it (on a worker), listing the first 1,000 of each kind: "
                        f"{found.people_total:,} pairs of people (common names shared by "
                        f"hundreds), {found.organizations_total:,} of organizations.")]


# -- many people at once ----------------------------------------------------------------------


def bulk_changes(bench: Bench) -> list[Metric]:
    """What the People list does to everyone a search found: add to a cohort, invite to a
    session, delete; and the undo of the delete, which puts back what went with them."""
    ops = need("cohortdesk.operations", "perform", "undo")
    people_ops = need("cohortdesk.operations.people", "add_people_to_cohort", "invite_people",
                      "delete_together")
    people = need("cohortdesk.services.people", "delete_people")
    store = _store(bench)
    _undo_all(store)
    with store.read() as session:
        ids = list(session.scalars(select(Person.id).order_by(Person.id)
                                   .offset(30_000).limit(20_000)))
        cohort_id = session.scalar(select(func.min(Cohort.id)))
    session_id = bench.summary.flagship_session_id
    added: list[Any] = []
    adding, add_runs = median_runs(
        lambda: added.append(ops.perform(store, people_ops.add_people_to_cohort, ids,
                                         cohort_id).value), setup=lambda: _undo_all(store), runs=3)
    invited: list[Any] = []
    inviting, invite_runs = median_runs(
        lambda: invited.append(ops.perform(store, people_ops.invite_people, ids,
                                           session_id).value),
        setup=lambda: _undo_all(store), runs=3)
    _undo_all(store)
    doomed = ids[:2000]
    deleting, delete_runs = median_runs(
        lambda: ops.perform(store, people_ops.delete_together, people.delete_people, doomed,
                            "Delete 2,000 people"), setup=lambda: _undo_all(store), runs=3)
    with store.read() as session:  # the rows the newest deletion journaled
        restored = session.scalar(text(
            "SELECT count(*) FROM op_change WHERE entry_id = "
            "(SELECT max(id) FROM op_entry WHERE kind = 'op' AND state = 'done')"))
    def delete() -> None:
        _undo_all(store)
        ops.perform(store, people_ops.delete_together, people.delete_people, doomed,
                    "Delete 2,000 people")

    undoing, undo_runs = median_runs(lambda: ops.undo(store), setup=delete, runs=3)
    _undo_all(store)
    how = "through operations.perform, as the People list runs it on its worker"
    return [
        Metric("Add 20,000 people to a cohort, one operation", adding, "s", runs=add_runs,
               note=f"{added[-1]:,} added ({how}); one person at a time it took 11.4 s."),
        Metric("Invite 20,000 people to a session, one operation", inviting, "s",
               runs=invite_runs,
               note=f"{invited[-1]:,} invited ({how}); one at a time it took 12.4 s."),
        Metric("Delete 2,000 people, one operation", deleting, "s", runs=delete_runs,
               note=f"With what is theirs: {restored:,} rows in all, each kept in the journal "
                    f"for undo ({how}); one at a time it took 1.5 s."),
        Metric("Undo the deletion of 2,000 people", undoing, "s", runs=undo_runs,
               note="Puts every row back from the journal; through SQLAlchemy's text() for "
                    "each row it took 4.8 s."),
    ]


# -- print ------------------------------------------------------------------------------------


def _printed(bench: Bench) -> tuple[Any, int, int]:
    packets = need("cohortdesk.services.packets", "generate_packet", "generate_badges",
                   "participants")
    session_id = bench.summary.flagship_session_id
    people = len(packets.participants(_store(bench), session_id))
    return packets, session_id, people


def packet(bench: Bench) -> list[Metric]:
    packets, session_id, people = _printed(bench)
    store = _store(bench)
    target = bench.scratch / "packet.pdf"
    results: list[Any] = []
    seconds, runs = median_runs(
        lambda: results.append(packets.generate_packet(store, session_id, target)))
    pages = results[-1].pages
    with_bios = sum(1 for p in packets.participants(store, session_id) if p.bio)
    note = (f"services.packets.generate_packet, every section, Letter: {pages} pages for "
            f"{people} people ({with_bios} with bios), {seconds:.1f} s.")
    return [
        Metric(f"Convening packet for {people} people with bios", pages / seconds, "pages/s",
               runs=runs, note=note),
        Metric(f"Convening packet for {people} people with bios, time", seconds, "s",
               aim=Aim(2), runs=runs,
               why=(_nothing, lambda: packets.generate_packet(store, session_id, target)),
               note="The packet issue's aim: about 200 pages in under 2 seconds."),
    ]


def badges(bench: Bench) -> list[Metric]:
    packets, session_id, people = _printed(bench)
    store = _store(bench)
    target = bench.scratch / "badges.pdf"
    pages: list[Any] = []
    seconds, runs = median_runs(
        lambda: pages.append(packets.generate_badges(store, session_id, target)))
    return [Metric(f"Name badges for {people} people (Avery 5392)", seconds, "s", runs=runs,
                   note=f"services.packets.generate_badges: {pages[-1]} pages.")]


# -- breakouts --------------------------------------------------------------------------------


def breakout_workspace(path: Path, *, attendees: int = 500, groups: int = 50,
                       earlier: int = 10, seed: int = 20) -> tuple[Store, int]:
    """A cohort of `attendees` people in 25 organizations, 50 of them facilitators, with
    `earlier` sessions of random breakout groups, and a new session everyone is registered
    for. Returns the open store and the new session's id."""
    import datetime as dt
    import random

    from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
    from cohortdesk.store.models.agenda import AgendaItem, BreakoutGroup, BreakoutMember
    from cohortdesk.store.models.attendance import Registration

    rng = random.Random(seed)
    store = Store.open(path)
    size = attendees // groups
    with store.bulk("bench breakouts") as s:
        orgs = [Organization(name=f"Organization {k}") for k in range(25)]
        s.add_all(orgs)
        cohort = Cohort(name="Bench breakouts")
        s.add(cohort)
        s.flush()
        people = [Person(given_name=f"P{k}", family_name="Bench",
                         organization_id=orgs[k % 25].id) for k in range(attendees)]
        s.add_all(people)
        s.flush()
        ids = [p.id for p in people]
        s.add_all(Membership(cohort_id=cohort.id, person_id=pid,
                             role="facilitator" if n < groups else "member")
                  for n, pid in enumerate(ids))
        start = dt.datetime(2026, 1, 6, 9, 0)
        session_id = 0
        for n in range(earlier + 1):
            row = CohortSession(cohort_id=cohort.id, title=f"Session {n + 1}",
                                starts_at=start + dt.timedelta(days=30 * n))
            s.add(row)
            s.flush()
            session_id = row.id
            item = AgendaItem(session_id=row.id, kind="breakout", title="Breakouts")
            s.add(item)
            s.flush()
            if n == earlier:
                s.add_all(Registration(session_id=row.id, person_id=pid, status="registered")
                          for pid in ids)
                break
            order = ids[:]
            rng.shuffle(order)
            for g in range(groups):
                group = BreakoutGroup(item_id=item.id, name=f"Group {g + 1}", position=g)
                s.add(group)
                s.flush()
                s.add_all(BreakoutMember(group_id=group.id, person_id=pid)
                          for pid in order[g * size:(g + 1) * size])
    return store, session_id


def breakouts(bench: Bench) -> list[Metric]:
    service = need("cohortdesk.services.breakouts", "generate")
    store, session_id = breakout_workspace(bench.scratch / "breakouts.cohortdesk")
    try:
        made: list[Any] = []
        seconds, runs = median_runs(
            lambda: made.append(service.generate(store, session_id, groups=50)))
    finally:
        store.close()
    plan = made[-1].plan
    return [Metric("Breakout groups: 500 attendees into 50 groups, 10 earlier sessions of "
                   "history", seconds, "s", aim=Aim(2), runs=runs,
                   note=f"services.breakouts.generate (read the history, plan, 20 random draws "
                        f"for the baseline): {plan.repeat_pairs} repeat pairs against "
                        f"{plan.expected_by_chance:g} by chance.")]


# -- backups ----------------------------------------------------------------------------------


def backup(bench: Bench) -> list[Metric]:
    backups = need("cohortdesk.store.backups", "make_backup")
    store = _store(bench)
    size_mb = bench.cached.stat().st_size / 1e6
    folder = bench.scratch / "backups"
    target = bench.scratch / "plain-copy.cohortdesk"

    def fresh() -> None:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()

    floor = median_seconds(lambda: shutil.copyfile(bench.cached, target))
    value, runs = median_runs(lambda: backups.make_backup(store, folder, reason="bench"),
                              setup=fresh)
    copy_only = median_seconds(lambda: store.backup_to(target))
    target.unlink(missing_ok=True)
    shutil.rmtree(folder, ignore_errors=True)
    return [Metric(f"Backup of the large workspace ({size_mb:.0f} MB), verified and rotated",
                   value, "s", floor=floor, floor_name="shutil.copyfile of the file", runs=runs,
                   note=f"store.backups.make_backup: SQLite's backup API ({copy_only:.2f} s "
                        "alone), then quick_check and counts of the copy, then rotation.")]


def all_features(bench: Bench) -> list[Metric]:
    out: list[Metric] = []
    out += guarded("Roster export to CSV, 100,000 rows", "s", Aim(1.5, on_ratio=True),
                   lambda: roster_csv(bench))
    out += guarded("Roster export to XLSX, 100,000 rows", "s", Aim(1.3, on_ratio=True),
                   lambda: roster_xlsx(bench))
    out += guarded("Convening packet for 500 people with bios", "pages/s", None,
                   lambda: packet(bench))
    out += guarded("Name badges for 500 people", "s", None, lambda: badges(bench))
    out += guarded("Zoom participants report import, 1,000 rows", "s", Aim(0.5),
                   lambda: zoom_import(bench))
    out += guarded("People import, 5,000 rows", "s", None, lambda: people_import(bench))
    out += guarded("Find duplicates", "s", None, lambda: find_duplicates(bench))
    out += guarded("Many people at once", "s", None, lambda: bulk_changes(bench))
    out += guarded("Backup of the large workspace", "s", None, lambda: backup(bench))
    out += guarded("Breakout groups: 500 attendees into 50 groups", "s", Aim(2),
                   lambda: breakouts(bench))
    return out


# -- the bundle --------------------------------------------------------------------------------


def bundle(root: Path) -> list[Metric]:
    """The unpacked size of the bundle `make installer` left in dist/, and its cold start when
    this machine can show windows (installer/linux/measure_start.py needs Xvfb and xdotool)."""
    folder = root / "dist" / "CohortDesk"
    binary = folder / "cohortdesk"
    if not binary.exists():
        raise NotAvailable("not available yet: run `make installer` first")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    largest = sorted(files, key=lambda p: p.stat().st_size, reverse=True)[:5]
    parts = ", ".join(f"{part} {mb:.1f}" for part, mb in _bundle_parts(folder, files))
    out = [Metric("Linux bundle, unpacked size", size / 1e6, "MB", aim=Aim(100),
                  note=f"dist/CohortDesk after `make installer`: {len(files)} files; the "
                       "largest: " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.1f} MB"
                                               for p in largest) + f". By part, in MB: {parts}. "
                       "What each part is for: installer/README.md, \"Bundle size\".")]
    if shutil.which("Xvfb") and shutil.which("xdotool"):
        out.append(_bundle_start(root, binary))
    else:
        out.append(missing("Linux bundle, cold start to a shown window", "s",
                           "not measured: this machine has no Xvfb and xdotool, which "
                           "installer/linux/measure_start.py needs", Aim(1.5)))
    return out


# What the bundle's files belong to, by the first folder (or file name) under _internal/.
_BUNDLE_PARTS = (
    ("Qt and PySide6", ("PySide6", "shiboken6", "libQt6", "libicu", "libxcb", "libxkb",
                        "libpyside6", "libshiboken6")),
    ("Python and the app's code", ("cohortdesk", "libpython", "python3", "base_library.zip",
                                   "lib-dynload", "libsqlite3", "libffi", "libbz2",
                                   "liblzma", "libcrypt.", "libmpdec", "libexpat",
                                   "libuuid")),
    ("cryptography (keyring's Secret Service, pypdf's AES)", ("cryptography", "_cffi_backend")),
    ("psycopg and libpq (team hub)", ("psycopg",)),
    ("rapidfuzz (duplicates)", ("rapidfuzz",)),
    ("PDFium (printing)", ("pypdfium2",)),
    ("Pillow (images in documents)", ("PIL", "pillow")),
    ("fonts and resources", ("resources",)),
    ("Babel (document dates and numbers)", ("babel",)),
)


def _bundle_parts(folder: Path, files: list[Path]) -> list[tuple[str, float]]:
    """MB per part of the bundle, largest first; the executable (which carries the Python
    code, compressed) counts as Python."""
    sizes: dict[str, float] = {}
    for path in files:
        relative = path.relative_to(folder).parts
        top = relative[1] if relative[0] == "_internal" and len(relative) > 1 else relative[0]
        if top == "python3.11" and len(relative) > 2:
            top = relative[2]
        part = next((name for name, starts in _BUNDLE_PARTS
                     if any(top.startswith(s) for s in starts)), None)
        if relative == (binary_name := folder.name.lower(),) or top == binary_name:
            part = "Python and the app's code"
        sizes[part or "other"] = sizes.get(part or "other", 0.0) + path.stat().st_size / 1e6
    return sorted(sizes.items(), key=lambda item: -item[1])


def _bundle_start(root: Path, binary: Path, runs: int = 5) -> Metric:
    """Cold starts of the bundle, each followed by one of the same app from the source tree,
    so both see the same load on this shared machine; the source start is the floor."""
    import os
    import re
    import statistics
    import subprocess
    import sys
    import tempfile

    def one(program: Path) -> float:
        done = subprocess.run([sys.executable, str(root / "installer/linux/measure_start.py"),
                               str(program), "--runs", "1"], capture_output=True, text=True,
                              timeout=300, check=False)
        found = re.search(r"^run 1: ([0-9.]+) s", done.stdout, re.M)
        if done.returncode or not found:
            raise RuntimeError(f"measure_start.py on {program.name}: "
                               f"{(done.stdout + done.stderr).strip()[-600:]}")
        return float(found.group(1))

    with tempfile.TemporaryDirectory(prefix="cohortdesk-bench-") as tmp:
        source = Path(tmp) / "from-source"
        # exec keeps the pid, which measure_start.py watches for the window.
        source.write_text(f"#!/bin/sh\ncd '{root}' && exec '{sys.executable}' -m cohortdesk\n")
        source.chmod(0o755)
        bundled, from_source = [], []
        for _ in range(runs):
            bundled.append(one(binary))
            from_source.append(one(source))
    load = os.getloadavg()[0]
    return Metric("Linux bundle, cold start to a shown window", statistics.median(bundled), "s",
                  floor=statistics.median(from_source),
                  floor_name="the same start from the source tree (python -m cohortdesk)",
                  aim=Aim(1.5), runs=runs,
                  note=f"installer/linux/measure_start.py: a first start (fresh HOME) with an "
                       f"emptied page cache, to a visible window, under Xvfb. Bundle runs "
                       f"{', '.join(f'{t:.2f}' for t in bundled)} s; from source "
                       f"{', '.join(f'{t:.2f}' for t in from_source)} s; load average "
                       f"{load:.1f} on {os.cpu_count()} CPUs.")


# -- the UI stays responsive --------------------------------------------------------------------


def responsiveness(bench: Bench, window: Any) -> list[Metric]:
    """The UI thread's largest stall while long work runs on the app's worker."""
    from bench import ui_metrics

    def job(title: str, work: Callable[[Any], Any]) -> Metric:
        gap, seconds, pause = ui_metrics.heartbeat(window, title, work)
        _undo_all(window.store)
        blame = ""
        if gap > 0.1 and pause >= 0.8 * gap:
            blame = (" The largest gap is that pause: collecting the worker's large heap "
                     "holds the GIL, so the UI thread waits.")
        return Metric(f"UI stays responsive: largest UI-thread gap during {title}", gap * 1000,
                      "ms", aim=Aim(50),
                      note=f"The work took {seconds:.1f} s on the worker; its longest garbage "
                           f"collection, which stops every thread, took {pause * 1000:.0f} ms. "
                           f"A miss profiles the UI thread's own work.{blame}",
                      why=(lambda: _undo_all(window.store),
                           lambda: ui_metrics.heartbeat(window, title, work)))

    def roster_job() -> Metric:
        roster, request = _roster_request(bench)
        target = bench.scratch / "heartbeat-roster.xlsx"
        # As the roster dialog runs it: with its progress, which the app's worker reports.
        return job(f"a roster export to XLSX ({bench.summary.counts['person']:,} rows)",
                   lambda p: roster.export_roster_counted(window.store, request, "xlsx", target,
                                                          progress=p))

    def import_job() -> Metric:
        importer = need("cohortdesk.services.people_import", "import_file")
        source = inputs.people_csv(bench, window.store, rows=5000, existing=500)
        return job("a people import (5,000 rows)",
                   lambda p: importer.import_file(window.store, source, progress=p))


    def packet_job() -> Metric:
        packets, session_id, people = _printed(bench)
        target = bench.scratch / "heartbeat-packet.pdf"
        return job(f"a packet ({people} people)",
                   lambda p: packets.generate_packet(window.store, session_id, target,
                                                     progress=p))

    def backup_job() -> Metric:
        target = bench.scratch / "heartbeat-copy.cohortdesk"
        return job("saving a copy of the large workspace",
                   lambda _p: window.store.backup_to(target))

    out: list[Metric] = []
    for name, fn in (("a roster export to XLSX", roster_job), ("a packet", packet_job),
                     ("a people import", import_job), ("saving a copy", backup_job)):
        out += guarded(f"UI stays responsive during {name}", "ms", Aim(100), fn)
    return out
