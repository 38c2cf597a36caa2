"""Tools › Find duplicates: possible duplicate people and organizations, and the merge dialog
that shows two records side by side and takes each field from one or the other."""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.errors import NotFoundError
from cohortdesk.domain.progress import Cancelled
from cohortdesk.operations import OpInfo, perform_as
from cohortdesk.services import duplicates, merge
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, number, vocabulary
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

PERSON, ORGANIZATION = "person", "organization"
# Pairs of each kind listed, strongest first. Where a common name is shared by dozens of people
# there are millions of pairs; the rest are counted.
LISTED = 1000


def install(context: AppContext) -> None:
    context.actions.add_separator("tools")
    context.actions.add("find_duplicates", translate("Duplicates", "Find &duplicates…"),
                        lambda: DuplicatesDialog(context, context.host).open(), menu="tools")


class DuplicatesDialog(QDialog):
    """Pairs of people, then organizations, who may be one; Merge… opens the merge dialog."""

    COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Kind"), QT_TRANSLATE_NOOP("Columns", "Record"),
               QT_TRANSLATE_NOOP("Columns", "Possible duplicate"),
               QT_TRANSLATE_NOOP("Columns", "Why"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("Duplicates", "Find Duplicates"))
        self.resize(900, 480)
        self.pairs: list[tuple[str, int, int]] = []
        self.summary = QLabel()
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([vocabulary.column(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.merge_selected())
        self.merge_button = QPushButton(translate("Duplicates", "&Merge…"))
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._looking = self._again = False
        context.bus.changed.connect(lambda *_: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Look again, on the worker: comparing a directory of 100,000 people takes seconds.
        A change while it looks makes it look once more when it is done."""
        if self._looking:
            self._again = True
            return
        self._looking, self._again = True, False
        self.merge_button.setEnabled(False)
        if not self.pairs:
            self.summary.setText(translate("Duplicates", "Looking for possible duplicates…"))
        store = self.context.store
        self.context.jobs.run(
            translate("Duplicates", "Looking for duplicates…"),
            lambda progress: duplicates.find_duplicates(store, limit=LISTED, progress=progress),
            self._found, on_failed=self._not_found)

    def _not_found(self, exc: BaseException) -> None:
        self._looking = False
        self.summary.setText(translate("Duplicates", "The search for duplicates was stopped.")
                             if isinstance(exc, Cancelled) else
                             translate("Duplicates", "The search for duplicates stopped: {error}")
                             .format(error=exc))

    def _found(self, found: duplicates.FoundDuplicates) -> None:
        self._looking = False
        if self._again:
            self.refresh()
            return
        rows: list[tuple[str, int, str, int, str, str]] = []
        for p in found.people:
            rows.append((PERSON, p.first_id, _who(p.first_name, p.first_email, p.first_organization),
                         p.second_id, _who(p.second_name, p.second_email, p.second_organization),
                         _reasons(p.reasons)))
        def people_in(name: str, count: int) -> str:
            return translate("Duplicates", "{name} ({count} people)").format(name=name,
                                                                             count=count)

        for o in found.organizations:
            rows.append((ORGANIZATION, o.first_id, people_in(o.first_name, o.first_people),
                         o.second_id, people_in(o.second_name, o.second_people),
                         _reasons(o.reasons)))
        self.pairs = [(kind, a, b) for kind, a, _x, b, _y, _r in rows]
        self.table.setRowCount(len(rows))
        for i, (kind, a, first, b, second, why) in enumerate(rows):
            for j, text in enumerate((translate("Duplicates", "Person") if kind == PERSON
                                      else translate("Duplicates", "Organization"),
                                      f"#{a} {first}", f"#{b} {second}", why)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        total = found.people_total + found.organizations_total
        if total > len(rows):
            number = QLocale().toString
            found_text = translate(
                "Duplicates", "{total} possible duplicates; the {listed} most likely are "
                "listed.").format(
                    total=number(total), listed=number(len(rows)))
        else:
            found_text = (translate("Duplicates", "1 possible duplicate.") if total == 1 else
                          translate("Duplicates", "{n} possible duplicates.").format(n=total))
        self.summary.setText(found_text + " " + translate(
            "Duplicates", "Merging moves everything of one record onto the other; Undo separates "
            "them.") if rows else translate("Duplicates", "No possible duplicates."))
        self.merge_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def merge_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.pairs):
            kind, a, b = self.pairs[row]
            MergeDialog(self.context, kind, a, b, self).open()


# The merge service's names for the fields it compares (services/merge.py FIELD_LABELS), for
# the catalogue; tests/test_duplicates_ui.py checks that every one of them is here.
MERGE_FIELDS = (
    QT_TRANSLATE_NOOP("MergeFields", "Given name"), QT_TRANSLATE_NOOP("MergeFields", "Family name"),
    QT_TRANSLATE_NOOP("MergeFields", "Preferred name"), QT_TRANSLATE_NOOP("MergeFields", "Pronouns"),
    QT_TRANSLATE_NOOP("MergeFields", "Title"), QT_TRANSLATE_NOOP("MergeFields", "Organization"),
    QT_TRANSLATE_NOOP("MergeFields", "Email"), QT_TRANSLATE_NOOP("MergeFields", "Phone"),
    QT_TRANSLATE_NOOP("MergeFields", "Bio"), QT_TRANSLATE_NOOP("MergeFields", "Access needs"),
    QT_TRANSLATE_NOOP("MergeFields", "Dietary needs"),
    QT_TRANSLATE_NOOP("MergeFields", "Shares contact details"),
    QT_TRANSLATE_NOOP("MergeFields", "Internal notes"), QT_TRANSLATE_NOOP("MergeFields", "Name"),
    QT_TRANSLATE_NOOP("MergeFields", "Kind"), QT_TRANSLATE_NOOP("MergeFields", "City"),
    QT_TRANSLATE_NOOP("MergeFields", "State / region"),
)


def field_label(field: str) -> str:
    """A field the merge dialog compares, named in the app's language."""
    return translate("MergeFields", merge.FIELD_LABELS.get(field, field))


def _reasons(reasons: tuple[str, ...]) -> str:
    return ", ".join(map(vocabulary.duplicate_reason, reasons))


def _who(name: str, email: str, organization: str) -> str:
    return " · ".join(x for x in (name, email, organization) if x)


class MergeDialog(QDialog):
    """Two records side by side: for each field that differs, take KEEP's value or OTHER's."""

    def __init__(self, context: AppContext, kind: str, keep_id: int, other_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.kind = context, kind
        self.setWindowTitle(translate(
                "Duplicates",
                "Merge People") if kind == PERSON else translate("Duplicates", "Merge Organizations"))
        self.resize(980, 620)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        self.layout_.addWidget(self.fields_area, 1)
        swap = QPushButton(translate("Duplicates", "&Swap: keep the other record"))
        swap.clicked.connect(lambda: self.load(self.other_id, self.keep_id))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(translate(
                "Duplicates",
                "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_merge)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(swap)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        self.layout_.addLayout(bottom)
        self.groups: dict[str, QButtonGroup] = {}
        self.result_: merge.MergeResult | None = None
        self.load(keep_id, other_id)

    def _values(self, record_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """The record's values as the merge reads them, and as the dialog shows them."""
        with self.context.store.read() as session:
            if self.kind == PERSON:
                values = merge.person_values(session, record_id)
                shown = dict(values)
                if values.get("organization_id"):
                    from cohortdesk.store.models import Organization

                    org = session.get(Organization, values["organization_id"])
                    shown["organization_id"] = org.name if org else ""
                return values, shown
            values = merge.organization_values(session, record_id)
            return values, dict(values)

    def load(self, keep_id: int, other_id: int, chosen: Iterable[str] | None = None,
             since: tuple[dict[str, Any], dict[str, Any]] | None = None) -> None:
        """Show the two records; `chosen` (fields to take from OTHER) replaces the defaults,
        and the fields whose values differ from `since` (the reads shown before) are marked."""
        self.keep_id, self.other_id = keep_id, other_id
        (self.keep_read, keep), (self.other_read, other) = (self._values(keep_id),
                                                            self._values(other_id))
        changed = frozenset() if since is None else frozenset(
            f for f in self.keep_read
            if (self.keep_read[f], self.other_read[f]) != (since[0][f], since[1][f]))
        fields = merge.PERSON_FIELDS if self.kind == PERSON else merge.ORGANIZATION_FIELDS
        default = (merge.default_take(keep, other, fields) if chosen is None
                   else frozenset(chosen))
        noun = (translate("Duplicates", "the person") if self.kind == PERSON
                else translate("Duplicates", "the organization"))
        self.intro.setText(
            translate("Duplicates",
                      "Everything that points at {noun} #{other_id} (memberships, registrations and "
                      "attendance, notes, next steps, results, technical assistance…) moves to "
                      "#{keep_id}, and #{other_id} is removed. Where both were at one session, the "
                      "stronger attendance stays. Choose each field's value below. One Undo separates "
                      "them again.").format(noun=noun, other_id=other_id, keep_id=keep_id))
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, text in enumerate((translate("Duplicates", "Field"),
                                    translate("Duplicates", "Keep #{id}").format(id=keep_id),
                                    translate("Duplicates", "Merged in #{id}").format(
                                        id=other_id))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, col)
        self.groups = {}
        for row, field in enumerate(fields, start=1):
            label = QLabel(field_label(field))
            if field in changed:  # which values to check again after a refused merge
                label.setText("<b>" + html.escape(translate(
                    "Duplicates", "{field} (changed)").format(field=field_label(field))) + "</b>")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            a, b = _shown(keep.get(field)), _shown(other.get(field))
            if a == b:
                same = QLabel(a or "—")
                same.setWordWrap(True)
                same.setStyleSheet("color:#555")
                grid.addWidget(same, row, 1, 1, 2)
                continue
            group = QButtonGroup(self)
            for col, text in ((1, a), (2, b)):
                button = QRadioButton(_clip(text) or translate("Duplicates", "— (blank)"))
                button.setToolTip(text)
                group.addButton(button, col)
                grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignTop)
            group.button(2 if field in default else 1).setChecked(True)
            self.groups[field] = group
        grid.setRowStretch(len(fields) + 1, 1)
        self.fields_area.setWidget(grid_host)

    def take(self) -> list[str]:
        return [f for f, g in self.groups.items() if g.checkedId() == 2]

    def do_merge(self) -> None:
        fn = merge.merge_people if self.kind == PERSON else merge.merge_organizations
        shown = (self.keep_read, self.other_read)
        outcome = self.context.guard(lambda: perform_as(
            self.context.store, OpInfo(source=merge.merge_source(self.other_id), initiator=self),
            fn, self.keep_id, self.other_id, self.take(), shown=shown))
        if outcome is None:
            # Refused (the records changed since they were shown, say): show them as they are
            # now, the user's choices kept, to check and merge again.
            with contextlib.suppress(NotFoundError):  # one was deleted: the error said so
                self.load(self.keep_id, self.other_id, self.take(), since=shown)
        else:
            self.result_ = outcome.value
            self.context.show_status(merge_sentence(outcome.value), 8000)
            self.accept()


def merge_sentence(result: merge.MergeResult) -> str:
    """What a merge did, in the app's language and in the dialog's terms (#ids), as
    MergeResult.sentence says it for the command line."""
    moved, both = sum(result.moved.values()), sum(result.combined.values())
    text = (translate("Duplicates", "Merged #{other} into #{keep}: 1 record moved") if moved == 1
            else translate("Duplicates", "Merged #{other} into #{keep}: {moved} records moved"))
    text = text.format(other=result.other_id, keep=result.keep_id, moved=number(moved))
    if both:
        text += translate("Duplicates", ", {both} that both had combined").format(
            both=number(both))
    return text + "."


def _shown(value: Any) -> str:
    if value is True:
        return translate("Duplicates", "Yes")
    if value is False:
        return translate("Duplicates", "No")
    return "" if value is None else str(value)


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
