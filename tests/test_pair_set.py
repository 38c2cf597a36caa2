"""PairSet, the pairs of people Find duplicates collects, behaves as one plain set would: a
user sees the same pairs and counts as before it was split into small sets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.domain.duplicates import PairSet

ids = st.integers(min_value=1, max_value=5000)
groups = st.lists(st.lists(ids, max_size=30), max_size=40)


def _fill(groups_of_ids: list[list[int]]) -> tuple[PairSet, set[tuple[int, int]]]:
    pairs, plain = PairSet(), set()
    for group in groups_of_ids:
        unique = sorted(set(group))
        for at, first in enumerate(unique[:-1]):
            pairs.add_each(first, unique[at + 1:])
            plain.update((first, second) for second in unique[at + 1:])
    return pairs, plain


@given(groups, groups, st.tuples(ids, ids))
def test_a_pair_set_holds_what_one_set_would(a: list[list[int]], b: list[list[int]],
                                             probe: tuple[int, int]) -> None:
    pairs, plain = _fill(a)
    others, other_plain = _fill(b)
    assert len(pairs) == len(plain)
    assert sorted(pairs) == sorted(plain)
    assert all(pair in pairs for pair in plain)
    assert (probe in pairs) == (probe in plain)
    assert "not a pair" not in pairs
    assert sorted(pairs.without(others)) == sorted(plain - other_plain)
    assert pairs.count_common(others) == len(plain & other_plain)
    pairs.release()
    assert len(pairs) == 0 and list(pairs) == []


def test_the_apps_duplicate_reasons_are_the_cores() -> None:
    from cohortdesk.domain.duplicates import SAME_EMAIL, SAME_NAME, SIMILAR, SIMILAR_ORG
    from cohortdesk.ui.i18n.vocabulary import DUPLICATE_REASONS

    assert set(DUPLICATE_REASONS) == {SAME_NAME, SAME_EMAIL, SIMILAR, SIMILAR_ORG}
