"""Export a roster: for whom, which audience, which fields in which order, filters, format.

The internal roster asks for confirmation before it is written, and its file name says
CONFIDENTIAL. The fields keep the user's ticks and order when the audience or the scope
changes (fields the new roster cannot have are set aside and come back when it can). A file
name typed with a known extension decides the format; without one, the chosen format's
extension is added.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.documents.roster_csv import guard_notice, guarded_columns
from cohortdesk.domain.attendance import RegistrationStatus
from cohortdesk.domain.enums import MembershipRole, MembershipStage
from cohortdesk.services import cohorts, roster, sessions
from cohortdesk.services.roster import RosterRequest
from cohortdesk.ui.exchange.files import ask_save_path, offer_open
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP, vocabulary
from cohortdesk.ui.i18n.dates import format_day
from cohortdesk.ui.print import paper as paper_setting
from cohortdesk.ui.print.preview import Printable, show_preview
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

FORMAT_LABELS = {"xlsx": QT_TRANSLATE_NOOP("RosterDialog", "Excel workbook (.xlsx)"),
                 "csv": QT_TRANSLATE_NOOP("RosterDialog", "CSV for any spreadsheet (.csv)"),
                 "pdf": QT_TRANSLATE_NOOP("RosterDialog", "PDF for print (.pdf)")}
CONFIRM_TEXT = QT_TRANSLATE_NOOP(
    "RosterDialog", "The internal roster includes email and phone for everyone (also those who "
    "did not agree to share them), access and dietary needs, and staff notes.\n\n{marks} Send it "
    "only to staff and venue contacts who need it.")
# Where each format says CONFIDENTIAL, as the writers in cohortdesk.documents do it.
CONFIDENTIAL_MARKS = {
    "pdf": QT_TRANSLATE_NOOP("RosterDialog", "Its file name and the top of every page say "
                             "CONFIDENTIAL."),
    "xlsx": QT_TRANSLATE_NOOP("RosterDialog", "Its file name, its sheet name, the header of every "
                              "printed page and the file's properties say CONFIDENTIAL."),
    "csv": QT_TRANSLATE_NOOP("RosterDialog", "Its file name and its first line say CONFIDENTIAL. "
                             "A CSV file has no pages or sheets to mark, and a program that opens "
                             "it may drop that line."),
}


def format_label(fmt: str) -> str:
    return translate("RosterDialog", FORMAT_LABELS[fmt])


def confirm_text(fmt: str) -> str:
    return translate("RosterDialog", CONFIRM_TEXT).format(
        marks=translate("RosterDialog", CONFIDENTIAL_MARKS[fmt]))


# The roster's fields (services/roster.py FIELDS) for the catalogue; tests/test_ui_words.py
# checks that every field is here.
ROSTER_FIELDS = (
    QT_TRANSLATE_NOOP("RosterFields", "Name"), QT_TRANSLATE_NOOP("RosterFields", "Given name"),
    QT_TRANSLATE_NOOP("RosterFields", "Family name"),
    QT_TRANSLATE_NOOP("RosterFields", "Preferred name"),
    QT_TRANSLATE_NOOP("RosterFields", "Pronouns"), QT_TRANSLATE_NOOP("RosterFields", "Title"),
    QT_TRANSLATE_NOOP("RosterFields", "Organization"),
    QT_TRANSLATE_NOOP("RosterFields", "Jurisdiction"), QT_TRANSLATE_NOOP("RosterFields", "Email"),
    QT_TRANSLATE_NOOP("RosterFields", "Phone"), QT_TRANSLATE_NOOP("RosterFields", "Role"),
    QT_TRANSLATE_NOOP("RosterFields", "Stage"), QT_TRANSLATE_NOOP("RosterFields", "Member since"),
    QT_TRANSLATE_NOOP("RosterFields", "Registration"),
    QT_TRANSLATE_NOOP("RosterFields", "Attendance"),
    QT_TRANSLATE_NOOP("RosterFields", "Checked in"), QT_TRANSLATE_NOOP("RosterFields", "Bio"),
    QT_TRANSLATE_NOOP("RosterFields", "Access needs"),
    QT_TRANSLATE_NOOP("RosterFields", "Dietary needs"),
    QT_TRANSLATE_NOOP("RosterFields", "Shares contact"),
    QT_TRANSLATE_NOOP("RosterFields", "Internal notes"),
)


def field_label(field: roster.RosterField) -> str:
    """A roster field's name in the app's language."""
    return translate("RosterFields", field.label)


def _checklist(name: str, choices: list[tuple[str, str]]) -> QListWidget:
    lst = QListWidget()
    lst.setAccessibleName(name)
    for value, label in choices:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        lst.addItem(item)
    lst.setMaximumHeight(150)
    # As wide as its longest choice: Spanish labels ("Equipo del programa") were cut.
    lst.setMinimumWidth(lst.sizeHintForColumn(0) + 2 * lst.frameWidth() + 6)
    lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return lst


def _checked(lst: QListWidget) -> list[str]:
    return [str(lst.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked]


class RosterDialog(QDialog):
    def __init__(self, context: AppContext, *, cohort_id: int | None = None,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("RosterDialog", "Export roster"))
        self.setAccessibleName(translate("RosterDialog", "Export roster"))
        self.resize(900, 620)
        self.written: Path | None = None
        self.notice = ""  # why a CSV guarded some cells, after an export
        self.done_box: Any = None

        self.scope = QComboBox()
        self.scope.setAccessibleName(translate("RosterDialog", "Roster for"))
        for cid, name in cohorts.cohort_choices(context.store):
            self.scope.addItem(translate("RosterDialog", "Cohort: {name}").format(name=name), ("cohort", cid))
        for row in sorted(sessions.list_sessions(context.store).rows,
                          key=lambda r: (r[4] is None, str(r[4] or ""))):
            when = f" ({format_day(r4)})" if (r4 := row[4]) else ""
            self.scope.addItem(translate(
                    "RosterDialog",
                    "Session: {value1}{when}").format(value1=row[1], when=when), ("session", row[0]))
        wanted = ("session", session_id) if session_id is not None else ("cohort", cohort_id)
        for i in range(self.scope.count()):
            if self.scope.itemData(i) == wanted:
                self.scope.setCurrentIndex(i)

        self.participants = QRadioButton(translate("RosterDialog",
                                                   "For participants: contact details only for people "
                                                   "who agreed to share them"))
        self.participants.setAccessibleName(translate("RosterDialog", "Roster for participants"))
        self.internal = QRadioButton(translate("RosterDialog",
                                               "Internal: everything, including access and dietary needs "
                                               "(confidential)"))
        self.internal.setAccessibleName(translate("RosterDialog", "Internal roster"))
        self.participants.setChecked(True)
        audience = QGroupBox(translate("RosterDialog", "Audience"))
        box = QVBoxLayout(audience)
        box.addWidget(self.participants)
        box.addWidget(self.internal)

        self.fields = QListWidget()
        self.fields.setAccessibleName(translate("RosterDialog", "Fields, in order"))
        self.fields.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.fields.setToolTip(translate(
                "RosterDialog",
                "Tick the fields to include; drag to change their order."))
        self.roles = _checklist(translate("RosterDialog", "Only these roles"),
                                [(v, vocabulary.label(MembershipRole(v)))
                                 for v, _label in roster.role_choices()])
        self.stages = _checklist(translate("RosterDialog", "Only these stages"),
                                 [(v, vocabulary.label(MembershipStage(v)))
                                  for v, _label in roster.stage_choices()])
        self.statuses = _checklist(translate("RosterDialog", "Only these registration statuses"),
                                   [(v, vocabulary.label(RegistrationStatus(v)))
                                    for v, _label in roster.status_choices()])
        filters = QGroupBox(translate("RosterDialog", "Only include (nothing ticked: everyone)"))
        filter_row = QHBoxLayout(filters)
        for title, lst in ((translate("RosterDialog", "Role"), self.roles),
                           (translate("RosterDialog", "Stage"), self.stages),
                           (translate("RosterDialog", "Registration"), self.statuses)):
            col = QVBoxLayout()
            col.addWidget(QLabel(title))
            col.addWidget(lst)
            filter_row.addLayout(col)

        self.sort = QComboBox()
        self.sort.setAccessibleName(translate("RosterDialog", "Sort by"))
        self.descending = QCheckBox(translate("RosterDialog", "Descending"))
        self.descending.setAccessibleName(translate("RosterDialog", "Sort descending"))
        sort_row = QHBoxLayout()
        sort_row.addWidget(self.sort, 1)
        sort_row.addWidget(self.descending)
        self.format = QComboBox()
        self.format.setAccessibleName(translate("RosterDialog", "Format"))
        for key in FORMAT_LABELS:
            self.format.addItem(format_label(key), key)

        form = QFormLayout()
        form.addRow(translate("RosterDialog", "Roster for"), self.scope)
        form.addRow(translate("RosterDialog", "Sort by"), sort_row)
        form.addRow(translate("RosterDialog", "Format"), self.format)
        fields_box = QGroupBox(translate("RosterDialog", "Fields (tick to include, drag to reorder)"))
        QVBoxLayout(fields_box).addWidget(self.fields)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(translate("RosterDialog", "Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(translate("RosterDialog", "Export"))
        self.preview_button = self.buttons.addButton(translate("RosterDialog", "Print preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("rosterPreview")
        self.preview_button.setToolTip(translate(
                "RosterDialog",
                "The roster as its PDF prints, with Print… and Save"))
        self.preview_button.clicked.connect(self.preview)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(audience)
        middle = QHBoxLayout()
        middle.addWidget(fields_box, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(filters)
        side_layout.addStretch(1)
        middle.addWidget(side, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)

        # The user's own ticks and order, kept across audience and scope changes.
        self._order: list[str] = []
        self._ticked: dict[str, bool] = {}
        self._customized = False
        self._filling = False
        self.fields.itemChanged.connect(self._touched)
        for signal in (self.fields.model().rowsMoved, self.fields.model().rowsInserted,
                       self.fields.model().rowsRemoved):
            signal.connect(self._touched)  # a drag moves, or removes and inserts, rows
        self.scope.currentIndexChanged.connect(self._refresh_fields)
        self.internal.toggled.connect(self._refresh_fields)
        self._refresh_fields()
        self.export_button.setEnabled(self.scope.count() > 0)

    def _is_session(self) -> bool:
        data = self.scope.currentData()
        return bool(data) and data[0] == "session"

    def _audience(self) -> roster.Audience:
        return "internal" if self.internal.isChecked() else "participants"

    def _remember_fields(self) -> None:
        """Note the list's ticks and order, so a refresh can keep them."""
        shown = [str(self.fields.item(i).data(Qt.ItemDataRole.UserRole))
                 for i in range(self.fields.count())]
        if not shown:
            return
        for i, key in enumerate(shown):
            self._ticked[key] = self.fields.item(i).checkState() == Qt.CheckState.Checked
        # The shown fields take their new order; fields set aside keep their place.
        slots = iter(shown)
        self._order = [next(slots) if key in shown else key for key in self._order]
        self._order += [key for key in shown if key not in self._order]

    def _touched(self, *_args: Any) -> None:
        if not self._filling:
            self._customized = True

    def _refresh_fields(self) -> None:
        audience = self._audience()
        session = self._is_session()
        defaults = roster.default_fields(session=session, audience=audience)
        available = roster.available_fields(session=session, audience=audience)
        allowed = {f.key for f in available}
        if self._customized:
            self._remember_fields()
            order = [k for k in self._order if k in allowed]
            order += [f.key for f in available if f.key not in order]
            ticked = {k: self._ticked.get(k, k in defaults) for k in order}
        else:  # nothing chosen by hand yet: this roster's own defaults
            order = list(defaults) + [f.key for f in available if f.key not in defaults]
            ticked = {k: k in defaults for k in order}
            self._order = list(order)
        self._filling = True
        try:
            self.fields.clear()
            for key in order:
                f = roster.BY_KEY[key]
                item = QListWidgetItem(field_label(f) + (translate(
                        "RosterDialog",
                        "  (internal)") if f.audience == "internal"
                                                  else ""))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if ticked[key]
                                   else Qt.CheckState.Unchecked)
                self.fields.addItem(item)
        finally:
            self._filling = False
        current = self.sort.currentData()
        self.sort.clear()
        for f in available:
            self.sort.addItem(field_label(f), f.key)
        self.sort.setCurrentIndex(max(self.sort.findData(current or "name"), 0))
        self.statuses.setEnabled(session)
        for i in range(self.statuses.count()):  # declined and cancelled: internal only
            item = self.statuses.item(i)
            hidden = (not self.internal.isChecked()
                      and str(item.data(Qt.ItemDataRole.UserRole)) in roster.NOT_ATTENDING)
            item.setHidden(hidden)
            if hidden:
                item.setCheckState(Qt.CheckState.Unchecked)

    def request(self) -> RosterRequest:
        kind, ident = self.scope.currentData()
        sort_key = str(self.sort.currentData() or "name")
        return RosterRequest(
            cohort_id=ident if kind == "cohort" else None,
            session_id=ident if kind == "session" else None,
            fields=tuple(_checked(self.fields)),
            audience=self._audience(),
            roles=frozenset(_checked(self.roles)), stages=frozenset(_checked(self.stages)),
            statuses=frozenset(_checked(self.statuses)) if self._is_session() else frozenset(),
            sort=(("-" if self.descending.isChecked() else "") + sort_key,),
        )

    def choose_and_export(self) -> None:
        request = self.request()
        fmt = self.format.currentData()
        name = _file_name(self.context.store, request, fmt)
        path = ask_save_path(self.context, self, "roster",
                             translate("RosterDialog", "Save roster as"), name,
                             f"{format_label(fmt)};;" + translate("RosterDialog", "All files (*)"))
        if path is not None:
            self.export_to(path)

    def printable(self) -> Printable:
        """The roster as a PDF, to preview or print (built and written on the worker)."""
        request = self.request()
        store, paper = self.context.store, paper_setting.paper(self.context)
        name = _file_name(store, request, "pdf")

        def write(path: Path, progress: Any) -> Path:
            progress(0, 0, translate("RosterDialog", "Reading the roster…"))
            return roster.write_table(roster.build_roster(store, request), "pdf", path, paper)

        return Printable(Path(name).stem, name, write)

    def preview(self) -> Any:
        request = self.request()
        if request.internal and not self.context.confirm(
                translate("RosterDialog", "Preview the internal roster?"), confirm_text("pdf"),
                translate("RosterDialog", "Show confidential roster")):
            return None
        return show_preview(self.context, self.printable(), self)

    def target(self, path: Path) -> tuple[Path, roster.Format]:
        """The file and format to write: a typed .csv, .xlsx or .pdf decides the format (and
        the Format box follows it); any other name gets the chosen format's extension."""
        typed = path.suffix.lower().lstrip(".")
        if typed in roster.FORMATS:
            fmt = roster.format_for(path)
            self.format.setCurrentIndex(self.format.findData(fmt))
            return path, fmt
        fmt = roster.format_for(path, self.format.currentData())
        return path.with_name(f"{path.name}.{fmt}"), fmt

    def export_to(self, path: Path) -> bool:
        """Confirm an internal roster, then build and write it on the worker thread."""
        request = self.request()
        path, fmt = self.target(path)
        if request.internal and not self.context.confirm(
                translate("RosterDialog", "Export the internal roster?"), confirm_text(fmt),
                translate("RosterDialog", "Export confidential roster")):
            return False
        store, paper = self.context.store, paper_setting.paper(self.context)

        def work(progress: Any) -> tuple[Path, int, str]:
            progress(0, 0, translate("RosterDialog", "Reading the roster…"))
            if fmt == "xlsx":
                # Straight from the query's columns, as the command line does: no table of
                # rows in between, and no garbage collection stopping the window meanwhile.
                progress(0, 0, translate("RosterDialog", "Writing {name}…").format(name=path.name))
                written, count = roster.export_roster_counted(store, request, fmt, path,
                                                              progress=progress)
                return written, count, ""
            table = roster.build_roster(store, request)
            progress(0, 0, translate("RosterDialog", "Writing {name}…").format(name=path.name))
            written = roster.write_table(table, fmt, path, paper)
            notice = guard_notice(guarded_columns(table)) if fmt == "csv" else ""
            return written, len(table.rows), notice

        def done(result: tuple[Path, int, str]) -> None:
            written, count, notice = result
            self.written, self.notice = written, notice
            self.context.show_status(translate(
                    "RosterDialog",
                    "Wrote {count} people to {name}").format(count=count, name=written.name), 8000)
            self.accept()
            text = translate("RosterDialog", "Wrote {count} people to {name}.").format(
                count=count, name=written.name)
            self.done_box = offer_open(self.context.host, translate("RosterDialog", "Roster exported"),
                                       text + (f"\n\n{notice}" if notice else ""), written)

        self.export_button.setEnabled(False)
        job = self.context.run_job(translate("RosterDialog", "Exporting the roster…"), work, done)
        signals = getattr(job, "signals", None)
        if signals is not None:
            signals.failed.connect(lambda _exc: self.export_button.setEnabled(True))
        return True


def _file_name(store: Any, request: Any, fmt: Any) -> str:
    """The roster's suggested file name, its words in the app's language."""
    return roster.default_file_name(
        store, request, fmt, roster_word=translate("RosterDialog", "roster"),
        internal_words=translate("RosterDialog", "CONFIDENTIAL internal"))
