"""The packet dialog: sections to tick and drag into order, paper, pre-reads, output path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
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
    QMessageBox,
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
from cohortdesk.ui.shell.context import AppContext


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
        self.setWindowTitle(f"Convening packet — {record.title}")
        self.setObjectName("packetDialog")

        self.sections = QListWidget()
        self.sections.setObjectName("packetSections")
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        labels = {"note-pages": "Note pages (blank, for writing)"}
        for key, title in SECTIONS.items():
            item = QListWidgetItem(labels.get(key, title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Unchecked if key in OPTIONAL_SECTIONS
                               else Qt.CheckState.Checked)
            self.sections.addItem(item)
        sections_box = QGroupBox("Sections (drag to reorder)")
        sections_layout = QVBoxLayout(sections_box)
        sections_layout.addWidget(self.sections)
        self.empty_note = QLabel()
        self.empty_note.setObjectName("packetEmptySections")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #555;")
        sections_layout.addWidget(self.empty_note)

        self.paper = QComboBox()
        self.paper.addItem("US Letter", "letter")
        self.paper.addItem("A4", "a4")
        self.large_print = QCheckBox("Large-print edition (body text 14 pt)")
        self.binding = QCheckBox("Binding margin")
        self.roster_sort = QComboBox()
        self.roster_sort.addItem("Family name", "family")
        self.roster_sort.addItem("Jurisdiction", "jurisdiction")
        self.note_pages = QSpinBox()
        self.note_pages.setRange(1, 40)
        self.note_pages.setValue(2)
        self.note_style = QComboBox()
        self.note_style.addItem("Lined", "lined")
        self.note_style.addItem("Dotted", "dotted")
        self.notes_column = QCheckBox("Notes column beside the agenda")

        self.prereads = QListWidget()
        self.prereads.setObjectName("packetPrereads")
        add = QPushButton("Attach PDF…")
        add.clicked.connect(self._attach)
        remove = QPushButton("Remove")
        remove.clicked.connect(self._remove)
        self.preread_up = QPushButton("Move up")
        self.preread_up.setObjectName("prereadUp")
        self.preread_up.setToolTip("Print this pre-read earlier in the packet")
        self.preread_up.clicked.connect(lambda: self._move(-1))
        self.preread_down = QPushButton("Move down")
        self.preread_down.setObjectName("prereadDown")
        self.preread_down.setToolTip("Print this pre-read later in the packet")
        self.preread_down.clicked.connect(lambda: self._move(1))
        self.prereads.currentRowChanged.connect(lambda _row: self._enable_moves())
        pre_buttons = QHBoxLayout()
        pre_buttons.addWidget(add)
        pre_buttons.addWidget(remove)
        pre_buttons.addStretch()
        pre_buttons.addWidget(self.preread_up)
        pre_buttons.addWidget(self.preread_down)
        pre_box = QGroupBox("Pre-reads (stored in the workspace)")
        pre_layout = QVBoxLayout(pre_box)
        pre_layout.addWidget(self.prereads)
        pre_layout.addLayout(pre_buttons)

        default = Path.home() / f"{_safe_name(record.title)}-packet.pdf"
        self.output = QLineEdit(str(default))
        self.output.setObjectName("packetOutput")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Paper:", self.paper)
        form.addRow("", self.large_print)
        form.addRow("", self.binding)
        form.addRow("Sort roster by:", self.roster_sort)
        form.addRow("Note pages:", self.note_pages)
        form.addRow("Note page style:", self.note_style)
        form.addRow("", self.notes_column)
        form.addRow("Save as:", out_row)

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(pre_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(sections_box, 1)
        right_widget = QWidget()
        right_widget.setLayout(right)
        columns.addWidget(right_widget, 2)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate = self.buttons.addButton("Generate", QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate.setObjectName("packetGenerate")
        self.generate.setDefault(True)
        self.buttons.accepted.connect(self._generate)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
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
            pages = f"{p.page_count} page" + ("" if p.page_count == 1 else "s")
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
        empty = [SECTIONS[k] for k in SECTIONS
                 if k not in skip and section_is_empty(k, data, PacketOptions())]
        if not self.prereads.count():
            empty.append(SECTIONS["pre-reads"])
        self.empty_note.setText(
            "Nothing in these yet, so the packet leaves them out: " + ", ".join(empty) + "."
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
        self.context.guard(lambda: prereads.move_preread(self.context.store, preread_id, target,
                                                         source=self))
        self._load_prereads(select=preread_id)

    def _attach(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Attach pre-reads", str(Path.home()),
                                                "PDF files (*.pdf)")
        for name in names:
            try:
                prereads.add_preread(self.context.store, self.session_id, name, source=self)
            except Exception as exc:  # noqa: BLE001 - shown, not lost
                self.context.show_error(exc)
        self._load_prereads()

    def _remove(self) -> None:
        item = self.prereads.currentItem()
        if item is None:
            return
        self.context.guard(lambda: prereads.remove_preread(
            self.context.store, int(item.data(Qt.ItemDataRole.UserRole)), source=self))
        self._load_prereads()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save the packet as", self.output.text(),
                                              "PDF (*.pdf)")
        if name:
            self.output.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # -- generation --------------------------------------------------------------------------

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
            offer_open(self.context.host, "Packet ready", result.summary(), result.path)

        job = self.context.run_job("Building the packet", work, done)
        signals = getattr(job, "signals", None)
        if signals is not None:
            signals.failed.connect(lambda _exc: self.generate.setEnabled(True))


def offer_open(parent: QWidget, title: str, text: str, path: Path) -> QMessageBox:
    """Say where the file went, with "Open" to show it in the system viewer."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                      parent)
    box.setObjectName("printDone")
    opener = box.addButton("Open", QMessageBox.ButtonRole.AcceptRole)
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    box.open()
    return box


__all__ = ["PacketDialog", "offer_open"]
