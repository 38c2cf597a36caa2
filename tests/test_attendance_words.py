"""A kept mark and the attendance record's counts read in the app's language, and in English
say what the core says."""

from __future__ import annotations

import datetime as dt

import pytest

from cohortdesk.domain.attendance import AttendanceSource, AttendanceState, KeptMark, mark_origin
from cohortdesk.ui.sessions.counts import kept_text, matrix_counts_text

DOOR = dt.datetime(2026, 5, 26, 8, 2)


def _kept(source: str, state: AttendanceState = AttendanceState.LATE) -> KeptMark:
    checked = DOOR if source == AttendanceSource.CHECK_IN else None
    marked = DOOR + dt.timedelta(minutes=5)
    return KeptMark(1, "Amara Bello", state, mark_origin(source, state, checked, marked),
                    None, source, checked, marked)


def test_in_english_the_words_are_the_cores() -> None:
    for source in ("", *AttendanceSource):
        kept = _kept(source)
        assert kept_text(kept) == kept.text
    assert matrix_counts_text(14, 1, 0, 15) == "14 came, 1 absent"
    assert matrix_counts_text(14, 1, 2, 17) == "14 came, 1 absent, 2 brief"
    assert matrix_counts_text(0, 0, 0, 0) == "not recorded"


@pytest.mark.usefixtures("spanish")
def test_in_spanish() -> None:
    # "Amara Bello: kept: checked in at the door 8:02." in the Spanish app's confirmation.
    assert kept_text(_kept(AttendanceSource.CHECK_IN, AttendanceState.PRESENT)) == (
        "se mantiene: llegada registrada en la puerta a las 8:02")
    assert kept_text(_kept(AttendanceSource.MANUAL)) == "se mantiene: marcado tarde a mano 8:07"
    assert matrix_counts_text(14, 1, 2, 17) == "asistieron: 14, ausentes: 1, breves: 2"
    assert matrix_counts_text(0, 0, 0, 0) == "sin registrar"


@pytest.mark.usefixtures("spanish")
def test_a_merge_says_what_it_did_in_spanish() -> None:
    # The status bar said "Merged person 18 into 1: 0 records moved." in the Spanish app.
    from cohortdesk.services.merge import MergeResult
    from cohortdesk.ui.people.duplicates import merge_sentence

    done = MergeResult(1, 18, (), {"registration.person_id": 2, "note.author_id": 1},
                       {"membership.person_id": 1})
    assert merge_sentence(done) == ("Se combinó n.º 18 con n.º 1: se movieron 3 registros; "
                                    "registros que ambos tenían, combinados: 1.")


def test_readings_are_written_as_the_core_writes_them_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from cohortdesk.domain.results import format_value
    from cohortdesk.ui import i18n
    from cohortdesk.ui.i18n.dates import value_text

    before = QLocale()
    i18n.install(qapp, "en")  # as the app does, whatever the machine's locale
    try:
        for value in (None, 0, 30, 30.6, 567.28, 1000, 1234567.5, 0.05, -12.5):
            for unit in ("", "%", "$", "days"):
                assert value_text(value, unit) == format_value(value, unit), (value, unit)
    finally:
        QLocale.setDefault(before)


@pytest.mark.usefixtures("spanish")
def test_readings_in_spanish(example_store: object) -> None:
    from cohortdesk.services import results
    from cohortdesk.ui.i18n.dates import value_text
    from cohortdesk.ui.results.overview import OverviewModel

    # "63 days (Nov 2026)", "567.28", "1,000" in the Spanish app's results.
    assert value_text(567.28) == "567,28"
    assert value_text(12345, "$") == "$12.345"
    assert value_text(30.6, "%") == "30,6%"
    model = OverviewModel()
    model.set_overview(results.cohort_overview(example_store, 1, dt.date(2026, 12, 1)))
    latest = model._columns.index("Latest") - 1
    shown = [model.data(model.index(r, latest)) for r in range(model.rowCount())]
    assert "30,6 per 1,000 (abr 2026)" in shown  # the unit is as the indicator names it
    assert not any(month in s for s in shown for month in ("Apr", "Jan", "Nov"))
