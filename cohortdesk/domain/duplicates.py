"""Possible duplicates among people and organizations, free of the store.

Two people may be one when their names fold to the same string (case, accents, punctuation
and spacing ignored: "Zoe O'Brien" = "Zoë OBrien"), when their emails match after
normalising case and surrounding space, or when both name and organization are very similar
(rapidfuzz, "Jon Smyth, City of Tacoma" ~ "John Smyth, Tacoma City"). Two organizations may
be one when their words are the same in any order ("City of Tucson" = "Tucson, City of") or
very similar.

Comparing every pair would not scale to a large workspace: exact keys are grouped in a dict,
and the fuzzy comparison runs only within one organization (or organizations that are
themselves possible duplicates), with rapidfuzz's C implementation doing the scoring.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, repeat

from rapidfuzz import fuzz, process

from cohortdesk.domain.progress import ticking
from cohortdesk.domain.release import release_gradually
from cohortdesk.domain.text import fold

SAME_NAME = "same name"
SAME_EMAIL = "same email"
SIMILAR = "similar name and organization"
SIMILAR_ORG = "similar name"

# rapidfuzz scores run 0-100. Names must be very close; the organization a little less so
# ("City of Tacoma" vs "Tacoma").
NAME_SCORE = 88.0
ORG_SCORE = 85.0
ORG_DUPLICATE_SCORE = 92.0

_NOT_ALNUM = re.compile(r"[\W_]+")
# Words that say what kind of body an organization is, not which one.
_ORG_FILLER = frozenset({"of", "the", "and"})


def loose_key(text: str) -> str:
    """Letters and digits only, accents and case folded: "Zoë O'Brien" -> "zoeobrien"."""
    return _NOT_ALNUM.sub("", fold(text).replace("'", "").replace("’", ""))


def name_words(text: str) -> str:
    """Folded words without punctuation, spaced: "Zoë O'Brien" -> "zoe obrien"."""
    folded = fold(text).replace("'", "").replace("’", "")
    return " ".join(_NOT_ALNUM.sub(" ", folded).split())


def org_key(name: str) -> str:
    """An organization's words in order, filler dropped: "Tucson, City of" -> "city tucson"."""
    words = [w for w in name_words(name).split() if w not in _ORG_FILLER]
    return " ".join(sorted(words))


def sorted_words(text: str) -> str:
    """The words of `text` in sorted order, one space apart: what rapidfuzz's token_sort_ratio
    compares. Texts sorted once can then be scored with the plain ratio, which is the same
    score without splitting and sorting both texts again for every pair (5x faster)."""
    return " ".join(sorted(text.split()))


class LooseKeys:
    """`loose_key` of many names, each distinct name part folded once.

    A directory repeats its given and family names thousands of times, and a name's key is
    its parts' keys joined, since folding and dropping punctuation work letter by letter
    (tests/test_duplicates.py checks it): "Zoë" + "O'Brien" -> "zoe" + "obrien"."""

    def __init__(self) -> None:
        self._parts: dict[str, str] = {}

    def part(self, text: str) -> str:
        key = self._parts.get(text)
        if key is None:
            key = self._parts[text] = loose_key(text)
        return key

    def of(self, person: PersonFacts) -> set[str]:
        """The same keys as `person.name_keys()`."""
        family = self.part(person.family_name)
        keys = set()
        for first in {person.given_name, person.preferred_name} - {""}:
            given = self.part(first)
            keys.add(given + family)
            keys.add(family + given)
        if not person.given_name and not person.preferred_name:
            keys.add(family)
        return keys - {""}


def normalize_email(email: str | None) -> str:
    return (email or "").strip().lower()


@dataclass(frozen=True)
class PersonFacts:
    """What duplicate detection needs to know about one person (or one import row)."""

    id: int
    given_name: str
    family_name: str
    preferred_name: str = ""
    email: str = ""
    organization_id: int | None = None
    organization: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.preferred_name or self.given_name, self.family_name) if p)

    def name_keys(self) -> set[str]:
        """Every way the name folds: given or preferred name with the family name, either order."""
        keys = set()
        for first in {self.given_name, self.preferred_name} - {""}:
            keys.add(loose_key(f"{first}{self.family_name}"))
            keys.add(loose_key(f"{self.family_name}{first}"))
        if not self.given_name and not self.preferred_name:
            keys.add(loose_key(self.family_name))
        return keys - {""}

    def fuzzy_name(self) -> str:
        return name_words(f"{self.given_name} {self.family_name}")

    def sorted_name(self) -> str:
        """`fuzzy_name` with its words sorted (see `sorted_words`)."""
        return sorted_words(self.fuzzy_name())


@dataclass(frozen=True)
class Pair:
    """Two records that may be one, and why (the reasons, strongest first)."""

    first: int
    second: int
    reasons: tuple[str, ...]
    score: float  # 100 for an exact key; the name similarity otherwise

    @property
    def reason(self) -> str:
        return self.reasons[0]


def _add(found: dict[tuple[int, int], tuple[list[str], float]], a: int, b: int, reason: str,
         score: float) -> None:
    if a == b:
        return
    key = (a, b) if a < b else (b, a)
    reasons, best = found.setdefault(key, ([], 0.0))
    if reason not in reasons:
        reasons.append(reason)
    found[key] = (reasons, max(best, score))


_ORDER = {SAME_EMAIL: 0, SAME_NAME: 1, SIMILAR: 2, SIMILAR_ORG: 3}


def _pairs(found: dict[tuple[int, int], tuple[list[str], float]]) -> list[Pair]:
    out = [Pair(a, b, tuple(sorted(reasons, key=lambda r: _ORDER.get(r, 9))), score)
           for (a, b), (reasons, score) in found.items()]
    out.sort(key=lambda p: (_ORDER.get(p.reason, 9), -p.score, p.first, p.second))
    return out


def org_clusters(orgs: Iterable[tuple[int, str]]) -> dict[int, int]:
    """Organization id -> the id of its cluster: possible duplicates share one."""
    listed = list(orgs)
    parent = {oid: oid for oid, _ in listed}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in organization_pairs(listed):
        ra, rb = root(pair.first), root(pair.second)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {oid: root(oid) for oid, _ in listed}


def _similar(texts: Sequence[str], cutoff: float) -> Iterable[tuple[int, int, float]]:
    """(i, j, score) for each i < j whose texts score at least `cutoff` by token_sort_ratio.
    The texts come with their words sorted already (`sorted_words`), so the ratio is that
    score."""
    for i in range(len(texts) - 1):
        rest = texts[i + 1:]
        for _text, score, k in process.extract(texts[i], rest, scorer=fuzz.ratio,
                                                score_cutoff=cutoff, limit=None):
            yield i, i + 1 + k, float(score)


def organization_pairs(orgs: Sequence[tuple[int, str]]) -> list[Pair]:
    """Organizations whose names may be one: same words in any order, or very similar."""
    found: dict[tuple[int, int], tuple[list[str], float]] = {}
    by_key: dict[str, list[int]] = {}
    for oid, name in orgs:
        key = org_key(name)
        if key:
            by_key.setdefault(key, []).append(oid)
    for ids in by_key.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                _add(found, a, b, SAME_NAME, 100.0)
    # One representative per exact key; the fuzzy pass compares the keys.
    keys = list(by_key)
    for i, j, score in _similar(keys, ORG_DUPLICATE_SCORE):
        for a in by_key[keys[i]]:
            for b in by_key[keys[j]]:
                _add(found, a, b, SIMILAR_ORG, score)
    return _pairs(found)


def person_pairs(people: Sequence[PersonFacts], orgs: Sequence[tuple[int, str]] = (),
                 tick: Callable[[], None] | None = None) -> list[Pair]:
    """People who may be one person, each pair once with every reason that applies. `tick()`
    is called now and then, so that a Cancel reaches a long comparison."""
    return strongest_person_pairs(people, orgs, tick)[0]


def strongest_person_pairs(people: Sequence[PersonFacts],
                           orgs: Sequence[tuple[int, str]] = (),
                           tick: Callable[[], None] | None = None,
                           limit: int | None = None) -> tuple[list[Pair], int]:
    """The first `limit` pairs of `person_pairs` (None: all) and how many there are in all.

    A name shared by a few hundred people in a large directory makes tens of thousands of
    pairs, and a directory of 100,000 over two million. Each kind of pair is kept as a set
    of (id, id) filled by C code, and only the pairs listed become `Pair`s."""
    by_email: dict[str, list[int]] = {}
    by_name: dict[str, list[int]] = {}
    loose = LooseKeys()
    for p in people:
        email = normalize_email(p.email)
        if email:
            by_email.setdefault(email, []).append(p.id)
        for key in loose.of(p):
            by_name.setdefault(key, []).append(p.id)
    same_email = _group_pairs(by_email.values(), tick)
    same_name = _group_pairs(by_name.values(), tick)
    similar = _similar_people(people, orgs, tick)

    def reasons(pair: tuple[int, int]) -> tuple[tuple[str, ...], float]:
        found = tuple(reason for reason, kind in ((SAME_EMAIL, same_email),
                                                   (SAME_NAME, same_name), (SIMILAR, similar))
                      if pair in kind)
        exact = pair in same_email or pair in same_name
        return found, 100.0 if exact else similar[pair]

    # Strongest first: same email, then same name (both score 100), then similar names by
    # score; ties by the ids. Each kind lists only the pairs no stronger kind holds.
    name_only = same_name.without(same_email)
    similar_only = ((-score, pair) for pair, score in similar.items()
                    if pair not in same_email and pair not in same_name)
    listed: list[tuple[int, int]] = []
    for kind in (same_email, name_only):
        room = None if limit is None else limit - len(listed)
        listed += sorted(kind) if room is None else heapq.nsmallest(room, kind)
    room = None if limit is None else limit - len(listed)
    listed += [pair for _score, pair in (sorted(similar_only) if room is None
                                          else heapq.nsmallest(room, similar_only))]
    total = (len(same_email) + len(same_name) - same_name.count_common(same_email)
             + sum(1 for pair in similar if pair not in same_email and pair not in same_name))
    pairs = [Pair(a, b, *reasons((a, b))) for a, b in listed]
    # Two million pairs freed at once would hold the window for a third of a second.
    same_email.release()
    same_name.release()
    release_gradually(similar, by_email, by_name)
    return pairs, total


class PairSet:
    """(lower id, higher id) pairs, kept as many small sets by the lower id.

    One set of two million pairs grows by copying itself whole into a table twice the size:
    one C call that holds the interpreter lock, and the window stopped for 0.3 s as it did.
    Small sets grow a few thousand entries at a time."""

    __slots__ = ("_sets",)
    SHIFT = 8  # 256 lower ids to a set

    def __init__(self) -> None:
        self._sets: dict[int, set[tuple[int, int]]] = {}

    def add_each(self, first: int, seconds: Sequence[int]) -> None:
        """Add (first, second) for each second, in one C call."""
        bucket = self._sets.get(first >> self.SHIFT)
        if bucket is None:
            bucket = self._sets[first >> self.SHIFT] = set()
        bucket.update(zip(repeat(first), seconds))

    def __contains__(self, pair: object) -> bool:
        if not isinstance(pair, tuple):
            return False
        bucket = self._sets.get(pair[0] >> self.SHIFT)
        return bucket is not None and pair in bucket

    def __len__(self) -> int:
        return sum(map(len, self._sets.values()))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return chain.from_iterable(self._sets.values())

    def without(self, other: PairSet) -> Iterator[tuple[int, int]]:
        """The pairs `other` does not hold, a set difference per small set."""
        nothing: set[tuple[int, int]] = set()
        return chain.from_iterable(bucket - other._sets.get(key, nothing)
                                   for key, bucket in self._sets.items())

    def count_common(self, other: PairSet) -> int:
        """How many pairs both hold."""
        return sum(len(bucket & other._sets[key]) for key, bucket in self._sets.items()
                   if key in other._sets)

    def release(self) -> None:
        """Let the pairs go a slice at a time (see `release_gradually`)."""
        release_gradually(*self._sets.values())
        self._sets.clear()


def _group_pairs(groups: Iterable[list[int]], tick: Callable[[], None] | None) -> PairSet:
    """Every (lower id, higher id) within each group."""
    pairs = PairSet()
    for ids in ticking(groups, tick, 256):
        if len(ids) > 1:
            unique = sorted(set(ids))
            # One person's pairs per C call: a name shared by 1,500 people has a million
            # pairs, and one call for all of them would hold the window for 300 ms.
            for at, first in enumerate(unique[:-1]):
                pairs.add_each(first, unique[at + 1:])
    return pairs


def _similar_people(people: Sequence[PersonFacts], orgs: Sequence[tuple[int, str]],
                    tick: Callable[[], None] | None) -> dict[tuple[int, int], float]:
    """(lower id, higher id) -> name score, for similar names at the same organization (or
    organizations that may be one): compared within each cluster of organizations."""
    found: dict[tuple[int, int], float] = {}
    cluster = org_clusters(orgs)
    org_names = dict(orgs)
    blocks: dict[object, list[PersonFacts]] = {}
    for p in people:
        if p.organization_id is not None and p.organization_id in cluster:
            blocks.setdefault(cluster[p.organization_id], []).append(p)
        elif p.organization:
            blocks.setdefault(("name", org_key(p.organization)), []).append(p)
    for block in ticking(blocks.values(), tick, 64):
        if len(block) < 2:
            continue
        names = [p.sorted_name() for p in block]
        for i, j, score in _similar(names, NAME_SCORE):
            pa, pb = block[i], block[j]
            if pa.id == pb.id:
                continue
            org_a = org_names.get(pa.organization_id or -1, pa.organization)
            org_b = org_names.get(pb.organization_id or -1, pb.organization)
            if (pa.organization_id is None or pa.organization_id != pb.organization_id) and \
                    fuzz.ratio(org_key(org_a), org_key(org_b)) < ORG_SCORE:
                continue
            pair = (pa.id, pb.id) if pa.id < pb.id else (pb.id, pa.id)
            found[pair] = max(found.get(pair, 0.0), score)
    return found


@dataclass(frozen=True)
class Match:
    """A person an import row may duplicate."""

    person_id: int
    reasons: tuple[str, ...]
    score: float

    @property
    def reason(self) -> str:
        return self.reasons[0]


class DuplicateIndex:
    """The workspace's people, indexed once, to check many import rows against."""

    def __init__(self, people: Sequence[PersonFacts], orgs: Sequence[tuple[int, str]] = (),
                 tick: Callable[[], None] | None = None) -> None:
        """`tick()` is called every few thousand people (see progress.ticking)."""
        self.by_email: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.by_cluster: dict[int, list[PersonFacts]] = {}
        self.org_names = dict(orgs)
        cluster = org_clusters(orgs)
        self.cluster = cluster
        self.org_by_key: dict[str, int] = {}
        for oid, name in orgs:
            self.org_by_key.setdefault(org_key(name), cluster[oid])
        self._org_keys = list(self.org_by_key)
        # Import rows repeat their organizations, and a cluster's names are scored against
        # every row that names it: each is worked out once, when first asked for.
        self._cluster_by_key: dict[str, int | None] = {}
        self._cluster_names: dict[int, list[str]] = {}
        loose = LooseKeys()
        for p in ticking(people, tick):
            email = normalize_email(p.email)
            if email:
                self.by_email.setdefault(email, []).append(p.id)
            for key in loose.of(p):
                self.by_name.setdefault(key, []).append(p.id)
            if p.organization_id is not None and p.organization_id in cluster:
                self.by_cluster.setdefault(cluster[p.organization_id], []).append(p)

    def release(self) -> None:
        """Let go of the index a slice at a time (see domain/release.py); empty afterwards."""
        release_gradually(self.by_cluster, self.by_name, self.by_email, self.org_by_key,
                          self.org_names, self._org_keys, self._cluster_by_key,
                          self._cluster_names)

    def _cluster_of(self, row: PersonFacts) -> int | None:
        if row.organization_id is not None:
            return self.cluster.get(row.organization_id)
        key = org_key(row.organization)
        if not key:
            return None
        if key in self.org_by_key:
            return self.org_by_key[key]
        if key not in self._cluster_by_key:
            # Organization keys are sorted words: the ratio is their token_sort_ratio.
            best = process.extractOne(key, self._org_keys, scorer=fuzz.ratio,
                                      score_cutoff=ORG_SCORE)
            self._cluster_by_key[key] = self.org_by_key[best[0]] if best else None
        return self._cluster_by_key[key]

    def matches(self, row: PersonFacts, *, exclude: Iterable[int] = ()) -> list[Match]:
        """The people `row` may be, strongest first (`exclude`: the person it already is)."""
        found: dict[tuple[int, int], tuple[list[str], float]] = {}
        for pid in self.by_email.get(normalize_email(row.email), []) if row.email else []:
            _add(found, -1, pid, SAME_EMAIL, 100.0)
        for key in row.name_keys():
            for pid in self.by_name.get(key, []):
                _add(found, -1, pid, SAME_NAME, 100.0)
        cluster = self._cluster_of(row)
        if cluster is not None:
            block = self.by_cluster.get(cluster, [])
            names = self._cluster_names.get(cluster)
            if names is None:
                names = self._cluster_names[cluster] = [p.sorted_name() for p in block]
            hits = process.extract(row.sorted_name(), names, scorer=fuzz.ratio,
                                   score_cutoff=NAME_SCORE, limit=5)
            for _name, score, index in hits:
                _add(found, -1, block[index].id, SIMILAR, float(score))
        skip = set(exclude)
        return [Match(p.second, p.reasons, p.score) for p in _pairs(found) if p.second not in skip]
