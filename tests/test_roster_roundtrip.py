"""Round trips: any text a person can type survives roster export and people import."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cohortdesk.documents.formula_guard import guard, unguard
from cohortdesk.domain.limits import is_invisible
from cohortdesk.domain.records import CohortData, MembershipData, PersonData
from cohortdesk.services import cohorts, people, people_import, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

FIELDS = ("given_name", "family_name", "email", "title", "bio", "phone")

# Any Unicode a form or a spreadsheet can hold (no surrogates, no NUL), as a field is stored:
# trimmed. Formula triggers, quotes, delimiters and line breaks are all in play.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
cell_text = st.one_of(
    st.text(_chars, max_size=40),
    st.sampled_from(["=1+1", "+1 703 555 0110", "-2", "@SUM(A1)", "'=x", "''@y", "' =z",
                     '"quoted", with comma', "line\r\nbreak", "a;b\tc", "Zoë 王秀英 ليلى 🌻"]),
).map(str.strip)
# XLSX cells cannot hold most control characters; spreadsheets never produce them.
_printable = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n")
xlsx_text = st.one_of(st.text(_printable, max_size=40),
                      st.sampled_from(["=HYPERLINK(\"x\")", "@SUM(1)", "'=x", "-1"])).map(str.strip)


class _Pair:
    """One source and one target workspace for all examples: each example uses new emails."""

    def __init__(self) -> None:
        self.folder = tempfile.TemporaryDirectory()
        self.source = Store.open(Path(self.folder.name) / "a.cohortdesk")
        self.target = Store.open(Path(self.folder.name) / "b.cohortdesk")
        self.serial = 0


_PAIR: _Pair | None = None


def _pair() -> _Pair:
    global _PAIR
    if _PAIR is None:
        _PAIR = _Pair()
    return _PAIR


def teardown_module() -> None:
    if _PAIR is not None:
        _PAIR.source.close()
        _PAIR.target.close()
        _PAIR.folder.cleanup()


def _roundtrip(values: list[tuple[str, str, str, str]], fmt: roster.Format) -> None:
    # A name of only invisible characters is refused as a name: such a person is called X.
    values = [(first if not is_invisible(first + family) else "X", family, title, bio)
              for first, family, title, bio in values]
    pair = _pair()
    pair.serial += 1
    cid = cohorts.create_cohort(pair.source, CohortData(name=f"Round trip {pair.serial}"))
    emails = []
    for n, (first, family, title, bio) in enumerate(values):
        email = f"p{pair.serial}.{n}@example.org"
        emails.append(email)
        pid = people.create_person(pair.source, PersonData(
            given_name=first or "X", family_name=family, title=title, bio=bio,
            email=email, phone=title, consent_share_contact=True))
        cohorts.add_member(pair.source, cid, MembershipData(person_id=pid))
    path = Path(pair.folder.name) / f"roster.{fmt}"
    roster.export_roster(pair.source, RosterRequest(cohort_id=cid, fields=FIELDS), fmt, path)
    _, summary = people_import.import_file(pair.target, path)
    assert summary is not None and summary.added == len(values)
    for email, (first, family, title, bio) in zip(emails, values, strict=True):
        pid = people.find_by_email(pair.target, email)
        assert pid is not None
        got = people.get_person(pair.target, pid)
        assert (got.given_name, got.family_name, got.title, got.bio, got.phone) == (
            first or "X", family, title, bio, title)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(cell_text, cell_text, cell_text, cell_text), min_size=1, max_size=4))
def test_any_text_survives_csv_export_and_import(values: list[tuple[str, str, str, str]]) -> None:
    _roundtrip(values, "csv")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(xlsx_text, xlsx_text, xlsx_text, xlsx_text), min_size=1, max_size=3))
def test_any_text_survives_xlsx_export_and_import(values: list[tuple[str, str, str, str]]) -> None:
    _roundtrip(values, "xlsx")


@given(st.text(_chars))
def test_guard_is_undone_exactly_and_never_leaves_a_live_formula(value: str) -> None:
    guarded = guard(value)
    assert unguard(guarded) == value
    assert guarded.lstrip(" ")[:1] not in ("=", "+", "-", "@", "\t", "\r")
