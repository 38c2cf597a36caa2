"""The printed Results framework, the XLSX overview and the command line, read back from files."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from cohortdesk.cli import run
from cohortdesk.documents.results_pdf import (
    LEGEND_PATH,
    indicator_chart,
    results_section_flowables,
    write_results_pdf,
)
from cohortdesk.documents.results_xlsx import OVERVIEW_HEADER, write_results_xlsx
from cohortdesk.domain.limits import is_invisible
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.domain.results import (
    Direction,
    IndicatorData,
    ProgressData,
    StrategyData,
    TrackStatus,
)
from cohortdesk.services import cohorts, example, people, results
from cohortdesk.store import Store

# The example network's own "today" (conftest loads it as of this day, unshifted).
TODAY = example.example_as_of()


def _cohort_id(store: Store) -> int:
    return cohorts.cohort_choices(store)[0][0]


def _text(reader: PdfReader, page: int) -> str:
    return re.sub(r"\s+", " ", reader.pages[page].extract_text())


def test_printed_section_has_a_summary_then_a_page_per_member_with_charts(
        example_store: Store, tmp_path: Path) -> None:
    data = results.print_data(example_store, _cohort_id(example_store), TODAY)
    pdf = write_results_pdf(tmp_path / "results.pdf", data)
    reader = PdfReader(pdf)

    summary = _text(reader, 0)
    assert "Results framework" in summary
    assert "Status as of April 20, 2026" in summary
    assert "Imani Caldwell" in summary and "Eviction filings per 1,000" in summary
    assert "How status is worked out" in summary
    assert LEGEND_PATH not in summary  # the summary is a table, charts are on member pages

    members = reader.outline[1]
    assert [item.title for item in members] == [  # type: ignore[union-attr]
        fw.person_name for fw in data.frameworks]
    starts = [reader.get_destination_page_number(item) for item in members]  # type: ignore[arg-type]
    assert starts[0] == 1 and starts == sorted(set(starts))  # each member on a page of their own
    ends = [*starts[1:], len(reader.pages)]

    def member_text(n: int) -> str:
        return " ".join(_text(reader, p) for p in range(starts[n], ends[n]))

    for n, fw in enumerate(data.frameworks):
        page = member_text(n)
        assert fw.person_name.split()[-1] in page
        # One chart per indicator: each draws its legend and its axis.
        assert page.count(LEGEND_PATH) == len(fw.indicators), fw.person_name
        for result in fw.results:
            for strategy in result.strategies:
                assert strategy.description[:30] in page
    imani = next(n for n, fw in enumerate(data.frameworks) if fw.person_name == "Imani Caldwell")
    page = member_text(imani)
    assert "Right-to-counsel pilot" in page
    assert "Cost model for scaling right-to-counsel" in page  # open assistance
    assert "Design an eviction dashboard" not in page  # done, so not printed
    assert "Off track" in page and "On track" in page
    olga = next(n for n, fw in enumerate(data.frameworks) if "Петренко" in fw.person_name)
    assert "Петренко" in member_text(olga)


def test_section_fits_the_packet_styles_and_large_print(example_store: Store) -> None:
    from cohortdesk.documents.pdf_common import make_styles

    data = results.print_data(example_store, _cohort_id(example_store), TODAY)
    for large in (False, True):
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, leftMargin=54, rightMargin=54)
        doc.build(results_section_flowables(data, make_styles(large), width=doc.width - 12,
                                            heading=False))
        reader = PdfReader(buffer)
        first = _text(reader, 0)
        assert not first.startswith("Results framework")  # the packet prints its own heading
        assert "Status as of April 20, 2026" in first
        assert sum(_text(reader, n).count(LEGEND_PATH) for n in range(len(reader.pages))) == \
            len(data.overview.rows)


def test_chart_draws_readings_the_path_and_today() -> None:
    from cohortdesk.domain.results import IndicatorRecord, Reading

    ind = IndicatorRecord(name="Hires", baseline_value=18, baseline_date=dt.date(2025, 1, 1),
                          target_value=26, target_date=dt.date(2027, 1, 1),
                          readings=(Reading(dt.date(2026, 1, 1), 23.0),),
                          status=TrackStatus.ON_TRACK)
    strings = [getattr(s, "text", None) for s in indicator_chart(ind, TODAY).contents]
    assert {"today", "readings", LEGEND_PATH, "Jan 2025", "Jan 2027"} <= set(strings)
    empty = IndicatorRecord(name="New")
    assert "no readings yet" in [getattr(s, "text", None)
                                 for s in indicator_chart(empty, TODAY).contents]


def test_empty_cohort_prints_a_summary_that_says_so(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="Second cohort"))
    pdf = write_results_pdf(tmp_path / "empty.pdf", results.print_data(store, cid, TODAY))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    assert "No member has a results framework yet." in _text(reader, 0)


typed = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1,
                max_size=60).filter(lambda s: s.strip())
# A person's name must show something: names of only invisible characters are refused.
visible = typed.filter(lambda s: not is_invisible(s))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(statement=typed, name=visible, owner=typed)
def test_any_typed_text_prints(tmp_path: Path, statement: str, name: str, owner: str) -> None:
    path = tmp_path / "prop.cohortdesk"
    path.unlink(missing_ok=True)
    with Store.open(path) as store:
        cid = cohorts.create_cohort(store, CohortData(name="C"))
        pid = people.create_person(store, PersonData(given_name=name))
        cohorts.add_member(store, cid, MembershipData(person_id=pid))
        rid = results.add_result(store, cid, pid, statement)
        iid = results.add_indicator(store, rid, IndicatorData(
            name=name, baseline_value=1, baseline_date=dt.date(2025, 1, 1), target_value=2,
            target_date=dt.date(2027, 1, 1), direction=Direction.UP))
        results.add_strategy(store, rid, StrategyData(description=statement, owner=owner))
        results.record_progress(store, cid, pid, ProgressData(on_date=TODAY, values={iid: 1.5}))
        data = results.print_data(store, cid, TODAY)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(results_section_flowables(data, None))
    reader = PdfReader(buffer)
    assert len(reader.pages) >= 2
    assert LEGEND_PATH in reader.pages[1].extract_text()


def test_xlsx_overview_reads_back(example_store: Store, tmp_path: Path) -> None:
    cid = _cohort_id(example_store)
    overview = results.cohort_overview(example_store, cid, TODAY)
    path = write_results_xlsx(tmp_path / "overview.xlsx", overview)
    book = openpyxl.load_workbook(path)
    sheet = book["Overview"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == OVERVIEW_HEADER
    assert len(rows) == 1 + len(overview.rows)
    by_indicator = {r[3]: r for r in rows[1:]}
    evictions = by_indicator["Eviction filings per 1,000 Black renter households"]
    assert evictions[0] == "Imani Caldwell"
    assert evictions[6] == 38 and evictions[8] == 30.6 and evictions[10] == 22
    assert evictions[9] == dt.datetime(2026, 4, 1)
    assert evictions[13] == "On track"
    statuses = [r[13] for r in rows[1:]]
    assert statuses.count("Off track") == overview.count(TrackStatus.OFF_TRACK)
    assert sheet.freeze_panes == "B2"
    readings = list(book["Readings"].iter_rows(values_only=True))
    assert len(readings) - 1 == sum(len(r.indicator.readings) for r in overview.rows)
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
    assert about["Cohort"] == overview.cohort_name
    assert "straight line" in about["How status is worked out"]


def test_xlsx_keeps_formula_like_text_as_text(store: Store, tmp_path: Path) -> None:
    cid = cohorts.create_cohort(store, CohortData(name="C"))
    pid = people.create_person(store, PersonData(given_name="=HYPERLINK(\"x\")"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    rid = results.add_result(store, cid, pid, "=1+1")
    results.add_indicator(store, rid, IndicatorData(name="@SUM(A1)"))
    path = write_results_xlsx(tmp_path / "o.xlsx", results.cohort_overview(store, cid, TODAY))
    row = next(openpyxl.load_workbook(path)["Overview"].iter_rows(min_row=2, values_only=True))
    assert row[0] == "=HYPERLINK(\"x\")" and row[2] == "=1+1" and row[3] == "@SUM(A1)"
    assert row[13] == "No data"


# -- command line ---------------------------------------------------------------------------

def test_cli_show_export_and_ta_list(example_store: Store, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    cid = _cohort_id(example_store)
    ws = str(example_store.path)
    example_store.close()

    assert run(["results", "show", "--workspace", ws, "--cohort", str(cid), "--json",
                "--today", "2026-04-20"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["today"] == "2026-04-20"
    assert sum(shown["summary"].values()) == sum(len(m["indicators"]) for m in shown["members"])
    assert shown["summary"]["off_track"] >= 1

    out = tmp_path / "overview.xlsx"
    assert run(["results", "export", "--workspace", ws, "--cohort", str(cid), "-o", str(out)]) == 0
    assert "indicators" in capsys.readouterr().out
    assert openpyxl.load_workbook(out)["Overview"].max_row > 1

    assert run(["ta", "list", "--workspace", ws, "--cohort", str(cid), "--json",
                "--status", "in progress"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in listed} == {"in_progress"}
    assert all(r["started_on"] for r in listed)

    assert run(["results", "show", "--workspace", ws, "--cohort", "999"]) == 2
    assert "Cohort 999 is not in this workspace" in capsys.readouterr().err
