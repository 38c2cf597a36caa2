"""Breakout groups that mix people who have not met: the pure algorithm, no database.

    plan_groups(problem: BreakoutProblem) -> BreakoutPlan
    count_repeats(groups, met) -> int
    expected_by_chance(problem, draws=20) -> float

The problem names the people to place (`people`), how many open groups to fill
(`group_count`), the groups kept as given (`locked`), who are facilitators, each person's
organization, how often each pair already shared a breakout group (`met`) and the pairs to
keep together or apart.

The plan always places every person in exactly one open group, and the open groups' sizes
differ by at most 1. Facilitators are spread first, evenly: when there are at least as many
as groups, every group has one. Within those rules it lowers a cost, heaviest first:
    a "keep apart" pair in one group, a "keep together" pair split,
    a pair who met before (per earlier meeting), two people from one organization.
It builds groups greedily (each person joins the open group where they cost least), then
swaps pairs of people of the same kind (facilitator or not) while a swap lowers the cost.
Seeded: the same problem and seed give the same groups.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.validation import refusal

# More groups than people left (ValidationError key "breakouts: too few").
TOO_FEW = "{groups} groups need at least {groups} people; {left} are left to place."

Pair = tuple[int, int]

APART_WEIGHT = 10_000.0
TOGETHER_WEIGHT = -10_000.0
MET_WEIGHT = 10.0
SAME_ORG_WEIGHT = 4.0
MAX_PASSES = 8
MAX_STARTS = 12
WORK_PER_PLAN = 60_000


def pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


@dataclass(frozen=True)
class BreakoutProblem:
    people: Sequence[int]
    group_count: int
    locked: Sequence[Sequence[int]] = ()
    facilitators: frozenset[int] = frozenset()
    organization: Mapping[int, int | None] = field(default_factory=dict)
    met: Mapping[Pair, int] = field(default_factory=dict)
    together: Sequence[Pair] = ()
    apart: Sequence[Pair] = ()
    seed: int = 0


@dataclass(frozen=True)
class BreakoutPlan:
    groups: tuple[tuple[int, ...], ...]   # open groups, each facilitator first
    locked: tuple[tuple[int, ...], ...]
    facilitators: tuple[int | None, ...]  # per open group
    repeat_pairs: int                     # over every group, locked ones too
    expected_by_chance: float
    same_organization_pairs: int
    together_split: tuple[Pair, ...]
    apart_joined: tuple[Pair, ...]

    @property
    def all_groups(self) -> tuple[tuple[int, ...], ...]:
        return self.locked + self.groups


def group_sizes(total: int, groups: int) -> list[int]:
    base, extra = divmod(total, groups)
    return [base + 1 if g < extra else base for g in range(groups)]


def groups_for_size(total: int, size: int) -> int:
    """How many groups of at most `size` people hold `total`, sizes differing by at most 1."""
    if size < 1:
        raise ValidationError("size", "A group needs room for at least one person.")
    return max(1, -(-total // size))


def count_repeats(groups: Iterable[Sequence[int]], met: Mapping[Pair, int]) -> int:
    """Pairs in one group who already shared a breakout group (each pair once)."""
    if not met:
        return 0
    n = 0
    for g in groups:
        for i, a in enumerate(g):
            for b in g[i + 1:]:
                if pair(a, b) in met:
                    n += 1
    return n


def _pool(problem: BreakoutProblem) -> list[int]:
    locked = {p for g in problem.locked for p in g}
    return [p for p in dict.fromkeys(problem.people) if p not in locked]


def random_groups(problem: BreakoutProblem, rng: random.Random) -> list[list[int]]:
    """A random draw of the open groups with the plan's sizes (the baseline)."""
    pool = _pool(problem)
    rng.shuffle(pool)
    out, start = [], 0
    for size in group_sizes(len(pool), problem.group_count):
        out.append(pool[start:start + size])
        start += size
    return out


def expected_by_chance(problem: BreakoutProblem, draws: int = 20) -> float:
    """Mean repeat pairs of `draws` random draws (seeded by the problem's seed)."""
    rng = random.Random(f"chance-{problem.seed}")
    locked = [list(g) for g in problem.locked]
    total = sum(count_repeats(locked + random_groups(problem, rng), problem.met)
                for _ in range(draws))
    return round(total / draws, 2)


def _check(problem: BreakoutProblem, pool: list[int]) -> None:
    if problem.group_count < 1:
        raise ValidationError("groups", "Make at least one group.")
    if not pool:
        raise ValidationError("people", "No one is left to place in a group.")
    if problem.group_count > len(pool):
        raise refusal("groups", "breakouts: too few", TOO_FEW, groups=problem.group_count,
                      left=len(pool))


class _Search:
    """The groups being built, with each person's cost toward each group kept up to date."""

    def __init__(self, problem: BreakoutProblem, pool: list[int]) -> None:
        self.ids = pool
        index = {p: i for i, p in enumerate(pool)}
        self.n, self.g = len(pool), problem.group_count
        weights: list[dict[int, float]] = [defaultdict(float) for _ in pool]

        def add(a: int, b: int, w: float) -> None:
            if a != b and a in index and b in index:
                ia, ib = index[a], index[b]
                weights[ia][ib] += w
                weights[ib][ia] += w

        for (a, b), times in problem.met.items():
            add(a, b, MET_WEIGHT * times)
        by_org: dict[int, list[int]] = defaultdict(list)
        for p in pool:
            org = problem.organization.get(p)
            if org is not None:
                by_org[org].append(p)
        for members in by_org.values():
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    add(a, b, SAME_ORG_WEIGHT)
        for a, b in problem.apart:
            add(a, b, APART_WEIGHT)
        for a, b in problem.together:
            add(a, b, TOGETHER_WEIGHT)
        self.w = [dict(d) for d in weights]
        self.fac = [p in problem.facilitators for p in pool]
        self.reset()

    def reset(self) -> None:
        self.where = [-1] * self.n
        self.cost = [[0.0] * self.g for _ in range(self.n)]  # cost[i][g]: i's weight toward g

    def total(self) -> float:
        return sum(self.cost[i][self.where[i]] for i in range(self.n)) / 2

    def place(self, i: int, g: int) -> None:
        self.where[i] = g
        cost = self.cost
        for j, w in self.w[i].items():
            cost[j][g] += w

    def move(self, i: int, src: int, dst: int) -> None:
        self.where[i] = dst
        cost = self.cost
        for j, w in self.w[i].items():
            cost[j][src] -= w
            cost[j][dst] += w

    def build(self, rng: random.Random) -> None:
        nfac = sum(self.fac)
        fac_slots = group_sizes(nfac, self.g)
        sizes = group_sizes(self.n, self.g)  # the larger groups are those with more facilitators
        other_slots = [s - f for s, f in zip(sizes, fac_slots, strict=True)]
        order = list(range(self.n))
        rng.shuffle(order)
        order.sort(key=lambda i: not self.fac[i])  # facilitators first, stable otherwise
        for i in order:
            slots = fac_slots if self.fac[i] else other_slots
            row = self.cost[i]
            best, best_key = -1, (0.0, 0.0, 0.0)
            for g in range(self.g):
                if slots[g] <= 0:
                    continue
                key = (row[g], -slots[g], rng.random())
                if best < 0 or key < best_key:
                    best, best_key = g, key
            slots[best] -= 1
            self.place(i, best)

    def improve(self, rng: random.Random) -> None:
        cost, where, w, fac = self.cost, self.where, self.w, self.fac
        for _ in range(MAX_PASSES):
            changed = False
            # Only someone who would cost less in another group can start a useful swap.
            todo = [i for i in range(self.n) if cost[i][where[i]] > min(cost[i])]
            rng.shuffle(todo)
            for x in todo:
                a = where[x]
                cx = cost[x]
                if cx[a] <= min(cx):
                    continue
                best_delta, best_y = -1e-9, -1
                wx = w[x]
                for y in range(self.n):
                    b = where[y]
                    if b == a or fac[y] != fac[x]:
                        continue
                    cy = cost[y]
                    delta = cx[b] - cx[a] + cy[a] - cy[b] - 2 * wx.get(y, 0.0)
                    if delta < best_delta:
                        best_delta, best_y = delta, y
                if best_y >= 0:
                    b = where[best_y]
                    self.move(x, a, b)
                    self.move(best_y, b, a)
                    changed = True
            if not changed:
                return

    def groups(self) -> list[list[int]]:
        out: list[list[int]] = [[] for _ in range(self.g)]
        for i in range(self.n):
            out[self.where[i]].append(i)
        return [[self.ids[i] for i in sorted(g, key=lambda i: (not self.fac[i], self.ids[i]))]
                for g in out]


def plan_groups(problem: BreakoutProblem, *, chance_draws: int = 20) -> BreakoutPlan:
    pool = _pool(problem)
    _check(problem, pool)
    rng = random.Random(f"plan-{problem.seed}")
    search = _Search(problem, pool)
    best: tuple[float, list[list[int]]] | None = None
    # Greedy building plus swaps stops at a local best; small problems try a few starts.
    starts = max(1, min(MAX_STARTS, WORK_PER_PLAN // (len(pool) * problem.group_count)))
    for _ in range(starts):
        search.reset()
        search.build(rng)
        search.improve(rng)
        total = search.total()
        if best is None or total < best[0]:
            best = (total, search.groups())
    assert best is not None
    fac_set = set(problem.facilitators)
    groups = best[1]
    locked = [list(g) for g in problem.locked]
    everyone = locked + groups
    where = {p: n for n, g in enumerate(everyone) for p in g}
    orgs = problem.organization
    same_org = sum(
        1 for g in groups for i, a in enumerate(g) for b in g[i + 1:]
        if orgs.get(a) is not None and orgs.get(a) == orgs.get(b))
    split = tuple(sorted(pair(a, b) for a, b in problem.together
                         if a in where and b in where and where[a] != where[b]))
    joined = tuple(sorted(pair(a, b) for a, b in problem.apart
                          if a in where and b in where and where[a] == where[b]))
    return BreakoutPlan(
        groups=tuple(tuple(g) for g in groups),
        locked=tuple(tuple(g) for g in locked),
        facilitators=tuple(g[0] if g and g[0] in fac_set else None for g in groups),
        repeat_pairs=count_repeats(everyone, problem.met),
        expected_by_chance=expected_by_chance(problem, chance_draws),
        same_organization_pairs=same_org,
        together_split=split,
        apart_joined=joined,
    )
