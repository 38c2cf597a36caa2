"""People: create, edit, delete and every validation message, on real SQLite files."""

from __future__ import annotations

import dataclasses

import pytest

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, MembershipData, OrganizationData, PersonData
from cohortdesk.services import cohorts, organizations, people
from cohortdesk.store import Store

ZOE = PersonData(given_name="Zoë", family_name="O'Brien", email="ZOE.OBRIEN@example.org",
                 pronouns="she/they", consent_share_contact=True)


def test_create_edit_delete_person(store: Store) -> None:
    org = organizations.create_organization(store, OrganizationData(name="Fairfax County"))
    pid = people.create_person(store, dataclasses.replace(ZOE, organization_id=org))
    got = people.get_person(store, pid)
    assert got.email == "zoe.obrien@example.org"
    assert got.organization_name == "Fairfax County"

    people.update_person(store, pid, dataclasses.replace(ZOE, title="  Equity Manager "))
    assert people.get_person(store, pid).title == "Equity Manager"

    people.delete_person(store, pid)
    assert people.count_people(store) == 0


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (PersonData(given_name=" ", family_name=""), "given_name", "given name"),
        (PersonData(given_name="Maria", email="maria.lopez@"), "email", "not a valid email"),
    ],
)
def test_invalid_person_is_refused_naming_the_field(
    store: Store, data: PersonData, field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        people.create_person(store, data)
    assert info.value.field == field
    assert words in info.value.message
    assert people.count_people(store) == 0


def test_same_email_in_another_case_is_refused(store: Store) -> None:
    people.create_person(store, ZOE)
    with pytest.raises(ValidationError) as info:
        people.create_person(store, PersonData(given_name="Z", email="zoe.OBRIEN@EXAMPLE.org"))
    assert info.value.field == "email"
    assert "already uses" in info.value.message
    assert people.count_people(store) == 1


def test_people_without_email_are_allowed_together(store: Store) -> None:
    people.create_person(store, PersonData(given_name="Priya", family_name="Raman"))
    people.create_person(store, PersonData(given_name="Sam", family_name="Whitfield"))
    assert people.count_people(store) == 2


def test_search_keys_ignore_accents_and_case(store: Store) -> None:
    people.create_person(store, PersonData(given_name="Matías", family_name="Núñez-Ortega",
                                           preferred_name="Mati"))
    rowset = people.list_people(store)
    assert any("nunez" in key for key in rowset.keys)


def test_delete_names_what_goes_with_the_person(store: Store) -> None:
    pid = people.create_person(store, ZOE)
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    cohorts.add_member(store, cid, MembershipData(person_id=pid))
    assert people.deletion_impact(store, pid) == ["1 cohort membership"]


@pytest.mark.parametrize(
    ("given", "family", "preferred", "shown"),
    [
        ("Matías", "Núñez-Ortega", "Mati", "Mati Núñez-Ortega"),
        ("Ольга", "Петренко", "Olga", "Olga (Ольга Петренко)"),
        ("ليلى", "حداد", "Layla", "Layla (ليلى حداد)"),
        ("秀英", "王", "Grace", "Grace (王秀英)"),
        ("秀英", "王", "", "王秀英"),
        ("Zoë", "O'Brien", "", "Zoë O'Brien"),
    ],
)
def test_display_names_respect_name_order_and_script(
    given: str, family: str, preferred: str, shown: str
) -> None:
    from cohortdesk.domain.records import person_display_name

    assert person_display_name(given, family, preferred) == shown


def test_cohort_counts_members_apart_from_staff(example_store: Store) -> None:
    cohort = cohorts.get_cohort(example_store, cohorts.cohort_choices(example_store)[0][0])
    assert (cohort.member_count, cohort.people_count) == (11, 17)
    assert cohort.name == "Inaugural Cohort 2025–2027"  # on the example's as-of day
