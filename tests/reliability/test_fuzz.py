"""Hypothesis fuzzing of everything that reads outside input, and of text that goes into PDFs.

The contract: a clear error (a CohortDeskError, which the app and the command line show as a
sentence) or correct output. Never an unhandled exception.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import fields, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cohortdesk.documents.tabular_read import read_csv_bytes, read_table
from cohortdesk.documents.zoom_report import read_report
from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.domain.records import PersonData, SessionData
from cohortdesk.services import archive, example, packets, people, sessions
from cohortdesk.store import Store

FUZZ = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

# Text that has broken PDF and CSV code before: markup, right-to-left, CJK, emoji, NUL, length.
HARD_TEXT = st.one_of(
    st.text(max_size=200),
    st.sampled_from([
        "<b>Zoë</b> & <i>O'Brien</i>", "a < b && c > d", "&amp; &lt;script&gt;",
        "مريم العتيبي", "שלום עליכם", "李小龍 王芳", "김민준", "Ngozi 👩🏾‍💼 Okafor 🎉",
        "NUL\x00inside", "\u202eevil override", "x" * 10_000, "=HYPERLINK(\"x\")", "",
    ]),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=60),
)

ZOOM_HEADER = ("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),"
               "Guest,Recording Consent")


def _clear_or_ok(call: object) -> object:
    try:
        return call()  # type: ignore[operator]
    except CohortDeskError:
        return None


@FUZZ
@given(st.binary(max_size=2000))
def test_csv_bytes(data: bytes) -> None:
    table = _clear_or_ok(lambda: read_csv_bytes(data, name="people.csv"))
    if table is not None:
        assert all(isinstance(cell, str) for row in table.rows for cell in row.cells)


@FUZZ
@given(st.lists(st.lists(HARD_TEXT, min_size=1, max_size=5), min_size=1, max_size=6))
def test_csv_text_cells(rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    _clear_or_ok(lambda: read_csv_bytes(buffer.getvalue().encode("utf-8"), name="people.csv"))


@FUZZ
@given(st.binary(max_size=3000), st.booleans())
def test_xlsx_bytes(data: bytes, zip_magic: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.xlsx"
        path.write_bytes((b"PK\x03\x04" if zip_magic else b"") + data)
        _clear_or_ok(lambda: read_table(path))


@FUZZ
@given(st.lists(st.lists(HARD_TEXT, min_size=1, max_size=4), min_size=1, max_size=5))
def test_xlsx_cells(rows: list[list[str]]) -> None:
    from openpyxl import Workbook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "people.xlsx"
        book = Workbook()
        sheet = book.active
        for row in rows:
            # Excel itself cannot hold control characters; neither can openpyxl.
            sheet.append(["".join(ch for ch in cell if ch >= " " or ch in "\t\n")[:3000]
                          for cell in row])
        book.save(path)
        _clear_or_ok(lambda: read_table(path))


@FUZZ
@given(st.lists(st.lists(HARD_TEXT, min_size=0, max_size=8), max_size=8), st.booleans())
def test_zoom_report(rows: list[list[str]], with_header: bool) -> None:
    import csv
    import io

    buffer = io.StringIO()
    if with_header:
        buffer.write(ZOOM_HEADER + "\n")
    csv.writer(buffer).writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "participants.csv"
        path.write_text(buffer.getvalue(), encoding="utf-8")
        report = _clear_or_ok(lambda: read_report(path))
        if report is not None:
            assert isinstance(report.lines, tuple)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | HARD_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=20,
)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries({"format": st.just("cohortdesk-archive"),
                           "format_version": st.integers(-2, 3),
                           "tables": st.dictionaries(
                               st.sampled_from(["person", "cohort", "organization", "nope"]),
                               st.lists(st.dictionaries(st.sampled_from(
                                   ["id", "given_name", "family_name", "email", "name",
                                    "cohort_id", "created_at"]), JSON_VALUES, max_size=5),
                                   max_size=3), max_size=3)}),
))
def test_json_archive(value: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.json"
        path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        store = Store.open(Path(folder) / "empty.cohortdesk")
        try:
            _clear_or_ok(lambda: archive.import_archive(store, path))
        finally:
            store.close()


@pytest.fixture(scope="module")
def convening(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    path = tmp_path_factory.mktemp("pdf") / "Equity.cohortdesk"
    with Store.open(path) as store:
        example.load_example_network(store)
        session_id = int(sessions.list_sessions(store).rows[0][0])
        first = packets.participants(store, session_id)[0]
        ids = {r[1]: int(r[0]) for r in people.list_people(store).rows}
        person_id = ids[f"{first.given_name} {first.family_name}"]
    return path, session_id, person_id


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(HARD_TEXT, HARD_TEXT)
def test_text_into_badges_and_sign_in_sheets(convening: tuple[Path, int, int],
                                             given_name: str, title: str) -> None:
    path, session_id, person_id = convening
    with Store.open(path) as store:
        try:
            people.update_person(store, person_id, PersonData(
                given_name=given_name, family_name="Okafor", title=title))
        except CohortDeskError:
            return  # refused with a reason (e.g. an empty name)
        with tempfile.TemporaryDirectory() as folder:
            for build in (packets.generate_badges, packets.generate_sign_in):
                pdf = Path(folder) / f"{build.__name__}.pdf"
                result = _clear_or_ok(lambda b=build, p=pdf: b(store, session_id, p))
                if result is not None:
                    reader = PdfReader(pdf)
                    assert len(reader.pages) >= 1
                    text = "".join(page.extract_text() or "" for page in reader.pages)
                    assert "Okafor" in text
        store.undo()


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(HARD_TEXT, HARD_TEXT, HARD_TEXT, st.lists(HARD_TEXT, max_size=4), HARD_TEXT)
def test_text_into_the_packet(convening: tuple[Path, int, int], name: str, title: str,
                              session_title: str, objectives: list[str], bio: str) -> None:
    """Hostile names, job and session titles, objectives and bios in the participant packet."""
    path, session_id, person_id = convening
    with Store.open(path) as store:
        made = 0
        try:
            try:
                people.update_person(store, person_id, PersonData(
                    given_name=name, family_name="Okafor", title=title, bio=bio))
                made += 1
                now = sessions.get_session(store, session_id)
                data = SessionData(**{f.name: getattr(now, f.name) for f in fields(SessionData)})
                sessions.update_session(store, session_id, replace(
                    data, title=session_title, objectives=tuple(objectives)))
                made += 1
            except CohortDeskError:
                return  # refused with a reason (an empty name or title, say)
            with tempfile.TemporaryDirectory() as folder:
                pdf = Path(folder) / "packet.pdf"
                result = _clear_or_ok(lambda: packets.generate_packet(store, session_id, pdf))
                if result is not None:
                    reader = PdfReader(pdf)
                    assert len(reader.pages) >= 1
                    text = "".join(page.extract_text() or "" for page in reader.pages)
                    assert "Okafor" in text
        finally:
            for _ in range(made):
                store.undo()
