"""Importing a Zoom participants report: choose the file, see the preview, decide, apply.

Reading and matching run on the worker (context.run_job). Suggestions ("Lan Nguyen's iPhone")
and unmatched names start as "Leave out": nothing is applied until a person picks it.
Recalculating with another threshold keeps those choices; a threshold changed but not yet
recalculated disables "Record attendance", so what is recorded is always what is shown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.services import people, zoom_import
from cohortdesk.services.zoom_import import (
    BRIEF,
    MATCHED,
    NOT_COUNTED,
    PRESENT,
    STAFF,
    SUGGESTED,
    UNMATCHED,
    ZoomChoice,
    ZoomMatch,
    ZoomPreview,
)
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, dates, vocabulary
from cohortdesk.ui.sessions.counts import kept_text
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.person_choice import PersonPicker

translate = QCoreApplication.translate

COLUMNS = (QT_TRANSLATE_NOOP("Columns", "Name in the report"),
           QT_TRANSLATE_NOOP("Columns", "Email"),
           QT_TRANSLATE_NOOP("Columns", "Minutes"),
           QT_TRANSLATE_NOOP("Columns", "Status"),
           QT_TRANSLATE_NOOP("Columns", "Found"),
           QT_TRANSLATE_NOOP("Columns", "What to record"))
_HOW = {"email": QT_TRANSLATE_NOOP("ZoomImportDialog", "by email"),
        "name": QT_TRANSLATE_NOOP("ZoomImportDialog", "by name"),
        "remembered": QT_TRANSLATE_NOOP("ZoomImportDialog", "matched before"),
        "device name": QT_TRANSLATE_NOOP("ZoomImportDialog", "device name"),
        "phone number": QT_TRANSLATE_NOOP("ZoomImportDialog", "phone number"),
        "initial": QT_TRANSLATE_NOOP("ZoomImportDialog", "initial"),
        "host": QT_TRANSLATE_NOOP("ZoomImportDialog", "host"),
        "staff": QT_TRANSLATE_NOOP("ZoomImportDialog", "staff")}
_TINT = {MATCHED: QColor("#e6f4ea"), SUGGESTED: QColor("#fff4e0"), UNMATCHED: QColor("#fde8e8"),
         STAFF: QColor("#eef1f4")}
LEAVE_OUT = QT_TRANSLATE_NOOP("ZoomImportDialog", "Leave out")
SOMEONE_ELSE = QT_TRANSLATE_NOOP("ZoomImportDialog", "Someone else…")
_SEARCH = "search"  # the data of "Someone else…": not a choice, a question
# Up to this many people in the workspace, each row's box lists them all by name.
INLINE_PEOPLE = 300
# At most; the tooltip has a longer one. The decision column's boxes need its width.
NAME_WIDTH, EMAIL_WIDTH, MINUTES_WIDTH, DECISION_WIDTH = 200, 200, 220, 260
STALE = QT_TRANSLATE_NOOP("ZoomImportDialog",
                          "The threshold changed: press Recalculate before recording.")
# The service's words for a line's status and its effect, in the dialog's language.
_STATUS = {PRESENT: QT_TRANSLATE_NOOP("ZoomImportDialog", "Present"),
           BRIEF: QT_TRANSLATE_NOOP("ZoomImportDialog", "Joined briefly"),
           NOT_COUNTED: QT_TRANSLATE_NOOP("ZoomImportDialog", "Not counted")}
_EFFECT = {"new": QT_TRANSLATE_NOOP("ZoomImportDialog", "Add to the list and record"),
           "update": QT_TRANSLATE_NOOP("ZoomImportDialog", "Record"),
           "unchanged": QT_TRANSLATE_NOOP("ZoomImportDialog", "Already recorded")}


# The service's hints (zoom_import.HINTS), by key, in the dialog's language.
_HINTS = {
    "host without staff": QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "The host; no staff member has this email, so they are left out."),
    "also in the report": QT_TRANSLATE_NOOP(
        "ZoomImportDialog",
        "{person} is also “{other}” in this report; their minutes are counted together."),
    "already matched": QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "The {how} points to {person}, who is already matched as “{other}”."),
    "unknown dial-in": QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "A phone dial-in; no one in the workspace has this number."),
    "shared dial-in": QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "A phone dial-in; {count} people have this number."),
}
# What a suggestion went by, as the hint names it ("The device name points to ...").
_HINT_HOW = {"device name": QT_TRANSLATE_NOOP("ZoomImportDialog", "device name"),
             "phone number": QT_TRANSLATE_NOOP("ZoomImportDialog", "phone number"),
             "initial": QT_TRANSLATE_NOOP("ZoomImportDialog", "initial"),
             "name": QT_TRANSLATE_NOOP("ZoomImportDialog", "name"),
             "email": QT_TRANSLATE_NOOP("ZoomImportDialog", "email")}


def hint_text(m: ZoomMatch) -> str:
    """Why the line needs a second look, in the dialog's language."""
    if m.hint_key not in _HINTS:
        return m.hint
    values = dict(m.hint_values)
    if values.get("how") in _HINT_HOW:
        values["how"] = translate("ZoomImportDialog", _HINT_HOW[values["how"]])
    return translate("ZoomImportDialog", _HINTS[m.hint_key]).format(**values)


# The report's problems (documents/zoom_report.py PROBLEMS) and the service's OTHER_DAY, by
# key, in the dialog's language.
_WARNINGS = {
    "unreadable line": QT_TRANSLATE_NOOP("ZoomImportDialog", "Line {line}: {problem}; skipped."),
    "no name": QT_TRANSLATE_NOOP("ZoomImportDialog", "Line {line}: no name; skipped."),
    "not minutes": QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "Line {line}: “{value}” is not a number of minutes; skipped."),
    zoom_import.OTHER_DAY: QT_TRANSLATE_NOOP(
        "ZoomImportDialog", "The report's meeting was on {meeting_day} but {session} is on "
                            "{session_day}. Check that this is the right session."),
}


def warnings_text(plan: ZoomPreview) -> str:
    """The plan's warnings, one a line, in the dialog's language."""
    keys = plan.warning_keys or tuple(("", ()) for _ in plan.warnings)
    lines = []
    for english, (key, pairs) in zip(plan.warnings, keys, strict=True):
        if key not in _WARNINGS:
            lines.append(english)
            continue
        values = dict(pairs)
        for day in ("meeting_day", "session_day"):
            if day in values:
                values[day] = dates.medium_date(dt.date.fromisoformat(values[day]))
        lines.append(translate("ZoomImportDialog", _WARNINGS[key]).format(**values))
    return "\n".join(lines)


def summary_text(plan: ZoomPreview) -> str:
    """The preview's counts (as ZoomPreview.summary gives them), in the dialog's language."""
    matched = plan.of(MATCHED)
    present = sum(1 for p in matched if p.status == PRESENT)
    return translate(
        "ZoomImportDialog",
        "{matched} matched ({present} present, {brief} joined briefly), {suggested} suggested, "
        "{unmatched} unmatched, {staff} host or staff; {changes} to record.").format(
            matched=len(matched), present=present, brief=len(matched) - present,
            suggested=len(plan.of(SUGGESTED)), unmatched=len(plan.of(UNMATCHED)),
            staff=len(plan.of(STAFF)), changes=plan.changes)


def status_text(m: ZoomMatch) -> str:
    if m.outcome == STAFF:
        return (translate("ZoomImportDialog", "Host, not counted") if m.how == "host"
                else translate("ZoomImportDialog", "Staff, not counted"))
    return translate("ZoomImportDialog", _STATUS[m.status]) if m.status in _STATUS \
        else m.status.capitalize()


def found_text(m: ZoomMatch) -> str:
    """Who the line is, and for an unmatched line why no one: shown in the row itself."""
    how = translate("ZoomImportDialog", _HOW[m.how]) if m.how in _HOW else m.how
    no_one = translate("ZoomImportDialog", "No one")
    if m.outcome == UNMATCHED:
        return translate("ZoomImportDialog", "No one: {why}").format(why=hint_text(m)) if m.hint \
            else no_one
    if m.person_name:
        return f"{m.person_name} ({how})"
    if m.outcome == STAFF:
        return translate("ZoomImportDialog", "No staff member with this email") \
            if m.how == "host" else how
    return how or no_one


def start_zoom_import(context: AppContext, session_id: int, path: str | Path | None = None, *,
                      parent: QWidget | None = None) -> None:
    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, translate(
                "ZoomImportDialog",
                "Import a Zoom participants report"), "",
                                              translate(
                                                      "ZoomImportDialog",
                                                      "Zoom reports (*.csv);;All files (*)"))
        if not name:
            return
        path = name
    store = context.store
    context.run_job(translate("ZoomImportDialog", "Reading the Zoom report…"),
                    lambda progress: zoom_import.preview(store, session_id, path, 0.5, progress),
                    lambda plan: ZoomImportDialog(context, plan, parent=parent).open())


def minutes_text(m: ZoomMatch) -> str:
    """A row's minutes in the app's language: "19 + 71 = 90", "90 + 90 − 90 overlapping = 90",
    "… = 90 (the meeting's length)", as the core words them in English (ZoomAttendee)."""
    if len(m.parts) < 2 and not m.capped:
        return str(m.minutes)
    text = " + ".join(map(str, m.parts))
    if m.overlap:
        text += " " + translate("ZoomImportDialog", "− {n} overlapping").format(n=m.overlap)
    text += f" = {m.minutes}"
    if m.capped:
        text += " " + translate("ZoomImportDialog", "(the meeting's length)")
    return text


class ZoomImportDialog(QDialog):
    def __init__(self, context: AppContext, plan: ZoomPreview, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan = plan
        self.setWindowTitle(translate(
                "ZoomImportDialog",
                "Import Zoom report — {session_title}").format(session_title=plan.session_title))
        self._fit_screen()
        self.combos: dict[str, QComboBox] = {}
        # Each row's box lists everyone by name in a small workspace. In a large one that
        # would be a long box on every row (140 rows of 100,000 names), so "Someone else…"
        # opens a search over everyone instead; it is on every row either way.
        self.people: list[tuple[int, str]] = []
        if people.count_people(context.store) <= INLINE_PEOPLE:
            self.people = sorted(((r[0], r[1]) for r in people.list_people(context.store).rows),
                                 key=lambda p: p[1].casefold())
        self._picked: dict[int, str] = {}  # people chosen through the search, by id

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(5, 100)
        self.threshold.setSuffix(translate("ZoomImportDialog", " % of the session"))
        self.threshold.setDecimals(0)
        self.threshold.setAccessibleName(translate("ZoomImportDialog", "Present threshold"))
        self.recalc_button = QPushButton(translate("ZoomImportDialog", "Recalculate"))
        self.recalc_button.setAccessibleName(translate("ZoomImportDialog", "Recalculate with this threshold"))
        self.recalc_button.clicked.connect(self.recalculate)
        self.stale = QLabel(translate("ZoomImportDialog", STALE))
        self.stale.setStyleSheet("color: #7a4b00; font-weight: 600;")
        self.stale.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ZoomImportDialog", "Present when online at least")))
        top.addWidget(self.threshold)
        top.addWidget(self.recalc_button)
        top.addWidget(self.stale)
        top.addStretch(1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #7a4b00;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([vocabulary.column(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # The decision column is always in view: statuses fit their content; names, emails,
        # minutes and decisions fit up to a width, and "found" takes what is left; what does
        # not fit elides (the tooltip has it).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fit = QHeaderView.ResizeMode.ResizeToContents
        # Minutes fit too, up to a width: someone who rejoined twenty times has a long sum.
        interactive = QHeaderView.ResizeMode.Interactive
        for col, mode in ((0, interactive), (1, interactive), (2, interactive), (3, fit),
                          (4, QHeaderView.ResizeMode.Stretch), (5, interactive)):
            header.setSectionResizeMode(col, mode)
        self.summary = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(translate("ZoomImportDialog", "Record attendance"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.show_plan(plan)
        self.threshold.valueChanged.connect(self._threshold_changed)

    def _threshold_changed(self, _value: float = 0.0) -> None:
        stale = round(self.threshold.value()) != round(self.plan.threshold * 100)
        self.apply_button.setEnabled(not stale)
        self.apply_button.setToolTip(translate("ZoomImportDialog", STALE) if stale else "")
        self.stale.setVisible(stale)

    def show_plan(self, plan: ZoomPreview, keep: dict[str, ZoomChoice] | None = None) -> None:
        """Show a preview; `keep` restores choices made on an earlier one, by report key."""
        self.plan = plan
        self.file_label.setText(
            translate("ZoomImportDialog",
                      "<b>{name}</b> for <b>{session_title}</b>: {session_minutes}-minute session; "
                      "present from {threshold_minutes} minutes online.").format(
                          name=Path(plan.path).name, session_title=plan.session_title,
                          session_minutes=plan.session_minutes,
                          threshold_minutes=plan.threshold_minutes))
        self.threshold.blockSignals(True)
        self.threshold.setValue(round(plan.threshold * 100))
        self.threshold.blockSignals(False)
        self._threshold_changed()
        self.warnings.setText(warnings_text(plan))
        self.warnings.setVisible(bool(plan.warnings))
        self.table.setRowCount(len(plan.participants))
        self.combos.clear()
        for row, m in enumerate(plan.participants):
            cells = (m.shown_name, m.email, minutes_text(m), status_text(m), found_text(m),
                     self._effect_text(m))
            hint = hint_text(m)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(_TINT[m.outcome])
                item.setToolTip("\n".join(x for x in (text if col in (0, 1, 2, 4, 5) else "",
                                                       hint) if x))
                self.table.setItem(row, col, item)
            if m.outcome in (SUGGESTED, UNMATCHED):
                combo = self._choice_combo(m)
                if keep and m.key in keep:
                    kept = keep[m.key]
                    _select(combo, kept, self._picked.get(kept.person_id or 0, ""))
                self.combos[m.key] = combo
                self.table.setCellWidget(row, len(COLUMNS) - 1, combo)
        for col, widest in ((0, NAME_WIDTH), (1, EMAIL_WIDTH), (2, MINUTES_WIDTH),
                            (len(COLUMNS) - 1, DECISION_WIDTH)):
            self.table.setColumnWidth(col, min(widest, self.table.sizeHintForColumn(col)))
        self.summary.setText(summary_text(plan))

    def _fit_screen(self) -> None:
        """1100×620, or less on a smaller screen (1366×768 less its panel)."""
        width, height = 1100, 620
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    @staticmethod
    def _effect_text(m: ZoomMatch) -> str:
        if m.outcome == STAFF:
            return translate("ZoomImportDialog", "Left out (host or staff)")
        if m.keeps:
            kept = kept_text(m.kept) if m.kept is not None else m.keeps
            return translate("ZoomImportDialog", "{kept}; records {minutes} min").format(
                kept=f"{kept[:1].upper()}{kept[1:]}", minutes=m.minutes)
        return translate("ZoomImportDialog", _EFFECT[m.effect]) if m.effect in _EFFECT else ""

    def _choice_combo(self, m: ZoomMatch) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(translate("ZoomImportDialog", "What to do with {name}").format(name=m.name))
        combo.addItem(translate("ZoomImportDialog", LEAVE_OUT), None)
        if m.outcome == SUGGESTED and m.person_id is not None:
            combo.addItem(translate(
                    "ZoomImportDialog",
                    "Yes, this is {person_name}").format(
                    person_name=m.person_name), ZoomChoice(person_id=m.person_id))
        if m.guest is not None:
            name = f"{m.guest.given_name} {m.guest.family_name}".strip()
            combo.addItem(translate("ZoomImportDialog", "Add {name} as a guest speaker")
                          .format(name=name) if m.guest.role == "speaker" else
                          translate("ZoomImportDialog", "Add {name} as a guest").format(name=name),
                          ZoomChoice(add_guest=True))
        combo.insertSeparator(combo.count())
        for pid, name in self.people:
            combo.addItem(translate(
                    "ZoomImportDialog",
                    "Match to {name}").format(name=name), ZoomChoice(person_id=pid))
        combo.addItem(translate("ZoomImportDialog", SOMEONE_ELSE), _SEARCH)
        combo.setProperty("kept", 0)
        combo.currentIndexChanged.connect(lambda index, box=combo, row=m: self._chose(box, row, index))
        if m.hint:
            combo.setToolTip(hint_text(m))
        return combo

    def _chose(self, combo: QComboBox, m: ZoomMatch, index: int) -> None:
        """Keep a row's choice; "Someone else…" asks whom, and adds them to the row's box."""
        if combo.itemData(index) != _SEARCH:
            combo.setProperty("kept", index)
            return
        combo.blockSignals(True)
        combo.setCurrentIndex(int(combo.property("kept")))  # until someone is chosen
        combo.blockSignals(False)
        picker = PersonPicker(self.context, translate(
            "ZoomImportDialog", "Match {name} to…").format(name=m.name), self)
        if picker.exec() == QDialog.DialogCode.Accepted and (chosen := picker.chosen()):
            pid, label = chosen
            self._picked[pid] = label
            _select(combo, ZoomChoice(person_id=pid), label)

    def choices(self) -> dict[str, ZoomChoice]:
        chosen = {}
        for key, combo in self.combos.items():
            data = combo.currentData()
            if isinstance(data, ZoomChoice):
                chosen[key] = data
        return chosen

    def recalculate(self) -> None:
        store, plan, keep = self.context.store, self.plan, self.choices()
        share = self.threshold.value() / 100
        self.context.run_job(
            translate("ZoomImportDialog", "Reading the Zoom report…"),
            lambda progress: zoom_import.preview(store, plan.session_id, plan.path, share,
                                                 progress),
            lambda new_plan: self.show_plan(new_plan, keep))

    def apply(self) -> None:
        plan, choices = self.plan, self.choices()

        def done(result: zoom_import.ImportResult) -> None:
            parts = [translate("ZoomImportDialog", "Recorded {count}").format(
                count=result.recorded)]
            if result.unchanged:
                parts.append(translate("ZoomImportDialog", "{count} already up to date").format(
                    count=result.unchanged))
            if result.guests_added:
                parts.append(translate("ZoomImportDialog", "{count} guest(s) added").format(
                    count=len(result.guests_added)))
            if result.left_out:
                parts.append(translate("ZoomImportDialog", "{count} left out").format(
                    count=len(result.left_out)))
            self.context.show_status(translate("ZoomImportDialog", "Zoom report: {what}.").format(
                what=", ".join(parts)), 10000)
            self.accept()

        self.context.ops.run(zoom_import.apply, plan, choices, initiator=self,
                             trigger=self.apply_button, progress=translate(
                                     "ZoomImportDialog",
                                     "Recording attendance…"),
                             source=Path(plan.path).name, on_success=done)


def _select(combo: QComboBox, choice: ZoomChoice, name: str = "") -> None:
    """Choose `choice` in the row's box; a person it does not list (found through the search,
    named `name`) is added above "Someone else…"."""
    for i in range(combo.count()):
        if combo.itemData(i) == choice:
            combo.setCurrentIndex(i)
            return
    if choice.person_id is not None and name:
        at = combo.findData(_SEARCH)
        combo.insertItem(at, translate("ZoomImportDialog", "Match to {name}").format(name=name),
                         choice)
        combo.setCurrentIndex(at)
