"""The agenda service: timed reading, edits that re-time, undo, breakouts, reuse."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from cohortdesk.cli import run
from cohortdesk.domain.agenda import AgendaItemKind, PresenterRole, format_clock
from cohortdesk.domain.errors import ValidationError
from cohortdesk.domain.records import CohortData, SessionData
from cohortdesk.services import (
    agenda,
    agenda_people,
    agenda_templates,
    cohorts,
    example,
    people,
    sessions,
)
from cohortdesk.store import Store
from cohortdesk.store.models import Base
from cohortdesk.store.models import agenda as models

MY_TABLES = {t.__tablename__ for t in (models.AgendaDay, models.AgendaItem,
                                       models.AgendaPresenter, models.BreakoutGroup,
                                       models.BreakoutMember, models.Note, models.ActionItem,
                                       models.AgendaTemplate)}


def test_the_migration_builds_exactly_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    mine = [d for d in diff if any(t in repr(d) for t in MY_TABLES)]
    assert mine == []


def make_session(store: Store, *, starts: str = "2025-10-14T09:00", ends: str = "2025-10-14T12:00",
                 zone: str = "America/Chicago") -> int:
    cid = cohorts.create_cohort(store, CohortData(name="Inaugural"))
    return sessions.create_session(store, SessionData(
        cohort_id=cid, title="Kickoff", time_zone=zone, starts_at=dt.datetime.fromisoformat(starts),
        ends_at=dt.datetime.fromisoformat(ends)))


def titles(store: Store, sid: int) -> list[str]:
    return [i.title for i in agenda.timed_agenda(store, sid).items]


def clock_list(store: Store, sid: int) -> list[str]:
    return [format_clock(i.start) for i in agenda.timed_agenda(store, sid).items]


def add(store: Store, sid: int, title: str, minutes: int, **kw: object) -> int:
    return agenda.add_item(store, sid, agenda.ItemData(title=title, duration_minutes=minutes,
                                                      **kw))  # type: ignore[arg-type]


def test_moving_an_item_re_times_everything_and_undo_puts_it_back(store: Store) -> None:
    sid = make_session(store)
    add(store, sid, "Welcome", 15)
    add(store, sid, "Keynote", 60)
    panel = add(store, sid, "Panel", 45)
    assert clock_list(store, sid) == ["9:00 AM", "9:15 AM", "10:15 AM"]

    agenda.move_item(store, panel, 0)
    assert titles(store, sid) == ["Panel", "Welcome", "Keynote"]
    assert clock_list(store, sid) == ["9:00 AM", "9:45 AM", "10:00 AM"]
    assert store.undo_label() == "Move Agenda Item Panel"

    store.undo()
    assert titles(store, sid) == ["Welcome", "Keynote", "Panel"]
    assert clock_list(store, sid) == ["9:00 AM", "9:15 AM", "10:15 AM"]
    store.redo()
    assert titles(store, sid) == ["Panel", "Welcome", "Keynote"]


def test_changing_a_duration_re_times_what_follows(store: Store) -> None:
    sid = make_session(store)
    first = add(store, sid, "Welcome", 15)
    add(store, sid, "Keynote", 60)
    agenda.set_duration(store, first, 45)
    assert clock_list(store, sid) == ["9:00 AM", "9:45 AM"]
    timed = agenda.timed_agenda(store, sid)
    assert timed.total_minutes == 105
    assert format_clock(timed.ends_at) == "10:45 AM"  # type: ignore[arg-type]
    store.undo()
    assert clock_list(store, sid) == ["9:00 AM", "9:15 AM"]


def test_overrun_past_the_session_end_is_reported(store: Store) -> None:
    sid = make_session(store, ends="2025-10-14T10:00")
    add(store, sid, "Welcome", 30)
    add(store, sid, "Keynote", 45)
    timed = agenda.timed_agenda(store, sid)
    assert timed.overrun_minutes == 15
    assert any("15 min past its planned end at 10:00 AM" in w for w in timed.warnings)


def test_a_pinned_lunch_shows_the_gap_before_it(store: Store) -> None:
    sid = make_session(store, ends="2025-10-14T15:00")
    add(store, sid, "Morning session", 150)
    lunch = add(store, sid, "Lunch", 60, kind=AgendaItemKind.MEAL, pinned_time=dt.time(12))
    add(store, sid, "Afternoon", 60)
    timed = agenda.timed_agenda(store, sid)
    assert [format_clock(i.start) for i in timed.items] == ["9:00 AM", "12:00 PM", "1:00 PM"]
    assert timed.items[1].gap_before_minutes == 30 and timed.items[1].is_pinned
    agenda.set_pinned_time(store, lunch, None)
    assert clock_list(store, sid) == ["9:00 AM", "11:30 AM", "12:30 PM"]


def test_alt_up_and_down_cross_day_boundaries(store: Store) -> None:
    sid = make_session(store, ends="2025-10-15T15:00")
    add(store, sid, "Welcome", 30)
    lunch = add(store, sid, "Lunch", 60)
    open2 = add(store, sid, "Day two opening", 30, day=2)
    agenda.set_day_times(store, sid, 2, dt.time(8, 30), None)
    timed = agenda.timed_agenda(store, sid)
    assert [(i.title, i.day, format_clock(i.start)) for i in timed.items] == [
        ("Welcome", 1, "9:00 AM"), ("Lunch", 1, "9:30 AM"), ("Day two opening", 2, "8:30 AM")]
    assert timed.days[1].start.date() == dt.date(2025, 10, 15)

    assert agenda.move_down(store, lunch)  # from the end of day 1 to the start of day 2
    assert [(i.title, i.day) for i in agenda.timed_agenda(store, sid).items] == [
        ("Welcome", 1), ("Lunch", 2), ("Day two opening", 2)]
    assert agenda.move_down(store, lunch)
    assert titles(store, sid) == ["Welcome", "Day two opening", "Lunch"]
    assert not agenda.move_down(store, lunch)  # last item of the last day stays
    agenda.move_up(store, open2)  # from the top of day 2 to the end of day 1
    assert [(i.title, i.day) for i in agenda.timed_agenda(store, sid).items] == [
        ("Welcome", 1), ("Day two opening", 1), ("Lunch", 2)]
    agenda.move_up(store, open2)
    assert titles(store, sid) == ["Day two opening", "Welcome", "Lunch"]
    assert not agenda.move_up(store, open2)


def test_presenters_show_title_and_jurisdiction_and_placeholders(example_store: Store) -> None:
    timed = agenda.timed_agenda(example_store, 1)
    panel = next(i for i in timed.items if i.kind == AgendaItemKind.PANEL)
    names = [(p.name, p.role, p.is_placeholder) for p in panel.presenters]
    assert ("TBD — speaker from a partner city", PresenterRole.PANELIST, True) in names
    okafor = next(p for p in panel.presenters if p.name == "Daniel Okafor")
    assert (okafor.title, okafor.jurisdiction) == ("Chief Equity Officer", "Pittsburgh, PA")

    pid = people.find_by_email(example_store, "zoe.obrien@example.org") or next(
        r[0] for r in people.list_people(example_store).rows if r[1] == "Zoë O'Brien")
    placeholder = next(p for p in panel.presenters if p.is_placeholder)
    agenda_people.update_presenter(example_store, placeholder.id, person_id=pid, role="panelist")
    panel = next(i for i in agenda.timed_agenda(example_store, 1).items if i.id == panel.id)
    assert "Zoë O'Brien" in [p.name for p in panel.presenters]


def test_a_person_in_two_groups_at_once_is_warned(example_store: Store) -> None:
    timed = agenda.timed_agenda(example_store, 1)
    assert timed.warnings == ()
    breakout = next(i for i in timed.items if i.groups)
    first, second = breakout.groups[0], breakout.groups[1]
    someone = first.members[0]
    agenda_people.set_group_members(example_store, second.id,
                             [m.person_id for m in second.members] + [someone.person_id])
    timed = agenda.timed_agenda(example_store, 1)
    breakout = next(i for i in timed.items if i.id == breakout.id)
    assert f"{someone.name} is in two groups at once: {first.name} and {second.name}." in (
        breakout.warnings)
    flagged = [m.name for g in breakout.groups for m in g.members if m.double_booked]
    assert flagged == [someone.name, someone.name]
    example_store.undo()
    assert agenda.timed_agenda(example_store, 1).warnings == ()


def test_example_agendas_fit_their_sessions(example_store: Store) -> None:
    for sid in (1, 2, 3):
        timed = agenda.timed_agenda(example_store, sid)
        assert timed.warnings == ()
        assert timed.ends_at == timed.planned_end
    kickoff = agenda.timed_agenda(example_store, 1)
    assert [len(d.items) for d in kickoff.days] == [11, 9]
    assert format_clock(kickoff.days[1].start) == "8:30 AM"
    lunch = next(i for i in kickoff.days[0].items if i.title == "Lunch")
    assert format_clock(lunch.start) == "12:00 PM" and lunch.is_pinned


def test_clock_times_stay_in_the_session_zone_on_a_laptop_in_tokyo(
        example_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert time.localtime().tm_gmtoff == 9 * 3600
        timed = agenda.timed_agenda(example_store, 1)  # America/Chicago
        assert timed.zone_abbreviation == "CDT"
        assert format_clock(timed.items[0].start) == "9:00 AM"
        assert timed.items[0].start.isoformat() == "2025-10-14T09:00:00-05:00"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert os.environ.get("TZ") is None


def test_validation_names_the_field(store: Store) -> None:
    sid = make_session(store)
    with pytest.raises(ValidationError) as err:
        add(store, sid, "  ", 30)
    assert err.value.field == "title"
    with pytest.raises(ValidationError) as err:
        add(store, sid, "Keynote", -5)
    assert err.value.field == "duration_minutes"
    item = add(store, sid, "Keynote", 30)
    with pytest.raises(ValidationError) as err:
        agenda_people.add_presenter(store, item)
    assert err.value.field == "person_id"
    assert store.undo_label() == "Add Agenda Item Keynote"


def test_copy_agenda_from_another_session_is_one_undo_step(example_store: Store) -> None:
    count = agenda_templates.copy_agenda(example_store, 2, 3)
    assert count == 6
    webinar = agenda.timed_agenda(example_store, 3)
    assert [i.title for i in webinar.items][:2] == [
        "Welcome and today's objectives", "Structural racism and community mental health"]
    assert format_clock(webinar.items[0].start) == "10:00 AM"  # the webinar's own start
    assert webinar.items[3].groups[0].members  # breakout groups came along
    example_store.undo()
    assert [i.title for i in agenda.timed_agenda(example_store, 3).items][0] == "Welcome"


def test_templates_save_and_apply(example_store: Store) -> None:
    names = [t.name for t in agenda_templates.list_templates(example_store)]
    assert names == ["90-minute virtual roundtable", "Full-day convening"]
    full_day = next(t for t in agenda_templates.list_templates(example_store)
                    if t.name == "Full-day convening")
    agenda_templates.apply_template(example_store, full_day.id, 3)
    webinar = agenda.timed_agenda(example_store, 3)
    assert len(webinar.items) == full_day.item_count
    lunch = next(i for i in webinar.items if i.title == "Lunch")
    assert format_clock(lunch.start) == "12:00 PM"
    assert webinar.overrun_minutes > 0  # a full day does not fit a one-hour webinar

    tid = agenda_templates.save_template(example_store, 1, "Two-day kickoff")
    saved = next(t for t in agenda_templates.list_templates(example_store) if t.id == tid)
    assert (saved.item_count, saved.days) == (20, 2)
    agenda_templates.apply_template(example_store, tid, 2)
    roundtable = agenda.timed_agenda(example_store, 2)
    # A template keeps roles but not people: presenters become placeholders.
    assert all(p.is_placeholder for i in roundtable.items for p in i.presenters)
    with pytest.raises(ValidationError):
        agenda_templates.save_template(example_store, 1, "Two-day kickoff")


def day_clocks(store: Store, sid: int) -> list[tuple[str, str | None]]:
    """(start, planned end) of each day, as the agenda shows them."""
    return [(format_clock(d.start), format_clock(d.planned_end) if d.planned_end else None)
            for d in agenda.timed_agenda(store, sid).days]


def test_copying_an_agenda_keeps_each_days_times(example_store: Store) -> None:
    # The kickoff's day 1 is planned to end at 5:00 PM and its day 2 starts at 8:30 AM.
    assert day_clocks(example_store, 1) == [("9:00 AM", "5:00 PM"), ("8:30 AM", "3:30 PM")]
    agenda_templates.copy_agenda(example_store, 1, 3, replace=True)  # onto the webinar
    webinar = agenda.timed_agenda(example_store, 3)
    assert [(format_clock(d.start), format_clock(d.planned_end) if d.planned_end else None)
            for d in webinar.days] == [("10:00 AM", "5:00 PM"), ("8:30 AM", None)]
    assert format_clock(webinar.days[1].items[0].start) == "8:30 AM"
    example_store.undo()  # one step: the items and the day times go back together
    assert day_clocks(example_store, 3) == [("10:00 AM", "11:00 AM")]
    assert agenda.day_times(example_store, 3, 2) == (None, None)


def test_adding_a_copy_keeps_the_days_a_session_set_itself(example_store: Store) -> None:
    agenda.set_day_times(example_store, 3, 2, dt.time(10), None)
    agenda_templates.copy_agenda(example_store, 1, 3, replace=False)
    assert agenda.day_times(example_store, 3, 2) == (dt.time(10), None)  # its own, kept
    assert agenda.day_times(example_store, 3, 1) == (None, dt.time(17))  # unset: copied
    agenda_templates.copy_agenda(example_store, 1, 3, replace=True)
    assert agenda.day_times(example_store, 3, 2) == (dt.time(8, 30), None)


def test_a_template_keeps_each_days_times(example_store: Store) -> None:
    tid = agenda_templates.save_template(example_store, 1, "Two-day kickoff")
    agenda_templates.apply_template(example_store, tid, 2, replace=True)  # the roundtable
    roundtable = agenda.timed_agenda(example_store, 2)
    assert format_clock(roundtable.days[1].start) == "8:30 AM"
    assert format_clock(roundtable.days[1].items[0].start) == "8:30 AM"
    assert roundtable.days[0].planned_end is not None
    assert format_clock(roundtable.days[0].planned_end) == "5:00 PM"
    # Replacing the template stores the day times of the agenda it is replaced with.
    agenda.set_day_times(example_store, 1, 2, dt.time(8), None)
    agenda_templates.save_template(example_store, 1, "Two-day kickoff", replace=True)
    agenda_templates.apply_template(example_store, tid, 2, replace=True)
    assert format_clock(agenda.timed_agenda(example_store, 2).days[1].start) == "8:00 AM"


def test_a_template_saved_before_day_times_were_kept_still_applies(example_store: Store) -> None:
    with example_store.change("Old template") as session:
        session.add(models.AgendaTemplate(name="Old", description="", items=[
            {"day": 1, "kind": "welcome", "title": "Welcome", "duration_minutes": 15},
            {"day": 1, "kind": "discussion", "title": "Check-ins", "duration_minutes": 45}]))
    old = next(t for t in agenda_templates.list_templates(example_store) if t.name == "Old")
    assert (old.item_count, old.total_minutes, old.days) == (2, 60, 1)
    assert agenda_templates.apply_template(example_store, old.id, 3, replace=True) == 2
    assert clock_list(example_store, 3) == ["10:00 AM", "10:15 AM"]


def test_templates_can_be_replaced_and_deleted(example_store: Store) -> None:
    tid = agenda_templates.save_template(example_store, 3, "Webinar")
    assert agenda_templates.template_exists(example_store, " Webinar ")
    with pytest.raises(ValidationError) as err:
        agenda_templates.save_template(example_store, 2, "Webinar")
    assert err.value.field == "name"
    assert agenda_templates.save_template(example_store, 2, "Webinar", replace=True) == tid
    replaced = next(t for t in agenda_templates.list_templates(example_store) if t.id == tid)
    assert replaced.item_count == 6  # the roundtable's
    agenda_templates.delete_template(example_store, tid)
    assert not agenda_templates.template_exists(example_store, "Webinar")
    assert example_store.undo_label() == "Delete Agenda Template Webinar"
    example_store.undo()
    assert agenda_templates.template_exists(example_store, "Webinar")


def test_the_full_day_convening_template_runs_nine_to_five(store: Store) -> None:
    example.load_example_network(store, today=example.example_as_of())
    full_day = next(t for t in agenda_templates.list_templates(store)
                    if t.name == "Full-day convening")
    assert "9:00 to 5:00" in full_day.description
    sid = make_session(store, starts="2026-09-15T09:00", ends="2026-09-15T17:00")
    agenda_templates.apply_template(store, full_day.id, sid)
    timed = agenda.timed_agenda(store, sid)
    assert format_clock(timed.starts_at) == "9:00 AM"  # type: ignore[arg-type]
    assert format_clock(timed.ends_at) == "5:00 PM"  # type: ignore[arg-type]
    assert timed.total_minutes == 8 * 60 and timed.warnings == ()


def test_length_steps_on_one_item_undo_as_one_step(store: Store) -> None:
    sid = make_session(store)
    first = add(store, sid, "Welcome", 15)
    second = add(store, sid, "Keynote", 60)
    for minutes in (20, 25, 30):
        agenda.set_duration(store, first, minutes)
    assert store.undo_label() == "Change Duration"
    store.undo()
    assert agenda.get_item(store, first).duration_minutes == 15
    # Another item's length is a step of its own.
    agenda.set_duration(store, first, 20)
    agenda.set_duration(store, second, 45)
    store.undo()
    assert [agenda.get_item(store, i).duration_minutes for i in (first, second)] == [20, 60]


def test_each_day_carries_its_own_zone_abbreviation(
        store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    # US clocks went back an hour early on Sunday, November 2, 2025.
    sid = make_session(store, starts="2025-11-01T09:00", ends="2025-11-02T12:00")
    add(store, sid, "Welcome", 30)
    add(store, sid, "Day two opening", 30, day=2)
    timed = agenda.timed_agenda(store, sid)
    assert [d.zone_abbreviation for d in timed.days] == ["CDT", "CST"]
    assert timed.items[1].start.isoformat() == "2025-11-02T09:00:00-06:00"
    path = str(store.path)
    store.close()
    assert run(["agenda", "show", str(sid), "--workspace", path]) == 0
    text = capsys.readouterr().out
    assert "Day 1: Saturday November 1 (times in CDT)" in text
    assert "Day 2: Sunday November 2 (times in CST)" in text
