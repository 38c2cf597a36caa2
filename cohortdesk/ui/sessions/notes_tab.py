"""The Notes tab of a session: notes on the session or an item, with light Markdown shown.

There is no Save button. Typing is written to the workspace at most 1.5 s after a keystroke,
when another note is opened, when the editor loses focus and when the app closes, so at
most the last 2 seconds of typing can be lost to a crash or power cut.

Created and edited times are the session's local times, with its zone ("5:30 PM CDT"), as
the agenda's are. Authors are the cohort's program staff and facilitators; a note's current
author stays selectable whoever it is.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cohortdesk.domain.agenda import NoteKind
from cohortdesk.domain.errors import NotFoundError
from cohortdesk.services import agenda, notes
from cohortdesk.services.notes import NoteData, NoteRecord
from cohortdesk.store import Changes
from cohortdesk.ui.i18n import vocabulary
from cohortdesk.ui.i18n.dates import month_day
from cohortdesk.ui.shell.context import AppContext
from cohortdesk.ui.widgets.seen_changes import follow_seen_changes

translate = QCoreApplication.translate

AUTOSAVE_MS = 1500
PREVIEW_CSS = "<style>p, li { margin: 0 0 6px 0; } ul, ol { margin: 0 0 6px 0; }</style>"


class NoteText(QPlainTextEdit):
    """The note being typed; saves when it loses focus."""

    def __init__(self, on_leave: Any) -> None:
        super().__init__()
        self._on_leave = on_leave

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self._on_leave()
        super().focusOutEvent(event)


class NotesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id: int | None = None
        self.note_id: int | None = None
        self._saved_text = ""
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)

        layout = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(translate("NotesTab", "Kind of new note"))
        for k in NoteKind:
            self.new_kind.addItem(vocabulary.label(k), k)
        self.add_button = QPushButton(translate("NotesTab", "&New note"))
        self.add_button.clicked.connect(lambda _c=False: self.add_note())
        self.delete_button = QPushButton(translate("NotesTab", "Delete"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete_note())
        buttons.addWidget(self.new_kind)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("NotesTab", "Notes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(self._on_current)
        left_layout.addWidget(self.list, 1)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("NotesTab", "Kind"))
        for k in NoteKind:
            self.kind.addItem(vocabulary.label(k), k)
        self.about = QComboBox()
        self.about.setAccessibleName(translate("NotesTab", "About"))
        self.author = QComboBox()
        self.author.setAccessibleName(translate("NotesTab", "Author"))
        form.addRow(translate("NotesTab", "&Kind:"), self.kind)
        form.addRow(translate("NotesTab", "&About:"), self.about)
        form.addRow(translate("NotesTab", "Au&thor:"), self.author)
        right_layout.addLayout(form)
        self.editor = NoteText(self.flush)
        self.editor.setAccessibleName(translate("NotesTab", "Note text"))
        self.editor.setPlaceholderText(translate("NotesTab",
                                                 "Type here. **bold**, *italic*, and lists starting with "
                                                 "- or 1. are shown formatted below. Saved as you type."))
        right_layout.addWidget(self.editor, 3)
        self.status = QLabel()
        self.status.setStyleSheet("color: #666;")
        right_layout.addWidget(self.status)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(translate("NotesTab", "Formatted note"))
        right_layout.addWidget(self.preview, 2)
        split.addWidget(right)
        split.setSizes([360, 760])
        layout.addWidget(split)

        self.editor.textChanged.connect(self._on_typing)
        for combo in (self.kind, self.about, self.author):
            combo.activated.connect(lambda _i: self._save_fields())
        follow_seen_changes(context, self, self.on_changed)
        # Write what was typed before the window's own close handler closes the workspace.
        context.closing.connect(self.flush)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.set_session(None)

    # -- saving ----------------------------------------------------------------------------

    def _on_typing(self) -> None:
        if self._loading or self.note_id is None:
            return
        self.status.setText(translate("NotesTab", "Editing…"))
        self.preview.setHtml(PREVIEW_CSS + notes.render_html(self.editor.toPlainText()))
        # Not restarted by each keystroke: during steady typing the text is still written
        # every 1.5 s, not only once the typing stops.
        if not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Write the typed text now if it changed.

        The write is an operation on the app's worker; the autosaves of one note made one
        after another merge into one undo step (`merge_key`). `_saved_text` is what was
        written or is being written, so a second flush before the first is done (closing the
        app) writes nothing twice; a failed write puts it back, and the next flush retries."""
        self.timer.stop()
        if self.note_id is None or self.context.store.read_only:
            return
        text = self.editor.toPlainText()
        if text == self._saved_text:
            return
        note_id, before = self.note_id, self._saved_text
        self._saved_text = text

        def saved(_value: object) -> None:
            if self.note_id == note_id and self.editor.toPlainText() == text:
                self.status.setText(translate("NotesTab", "Saved"))

        def failed(exc: BaseException) -> None:
            if self.note_id == note_id and self._saved_text == text:
                self._saved_text = before
            if not isinstance(exc, NotFoundError):  # a note deleted meanwhile has no text
                self.context.show_error(exc)

        self.context.ops.run(notes.set_note_text, note_id, text, initiator=self,
                             merge_key=("note text", note_id), on_success=saved,
                             on_failure=failed)

    def _save_fields(self) -> None:
        if self._loading or self.note_id is None:
            return
        self.flush()
        data = NoteData(body=self.editor.toPlainText(), kind=self.kind.currentData(),
                        author_id=self.author.currentData(),
                        agenda_item_id=self.about.currentData())
        self.context.ops.run(notes.update_note, self.note_id, data, initiator=self)

    # -- loading ---------------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.flush()
        self.session_id = session_id
        self.note_id = None
        self._fill_choices()
        self.reload()

    def _about_choices(self) -> list[tuple[int, str]]:
        """(id, title) of the session's agenda items, which a note can be about."""
        if self.session_id is None:
            return []
        try:
            return [(i.id, i.title)
                    for i in agenda.timed_agenda(self.context.store, self.session_id).items]
        except NotFoundError:
            return []

    def _shown_about(self) -> list[tuple[int, str]]:
        return [(self.about.itemData(n), self.about.itemText(n)) for n in range(1, self.about.count())]

    def _fill_choices(self) -> None:
        self._loading = True
        keep = self.about.currentData()
        self.about.clear()
        self.about.addItem(translate("NotesTab", "The whole session"), None)
        for item_id, title in self._about_choices():
            self.about.addItem(title, item_id)
        self.about.setCurrentIndex(max(0, self.about.findData(keep)))
        self._fill_authors(None)
        self._loading = False

    def _fill_authors(self, keep: int | None) -> None:
        """The cohort's staff and facilitators, and `keep` (the note's author) whoever it is."""
        self.author.clear()
        self.author.addItem(translate("NotesTab", "No author"), None)
        if self.session_id is None:
            return
        try:
            choices = notes.author_choices(self.context.store, self.session_id, keep=keep)
        except NotFoundError:
            return
        for pid, label in choices:
            self.author.addItem(label, pid)

    def on_changed(self, changes: Changes) -> None:
        """Once per operation: reload when notes or what they show changed; an agenda edit
        that leaves the items' titles as they were (a length, a room) changes nothing here."""
        if self.session_id is None:
            return
        people = ("person", "membership", "organization", "cohort_session")
        about = changes.touches("agenda_item") and self._about_choices() != self._shown_about()
        if changes.everything or about or changes.touches(*people):
            self._fill_choices()
        elif not changes.touches("note"):
            return
        # Our own typing refreshes the list's labels, not the editor; a note added or deleted
        # here, like any other change, reloads the tab.
        if changes.source is self and not changes.everything and not about \
                and self._refresh_list_only():
            return
        self.reload()

    def records(self) -> tuple[NoteRecord, ...]:
        if self.session_id is None:
            return ()
        try:
            return notes.notes_for_session(self.context.store, self.session_id)
        except NotFoundError:
            return ()

    def _label(self, n: NoteRecord) -> str:
        about = n.item_title or translate("NotesTab", "Whole session")
        first = next((line.strip() for line in n.body.splitlines() if line.strip()),
                     translate("NotesTab", "(empty)"))
        first = re.sub(r"(\*\*|__|\*|_)(?=\S)|(?<=\S)(\*\*|__|\*|_)", "", first)
        first = first if len(first) <= 70 else first[:69] + "…"
        when = notes.session_time(n.edited_at, n.time_zone)
        by = f" · {n.author_name}" if n.author_name else ""
        return f"{vocabulary.label(n.kind)} · {about}{by} · {month_day(when)}\n{first}"

    def _refresh_list_only(self) -> bool:
        """Relabel the listed notes; False (nothing done) when notes came or went."""
        by_id = {n.id: n for n in self.records()}
        listed = {self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())}
        if listed != set(by_id):
            return False
        for row in range(self.list.count()):
            entry = self.list.item(row)
            record = by_id.get(entry.data(Qt.ItemDataRole.UserRole))
            if record is not None:
                entry.setText(self._label(record))
        return True

    def reload(self) -> None:
        records = self.records()
        keep = self.note_id
        self.list.blockSignals(True)
        self.list.clear()
        for n in records:
            entry = QListWidgetItem(self._label(n))
            entry.setData(Qt.ItemDataRole.UserRole, n.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        writable = self.session_id is not None and not self.context.store.read_only
        self.add_button.setEnabled(writable)
        ids = [n.id for n in records]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
            self._load(next(n for n in records if n.id == keep))
        elif records:
            self.list.setCurrentRow(0)
        else:
            self._load(None)

    def _on_current(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self.flush()
        if current is None:
            self._load(None)
            return
        note_id = current.data(Qt.ItemDataRole.UserRole)
        record = next((n for n in self.records() if n.id == note_id), None)
        self._load(record)

    def _load(self, record: NoteRecord | None) -> None:
        self._loading = True
        try:
            same_note = record is not None and record.id == self.note_id
            self.note_id = record.id if record else None
            writable = record is not None and not self.context.store.read_only
            for w in (self.editor, self.kind, self.about, self.author, self.delete_button):
                w.setEnabled(writable)
            if record is None:
                self.editor.setPlainText("")
                self._saved_text = ""
                self.preview.setHtml(translate("NotesTab",
                                               "<p style='color:#777'>No notes yet. Choose a kind and "
                                               "press New note.</p>") if self.session_id else "")
                self.status.clear()
                return
            self.kind.setCurrentIndex(self.kind.findData(record.kind))
            self.about.setCurrentIndex(max(0, self.about.findData(record.agenda_item_id)))
            self._fill_authors(record.author_id)
            self.author.setCurrentIndex(max(0, self.author.findData(record.author_id)))
            if not (same_note and self.editor.toPlainText() == record.body):
                self.editor.setPlainText(record.body)
            self._saved_text = record.body
            self.preview.setHtml(PREVIEW_CSS + notes.render_html(record.body))
            edited = (" · " + translate("NotesTab", "last edited {when}").format(
                          when=record.edited_text)
                      if record.edited_at != record.created_at else "")
            self.status.setText(translate(
                    "NotesTab",
                    "Saved · created {created_text}{edited}").format(
                    created_text=record.created_text, edited=edited))
        finally:
            self._loading = False

    # -- commands --------------------------------------------------------------------------

    def add_note(self) -> None:
        if self.session_id is None:
            return
        self.flush()
        sid = self.session_id
        selected = self.author.currentData() if self.note_id is not None else None
        data = NoteData(kind=self.new_kind.currentData(), author_id=selected)

        def added(new_id: int) -> None:
            # The change set has already listed the new note; open it and type.
            for row in range(self.list.count()):
                if self.list.item(row).data(Qt.ItemDataRole.UserRole) == new_id:
                    self.list.setCurrentRow(row)
            self.editor.setFocus()

        self.context.ops.run(notes.add_note, sid, data, initiator=self, trigger=self.add_button,
                             on_success=added)

    def delete_note(self) -> None:
        if self.note_id is None:
            return
        self.timer.stop()
        self.context.ops.run(notes.delete_note, self.note_id, initiator=self,
                             trigger=self.delete_button)
