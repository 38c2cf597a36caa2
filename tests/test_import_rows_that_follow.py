"""A row the preview shows completing an earlier row follows what the user decided for that
row: it never overwrites values nobody chose to replace, and never adds a person the user
skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from cohortdesk.documents.tabular_read import read_table
from cohortdesk.domain.records import PersonData
from cohortdesk.services import people, people_import
from cohortdesk.services.people_import import SKIPPED_WITH_ROW, Decision
from cohortdesk.store import Store


def _preview(store: Store, path: Path, text: str) -> people_import.ImportPreview:
    path.write_text(text, encoding="utf-8")
    return people_import.preview(store, read_table(path))


def test_a_row_merged_into_someone_takes_no_value_of_theirs_from_the_next_row(
        store: Store, tmp_path: Path) -> None:
    ana = people.create_person(store, PersonData(given_name="Ana", family_name="Lee",
                                                 email="ana@old.org", title="Director of Equity",
                                                 phone="555-0100"))
    plan = _preview(store, tmp_path / "registrations.csv",
                    "First name,Last name,Email,Job title,Phone\n"
                    "Ana,Lee,ana@new.org,,\n"
                    "Ana,Lee,ana@new.org,Intern,999-9999\n")
    first, second = plan.rows
    assert [d.person_id for d in first.duplicates] == [ana]
    assert second.match_row == 1 and not any(c.conflict for c in second.changes)
    summary = people_import.apply(store, plan, {1: Decision("merge", frozenset(), into=ana)})
    kept = people.get_person(store, ana)
    assert (kept.title, kept.phone) == ("Director of Equity", "555-0100")
    assert people.count_people(store) == 1
    assert {c.field: done for c, done in summary.conflicts[2]} == {"title": "kept",
                                                                   "phone": "kept"}


def test_a_row_completing_a_skipped_row_is_skipped_too(store: Store, tmp_path: Path) -> None:
    plan = _preview(store, tmp_path / "signups.csv",
                    "First name,Last name,Email,Job title\n"
                    "Sam,Sender,sam@example.org,\n"
                    "Sam,Sender,sam@example.org,CEO\n"
                    "Sam,Sender,sam@example.org,Chief Executive\n")
    assert [r.status for r in plan.rows] == ["add", "update", "update"]
    summary = people_import.apply(store, plan, {1: Decision("skip")})
    assert people.count_people(store) == 0
    assert summary.outcomes == {1: "skipped", 2: "skipped", 3: "skipped"}
    assert [s.reason for s in summary.skipped] == ["skipped by you", SKIPPED_WITH_ROW,
                                                   SKIPPED_WITH_ROW]


def test_the_dialog_words_the_reason(spanish: None) -> None:
    from cohortdesk.ui.exchange.import_people_dialog import _row_reason

    skipped = people_import.SkippedRow(3, "Sam Sender", SKIPPED_WITH_ROW)
    assert _row_reason(skipped) == "Fila 3 (Sam Sender): la misma persona que una fila que omitió"


def test_a_person_on_two_rows_once_without_an_email_is_flagged_not_silently_added_twice(
        store: Store, tmp_path: Path) -> None:
    """Rows match by email, and by name only without one: the same person once with an email
    and once without would be two new people. The later row says which row it may repeat, and
    skipping it adds the person once."""
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email\n"
                    "Aroha,Ngata,aroha@example.org\n"
                    "Aroha,Ngata,\n"
                    "Bea,Moss,\n"
                    "Bea,Moss,bea@example.org\n"
                    "Cy,Oduya,cy@example.org\n"
                    "Dee,Oduya,\n")
    assert [r.status for r in plan.rows] == ["add"] * 6
    assert [r.same_name_row for r in plan.rows] == [None, 1, None, 3, None, None]
    flagged = [i for i in plan.rows[1].issues if i.key == "same name as row"]
    assert flagged and flagged[0].severity == "warning" and "row 1" in flagged[0].message
    people_import.apply(store, plan, {2: Decision("skip"), 4: Decision("skip")})
    assert people.count_people(store) == 4  # Aroha, Bea, Cy and Dee, each once



def test_a_row_merged_into_an_earlier_row_makes_one_person_with_both_rows_details(
        store: Store, tmp_path: Path) -> None:
    """Skipping the repeated row dropped what only it said (here Bea's email and phone);
    merging it into the earlier row keeps that, and the earlier row's values stay."""
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email,Job title,Phone\n"
                    "Aroha,Ngata,aroha@example.org,Equity Lead,\n"
                    "Aroha,Ngata,aroha@city.example,Director,555-0101\n"
                    "Bea,Moss,,Analyst,\n"
                    "Bea,Moss,bea@example.org,,555-0102\n"
                    "Bea,Moss,bea@example.org,Planner,\n")
    assert [r.same_name_row for r in plan.rows] == [None, 1, None, 3, None]
    summary = people_import.apply(store, plan, {2: Decision("merge", frozenset(), into_row=1),
                                                4: Decision("merge", frozenset(), into_row=3)})
    assert people.count_people(store) == 2
    found = {str(row[1]).split()[0]: people.get_person(store, row[0])
             for row in people.list_people(store).rows}
    aroha, bea = found["Aroha"], found["Bea"]
    assert (aroha.email, aroha.title, aroha.phone) == ("aroha@example.org", "Equity Lead",
                                                       "555-0101")
    # Row 5 has Bea's email, which row 4 brought to row 3's person: the same person, whose
    # title row 3 gave already.
    assert (bea.email, bea.title, bea.phone) == ("bea@example.org", "Analyst", "555-0102")
    assert summary.added == 2 and summary.outcomes[2] == summary.outcomes[4] == "updated"
    # Aroha's second email is not lost without a word: the summary says it was kept out.
    assert {c.field: done for c, done in summary.conflicts[2]} == {"email": "kept",
                                                                   "title": "kept"}


def test_a_row_merged_into_a_skipped_row_is_skipped_with_it(store: Store,
                                                             tmp_path: Path) -> None:
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email\n"
                    "Aroha,Ngata,\n"
                    "Aroha,Ngata,aroha@example.org\n")
    summary = people_import.apply(store, plan, {1: Decision("skip"),
                                                2: Decision("merge", frozenset(), into_row=1)})
    assert people.count_people(store) == 0
    assert [s.reason for s in summary.skipped] == ["skipped by you", SKIPPED_WITH_ROW]


def test_a_row_merged_into_a_row_that_went_to_someone_here_goes_to_them(
        store: Store, tmp_path: Path) -> None:
    ana = people.create_person(store, PersonData(given_name="Ana", family_name="Lee",
                                                 email="ana@old.org"))
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email,Phone\n"
                    "Ana,Lee,ana@new.org,\n"
                    "Ana,Lee,ana@home.example,555-0100\n")
    assert [d.person_id for d in plan.rows[0].duplicates] == [ana]
    assert plan.rows[1].same_name_row == 1
    summary = people_import.apply(store, plan, {1: Decision("merge", frozenset(), into=ana),
                                                2: Decision("merge", frozenset(), into_row=1)})
    assert people.count_people(store) == 1
    kept = people.get_person(store, ana)
    assert (kept.email, kept.phone) == ("ana@old.org", "555-0100")
    # Neither row's other email is dropped without a word.
    assert [(c.field, c.incoming, done) for c, done in summary.conflicts[1]] == [
        ("email", "ana@new.org", "kept")]
    assert [(c.field, c.incoming, done) for c, done in summary.conflicts[2]] == [
        ("email", "ana@home.example", "kept")]


def test_a_merge_can_only_go_into_an_earlier_row_to_add(store: Store, tmp_path: Path) -> None:
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email\nAroha,Ngata,\nAroha,Ngata,aroha@example.org\n")
    for wrong in ({1: Decision("merge", frozenset(), into_row=2)},
                  {2: Decision("merge", frozenset(), into_row=2)},
                  {2: Decision("merge", frozenset(), into_row=7)}):
        with pytest.raises(ValueError, match="earlier row to add"):
            people_import.apply(store, plan, wrong)
    assert people.count_people(store) == 0  # nothing of a refused import is written


def test_a_value_kept_over_a_skipped_rows_fills_the_blank_instead(store: Store,
                                                                   tmp_path: Path) -> None:
    """Row 3 was previewed against row 2's title, so its own showed as a value to keep; with
    row 2 skipped, nothing is left to keep, and row 3's title fills the blank."""
    plan = _preview(store, tmp_path / "signups.csv",
                    "First name,Last name,Email,Job title\n"
                    "Sam,Sender,sam@example.org,\n"
                    "Sam,Sender,sam@example.org,CEO\n"
                    "Sam,Sender,sam@example.org,Chief Executive\n")
    assert [c.field for c in plan.rows[2].conflicts] == ["title"]
    summary = people_import.apply(store, plan, {2: Decision("skip")})
    only = people.list_people(store).rows[0][0]
    assert people.get_person(store, only).title == "Chief Executive"
    assert 3 not in summary.conflicts  # no "CEO kept" that was never written


def test_an_organization_filled_in_by_a_merged_row_comes_with_its_place(
        store: Store, tmp_path: Path) -> None:
    from cohortdesk.services import organizations

    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email,Organization,City,State\n"
                    "Aroha,Ngata,aroha@example.org,,,\n"
                    "Aroha,Ngata,,Te Awa Trust,Wellington,WGN\n")
    people_import.apply(store, plan, {2: Decision("merge", frozenset(), into_row=1)})
    rows = organizations.list_organizations(store)
    found = [dict(zip(rows.columns, r, strict=True)) for r in rows.rows]
    assert [(o["Name"], o["City"], o["State / region"]) for o in found] == [
        ("Te Awa Trust", "Wellington", "WGN")]


def test_people_merged_from_two_rows_join_the_cohort_once(store: Store,
                                                         tmp_path: Path) -> None:
    from cohortdesk.domain.records import CohortData
    from cohortdesk.services import cohorts
    from cohortdesk.services.people_import import CohortTarget

    cohort = cohorts.create_cohort(store, CohortData(program="Network", name="Cohort 1"))
    ana = people.create_person(store, PersonData(given_name="Ana", family_name="Lee",
                                                 email="ana@old.org"))
    plan = _preview(store, tmp_path / "sign-in.csv",
                    "First name,Last name,Email\n"
                    "Aroha,Ngata,aroha@example.org\n"
                    "Aroha,Ngata,\n"
                    "Ana,Lee,ana@new.org\n"
                    "Ana,Lee,ana@home.example\n")
    summary = people_import.apply(store, plan, {2: Decision("merge", frozenset(), into_row=1),
                                                3: Decision("merge", frozenset(), into=ana),
                                                4: Decision("merge", frozenset(), into_row=3)},
                                  cohort=CohortTarget(cohort))
    assert people.count_people(store) == 2
    assert summary.memberships_added == 2
    assert len(set(summary.person_ids)) == len(summary.person_ids) == 2
