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
