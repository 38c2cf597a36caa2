"""The arithmetic and matching rules of attendance, without a workspace."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.domain.attendance import (
    AttendanceState,
    ZoomLine,
    attendance_rate,
    consecutive_absences,
    device_owner,
    format_rate,
    guest_offer,
    match_key,
    merge_lines,
    person_keys,
    phone_digits,
    split_display_name,
    threshold_minutes,
)
from cohortdesk.domain.errors import ValidationError

P, L, E = AttendanceState.PRESENT, AttendanceState.LATE, AttendanceState.LEFT_EARLY
X, A = AttendanceState.ABSENT_EXCUSED, AttendanceState.ABSENT_UNEXCUSED


@pytest.mark.parametrize(
    ("cells", "attended", "recorded", "rate", "run"),
    [
        ((), 0, 0, None, 0),
        ((None, None), 0, 0, None, 0),
        ((P, L, E), 3, 3, 1.0, 0),
        ((P, A, None, X), 1, 3, 1 / 3, 2),  # an unrecorded session does not break the run
        ((A, A, P), 1, 3, 1 / 3, 0),  # the run is the current one, ended by attending
        ((P, X, A, A, None), 1, 4, 0.25, 3),
    ],
)
def test_rate_and_consecutive_absences(cells: tuple[AttendanceState | None, ...], attended: int,
                                       recorded: int, rate: float | None, run: int) -> None:
    assert attendance_rate(cells) == (attended, recorded, rate)
    assert consecutive_absences(cells) == run


def test_rate_prints_as_a_whole_percent() -> None:
    assert [format_rate(r) for r in (None, 1 / 3, 2 / 3, 1.0)] == ["", "33%", "67%", "100%"]


def test_threshold_is_a_share_of_the_session() -> None:
    assert threshold_minutes(90) == 45
    assert threshold_minutes(90, 0.4) == 36
    assert threshold_minutes(61, 0.5) == 31
    for bad in (0, -0.5, 1.01):
        with pytest.raises(ValidationError) as info:
            threshold_minutes(90, bad)
        assert info.value.field == "threshold"


def test_rejoins_merge_into_one_person() -> None:
    lines = [
        ZoomLine(2, "Mati", "Matías Núñez-Ortega", "Matias.Nunez@example.org", None, None, 19),
        ZoomLine(3, "Mati", "Matías Núñez-Ortega", "matias.nunez@example.org", None, None, 71),
        ZoomLine(4, "Daniel Okafor", "", "", None, None, 50),
        ZoomLine(5, "DANIEL OKAFOR", "", "", None, None, 40),
    ]
    merged = merge_lines(lines)
    assert [(m.minutes, m.minutes_text, m.lines) for m in merged] == [
        (90, "19 + 71 = 90", (2, 3)), (90, "50 + 40 = 90", (4, 5))]


def test_names_match_ignoring_accents_case_and_punctuation() -> None:
    keys = person_keys("Zoë", "O'Brien")
    assert match_key("ZOE OBRIEN") in keys and match_key("zoe o brien") not in keys
    assert match_key("Núñez-Ortega, Matías") == "nunez ortega matias"
    assert "lan nguyen" in person_keys("Thị Lan", "Nguyễn", "Lan")
    assert "nguyen lan" in person_keys("Thị Lan", "Nguyễn", "Lan")  # family name first


def test_zoom_name_forms() -> None:
    assert split_display_name("Mati Núñez-Ortega (Matías Núñez-Ortega)") == (
        "Mati Núñez-Ortega", "Matías Núñez-Ortega")
    assert split_display_name("Program Staff (Host)") == ("Program Staff", "")
    assert device_owner("Lan Nguyen's iPhone") == "Lan Nguyen"
    assert device_owner("Keisha’s MacBook Pro") == "Keisha"
    assert device_owner("Daniel Okafor") is None
    assert phone_digits("+15125550150") == "5125550150"
    assert phone_digits("(512) 555-0150") == "5125550150"
    assert phone_digits("Renata Alvarez") is None


def test_guest_offer_reads_role_and_honorific() -> None:
    offer = guest_offer("Guest Speaker - Dr. A. Mensah", "A.Mensah@example.net")
    assert offer is not None
    assert (offer.given_name, offer.family_name, offer.email, offer.role) == (
        "A.", "Mensah", "a.mensah@example.net", "speaker")
    assert guest_offer("+15125550150", "") is None
    assert guest_offer("Lan Nguyen's iPhone", "") is None


@given(st.text(max_size=40))
def test_match_key_is_stable_and_plain(name: str) -> None:
    key = match_key(name)
    assert match_key(key) == key
    assert key == key.strip() and "  " not in key
    assert match_key(name.upper()) == match_key(name.lower()) or not name.isascii()
