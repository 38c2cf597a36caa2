"""The packet dialog: sections to tick and drag into order, paper, pre-reads, output path."""

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
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.documents.packet_data import (
    OPTIONAL_SECTIONS,
    SECTIONS,
    PacketOptions,
    section_is_empty,
)
from cohortdesk.services import packets, prereads, sessions
from cohortdesk.ui.exchange.files import last_folder, offer_open, remember_folder
from cohortdesk.ui.exchange.screen import fit_to_screen
from cohortdesk.ui.i18n import QT_TRANSLATE_NOOP
from cohortdesk.ui.print import paper as paper_setting
from cohortdesk.ui.print.preview import Printable, print_now, show_preview
from cohortdesk.ui.shell.context import AppContext

translate = QCoreApplication.translate

# The sections as the dialog names them (the core's SECTIONS, in the app's language).
SECTION_LABELS = {
    "cover": QT_TRANSLATE_NOOP("PacketDialog", "Cover"),
    "contents": QT_TRANSLATE_NOOP("PacketDialog", "Contents"),
    "objectives": QT_TRANSLATE_NOOP("PacketDialog", "Welcome and objectives"),
    "agenda": QT_TRANSLATE_NOOP("PacketDialog", "Agenda"),
    "roster": QT_TRANSLATE_NOOP("PacketDialog", "Participants"),
    "directory": QT_TRANSLATE_NOOP("PacketDialog", "Directory"),
    "next-steps": QT_TRANSLATE_NOOP("PacketDialog", "Next steps"),
    "results": QT_TRANSLATE_NOOP("PacketDialog", "Results framework"),
    "notes": QT_TRANSLATE_NOOP("PacketDialog", "Notes from the previous session"),
    "note-pages": QT_TRANSLATE_NOOP("PacketDialog", "Note pages (blank, for writing)"),
    "pre-reads": QT_TRANSLATE_NOOP("PacketDialog", "Pre-reads"),
}


def section_label(key: str) -> str:
    """A packet section's name in the app's language (the core's own name if it is new)."""
    english = SECTION_LABELS.get(key)
    return translate("PacketDialog", english) if english else SECTIONS[key]


def _safe_name(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in text)
    return "-".join(keep.split())[:80] or "packet"


class PacketDialog(QDialog):
    """Choose what the packet holds; Generate runs on the worker with progress and Cancel."""

    def __init__(self, context: AppContext, session_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        record = sessions.get_session(context.store, session_id)
        self.record_title = record.title
        self.setWindowTitle(translate(
                "PacketDialog",
                "Convening packet — {title}").format(title=record.title))
        self.setObjectName("packetDialog")

        self.sections = QListWidget()
        self.sections.setObjectName("packetSections")
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in SECTIONS:
            item = QListWidgetItem(section_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Unchecked if key in OPTIONAL_SECTIONS
                               else Qt.CheckState.Checked)
            self.sections.addItem(item)
        # Wide enough for the longest section's name with its tick box: nothing is cut.
        self.sections.setMinimumWidth(self.sections.sizeHintForColumn(0)
                                      + 2 * self.sections.frameWidth() + 8)
        sections_box = QGroupBox(translate("PacketDialog", "Sections (drag to reorder)"))
        sections_layout = QVBoxLayout(sections_box)
        sections_layout.addWidget(self.sections)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("packetEmptySections")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #555;")
        sections_layout.addWidget(self.empty_note)

        self.paper = QComboBox()
        for label, key in paper_setting.PAPERS:
            self.paper.addItem(translate("Paper", label), key)
        # The one paper setting: every document follows it, so a change here is kept.
        self.paper.setCurrentIndex(max(self.paper.findData(paper_setting.paper(context)), 0))
        self.paper.setToolTip(translate("PacketDialog",
                                        "Every packet, sheet and roster uses this paper (also under "
                                        "Session › Print › Paper size)"))
        self.paper.currentIndexChanged.connect(
            lambda _i: paper_setting.set_paper(context, str(self.paper.currentData())))
        self.large_print = QCheckBox(translate("PacketDialog", "Large-print edition (body text 14 pt)"))
        self.binding = QCheckBox(translate("PacketDialog", "Binding margin"))
        self.roster_sort = QComboBox()
        self.roster_sort.addItem(translate("PacketDialog", "Family name"), "family")
        self.roster_sort.addItem(translate("PacketDialog", "Jurisdiction"), "jurisdiction")
        self.note_pages = QSpinBox()
        self.note_pages.setRange(1, 40)
        self.note_pages.setValue(2)
        self.note_style = QComboBox()
        self.note_style.addItem(translate("PacketDialog", "Lined"), "lined")
        self.note_style.addItem(translate("PacketDialog", "Dotted"), "dotted")
        self.notes_column = QCheckBox(translate("PacketDialog", "Notes column beside the agenda"))

        self.prereads = QListWidget()
        self.prereads.setObjectName("packetPrereads")
        add = QPushButton(translate("PacketDialog", "Attach PDF…"))
        add.clicked.connect(self._attach)
        self.preread_remove = remove = QPushButton(translate("PacketDialog", "Remove"))
        remove.setObjectName("prereadRemove")
        remove.clicked.connect(self._remove)
        self.preread_up = QPushButton(translate("PacketDialog", "Move up"))
        self.preread_up.setObjectName("prereadUp")
        self.preread_up.setToolTip(translate("PacketDialog", "Print this pre-read earlier in the packet"))
        self.preread_up.clicked.connect(lambda: self._move(-1))
        self.preread_down = QPushButton(translate("PacketDialog", "Move down"))
        self.preread_down.setObjectName("prereadDown")
        self.preread_down.setToolTip(translate("PacketDialog", "Print this pre-read later in the packet"))
        self.preread_down.clicked.connect(lambda: self._move(1))
        self.prereads.currentRowChanged.connect(lambda _row: self._enable_moves())
        pre_buttons = QHBoxLayout()
        pre_buttons.addWidget(add)
        pre_buttons.addWidget(remove)
        pre_buttons.addStretch()
        pre_buttons.addWidget(self.preread_up)
        pre_buttons.addWidget(self.preread_down)
        pre_box = QGroupBox(translate("PacketDialog", "Pre-reads (stored in the workspace)"))
        pre_layout = QVBoxLayout(pre_box)
        pre_layout.addWidget(self.prereads)
        pre_layout.addLayout(pre_buttons)

        default = Path(last_folder(context, "packet")) / f"{_safe_name(record.title)}-packet.pdf"
        self.output = QLineEdit(str(default))
        self.output.setObjectName("packetOutput")
        browse = QPushButton(translate("PacketDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("PacketDialog", "Paper:"), self.paper)
        form.addRow("", self.large_print)
        form.addRow("", self.binding)
        form.addRow(translate("PacketDialog", "Sort roster by:"), self.roster_sort)
        form.addRow(translate("PacketDialog", "Note pages:"), self.note_pages)
        form.addRow(translate("PacketDialog", "Note page style:"), self.note_style)
        form.addRow("", self.notes_column)
        form.addRow(translate("PacketDialog", "Save as:"), out_row)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(pre_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(sections_box, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        columns.addWidget(right_widget, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = self.buttons.addButton(translate("PacketDialog", "Print preview…"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("packetPreview")
        self.preview_button.clicked.connect(self.preview)
        self.print_button = self.buttons.addButton(translate(
                "PacketDialog",
                "Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("packetPrint")
        self.print_button.clicked.connect(self.print_packet)
        self.generate = self.buttons.addButton(translate(
                "PacketDialog",
                "Save PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate.setObjectName("packetGenerate")
        self.generate.setToolTip(translate("PacketDialog", "Write the packet to the file under “Save as”"))
        self.generate.setDefault(True)
        self.buttons.accepted.connect(self._generate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 800, 540)
        self._load_prereads()

    # -- state -------------------------------------------------------------------------------

    def options(self) -> PacketOptions:
        chosen = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return PacketOptions(
            sections=tuple(chosen), paper=str(self.paper.currentData()),
            large_print=self.large_print.isChecked(), binding_margin=self.binding.isChecked(),
            roster_sort=str(self.roster_sort.currentData()), note_pages=self.note_pages.value(),
            note_style=str(self.note_style.currentData()),
            agenda_notes_column=self.notes_column.isChecked(),
        )

    def _load_prereads(self, select: int | None = None) -> None:
        self.prereads.clear()
        for p in prereads.list_prereads(self.context.store, self.session_id):
            pages = (translate("PacketDialog", "1 page") if p.page_count == 1 else
                     translate("PacketDialog", "{count} pages").format(count=p.page_count))
            item = QListWidgetItem(f"{p.title} — {pages}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.prereads.addItem(item)
            if p.id == select:
                self.prereads.setCurrentItem(item)
        self._enable_moves()
        self._note_empty_sections()

    def _note_empty_sections(self) -> None:
        """Say which sections have nothing in them yet: the packet leaves them out."""
        data = packets.packet_data(self.context.store, self.session_id, with_prereads=False)
        skip = {"cover", "contents", "note-pages", "results", "pre-reads"}
        empty = [section_label(k) for k in SECTIONS
                 if k not in skip and section_is_empty(k, data, PacketOptions())]
        if not self.prereads.count():
            empty.append(section_label("pre-reads"))
        self.empty_note.setText(
            translate("PacketDialog", "Nothing in these yet, so the packet leaves them out: "
                                      "{sections}.").format(sections=", ".join(empty))
            if empty else "")
        self.empty_note.setVisible(bool(empty))

    def _enable_moves(self) -> None:
        row, count = self.prereads.currentRow(), self.prereads.count()
        self.preread_up.setEnabled(row > 0)
        self.preread_down.setEnabled(0 <= row < count - 1)

    def _move(self, step: int) -> None:
        """Move the selected pre-read up (-1) or down (1) in the packet's order."""
        row = self.prereads.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.prereads.count():
            return
        preread_id = int(self.prereads.item(row).data(Qt.ItemDataRole.UserRole))
        button = self.preread_up if step < 0 else self.preread_down
        self.context.ops.run(prereads.move_preread, preread_id, target, trigger=button,
                             initiator=self,
                             on_success=lambda _v: self._load_prereads(select=preread_id))

    def _attach(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, translate("PacketDialog", "Attach pre-reads"),
                                                last_folder(self.context, "prereads"),
                                                translate("PacketDialog", "PDF files (*.pdf)"))
        if names:
            remember_folder(self.context, "prereads", names[0])
        # One undoable step per file: a file that is not a PDF is refused on its own.
        for name in names:
            self.context.ops.run(prereads.add_preread, self.session_id, name,
                                 source=Path(name).name, initiator=self,
                                 on_success=lambda _v: self._load_prereads())

    def _remove(self) -> None:
        item = self.prereads.currentItem()
        if item is None:
            return
        self.context.ops.run(prereads.remove_preread, int(item.data(Qt.ItemDataRole.UserRole)),
                             trigger=self.preread_remove, initiator=self,
                             on_success=lambda _v: self._load_prereads())

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate(
                "PacketDialog",
                "Save the packet as"), self.output.text(),
                                              translate("PacketDialog", "PDF (*.pdf)"))
        if name:
            remember_folder(self.context, "packet", name)
            self.output.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # -- generation --------------------------------------------------------------------------

    def printable(self) -> Printable | None:
        """The packet as chosen now, to preview or print (written on the worker)."""
        try:
            options = self.options().checked()
        except Exception as exc:  # noqa: BLE001
            self.context.show_error(exc)
            return None
        store, sid = self.context.store, self.session_id
        return Printable(translate("PacketDialog", "Convening packet — {title}").format(
                             title=self.record_title),
                         Path(self.output.text()).name or "packet.pdf",
                         lambda path, progress: packets.generate_packet(store, sid, path, options,
                                                                        progress))

    def preview(self) -> Any:
        printable = self.printable()
        return show_preview(self.context, printable, self) if printable else None

    def print_packet(self) -> Any:
        printable = self.printable()
        return print_now(self.context, printable, self) if printable else None

    def _generate(self) -> None:
        try:
            options = self.options().checked()
        except Exception as exc:  # noqa: BLE001
            self.context.show_error(exc)
            return
        path = Path(self.output.text()).expanduser()
        store, sid = self.context.store, self.session_id
        self.generate.setEnabled(False)

        def work(progress: Any) -> Any:
            return packets.generate_packet(store, sid, path, options, progress)

        def done(result: Any) -> None:
            self.generate.setEnabled(True)
            self.accept()
            offer_open(self.context.host, translate("PacketDialog", "Packet ready"), result.summary(),
                       result.path)

        job = self.context.run_job(translate("PacketDialog", "Building the packet"), work, done)
        signals = getattr(job, "signals", None)
        if signals is not None:
            signals.failed.connect(lambda _exc: self.generate.setEnabled(True))


__all__ = ["PacketDialog", "offer_open"]
