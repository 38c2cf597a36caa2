"""Generate breakout groups (issue 20): mix the people of a session who have not met yet.

The dialog asks for the number of groups (or their size) and runs `breakouts.generate` on the
worker (a read). It shows the proposal group by group, with how many pairs already shared a
group in earlier sessions against what a random draw would give. The user drags people from
one group to another, locks a group that is right, and regenerates the rest. Save records
the groups on the session's breakout item through `context.ops.run`: one undoable step.

Groups locked on the agenda (saved as locked) stay as they are and cannot be changed here;
groups locked in this dialog are kept while the rest is regenerated, then saved like the rest.
"""

from __future__ import annotations

import dataclasses
import json
import random
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.errors import CohortDeskError
from cohortdesk.services import attendance, breakouts, people
from cohortdesk.services.breakouts import GeneratedGroups
from cohortdesk.store import Store
from cohortdesk.ui.shell.context import AppContext

PEOPLE_MIME = "application/x-cohortdesk-people"
PERSON_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 3


@dataclasses.dataclass(frozen=True)
class Proposal:
    """What one generation gives the dialog: the plan and how to show its people."""

    generated: GeneratedGroups
    names: dict[int, str]
    organizations: dict[int, str]


def propose(store: Store, session_id: int, *, groups: int | None, size: int | None,
            item_id: int | None, keep: list[list[int]], seed: int | None) -> Proposal:
    """Generate on the worker, with the names and organizations the groups show (reads only)."""
    generated = breakouts.generate(store, session_id, groups=groups, size=size, item_id=item_id,
                                   keep=keep, seed=seed)
    registered = {r.person_id: r for r in attendance.registrations(store, session_id)}
    names: dict[int, str] = {}
    organizations: dict[int, str] = {}
    for group in generated.groups:
        for pid in group:
            record = registered.get(pid)
            names[pid] = record.name if record else people.display_name(store, pid)
            organizations[pid] = record.organization if record else ""
    return Proposal(generated, names, organizations)


class GroupList(QListWidget):
    """One group's people; people are dragged in and out as ids, and the dialog moves them."""

    dropped = Signal(list, object)  # person ids, this list

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName(f"breakoutGroup{index + 1}")
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMinimumHeight(120)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [PEOPLE_MIME]

    def mimeData(self, items: Any) -> QMimeData:  # noqa: N802 - Qt API
        data = QMimeData()
        ids = [int(item.data(PERSON_ROLE)) for item in items]
        data.setData(PEOPLE_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(PEOPLE_MIME) and self.acceptDrops():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        data = event.mimeData()
        if not data.hasFormat(PEOPLE_MIME) or not self.acceptDrops():
            event.ignore()
            return
        ids = [int(x) for x in json.loads(bytes(data.data(PEOPLE_MIME).data()).decode())]
        # The dialog moves them; the drag's source must not delete its rows on its own.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit(ids, self)


class BreakoutsDialog(QDialog):
    def __init__(self, context: AppContext, session_id: int, item_id: int | None = None, *,
                 groups: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.item_id = item_id
        self.setObjectName("breakoutsDialog")
        self.setWindowTitle(self.tr("Generate breakout groups"))
        self.resize(900, 620)
        self.proposal: Proposal | None = None
        self.groups: list[list[int]] = []  # as shown: groups locked on the agenda first
        self.kept: list[bool] = []  # locked in this dialog
        self.saved_locked = 0  # how many of the first groups are locked on the agenda
        self.facilitators: set[int] = set()
        self.moved_by_hand = False
        self.lists: list[GroupList] = []
        self.lock_boxes: list[QCheckBox] = []

        self.mode = QComboBox()
        self.mode.setObjectName("breakouts_mode")
        self.mode.addItem(self.tr("Number of groups"), "groups")
        self.mode.addItem(self.tr("People per group"), "size")
        self.mode.setAccessibleName(self.tr("Make groups by"))
        self.count = QSpinBox()
        self.count.setObjectName("breakouts_count")
        self.count.setRange(1, 500)
        self.count.setValue(groups or 4)
        self.count.setAccessibleName(self.tr("How many"))
        self.generate_button = QPushButton(self.tr("&Generate"))
        self.generate_button.setObjectName("breakouts_generate")
        self.generate_button.setToolTip(self.tr("Place everyone registered or attending, mixing "
                                                "people who have not shared a group before. "
                                                "Locked groups stay as they are."))
        self.generate_button.clicked.connect(self.generate)
        controls = QHBoxLayout()
        controls.addWidget(self.mode)
        controls.addWidget(self.count)
        controls.addWidget(self.generate_button)
        controls.addStretch(1)

        self.summary = QLabel(self.tr("Choose how many groups to make, then Generate."))
        self.summary.setObjectName("breakouts_summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.board = QWidget()
        self.grid = QGridLayout(self.board)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.board)
        hint = QLabel(self.tr("Drag people from one group to another. Lock a group to keep it "
                              "when you generate again."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    # -- generating -------------------------------------------------------------------------

    def generate(self) -> None:
        """Generate, or regenerate every group that is not locked."""
        keep = [g for i, g in enumerate(self.groups) if i >= self.saved_locked and self.kept[i]]
        by_size = self.mode.currentData() == "size"
        value = self.count.value()
        # The first proposal is the generator's own (the same for the same session); each
        # regeneration draws afresh.
        seed = None if self.proposal is None else random.randrange(2**31)
        store = self.context.store
        self.error.hide()
        self.generate_button.setEnabled(False)

        def work(_progress: Any) -> Proposal:
            return propose(store, self.session_id, groups=None if by_size else value,
                           size=value if by_size else None, item_id=self.item_id, keep=keep,
                           seed=seed)

        self.context.jobs.run(self.tr("Generating breakout groups…"), work, self._generated,
                              on_failed=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.generate_button.setEnabled(True)
        if isinstance(exc, CohortDeskError):
            self.error.setText(str(exc))
            self.error.show()
        else:
            self.context.show_error(exc)

    def _generated(self, proposal: Proposal) -> None:
        self.generate_button.setEnabled(True)
        self.generate_button.setText(self.tr("Re&generate the rest"))
        plan = proposal.generated.plan
        saved = [list(g) for g in plan.locked[:len(proposal.generated.locked_group_ids)]]
        fresh = [list(g) for g in plan.groups]
        old_open = list(zip(self.groups[self.saved_locked:], self.kept[self.saved_locked:],
                            strict=True))
        # Groups locked here stay where they were; the new ones fill the other places.
        open_groups: list[list[int]] = []
        kept: list[bool] = []
        for group, is_kept in old_open:
            if is_kept:
                open_groups.append(group)
                kept.append(True)
            elif fresh:
                open_groups.append(fresh.pop(0))
                kept.append(False)
        open_groups += fresh
        kept += [False] * len(fresh)
        self.proposal = proposal
        self.saved_locked = len(saved)
        self.groups = saved + open_groups
        self.kept = [True] * len(saved) + kept
        self.facilitators |= {f for f in plan.facilitators if f is not None}
        self.moved_by_hand = False
        self._show_groups()
        self.save_button.setEnabled(bool(open_groups) and not self.context.store.read_only)

    # -- showing ----------------------------------------------------------------------------

    def _person_item(self, pid: int) -> QListWidgetItem:
        assert self.proposal is not None
        name = self.proposal.names.get(pid, str(pid))
        org = self.proposal.organizations.get(pid, "")
        text = name + (self.tr(" (facilitator)") if pid in self.facilitators else "")
        item = QListWidgetItem(text)
        item.setData(PERSON_ROLE, pid)
        if org:
            item.setToolTip(org)
        return item

    def _show_groups(self) -> None:
        while self.grid.count():
            child = self.grid.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lists, self.lock_boxes = [], []
        for index, group in enumerate(self.groups):
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            box.setContentsMargins(6, 6, 6, 6)
            head = QHBoxLayout()
            title = QLabel(self.tr("<b>Group {n}</b> · {count}").format(n=index + 1,
                                                                        count=len(group)))
            head.addWidget(title, 1)
            lock = QCheckBox(self.tr("Locked"))
            lock.setObjectName(f"breakoutLock{index + 1}")
            lock.setChecked(self.kept[index])
            if index < self.saved_locked:
                lock.setEnabled(False)
                lock.setToolTip(self.tr("Locked on the agenda: it stays as it is."))
            else:
                lock.setToolTip(self.tr("Keep this group as it is when you generate again."))
                lock.toggled.connect(lambda on, i=index: self.set_kept(i, on))
            head.addWidget(lock)
            box.addLayout(head)
            listing = GroupList(index)
            listing.setAccessibleName(self.tr("Group {n}").format(n=index + 1))
            for pid in group:
                listing.addItem(self._person_item(pid))
            fixed = self.kept[index]
            listing.setAcceptDrops(not fixed)
            listing.setDragEnabled(not fixed)
            listing.dropped.connect(self._on_dropped)
            box.addWidget(listing, 1)
            self.grid.addWidget(frame, index // COLUMNS, index % COLUMNS)
            self.lists.append(listing)
            self.lock_boxes.append(lock)
        self._show_summary()

    def _show_summary(self) -> None:
        if self.proposal is None:
            return
        plan = self.proposal.generated.plan
        placed = sum(len(g) for g in self.groups)
        text = self.tr("{people} people in {groups} groups. {repeats} pairs already shared a "
                       "group in an earlier session; a random draw would give about "
                       "{chance}.").format(people=placed, groups=len(self.groups),
                                           repeats=plan.repeat_pairs,
                                           chance=QLocale().toString(plan.expected_by_chance, "f", 1))
        if plan.same_organization_pairs:
            text += " " + self.tr("{n} pairs come from the same organization.").format(
                n=plan.same_organization_pairs)
        if plan.together_split or plan.apart_joined:
            text += " " + self.tr("{n} keep-together or keep-apart rules could not be "
                                  "honoured.").format(n=len(plan.together_split)
                                                      + len(plan.apart_joined))
        if self.moved_by_hand:
            text += " " + self.tr("(Figures for the generated groups, before your moves.)")
        self.summary.setText(text)

    # -- editing ----------------------------------------------------------------------------

    def set_kept(self, index: int, kept: bool) -> None:
        if index < self.saved_locked:
            return
        self.kept[index] = kept
        self.lists[index].setAcceptDrops(not kept)
        self.lists[index].setDragEnabled(not kept)
        self.lock_boxes[index].setChecked(kept)

    def _on_dropped(self, ids: list[int], target: GroupList) -> None:
        self.move_people(ids, target.index)

    def move_people(self, ids: list[int], target: int) -> None:
        """Move people into group `target` (its position as shown), out of unlocked groups."""
        if self.kept[target]:
            return
        moving = [pid for pid in ids
                  if any(pid in g and not self.kept[i] and i != target
                         for i, g in enumerate(self.groups))]
        if not moving:
            return
        for i, group in enumerate(self.groups):
            if i != target:
                group[:] = [pid for pid in group if pid not in moving]
        self.groups[target].extend(moving)
        self.moved_by_hand = True
        self._show_groups()

    # -- saving -----------------------------------------------------------------------------

    def result_groups(self) -> GeneratedGroups:
        """The groups as they stand, ready for `breakouts.save` (locked ones on the agenda
        stay; every other group is written in the order shown, its facilitator first)."""
        assert self.proposal is not None
        generated = self.proposal.generated
        open_groups, facilitators = [], []
        for group in self.groups[self.saved_locked:]:
            if not group:
                continue
            lead = next((pid for pid in group if pid in self.facilitators), None)
            open_groups.append(tuple([lead] if lead is not None else [])
                               + tuple(p for p in group if p != lead))
            facilitators.append(lead)
        plan = dataclasses.replace(
            generated.plan, groups=tuple(open_groups), facilitators=tuple(facilitators),
            locked=tuple(tuple(g) for g in self.groups[:self.saved_locked]))
        return dataclasses.replace(generated, plan=plan)

    def save(self) -> None:
        if self.proposal is None:
            return
        self.context.ops.run(breakouts.save, self.result_groups(), trigger=self.save_button,
                             initiator=self, on_success=lambda _item: self.accept(),
                             on_failure=self._failed)
