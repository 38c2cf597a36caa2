"""Generating breakout groups in the app (issue 20): generate, drag a person, lock a group and
regenerate the rest, save as one step, undo."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from cohortdesk.services import breakouts
from cohortdesk.store import Store
from cohortdesk.store.models.agenda import AgendaItem, BreakoutGroup, BreakoutMember
from cohortdesk.ui.sessions.breakouts_dialog import BreakoutsDialog
from cohortdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import wait_for_ops
from tests.test_breakouts import build_cohort


def saved_groups(store: Store, session_id: int) -> list[list[int]]:
    """Each group on the session's agenda, its facilitator first, in order."""
    with store.read() as s:
        groups = s.execute(select(BreakoutGroup.id, BreakoutGroup.facilitator_id)
                           .join(AgendaItem, AgendaItem.id == BreakoutGroup.item_id)
                           .where(AgendaItem.session_id == session_id)
                           .order_by(BreakoutGroup.position)).all()
        found = []
        for gid, lead in groups:
            members = s.scalars(select(BreakoutMember.person_id)
                                .where(BreakoutMember.group_id == gid)).all()
            found.append(([lead] if lead else []) + sorted(members))
        return found


def test_keep_places_a_proposals_group_as_it_is(store: Store) -> None:
    made = build_cohort(store, members=16, facilitators=2, earlier=2)
    sid = made["sessions"][-1]  # type: ignore[index]
    first = breakouts.generate(store, sid, groups=4)
    kept = list(first.plan.groups[1])
    again = breakouts.generate(store, sid, groups=4, keep=[kept], seed=11)
    assert again.plan.locked == (tuple(kept),)
    assert len(again.plan.groups) == 3
    placed = [p for g in again.plan.all_groups for p in g]
    assert sorted(placed) == sorted(made["people"])  # type: ignore[arg-type]


def drop(dialog: BreakoutsDialog, person_id: int, source: int, target: int) -> None:
    """Drag a person from one group's list onto another, as Qt delivers it: the drag enters
    the other list (which makes it the drop target), then drops there."""
    listing = dialog.lists[source]
    item = next(listing.item(r) for r in range(listing.count())
                if listing.item(r).data(Qt.ItemDataRole.UserRole) == person_id)
    data = listing.mimeData([item])
    viewport = dialog.lists[target].viewport()
    enter = QDragEnterEvent(viewport.rect().center(), Qt.DropAction.MoveAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(viewport.rect().center()), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def test_generate_move_lock_regenerate_save_and_undo(qtbot, store: Store) -> None:
    made = build_cohort(store, members=18, facilitators=2, earlier=3)
    sid = made["sessions"][-1]  # type: ignore[index]
    everyone = sorted(made["people"])  # type: ignore[arg-type]
    window = MainWindow(store)
    qtbot.addWidget(window)
    dialog = BreakoutsDialog(window.context, sid, parent=window)
    dialog.count.setValue(4)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10000)
    assert len(dialog.groups) == 4 and len(dialog.lists) == 4
    assert sorted(p for g in dialog.groups for p in g) == everyone
    plan = dialog.proposal.generated.plan  # type: ignore[union-attr]
    assert f"{plan.repeat_pairs} pairs already shared a group" in dialog.summary.text()
    assert f"about {plan.expected_by_chance:.1f}" in dialog.summary.text()

    # Drag one person (not a facilitator) from the first group into the second.
    moved = next(p for p in dialog.groups[0] if p not in dialog.facilitators)
    drop(dialog, moved, 0, 1)
    assert moved in dialog.groups[1] and moved not in dialog.groups[0]
    assert "before your moves" in dialog.summary.text()

    # Lock the second group and regenerate the rest: it stays whole, in its place.
    locked = list(dialog.groups[1])
    dialog.lock_boxes[1].setChecked(True)
    assert not dialog.lists[1].acceptDrops()
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.moved_by_hand, timeout=10000)
    assert dialog.groups[1] == locked and dialog.kept[1]
    assert sorted(p for g in dialog.groups for p in g) == everyone
    assert Counter(p for g in dialog.groups for p in g).most_common(1)[0][1] == 1

    shown = [sorted(g) for g in dialog.groups]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(qtbot, window)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [sorted(g) for g in saved_groups(store, sid)] == shown
    assert store.undo_label() == breakouts.SAVE_LABEL  # one step

    window.context.undo()
    wait_for_ops(qtbot, window)
    assert saved_groups(store, sid) == []


def test_nobody_to_place_is_said_in_the_dialog(qtbot, store: Store) -> None:
    made = build_cohort(store, members=6, facilitators=0, earlier=1)
    window = MainWindow(store)
    qtbot.addWidget(window)
    first = made["sessions"][0]  # type: ignore[index]  # held, nobody registered
    dialog = BreakoutsDialog(window.context, first, parent=window)
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert "no one to place" in dialog.error.text()
    assert not dialog.save_button.isEnabled()


def test_the_session_menu_opens_the_generator_for_the_selected_session(qtbot, store: Store) -> None:
    made = build_cohort(store, members=8, facilitators=1, earlier=1)
    sid = made["sessions"][-1]  # type: ignore[index]
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("sessions")
    view.reload()
    view.select_id(sid)
    assert window.context.actions.trigger("generate_breakouts")
    dialog = window.findChild(BreakoutsDialog)
    assert dialog is not None and dialog.session_id == sid
    dialog.close()


def _breakouts_item_editor(qtbot, store: Store, sid: int):  # type: ignore[no-untyped-def]
    """The main window and an item editor showing the session's breakout item."""
    from cohortdesk.services import agenda
    from cohortdesk.ui.sessions.agenda_item_editor import ItemEditor

    window = MainWindow(store)
    qtbot.addWidget(window)
    editor = ItemEditor(window.context)
    qtbot.addWidget(editor)
    editor.session_id = sid
    item = next(i for d in agenda.timed_agenda(store, sid).days for i in d.items)
    editor.show_item(item)
    return window, editor, item


def test_the_breakout_items_panel_generates_its_groups(qtbot, store: Store) -> None:
    made = build_cohort(store, members=8, facilitators=1, earlier=1)
    sid = made["sessions"][-1]  # type: ignore[index]
    window, editor, item = _breakouts_item_editor(qtbot, store, sid)
    assert editor.generate_button.isVisibleTo(editor)
    qtbot.mouseClick(editor.generate_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(BreakoutsDialog)
    assert dialog is not None and (dialog.session_id, dialog.item_id) == (sid, item.id)
    dialog.close()


def test_a_group_added_by_hand_offers_the_cohorts_people(qtbot, store: Store) -> None:
    """"Add group" lists the cohort's members (read off the UI thread), finds one by a
    search, and saves the ticked people as the group's members."""
    from cohortdesk.store.models import Person
    from cohortdesk.ui.sessions.agenda_dialogs import GroupDialog
    from tests.qt_helpers import on_next_modal

    made = build_cohort(store, members=8, facilitators=1, earlier=1)
    with store.bulk("someone outside the cohort") as s:
        s.add(Person(given_name="P3", family_name="Testa"))
    sid = made["sessions"][-1]  # type: ignore[index]
    window, editor, _item = _breakouts_item_editor(qtbot, store, sid)
    offered: list[int] = []

    def tick_p3(dialog: GroupDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.members.loading)
        offered.append(dialog.members.model.rowCount())
        qtbot.keyClicks(dialog.members.search, "p3 test")
        model = dialog.members.model
        assert model.rowCount() == 1
        model.setData(model.index(0), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
        dialog.name.setText("By hand")
        dialog.accept()

    errors = on_next_modal(tick_p3)
    editor.add_group()
    wait_for_ops(qtbot, window)
    assert errors == []
    assert offered == [9]  # 8 members and the facilitator, not the whole directory
    p3 = made["people"][3]  # type: ignore[index]
    assert saved_groups(store, sid) == [[p3]]
