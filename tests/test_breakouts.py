"""Breakout generation (issue 20): invariants on random cohorts, repeats against chance,
rules, facilitators, locked groups, saving as one undoable step, and the command line."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cohortdesk.domain import breakouts as algo
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import agenda, breakouts
from cohortdesk.store import Store
from cohortdesk.store.models import Cohort, CohortSession, Membership, Organization, Person
from cohortdesk.store.models.agenda import AgendaItem, BreakoutGroup, BreakoutMember
from cohortdesk.store.models.attendance import Registration
from tests.test_cli import cli

# -- the algorithm on random cohorts -------------------------------------------------------


def random_history(people: list[int], sessions: int, size: int, rng: random.Random
                   ) -> dict[algo.Pair, int]:
    met: dict[algo.Pair, int] = {}
    for _ in range(sessions):
        order = people[:]
        rng.shuffle(order)
        for start in range(0, len(order), size):
            group = order[start:start + size]
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    met[algo.pair(a, b)] = met.get(algo.pair(a, b), 0) + 1
    return met


@st.composite
def problems(draw: st.DrawFn) -> algo.BreakoutProblem:
    n = draw(st.integers(1, 60))
    people = list(range(1, n + 1))
    groups = draw(st.integers(1, n))
    rng = random.Random(draw(st.integers(0, 10_000)))
    orgs = {p: (rng.randrange(draw(st.integers(1, 12))) if rng.random() < 0.8 else None)
            for p in people}
    facilitators = frozenset(p for p in people if rng.random() < draw(st.floats(0, 0.4)))
    met = random_history(people, draw(st.integers(0, 4)), draw(st.integers(2, 8)), rng)
    pairs = [algo.pair(*rng.sample(people, 2)) for _ in range(draw(st.integers(0, 4)))] \
        if n >= 2 else []
    half = len(pairs) // 2
    return algo.BreakoutProblem(people=people, group_count=groups, facilitators=facilitators,
                                organization=orgs, met=met, together=pairs[:half],
                                apart=pairs[half:], seed=draw(st.integers(0, 99)))


@settings(max_examples=150, deadline=None)
@given(problems())
def test_everyone_in_exactly_one_group_sizes_within_one(problem: algo.BreakoutProblem) -> None:
    plan = algo.plan_groups(problem, chance_draws=3)
    placed = [p for g in plan.groups for p in g]
    assert sorted(placed) == sorted(problem.people)
    assert len(plan.groups) == problem.group_count
    sizes = [len(g) for g in plan.groups]
    assert max(sizes) - min(sizes) <= 1
    assert plan.repeat_pairs == algo.count_repeats(plan.groups, problem.met)
    # Facilitators are spread evenly: every group has one when there are enough.
    per_group = [sum(p in problem.facilitators for p in g) for g in plan.groups]
    assert max(per_group) - min(per_group) <= 1
    if len(problem.facilitators) >= problem.group_count:
        assert all(plan.facilitators)
    for g, fac in zip(plan.groups, plan.facilitators, strict=True):
        assert fac is None or (g[0] == fac and fac in problem.facilitators)
    # Same problem, same seed: the same groups.
    assert algo.plan_groups(problem, chance_draws=3).groups == plan.groups


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 6), st.integers(0, 50), st.integers(1, 3))
def test_repeats_at_most_half_of_a_random_draw(seed: int, size: int, more: int,
                                               sessions: int) -> None:
    # At least as many groups as an earlier group had people, so each earlier group can be
    # spread over the new ones (with fewer, pigeonholes force repeats a random draw also has),
    # and each person has met at most 40% of the others.
    n = size * size + more
    sessions = min(sessions, int(0.4 * (n - 1)) // (size - 1))
    rng = random.Random(seed)
    people = list(range(1, n + 1))
    met = random_history(people, max(sessions, 1), size, rng)
    problem = algo.BreakoutProblem(people=people, group_count=algo.groups_for_size(n, size),
                                   met=met, seed=seed)
    plan = algo.plan_groups(problem)
    assert plan.expected_by_chance > 0
    assert plan.repeat_pairs <= plan.expected_by_chance / 2


def test_expected_by_chance_is_the_mean_of_seeded_random_draws() -> None:
    people = list(range(1, 41))
    met = random_history(people, 4, 5, random.Random(7))
    problem = algo.BreakoutProblem(people=people, group_count=8, met=met, seed=3)
    rng = random.Random("chance-3")
    draws = [algo.count_repeats(algo.random_groups(problem, rng), met) for _ in range(20)]
    assert algo.expected_by_chance(problem) == round(sum(draws) / 20, 2)
    assert algo.expected_by_chance(problem) == algo.expected_by_chance(problem)


def test_rules_and_organizations_honoured_when_possible() -> None:
    people = list(range(1, 31))
    orgs = {p: p % 6 for p in people}  # six organizations of five people, six groups
    together = [(1, 2), (3, 4), (10, 20)]
    apart = [(5, 6), (7, 8), (11, 12)]
    problem = algo.BreakoutProblem(people=people, group_count=6, organization=orgs,
                                   together=together, apart=apart, seed=1)
    plan = algo.plan_groups(problem)
    where = {p: n for n, g in enumerate(plan.groups) for p in g}
    assert all(where[a] == where[b] for a, b in together)
    assert all(where[a] != where[b] for a, b in apart)
    assert plan.together_split == () and plan.apart_joined == ()
    # The kept-together pairs are colleagues only where the rule asks it (10 and 20 share org 4).
    assert plan.same_organization_pairs <= 1


def test_locked_groups_kept_and_the_rest_regenerated() -> None:
    people = list(range(1, 21))
    problem = algo.BreakoutProblem(people=people, group_count=3, locked=((1, 2, 3), (4, 5)),
                                   seed=2)
    plan = algo.plan_groups(problem)
    assert plan.locked == ((1, 2, 3), (4, 5))
    assert sorted(p for g in plan.groups for p in g) == list(range(6, 21))
    assert sorted(len(g) for g in plan.groups) == [5, 5, 5]


def test_more_groups_than_people_is_refused() -> None:
    with pytest.raises(ValidationError):
        algo.plan_groups(algo.BreakoutProblem(people=[1, 2], group_count=3))


# -- the service on a real workspace -------------------------------------------------------


def build_cohort(store: Store, *, members: int = 24, facilitators: int = 3, earlier: int = 3,
                 size: int = 4, seed: int = 5) -> dict[str, object]:
    """A cohort with `earlier` held sessions, each with random breakout groups, and a new one
    everyone is registered for."""
    rng = random.Random(seed)
    with store.bulk("test cohort") as s:
        orgs = [Organization(name=f"City {k}", kind="city") for k in range(6)]
        s.add_all(orgs)
        cohort = Cohort(name="Test cohort")
        s.add(cohort)
        s.flush()
        people = []
        for k in range(members + facilitators):
            p = Person(given_name=f"P{k}", family_name="Test",
                       organization_id=orgs[k % 6].id if k < members else None)
            s.add(p)
            s.flush()
            role = "member" if k < members else "facilitator"
            s.add(Membership(cohort_id=cohort.id, person_id=p.id, role=role))
            people.append(p.id)
        sessions = []
        start = dt.datetime(2026, 1, 6, 9, 0)
        for n in range(earlier + 1):
            row = CohortSession(cohort_id=cohort.id, title=f"Session {n + 1}",
                                starts_at=start + dt.timedelta(days=30 * n))
            s.add(row)
            s.flush()
            sessions.append(row.id)
            item = AgendaItem(session_id=row.id, kind="breakout", title="Breakouts")
            s.add(item)
            s.flush()
            if n == earlier:
                for pid in people:
                    s.add(Registration(session_id=row.id, person_id=pid, status="registered"))
                break
            order = people[:members]
            rng.shuffle(order)
            for g, at in enumerate(range(0, members, size)):
                group = BreakoutGroup(item_id=item.id, name=f"G{g}", position=g)
                s.add(group)
                s.flush()
                for pid in order[at:at + size]:
                    s.add(BreakoutMember(group_id=group.id, person_id=pid))
    return {"cohort": cohort.id, "people": people, "sessions": sessions,
            "members": people[:members], "facilitators": people[members:]}


def test_generate_reads_history_roles_and_rules_from_the_workspace(store: Store) -> None:
    made = build_cohort(store)
    sid = made["sessions"][-1]  # type: ignore[index]
    a, b, c, d = made["members"][:4]  # type: ignore[index, misc]
    breakouts.add_rule(store, made["cohort"], a, b, "together")  # type: ignore[arg-type]
    breakouts.add_rule(store, made["cohort"], c, d, "apart", "supervisor")  # type: ignore[arg-type]
    gen = breakouts.generate(store, sid, groups=6)
    groups = gen.groups
    assert sorted(p for g in groups for p in g) == sorted(made["people"])  # type: ignore[arg-type]
    assert max(map(len, groups)) - min(map(len, groups)) <= 1
    facs = [f for f in gen.plan.facilitators if f is not None]
    assert sorted(facs) == sorted(made["facilitators"])  # type: ignore[arg-type]
    where = {p: n for n, g in enumerate(groups) for p in g}
    assert where[a] == where[b] and where[c] != where[d]
    assert gen.plan.expected_by_chance > 0
    assert gen.plan.repeat_pairs <= gen.plan.expected_by_chance / 2
    assert [r.rule.value for r in breakouts.list_rules(store, made["cohort"])] == [  # type: ignore[arg-type]
        "together", "apart"]


def test_save_is_one_undoable_step_and_prints_per_group(store: Store) -> None:
    made = build_cohort(store)
    sid: int = made["sessions"][-1]  # type: ignore[index]
    gen = breakouts.generate(store, sid, size=9)
    item_id = breakouts.save(store, gen)
    assert store.undo_label() == "Generate Breakout Groups"
    timed = agenda.timed_agenda(store, sid)
    item = next(i for i in timed.items if i.id == item_id)
    assert len(item.groups) == 3
    for record, people in zip(item.groups, gen.plan.groups, strict=True):
        ids = [m.person_id for m in record.members]
        assert record.facilitator_id == people[0]
        assert sorted(ids) == sorted(people[1:])
    # Lock the first group, regenerate the rest: the first stays as it was.
    first = item.groups[0]
    breakouts.set_locked(store, first.id, True)
    again = breakouts.generate(store, sid, groups=3, seed=99)
    assert again.plan.locked[0][0] == first.facilitator_id
    breakouts.save(store, again)
    after = next(i for i in agenda.timed_agenda(store, sid).items if i.id == item_id)
    assert after.groups[0] == first
    store.undo()
    store.undo()  # the lock
    store.undo()  # the first save
    groups = next(i for i in agenda.timed_agenda(store, sid).items if i.id == item_id).groups
    assert groups == ()


def test_save_adds_a_breakout_item_when_the_session_has_none(example_store: Store) -> None:
    with example_store.read() as s:
        s.query(Registration).count()
    sid = 3  # the webinar: no breakout item
    assert not any(i.kind.value == "breakout" for i in agenda.timed_agenda(example_store, sid).items)
    from cohortdesk.services import attendance

    attendance.invite_cohort(example_store, sid)
    with example_store.change("register all") as s:
        for r in s.query(Registration).filter(Registration.session_id == sid):
            r.status = "registered"
    gen = breakouts.generate(example_store, sid, groups=2)
    item_id = breakouts.save(example_store, gen)
    item = next(i for i in agenda.timed_agenda(example_store, sid).items if i.id == item_id)
    assert item.title == "Breakout groups" and [g.name for g in item.groups] == ["Group 1",
                                                                                  "Group 2"]


def test_no_one_registered_is_a_plain_error(example_store: Store) -> None:
    with example_store.change("drop registrations") as s:
        s.query(Registration).filter(Registration.session_id == 3).delete()
    with pytest.raises(ValidationError, match="No one is registered"):
        breakouts.generate(example_store, 3, groups=2)


def test_cli_generate_json_and_save(tmp_path: Path, isolated_home: Path) -> None:
    ws = str(tmp_path / "net.cohortdesk")
    with Store.open(Path(ws)) as store:
        made = build_cohort(store)
    sid = str(made["sessions"][-1])  # type: ignore[index]
    out = cli("breakouts", "generate", "--session", sid, "--groups", "4", "--json",
              "--workspace", ws, home=isolated_home)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"groups", "repeat_pairs", "expected_by_chance"} <= set(data)
    assert sorted(p for g in data["groups"] for p in g) == sorted(made["people"])  # type: ignore[arg-type]
    saved = cli("breakouts", "generate", "--session", sid, "--groups", "4", "--save",
                "--workspace", ws, home=isolated_home)
    assert saved.returncode == 0, saved.stderr
    assert "Saved on agenda item" in saved.stdout
    shown = json.loads(cli("agenda", "show", sid, "--json", "--workspace", ws,
                           home=isolated_home).stdout)
    assert [len(g["members"]) for i in shown["items"] for g in i["groups"]] != []
    bad = cli("breakouts", "generate", "--session", sid, "--groups", "99", "--workspace", ws,
              home=isolated_home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_regenerating_keeps_the_groups_facilitators(example_store: Store) -> None:
    # The roundtable's groups are facilitated by two people not registered for it: generating
    # again dropped both, placed nowhere, without a word.
    item = next(i for i in agenda.timed_agenda(example_store, 2).items
                if i.kind.value == "breakout")
    before = [g.facilitator for g in item.groups]
    assert len([f for f in before if f]) == 2
    breakouts.save(example_store, breakouts.generate(example_store, 2, groups=len(item.groups),
                                                     item_id=item.id))
    after = next(i for i in agenda.timed_agenda(example_store, 2).items if i.id == item.id)
    assert sorted(g.facilitator for g in after.groups) == sorted(before)
