"""One person on two devices in a Zoom report: signed in on one (an email line) and not on
the other (a name-only line). Time online on both at once counts once, as `merge_lines`
counts a person's own lines, and the preview's breakdown adds up to what it records."""

from __future__ import annotations

import re
from pathlib import Path

from cohortdesk.services import attendance, zoom_import
from cohortdesk.services.zoom_import import MATCHED, UNMATCHED, ZoomChoice, ZoomMatch
from cohortdesk.store import Store
from tests.test_zoom_import import build

# The session `build` makes, and the report's meeting: 1:00 to 2:30 PM, 90 minutes.
HEADER = (
    "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
    "84500011122,Virtual Roundtable: Mental Health and Equity,05/14/2026 01:00:00 PM,"
    "05/14/2026 02:30:00 PM,program.staff@example.org,90,3\n"
    ",,,,,,\n"
    "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
)
ZOE = "zoe.obrien@example.org"


def report(tmp_path: Path, *lines: tuple[str, str, str, str, int]) -> Path:
    """A participants report with one line per (name, email, joined, left, minutes)."""
    path = tmp_path / "participants.csv"
    path.write_text(HEADER + "".join(
        f"{name},{email},05/14/2026 {joined},05/14/2026 {left},{minutes},No\n"
        for name, email, joined, left, minutes in lines), encoding="utf-8")
    return path


def adds_up(text: str) -> bool:
    """Whether a minutes text ("60 + 60 − 30 overlapping = 90") is sound arithmetic; a total
    cut to the meeting's length says so and is at most what the parts come to."""
    m = re.fullmatch(r"(\d+(?: \+ \d+)*)(?: − (\d+) overlapping)? = (\d+)"
                     r"( \(the meeting's length\))?", text)
    if m is None:
        return False
    worked_out = sum(map(int, m.group(1).split(" + "))) - int(m.group(2) or 0)
    total = int(m.group(3))
    return total <= worked_out if m.group(4) else total == worked_out


def rows_of(plan: zoom_import.ZoomPreview, person_id: int) -> list[ZoomMatch]:
    return [m for m in plan.participants if m.person_id == person_id]


def recorded(store: Store, sid: int, person_id: int) -> int | None:
    reg = attendance.registration(store, sid, person_id)
    return None if reg is None else reg.minutes


def test_a_second_device_at_the_same_time_counts_once(store: Store, tmp_path: Path) -> None:
    store, sid, ids = build(store)
    path = report(tmp_path, ("Zoë O'Brien", ZOE, "01:00:00 PM", "02:30:00 PM", 90),
                  ("Zoë O'Brien", "", "01:00:00 PM", "02:30:00 PM", 90))
    plan = zoom_import.preview(store, sid, path)
    [zoe] = rows_of(plan, ids["zoe"])
    assert (zoe.outcome, zoe.minutes, zoe.minutes_text) == (
        MATCHED, 90, "90 + 90 − 90 overlapping = 90")
    assert adds_up(zoe.minutes_text)
    zoom_import.apply(store, plan)
    assert recorded(store, sid, ids["zoe"]) == 90
    # Importing it again finds nothing to change: the preview counts as apply records.
    assert zoom_import.preview(store, sid, path).changes == 0


def test_two_name_lines_and_an_email_line_add_up(store: Store, tmp_path: Path) -> None:
    # The two name-only lines are already one identity in the report ("Zoe OBrien" is
    # "Zoë O'Brien" unaccented); their own overlap and the email line's must both count once.
    store, sid, ids = build(store)
    path = report(tmp_path, ("Zoë O'Brien", ZOE, "01:00:00 PM", "02:30:00 PM", 90),
                  ("Zoë O'Brien", "", "01:00:00 PM", "02:30:00 PM", 90),
                  ("Zoe OBrien", "", "01:00:00 PM", "02:30:00 PM", 90))
    plan = zoom_import.preview(store, sid, path)
    [zoe] = rows_of(plan, ids["zoe"])
    assert (zoe.minutes, zoe.minutes_text) == (90, "90 + 90 + 90 − 180 overlapping = 90")
    assert adds_up(zoe.minutes_text) and len(zoe.lines) == 3
    zoom_import.apply(store, plan)
    assert recorded(store, sid, ids["zoe"]) == 90


def test_partly_overlapping_devices_count_their_union(store: Store, tmp_path: Path) -> None:
    store, sid, ids = build(store)
    path = report(tmp_path, ("Zoë O'Brien", ZOE, "01:00:00 PM", "02:00:00 PM", 60),
                  ("Zoë O'Brien", "", "01:30:00 PM", "02:30:00 PM", 60))
    plan = zoom_import.preview(store, sid, path)
    [zoe] = rows_of(plan, ids["zoe"])
    assert (zoe.minutes, zoe.minutes_text) == (90, "60 + 60 − 30 overlapping = 90")
    zoom_import.apply(store, plan)
    assert recorded(store, sid, ids["zoe"]) == 90


def test_devices_at_different_times_still_add_up(store: Store, tmp_path: Path) -> None:
    # Zoë's laptop and phone never overlap: their minutes add. Renata's two devices in the
    # same report overlap throughout: hers count once.
    store, sid, ids = build(store)
    path = report(tmp_path, ("Zoë O'Brien", ZOE, "01:00:00 PM", "01:30:00 PM", 30),
                  ("Zoë O'Brien", "", "02:00:00 PM", "02:30:00 PM", 30),
                  ("Renata Alvarez", "renata.alvarez@example.org", "01:00:00 PM",
                   "02:30:00 PM", 90),
                  ("Renata Alvarez", "", "01:00:00 PM", "02:30:00 PM", 90))
    plan = zoom_import.preview(store, sid, path)
    [zoe] = rows_of(plan, ids["zoe"])
    [renata] = rows_of(plan, ids["renata"])
    assert (zoe.minutes, zoe.minutes_text, zoe.status) == (60, "30 + 30 = 60", "present")
    assert (renata.minutes, adds_up(renata.minutes_text)) == (90, True)
    zoom_import.apply(store, plan)
    assert (recorded(store, sid, ids["zoe"]), recorded(store, sid, ids["renata"])) == (60, 90)


def test_the_total_is_at_most_the_meetings_length(store: Store, tmp_path: Path) -> None:
    # Joined before the meeting began on the laptop and stayed after it ended on the phone.
    store, sid, ids = build(store)
    path = report(tmp_path, ("Zoë O'Brien", ZOE, "12:50:00 PM", "02:30:00 PM", 100),
                  ("Zoë O'Brien", "", "02:20:00 PM", "02:40:00 PM", 20))
    plan = zoom_import.preview(store, sid, path)
    [zoe] = rows_of(plan, ids["zoe"])
    assert zoe.minutes == 90 and zoe.minutes_text.endswith("= 90 (the meeting's length)")
    assert adds_up(zoe.minutes_text)
    zoom_import.apply(store, plan)
    assert recorded(store, sid, ids["zoe"]) == 90


def test_a_device_chosen_for_someone_already_matched_counts_once(
        store: Store, tmp_path: Path) -> None:
    # The iPhone's line points to Lan, already matched by email, so it waits for a choice;
    # choosing Lan must not double her time.
    store, sid, ids = build(store)
    path = report(tmp_path, ("Lan Nguyen", "lan.nguyen@example.org", "01:00:00 PM",
                             "02:30:00 PM", 90),
                  ("Lan Nguyen's iPhone", "", "01:00:00 PM", "02:30:00 PM", 90))
    plan = zoom_import.preview(store, sid, path)
    iphone = next(m for m in plan.participants if m.name == "Lan Nguyen's iPhone")
    assert (iphone.outcome, iphone.hint_key) == (UNMATCHED, "already matched")
    zoom_import.apply(store, plan, {iphone.key: ZoomChoice(person_id=ids["lan"])})
    assert recorded(store, sid, ids["lan"]) == 90


def test_the_review_words_the_overlap_in_spanish(spanish: None) -> None:
    from cohortdesk.ui.sessions.zoom_import_dialog import minutes_text

    row = ZoomMatch(key="k", name="Zoë", original_name="", email="", minutes=90,
                    minutes_text="90 + 90 − 90 overlapping = 90 (the meeting's length)",
                    lines=(1, 2), outcome=MATCHED, how="email", person_id=1, person_name="Zoë",
                    status="present", parts=(90, 90), overlap=90, capped=True)
    assert minutes_text(row) == "90 + 90 − 90 superpuestos = 90 (la duración de la reunión)"


def test_a_report_writing_days_first_is_read_so_on_every_line(tmp_path: Path) -> None:
    # 12/05 was read as December 5 and 13/05 as May 13 in one report: a line that crossed
    # midnight then left seven months before it joined.
    from datetime import datetime

    from cohortdesk.documents.zoom_report import read_report

    path = tmp_path / "late.csv"
    path.write_text(
        "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants\n"
        "845,Late roundtable,12/05/2026 23:30:00,13/05/2026 00:45:00,host@example.org,75,2\n"
        ",,,,,,\n"
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Zoë O'Brien,zoe@example.org,12/05/2026 23:30:00,13/05/2026 00:45:00,75,No\n"
        "Ana Lee,ana@example.org,12/05/2026 23:40:00,12/05/2026 23:55:00,15,No\n",
        encoding="utf-8")
    found = read_report(path)
    assert found.meeting is not None
    assert found.meeting.start == datetime(2026, 5, 12, 23, 30)
    zoe, ana = found.lines
    assert (zoe.joined, zoe.left) == (datetime(2026, 5, 12, 23, 30), datetime(2026, 5, 13, 0, 45))
    assert ana.joined == datetime(2026, 5, 12, 23, 40)
