"""`cohortdesk --self-test`: prove that an installed copy works, with no display and no network.

Run by `make installer-test` against the unpacked bundle, and useful on a staff laptop when
something seems off. Every step uses a temporary folder: the user's workspace and data folder are
never touched. It opens a new workspace (running every bundled migration), loads the example
network, builds a convening packet and an attendee roster and reads them back, then starts Qt
offscreen and draws the main window. Each step prints one line; the exit code is 0 only if all
passed.

The checks before Qt (`run_core_checks`) import no Qt, so the core can be tested on its own.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cohortdesk import APP_NAME, __version__, paths


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float = 0.0


class CheckFailed(Exception):
    """A check ran but found something wrong; the message says what a user would see."""


@dataclass
class Context:
    """What one check hands to the next."""

    workdir: Path
    store: Any = None
    cohort_id: int | None = None
    session_id: int | None = None
    session_title: str = ""


Check = Callable[[Context], str]


def _required(name: str) -> Any:
    """The module the check runs through; a bundle without it fails the check, by name.

    There is no fallback: a self-test that passed by building a PDF some other way would say a
    broken bundle works.
    """
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise CheckFailed(f"{name} is missing from this build ({exc})") from exc


# -- the checks, in order ---------------------------------------------------------------------

def check_resources(_ctx: Context) -> str:
    root = paths.resources_dir()
    needed = [root / "example" / "network.json", root / "icons" / "cohortdesk-256.png"]
    missing = [str(p.relative_to(root)) for p in needed if not p.is_file()]
    if missing:
        raise CheckFailed(f"missing from {root}: {', '.join(missing)}")
    fonts = list((root / "fonts").glob("*.[to]tf")) if (root / "fonts").is_dir() else []
    return f"{root} ({len(fonts)} fonts)"


def check_environment(_ctx: Context) -> str:
    """Programs the app starts (the PDF viewer, xdg-open) get the user's environment, not the
    bundle's library paths (cohortdesk.environment.restore_system_environment)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return "from source: nothing to restore"
    if not sys.platform.startswith("linux"):
        return f"nothing to restore on {sys.platform}"
    from cohortdesk.environment import BUNDLE_ONLY_VARIABLES

    leaked = [name for name in BUNDLE_ONLY_VARIABLES
              if name != "LD_LIBRARY_PATH" and name in os.environ]
    if str(bundle) in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep):
        leaked.insert(0, "LD_LIBRARY_PATH")
    if leaked:
        raise CheckFailed(f"{', '.join(leaked)} still point into the bundle: programs the app "
                          "opens would load its libraries")
    return "programs the app opens get the user's own library paths"


def check_workspace(ctx: Context) -> str:
    from cohortdesk.store import Store, migrate

    ctx.store = Store.open(ctx.workdir / f"Self-test{paths.WORKSPACE_SUFFIX}")
    revision = ctx.store.schema_revision()
    head = migrate.head_revision()
    if revision != head:
        raise CheckFailed(f"schema is {revision}, expected {head}: migrations are missing")
    problems = ctx.store.integrity_problems()
    if problems:
        raise CheckFailed("; ".join(problems))
    return f"new workspace at schema {revision}"


def check_example(ctx: Context) -> str:
    from cohortdesk.services import cohorts, example, people, sessions

    ctx.cohort_id = example.load_example_network(ctx.store)
    n_people = len(people.list_people(ctx.store).rows)
    n_cohorts = len(cohorts.list_cohorts(ctx.store).rows)
    session_rows = sessions.list_sessions(ctx.store).rows
    if not (n_people and n_cohorts and session_rows):
        raise CheckFailed(f"{n_people} people, {n_cohorts} cohorts, {len(session_rows)} sessions")
    first = sorted(session_rows, key=lambda r: r[0])[0]
    ctx.session_id, ctx.session_title = int(first[0]), str(first[1])
    return f"{n_people} people, {len(session_rows)} sessions"


def check_packet(ctx: Context) -> str:
    """A convening packet for the example's first session, built by the packet service."""
    out = ctx.workdir / "packet.pdf"
    packets = _required("cohortdesk.services.packets")
    result = packets.generate_packet(ctx.store, ctx.session_id, out)
    pages, text = _read_pdf(out)
    if pages == 0 or not text.strip():
        raise CheckFailed(f"{out.name} has {pages} pages and no text")
    if ctx.session_title and ctx.session_title not in text:
        raise CheckFailed(f"{out.name} does not name the session {ctx.session_title!r}")
    return f"{pages} pages, {out.stat().st_size // 1024} KB, {len(result.outline)} sections"


def check_roster(ctx: Context) -> str:
    """The example cohort's attendee roster, built and written by the roster service."""
    out = ctx.workdir / "roster.xlsx"
    roster = _required("cohortdesk.services.roster")
    table = roster.build_roster(ctx.store, roster.RosterRequest(cohort_id=ctx.cohort_id))
    if not table.rows:
        raise CheckFailed("the example cohort's roster has no people")
    roster.write_table(table, "xlsx", out)
    expected = {cell for cell in table.rows[0] if isinstance(cell, str) and cell}
    rows = _read_xlsx(out)
    cells = {str(v) for row in rows for v in row if v not in (None, "")}
    if not expected <= cells:
        raise CheckFailed(f"{out.name} lacks {sorted(expected - cells)[:3]}")
    return f"{len(table.rows)} people, {len(rows)} rows, {out.stat().st_size // 1024} KB"


def check_spanish_documents(_ctx: Context) -> str:
    """Documents print in Spanish: the catalogue, and Babel's CLDR dates and numbers."""
    i18n = _required("cohortdesk.documents.i18n")
    import datetime as dt

    with i18n.language("es"):
        title = i18n._("Convening packet")
        day = i18n.long_date(dt.date(2026, 5, 26))
        amount = i18n.number(12345.5, 1)
    expected = ("Cuaderno del encuentro", "martes, 26 de mayo de 2026", "12.345,5")
    if (title, day, amount) != expected:
        raise CheckFailed(f"Spanish documents read {title!r}, {day!r}, {amount!r}; "
                          f"expected {expected}")
    return f"{title!r}, {day!r}"


def check_import(ctx: Context) -> str:
    """A people list in CSV and in XLSX is read and matched, as File > Import People does."""
    importer = _required("cohortdesk.services.people_import")
    openpyxl = _required("openpyxl")
    rows = [("First name", "Last name", "Email"),
            ("Ana", "Núñez", "ana.nunez@example.org"),
            ("Kwame", "Mensah", "kwame@example.org")]
    csv_path = ctx.workdir / "people.csv"
    csv_path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    xlsx_path = ctx.workdir / "people.xlsx"
    book.save(xlsx_path)
    read = []
    for path in (csv_path, xlsx_path):
        preview = importer.preview(ctx.store, importer.read_source(path))
        names = {row.name for row in preview.rows}
        if not {"Ana Núñez", "Kwame Mensah"} <= names:
            raise CheckFailed(f"{path.name} read as {sorted(names)}")
        read.append(f"{path.suffix[1:].upper()} {len(preview.rows)} rows")
    return ", ".join(read)


def check_hub_driver(_ctx: Context) -> str:
    """What syncing with a team hub needs: psycopg with its own libpq, SQLAlchemy's dialect for
    it, and the keyring backend that keeps the password (no connection is made)."""
    psycopg = _required("psycopg")
    sqlalchemy = _required("sqlalchemy")
    _required("keyring.backends.SecretService")
    _required("secretstorage")
    if psycopg.pq.__impl__ != "binary":
        raise CheckFailed(f"psycopg uses its {psycopg.pq.__impl__} libpq, not the bundled one")
    engine = sqlalchemy.create_engine("postgresql+psycopg://self-test@127.0.0.1/none")
    try:
        if engine.dialect.driver != "psycopg":
            raise CheckFailed(f"the hub dialect is {engine.dialect.driver}")
    finally:
        engine.dispose()
    libpq = psycopg.pq.version()
    openssl = " ".join(_required("ssl").OPENSSL_VERSION.split()[:2])
    return f"psycopg {psycopg.__version__}, libpq {libpq // 10000}.{libpq % 100}, {openssl}, keyring"


def check_duplicates(_ctx: Context) -> str:
    """Possible duplicates are scored by rapidfuzz's compiled scorers, as Find duplicates and
    the import preview score them (the bundle leaves out its distance metrics, which the app
    never calls: installer/buildinfo.py)."""
    duplicates = _required("cohortdesk.domain.duplicates")
    fuzz = _required("rapidfuzz.fuzz")
    process = _required("rapidfuzz.process")
    compiled = {fuzz.ratio.__module__, process.extract.__module__}
    if not all(module.endswith(("_cpp", "_avx2", "_impl")) for module in compiled):
        raise CheckFailed(f"rapidfuzz scores in Python ({', '.join(sorted(compiled))})")
    index = duplicates.DuplicateIndex(
        [duplicates.PersonFacts(1, "Jonathan", "Smyth", organization_id=5)],
        [(5, "City of Tacoma")])
    found = index.matches(duplicates.PersonFacts(0, "Jonathon", "Smyth",
                                                 organization="Tacoma, City of"))
    if [m.person_id for m in found] != [1]:
        raise CheckFailed(f"a similar name at the same organization was not found: {found}")
    return f"similar name found ({', '.join(sorted(compiled))})"


def check_undo(ctx: Context) -> str:
    label = ctx.store.undo_label()
    if not label:
        raise CheckFailed("nothing to undo after loading the example network")
    return f"undo offers {label!r}"


CORE_CHECKS: list[tuple[str, Check]] = [
    ("resources", check_resources),
    ("environment", check_environment),
    ("workspace", check_workspace),
    ("example network", check_example),
    ("packet", check_packet),
    ("roster", check_roster),
    ("spanish", check_spanish_documents),
    ("import", check_import),
    ("hub driver", check_hub_driver),
    ("duplicates", check_duplicates),
    ("undo", check_undo),
]


def _read_pdf(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return len(reader.pages), "".join(page.extract_text() or "" for page in reader.pages[:3])


def _read_xlsx(path: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(str(path), read_only=True)
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        return [row for row in rows if any(v not in (None, "") for v in row)]
    finally:
        book.close()


# -- running ------------------------------------------------------------------------------------

@contextlib.contextmanager
def isolated_home() -> Iterator[Path]:
    """A throwaway data folder, so the self-test never writes beside the user's workspaces."""
    old = os.environ.get("COHORTDESK_HOME")
    with tempfile.TemporaryDirectory(prefix="cohortdesk-selftest-") as tmp:
        os.environ["COHORTDESK_HOME"] = str(Path(tmp) / "home")
        try:
            yield Path(tmp)
        finally:
            if old is None:
                os.environ.pop("COHORTDESK_HOME", None)
            else:
                os.environ["COHORTDESK_HOME"] = old


def run_checks(ctx: Context, checks: Sequence[tuple[str, Check]],
               report: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    """Run checks in order; after the first failure the rest are reported as not run."""
    results: list[CheckResult] = []
    failed = False
    for name, check in checks:
        if failed:
            result = CheckResult(name, False, "not run: an earlier check failed")
        else:
            start = time.perf_counter()
            try:
                detail = check(ctx)
                result = CheckResult(name, True, detail, time.perf_counter() - start)
            except CheckFailed as exc:
                result = CheckResult(name, False, str(exc), time.perf_counter() - start)
            except Exception as exc:  # noqa: BLE001 - a broken bundle fails in unforeseen ways
                where = traceback.extract_tb(exc.__traceback__)[-1]
                detail = f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
                result = CheckResult(name, False, detail, time.perf_counter() - start)
            failed = not result.ok
        results.append(result)
        if report:
            report(result)
    return results


def run_core_checks(workdir: Path,
                    report: Callable[[CheckResult], None] | None = None) -> list[CheckResult]:
    """Every check that needs no Qt, in a workspace under `workdir`."""
    ctx = Context(workdir)
    try:
        return run_checks(ctx, CORE_CHECKS, report)
    finally:
        if ctx.store is not None:
            ctx.store.close()


def _qt_check(name: str) -> Check:
    """A check that lives in the UI package (only it may import Qt), found when it runs."""
    def run(ctx: Context) -> str:
        return str(getattr(_required("cohortdesk.ui.shell.selftest_checks"), name)(ctx.workdir))

    return run


QT_CHECKS: list[tuple[str, Check]] = [
    ("window", _qt_check("check_qt")),
    ("print", _qt_check("check_print")),
    ("licences", _qt_check("check_licences")),
]


def main(argv: Sequence[str] = (), out: TextIO | None = None) -> int:
    """The --self-test entry point: one line per check, exit 0 only if all passed."""
    out = out or sys.stdout
    with_qt = "--no-qt" not in argv

    def report(result: CheckResult) -> None:
        mark = "ok    " if result.ok else "FAILED"
        print(f"{mark} {result.name:<16} {result.detail}", file=out, flush=True)

    print(f"{APP_NAME} {__version__} self-test "
          f"({'bundled' if getattr(sys, 'frozen', False) else 'from source'}, "
          f"Python {sys.version.split()[0]})", file=out, flush=True)
    with isolated_home() as tmp:
        results = run_core_checks(tmp, report)
        if with_qt:
            ctx = Context(tmp)
            results += run_checks(ctx, QT_CHECKS, report)
    passed = sum(r.ok for r in results)
    print(f"{passed} passed, {len(results) - passed} failed", file=out, flush=True)
    return 0 if passed == len(results) else 1
