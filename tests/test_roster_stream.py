"""The CSV roster written straight from SQL must be the file the column-by-column build
writes, byte for byte, and must never show stale names when the People list's index lags."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.domain.records import CohortData, MembershipData, OrganizationData, PersonData
from cohortdesk.operations import people as people_ops
from cohortdesk.operations import perform
from cohortdesk.services import cohorts, organizations, people, roster
from cohortdesk.services.roster import RosterRequest
from cohortdesk.store import Store

# Names that sort and show differently by rule: accents, one-name people, namesakes (their
# order is their ids'), particles, CJK, preferred names in the same and another script.
PEOPLE = [
    dict(given_name="Mati", family_name="Núñez-Ortega", phone="+1 312 555 0100",
         consent_share_contact=True, email="mati@example.org"),
    dict(given_name="Mati", family_name="Nunez-Ortega", title="=SUM(A1:A9)"),
    dict(given_name="Cher", family_name="", title="-Director", consent_share_contact=True,
         phone="@home"),
    dict(given_name="Tomás", family_name="de la Cruz", preferred_name="Tom",
         bio="Line one\nline two, with a comma and a \"quote\""),
    dict(given_name="Zed", family_name="De", pronouns="they/them"),
    dict(given_name="秀英", family_name="王", preferred_name="Grace", title=" +leading space"),
    dict(given_name="Ольга", family_name="Петренко", preferred_name="Olga",
         access_needs="Step-free", dietary_needs="Halal", internal_notes="'=quoted already"),
    dict(given_name="Sam", family_name="Lee", email="sam.a@example.org", consent_share_contact=True),
    dict(given_name="Sam", family_name="Lee", email="sam.b@example.org"),
    dict(given_name="Sam", family_name="Lee", phone="\u00a0-5"),
]


@pytest.fixture
def cohort(store: Store) -> int:
    county = organizations.create_organization(store, OrganizationData(
        name="Cook County", kind="county", city="Chicago", state_region="IL"))
    city = organizations.create_organization(store, OrganizationData(
        name="Office of Equity", kind="city", city="Tacoma", state_region="WA"))
    nowhere = organizations.create_organization(store, OrganizationData(
        name="@Equity \"Partners\"", kind="nonprofit", city="", state_region="OR"))
    cid = cohorts.create_cohort(store, CohortData(name="Directory"))
    other = cohorts.create_cohort(store, CohortData(name="Another"))
    orgs = [county, city, nowhere, None]
    roles = [MembershipRole.MEMBER, MembershipRole.FACILITATOR, MembershipRole.PROGRAM_STAFF]
    stages = list(MembershipStage)
    pids = [people.create_person(store, PersonData(organization_id=orgs[i % 4], **fields))
            for i, fields in enumerate(PEOPLE)]
    # Joined in the reverse order of their ids: namesakes still list by id, whoever joined first.
    for i, pid in reversed(list(enumerate(pids))):
        cohorts.add_member(store, cid, MembershipData(
            person_id=pid, role=roles[i % 3], stage=stages[i % len(stages)],
            started_on=dt.date(2025, 1 + i, 1) if i % 2 else None))
    outsider = people.create_person(store, PersonData(given_name="Not", family_name="Listed"))
    cohorts.add_member(store, other, MembershipData(person_id=outsider))
    return cid


REQUESTS = [
    {},
    {"audience": "internal"},
    {"fields": tuple(f.key for f in roster.available_fields(session=False,
                                                            audience="participants"))},
    {"audience": "internal",
     "fields": tuple(f.key for f in roster.available_fields(session=False, audience="internal"))},
    {"roles": frozenset({"member", "facilitator"})},
    {"audience": "internal", "stages": frozenset({"active"}), "sort": ("name",)},
    # An organization's cells come from its id, selected once, whatever their order.
    {"fields": ("jurisdiction", "name", "organization")},
    {"fields": ("organization",)},
    # A field asked for twice (the command line allows it) is selected once, written twice.
    {"fields": ("name", "email", "name")},
    {"fields": ("organization", "jurisdiction", "organization")},
]


@pytest.mark.parametrize("asked", REQUESTS, ids=lambda kw: ",".join(kw) or "default")
def test_the_streamed_roster_is_the_built_roster(store: Store, cohort: int, tmp_path: Path,
                                                  asked: dict[str, object]) -> None:
    request = RosterRequest(cohort_id=cohort, **asked)  # type: ignore[arg-type]
    built = tmp_path / "built.csv"
    streamed = tmp_path / "streamed.csv"
    # Before the People list has made its index, every roster is built column by column.
    assert roster._stream_csv(store, request, streamed, None) is None
    assert not streamed.exists()
    _path, count = roster.export_roster_counted(store, request, "csv", built)

    assert people.index_people(store) == len(PEOPLE) + 1
    progress: list[tuple[int, int]] = []
    assert roster._stream_csv(store, request, streamed,
                              lambda done, total, _what: progress.append((done, total))) == count
    assert streamed.read_bytes() == built.read_bytes()
    assert progress[-1] == (count, count)
    assert count > 0


def _names(path: Path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = next(i for i, r in enumerate(rows) if r[0] == "Name")  # after any CONFIDENTIAL line
    return [r[0] for r in rows[header + 1:]]


def test_names_are_in_family_name_order_and_formulas_stay_text(store: Store, cohort: int,
                                                                tmp_path: Path) -> None:
    people.index_people(store)
    path = tmp_path / "roster.csv"
    roster.export_roster(store, RosterRequest(cohort_id=cohort, audience="internal",
                                              fields=("name", "title", "phone")), "csv", path)
    names = _names(path)
    # As the People list: one-name people by that name, accents and case ignored, a family
    # name's words read as written ("de la Cruz" before "De, Zed"), namesakes by their ids.
    assert names[:4] == ["Cher", "Tom de la Cruz", "Zed De", "Sam Lee"]
    assert names.count("Sam Lee") == 3
    text = path.read_text(encoding="utf-8-sig")
    assert "'=SUM(A1:A9)" in text and "'-Director" in text and "'+1 312 555 0100" in text


def test_a_person_changed_since_the_index_was_made_shows_as_they_are_now(
        store: Store, cohort: int, tmp_path: Path) -> None:
    store.strict = True
    people.index_people(store)
    lee = next(m for m in cohorts.list_memberships(store, cohort) if m.person_name == "Sam Lee")
    perform(store, people_ops.edit_person, lee.person_id, {"preferred_name": "Sammy"})
    newcomer = perform(store, people.create_person,
                       PersonData(given_name="Aroha", family_name="Ngata")).value
    perform(store, cohorts.add_member, cohort, MembershipData(person_id=newcomer))

    path = tmp_path / "roster.csv"
    roster.export_roster(store, RosterRequest(cohort_id=cohort), "csv", path)
    names = _names(path)
    assert "Sammy Lee" in names and names.count("Sam Lee") == 2
    assert "Aroha Ngata" in names

    people.index_people(store)  # the People list makes the missing keys again
    streamed = tmp_path / "streamed.csv"
    assert roster._stream_csv(store, RosterRequest(cohort_id=cohort), streamed, None) == \
        len(PEOPLE) + 1
    assert streamed.read_bytes() == path.read_bytes()


# -- plain lines: the chunks that skip the csv writer must be what it would write ---------------

def _csv_text(rows: list[tuple[str, ...]]) -> str:
    import io

    out = io.StringIO()
    csv.writer(out, dialect="excel", lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("cell", [
    "a,b", 'say "hi"', "line\nbreak", "carriage\rreturn", "crlf\r\nin", "nul\0byte", "",
    " spaced ", "'=guarded", "Núñez", "王秀英", "tab\there", "Chicago, IL", None, 7,
])
def test_plain_lines_are_what_the_csv_module_writes(cell: str | int | None) -> None:
    from cohortdesk.documents.roster_csv import plain_lines

    rows = [("Ana", "Ruiz", "Oakland, CA"), ("Bo", cell, ""), ("", "", '"Q" Street')]
    lines = plain_lines(rows, 3)
    # Only a cell that is not text sends the chunk to the csv module.
    assert (lines is None) == (not isinstance(cell, str))
    if lines is not None:
        assert lines == _csv_text(rows)  # type: ignore[arg-type]


def test_plain_lines_match_the_csv_module_for_any_mix_of_quotes_and_breaks() -> None:
    import random

    from cohortdesk.documents.roster_csv import plain_lines

    letters, chance = 'ab ,"\r\n\tñ王\'=;\0', random.Random(19)
    for _ in range(2000):
        width = chance.randint(2, 6)
        rows = [tuple("".join(chance.choices(letters, k=chance.randint(0, 6)))
                      for _ in range(width)) for _ in range(chance.randint(1, 8))]
        assert plain_lines(rows, width) == _csv_text(rows), rows


@pytest.mark.parametrize("cell", ["Ana", None])
def test_looked_up_columns_write_their_texts(tmp_path: Path, cell: str | None) -> None:
    """An organization's cells come as its id, once, and are written as its texts, whether the
    chunk is joined (all text) or goes to the csv module (a None among its cells)."""
    from cohortdesk.documents.roster_csv import write_chunks_csv

    names = {None: "", 1: 'Office of "Equity", Tacoma', 2: "'=Lab"}
    places = {None: "", 1: "Tacoma, WA", 2: "Reno"}
    chunk = [(1, cell, "x"), (None, "Bo", "y"), (2, "Cy", "z")]
    path = tmp_path / "looked-up.csv"
    assert write_chunks_csv(path, ["Name", "Organization", "Jurisdiction", "Note"], [chunk],
                            layout=[1, (0, names), (0, places), 2]) == 3
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["Name", "Organization", "Jurisdiction", "Note"],
                    [cell or "", 'Office of "Equity", Tacoma', "Tacoma, WA", "x"],
                    ["Bo", "", "", "y"], ["Cy", "'=Lab", "Reno", "z"]]


def test_an_empty_chunk_writes_nothing(tmp_path: Path) -> None:
    from cohortdesk.documents.roster_csv import write_chunks_csv

    path = tmp_path / "empty-chunk.csv"
    assert write_chunks_csv(path, ["Name", "Organization"], [[], [("Ana", 1)], []],
                            layout=[0, (1, {1: "Oakland, CA", None: ""})]) == 1
    assert path.read_bytes().decode("utf-8-sig") == 'Name,Organization\r\nAna,"Oakland, CA"\r\n'


def test_a_number_after_a_quoted_cell_is_written_as_the_csv_module_does(tmp_path: Path) -> None:
    """A slice that cannot be joined (a number in it) goes to the csv module unquoted: its
    cells are never quoted twice."""
    import io

    from cohortdesk.documents.roster_csv import write_rows_csv

    rows = [("Oakland, CA", 3), ('say "hi"', 4.5)]
    path = write_rows_csv(tmp_path / "counts.csv", ["Place", "Count"], rows)
    expected = io.StringIO()
    writer = csv.writer(expected, dialect="excel", lineterminator="\r\n")
    writer.writerow(["Place", "Count"])
    writer.writerows(rows)
    assert path.read_bytes().decode("utf-8-sig") == expected.getvalue()


def test_a_built_roster_is_written_as_the_csv_module_writes_it(tmp_path: Path) -> None:
    """The built roster (a session's, or before the People list's index) goes a slice of rows
    at a time; across slices, with blanks, dates, guards, quotes and line breaks, the file is
    what the csv writer makes of the guarded cells."""
    import io
    import random

    from cohortdesk.documents import roster_csv

    chance = random.Random(7)
    letters = 'ab ,"\r\n=+-@ñ'
    rows = roster_csv.PROGRESS_ROWS * 2 + 5

    def text() -> str | None:
        return None if chance.random() < 0.1 else "".join(
            chance.choices(letters, k=chance.randint(0, 5)))

    columns = [[f"Person {i}" for i in range(rows)], [text() for _ in range(rows)],
               [dt.date(2025, 1, 1 + i % 28) if i % 3 else None for i in range(rows)],
               ["Oakland, CA"] * rows]
    kinds = ("text", "text", "date", "text")
    headers = ["Name", "Notes", "Since", "Jurisdiction"]
    path = tmp_path / "built.csv"
    roster_csv.write_columns_csv(path, headers, columns, kinds=kinds)

    expected = io.StringIO()
    writer = csv.writer(expected, dialect="excel", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(zip(*roster_csv._guarded(columns, kinds), strict=True))
    assert path.read_bytes().decode("utf-8-sig") == expected.getvalue()
    assert "'=" in expected.getvalue() or "'+" in expected.getvalue()  # guards were tested


def test_a_lone_column_goes_through_the_csv_module() -> None:
    from cohortdesk.documents.roster_csv import plain_lines

    assert plain_lines([("",), ("x",)], 1) is None
    assert _csv_text([("",)]) == '""\r\n'  # which joining would not write


def test_a_roster_of_plain_cells_streams_as_the_csv_module_writes_it(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many people, as most rosters are: commas in titles and "City, ST" jurisdictions, no
    blank left as None. Every chunk skips the csv writer, and the file is the built roster's,
    byte for byte."""
    county = organizations.create_organization(store, OrganizationData(
        name="Cook County", kind="county", city="Chicago", state_region="IL"))
    cid = cohorts.create_cohort(store, CohortData(name="Plain"))
    for i in range(300):
        pid = people.create_person(store, PersonData(
            given_name=f"Given{i:03d}", family_name="Plain",
            title="Director, Equity" if i % 5 else "Officer",
            organization_id=county if i % 2 else None,
            email=f"p{i}@example.org", consent_share_contact=bool(i % 2)))
        cohorts.add_member(store, cid, MembershipData(
            person_id=pid, started_on=dt.date(2025, 2, 1) if i % 3 else None))
    request = RosterRequest(cohort_id=cid, audience="internal", fields=(
        "name", "pronouns", "title", "organization", "jurisdiction", "email", "consent",
        "member_since"))
    built, streamed = tmp_path / "built.csv", tmp_path / "streamed.csv"
    roster.export_roster_counted(store, request, "csv", built)
    people.index_people(store)
    from cohortdesk.documents import roster_csv

    joined: list[bool] = []
    real = roster_csv._column_lines

    def spy(columns: list[list[str]], width: int, ready: set[int]) -> str | None:
        lines = real(columns, width, ready)
        joined.append(lines is not None)
        return lines

    monkeypatch.setattr(roster_csv, "_column_lines", spy)
    assert roster._stream_csv(store, request, streamed, None) == 300
    assert joined == [True]  # the one chunk went to the file joined
    assert streamed.read_bytes() == built.read_bytes()
    with streamed.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0].startswith("CONFIDENTIAL") and len(rows) == 302
    assert rows[2] == ["Given000 Plain", "", "Officer", "", "", "p0@example.org", "No", ""]
    assert rows[3][2:5] == ["Director, Equity", "Cook County", "Cook County, IL"]
