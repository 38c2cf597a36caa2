"""The example network's agendas, notes and next steps tell one story on its `as_of` day.

resources/example/network.json describes the network as of 2026-04-20 (its dates move by
whole weeks to today when it is loaded): the kickoff (October 14–15, 2025) is held, the
roundtable (May 14, 2026) is coming up and the webinar (July 2026) is planned. Nothing can
have been noted, raised or closed in a session that has not happened yet.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from cohortdesk.domain.agenda import ActionStatus
from cohortdesk.services import actions, example, notes, sessions
from cohortdesk.store import Store


def _started(store: Store, session_id: int) -> dt.datetime:
    record = sessions.get_session(store, session_id)
    assert record.starts_at is not None
    return record.starts_at.replace(tzinfo=ZoneInfo(record.time_zone))


def test_on_the_as_of_day_only_the_kickoff_has_happened(example_store: Store) -> None:
    as_of = example.example_as_of()
    held = {s for s in (1, 2, 3) if _started(example_store, s).date() <= as_of}
    assert held == {1}  # the kickoff; the roundtable and the webinar are still ahead

    every = actions.next_steps(example_store, cohort_id=1)
    assert every
    for item in every:
        assert item.raised_session_id in held, item.description
        assert item.closed_session_id is None or item.closed_session_id in held, (
            item.description)
        if item.due_on is not None:
            assert item.due_on > _started(example_store, item.raised_session_id).date()
        if item.status == ActionStatus.OPEN:
            assert item.closed_session_id is None

    open_dated = [i for i in every if i.status == ActionStatus.OPEN and i.due_on is not None]
    overdue = [i for i in open_dated if i.is_overdue(as_of)]
    assert 1 <= len(overdue) <= 2  # a couple overdue, as in life
    assert len(open_dated) - len(overdue) > len(overdue)  # most still ahead
    # What the roundtable will see carried in is everything still open.
    carried = actions.carried_into(example_store, 2)
    assert {i.id for i in carried} == {i.id for i in every if i.status == ActionStatus.OPEN}

    for session_id in (1, 2, 3):
        for note in notes.notes_for_session(example_store, session_id):
            assert session_id in held
            written = note.created_at.replace(tzinfo=dt.UTC)
            assert _started(example_store, session_id) <= written
            assert written.date() <= as_of
            assert note.edited_at >= note.created_at


def test_loaded_today_the_story_is_the_same(store: Store) -> None:
    # Loaded on a later day, the dates move by whole weeks and the story holds.
    today = example.example_as_of() + dt.timedelta(days=219)
    example.load_example_network(store, today=today)
    every = actions.next_steps(store, cohort_id=1)
    overdue = [i for i in every if i.is_overdue(today)]
    assert 1 <= len(overdue) <= 2
    assert all(i.raised_session_id == 1 for i in every)
    assert notes.notes_for_session(store, 2) == () and notes.notes_for_session(store, 3) == ()
