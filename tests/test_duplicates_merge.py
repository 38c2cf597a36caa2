"""Possible duplicates, merging people and organizations, and a person's history."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz
from sqlalchemy import select

from cohortdesk.domain.duplicates import (
    SAME_EMAIL,
    SAME_NAME,
    SIMILAR,
    DuplicateIndex,
    LooseKeys,
    PersonFacts,
    loose_key,
    org_key,
    organization_pairs,
    person_pairs,
    sorted_words,
    strongest_person_pairs,
)
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import OrganizationData, PersonData
from cohortdesk.operations import OpInfo, perform_as, undo
from cohortdesk.services import archive, duplicates, history, merge, organizations, people
from cohortdesk.store import Store
from cohortdesk.store.models import Base, Cohort, CohortSession, Membership, Person
from cohortdesk.store.models.agenda import (
    ActionItem,
    AgendaItem,
    AgendaPresenter,
    BreakoutGroup,
    BreakoutMember,
    Note,
)
from cohortdesk.store.models.attendance import AttendanceAlias, Registration
from cohortdesk.store.models.breakouts import BreakoutRule
from cohortdesk.store.models.merges import PersonMerged
from cohortdesk.store.models.results import (
    AssistanceRequest,
    FrameworkResult,
    ProgressUpdate,
)

# -- the rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Zoe O'Brien", "Zoë OBrien"),
    ("ZOË O’BRIEN", "zoe o'brien"),
    ("Matías Núñez-Ortega", "matias nunez ortega"),
    ("Jean-Luc  Picard", "Jean Luc Picard"),
])
def test_names_fold_ignoring_case_accents_punctuation_and_spacing(a: str, b: str) -> None:
    assert loose_key(a) == loose_key(b)


def test_different_names_do_not_fold_together() -> None:
    assert loose_key("Zoe O'Brien") != loose_key("Zoe O'Brian")


def test_person_pairs_give_each_reason() -> None:
    facts = [
        PersonFacts(1, "Zoe", "O'Brien", email="zoe@work.example.org", organization_id=10),
        PersonFacts(2, "Zoë", "OBrien", email="zob@home.example.org"),
        PersonFacts(3, "Jon", "Smyth", organization_id=10),
        PersonFacts(4, "John", "Smyth", organization_id=11),
        PersonFacts(5, "Ana", "Lee", email=" ANA@Example.org "),
        PersonFacts(6, "Anna", "Leigh", email="ana@example.org"),
        PersonFacts(7, "John", "Smyth", organization_id=12),  # same name, far-away org
        PersonFacts(8, "Priya", "Raman", organization_id=10),
    ]
    orgs = [(10, "City of Tucson"), (11, "Tucson, City of"), (12, "King County")]
    found = {(p.first, p.second): p.reasons for p in person_pairs(facts, orgs)}
    assert found[(1, 2)] == (SAME_NAME,)
    assert found[(5, 6)] == (SAME_EMAIL,)
    assert found[(3, 4)] == (SIMILAR,)
    assert found[(4, 7)] == (SAME_NAME,)  # the same folded name is reason enough
    assert (3, 7) not in found  # similar, but nothing else in common
    assert not any(8 in pair for pair in found)


def test_the_strongest_pairs_come_first_and_all_are_counted() -> None:
    """Find duplicates lists the first pairs of a directory with over two million: they are
    the first of the full order (email, then name, then similar names by score), with every
    reason each pair has, and the count is of distinct pairs."""
    facts = [PersonFacts(k, "Maria", "Garcia", email=f"m{k % 3}@example.org",
                         organization_id=10 + k % 2) for k in range(1, 9)]
    facts += [PersonFacts(20, "Marta", "Garcia", organization_id=10),  # similar, same org
              PersonFacts(21, "Garcia", "Maria", organization_id=11),  # name reversed
              PersonFacts(22, "Mario", "Garcias", organization_id=12)]
    orgs = [(10, "City of Tucson"), (11, "Tucson, City of"), (12, "King County")]
    everything = person_pairs(facts, orgs)
    assert everything[0].reasons == (SAME_EMAIL, SAME_NAME, SIMILAR)
    assert {p.reason for p in everything} == {SAME_EMAIL, SAME_NAME, SIMILAR}
    assert len({(p.first, p.second) for p in everything}) == len(everything)
    for limit in (0, 1, 5, 12, 40, 1000):
        listed, total = strongest_person_pairs(facts, orgs, limit=limit)
        assert listed == everything[:limit]
        assert total == len(everything)


def test_organizations_with_the_same_words_in_another_order_are_one() -> None:
    assert org_key("City of Tucson") == org_key("Tucson, City of")
    pairs = organization_pairs([(1, "City of Tucson"), (2, "Tucson, City of"),
                                (3, "City of Tacoma"), (4, "King County")])
    assert [(p.first, p.second) for p in pairs] == [(1, 2)]


def test_an_import_row_finds_the_people_it_may_be() -> None:
    index = DuplicateIndex([PersonFacts(1, "Zoë", "O'Brien", email="zoe@example.org"),
                            PersonFacts(2, "Jonathan", "Smyth", organization_id=5)],
                           [(5, "City of Tacoma")])
    assert [m.person_id for m in index.matches(PersonFacts(0, "zoe", "o brien"))] == [1]
    assert index.matches(PersonFacts(0, "Z", "Q", email=" ZOE@example.org"))[0].reason == SAME_EMAIL
    similar = index.matches(PersonFacts(0, "Jonathon", "Smyth", organization="Tacoma, City of"))
    assert [(m.person_id, m.reason) for m in similar] == [(2, SIMILAR)]
    assert index.matches(PersonFacts(0, "Jonathon", "Smyth", organization="Pima County")) == []


# Names as people type them: accents, marks that NFKD splits off or not, other scripts,
# apostrophes, punctuation, spaces and case.
_NAME_PART = st.text(st.sampled_from(list("aZéÉñøßŁıΣσςдЖ李キ'’- .,_1\u0301\u00a0")) |
                     st.characters(), max_size=12)


@given(_NAME_PART, _NAME_PART, _NAME_PART)
def test_a_names_keys_are_its_parts_keys_joined(given_name: str, family: str,
                                                preferred: str) -> None:
    """LooseKeys folds each distinct part once; its keys must be the ones the whole name
    folds to, or an import would miss (or invent) a same-name duplicate."""
    person = PersonFacts(1, given_name, family, preferred)
    assert LooseKeys().of(person) == person.name_keys()


@given(st.lists(st.sampled_from(["city", "of", "tacoma", "tacomа", "king", "county", "Zoë",
                                 "o'brien", "jon", "john", "smyth", ""]), max_size=6),
       st.lists(st.sampled_from(["city", "of", "tacoma", "king", "county", "jon", "smyth",
                                 "zoe", "obrien"]), max_size=6))
def test_the_ratio_of_sorted_words_is_the_token_sort_ratio(a: list[str], b: list[str]) -> None:
    """Duplicate scoring sorts each name's words once and then uses the plain ratio."""
    first, second = " ".join(a), "  ".join(b)
    assert fuzz.ratio(sorted_words(first), sorted_words(second)) == \
        fuzz.token_sort_ratio(first, second)


# -- merging -------------------------------------------------------------------------------

def _archive(store: Store, path: Path) -> dict[str, object]:
    archive.export_archive(store, path)
    tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
    return {k: v for k, v in tables.items() if not k.startswith("op_")}


def _network(store: Store) -> dict[str, int]:
    """KEEP and OTHER, with OTHER referenced by a row of every kind there is."""
    # Someone added before both, so a breakout rule can name OTHER second (lower id first).
    before = people.create_person(store, PersonData(given_name="Ana", family_name="Alpha"))
    keep = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien",
                                                  email="zoe.obrien@example.org", title=""))
    other = people.create_person(store, PersonData(
        given_name="Zoe", family_name="OBrien", email="zob@home.example.org",
        title="Equity Program Manager", phone="555-0110", consent_share_contact=True))
    with store.change("Build network") as s:
        cohort = Cohort(name="Cohort A")
        s.add(cohort)
        s.flush()
        sessions = [CohortSession(cohort_id=cohort.id, title=f"Session {i}",
                                  starts_at=dt.datetime(2026, 3, i, 9)) for i in (1, 2, 3)]
        s.add_all(sessions)
        s.flush()
        s1, s2, s3 = (x.id for x in sessions)
        s.add_all([
            Membership(cohort_id=cohort.id, person_id=keep, role="member", stage="selected"),
            Membership(cohort_id=cohort.id, person_id=other, role="member", stage="active",
                       started_on=dt.date(2026, 1, 5)),
            # Both on Session 1: KEEP marked absent, OTHER checked in at the door.
            Registration(session_id=s1, person_id=keep, status="invited",
                         attendance="absent_unexcused", source="marked_absent"),
            Registration(session_id=s1, person_id=other, status="registered", attendance="present",
                         mode="in_person", checked_in_at=dt.datetime(2026, 3, 1, 9, 4),
                         source="check_in"),
            # Both on Session 2: KEEP present by hand, OTHER a brief Zoom visit.
            Registration(session_id=s2, person_id=keep, status="registered", attendance="present",
                         mode="remote", source="manual"),
            Registration(session_id=s2, person_id=other, status="registered", minutes=12,
                         source=""),
            Registration(session_id=s3, person_id=other, status="registered", attendance="late",
                         source="zoom", minutes=80),
            AttendanceAlias(name_key="zoe iphone", person_id=other),
            PersonMerged(person_id=other, merged_id=999, name="Zoe OB", email="zoe@old.example.org"),
        ])
        item = AgendaItem(session_id=s1, title="Welcome")
        s.add(item)
        s.flush()
        s.add_all([AgendaPresenter(item_id=item.id, person_id=other),
                   AgendaPresenter(item_id=item.id, person_id=keep)])
        group = BreakoutGroup(item_id=item.id, name="Table 1", facilitator_id=other)
        s.add(group)
        s.flush()
        s.add_all([BreakoutMember(group_id=group.id, person_id=other),
                   BreakoutMember(group_id=group.id, person_id=keep)])
        now = dt.datetime(2026, 3, 1, 12)
        s.add_all([
            Note(session_id=s1, author_id=other, body="Minutes", created_at=now, edited_at=now),
            ActionItem(raised_session_id=s1, description="Send the toolkit", owner_id=other,
                       created_at=now),
            FrameworkResult(cohort_id=cohort.id, person_id=other, statement="Housing is stable"),
            ProgressUpdate(cohort_id=cohort.id, person_id=other, on_date=dt.date(2026, 3, 2)),
            AssistanceRequest(cohort_id=cohort.id, person_id=other, need="Data help"),
        ])
        # Breakout rules name the lower id first: one with OTHER first, one with OTHER second,
        # and one between KEEP and OTHER, which a merge drops (one person has no pair).
        after = Person(given_name="Omar", family_name="Omega")
        s.add(after)
        s.flush()
        low, high = sorted((before, other))
        s.add_all([
            BreakoutRule(cohort_id=cohort.id, person_id=min(other, after.id),
                         other_id=max(other, after.id), rule="apart"),
            BreakoutRule(cohort_id=cohort.id, person_id=low, other_id=high, rule="together"),
            BreakoutRule(cohort_id=cohort.id, person_id=min(keep, other),
                         other_id=max(keep, other), rule="apart"),
        ])
    return {"keep": keep, "other": other, "cohort": cohort.id, "s1": s1, "s2": s2, "s3": s3}


def _pointing_at(store: Store, person_id: int) -> list[str]:
    found = []
    with store.read() as s:
        for ref in merge.references("person"):
            table = Base.metadata.tables[ref.table]
            count = len(s.execute(select(table.c.id).where(table.c[ref.column] == person_id)).all())
            if count:
                found.append(f"{ref.table}.{ref.column}")
    return found


def test_merge_moves_every_kind_of_reference_and_undo_restores_exactly(store: Store,
                                                                          tmp_path: Path) -> None:
    ids = _network(store)
    keep, other = ids["keep"], ids["other"]
    every = {f"{r.table}.{r.column}" for r in merge.references("person")}
    assert set(_pointing_at(store, other)) == every  # the fixture covers every kind
    before = _archive(store, tmp_path / "before.json")

    outcome = perform_as(store, OpInfo(source=merge.merge_source(other)), merge.merge_people,
                         keep, other, None)
    result = outcome.value
    assert _pointing_at(store, other) == []
    assert set(result.moved) | set(result.combined) == every
    assert result.combined == {"membership.person_id": 1, "registration.person_id": 2,
                               "agenda_presenter.person_id": 1, "breakout_member.person_id": 1}
    merged = people.get_person(store, keep)
    # KEEP's blank fields are filled from OTHER; KEEP's own values stay.
    assert (merged.email, merged.title, merged.phone, merged.consent_share_contact) == (
        "zoe.obrien@example.org", "Equity Program Manager", "555-0110", True)
    with pytest.raises(Exception, match="not in this workspace"):
        people.get_person(store, other)
    with store.read() as s:
        regs = {r.session_id: r for r in s.scalars(select(Registration).where(
            Registration.person_id == keep))}
        membership = s.scalars(select(Membership).where(Membership.person_id == keep)).one()
    # The stronger attendance wins: the door check-in over "marked absent"; present by hand
    # over a brief Zoom visit (whose minutes are kept).
    assert (regs[ids["s1"]].attendance, regs[ids["s1"]].source) == ("present", "check_in")
    assert regs[ids["s1"]].checked_in_at == dt.datetime(2026, 3, 1, 9, 4)
    assert regs[ids["s1"]].status == "registered"
    assert (regs[ids["s2"]].attendance, regs[ids["s2"]].source, regs[ids["s2"]].minutes) == (
        "present", "manual", 12)
    assert regs[ids["s3"]].attendance == "late"
    assert (membership.stage, membership.started_on) == ("active", dt.date(2026, 1, 5))

    # One operation, so one undo puts everything back, byte for byte in the archive.
    assert store.undo_label() == "Merge Zoe OBrien into Zoë O'Brien"
    undo(store)
    assert _archive(store, tmp_path / "after.json") == before


def test_merge_taking_fields_from_other_moves_the_email(store: Store) -> None:
    ids = _network(store)
    perform_as(store, OpInfo(source=merge.merge_source(ids["other"])), merge.merge_people,
               ids["keep"], ids["other"], ["email", "given_name"])
    merged = people.get_person(store, ids["keep"])
    assert (merged.given_name, merged.email, merged.title) == ("Zoe", "zob@home.example.org", "")


def test_merge_refuses_the_same_person_and_unknown_fields(store: Store) -> None:
    ids = _network(store)
    with pytest.raises(ValidationError):
        merge.merge_people(store, ids["keep"], ids["keep"])
    with pytest.raises(ValidationError, match="colour"):
        merge.merge_people(store, ids["keep"], ids["other"], ["colour"])


def test_merge_organizations_moves_people_and_assistance(store: Store, tmp_path: Path) -> None:
    keep = organizations.create_organization(store, OrganizationData(name="City of Tucson"))
    other = organizations.create_organization(store, OrganizationData(name="Tucson, City of",
                                                                      city="Tucson"))
    a = people.create_person(store, PersonData(given_name="Ana", organization_id=keep))
    b = people.create_person(store, PersonData(given_name="Ben", organization_id=other))
    with store.change("TA") as s:
        cohort = Cohort(name="C")
        s.add(cohort)
        s.flush()
        s.add(AssistanceRequest(cohort_id=cohort.id, person_id=a, need="x", partner_id=other))
    assert [(p.first_id, p.second_id) for p in duplicates.duplicate_organizations(store)] == [
        (keep, other)]
    before = _archive(store, tmp_path / "before.json")
    result = perform_as(store, OpInfo(source=merge.merge_source(other)),
                        merge.merge_organizations, keep, other, None).value
    assert result.moved == {"person.organization_id": 1,
                            "technical_assistance_request.partner_id": 1}
    assert people.get_person(store, b).organization_id == keep
    assert organizations.get_organization(store, keep).city == "Tucson"  # a blank filled
    undo(store)
    assert _archive(store, tmp_path / "after.json") == before


def test_duplicate_people_in_a_workspace(store: Store) -> None:
    a = people.create_person(store, PersonData(given_name="Zoe", family_name="O'Brien",
                                               email="zoe@work.example.org"))
    b = people.create_person(store, PersonData(given_name="Zoë", family_name="OBrien",
                                               email="zoe@home.example.org"))
    people.create_person(store, PersonData(given_name="Someone", family_name="Else"))
    found = duplicates.duplicate_people(store)
    assert [(p.first_id, p.second_id, p.reason) for p in found] == [(a, b, SAME_NAME)]
    assert (found[0].first_name, found[0].second_name) == ("Zoe O'Brien", "Zoë OBrien")


# -- history -------------------------------------------------------------------------------

def test_history_after_an_edit_and_a_merge_names_the_operation_and_source(store: Store) -> None:
    ids = _network(store)
    keep, other = ids["keep"], ids["other"]
    current = people.get_person(store, keep)
    perform_as(store, OpInfo(source="command line"), people.update_person, keep,
               PersonData(**{**{f: getattr(current, f) for f in PersonData.__dataclass_fields__},
                             "pronouns": "she/they"}))
    perform_as(store, OpInfo(source=merge.merge_source(other)), merge.merge_people, keep, other)
    found = history.person_history(store, keep)
    assert not found.trimmed and found.merged_ids[0] == other
    newest, edit = found.events[0], found.events[1]
    assert newest.source == f"merge with #{other}" and newest.operation.startswith("Merge")
    person_item = next(i for i in newest.items if i.subject == "Person")
    assert ("title", "", "Equity Program Manager") in {
        (c.field, c.old, c.new) for c in person_item.changes}
    assert any("Attendance: Session 3" in line for line in newest.lines)
    assert edit.source == "command line"
    assert [(c.label, c.old, c.new) for c in edit.items[0].changes] == [
        ("Pronouns", "", "she/they")]
    # The merged person's own history comes along: they were added too.
    assert any(i.subject == f"Person #{other} (merged)" and i.action == "insert"
               for e in found.events for i in e.items)


def test_history_says_when_older_changes_were_trimmed(store: Store) -> None:
    pid = people.create_person(store, PersonData(given_name="Ana"))
    assert not history.person_history(store, pid).trimmed
    with store.engine.begin() as conn:  # the journal forgot the person's creation
        conn.exec_driver_sql("DELETE FROM op_change")
        conn.exec_driver_sql("DELETE FROM op_entry")
    found = history.person_history(store, pid)
    assert found.trimmed and "500 operations or 90 days" in found.trim_note


def test_a_merged_persons_id_given_to_someone_new_is_not_their_history(store: Store) -> None:
    keep = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien"))
    other = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien"))
    perform_as(store, OpInfo(source=merge.merge_source(other)), merge.merge_people, keep, other)
    newcomer = people.create_person(store, PersonData(given_name="Sam", family_name="Whitfield"))
    assert newcomer == other  # SQLite hands the freed id out again
    found = history.person_history(store, keep)
    assert found.merged_ids == (other,)
    assert not any("Sam" in line for e in found.events for line in e.lines)
    assert [e.operation for e in found.events] == [
        "Merge Zoe OBrien into Zoë O'Brien", "Add Person Zoe OBrien", "Add Person Zoë O'Brien"]


def test_large_indexes_are_emptied_a_slice_at_a_time_whatever_their_kind() -> None:
    """Find duplicates lets go of its two million pairs a slice at a time (the window keeps
    painting meanwhile); every kind of container it holds ends up empty."""
    from cohortdesk.domain.release import SLICE, release_gradually

    pairs = {(a, a + 1) for a in range(3 * SLICE + 5)}
    scores = {pair: 90.0 for pair in pairs}
    ids = list(range(SLICE * 2))
    untouched = (1, 2, 3)
    release_gradually(pairs, scores, ids, untouched)
    assert (pairs, scores, ids, untouched) == (set(), {}, [], (1, 2, 3))


def test_a_change_that_lands_while_merging_is_merged_not_written_over(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # merge_people read both people, then wrote in a separate transaction: a change between
    # the two (a sync pulled on the worker) was written over with the values read before it.
    keep = people.create_person(store, PersonData(given_name="Zoë", family_name="O'Brien"))
    other = people.create_person(store, PersonData(given_name="Zoe", family_name="OBrien"))
    chosen = merge.default_take

    def meanwhile(*args: object) -> frozenset[str]:
        people.update_person(store, other, PersonData(given_name="Zoe", family_name="OBrien",
                                                      phone="555-0199"))
        return chosen(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "default_take", meanwhile)
    merge.merge_people(store, keep, other)
    assert people.get_person(store, keep).phone == "555-0199"


@pytest.mark.parametrize("kind", ["person", "organization"])
def test_a_merge_whose_shown_values_changed_is_refused_and_changes_nothing(
        store: Store, kind: str) -> None:
    from cohortdesk.domain.records import OrganizationData
    from cohortdesk.services import organizations

    if kind == "person":
        keep = people.create_person(store, PersonData(given_name="Ana", family_name="Ruiz"))
        other = people.create_person(store, PersonData(given_name="Ana", family_name="Ruíz",
                                                       title="Director"))
        read, fn = merge.person_values, merge.merge_people
    else:
        keep = organizations.create_organization(store, OrganizationData(name="City of Gary"))
        other = organizations.create_organization(store, OrganizationData(name="Gary, City of"))
        read, fn = merge.organization_values, merge.merge_organizations
    with store.read() as session:
        shown = (read(session, keep), read(session, other))
    if kind == "person":
        people.update_person(store, other, PersonData(given_name="Ana", family_name="Ruíz",
                                                      title="Chief Equity Officer"))
    else:
        organizations.update_organization(store, other, OrganizationData(
            name="Gary, City of", city="Gary"))
    with pytest.raises(ValidationError) as refused:
        fn(store, keep, other, [], shown=shown)
    assert refused.value.field == "merge" and "changed since" in refused.value.message
    with store.read() as session:  # both still there, as they were
        assert read(session, other)["name" if kind != "person" else "title"] in (
            "Gary, City of", "Chief Equity Officer")
    with store.read() as session:
        shown = (read(session, keep), read(session, other))
    assert fn(store, keep, other, [], shown=shown).other_id == other
