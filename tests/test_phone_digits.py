"""A Zoom dial-in's number, read quickly for the common case and exactly as the rule says."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.domain.attendance import phone_digits

_RULE = re.compile(r"^[+()\d][\d\s().+-]{6,}$")


def _by_the_rule(text: str) -> str | None:
    if not _RULE.match(text.strip()):
        return None
    digits = re.sub(r"\D", "", text)
    return digits[-10:] if len(digits) >= 7 else None


@given(st.text(alphabet="0123456789 ()+-.\t\u00a0\u0663x", max_size=20))
def test_phone_digits_follow_the_rule(text: str) -> None:
    assert phone_digits(text) == _by_the_rule(text)


def test_common_numbers() -> None:
    assert phone_digits("+1 (703) 555-0110") == "7035550110"
    assert phone_digits("  703.555.0110 ") == "7035550110"
    assert phone_digits("555 01") is None  # too short
    assert phone_digits("-703 555 0110") is None  # a number starts with a digit, + or (
    assert phone_digits("Lan Nguyen") is None
