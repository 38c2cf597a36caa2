"""Notes: on a session or an item, light Markdown, compiled minutes."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cohortdesk.cli import run
from cohortdesk.domain.agenda import NoteKind
from cohortdesk.domain.errors import ValidationError
from cohortdesk.services import agenda, notes, people
from cohortdesk.store import Store


def test_notes_of_a_session_come_session_wide_first_then_by_agenda_order(
        example_store: Store) -> None:
    found = notes.notes_for_session(example_store, 1)
    assert [n.item_title for n in found] == [
        "", "", "Introducing the results framework", "Working agreements", "Working agreements"]
    decision = found[3]
    assert decision.kind == NoteKind.DECISION and decision.author_name == "Jordan Reyes"
    # The roundtable's packet shows the kickoff's notes.
    assert notes.previous_session_id(example_store, 2) == 1
    assert notes.notes_of_previous_session(example_store, 2) == found
    assert notes.notes_of_previous_session(example_store, 1) == ()


def test_typing_is_saved_as_typed_and_undoable(example_store: Store) -> None:
    item = agenda.timed_agenda(example_store, 2).items[1]
    nid = notes.add_note(example_store, 2, notes.NoteData(
        "", NoteKind.OBSERVATION, agenda_item_id=item.id))
    assert notes.set_note_text(example_store, nid, "Members asked for  the slides ")
    assert not notes.set_note_text(example_store, nid, "Members asked for  the slides ")
    note = notes.get_note(example_store, nid)
    assert note.body == "Members asked for  the slides "
    assert note.item_title == item.title
    assert note.edited_at >= note.created_at
    example_store.undo()
    assert notes.get_note(example_store, nid).body == ""


def test_a_note_on_an_item_of_another_session_is_refused(example_store: Store) -> None:
    other = agenda.timed_agenda(example_store, 1).items[0]
    with pytest.raises(ValidationError) as err:
        notes.add_note(example_store, 2, notes.NoteData("x", agenda_item_id=other.id))
    assert err.value.field == "agenda_item_id"


def test_light_markdown_renders_bold_italic_and_lists() -> None:
    html = notes.render_html("We agreed on **monthly** calls, *not* weekly.\n\n- one\n- two\n"
                             "1. first\n2. second\n<script>")
    assert html == ("<p>We agreed on <b>monthly</b> calls, <i>not</i> weekly.</p>"
                    "<ul><li>one</li><li>two</li></ul><ol><li>first</li><li>second</li></ol>"
                    "<p>&lt;script&gt;</p>")


@given(st.text())
def test_rendering_never_lets_markup_through(text: str) -> None:
    html = notes.render_html(text)
    stripped = (html.replace("<p>", "").replace("</p>", "").replace("<br/>", "")
                .replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
                .replace("<ul>", "").replace("</ul>", "").replace("<ol>", "")
                .replace("</ol>", "").replace("<li>", "").replace("</li>", ""))
    assert "<" not in stripped and ">" not in stripped


def test_compiled_minutes_export(example_store: Store, tmp_path: Path) -> None:
    text = notes.compile_minutes(example_store, 1)
    assert text.startswith("# Minutes: ")
    assert "## Kickoff Convening" in text and "*October 14, 2025*" in text
    assert "### Decision — Working agreements (Jordan Reyes)" in text
    assert "**monthly peer call**" in text
    path = str(example_store.path)
    example_store.close()
    out = tmp_path / "minutes.md"
    assert run(["minutes", "--cohort", "1", "-o", str(out), "--workspace", path]) == 0
    assert out.read_text(encoding="utf-8") == text


def test_blank_notes_are_left_out_of_the_minutes(example_store: Store) -> None:
    before = notes.compile_minutes(example_store, 1)
    notes.add_note(example_store, 1, notes.NoteData("", NoteKind.DECISION))
    notes.add_note(example_store, 1, notes.NoteData("  \n ", NoteKind.OBSERVATION))
    notes.add_note(example_store, 2, notes.NoteData("", NoteKind.MINUTES))
    text = notes.compile_minutes(example_store, 1)
    assert text == before
    assert "Virtual Roundtable" not in text  # a session with only blank notes has no heading


def test_minutes_are_written_atomically(example_store: Store, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "minutes.md"
    out.write_text("older minutes", encoding="utf-8")
    notes.write_minutes(example_store, 1, out)
    assert out.read_text(encoding="utf-8").startswith("# Minutes: ")
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    path = str(example_store.path)
    example_store.close()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    code = run(["minutes", "--cohort", "1", "-o", str(blocker / "minutes.md"),
                "--workspace", path])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("cohortdesk: error:")
    assert ".partial" not in err
    assert run(["minutes", "--cohort", "9", "-o", str(out), "--workspace", path]) == 2
    assert "Cohort 9 is not in this workspace." in capsys.readouterr().err


def test_note_times_are_the_sessions_local_times_with_its_zone(
        example_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        minutes = notes.notes_for_session(example_store, 1)[0]  # America/Chicago
        assert minutes.time_zone == "America/Chicago"
        assert minutes.created_text == "Oct 14, 2025, 5:30 PM CDT"
        assert minutes.edited_text == "Oct 14, 2025, 5:30 PM CDT"
        # The stored value stays UTC.
        assert minutes.created_at == dt.datetime(2025, 10, 14, 22, 30)
        assert notes.format_moment(dt.datetime(2026, 1, 15, 18, 0), "America/New_York") == (
            "Jan 15, 2026, 1:00 PM EST")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_note_authors_are_the_cohorts_staff_and_facilitators(example_store: Store) -> None:
    names = [label for _pid, label in notes.author_choices(example_store, 1)]
    assert names == ["Amara Bello — Equity Officers Policy Network",
                     "Jordan Reyes — Equity Officers Policy Network",
                     "Leilani Kahale — Civic Results Institute"]
    member = next(r[0] for r in people.list_people(example_store).rows
                  if r[1] == "Imani Caldwell")
    kept = notes.author_choices(example_store, 1, keep=member)
    assert member in [pid for pid, _label in kept] and len(kept) == 4


def test_notes_about_a_deleted_agenda_item_stay_as_notes_about_the_session(
        example_store: Store) -> None:
    # Deleting "Working agreements" deleted the cohort's decision about it, without a word.
    from cohortdesk.services import agenda_templates

    item = next(i for i in agenda.timed_agenda(example_store, 1).items
                if i.title == "Working agreements")
    before = notes.notes_for_session(example_store, 1)
    agenda.delete_item(example_store, item.id)
    after = notes.notes_for_session(example_store, 1)
    assert sorted(n.body for n in after) == sorted(n.body for n in before)
    assert all(n.item_title != "Working agreements" for n in after)
    example_store.undo()  # the item comes back with its notes on it
    assert notes.notes_for_session(example_store, 1) == before
    # Replacing the whole agenda keeps every note too.
    agenda_templates.copy_agenda(example_store, 2, 1, replace=True)
    assert sorted(n.body for n in notes.notes_for_session(example_store, 1)) == sorted(
        n.body for n in before)


def test_a_pasted_title_keeps_to_one_line_without_control_characters(
        example_store: Store) -> None:
    item = agenda.timed_agenda(example_store, 2).items[0]
    data = agenda.get_item(example_store, item.id)
    agenda.update_item(example_store, item.id, agenda.ItemData(
        "Welcome\r\nand\x0b intros\x00\x1b", data.kind, data.duration_minutes,
        room="Room\n4"))
    saved = agenda.get_item(example_store, item.id)
    assert (saved.title, saved.room) == ("Welcome and intros", "Room 4")
    assert example_store.undo_label() == "Edit Agenda Item Welcome and intros"
